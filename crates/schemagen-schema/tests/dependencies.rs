//! `--deps` folders: cycles are reported (never a stack overflow), file names match
//! `<name>-<version>` exactly with versions ordered as semver, and the folder is listed once
//! however many references there are.

use std::path::Path;

use schemagen_schema::{parse, ExternalTarget, Format, LoadOptions, Type};

fn write(dir: &Path, name: &str, text: &str) {
    std::fs::write(dir.join(name), text).expect("written");
}

/// A schema `name` whose one resource has an input referring to `target`'s resource `R`.
fn referring(name: &str, target: &str) -> String {
    format!(
        r##"{{"name": "{name}", "version": "1.0.0", "resources": {{"{name}:index:R": {{"inputProperties": {{
            "a": {{"$ref": "/{target}/v1.0.0/schema.json#/resources/{target}:index:R"}}}}}}}}}}"##
    )
}

fn opts(dir: &Path) -> LoadOptions {
    LoadOptions { deps: Some(dir.to_path_buf()) }
}

#[test]
fn a_cycle_between_two_dependencies_is_reported() {
    let deps = tempfile::tempdir().expect("temp dir");
    write(deps.path(), "b-1.0.0.json", &referring("b", "c"));
    write(deps.path(), "c-1.0.0.json", &referring("c", "b"));
    let top = referring("a", "b");
    let e = parse(&top, "a.json", Format::Json, &opts(deps.path())).expect_err("b <-> c is a cycle");
    let text = e.to_string();
    assert!(text.contains("dependency cycle: `b` -> `c` -> `b`"), "{text}");
    assert!(e.diagnostics.iter().all(|d| d.location.is_some()), "{text}");
}

#[test]
fn a_schema_that_refers_to_itself_through_deps_is_reported() {
    let deps = tempfile::tempdir().expect("temp dir");
    write(deps.path(), "b-1.0.0.json", &referring("b", "b"));
    let e = parse(&referring("a", "b"), "a.json", Format::Json, &opts(deps.path())).expect_err("b -> b");
    assert!(e.to_string().contains("dependency cycle: `b` -> `b`"), "{e}");
    let e = parse(&referring("b", "b"), "b.json", Format::Json, &opts(deps.path())).expect_err("the top schema itself");
    assert!(e.to_string().contains("dependency cycle"), "{e}");
}

#[test]
fn a_reference_without_version_takes_the_highest_semver_of_that_exact_name() {
    let deps = tempfile::tempdir().expect("temp dir");
    let dep = |version: &str| format!(r#"{{"name": "aws", "version": "{version}", "resources": {{"aws:index:R": {{}}}}}}"#);
    write(deps.path(), "aws-9.0.0.json", &dep("9.0.0"));
    write(deps.path(), "aws-10.0.0.json", &dep("10.0.0"));
    write(deps.path(), "aws-native-99.0.0.json", r#"{"name": "aws-native", "resources": {"aws-native:index:R": {}}}"#);
    let top = r##"{"name": "m", "resources": {"m:index:R": {"inputProperties": {
        "a": {"$ref": "/aws/schema.json#/resources/aws:index:R"}}}}}"##;
    let loaded = parse(top, "m.json", Format::Json, &opts(deps.path())).expect("binds");
    assert_eq!(loaded.package.dependencies.len(), 1);
    assert_eq!(loaded.package.dependencies[0].version.as_deref(), Some("10.0.0"));

    // Only `aws-native` there: `/aws/...` stays opaque rather than binding the wrong package.
    let other = tempfile::tempdir().expect("temp dir");
    write(other.path(), "aws-native-1.0.0.json", r#"{"name": "aws-native", "resources": {"aws-native:index:R": {}}}"#);
    let loaded = parse(top, "m.json", Format::Json, &opts(other.path())).expect("binds, opaque");
    assert!(loaded.package.dependencies.is_empty());
}

#[test]
fn many_references_and_many_files_stay_fast() {
    // Listing the folder per reference made this n * n directory reads.
    let n = 2000;
    let deps = tempfile::tempdir().expect("temp dir");
    for i in 0..n {
        write(deps.path(), &format!("p{i}-1.0.0.json"), "{}");
    }
    let props: Vec<String> =
        (0..n).map(|i| format!(r##""a{i}": {{"$ref": "/q{i}/v1.0.0/schema.json#/resources/q{i}:index:R"}}"##)).collect();
    let top = format!(r#"{{"name": "m", "resources": {{"m:index:R": {{"inputProperties": {{{}}}}}}}}}"#, props.join(","));
    let loaded = parse(&top, "m.json", Format::Json, &opts(deps.path())).expect("binds, every reference opaque");
    let r = &loaded.package.resources[0];
    assert!(r.input_properties.iter().all(|p| matches!(&p.ty, Type::External(e) if e.resolved.is_none())));
}

#[test]
fn a_resolved_reference_still_resolves() {
    let deps = tempfile::tempdir().expect("temp dir");
    write(deps.path(), "b-1.0.0.json", r#"{"name": "b", "version": "1.0.0", "resources": {"b:index:R": {}}}"#);
    let loaded = parse(&referring("a", "b"), "a.json", Format::Json, &opts(deps.path())).expect("binds");
    let p = &loaded.package.resources[0].input_properties[0];
    assert!(matches!(&p.ty, Type::External(e) if matches!(e.resolved, Some(ExternalTarget::Resource(_)))), "{:?}", p.ty);
}

#[test]
fn a_control_character_in_a_token_is_an_error() {
    for token in ["m:index:R\u{0}x", "m:in\u{0}dex:R", "m:index:R\rx", "m:index:R\u{85}"] {
        let schema = serde_json::json!({"name": "m", "resources": {token: {}}}).to_string();
        let e = parse(&schema, "m.json", Format::Json, &LoadOptions::default()).expect_err("rejected");
        assert!(e.to_string().contains("control character"), "{e}");
        assert!(e.diagnostics.iter().all(|d| d.location.is_some()), "{e}");
    }
}
