//! Hostile schema text and names: descriptions and messages written to leave JSDoc comments and
//! string literals, names that are TypeScript reserved words or the generated files' own
//! helpers. The package must type-check under `tsc --strict`, and the code they tried to
//! inject (a call of `PWNED`) must appear nowhere as code.

mod nodejs_support;

use nodejs_support::*;

const HOSTILE: &str = "*/ PWNED(); /* ` ${PWNED()} ` \" ); PWNED(); (\" ' ); PWNED(); (' \\ \u{2028} PWNED(); \u{2029} //\n*/ PWNED(); /**\r\n}}}} PWNED();";

fn schema() -> serde_json::Value {
    let prop = |extra: serde_json::Value| {
        let mut p = serde_json::json!({"type": "string", "description": HOSTILE, "deprecationMessage": HOSTILE});
        p.as_object_mut().unwrap().extend(extra.as_object().unwrap().clone());
        p
    };
    serde_json::json!({
        "name": "evil",
        "version": "1.0.0",
        "description": HOSTILE,
        "config": {"variables": {
            "region": prop(serde_json::json!({"default": HOSTILE})),
            "class": prop(serde_json::json!({}))
        }},
        "types": {
            "evil:index:Kind": {"type": "string", "description": HOSTILE,
                "enum": [{"name": "Bad", "value": HOSTILE, "description": HOSTILE}, {"value": "*/ PWNED();"}]},
            "evil:index:Thing": {"type": "object", "description": HOSTILE,
                "properties": {"a\"b": prop(serde_json::json!({})), "delete": prop(serde_json::json!({"default": HOSTILE})),
                               "*/x": prop(serde_json::json!({}))}},
            "evil:pulumi:Thing": {"type": "object", "properties": {"x": {"type": "string"}}}
        },
        "provider": {"inputProperties": {"token": prop(serde_json::json!({"defaultInfo": {"environment": [HOSTILE]}}))}},
        "resources": {
            "evil:index:delete": {
                "description": HOSTILE,
                "deprecationMessage": HOSTILE,
                "aliases": [{"type": HOSTILE}],
                "properties": {"out": prop(serde_json::json!({"secret": true})),
                               "thing": {"$ref": "#/types/evil:index:Thing"},
                               "kind": {"$ref": "#/types/evil:index:Kind"},
                               "class": {"type": "string", "replaceOnChanges": true},
                               "a-b": {"type": "string"},
                               "__proto__": {"type": "string"},
                               "constructor": {"type": "string"},
                               "prototype": {"type": "string"},
                               "id": {"type": "integer"},
                               "urn": {"type": "string"},
                               "other": {"$ref": "#/types/evil:pulumi:Thing"}},
                "inputProperties": {"inp": prop(serde_json::json!({"default": HOSTILE, "defaultInfo": {"environment": [HOSTILE]}})),
                                    "thing": {"$ref": "#/types/evil:index:Thing"},
                                    "class": {"type": "string"},
                                    "a-b": {"type": "string"},
                                    "kind": {"$ref": "#/types/evil:index:Kind"}},
                "requiredInputs": ["inp", "a-b"],
                "stateInputs": {"properties": {"a-b": {"type": "string"}}}
            },
            "evil:index:Utilities": {"properties": {"pulumi": {"type": "string"}}, "inputProperties": {"pulumi": {"type": "string"}}},
            "evil:pulumi:Inputs": {"isComponent": true, "properties": {"id": {"type": "integer"}}, "inputProperties": {"x": {"$ref": "#/types/evil:pulumi:Thing"}}}
        },
        "functions": {
            "evil:index:function": {"description": HOSTILE, "deprecationMessage": HOSTILE,
                "inputs": {"properties": {"q": prop(serde_json::json!({})), "a-b": {"type": "string"}}},
                "outputs": {"properties": {"r": prop(serde_json::json!({})), "x y": {"type": "number"}}}},
            "evil:index:pulumi": {"inputs": {"properties": {"utilities": {"type": "string"}}}, "outputs": {"properties": {"inputs": {"type": "string"}}}},
            "evil:pulumi:utilities": {"outputs": {"properties": {"x": {"type": "string"}}}}
        }
    })
}

#[test]
fn hostile_text_and_names_compile_and_cannot_inject() {
    let loaded = schemagen_schema::parse(&schema().to_string(), "evil.json", schemagen_schema::Format::Json, &Default::default())
        .unwrap_or_else(|e| panic!("{e}"));
    let files = schemagen_engine::nodejs::generate(&loaded.package).unwrap_or_else(|e| panic!("{e}"));
    let root = work_dir("nodejs-hostile");
    let dir = root.join("evil");
    write(&dir, &files);
    if let Err(report) = injected(&dir) {
        panic!("injected code survived:\n{report}");
    }
    let sources = ts_files(&dir, &root);
    if let Err(report) = typecheck(&root, &sources, &[]) {
        panic!("the hostile schema's package does not type-check:\n{report}");
    }
}
