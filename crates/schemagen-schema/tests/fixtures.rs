//! Every shared fixture parses and binds, and the bound model keeps what the file says: the
//! same members in the same order, every reference resolved.

use std::path::{Path, PathBuf};

use schemagen_schema::{load, ExternalRef, FunctionOutputs, LoadOptions, Package, Property, Type, TypeDef};
use serde_json::Value;

fn fixtures() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/fixtures");
    assert!(dir.is_dir(), "the shared fixtures are missing: expected them at {}", dir.display());
    dir
}

fn deps() -> LoadOptions {
    LoadOptions { deps: Some(fixtures().join("pulumi-codegen/_deps")) }
}

fn schema_files() -> Vec<PathBuf> {
    let codegen = fixtures().join("pulumi-codegen");
    let mut out: Vec<PathBuf> = std::fs::read_dir(&codegen)
        .expect("pulumi-codegen is readable")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.is_dir())
        .flat_map(|case| {
            std::fs::read_dir(&case).expect("case is readable").map(|e| e.expect("entry").path()).filter(move |p| {
                let ext_ok = matches!(p.extension().and_then(|e| e.to_str()), Some("json" | "yaml"));
                ext_ok && (p.file_stem().is_some_and(|s| s == "schema") || case.ends_with("_deps"))
            })
        })
        .collect();
    out.push(fixtures().join("bench/aws-native.json"));
    out.sort();
    out
}

fn raw(path: &Path) -> Value {
    let text = std::fs::read_to_string(path).expect("readable");
    if path.extension().is_some_and(|e| e == "yaml") {
        serde_norway::from_str(&text).expect("YAML")
    } else {
        serde_json::from_str(&text).expect("JSON")
    }
}

fn keys(v: &Value, key: &str) -> Vec<String> {
    v.get(key).and_then(Value::as_object).map(|m| m.keys().cloned().collect()).unwrap_or_default()
}

fn names(props: &[Property]) -> Vec<String> {
    props.iter().map(|p| p.name.clone()).collect()
}

#[test]
fn every_fixture_binds_in_schema_order() {
    let files = schema_files();
    assert!(files.len() >= 17, "fixtures incomplete: {files:?}");
    for file in &files {
        let loaded = load(file, &deps()).unwrap_or_else(|e| panic!("{} does not bind:\n{e}", file.display()));
        let pkg = &loaded.package;
        let doc = raw(file);
        assert_eq!(pkg.name, doc["name"].as_str().expect("name"), "{}", file.display());
        let types: Vec<String> = pkg.types.iter().map(|t| t.token().full.clone()).collect();
        assert_eq!(types, keys(&doc, "types"), "{}: types in schema order", file.display());
        let resources: Vec<String> = pkg.resources.iter().map(|r| r.token.full.clone()).collect();
        assert_eq!(resources, keys(&doc, "resources"), "{}: resources in schema order", file.display());
        let functions: Vec<String> = pkg.functions.iter().map(|f| f.token.full.clone()).collect();
        assert_eq!(functions, keys(&doc, "functions"), "{}: functions in schema order", file.display());
        for r in &pkg.resources {
            let spec = &doc["resources"][&r.token.full];
            assert_eq!(names(&r.input_properties), keys(spec, "inputProperties"), "{}", r.token.full);
            assert_eq!(names(&r.properties), keys(spec, "properties"), "{}", r.token.full);
            let required: Vec<&str> = spec.get("requiredInputs").and_then(Value::as_array).map_or(Vec::new(), |a| {
                a.iter().filter_map(Value::as_str).collect()
            });
            for p in &r.input_properties {
                assert_eq!(p.required, required.contains(&p.name.as_str()), "{} {}", r.token.full, p.name);
            }
        }
        for t in &pkg.types {
            let spec = &doc["types"][&t.token().full];
            match t {
                TypeDef::Object(o) => assert_eq!(names(&o.properties), keys(spec, "properties")),
                TypeDef::Enum(e) => assert_eq!(e.values.len(), spec["enum"].as_array().map_or(0, Vec::len)),
            }
        }
        assert!(pkg.type_by_token("no:such:Type").is_none());
        for (i, t) in pkg.types.iter().enumerate() {
            assert_eq!(pkg.type_by_token(&t.token().full).map(|id| id.0), Some(i));
        }
    }
}

fn external_refs(pkg: &Package) -> Vec<ExternalRef> {
    fn walk(ty: &Type, out: &mut Vec<ExternalRef>) {
        match ty {
            Type::External(e) => out.push((**e).clone()),
            Type::Array(t) | Type::Map(t) => walk(t, out),
            Type::Union(u) => u.elements.iter().for_each(|e| walk(e, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    let props = pkg
        .resources
        .iter()
        .flat_map(|r| r.input_properties.iter().chain(&r.properties))
        .chain(pkg.types.iter().flat_map(|t| match t {
            TypeDef::Object(o) => o.properties.iter().collect::<Vec<_>>(),
            TypeDef::Enum(_) => Vec::new(),
        }))
        .chain(pkg.functions.iter().flat_map(|f| {
            let ins = f.inputs.iter().flat_map(|s| &s.properties);
            let outs = match &f.outputs {
                FunctionOutputs::Object(o) => o.properties.iter().collect::<Vec<_>>(),
                _ => Vec::new(),
            };
            ins.chain(outs).collect::<Vec<_>>()
        }));
    for p in props {
        walk(&p.ty, &mut out);
    }
    out
}

#[test]
fn external_references_resolve_with_deps_and_stay_opaque_without() {
    let file = fixtures().join("pulumi-codegen/external-resource-schema/schema.json");
    let with = load(&file, &deps()).expect("binds with deps");
    let refs = external_refs(&with.package);
    assert!(!refs.is_empty(), "the fixture references other packages");
    for r in &refs {
        assert!(r.resolved.is_some(), "{} should resolve in _deps", r.url);
        assert!(with.package.dependency(&r.package).is_some(), "{} loaded", r.package);
    }
    let without = load(&file, &LoadOptions::default()).expect("binds without deps");
    for r in external_refs(&without.package) {
        assert!(r.resolved.is_none(), "{} is opaque without --deps", r.url);
        assert!(!r.package.is_empty() && !r.token.full.is_empty());
    }
}

#[test]
fn the_default_schema_binds_its_2020_token_types() {
    let file = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../schema/aws.json");
    let pkg = load(&file, &LoadOptions::default()).expect("the embedded schema binds").package;
    let tokens: Vec<(&str, &Type)> = pkg
        .resources
        .iter()
        .flat_map(|r| &r.input_properties)
        .filter_map(|p| match &p.ty {
            Type::Union(u) => u.elements.iter().find_map(|e| match e {
                Type::Token { token, underlying } => Some((token.full.as_str(), underlying.as_ref())),
                _ => None,
            }),
            _ => None,
        })
        .collect();
    assert!(!tokens.is_empty(), "a `$ref` to an undefined `#/types/` token binds as a token type");
    for (token, underlying) in tokens {
        assert!(pkg.type_by_token(token).is_none(), "{token} has no definition");
        assert_eq!(*underlying, Type::String, "{token} keeps its declared primitive");
    }
}

#[test]
fn modules_follow_the_module_format() {
    let file = fixtures().join("bench/aws-native.json");
    let pkg = load(&file, &LoadOptions::default()).expect("binds").package;
    let doc = raw(&file);
    let format = doc["meta"]["moduleFormat"].as_str().unwrap_or("(.*)");
    let re = regex::Regex::new(format).expect("valid format");
    for r in &pkg.resources {
        let part = &r.token.module_part;
        let expected = re.captures(part).and_then(|c| c.get(1)).map_or(part.as_str(), |m| m.as_str());
        let expected = if expected == "index" { "" } else { expected };
        assert_eq!(r.token.module, expected, "{}", r.token.full);
    }
}
