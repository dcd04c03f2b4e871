//! Rust names: snake_case fields and modules, PascalCase types and variants, keyword escaping,
//! de-duplication when two schema names fold to one Rust name, the names of the items generated
//! for a resource, and one package-wide name per schema type.

use std::collections::{BTreeMap, BTreeSet};

use heck::{ToKebabCase, ToSnakeCase, ToUpperCamelCase};

use super::ident::{normalize, Normal, Rules, Scope};
use schemagen_schema::{FunctionId, Package, ResourceId, TypeId};

/// Strict and reserved keywords of every edition (2015–2024), plus `gen` (2024) and the weak
/// keywords that cannot name an item. They get a trailing `_` rather than an `r#` prefix, because
/// `self`, `super`, `crate` and `Self` cannot be raw identifiers at all.
const KEYWORDS: [&str; 53] = [
    "Self", "abstract", "as", "async", "await", "become", "box", "break", "const", "continue",
    "crate", "do", "dyn", "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if",
    "impl", "in", "let", "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub",
    "ref", "return", "self", "static", "struct", "super", "trait", "true", "try", "type",
    "typeof", "union", "unsafe", "unsized", "use", "virtual", "where", "while", "yield",
];

/// Rust identifiers: rustc compares them in NFC, and warns of any not in NFKC (and of names
/// only NFKC tells apart), so names are made NFKC (the rest of the rules are [`snake`]'s and
/// [`pascal`]'s).
const RUST: Rules = Rules {
    normal: Normal::Nfkc,
    keywords: &KEYWORDS,
    start: "_",
    starts: super::ident::starts,
    continues: super::ident::continues,
    escape: super::ident::Escape::Suffix,
};

/// Top-level module names Cargo gives a meaning of their own (`src/lib.rs` is the crate root,
/// `src/main.rs` and `src/bin/` are binaries): a schema module of that name takes a `_`.
pub const CARGO_FILES: [&str; 3] = ["lib", "main", "bin"];

/// `name` with a trailing `_` when it is a Rust keyword.
pub fn keyword_safe(name: String) -> String {
    if KEYWORDS.contains(&name.as_str()) {
        name + "_"
    } else {
        name
    }
}

/// Replaces characters that cannot appear in an identifier, and gives a name that cannot start
/// one (a digit, or nothing at all) a leading `prefix`.
fn identifier(name: String, prefix: &str) -> String {
    let mut out: String = name.chars().map(|c| if continues_identifier(c) { c } else { '_' }).collect();
    let starts_ok = out.chars().next().is_some_and(|c| c == '_' || starts_identifier(c));
    if !starts_ok || out.chars().all(|c| c == '_') {
        out.insert_str(0, prefix);
    }
    out
}

/// Letters, digits and `_`, as far as Rust takes them: `²` is a digit to Unicode but cannot be
/// part of an identifier, and `proc_macro2::Ident::new` panics on one.
fn continues_identifier(c: char) -> bool {
    (c.is_alphanumeric() || c == '_') && unicode_ident::is_xid_continue(c)
}

/// A letter that may start an identifier (a combining mark is alphabetic but may not).
fn starts_identifier(c: char) -> bool {
    c.is_alphabetic() && unicode_ident::is_xid_start(c)
}

/// What [`snake`] gives a name with no letter or digit (`"$"`, `"_"`, `"-"`, `""`): `_` alone
/// is not a field name, and `__`, `___`, … would say nothing. The trailing `_` marks it as made
/// up, like an escaped keyword; serde still renames it to the wire name, and
/// a numbered [`Scope`] numbers a second one in the same struct (`field_2`).
pub const NAMELESS_FIELD: &str = "field_";

/// A field, parameter or module name: `responseTemplates` → `response_templates`, `type` → `type_`.
pub fn snake(name: &str) -> String {
    // `é` and `e` + U+0301 are one Rust name, `ﬁle` and `file` one warning-free name.
    let name = &normalize(name, &RUST);
    // heck drops characters it treats as separators; keep digits and letters, and make sure
    // the result is a usable identifier even when nothing is left.
    let name = identifier(name.to_snake_case(), "_");
    if name.chars().all(|c| c == '_') {
        return NAMELESS_FIELD.to_string();
    }
    keyword_safe(name)
}

/// A module name: [`snake`], with every character beyond ASCII spelled as `u` and its code
/// point (`ü` → `u00fc`): rustc loads no file for a module whose name is not ASCII.
pub fn module_name(name: &str) -> String {
    let snake = snake(name);
    if snake.is_ascii() {
        return snake;
    }
    snake.chars().map(|c| if c.is_ascii() { c.to_string() } else { format!("u{:04x}", u32::from(c)) }).collect()
}

/// A type or enum-variant name: `integrationResponse` → `IntegrationResponse`. `Self`, the one
/// PascalCase keyword, becomes `SelfType` (a trailing `_` would trip the camel-case lint).
pub fn pascal(name: &str) -> String {
    let name = &normalize(name, &RUST);
    let name = identifier(name.to_upper_camel_case(), "V");
    if name == "Self" {
        "SelfType".into()
    } else {
        keyword_safe(name)
    }
}

/// An enum variant for a value with no `name`: the value itself, PascalCased (`"SOME_VALUE"` →
/// `SomeValue`, `-1` → `Neg1`, `1.5` → `V1Point5`, `true` → `True`).
pub fn enum_variant(name: Option<&str>, value: &serde_json::Value) -> String {
    if let Some(n) = name {
        return pascal(n);
    }
    match value {
        serde_json::Value::String(s) => pascal(s),
        serde_json::Value::Bool(b) => pascal(&b.to_string()),
        serde_json::Value::Number(n) => pascal(&n.to_string().replace('-', "neg_").replace('.', "_point_")),
        other => pascal(&other.to_string()),
    }
}

/// The items generated for a resource whose struct is `name`: the struct itself, its inputs,
/// state and outputs. A schema type must not take one of these names.
pub fn resource_item_names(name: &str) -> [String; 4] {
    ["", "Args", "State", "Outputs"].map(|suffix| format!("{name}{suffix}"))
}

/// The items generated for a function whose struct is `name`: the struct, its arguments and
/// its result. A schema type must not take one of these names.
pub fn function_item_names(name: &str) -> [String; 3] {
    ["", "Args", "Result"].map(|suffix| format!("{name}{suffix}"))
}

/// The provider's type, in every SDK crate.
pub const PROVIDER: &str = "Provider";

/// The builder method that sets the optional field `field` (`type_` → `with_type`).
pub fn setter(field: &str) -> String {
    format!("with_{}", unescaped(field))
}

/// The function a struct uses to check the `const` value of `field` on the wire.
pub fn const_reader(field: &str) -> String {
    format!("__schemagen_const_{}", unescaped(field))
}

/// The function a struct uses to give an absent `field` its schema default.
pub fn default_reader(field: &str) -> String {
    format!("__schemagen_default_{}", unescaped(field))
}

/// `field` without the `_` that [`keyword_safe`] added. Only that one is dropped: `field_`
/// (a [`NAMELESS_FIELD`]) must not become `field`, which another property may be called.
fn unescaped(field: &str) -> &str {
    match field.strip_suffix('_') {
        Some(word) if KEYWORDS.contains(&word) => word,
        _ => field,
    }
}

/// The SDK's package name: `pulumi-<package>`, reduced to what Cargo accepts.
/// Kebab case, as Rust names crates (`typedDictExample` → `pulumi-typed-dict-example`): the
/// library name follows it, and a mixed-case one trips the `non_snake_case` lint.
pub fn sdk_crate_name(package: &str) -> String {
    let name: String = package.chars().map(|c| if c.is_ascii_alphanumeric() || c == '_' || c == '-' { c } else { '-' }).collect();
    format!("pulumi-{}", name.to_kebab_case())
}

/// Prelude names a type must not take: the derive puts types into the user's module, where a
/// type called `Option` would change what the user's own `Option<T>` means.
const PRELUDE: [&str; 36] = [
    "AsMut", "AsRef", "Box", "Clone", "Copy", "Debug", "Default", "DoubleEndedIterator", "Drop", "Eq",
    "Err", "ExactSizeIterator", "Extend", "Fn", "FnMut", "FnOnce", "From", "FromIterator", "Into",
    "IntoIterator", "Iterator", "None", "Ok", "Option", "Ord", "PartialEq", "PartialOrd", "Result",
    "Send", "Sized", "Some", "String", "Sync", "ToOwned", "ToString", "Vec",
];

/// The Rust name of every schema type, resource and function in a package. Types are unique
/// across the package, so that types from different modules can share one flat namespace (the
/// derive puts them next to the struct, the SDK in one `types` module); resources and functions
/// are unique within their module, and no type takes the name of one of their items.
#[derive(Debug, Clone)]
pub struct TypeNames {
    names: Vec<String>,
    provider: String,
    resources: Vec<String>,
    functions: Vec<String>,
}

impl TypeNames {
    pub fn new(pkg: &Package) -> Self {
        let (provider, resources, functions) = item_names(pkg);
        let mut reserved: Vec<String> = pkg.provider.iter().map(|_| provider.clone()).chain(resources.iter().cloned()).flat_map(|n| resource_item_names(&n)).collect();
        reserved.extend(functions.iter().flat_map(|n| function_item_names(n)));
        // Two types named alike in different modules keep distinct names by taking their
        // module as a prefix; only what still collides after that gets a number.
        let plain: Vec<String> = pkg.types.iter().map(|t| pascal(&t.token().name)).collect();
        let mut seen = BTreeSet::new();
        let clashing: BTreeSet<String> = plain
            .iter()
            .filter(|n| !seen.insert(n.to_lowercase()) || reserved.contains(n))
            .map(|n| n.to_lowercase())
            .collect();
        let wanted: Vec<String> = pkg
            .types
            .iter()
            .zip(&plain)
            .map(|(t, n)| {
                if clashing.contains(&n.to_lowercase()) {
                    pascal(&format!("{} {}", t.token().module.replace('/', " "), t.token().name))
                } else {
                    n.clone()
                }
            })
            .map(|n| if PRELUDE.contains(&n.as_str()) { n + "Type" } else { n })
            .collect();
        let names = Scope::numbered(reserved.iter().map(String::as_str)).claim_each(wanted);
        TypeNames { names, provider, resources, functions }
    }

    pub fn get(&self, id: TypeId) -> &str {
        &self.names[id.0]
    }

    /// The type of the provider (when the schema declares one): [`PROVIDER`].
    pub fn provider(&self) -> &str {
        &self.provider
    }

    pub fn resource(&self, id: ResourceId) -> &str {
        &self.resources[id.0]
    }

    /// A function's type; a method's is its resource's name followed by the method's.
    pub fn function(&self, id: FunctionId) -> &str {
        &self.functions[id.0]
    }
}

/// The provider's, the resources' and the functions' names, unique within each module (the
/// provider is in the root module; a method is in its resource's) with every item named after
/// them (a method `State` of `Bucket` is not `BucketState`, the resource's state).
fn item_names(pkg: &Package) -> (String, Vec<String>, Vec<String>) {
    let mut scopes: BTreeMap<String, Scope> = BTreeMap::new();
    let mut unique = |module: &str, name: String, resource: bool| -> String {
        let scope = scopes.entry(module.to_string()).or_insert_with(|| Scope::numbered([]));
        if resource {
            scope.claim_forms(&name, |n| resource_item_names(n).to_vec())
        } else {
            scope.claim_forms(&name, |n| function_item_names(n).to_vec())
        }
    };
    let provider = unique("", PROVIDER.to_string(), true);
    let resources: Vec<String> = pkg.resources.iter().map(|r| unique(&r.token.module, pascal(&r.token.name), true)).collect();
    let mut methods: BTreeMap<usize, (String, &str, &str)> = BTreeMap::new();
    let owners = pkg.provider.iter().map(|p| (provider.as_str(), p)).chain(resources.iter().map(String::as_str).zip(&pkg.resources));
    for (owner, res) in owners {
        for m in &res.methods {
            methods.insert(m.function.0, (owner.to_string(), &m.name, &res.token.module));
        }
    }
    let functions = pkg
        .functions
        .iter()
        .enumerate()
        .map(|(i, f)| match methods.get(&i) {
            Some((owner, method, module)) => unique(module, format!("{owner}{}", pascal(method)), false),
            None => unique(&f.token.module, pascal(&f.token.name), false),
        })
        .collect();
    (provider, resources, functions)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn snake_case_fields() {
        assert_eq!(module_name("ü"), "u00fc");
        assert_eq!(module_name("Net/v1"), "net_v1");
        assert_eq!(module_name("héllo"), "hu00e9llo");
        assert_eq!(snake("responseTemplates"), "response_templates");
        assert_eq!(snake("httpMethod"), "http_method");
        assert_eq!(snake("type"), "type_");
        assert_eq!(snake("self"), "self_");
        assert_eq!(snake("3d"), "_3d");
        assert_eq!(snake("a-b.c"), "a_b_c");
        // A name with nothing usable in it gets a made-up one (`_` alone is no identifier).
        assert_eq!(snake(""), "field_");
        assert_eq!(snake("$"), "field_");
        assert_eq!(snake("_"), "field_");
        assert_eq!(snake("-"), "field_");
        assert_eq!(snake("__"), "field_");
        // Unicode digits and marks that Rust does not take in identifiers, or not first.
        // NFKC folds `²` to `2`; a mark Rust does not take first still gets a leading `_`.
        assert_eq!(snake("a²"), "a2");
        assert_eq!(snake("\u{345}a"), "_\u{345}a");
        assert_eq!(snake("é"), "é");
        for name in ["", "$", "_", "-", "a²", "²", "\u{345}a", "Ⅻ", "x\u{200d}y", "é"] {
            for made in [snake(name), pascal(name)] {
                assert!(syn::parse_str::<syn::Ident>(&made).is_ok(), "{name:?} → {made:?}");
            }
        }
    }

    #[test]
    fn pascal_case_types() {
        assert_eq!(pascal("integrationResponse"), "IntegrationResponse");
        assert_eq!(pascal("IntegrationResponse"), "IntegrationResponse");
        assert_eq!(pascal("self"), "SelfType");
        assert_eq!(pascal("3d"), "V3d");
        assert_eq!(pascal("a b"), "AB");
    }

    #[test]
    fn variants_from_values() {
        assert_eq!(enum_variant(None, &json!("SOME_ENUM_VALUE")), "SomeEnumValue");
        assert_eq!(enum_variant(Some("plain"), &json!("x")), "Plain");
        assert_eq!(enum_variant(None, &json!(-1)), "Neg1");
        assert_eq!(enum_variant(None, &json!(1.5)), "V1Point5");
        assert_eq!(enum_variant(None, &json!(true)), "True");
    }

    #[test]
    fn a_method_is_named_clear_of_its_resources_items() {
        let schema = r##"{"name": "p", "resources": {"p:index:Bucket": {"methods": {"state": "p:index:Bucket/state"}}},
            "functions": {"p:index:Bucket/state": {"inputs": {"properties": {"__self__": {"$ref": "#/resources/p:index:Bucket"}}}}}}"##;
        let options = schemagen_schema::LoadOptions::default();
        let pkg = schemagen_schema::parse(schema, "p.json", schemagen_schema::Format::Json, &options).expect("schema").package;
        let names = TypeNames::new(&pkg);
        assert_eq!(names.resource(schemagen_schema::ResourceId(0)), "Bucket");
        assert_eq!(names.function(schemagen_schema::FunctionId(0)), "BucketState2");
    }

    #[test]
    fn generated_item_names() {
        assert_eq!(resource_item_names("Bucket"), ["Bucket", "BucketArgs", "BucketState", "BucketOutputs"]);
        assert_eq!(setter("type_"), "with_type");
        assert_eq!(const_reader("kind"), "__schemagen_const_kind");
        assert_eq!(const_reader("type_"), "__schemagen_const_type");
        assert_eq!(setter(NAMELESS_FIELD), "with_field_");
        assert_ne!(setter(&snake("$")), setter(&snake("field")));
        assert_eq!(sdk_crate_name("azure-native"), "pulumi-azure-native");
        assert_eq!(sdk_crate_name("a.b/"), "pulumi-a-b");
        assert_eq!(sdk_crate_name("typedDictExample"), "pulumi-typed-dict-example");
        assert_eq!(function_item_names("GetKey"), ["GetKey", "GetKeyArgs", "GetKeyResult"]);
    }

    #[test]
    fn nameless_fields_are_numbered() {
        let nameless: Vec<String> = ["$", "_", "-", "field"].iter().map(|n| snake(n)).collect();
        assert_eq!(Scope::numbered([]).claim_each(nameless), ["field_", "field_2", "field_3", "field"]);
    }
}
