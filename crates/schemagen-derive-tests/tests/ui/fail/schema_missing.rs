use schemagen_runtime::PulumiResource;

#[derive(PulumiResource)]
#[pulumi(schema = "schemas/no-such-schema.json", token = "aws:apigateway/integrationResponse:IntegrationResponse")]
pub struct IntegrationResponse;

fn main() {}
