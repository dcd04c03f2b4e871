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

/// The 2020 binder read every function's `outputs` as an object: a plain return type is a result
/// with no properties, which the page shows as each language's empty list.
#[test]
fn a_function_returning_a_plain_type_has_four_empty_result_lists() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let schema = dir.path().join("schema.json");
    std::fs::write(
        &schema,
        r#"{"name": "p", "version": "1.0.0", "functions": {
            "p:index:getName": {"inputs": {"properties": {"id": {"type": "string"}}}, "outputs": {"type": "string"}},
            "p:index:getNothing": {"inputs": {"properties": {"id": {"type": "string"}}}}}}"#,
    )
    .expect("write");
    let files = docs(&load(&schema));
    let page = &files["p/getname.md"];
    let result = &page[page.find("Result {#result}").expect("a result section")..];
    assert_eq!(result.matches("<dl class=\"resources-properties\">").count(), 4, "{result}");
    assert!(!result.contains("<dt"), "no properties: {result}");
    for lang in ["nodejs", "go", "python", "csharp"] {
        assert!(result.contains(&format!("{{{{% choosable language {lang} %}}}}\n<dl class=\"resources-properties\">")), "{lang}: {result}");
    }
    // No `outputs` at all stays as it was: no lists.
    let page = &files["p/getnothing.md"];
    let result = &page[page.find("Result {#result}").expect("a result section")..];
    assert!(!result.contains("resources-properties"), "{result}");
}
