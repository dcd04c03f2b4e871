//! Reviewed snapshots of whole generated files: the embedded schema (resource, provider,
//! index, package metadata) and fixtures with enums, nested modules, functions and types.

mod nodejs_support;

use nodejs_support::{fixtures_dir, generate, repo_root};

fn snapshot_all(prefix: &str, files: &[schemagen_engine::GeneratedFile]) {
    for f in files {
        let shared = ["utilities.ts", ".gitignore", ".gitattributes"];
        if shared.contains(&f.path()) && prefix != "nodejs_aws" {
            continue; // the same for every package (utilities.ts but for the download URL); reviewed once
        }
        let name = format!("{prefix}__{}", f.path().replace('/', "__"));
        insta::assert_snapshot!(name, &f.contents);
    }
}

#[test]
fn embedded_aws_schema() {
    snapshot_all("nodejs_aws", &generate(&repo_root().join("schema/aws.json")));
}

#[test]
fn different_enum() {
    snapshot_all("nodejs_different_enum", &generate(&fixtures_dir().join("different-enum/schema.json")));
}

#[test]
fn features_schema() {
    snapshot_all("nodejs_features", &generate(&repo_root().join("tests/python/schemas/features.json")));
}

#[test]
fn output_funcs() {
    let files: Vec<_> = generate(&fixtures_dir().join("output-funcs/schema.json"))
        .into_iter()
        .filter(|f| f.path().starts_with("funcWith") || f.path() == "index.ts" || f.path().starts_with("types/"))
        .collect();
    snapshot_all("nodejs_output_funcs", &files);
}
