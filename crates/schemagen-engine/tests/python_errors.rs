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
fn names_that_fold_together_are_a_collision_not_an_overwrite() {
    let files = generate(serde_json::json!({
        "name": "p",
        "resources": {
            "p:index:myThing": {"properties": {}, "inputProperties": {}},
            "p:index:my_thing": {"properties": {}, "inputProperties": {}}
        }
    }));
    // Both resources go to `my_thing.py`: writing them must fail instead of losing one.
    let files = match files {
        Ok(f) => f,
        Err(e) => return assert!(e.to_string().contains("my_thing"), "{e}"),
    };
    let out = tempfile::tempdir().unwrap();
    let err = schemagen_engine::output::write_all(out.path(), &files).expect_err("a collision");
    assert!(err.to_string().contains("my_thing.py"), "{err}");
}
