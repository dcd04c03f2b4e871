use schemagen_runtime::PulumiResource;

#[derive(PulumiResource)]
#[pulumi(schema = "schemas/aws.json", token = "aws:apigateway/integrationResponse:IntegrationResponse")]
pub struct IntegrationResponse {
    pub http_method: String,
    pub resource_id: String,
    pub rest_api: String,
    pub status_code: String,
    pub response_template: Option<String>,
}

fn main() {}
