use schemagen_runtime::{PulumiResource, Resource};

#[derive(PulumiResource)]
#[pulumi(schema = "schemas/aws.json", token = "aws:apigateway/integrationResponse:IntegrationResponse")]
pub struct IntegrationResponse;

#[derive(PulumiResource)]
#[pulumi(schema = "schemas/aws.json", token = "aws:apigateway/integrationResponse:IntegrationResponse")]
pub struct Declared {
    pub http_method: String,
    pub resource_id: String,
    pub rest_api: String,
    pub status_code: String,
    pub response_templates: Option<std::collections::BTreeMap<String, String>>,
}

fn main() {
    let args: <IntegrationResponse as Resource>::Args = IntegrationResponseArgs::new("GET", "r", "api", "200");
    assert_eq!(args.status_code, "200");
    let declared = DeclaredArgs::from(Declared {
        http_method: "GET".into(),
        resource_id: "r".into(),
        rest_api: "api".into(),
        status_code: "200".into(),
        response_templates: None,
    });
    assert_eq!(declared.http_method, "GET");
}
