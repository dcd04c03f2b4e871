//! Snapshots of pages for fixture schemas, reviewed against the 2020 format notes.
//! Together they cover: nested object types (Supporting Types) across modules, enums, a
//! deprecated resource, property and function, functions with and without inputs, module and
//! package index pages, the provider page and a root-module resource.

mod docs_support;

use std::path::PathBuf;

use docs_support::*;

fn codegen_fixture(case: &str) -> PathBuf {
    shared_dir().join("fixtures/pulumi-codegen").join(case).join("schema.json")
}

fn local_fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/docs_fixtures").join(name)
}

fn snapshot_pages(case: &str, schema: PathBuf, pages: &[&str]) {
    let pkg = load(&schema);
    let files = docs(&pkg);
    for page in pages {
        let path = format!("{}/{page}", pkg.name);
        let contents = files.get(&path).unwrap_or_else(|| {
            panic!("{case}: no page {path}; pages: {:?}", files.keys().collect::<Vec<_>>())
        });
        let name = format!("{case}__{}", page.replace(['/', '.'], "_"));
        insta::assert_snapshot!(name, contents);
    }
}

#[test]
fn kitchen_sink() {
    snapshot_pages(
        "kitchen-sink",
        local_fixture("kitchen-sink.json"),
        &[
            "_index.md",
            "provider.md",
            "widget.md",
            "getcalleridentity.md",
            "compute/_index.md",
            "compute/instance.md",
            "compute/getinstance.md",
            "net/sub/listrules.md",
        ],
    );
}

#[test]
fn enums() {
    snapshot_pages("different-enum", codegen_fixture("different-enum"), &["tree/v1/rubbertree.md", "tree/v1/_index.md"]);
}

#[test]
fn nested_types_and_functions() {
    snapshot_pages("simple-resource-schema", codegen_fixture("simple-resource-schema"), &["typeuses.md", "argfunction.md"]);
}

#[test]
fn nested_module_index() {
    snapshot_pages("nested-module", codegen_fixture("nested-module"), &["_index.md", "nested/module/_index.md"]);
}

#[test]
fn kubernetes() {
    snapshot_pages(
        "kubernetes20",
        codegen_fixture("kubernetes20"),
        &["core/_index.md", "core/v1/configmap.md", "yaml/configgroup.md"],
    );
}
