use schemagen_runtime::PulumiResource;

#[derive(PulumiResource)]
#[pulumi(schema = "schemas/aws.json", tokn = "x", token = "aws:apigateway/integrationResponse:IntegrationResponse")]
pub struct IntegrationResponse;

fn main() {}
