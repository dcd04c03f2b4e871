//! Schemas Python cannot express give a clear error, never a panic.

use schemagen_schema::{Format, LoadOptions};

fn generate(schema: serde_json::Value) -> Result<Vec<schemagen_engine::GeneratedFile>, schemagen_engine::OutputError> {
    let loaded = schemagen_schema::parse(&schema.to_string(), "test.json", Format::Json, &LoadOptions::default())
        .unwrap_or_else(|e| panic!("{e}"));
    schemagen_engine::python::generate(&loaded.package)
}

#[test]
fn a_boolean_enum_is_reported() {
    let err = generate(serde_json::json!({
        "name": "p",
        "types": {"p:index:Flag": {"type": "boolean", "enum": [{"value": true}, {"value": false}]}}
    }))
    .expect_err("Python enums cannot subclass bool");
    assert!(err.to_string().contains("p:index:Flag"), "{err}");
}

#[test]
fn names_that_fold_together_both_survive() {
    let files = generate(serde_json::json!({
        "name": "p",
        "resources": {
            "p:index:myThing": {"properties": {}, "inputProperties": {}},
            "p:index:my_thing": {"properties": {}, "inputProperties": {}}
        }
    }))
    .expect("both resources generate");
    // Both want `my_thing.py`: the second module file is renamed, neither is lost.
    let paths: Vec<&str> = files.iter().map(|f| f.path()).collect();
    assert!(paths.contains(&"pulumi_p/my_thing.py") && paths.contains(&"pulumi_p/my_thing_.py"), "{paths:?}");
    let out = tempfile::tempdir().unwrap();
    schemagen_engine::output::write_all(out.path(), &files).expect("no two files share a path");
    let init = files.iter().find(|f| f.path() == "pulumi_p/__init__.py").unwrap();
    assert!(init.contents.contains("from .my_thing import *") && init.contents.contains("from .my_thing_ import *"), "{}", init.contents);
}
