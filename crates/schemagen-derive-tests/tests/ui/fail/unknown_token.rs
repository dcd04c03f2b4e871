use schemagen_runtime::PulumiResource;

#[derive(PulumiResource)]
#[pulumi(schema = "schemas/simple-resource-schema.json", token = "example::Resorce")]
pub struct Resource;

fn main() {}
