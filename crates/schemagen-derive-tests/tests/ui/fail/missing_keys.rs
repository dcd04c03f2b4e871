// A misspelt key is reported, and so are the keys it leaves missing.
use schemagen_runtime::PulumiResource;

#[derive(PulumiResource)]
#[pulumi(schem = "schemas/aws.json")]
pub struct IntegrationResponse;

fn main() {}
