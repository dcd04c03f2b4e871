//! Hostile schema text and names: descriptions and messages written to leave JSDoc comments and
//! string literals, names that are TypeScript reserved words or the generated files' own
//! helpers, names that fold into one file, class, folder or namespace. The package must
//! type-check under `tsc --strict`, every resource and function must keep a file of its own,
//! and the code they tried to inject (a call of `PWNED`) must appear nowhere as code.

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
            "class": prop(serde_json::json!({})),
            // One exported variable, `x_y`; one the file's own `__config`.
            "x-y": {"type": "string"}, "x.y": {"type": "number"}, "__config": {"type": "string"},
            // Named like the global the file defines its variables with.
            "Object": {"type": "number"}
        }},
        "types": {
            "evil:index:Kind": {"type": "string", "description": HOSTILE,
                "enum": [{"name": "Bad", "value": HOSTILE, "description": HOSTILE}, {"value": "*/ PWNED();"}]},
            "evil:index:Thing": {"type": "object", "description": HOSTILE,
                "properties": {"a\"b": prop(serde_json::json!({})), "delete": prop(serde_json::json!({"default": HOSTILE})),
                               "*/x": prop(serde_json::json!({}))}},
            "evil:pulumi:Thing": {"type": "object", "properties": {"x": {"type": "string"}}},
            "evil:a-b:Shape": {"type": "object", "properties": {"x": {"type": "string"}}},
            // One interface (`Sh_ape`), one enum (`Co_lor`) and one enum member (`P_q`).
            "evil:index:sh-ape": {"type": "object", "properties": {"x": {"type": "string"}}},
            "evil:index:sh.ape": {"type": "object", "properties": {"y": {"type": "number"}}},
            "evil:index:co-lor": {"type": "string", "enum": [{"value": "p-q"}, {"value": "p.q"}]},
            "evil:index:co.lor": {"type": "string", "enum": [{"value": "r"}]},
            "evil:a_b:Shape": {"type": "object", "properties": {"y": {"type": "number"}}},
            "evil:index:Link": {"type": "object", "properties": {"loop": {"$ref": "#/resources/evil:pulumi:Loop"}}},
            "evil:index:Holder": {"type": "object", "properties": {"here": {"$ref": "#/resources/evil:a_b:Res"}, "there": {"$ref": "#/resources/evil:pulumi:Res"}}}
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
                               "toString": {"type": "string"},
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
            "evil:pulumi:Inputs": {"isComponent": true, "properties": {"id": {"type": "integer"}}, "inputProperties": {"x": {"$ref": "#/types/evil:pulumi:Thing"}}},
            // One file (`index_`, the first's kept clear of the folder's `index`), one class
            // (`X_y`), one folder and namespace (`a_b`).
            "evil:index:Index": {"inputProperties": {"x": {"type": "string"}}},
            "evil:index:Index_": {"inputProperties": {"y": {"type": "number"}}},
            "evil:index:x-y": {"inputProperties": {"x": {"type": "string"}}},
            "evil:index:x_y": {"inputProperties": {"y": {"type": "number"}}},
            "evil:a-b:Res": {"inputProperties": {"x": {"$ref": "#/types/evil:a-b:Shape"}}},
            "evil:a_b:Res": {"inputProperties": {"y": {"$ref": "#/types/evil:a_b:Shape"}}},
            // Classes of one name from several modules in one file, and one named like the
            // file's own class: imported under aliases.
            "evil:pulumi:Res": {"inputProperties": {"z": {"type": "string"}}},
            // A module folder beside the root's utilities.ts.
            "evil:utilities:Gadget": {"inputProperties": {"z": {"type": "string"}}},
            // A module folder named like a root function's file, and its export's name.
            "evil:x-z:Gear": {"inputProperties": {"z": {"type": "string"}}},
            // Outputs that lead back to their own resource, directly and through a type and
            // another resource.
            "evil:index:Chain": {"properties": {"next": {"$ref": "#/resources/evil:index:Chain"}, "via": {"$ref": "#/types/evil:index:Link"}}},
            "evil:pulumi:Loop": {"properties": {"chain": {"$ref": "#/resources/evil:index:Chain"}}},
            "evil:a_b:Uses": {"properties": {"root": {"$ref": "#/resources/evil:index:Uses"}, "here": {"$ref": "#/resources/evil:a_b:Res"},
                                             "there": {"$ref": "#/resources/evil:pulumi:Res"}, "held": {"$ref": "#/types/evil:index:Holder"}}},
            "evil:index:Uses": {
                "properties": {"a": {"$ref": "#/types/evil:index:sh-ape"}, "b": {"$ref": "#/types/evil:index:sh.ape"}},
                "inputProperties": {"a": {"$ref": "#/types/evil:index:sh-ape"}, "b": {"$ref": "#/types/evil:index:sh.ape"},
                                    "c": {"$ref": "#/types/evil:index:co-lor"}, "d": {"$ref": "#/types/evil:index:co.lor"}}
            }
        },
        "functions": {
            "evil:index:function": {"description": HOSTILE, "deprecationMessage": HOSTILE,
                "inputs": {"properties": {"q": prop(serde_json::json!({})), "a-b": {"type": "string"}}},
                "outputs": {"properties": {"r": prop(serde_json::json!({})), "x y": {"type": "number"}}}},
            "evil:index:pulumi": {"inputs": {"properties": {"utilities": {"type": "string"}}}, "outputs": {"properties": {"inputs": {"type": "string"}}}},
            "evil:pulumi:utilities": {"outputs": {"properties": {"x": {"type": "string"}}}},
            "evil:index:get-it": {"outputs": {"properties": {"x": {"type": "string"}}}},
            "evil:index:get_it": {"outputs": {"properties": {"y": {"type": "number"}}}},
            "evil:index:x_z": {"outputs": {"properties": {"y": {"type": "number"}}}},
            // Named like the folder of the package's types.
            "evil:index:types": {"outputs": {"properties": {"y": {"type": "number"}}}}
        }
    })
}

#[test]
fn hostile_text_and_names_compile_and_cannot_inject() {
    let loaded = schemagen_schema::parse(&schema().to_string(), "evil.json", schemagen_schema::Format::Json, &Default::default())
        .unwrap_or_else(|e| panic!("{e}"));
    let files = schemagen_engine::nodejs::generate(&loaded.package).unwrap_or_else(|e| panic!("{e}"));
    if let Err(report) = a_file_each(&loaded.package, &files) {
        panic!("names folding into one lost a file:\n{report}");
    }
    let root = work_dir("nodejs-hostile");
    let dir = root.join("evil");
    write(&dir, &files);
    if let Err(report) = injected(&dir) {
        panic!("injected code survived:\n{report}");
    }
    // The sub-modules are what their indexes export under the modules' names.
    std::fs::write(root.join("usage.ts"), USAGE).unwrap();
    let mut sources = ts_files(&dir, &root);
    sources.push("usage.ts".into());
    if let Err(report) = typecheck(&root, &sources, &[]) {
        panic!("the hostile schema's package does not type-check:\n{report}");
    }
}

const USAGE: &str = r#"import * as evil from "./evil";
export const classes = [evil.utilities.Gadget, evil.pulumi.Res, evil.a_b.Res, evil.Chain, evil.x_z_.Gear];
// A schema's members keep their names, and a schema module exported under one is renamed; the
// SDK's own modules keep theirs.
export const calls = [evil.x_z(), evil.types_(), evil.types.input];
// A config variable named like the global its file defines variables with is renamed.
export const configured: number | undefined = evil.config.Object_;
"#;

/// Every resource and function has a file of its own: the one file (an index aside) that names
/// its token.
fn a_file_each(pkg: &schemagen_schema::Package, files: &[schemagen_engine::GeneratedFile]) -> Result<(), String> {
    let sources: Vec<&schemagen_engine::GeneratedFile> =
        files.iter().filter(|f| f.path().ends_with(".ts") && !f.path().ends_with("index.ts")).collect();
    let tokens = pkg.resources.iter().map(|r| &r.token.full).chain(pkg.functions.iter().map(|f| &f.token.full));
    let mut owners = std::collections::BTreeMap::new();
    let mut report = String::new();
    for token in tokens {
        let literal = serde_json::Value::String(token.clone()).to_string();
        let holding: Vec<&str> = sources.iter().filter(|f| f.contents.contains(&literal)).map(|f| f.path()).collect();
        match holding[..] {
            [one] => {
                if let Some(other) = owners.insert(one, token) {
                    report += &format!("{token} and {other} share {one}\n");
                }
            }
            _ => report += &format!("{token} is named in {holding:?}\n"),
        }
    }
    if report.is_empty() { Ok(()) } else { Err(report) }
}
