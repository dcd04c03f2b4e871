//! Reviewed snapshots of whole generated files: the embedded schema and two fixtures that cover
//! resources, components, the provider, input/output types, TypedDicts and functions.

mod python_support;

use python_support::{fixtures_dir, generate, repo_root};

fn snapshot_all(prefix: &str, files: &[schemagen_engine::GeneratedFile]) {
    for f in files {
        if f.path().ends_with("_utilities.py") && prefix != "aws" {
            continue; // identical for every package but for three constants; reviewed once
        }
        let name = format!("{prefix}__{}", f.path().replace('/', "__"));
        insta::assert_snapshot!(name, &f.contents);
    }
}

#[test]
fn embedded_aws_schema() {
    snapshot_all("aws", &generate(&repo_root().join("schema/aws.json")));
}

#[test]
fn simple_resource_schema() {
    snapshot_all("simple_resource_schema", &generate(&fixtures_dir().join("simple-resource-schema/schema.json")));
}

#[test]
fn output_funcs() {
    let files: Vec<_> = generate(&fixtures_dir().join("output-funcs/schema.json"))
        .into_iter()
        .filter(|f| f.path().contains("func_with_") || f.path().ends_with("__init__.py") || f.path().ends_with("_inputs.py"))
        .collect();
    snapshot_all("output_funcs", &files);
}

#[test]
fn features_schema() {
    snapshot_all("features", &generate(&repo_root().join("tests/python/schemas/features.json")));
}
