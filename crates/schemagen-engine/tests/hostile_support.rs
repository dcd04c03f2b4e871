//! Random hostile schemas for the tests that compile and load generated SDKs: names that are
//! keywords, predeclared identifiers or the generated code's own helpers in some language, that
//! are no identifier at all, that fold together (case, underscores, NFKC, NFC against decomposed
//! forms), and texts written to leave comments and string literals, each carrying a call of
//! `PWNED` — which the tests define as a marker-file write where the language can run it.
#![allow(dead_code)]

use proptest::prelude::*;
use serde_json::{json, Map, Value};

/// The identifier every payload calls.
pub const PAYLOAD: &str = "PWNED";

/// Words with a meaning in some target language or in the generated code around a name.
const WORDS: &[&str] = &[
    // Keywords.
    "class", "function", "delete", "new", "this", "super", "yield", "await", "enum", "interface",
    "package", "func", "go", "chan", "select", "defer", "range", "map", "type", "var", "const",
    "import", "return", "default", "switch", "case", "fallthrough", "goto", "struct", "fn", "impl",
    "self", "Self", "crate", "mod", "None", "True", "lambda", "async", "def", "in", "of", "let",
    // Predeclared identifiers and globals.
    "string", "int", "error", "nil", "len", "make", "any", "bool", "iota", "undefined", "NaN",
    "Object", "Array", "Promise", "Error", "require", "module", "exports", "constructor",
    "prototype", "__proto__", "toString", "hasOwnProperty", "isinstance", "dict", "str", "Result",
    // The generated code's own names.
    "pulumi", "utilities", "inputs", "outputs", "enums", "types", "opts", "args", "resourceInputs",
    "resourceName", "name", "urn", "id", "ctx", "get", "isInstance",
    "__pulumiType", "context", "reflect", "internal", "config", "index", "errors", "Input", "Output",
    "Args", "State", "ElementType", "ToOutput", "Ptr", "lazyLoad", "_utilities", "__self__",
    "__props__", "resource_name", "__args__", "__init__", "_internal_init", "__dict__", "secret",
    "_index", "_schemagen",
];

/// Members a resource class has in some language, which a method may be named like.
const MEMBER_WORDS: &[&str] = &[
    "get", "exists", "isInstance", "urn", "id", "getProvider", "translateOutputProperty", "_internal_init", "__init__",
    "elementType", "pulumiResourceName", "toOutput",
];

/// Names that are no identifier, or that fold into one another.
const ODD: &[&str] = &[
    "a-b", "a.b", "a b", "a_b", "a\"b", "1abc", "$", "%", "_", "__", "é", "e\u{301}", "\u{e9}",
    "ﬁle", "file", "Ａb", "ｃlass", "中文", "fooBar", "foo_bar", "FooBar", "FOO_BAR", "x\u{200d}y",
    "ǅ", "ℌ", "µ", "\u{2126}", "\u{3a9}", "\u{2163}",
];

/// Names written to leave the place a name goes in Python, TypeScript and Go.
const PAYLOAD_NAMES: &[&str] = &[
    "X' if PWNED() else '",
    "x\"); PWNED(); (\"",
    "x'); PWNED(); ('",
    "x` + PWNED() + `",
    "x${PWNED()}",
    "x*/PWNED()/*",
    "x\"] = PWNED(), [\"",
    "x) { PWNED() }; func y(",
];

/// Pieces of text that leave a comment or literal in some language, or that a tool mangles.
const PIECES: &[&str] = &[
    "*/ PWNED(); /*",
    "\n*/ PWNED(); /**",
    "${PWNED()}",
    "` + PWNED() + `",
    "`); PWNED(); (`",
    "\"); PWNED(); (\"",
    "'); PWNED(); ('",
    "\"\"\"; PWNED() #",
    "'''; PWNED() #",
    "\\\"); PWNED(); //",
    "\\u0022 + PWNED() + \\u0022",
    "\\u{22}",
    "\\x41",
    "\\",
    "`",
    "\u{2028}PWNED();",
    "\u{2029}",
    "\u{85}",
    "\r",
    "\r\nPWNED();",
    "\u{202E}",
    "\u{2066}",
    "\u{feff}",
    "\0",
    "\u{1b}[31m",
    "\n} func init() { PWNED() }\n",
    "\n//go:generate PWNED\n",
    "{{% /md %}}",
    "<script>PWNED()</script>",
    "é ﬁ 中",
];

pub fn name() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => prop::sample::select(WORDS.to_vec()).prop_map(String::from),
        2 => prop::sample::select(ODD.to_vec()).prop_map(String::from),
        1 => prop::sample::select(PAYLOAD_NAMES.to_vec()).prop_map(String::from),
        2 => "[a-z][a-zA-Z0-9]{0,8}",
        1 => "[a-zA-Z0-9_$.\\- é中]{1,6}",
    ]
}

/// A type, resource or function name: upper-case first, as real schemas write them, or any
/// name — but one the docs can name a page after (`check` refuses the others, see the
/// agreement tests), so that the schema stays valid.
pub fn type_name() -> impl Strategy<Value = String> {
    let page_name = |n: String| {
        let n: String = n.chars().map(|c| if matches!(c, '\\' | '<' | '>' | '"' | '|' | '?' | '*' | '/') { '\'' } else { c }).collect();
        if n.chars().all(|c| c == '.') { format!("{n}x") } else { n }
    };
    prop_oneof![
        2 => name().prop_map(move |n| {
            let mut c = n.chars();
            page_name(c.next().map_or(n.clone(), |f| f.to_uppercase().chain(c).collect()))
        }),
        1 => name().prop_map(page_name),
    ]
}

pub fn module() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => Just("index".to_string()),
        3 => prop::sample::select(vec![
            "pulumi", "utilities", "types", "config", "internal", "inputs", "outputs", "enums",
            "a-b", "1x", "func", "go", "main", "lib", "bin", "README", "nested/mod", "Upper",
            "upper", "é", "class", "string", "errors", "context", "fmt", "x/y/z", "_utilities",
            "ü", "aux", "NUL", "v1.", "providers", "_schemagen",
        ])
        .prop_map(String::from),
        1 => "[a-z][a-z0-9]{0,5}",
    ]
}

pub fn text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => prop::sample::select(PIECES.to_vec()).prop_map(String::from),
        1 => "[a-zA-Z .,`*]{0,8}",
        1 => any::<char>().prop_map(String::from),
    ];
    prop::collection::vec(piece, 1..5).prop_map(|parts| parts.concat())
}

/// What one random hostile schema is built from: names and texts taken in turn.
#[derive(Debug, Clone)]
pub struct Hostile {
    pub package: &'static str,
    pub types: Vec<(String, String)>,
    pub names: Vec<String>,
    pub texts: Vec<String>,
}

/// Enough names and texts for a schema of about forty definitions.
pub fn hostile() -> impl Strategy<Value = Hostile> {
    (
        prop::sample::select(vec!["hostile", "hostile-pkg", "go", "class", "my.pkg"]),
        prop::collection::vec((module(), type_name()), 24),
        prop::collection::vec(name(), 96),
        prop::collection::vec(text(), 64),
    )
        .prop_map(|(package, types, names, texts)| Hostile { package, types, names, texts })
}

impl Hostile {
    fn name(&self, i: usize) -> &str {
        &self.names[i % self.names.len()]
    }

    fn text(&self, i: usize) -> &str {
        &self.texts[i % self.texts.len()]
    }

    /// The token of definition `i`: functions' names start lower-case; a token that differs
    /// from an earlier one only in case (which `check` refuses) gets its number appended.
    fn token(&self, i: usize) -> String {
        let mut seen = std::collections::HashSet::new();
        let mut token = String::new();
        for (k, (module, name)) in self.types.iter().enumerate().take(i % self.types.len() + 1) {
            let name = if FUNCTIONS.contains(&k) {
                let mut c = name.chars();
                c.next().map_or(String::new(), |f| f.to_lowercase().chain(c).collect())
            } else {
                name.clone()
            };
            token = format!("{}:{module}:{name}", self.package);
            if !seen.insert(token.to_lowercase()) {
                token.push_str(&k.to_string());
                seen.insert(token.to_lowercase());
            }
        }
        token
    }

    /// A property type of definition `owner`: primitives, objects, enums and resources (of its
    /// own module or another: modules soon refer to each other in cycles, which Go packages,
    /// one per module, cannot import in, and Python modules import each other), arrays and
    /// maps of them.
    fn property_type(&self, owner: usize, i: usize) -> Value {
        let module = &self.types[owner % self.types.len()].0;
        let pick = |range: std::ops::Range<usize>, k: usize| {
            // Every other pick from the owner's own module, so that both kinds come up.
            let own: Vec<usize> = range.clone().filter(|t| &self.types[*t].0 == module).collect();
            let all: Vec<usize> = range.collect();
            let from = if k % 2 == 0 && !own.is_empty() { own } else { all };
            (!from.is_empty()).then(|| json!({"$ref": reference("types", &self.token(from[(k / 2) % from.len()]))}))
        };
        let string = json!({"type": "string"});
        match i % 9 {
            8 => pick(RESOURCES, i).map_or(string, |r| json!({"$ref": r["$ref"].as_str().unwrap_or_default().replacen("#/types/", "#/resources/", 1)})),
            0 | 1 => string,
            2 => json!({"type": "integer"}),
            3 => pick(OBJECTS, i).unwrap_or(string),
            4 => pick(OBJECTS, i / 8).map_or(string, |o| json!({"type": "array", "items": o})),
            5 => json!({"type": "object", "additionalProperties": {"type": "string"}}),
            6 => pick(ENUMS, i).unwrap_or(string),
            _ => json!({"type": "boolean"}),
        }
    }

    /// `n` properties of definition `owner` starting at name `at`, every text hostile, string
    /// ones with a default.
    fn properties(&self, owner: usize, at: usize, n: usize) -> (Value, Vec<String>) {
        let mut props = Map::new();
        let mut required = Vec::new();
        let mut folded = std::collections::HashSet::new();
        for k in 0..n {
            let i = at + k;
            // Names differing only in case, `_` or `-` are an error `check` reports; keep one.
            if !folded.insert(fold(self.name(i))) {
                continue;
            }
            // A resource property named like what the Node.js runtime's resource objects hold
            // already is an error `check` reports (those of WORDS).
            if RESOURCES.contains(&owner) && NODE_RESOURCE_WORDS.contains(&self.name(i)) {
                continue;
            }
            // No JavaScript object holds a `__proto__`: an error `check` reports for every
            // property but the configuration's (which this leaves out too).
            if self.name(i) == "__proto__" {
                continue;
            }
            let mut p = self.property_type(owner, i);
            p["description"] = json!(self.text(i));
            if i % 3 == 0 {
                p["deprecationMessage"] = json!(self.text(i + 1));
            }
            if p["type"] == "string" && i % 2 == 0 {
                p["default"] = json!(self.text(i + 2));
                p["defaultInfo"] = json!({"environment": [self.text(i + 3)]});
            }
            if i % 4 == 1 {
                required.push(self.name(i).to_string());
            }
            props.insert(self.name(i).to_string(), p);
        }
        (Value::Object(props), required)
    }

    /// The schema's JSON text.
    pub fn schema(&self) -> String {
        let mut types = Map::new();
        for t in OBJECTS {
            let (properties, required) = self.properties(t, t * 5, 4);
            types.insert(self.token(t), json!({"type": "object", "description": self.text(t), "properties": properties, "required": required}));
        }
        for t in ENUMS {
            let values: Vec<Value> = (0..3)
                .map(|k| {
                    let i = t * 3 + k;
                    let mut v = json!({"value": self.text(i), "description": self.text(i + 1)});
                    if k != 2 {
                        v["name"] = json!(self.name(i));
                    }
                    v
                })
                .collect();
            types.insert(self.token(t), json!({"type": "string", "description": self.text(t), "enum": values}));
        }
        let mut resources = Map::new();
        let mut methods_functions = Map::new();
        for r in RESOURCES {
            let (inputs, required_inputs) = self.properties(r, r * 7, 4);
            let (outputs, required) = self.properties(r, r * 7 + 2, 4);
            let mut v = json!({
                "description": self.text(r), "inputProperties": inputs, "requiredInputs": required_inputs,
                "properties": outputs, "required": required,
            });
            if r % 2 == 0 {
                v["deprecationMessage"] = json!(self.text(r + 1));
            }
            if r % 3 == 0 {
                let (state, _) = self.properties(r, r * 7 + 2, 4);
                v["stateInputs"] = json!({"description": self.text(r + 2), "properties": state});
            }
            if r % 2 == 1 {
                // Methods named like one of the resource's outputs but for the case of its
                // first letter (one member name in most SDKs), like a member its class has in
                // some language, and at random, twice; every text hostile.
                let mut methods = Map::new();
                let output = self.name(r * 7 + 2);
                let mut first = output.chars();
                let recased: String = first.next().map_or(String::new(), |c| c.to_uppercase().chain(first).collect());
                let member = MEMBER_WORDS[(r + self.names[0].len()) % MEMBER_WORDS.len()];
                // A method named exactly like an output is an error `check` reports, and so is
                // a name the docs cannot make its function's page of (those characters go).
                // The last two fold to one name in most SDKs when the random one holds `.`, ` ` or `-`.
                let random = self.name(r * 7 + 40);
                let folded = random.replace(['.', ' ', '-'], "_");
                let named = [recased.as_str(), member, random, folded.as_str()].map(|n| n.replace(['\\', '<', '>', '"', '|', '?', '*', '/'], ""));
                for (k, name) in named.iter().enumerate().filter(|(_, n)| !n.is_empty() && v["properties"].get(n.as_str()).is_none()) {
                    let token = format!("{}/{name}", self.token(r));
                    let (mut inputs, mut required) = self.properties(r, r * 5 + k, 2);
                    required.push("__self__".to_string());
                    // `__self__` is the resource; an argument folding with it is an error `check` reports.
                    if let Some(m) = inputs.as_object_mut() {
                        m.retain(|k, _| fold(k) != "self");
                    }
                    inputs["__self__"] = json!({"$ref": reference("resources", &self.token(r))});
                    let (outputs, _) = self.properties(r, r * 3 + k, 2);
                    let outputs = if k == 1 { json!({"type": "string"}) } else { json!({"properties": outputs}) };
                    methods_functions.insert(
                        token.clone(),
                        json!({"description": self.text(r + k), "inputs": {"properties": inputs, "required": required}, "outputs": outputs}),
                    );
                    methods.insert(name.to_string(), json!(token));
                }
                v["methods"] = Value::Object(methods);
            }
            resources.insert(self.token(r), v);
        }
        let mut functions = methods_functions;
        for f in FUNCTIONS {
            let (inputs, required) = self.properties(f, f * 11, 3);
            let (outputs, _) = self.properties(f, f * 11 + 1, 3);
            functions.insert(
                self.token(f),
                json!({"description": self.text(f), "inputs": {"properties": inputs, "required": required}, "outputs": {"properties": outputs}}),
            );
        }
        let root = (0..self.types.len()).find(|t| self.types[*t].0 == "index").unwrap_or(0);
        let (variables, _) = self.properties(root, 200, 4);
        let (mut provider, _) = self.properties(root, 300, 3);
        // The provider is a resource too.
        if let Some(m) = provider.as_object_mut() {
            m.retain(|k, _| !NODE_RESOURCE_WORDS.contains(&k.as_str()));
        }
        json!({
            "name": self.package,
            "version": "1.0.0",
            "description": self.text(0),
            "config": {"variables": variables},
            "provider": {"description": self.text(1), "inputProperties": provider},
            "types": types,
            "resources": resources,
            "functions": functions,
        })
        .to_string()
    }
}

/// Which of the 24 type names become which kind of definition.
const OBJECTS: std::ops::Range<usize> = 0..9;
const ENUMS: std::ops::Range<usize> = 9..13;
const RESOURCES: std::ops::Range<usize> = 13..20;
const FUNCTIONS: std::ops::Range<usize> = 20..24;

/// The WORDS a resource property may not be named (the Node.js runtime's resource objects hold
/// them already): an error `check` reports.
const NODE_RESOURCE_WORDS: [&str; 2] = ["hasOwnProperty", "__pulumiType"];

/// How `check` folds property names to find those that would collide.
fn fold(name: &str) -> String {
    name.chars().filter(|c| *c != '_' && *c != '-').flat_map(char::to_lowercase).collect()
}

/// A local `$ref` to `token` in `section`, `%` escaped (a reference is percent-decoded).
fn reference(section: &str, token: &str) -> String {
    format!("#/{section}/{}", token.replace('%', "%25"))
}
