//! Reviewed snapshots of whole generated Go files: the embedded schema's resource, and fixtures
//! with defaults and plain inputs, enums in nested modules, functions with output forms, and
//! the generic (`x/`) variant.

mod go_support;

use go_support::{fixtures_dir, generate, repo_root};

fn snapshot(prefix: &str, files: &[schemagen_engine::GeneratedFile], wanted: &[&str]) {
    for path in wanted {
        let f = files.iter().find(|f| f.path() == *path).unwrap_or_else(|| panic!("{prefix}: no file {path}"));
        let name = format!("{prefix}__{}", path.replace('/', "__"));
        insta::assert_snapshot!(name, &f.contents);
    }
}

/// (snapshot prefix, schema below the repository or the shared fixtures, files to snapshot).
const CASES: &[(&str, &str, &[&str])] = &[
    ("go_aws", "repo:schema/aws.json", &["aws/apigateway/integrationResponse.go", "aws/apigateway/init.go"]),
    ("go_plain_and_default", "plain-and-default/schema.json", &["foo/moduleResource.go", "foo/x/moduleResource.go", "foo/x/pulumiEnums.go"]),
    ("go_different_enum", "different-enum/schema.json", &["plant/tree/v1/pulumiEnums.go", "plant/tree/v1/rubberTree.go"]),
    ("go_output_funcs", "output-funcs/schema.json", &["mypkg/funcWithDefaultValue.go", "mypkg/x/listStorageAccountKeys.go"]),
];

#[test]
fn generated_files_match_their_reviewed_snapshots() {
    for (prefix, schema, wanted) in CASES {
        let path = match schema.strip_prefix("repo:") {
            Some(p) => repo_root().join(p),
            None => fixtures_dir().join(schema),
        };
        snapshot(prefix, &generate(&path), wanted);
    }
}
