//! Pulumi-level facts about providers, read from the model by every generator, checked on the
//! real provider schemas: a provider method (`pulumi:providers:<pkg>/<method>`) is a method of
//! `Provider` only, in every language and in the docs; a provider writes only its string-valued
//! outputs, and an object type used only by the others gets no output class.

mod python_support;

use schemagen_engine::model::provider::is_string_valued;
use schemagen_engine::model::Model;
use schemagen_engine::GeneratedFile;
use schemagen_schema::{LoadOptions, Package, Type, TypeDef};

fn load(schema: &std::path::Path) -> Package {
    schemagen_schema::load(schema, &LoadOptions::default()).unwrap_or_else(|e| panic!("{}: {e}", schema.display())).package
}

/// A path with case, `_`, `-` and `/` folded away, to find a name in any language's spelling.
fn folded(s: &str) -> String {
    s.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

fn every_language(pkg: &Package) -> Vec<(&'static str, Vec<GeneratedFile>)> {
    vec![
        ("python", schemagen_engine::python::generate(pkg).expect("python")),
        ("nodejs", schemagen_engine::nodejs::generate(pkg).expect("nodejs")),
        ("go", schemagen_engine::go::generate(pkg).expect("go")),
        ("docs", schemagen_engine::docs::generate(pkg).expect("docs")),
    ]
}

#[test]
fn provider_methods_are_methods_of_the_provider_only() {
    let mut checked = 0;
    for (case, schema) in python_support::provider_cases() {
        let pkg = load(&schema);
        let model = Model::new(&pkg);
        let provider = pkg.provider.as_ref().expect("a real provider declares its provider");
        let methods: Vec<&str> = provider.methods.iter().map(|m| m.name.as_str()).collect();
        for m in &provider.methods {
            let f = pkg.function(m.function);
            assert!(Model::is_provider_method(f), "{case}: {} is a provider method", f.token.full);
            assert!(model.free_functions().all(|(id, _)| id != m.function), "{case}: {} is listed as a free function", f.token.full);
        }
        if methods.is_empty() {
            continue;
        }
        checked += 1;
        for (lang, files) in every_language(&pkg) {
            for file in &files {
                let path = folded(file.path());
                for m in &methods {
                    // A method name inside the path means a file of its own (module, function, page).
                    assert!(!path.contains(&folded(m)), "{case}/{lang}: `{}` is a file of provider method `{m}`", file.path());
                }
            }
        }
        let python = schemagen_engine::python::generate(&pkg).expect("python");
        let provider_py = python.iter().find(|f| f.path().ends_with("/provider.py")).expect("provider.py");
        for m in &methods {
            let def = format!("def {}(", schemagen_engine::names::python::py_name(m));
            assert!(provider_py.contents.contains(&def), "{case}: Provider has no `{def}`");
        }
    }
    assert!(checked > 0, "no provider schema has provider methods to check");
}

#[test]
fn providers_write_only_string_valued_outputs() {
    let mut dropped_types = 0;
    for (case, schema) in python_support::provider_cases() {
        let pkg = load(&schema);
        let model = Model::new(&pkg);
        let declared = pkg.provider.as_ref().expect("a real provider declares its provider");
        assert!(model.provider().properties.iter().all(|p| is_string_valued(&pkg, &p.ty)), "{case}: a non-string provider output is kept");
        let kept = declared.properties.iter().filter(|p| is_string_valued(&pkg, &p.ty)).count();
        assert_eq!(model.provider().properties.len(), kept, "{case}: a string provider output was dropped");

        let python = schemagen_engine::python::generate(&pkg).expect("python");
        let text_of = |suffix: &str| {
            python.iter().find(|f| f.path().ends_with(suffix)).map(|f| f.contents.clone()).unwrap_or_default()
        };
        // The resource class, after its args class (whose input getters stay).
        let provider_py = text_of("/provider.py");
        let provider_py = provider_py.split_once("class Provider(").map_or("", |(_, class)| class).to_string();
        let outputs_py = text_of("/outputs.py");
        let file_of = |files: Vec<GeneratedFile>, suffix: &str| files.into_iter().find(|f| f.path().ends_with(suffix)).map(|f| f.contents).unwrap_or_default();
        let provider_ts = file_of(schemagen_engine::nodejs::generate(&pkg).expect("nodejs"), "provider.ts");
        let provider_go = file_of(schemagen_engine::go::generate(&pkg).expect("go"), "/provider.go");
        let go_struct = provider_go.split_once("type Provider struct {").and_then(|(_, s)| s.split_once("\n}")).map_or("", |(s, _)| s).to_string();
        assert!(!provider_ts.is_empty() && !go_struct.is_empty(), "{case}: no TypeScript or Go provider");
        for p in declared.properties.iter().filter(|p| !is_string_valued(&pkg, &p.ty)) {
            assert!(!provider_py.contains(&format!("@pulumi.getter(name=\"{}\")", p.name)), "{case}: provider output `{}` has a getter", p.name);
            assert!(!provider_ts.contains(&format!("readonly {}:", p.name)), "{case}: TypeScript provider output `{}`", p.name);
            assert!(!go_struct.contains(&format!("`pulumi:\"{}\"`", p.name)), "{case}: Go provider output `{}`", p.name);
            // An object type only this output uses gets no output class.
            let object = match &p.ty {
                Type::Object(id) => Some(*id),
                Type::Array(e) | Type::Map(e) => match **e {
                    Type::Object(id) => Some(id),
                    _ => None,
                },
                _ => None,
            };
            let Some(id) = object else { continue };
            let TypeDef::Object(o) = pkg.type_def(id) else { continue };
            if !model.used_as(&o.token.full, false) {
                dropped_types += 1;
                assert!(!outputs_py.contains(&format!("class {}(", o.token.name)), "{case}: output class for `{}`", o.token.full);
            }
        }
    }
    assert!(dropped_types > 0, "no provider schema has an object type used only by a non-string provider output");
}
