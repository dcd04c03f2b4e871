// A function token the schema does not have, and a resource token given as a function.
use schemagen_runtime::PulumiResource;

#[derive(PulumiResource)]
#[pulumi(schema = "schemas/output-funcs.json", function = "mypkg::funcWithAllOptionalInput")]
pub struct Misspelt;

#[derive(PulumiResource)]
#[pulumi(schema = "schemas/aws.json", function = "aws:apigateway/integrationResponse:IntegrationResponse")]
pub struct NotAFunction;

// Both items are still defined, so this use adds no second error.
fn main() {
    let _ = MisspeltArgs::default();
    let _: Option<NotAFunctionResult> = None;
}
