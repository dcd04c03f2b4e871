// Every problem is reported in one compile: two unknown keys and an unknown token.
use schemagen_runtime::PulumiResource;

#[derive(PulumiResource)]
#[pulumi(schema = "schemas/aws.json", token = "aws:apigateway/integrationResponse:IntegrationRespose", flavour = "x")]
#[pulumi(colour)]
pub struct IntegrationResponse;

fn main() {}
