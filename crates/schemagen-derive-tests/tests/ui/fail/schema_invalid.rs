use schemagen_runtime::PulumiResource;

#[derive(PulumiResource)]
#[pulumi(schema = "schemas/invalid.json", token = "broken::Thing")]
pub struct Thing;

fn main() {}
