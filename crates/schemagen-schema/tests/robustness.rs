//! Whatever the bytes, `parse` returns a result: no panic, no stack overflow, no hang, and every
//! diagnostic it returns is located inside the text.

use std::path::Path;

use proptest::prelude::*;
use schemagen_schema::{parse, Format, LoadError, LoadOptions};
use serde_json::{json, Map, Value};

fn check(text: &str, format: Format) {
    match parse(text, "fuzz", format, &LoadOptions::default()) {
        Ok(loaded) => {
            for w in &loaded.warnings {
                assert_located(text, w.location);
            }
        }
        Err(e) => {
            assert!(e.error_count() > 0, "a failure carries at least one error");
            for d in &e.diagnostics {
                assert_located(text, d.location);
                for r in &d.related {
                    assert_located(text, r.location);
                }
                // Rendering must not panic either.
                let _ = d.display("fuzz").to_string();
            }
        }
    }
}

fn assert_located(text: &str, location: Option<schemagen_schema::Location>) {
    if let Some(l) = location {
        assert!(l.line >= 1 && l.column >= 1, "{l:?}");
        assert!(l.offset <= text.len(), "{l:?} beyond {} bytes", text.len());
        assert!(l.line <= text.lines().count().max(1) + 1, "{l:?}");
    }
}

fn both(text: &str) {
    check(text, Format::Json);
    check(text, Format::Yaml);
}

fn arbitrary_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        any::<f64>().prop_filter("finite", |f| f.is_finite()).prop_map(|f| json!(f)),
        ".{0,12}".prop_map(Value::String),
    ];
    leaf.prop_recursive(6, 64, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((key(), inner), 0..6).prop_map(|kv| Value::Object(kv.into_iter().collect())),
        ]
    })
}

/// Keys that the schema knows, so that random objects reach deep into the binder.
fn key() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => prop::sample::select(vec![
            "name", "version", "types", "resources", "functions", "provider", "config", "variables",
            "properties", "inputProperties", "required", "requiredInputs", "type", "$ref", "items",
            "additionalProperties", "oneOf", "discriminator", "mapping", "propertyName", "enum", "value",
            "default", "const", "defaultInfo", "environment", "methods", "language", "meta",
            "moduleFormat", "inputs", "outputs", "stateInputs", "aliases", "plain", "multiArgumentInputs",
        ])
        .prop_map(str::to_string),
        1 => ".{0,8}",
    ]
}

fn token() -> impl Strategy<Value = String> {
    prop::sample::select(vec![
        "acme:index:Widget", "acme:index:widget", "acme::Gadget", "acme:mod:Thing", "acme:index:Provider",
        "acme:Bad", "other:index:Foreign", "acme:index:Widget/method", "", ":::", "acme:a/b:C",
    ])
    .prop_map(str::to_string)
}

fn reference() -> impl Strategy<Value = String> {
    prop_oneof![
        token().prop_map(|t| format!("#/types/{t}")),
        token().prop_map(|t| format!("#/resources/{t}")),
        Just("#/provider".to_string()),
        Just("pulumi.json#/Any".to_string()),
        Just("pulumi.json#/Nope".to_string()),
        token().prop_map(|t| format!("/other/v1.0.0/schema.json#/types/{t}")),
        "[#/%a-z:]{0,16}",
    ]
}

fn type_spec() -> impl Strategy<Value = Value> {
    let primitive = prop::sample::select(vec!["string", "integer", "number", "boolean", "object", "array", "strng"]);
    let leaf = prop_oneof![
        primitive.clone().prop_map(|t| json!({"type": t})),
        reference().prop_map(|r| json!({"$ref": r})),
        (primitive, reference()).prop_map(|(t, r)| json!({"type": t, "$ref": r})),
        Just(json!({})),
    ];
    leaf.prop_recursive(5, 32, 3, |inner| {
        prop_oneof![
            inner.clone().prop_map(|i| json!({"type": "array", "items": i})),
            inner.clone().prop_map(|i| json!({"type": "object", "additionalProperties": i})),
            (prop::collection::vec(inner, 0..4), prop::option::of(reference())).prop_map(|(els, target)| {
                let mut u = json!({"oneOf": els});
                if let Some(t) = target {
                    u["discriminator"] = json!({"propertyName": "kind", "mapping": {"a": t}});
                }
                u
            }),
        ]
    })
}

fn property() -> impl Strategy<Value = Value> {
    (type_spec(), prop::option::of(arbitrary_json()), prop::option::of(arbitrary_json())).prop_map(|(mut t, d, c)| {
        if let Some(d) = d {
            t["default"] = d;
        }
        if let Some(c) = c {
            t["const"] = c;
        }
        t
    })
}

fn properties() -> impl Strategy<Value = (Value, Value)> {
    prop::collection::vec((prop::sample::select(vec!["a", "b", "A", "id", "urn", "version", "__self__", ""]), property()), 0..5)
        .prop_flat_map(|props| {
            let names: Vec<String> = props.iter().map(|(n, _)| n.to_string()).collect();
            let obj: Map<String, Value> = props.into_iter().map(|(n, p)| (n.to_string(), p)).collect();
            let required = prop::sample::subsequence(names.clone(), 0..=names.len())
                .prop_map(|r| Value::Array(r.into_iter().map(Value::String).chain([Value::String("zz".into())]).take(8).collect()));
            (Just(Value::Object(obj)), required)
        })
}

fn schema_like() -> impl Strategy<Value = Value> {
    let type_def = prop_oneof![
        properties().prop_map(|(p, r)| json!({"type": "object", "properties": p, "required": r})),
        (prop::sample::select(vec!["string", "integer", "number", "boolean", "object"]), prop::collection::vec(arbitrary_json(), 0..4))
            .prop_map(|(t, vals)| json!({"type": t, "enum": vals.into_iter().map(|v| json!({"value": v})).collect::<Vec<_>>()})),
    ];
    let resource = (properties(), properties(), prop::collection::vec((".{0,4}", token()), 0..3)).prop_map(|((o, or), (i, ir), methods)| {
        let methods: Map<String, Value> = methods.into_iter().map(|(k, v)| (k, Value::String(v))).collect();
        json!({"properties": o, "required": or, "inputProperties": i, "requiredInputs": ir, "methods": methods})
    });
    let function = (properties(), prop::option::of(type_spec())).prop_map(|((i, _), out)| match out {
        Some(o) => json!({"inputs": {"properties": i}, "outputs": o}),
        None => json!({"inputs": {"properties": i}}),
    });
    (
        prop::sample::select(vec!["acme", ""]),
        prop::option::of(prop::sample::select(vec!["1.0.0", "v2", "nope", "(.*)"])),
        prop::collection::vec((token(), type_def), 0..4),
        prop::collection::vec((token(), resource), 0..4),
        prop::collection::vec((token(), function), 0..3),
        prop::option::of(prop::sample::select(vec!["(.*)(?:/[^/]*)", "(", "(.*)"])),
    )
        .prop_map(|(name, version, types, resources, functions, module_format)| {
            let mut doc = json!({
                "name": name,
                "types": types.into_iter().collect::<Map<_, _>>(),
                "resources": resources.into_iter().collect::<Map<_, _>>(),
                "functions": functions.into_iter().collect::<Map<_, _>>(),
            });
            if let Some(v) = version {
                doc["version"] = json!(v);
            }
            if let Some(f) = module_format {
                doc["meta"] = json!({"moduleFormat": f});
            }
            doc
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..256)) {
        both(&String::from_utf8_lossy(&bytes));
    }

    #[test]
    fn arbitrary_text_never_panics(text in "[{}\\[\\]\":,a-z0-9 \n\\-#|>&*!]{0,200}") {
        both(&text);
    }

    #[test]
    fn arbitrary_json_never_panics(doc in arbitrary_json()) {
        let text = serde_json::to_string_pretty(&doc).expect("serializable");
        check(&text, Format::Json);
        check(&serde_norway::to_string(&doc).expect("serializable"), Format::Yaml);
    }

    #[test]
    fn schema_like_json_never_panics(doc in schema_like()) {
        let pretty = serde_json::to_string_pretty(&doc).expect("serializable");
        check(&pretty, Format::Json);
        check(&serde_json::to_string(&doc).expect("serializable"), Format::Json);
        check(&serde_norway::to_string(&doc).expect("serializable"), Format::Yaml);
    }

    #[test]
    fn mangled_fixture_never_panics(cut in 0usize..4000, insert in "[{}\\[\\]\":,\n]{0,3}") {
        let text = std::fs::read_to_string(fixture("pulumi-codegen/simple-resource-schema/schema.json")).expect("fixture");
        let mut at = cut.min(text.len());
        while !text.is_char_boundary(at) { at -= 1; }
        let mangled = format!("{}{}{}", &text[..at], insert, &text[at..]);
        check(&mangled, Format::Json);
        check(&text[..at], Format::Json);
    }
}

fn fixture(rel: &str) -> std::path::PathBuf {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/fixtures").join(rel);
    assert!(p.is_file(), "missing fixture {}", p.display());
    p
}

const DEEP: usize = 100_000;

fn must_fail_located(text: &str, format: Format) -> LoadError {
    let err = parse(text, "deep", format, &LoadOptions::default()).expect_err("a 100k-deep document is rejected");
    assert!(err.diagnostics.iter().all(|d| d.location.is_some()), "{err}");
    err
}

fn wrap(property: &str) -> String {
    format!("{{\"name\": \"x\", \"types\": {{\"x::A\": {{\"type\": \"object\", \"properties\": {{\"p\": {property}}}}}}}}}")
}

// These run on the test harness's threads (2 MiB stacks, smaller than a main thread's), so
// they also show that nesting cannot overflow an ordinary thread's stack.

#[test]
fn deep_json_arrays_are_an_error() {
    let text = wrap(&format!("{}{}", "[".repeat(DEEP), "]".repeat(DEEP)));
    must_fail_located(&text, Format::Json);
}

#[test]
fn deep_json_items_chain_is_an_error() {
    let chain = format!("{}{{\"type\": \"string\"}}{}", "{\"type\": \"array\", \"items\": ".repeat(DEEP), "}".repeat(DEEP));
    let err = must_fail_located(&wrap(&chain), Format::Json);
    assert!(err.to_string().contains("recursion limit"), "{err}");
}

#[test]
fn deep_json_default_value_is_an_error() {
    let text = wrap(&format!("{{\"type\": \"string\", \"default\": {}{}}}", "[".repeat(DEEP), "]".repeat(DEEP)));
    must_fail_located(&text, Format::Json);
}

#[test]
fn deep_yaml_flow_nesting_is_an_error_and_fast() {
    let started = std::time::Instant::now();
    let header = "name: x\ntypes:\n  x::A:\n    type: object\n    properties:\n      p: ";
    let arrays = format!("{header}{}{}\n", "[".repeat(DEEP), "]".repeat(DEEP));
    must_fail_located(&arrays, Format::Yaml);
    let items = format!("{header}{}{{type: string}}{}\n", "{type: array, items: ".repeat(DEEP), "}".repeat(DEEP));
    let err = must_fail_located(&items, Format::Yaml);
    assert!(err.to_string().contains("nested more than"), "{err}");
    assert!(started.elapsed().as_secs() < 10, "took {:?}", started.elapsed());
}

#[test]
fn deep_yaml_block_nesting_is_an_error() {
    // Block style needs an indentation step per level, so the text grows with the square of
    // the depth; 2,000 levels is already 8 MB.
    let mut text = String::from("name: x\ntypes:\n  x::A:\n    type: object\n    properties:\n      p:\n");
    let mut indent = 8;
    for _ in 0..2_000 {
        text.push_str(&format!("{:indent$}type: array\n{:indent$}items:\n", "", ""));
        indent += 2;
    }
    text.push_str(&format!("{:indent$}type: string\n", ""));
    let err = must_fail_located(&text, Format::Yaml);
    assert!(err.to_string().contains("recursion limit"), "{err}");
}

#[test]
fn yaml_alias_bombs_are_an_error() {
    let mut text = String::from("name: x\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for i in 1..12 {
        let prev = i - 1;
        text.push_str(&format!("a{i}: &a{i} [*a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}, *a{prev}]\n"));
    }
    let started = std::time::Instant::now();
    let _ = parse(&text, "bomb", Format::Yaml, &LoadOptions::default());
    assert!(started.elapsed().as_secs() < 10, "took {:?}", started.elapsed());
}

#[test]
fn a_dependency_file_declaring_another_package_is_an_error() {
    let deps = tempfile::tempdir().expect("temp dir");
    let dep = r#"{"name": "other", "version": "4.0.0", "resources": {"other:index:Thing": {}}}"#;
    std::fs::write(deps.path().join("random-4.0.0.json"), dep).expect("written");
    let schema = r##"{"name": "m", "resources": {"m:index:R": {"inputProperties": {
        "a": {"$ref": "/random/v4.0.0/schema.json#/resources/random:index:Thing"}}}}}"##;
    let opts = LoadOptions { deps: Some(deps.path().to_path_buf()) };
    let e = parse(schema, "m.json", Format::Json, &opts).expect_err("the dependency is not `random`");
    let text = e.to_string();
    assert!(text.contains("declares package `other`, not `random`"), "{text}");
    assert_located(schema, e.diagnostics[0].location);
}

#[test]
fn types_nested_deeper_than_sdks_can_write_are_an_error() {
    let chain = |depth: usize| format!("{}{{\"type\": \"string\"}}{}", "{\"type\": \"array\", \"items\": ".repeat(depth), "}".repeat(depth));
    let deep = wrap(&chain(100));
    let err = parse(&deep, "deep", Format::Json, &LoadOptions::default()).expect_err("100 nested arrays are refused");
    assert_eq!(err.error_count(), 1, "{err}");
    assert!(err.to_string().contains("nest more than 32 levels"), "{err}");
    assert_located(&deep, err.diagnostics[0].location);
    parse(&wrap(&chain(30)), "ok", Format::Json, &LoadOptions::default()).expect("30 levels are fine");
}
