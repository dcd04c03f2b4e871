//! Random but well-formed schemas — odd names, nested arrays, maps and unions, enums, references
//! between types and resources, hostile descriptions — go through the parser and then through
//! every generator: whatever the schema, each returns `Ok` or `Err` and never panics, refuses
//! nothing `check` accepts, and returns only paths inside the output folder.

mod agreement_support;

use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError, TestRunner};
use schemagen_schema::{parse, Format, LoadOptions};
use serde_json::{json, Map, Value};

/// Text a description may hold that has broken generated files before: docstring and string
/// quotes, backslashes, Hugo shortcodes, HTML comments and raw-text tags, YAML document markers,
/// open code fences, NUL and other control characters.
const HOSTILE: [&str; 14] = [
    "\"\"\"", "'''", "\\", "{{% /md %}}", "{{< ref >}}", "-->", "<!--", "<script>", "</dd>",
    "\n---\n", "\n```ts\n", "\0", "\u{2028}", "{{% examples %}}",
];

/// A name: mostly identifier-like (the shapes real schemas use), sometimes with characters that
/// no target language allows in a name, or words that are keywords somewhere.
fn name() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => "[a-z][a-zA-Z0-9]{0,10}",
        2 => "[A-Z][A-Za-z0-9_]{0,10}",
        1 => prop::sample::select(vec![
            "class", "None", "def", "self", "id", "urn", "opts", "resource_name", "_", "__init__",
            "Args", "str", "type", "Provider", "import", "lambda", "async", "getFoo", "URLMap",
            "ipv6Address", "__props__",
        ])
        .prop_map(String::from),
        1 => "[a-zA-Z0-9_$.\\- é中]{1,8}",
    ]
}

fn module() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => Just("index".to_string()),
        3 => "[a-z][a-z0-9]{0,6}",
        1 => "[a-z]{1,4}/[a-z]{1,4}",
        1 => "[a-zA-Z0-9_.\\-]{1,6}",
    ]
}

fn description() -> impl Strategy<Value = Option<String>> {
    let piece = prop_oneof![3 => "[a-zA-Z .,`*]{0,12}", 2 => prop::sample::select(HOSTILE.to_vec()).prop_map(String::from)];
    prop::option::of(prop::collection::vec(piece, 0..5).prop_map(|parts| parts.concat()))
}

/// A property type, before references are resolved against the schema's definitions.
#[derive(Debug, Clone)]
enum Ty {
    Prim(&'static str),
    Builtin(&'static str),
    Array(Box<Ty>),
    Map(Box<Ty>),
    Union(Vec<Ty>),
    /// The n-th type definition (modulo their number).
    TypeRef(usize),
    /// The n-th resource.
    ResourceRef(usize),
    Provider,
}

fn ty() -> impl Strategy<Value = Ty> {
    let leaf = prop_oneof![
        4 => prop::sample::select(vec!["string", "integer", "number", "boolean"]).prop_map(Ty::Prim),
        1 => prop::sample::select(vec!["Any", "Json", "Archive", "Asset"]).prop_map(Ty::Builtin),
        3 => any::<usize>().prop_map(Ty::TypeRef),
        1 => any::<usize>().prop_map(Ty::ResourceRef),
        1 => Just(Ty::Provider),
    ];
    leaf.prop_recursive(3, 12, 3, |inner| {
        prop_oneof![
            inner.clone().prop_map(|t| Ty::Array(Box::new(t))),
            inner.clone().prop_map(|t| Ty::Map(Box::new(t))),
            prop::collection::vec(inner, 2..4).prop_map(Ty::Union),
        ]
    })
}

#[derive(Debug, Clone)]
struct Prop {
    name: String,
    ty: Ty,
    description: Option<String>,
    required: bool,
    deprecated: Option<String>,
    secret: bool,
    default: bool,
}

fn prop() -> impl Strategy<Value = Prop> {
    (name(), ty(), description(), any::<bool>(), prop::option::weighted(0.2, description()), any::<bool>(), prop::bool::weighted(0.2))
        .prop_map(|(name, ty, description, required, deprecated, secret, default)| Prop {
            name,
            ty,
            description,
            required,
            deprecated: deprecated.flatten(),
            secret,
            default,
        })
}

fn props() -> impl Strategy<Value = Vec<Prop>> {
    prop::collection::vec(prop(), 0..5)
}

#[derive(Debug, Clone)]
enum Def {
    Object(Vec<Prop>),
    /// Values of one primitive kind: strings (with names or not), integers or numbers.
    Enum(u8, Vec<(Option<String>, i32, Option<String>)>),
}

#[derive(Debug, Clone)]
struct Named<T> {
    module: String,
    name: String,
    description: Option<String>,
    body: T,
}

fn named<T: std::fmt::Debug + Clone>(body: impl Strategy<Value = T>) -> impl Strategy<Value = Named<T>> {
    (module(), name(), description(), body).prop_map(|(module, name, description, body)| Named { module, name, description, body })
}

fn def() -> impl Strategy<Value = Def> {
    prop_oneof![
        3 => props().prop_map(Def::Object),
        1 => (0u8..3, prop::collection::vec((prop::option::of(name()), any::<i32>(), description()), 1..4))
            .prop_map(|(kind, values)| Def::Enum(kind, values)),
    ]
}

#[derive(Debug, Clone)]
struct Res {
    inputs: Vec<Prop>,
    outputs: Vec<Prop>,
    state: bool,
    deprecated: Option<String>,
    component: bool,
}

fn res() -> impl Strategy<Value = Res> {
    (props(), props(), any::<bool>(), prop::option::weighted(0.2, description()), prop::bool::weighted(0.2))
        .prop_map(|(inputs, outputs, state, deprecated, component)| Res {
            inputs,
            outputs,
            state,
            deprecated: deprecated.flatten(),
            component,
        })
}

#[derive(Debug, Clone)]
struct Schema {
    package: String,
    module_format: Option<&'static str>,
    types: Vec<Named<Def>>,
    resources: Vec<Named<Res>>,
    functions: Vec<Named<(Option<Vec<Prop>>, Option<Vec<Prop>>)>>,
    config: Vec<Prop>,
    provider: Option<Vec<Prop>>,
    description: Option<String>,
}

fn schema() -> impl Strategy<Value = Schema> {
    (
        prop_oneof![6 => "[a-z][a-z0-9]{0,8}", 1 => Just("kubernetes".to_string()), 1 => name()],
        prop::option::weighted(0.2, prop::sample::select(vec!["(.*)(?:/[^/]*)", "(.*)", "([a-z]+)"])),
        prop::collection::vec(named(def()), 0..5),
        prop::collection::vec(named(res()), 0..4),
        prop::collection::vec(named((prop::option::of(props()), prop::option::of(props()))), 0..3),
        props(),
        prop::option::of(props()),
        description(),
    )
        .prop_map(|(package, module_format, types, resources, functions, config, provider, description)| Schema {
            package,
            module_format,
            types,
            resources,
            functions,
            config,
            provider,
            description,
        })
}

impl Schema {
    fn token<T>(&self, n: &Named<T>) -> String {
        format!("{}:{}:{}", self.package, n.module, n.name)
    }

    fn ty(&self, t: &Ty) -> Value {
        match t {
            Ty::Prim(p) => json!({"type": p}),
            Ty::Builtin(b) => json!({"$ref": format!("pulumi.json#/{b}")}),
            Ty::Array(e) => json!({"type": "array", "items": self.ty(e)}),
            Ty::Map(e) => json!({"type": "object", "additionalProperties": self.ty(e)}),
            Ty::Union(es) => json!({"oneOf": es.iter().map(|e| self.ty(e)).collect::<Vec<_>>()}),
            Ty::TypeRef(i) if !self.types.is_empty() => {
                let target = &self.types[i % self.types.len()];
                let mut v = json!({"$ref": format!("#/types/{}", self.token(target))});
                if let Def::Enum(kind, _) = &target.body {
                    v["type"] = json!(enum_kind(*kind));
                }
                v
            }
            Ty::ResourceRef(i) if !self.resources.is_empty() => {
                json!({"$ref": format!("#/resources/{}", self.token(&self.resources[i % self.resources.len()]))})
            }
            Ty::Provider => json!({"$ref": "#/provider"}),
            Ty::TypeRef(_) | Ty::ResourceRef(_) => json!({"type": "string"}),
        }
    }

    fn properties(&self, props: &[Prop]) -> (Value, Value) {
        let mut map = Map::new();
        let mut required = Vec::new();
        for p in props {
            let mut v = self.ty(&p.ty);
            if let Some(d) = &p.description {
                v["description"] = json!(d);
            }
            if let Some(d) = &p.deprecated {
                v["deprecationMessage"] = json!(d);
            }
            if p.secret {
                v["secret"] = json!(true);
            }
            if p.default && matches!(p.ty, Ty::Prim("string")) {
                v["default"] = json!(p.description.clone().unwrap_or_default());
                v["defaultInfo"] = json!({"environment": ["SCHEMAGEN_TEST_VAR"]});
            }
            if p.required {
                required.push(json!(p.name));
            }
            map.insert(p.name.clone(), v);
        }
        (Value::Object(map), Value::Array(required))
    }

    fn object(&self, description: &Option<String>, props: &[Prop]) -> Value {
        let (properties, required) = self.properties(props);
        let mut v = json!({"type": "object", "properties": properties, "required": required});
        if let Some(d) = description {
            v["description"] = json!(d);
        }
        v
    }

    fn to_json(&self) -> Value {
        let mut types = Map::new();
        for t in &self.types {
            let mut v = match &t.body {
                Def::Object(props) => self.object(&None, props),
                Def::Enum(kind, values) => {
                    let values: Vec<Value> = values
                        .iter()
                        .map(|(name, n, description)| {
                            let value = match kind {
                                0 => json!(format!("{}{n}", name.clone().unwrap_or_default())),
                                1 => json!(n),
                                _ => json!(f64::from(*n) / 8.0),
                            };
                            let mut v = json!({"value": value});
                            if let Some(name) = name {
                                v["name"] = json!(name);
                            }
                            if let Some(d) = description {
                                v["description"] = json!(d);
                            }
                            v
                        })
                        .collect();
                    json!({"type": enum_kind(*kind), "enum": values})
                }
            };
            if let Some(d) = &t.description {
                v["description"] = json!(d);
            }
            types.insert(self.token(t), v);
        }
        let mut resources = Map::new();
        for r in &self.resources {
            let (inputs, required_inputs) = self.properties(&r.body.inputs);
            let (outputs, required) = self.properties(&r.body.outputs);
            let mut v = json!({
                "inputProperties": inputs, "requiredInputs": required_inputs,
                "properties": outputs, "required": required,
                "isComponent": r.body.component,
            });
            if r.body.state {
                v["stateInputs"] = self.object(&r.description, &r.body.outputs);
            }
            if let Some(d) = &r.description {
                v["description"] = json!(d);
            }
            if let Some(d) = &r.body.deprecated {
                v["deprecationMessage"] = json!(d);
            }
            resources.insert(self.token(r), v);
        }
        let mut functions = Map::new();
        for f in &self.functions {
            let (inputs, outputs) = &f.body;
            let mut v = json!({});
            if let Some(props) = inputs {
                v["inputs"] = self.object(&None, props);
            }
            if let Some(props) = outputs {
                v["outputs"] = self.object(&f.description, props);
            }
            if let Some(d) = &f.description {
                v["description"] = json!(d);
            }
            functions.insert(self.token(f), v);
        }
        let (variables, _) = self.properties(&self.config);
        let mut schema = json!({
            "name": self.package,
            "version": "1.2.3",
            "config": {"variables": variables},
            "types": types,
            "resources": resources,
            "functions": functions,
        });
        if let Some(d) = &self.description {
            schema["description"] = json!(d);
        }
        if let Some(format) = self.module_format {
            schema["meta"] = json!({"moduleFormat": format});
        }
        if let Some(props) = &self.provider {
            let (inputs, required) = self.properties(props);
            schema["provider"] = json!({"inputProperties": inputs, "requiredInputs": required});
        }
        schema
    }
}

fn enum_kind(kind: u8) -> &'static str {
    ["string", "integer", "number"][usize::from(kind % 3)]
}

#[test]
fn generators_return_a_result_for_any_valid_schema() {
    let mut runner = TestRunner::new(Config { cases: 300, failure_persistence: None, ..Config::default() });
    let parsed = std::cell::Cell::new(0u32);
    let generated = std::cell::Cell::new(0u32);
    runner
        .run(&schema(), |s| {
            let text = serde_json::to_string_pretty(&s.to_json()).map_err(|e| TestCaseError::fail(e.to_string()))?;
            let Ok(loaded) = parse(&text, "random.json", Format::Json, &LoadOptions::default()) else {
                return Ok(());
            };
            parsed.set(parsed.get() + 1);
            let results = agreement_support::generate_all(&loaded).map_err(TestCaseError::fail)?;
            if results.iter().all(|(_, r)| r.is_ok()) {
                generated.set(generated.get() + 1);
            }
            Ok(())
        })
        .unwrap();
    // The generator of schemas must mostly produce schemas the parser accepts, or the test
    // would prove nothing about the generators; likewise most must generate.
    // (About 98% parse and 99% of those generate; the bounds leave room for chance.)
    assert!(parsed.get() >= 200, "only {} of 300 random schemas parsed", parsed.get());
    assert!(generated.get() >= parsed.get() / 2, "only {} of {} parsed schemas generated", generated.get(), parsed.get());
}
