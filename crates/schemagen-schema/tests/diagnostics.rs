//! The library's diagnostics carry what a caller needs: severity, JSON pointer, line and column,
//! help, and related places; everything wrong in a file comes back from one call.

use std::path::{Path, PathBuf};

use schemagen_schema::{load, parse, Diagnostic, Format, LoadError, LoadOptions, Severity};

fn bad(name: &str) -> PathBuf {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/bad").join(name);
    assert!(p.is_file(), "missing {}", p.display());
    p
}

fn errors_of(name: &str) -> LoadError {
    load(&bad(name), &LoadOptions::default()).expect_err("the schema is invalid")
}

fn at(d: &Diagnostic) -> (usize, usize) {
    let l = d.location.expect("every diagnostic is located");
    (l.line, l.column)
}

fn find<'a>(e: &'a LoadError, pointer: &str) -> &'a Diagnostic {
    e.diagnostics
        .iter()
        .find(|d| d.pointer == pointer)
        .unwrap_or_else(|| panic!("no diagnostic at {pointer}; got {:#?}", e.diagnostics))
}

#[test]
fn dangling_refs_suggest_the_closest_token() {
    let e = errors_of("dangling_ref.json");
    assert_eq!(e.error_count(), 2);
    let d = find(&e, "/resources/acme:index:Widget/inputProperties/color/$ref");
    assert_eq!(d.severity, Severity::Error);
    assert_eq!(at(d), (12, 19));
    assert_eq!(d.help.as_deref(), Some("did you mean `acme:index:WidgetColor`?"));
}

#[test]
fn a_key_defined_twice_names_both_places() {
    let e = errors_of("duplicate_token.json");
    let d = find(&e, "/resources/acme:index:Widget");
    assert_eq!(at(d), (8, 5));
    assert_eq!(d.related.len(), 1);
    let first = d.related[0].location.expect("the first definition is located");
    assert_eq!((first.line, first.column), (4, 5));
}

#[test]
fn every_error_of_a_file_comes_back_in_document_order() {
    let e = errors_of("many_errors.json");
    assert_eq!(e.error_count(), 10, "{e}");
    let offsets: Vec<usize> = e.diagnostics.iter().map(|d| d.location.expect("located").offset).collect();
    assert!(offsets.windows(2).all(|w| w[0] <= w[1]), "sorted by position: {offsets:?}");
    assert!(e.diagnostics.iter().any(|d| d.severity == Severity::Warning), "warnings ride along");
    let source = e.source.as_deref().expect("the text is kept for snippets");
    for d in &e.diagnostics {
        let l = d.location.expect("located");
        // The location is the start of the node the pointer names (its key, for a member).
        let last = d.pointer.rsplit('/').next().unwrap_or_default().replace("~1", "/").replace("~0", "~");
        let here = &source[l.offset..];
        let is_index = last.parse::<usize>().is_ok();
        assert!(
            here.starts_with(&format!("\"{last}\"")) || is_index,
            "{} at {:?}: {}",
            d.pointer,
            l,
            &here[..here.len().min(30)]
        );
    }
}

#[test]
fn parse_errors_are_located_with_a_pointer() {
    let e = errors_of("wrong_type.json");
    let d = find(&e, "/resources/acme:index:Widget/requiredInputs");
    assert_eq!(at(d), (8, 7));
    assert!(d.message.contains("expected an array"), "{}", d.message);

    let e = errors_of("malformed.json");
    assert_eq!(e.diagnostics.len(), 1);
    assert_eq!(at(&e.diagnostics[0]), (7, 9));
}

#[test]
fn yaml_diagnostics_are_located_too() {
    let e = errors_of("bad.yaml");
    assert_eq!(at(find(&e, "/types/acme:index:Color/enum/1/value")), (8, 9));
    assert_eq!(at(find(&e, "/resources/acme:index:Widget/inputProperties/size/type")), (15, 9));
    let dup = errors_of("duplicate_key.yaml");
    let d = find(&dup, "/resources/acme:index:Widget");
    assert_eq!(at(d), (7, 3));
    assert_eq!(d.related[0].location.map(|l| (l.line, l.column)), Some((3, 3)));
}

#[test]
fn unknown_keys_are_warnings() {
    let loaded = load(&bad("unknown_keys.json"), &LoadOptions::default()).expect("unknown keys are not fatal");
    let pointers: Vec<&str> = loaded.warnings.iter().map(|w| w.pointer.as_str()).collect();
    assert_eq!(
        pointers,
        ["/resources/acme:index:Widget/inputProperties/size/minimum", "/resources/acme:index:Widget/plainInputs"]
    );
    assert!(loaded.warnings.iter().all(|w| w.severity == Severity::Warning && w.location.is_some()));
}

#[test]
fn reserved_and_colliding_names() {
    let text = r#"{
        "name": "acme",
        "config": {"variables": {"version": {"type": "string"}}},
        "provider": {"inputProperties": {"version": {"type": "string"}}},
        "types": {"acme::Provider": {"type": "object"}, "acme:index:thing": {"type": "object"}, "acme:index:Thing": {"type": "object"}},
        "resources": {"acme:index:Res": {"inputProperties": {"fooBar": {"type": "string"}, "foo_bar": {"type": "string"}}}}
    }"#;
    let e = parse(text, "inline.json", Format::Json, &LoadOptions::default()).expect_err("invalid");
    for pointer in [
        "/config/variables/version",
        "/provider/inputProperties/version",
        "/types/acme::Provider",
        "/types/acme:index:Thing",
        "/resources/acme:index:Res/inputProperties/foo_bar",
    ] {
        assert!(find(&e, pointer).is_error(), "{pointer}");
    }
    assert_eq!(e.error_count(), 5, "{e}");
}

#[test]
fn version_and_module_format_are_checked() {
    let text = r#"{"name": "acme", "version": "one point oh", "meta": {"moduleFormat": "(unclosed"}}"#;
    let e = parse(text, "inline.json", Format::Json, &LoadOptions::default()).expect_err("invalid");
    find(&e, "/version");
    find(&e, "/meta/moduleFormat");
}

#[test]
fn provider_methods_are_linked() {
    let text = r##"{
        "name": "acme",
        "provider": {"methods": {"whoami": "pulumi:providers:acme/whoami"}},
        "functions": {"pulumi:providers:acme/whoami": {
            "inputs": {"properties": {"__self__": {"$ref": "#/provider"}}},
            "outputs": {"properties": {"name": {"type": "string"}}}
        }}
    }"##;
    let pkg = parse(text, "inline.json", Format::Json, &LoadOptions::default()).expect("valid").package;
    let provider = pkg.provider.as_ref().expect("a provider");
    assert_eq!(provider.methods.len(), 1);
    assert_eq!(pkg.function(provider.methods[0].function).token.full, "pulumi:providers:acme/whoami");
}

fn bind_text(text: &str) -> schemagen_schema::Loaded {
    parse(text, "inline.json", Format::Json, &LoadOptions::default()).unwrap_or_else(|e| panic!("binds:\n{e}"))
}

#[test]
fn an_undefined_type_token_over_a_primitive_binds_as_a_named_primitive_with_a_warning() {
    let loaded = bind_text(
        r##"{"name": "acme", "resources": {"acme:index:W": {"properties": {
            "zone": {"type": "string", "$ref": "#/types/acme:index/zone:Zone"},
            "zones": {"type": "array", "items": {"type": "string", "$ref": "#/types/acme:index/zone:Zone"}}}}}}"##,
    );
    let w = &loaded.package.resources[0];
    assert!(matches!(&w.properties[0].ty, schemagen_schema::Type::Token { token, underlying }
        if token.full == "acme:index/zone:Zone" && **underlying == schemagen_schema::Type::String));
    assert_eq!(loaded.warnings.len(), 2, "{:#?}", loaded.warnings);
    let d = &loaded.warnings[0];
    assert_eq!(d.severity, Severity::Warning);
    assert_eq!(d.pointer, "/resources/acme:index:W/properties/zone/$ref");
    assert!(d.location.is_some());
    assert!(d.message.contains("does not define") && d.message.contains("`string`"), "{}", d.message);
    assert!(d.help.as_deref().is_some_and(|h| h.contains("type acme:index/zone:Zone not found in package acme")));
}

#[test]
fn relative_and_uncleaned_fragments_bind_as_pulumi_cleans_them() {
    let loaded = bind_text(
        r##"{"name": "acme", "types": {"acme:index:T": {"type": "object", "properties": {"x": {"type": "string"}}}},
            "resources": {"acme:index:W": {"properties": {
              "a": {"$ref": "#types/acme:index:T"},
              "b": {"$ref": "#//types/./acme:index:T"},
              "c": {"$ref": "#provider"}}}}}"##,
    );
    assert!(loaded.warnings.is_empty(), "{:#?}", loaded.warnings);
    let props = &loaded.package.resources[0].properties;
    assert!(matches!(props[0].ty, schemagen_schema::Type::Object(_)));
    assert!(matches!(props[1].ty, schemagen_schema::Type::Object(_)));
    assert_eq!(props[2].ty, schemagen_schema::Type::Provider);
}

#[test]
fn nested_modules_under_index_are_what_pulumi_rejects_and_generators_accept() {
    let loaded = bind_text(
        r##"{"name": "acme", "types": {"acme:index/Region:Region": {"type": "string", "enum": [{"value": "eu"}]},
            "acme:index/ok:Ok": {"type": "object"}},
            "meta": {"moduleFormat": "(.*?)(/[^/]*)?$"}}"##,
    );
    // With this module format `index/ok` is the module `index`; `index/Region` too. Without it:
    assert!(loaded.warnings.is_empty(), "{:#?}", loaded.warnings);
    let loaded = bind_text(r##"{"name": "acme", "types": {"acme:index/Region:Region": {"type": "string", "enum": [{"value": "eu"}]}}}"##);
    assert_eq!(loaded.warnings.len(), 1, "{:#?}", loaded.warnings);
    let d = &loaded.warnings[0];
    assert_eq!(d.message, "invalid token 'acme:index/Region:Region' (nested modules under index are not allowed)");
    assert!(d.pulumi_rejects && d.severity == Severity::Warning);
    assert_eq!(d.as_pulumi_reports().severity, Severity::Error);
    assert_eq!(d.pointer, "/types/acme:index~1Region:Region");
    assert_eq!(at(d), (1, 28));
    let help = d.help.as_deref().unwrap_or_default();
    assert!(help.contains("generators still accept it") && help.contains("`acme:region:Region`"), "{help}");
    assert_eq!(loaded.package.types[0].token().module, "", "generated in the root module");
}
