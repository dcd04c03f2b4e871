//! `diff` on two aws-native-size schemas (4 MB, 475 resources, 2,627 types): the real schema
//! against a copy with edits throughout, both bound in advance; the comparison, locating every
//! change in both texts, and the reports are timed. Goal: well under 0.3 s.
//!
//! `cargo bench -p schemagen-engine --bench diff`

use std::path::Path;
use std::sync::LazyLock;

use divan::Bencher;
use schemagen_engine::diff::{self, render, Side};
use schemagen_schema::{parse, Format, LoadOptions, Loaded};
use serde_json::{json, Value};

struct Schema {
    text: String,
    loaded: Loaded,
}

fn bind(text: String, file: &str) -> Schema {
    match parse(&text, file, Format::Json, &LoadOptions::default()) {
        Ok(loaded) => Schema { text, loaded },
        Err(e) => panic!("{file} does not bind:\n{e}"),
    }
}

static OLD: LazyLock<Schema> = LazyLock::new(|| {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/fixtures/bench/aws-native.json");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("the bench schema {} is missing: {e}", path.display()));
    bind(text, "aws-native.json")
});

static NEW: LazyLock<Schema> = LazyLock::new(|| bind(edited(&OLD.text), "aws-native-edited.json"));

/// The schema with deterministic edits of every kind spread over it: every 13th resource
/// removed, every 7th renamed (with an alias), every 5th losing an input and gaining a required
/// one, every 3rd type changing a property's type, every 4th enum losing a value.
fn edited(text: &str) -> String {
    let mut doc: Value = serde_json::from_str(text).expect("the bench schema is JSON");
    let resources = doc["resources"].as_object_mut().expect("resources");
    let tokens: Vec<String> = resources.keys().cloned().collect();
    for (i, token) in tokens.iter().enumerate() {
        if i % 13 == 0 {
            resources.shift_remove(token);
            continue;
        }
        if i % 5 == 0 {
            let r = &mut resources[token];
            if let Some(inputs) = r.get_mut("inputProperties").and_then(Value::as_object_mut) {
                let first = inputs.keys().next().cloned();
                if let Some(first) = &first {
                    inputs.shift_remove(first);
                }
                inputs.insert("benchAdded".into(), json!({"type": "string"}));
                let mut required: Vec<Value> = r.get("requiredInputs").and_then(Value::as_array).cloned().unwrap_or_default();
                required.retain(|n| n.as_str() != first.as_deref());
                required.push(json!("benchAdded"));
                r["requiredInputs"] = Value::Array(required);
            }
        }
        if i % 7 == 0 {
            let mut r = resources.shift_remove(token).expect("the resource");
            r["aliases"] = json!([{"type": token}]);
            resources.insert(format!("{token}Renamed"), r);
        }
    }
    let types = doc["types"].as_object_mut().expect("types");
    for (i, (_, t)) in types.iter_mut().enumerate() {
        if let Some(values) = t.get_mut("enum").and_then(Value::as_array_mut) {
            if i % 4 == 0 && values.len() > 1 {
                values.pop();
            }
        } else if i % 3 == 0 {
            if let Some((_, p)) = t.get_mut("properties").and_then(Value::as_object_mut).and_then(|ps| ps.iter_mut().next()) {
                let was_string = p.get("type") == Some(&json!("string"));
                *p = json!({"type": if was_string { "integer" } else { "string" }});
            }
        }
    }
    serde_json::to_string_pretty(&doc).expect("JSON serializes")
}

fn main() {
    divan::main();
}

fn sides() -> (Side<'static>, Side<'static>) {
    let (old, new) = (&*OLD, &*NEW);
    (
        Side { file: "aws-native.json", text: &old.text, format: Format::Json, package: &old.loaded.package },
        Side { file: "aws-native-edited.json", text: &new.text, format: Format::Json, package: &new.loaded.package },
    )
}

#[divan::bench(sample_count = 10)]
fn compare(b: Bencher) {
    let (old, new) = sides();
    b.bench(|| diff::compare(&old, &new));
}

#[divan::bench(sample_count = 10)]
fn compare_and_render_all_formats(b: Bencher) {
    let (old, new) = sides();
    b.bench(|| {
        let report = diff::compare(&old, &new);
        let text = render::text(&report, render::TextOptions { colour: false, max_changes: 100 });
        (text, render::markdown(&report, 100), render::json(&report))
    });
}
