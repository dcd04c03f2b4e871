//! Python names: Pulumi's PyName (camelCase → snake_case with acronym handling) and keywords.
//! What the SDK writes goes through the identifier builder ([`super::ident`]); the 2020 docs
//! rule ([`PyNameRule::Legacy2020`]) prints names as text and keeps that generator's characters.
//! [`PyNames`] applies them once per package: the SDK looks its names up there.

mod table;

pub use table::{by_rule, ClassUse, EnumNames, FunctionNames, FunctionProps, MethodNames, ModuleDefs, ModuleNames, ObjectNames, ObjectUses, PyNames, ResourceFile, ResourceNames, ResourceProps, RESULT_FIELD};

use super::ident::{identifier, normalize, Scope, PYTHON};

/// Which generation of Pulumi's PyName to follow.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PyNameRule {
    /// Pulumi ≥ 2.9 (Aug 2020): a lowercase `s` right after an acronym stays with it
    /// (`podIPs` → `pod_ips`).
    Current,
    /// Pulumi 2.0–2.8, as the 2020 reference docs print it (`podIPs` → `pod_i_ps`).
    Legacy2020,
}

/// Names that shipped with the legacy result and keep it under the current rule.
const ALWAYS_LEGACY: [&str; 3] = ["openXJsonSerDe", "GetPublicIPs", "GetUptimeCheckIPs"];

/// Python keywords (2 and 3) that get a trailing `_`.
pub const KEYWORDS: [&str; 37] = [
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "exec", "finally", "for", "from", "global", "if",
    "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "print", "raise", "return",
    "try", "while", "with", "yield",
];

/// `name` with a trailing `_` when it is a Python keyword.
pub fn keyword_safe(name: String) -> String {
    if KEYWORDS.contains(&name.as_str()) {
        name + "_"
    } else {
        name
    }
}

/// snake_case for a property, parameter, function or module name under the current rule.
pub fn py_name(name: &str) -> String {
    py_name_with(name, PyNameRule::Current)
}

#[derive(Clone, Copy, PartialEq)]
enum Seen {
    Nothing,
    /// One uppercase letter after a lowercase letter or digit (or at the start).
    Upper,
    /// Two or more uppercase letters in a row.
    Acronym,
    LowerOrDigit,
}

/// snake_case under the chosen rule. Characters that cannot appear in an identifier become `_`;
/// a name that cannot start an identifier gets a leading `_`; keywords get a trailing `_`.
pub fn py_name_with(name: &str, rule: PyNameRule) -> String {
    let sdk = rule == PyNameRule::Current;
    let fold_s_into_acronym = sdk && !ALWAYS_LEGACY.contains(&name);
    // Python reads identifiers NFKC-normalised: the SDK's names are cased after normalising.
    let normal = if sdk { normalize(name, &PYTHON) } else { std::borrow::Cow::Borrowed(name) };
    let is_identifier_char = if sdk { identifier_char } else { legacy_identifier_char };
    let is_identifier_start = if sdk { identifier_start } else { legacy_identifier_start };
    let mut words: Vec<String> = Vec::new();
    let mut word = String::new();
    let mut seen = Seen::Nothing;
    for c in normal.chars() {
        let c = if is_identifier_char(c) { c } else { '_' };
        match seen {
            Seen::Nothing => {
                if !is_identifier_start(c) {
                    word.push('_');
                }
                if c.is_uppercase() {
                    word.extend(c.to_lowercase());
                    seen = Seen::Upper;
                } else {
                    word.push(c);
                    seen = Seen::LowerOrDigit;
                }
            }
            Seen::Upper => {
                if c.is_uppercase() {
                    word.extend(c.to_lowercase());
                    seen = Seen::Acronym;
                } else {
                    word.push(c);
                    seen = Seen::LowerOrDigit;
                }
            }
            Seen::Acronym => {
                if c.is_uppercase() {
                    word.extend(c.to_lowercase());
                } else if c.is_ascii_digit() || c.is_numeric() || (c == 's' && fold_s_into_acronym) {
                    word.push(c);
                    seen = Seen::LowerOrDigit;
                } else {
                    // The acronym's last capital starts the next word: `HTTPServer` → `http_server`.
                    let last = word.pop().expect("an acronym has at least two letters");
                    words.push(std::mem::take(&mut word));
                    word.push(last);
                    word.push(c);
                    seen = Seen::LowerOrDigit;
                }
            }
            Seen::LowerOrDigit => {
                if c.is_uppercase() {
                    words.push(std::mem::take(&mut word));
                    word.extend(c.to_lowercase());
                    seen = Seen::Upper;
                } else {
                    word.push(c);
                }
            }
        }
    }
    if !word.is_empty() {
        words.push(word);
    }
    let joined = words.join("_");
    if sdk {
        // Lower-casing can leave what NFKC folds again (`ǅ` → `ǆ` → `dž`): the builder decides.
        identifier(&joined, &PYTHON)
    } else {
        keyword_safe(joined)
    }
}

/// `pulumi_<name>` (or `<namespace>_<name>`), hyphens made underscores: a package's import name.
pub fn py_pack(namespace: Option<&str>, name: &str) -> String {
    let namespace = namespace.filter(|n| !n.is_empty()).map_or_else(|| "pulumi".to_string(), |n| n.replace('-', "_"));
    // Anything else a name could hold (dots, slashes) must not reach a folder or import name.
    valid_identifier(&format!("{namespace}_{}", name.replace('-', "_")))
}

/// The module an external package's provider class is imported from: `pulumi_<name>`, hyphens
/// made underscores. Unlike [`py_pack`] it ignores the dependency's namespace and settings;
/// like it, it makes an identifier of whatever else the name holds.
pub fn external_provider_pack(name: &str) -> String {
    valid_identifier(&format!("pulumi_{}", name.replace('-', "_")))
}

/// The last part of a token made a class name: the class of a resource, object type or enum.
pub fn token_name(name: &str) -> String {
    py_class_name(name)
}

/// The `typing` names generated modules import: a class of that name would replace them.
pub const TYPING_GLOBALS: [&str; 11] =
    ["Any", "Awaitable", "Literal", "Mapping", "NotRequired", "Optional", "Sequence", "TypeAlias", "TypedDict", "Union", "overload"];

/// A class name from a raw name: NFKC-normalised, capitalised, made an identifier, and kept
/// clear of the `typing` names its module imports (`Optional` → `Optional_`).
pub fn py_class_name(name: &str) -> String {
    let normal = normalize(name, &PYTHON);
    let mut class = identifier(&uppercase_first(&normal), &PYTHON);
    if TYPING_GLOBALS.contains(&class.as_str()) {
        class.push('_');
    }
    unmangled(class)
}

/// `class` with at most one leading `_`: a name starting `__` is mangled to `_<Class>__…` inside
/// any class body that names it (a resource's annotations name its args class), and so are the
/// names made from it (`__xArgs`), even when it ends in `__` itself.
fn unmangled(class: String) -> String {
    match class.strip_prefix('_') {
        Some(rest) if rest.starts_with('_') => format!("_{}", rest.trim_start_matches('_')),
        _ => class,
    }
}

/// `name` as a member of a generated class (a field, which is also a parameter of its
/// methods, or a method): a name starting `__` but not ending `__` would be mangled inside the
/// class body (`__x` is `_R__x` there, which no caller passes by keyword), so it keeps one
/// leading `_`.
pub fn member_name(name: String) -> String {
    if name.starts_with("__") && !name.ends_with("__") {
        format!("_{}", name.trim_start_matches('_'))
    } else {
        name
    }
}

/// A class name for an object type: leading underscores kept, hyphenated parts camel-cased.
pub fn python_case(name: &str) -> String {
    let trimmed = name.trim_start_matches('_');
    let underscores = &name[..name.len() - trimmed.len()];
    let mut class = identifier(&format!("{underscores}{}", uppercase_first(&unhyphenate(trimmed))), &PYTHON);
    if TYPING_GLOBALS.contains(&class.as_str()) {
        class.push('_');
    }
    unmangled(class)
}

/// The TypedDict an input class takes its values as too: the class's name and `Dict`.
pub fn typed_dict(class: &str) -> String {
    format!("{class}Dict")
}

/// Names a generated class defines or its body reads besides its fields: a field (which is a
/// class attribute, and a parameter of `__init__`) named like one would replace it or shadow it.
pub const MEMBER_RESERVED: [&str; 16] = [
    "__self__", "__init__", "__dict__", "__class__", "__new__", "__getitem__", "__getattr__",
    "__getattribute__", "__setattr__", "__await__", "pulumi", "_builtins", "_utilities",
    "warnings", "isinstance", "super",
];

/// The files and folders the generator writes into a module folder, which neither a module
/// file of a resource or function nor a child module may take the name of.
pub const MODULE_FILES: [&str; 5] = ["__init__", "_utilities", "_inputs", "outputs", "_enums"];

/// Modules a generated file imports or a package's `__init__` reads: a module-level function or
/// a module file of that name would replace them.
pub const FILE_GLOBALS: [&str; 7] = ["pulumi", "warnings", "sys", "typing", "_builtins", "_utilities", "builtins"];

/// The `_`-prefixed names a generated file binds itself, which an imported module's alias
/// (`from . import s3 as _s3`) must not take.
const OWN_ALIASES: [&str; 7] = ["_builtins", "_utilities", ROOT_INPUTS, ROOT_OUTPUTS, ROOT_ENUMS, "_config_inputs", "_config_outputs"];

/// What a file of a module imports the root module's input types, output types and enums as.
pub const ROOT_INPUTS: &str = "_root_inputs";
pub const ROOT_OUTPUTS: &str = "_root_outputs";
pub const ROOT_ENUMS: &str = "_root_enums";

/// The name a file binds an imported sibling module or resource file to: `_` and its name (as
/// Pulumi has it), with `_` appended while that is a name the file binds itself.
pub fn import_alias(name: &str) -> String {
    let mut alias = format!("_{name}");
    while OWN_ALIASES.contains(&alias.as_str()) {
        alias.push('_');
    }
    alias
}

/// What a resource's `__init__`, `_internal_init` and `get` take or use besides its inputs.
pub const INIT_RESERVED: [&str; 3] = ["resource_name", "opts", "__props__"];
pub const GET_RESERVED: [&str; 4] = ["resource_name", "id", "opts", "__props__"];
/// What a function (`get_x`, `get_x_output`) takes or uses besides its arguments.
pub const FUNCTION_RESERVED: [&str; 4] = ["opts", "__args__", "__ret__", "dict"];
/// What a resource method takes or uses besides its arguments.
pub const METHOD_RESERVED: [&str; 4] = ["__self__", "__args__", "__result__", "dict"];

/// The Python names of one object's properties (or a function's arguments), by wire name:
/// each its snake_case name, claimed together in one scope so that wire names folding to one
/// identifier (`a.b` and `a_b`; NFC and decomposed forms), or spelling one of the class's own
/// members, end up distinct. A wire name that is its own Python name keeps it.
pub fn property_names<'w>(wires: impl IntoIterator<Item = &'w str>) -> PropNames {
    property_names_besides(wires, &[])
}

/// [`property_names`] in a class that also defines `members`.
pub fn property_names_besides<'w>(wires: impl IntoIterator<Item = &'w str>, members: &[&str]) -> PropNames {
    class_member_names(wires, members, &[]).0
}

/// The members of a class with schema-named methods besides its properties (a resource's):
/// the properties' names ([`property_names`]) and the methods' (snake_case), claimed in one
/// scope with the class's own `members`, so that neither a property's getter nor a method
/// replaces the other or one of the class's own; exact names first. The methods' names in the
/// order given.
pub fn class_member_names<'w>(wires: impl IntoIterator<Item = &'w str>, members: &[&str], methods: &[&str]) -> (PropNames, Vec<String>) {
    let mut wires: Vec<&str> = wires.into_iter().collect();
    wires.sort_unstable();
    wires.dedup();
    let wanted: Vec<(String, bool)> = wires
        .iter()
        .chain(methods)
        .map(|w| {
            let name = member_name(py_name(w));
            let unchanged = name == *w;
            (name, unchanged)
        })
        .collect();
    let mut names = Scope::new(MEMBER_RESERVED.iter().chain(members).copied()).claim_all(&wanted);
    let methods = names.split_off(wires.len());
    (PropNames::of(wires.into_iter().zip(names)), methods)
}

/// Python names by wire name ([`property_names`]).
#[derive(Debug, Clone, Default)]
pub struct PropNames {
    /// Only the names that are not [`PropNames::by_rule`]: most are, and an aws-size package
    /// has hundreds of thousands of properties, named in several tables each.
    by_wire: std::collections::HashMap<String, String>,
}

impl PropNames {
    /// The table of these (wire name, Python name) pairs.
    pub fn of<'w>(names: impl IntoIterator<Item = (&'w str, String)>) -> Self {
        let by_wire = names.into_iter().filter(|(wire, name)| *name != Self::by_rule(wire)).map(|(wire, name)| (wire.to_string(), name)).collect();
        PropNames { by_wire }
    }

    /// The Python name of the property `wire` (its snake_case name if it was not named here).
    pub fn get(&self, wire: &str) -> String {
        self.by_wire.get(wire).cloned().unwrap_or_else(|| Self::by_rule(wire))
    }

    /// The name `wire` gets unless it folds with another: its snake_case name as a member.
    fn by_rule(wire: &str) -> String {
        member_name(py_name(wire))
    }
}

/// Parameter names for `names` (unique property names from [`property_names`]) in a function
/// that also takes or uses `reserved`: a name that is none of those keeps itself, a reserved one
/// takes `_` until it is free (`opts` → `opts_`, as Pulumi names it).
pub fn parameter_names(names: &[&str], reserved: &[&str]) -> Vec<String> {
    let mut scope = Scope::new(reserved.iter().chain(names).copied());
    names.iter().map(|n| if reserved.contains(n) { scope.claim(n) } else { n.to_string() }).collect()
}

/// The Python module a Pulumi module goes to: `index` is the root, an override wins, otherwise
/// each `/`-separated part is lower-cased and snake_cased.
pub fn python_module(module: &str, overrides: &indexmap::IndexMap<String, String>) -> String {
    if module.is_empty() || module == "index" {
        return String::new();
    }
    if let Some(o) = overrides.get(module) {
        // An override names folders: each part must still be an importable identifier.
        return o.split('/').filter(|p| !p.is_empty()).map(valid_identifier).collect::<Vec<_>>().join("/");
    }
    module.to_lowercase().split('/').map(py_name).collect::<Vec<_>>().join("/")
}

/// An enum member's name: a short symbol spelled out, SCREAMING_SNAKE_CASE, prefixed with the
/// enum's name when it would start with `_`, runs of `_` collapsed.
pub fn enum_member_name(value_name: &str, enum_name: &str) -> String {
    let expanded = match value_name {
        "*" => "Asterisk",
        "0" => "Zero",
        "1" => "One",
        "2" => "Two",
        "3" => "Three",
        "4" => "Four",
        "5" => "Five",
        "6" => "Six",
        "7" => "Seven",
        "8" => "Eight",
        "9" => "Nine",
        other => other,
    };
    let mut name = valid_identifier(&py_name(expanded).to_uppercase());
    if name.starts_with('_') {
        name = format!("{}{name}", py_name(enum_name).to_uppercase());
    }
    let mut collapsed = String::with_capacity(name.len());
    for c in name.chars() {
        if !(c == '_' && collapsed.ends_with('_')) {
            collapsed.push(c);
        }
    }
    // `Enum` refuses `_sunder_` names and does not make `__dunder__` or class-private `__x`
    // names members: a member never starts with `_` (an enum whose own name does still could).
    let unprefixed = collapsed.trim_start_matches('_');
    if unprefixed.len() == collapsed.len() {
        collapsed
    } else if unprefixed.starts_with(|c: char| c.is_alphabetic()) {
        unprefixed.to_string()
    } else {
        format!("VALUE_{unprefixed}")
    }
}

/// `name` made an identifier: NFKC-normalised, characters that cannot appear in one made `_`,
/// a leading one that cannot start one given a `_` before it, a keyword given a `_` after it.
pub fn valid_identifier(name: &str) -> String {
    identifier(name, &PYTHON)
}

pub fn uppercase_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(f) => f.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// `a-b-c` → `aBC`: each part after a hyphen capitalised (a trailing hyphen is dropped).
fn unhyphenate(s: &str) -> String {
    let mut parts = s.split('-');
    let mut out = parts.next().unwrap_or("").to_string();
    for p in parts {
        out.push_str(&uppercase_first(p));
    }
    out
}

fn identifier_start(c: char) -> bool {
    super::ident::starts(c)
}

fn identifier_char(c: char) -> bool {
    super::ident::continues(c)
}

/// The characters the 2020 generator kept in a name.
fn legacy_identifier_start(c: char) -> bool {
    c == '_' || c.is_alphabetic()
}

fn legacy_identifier_char(c: char) -> bool {
    c == '_' || c.is_alphanumeric()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn current_and_legacy_rules() {
        // (input, current, legacy) from the format notes.
        let cases = [
            ("kubeletConfigKey", "kubelet_config_key", "kubelet_config_key"),
            ("podCIDR", "pod_cidr", "pod_cidr"),
            ("podCidr", "pod_cidr", "pod_cidr"),
            ("podCIDRs", "pod_cidrs", "pod_cid_rs"),
            ("podIPs", "pod_ips", "pod_i_ps"),
            ("nonResourceURLs", "non_resource_urls", "non_resource_ur_ls"),
            ("someTHINGsAREWeird", "some_things_are_weird", "some_thin_gs_are_weird"),
            ("podCIDRSet", "pod_cidr_set", "pod_cidr_set"),
            ("Sha256Hash", "sha256_hash", "sha256_hash"),
            ("SHA256Hash", "sha256_hash", "sha256_hash"),
            ("proj:config", "proj_config", "proj_config"),
            ("openXJsonSerDe", "open_x_json_ser_de", "open_x_json_ser_de"),
            ("restApi", "rest_api", "rest_api"),
            ("responseTemplates", "response_templates", "response_templates"),
            ("stillOthers", "still_others", "still_others"),
            ("BarResource", "bar_resource", "bar_resource"),
        ];
        for (input, current, legacy) in cases {
            assert_eq!(py_name(input), current, "current rule for {input}");
            assert_eq!(py_name_with(input, PyNameRule::Legacy2020), legacy, "legacy rule for {input}");
        }
    }

    #[test]
    fn keywords_and_illegal_characters() {
        assert_eq!(py_name("lambda"), "lambda_");
        assert_eq!(py_name("from"), "from_");
        assert_eq!(py_name("None"), "none");
        assert_eq!(py_name("1st"), "_1st");
        assert_eq!(py_name("a-b.c"), "a_b_c");
        assert_eq!(py_name("GetPublicIPs"), "get_public_i_ps");
    }

    #[test]
    fn class_module_and_enum_names() {
        assert_eq!(py_pack(None, "azure-native"), "pulumi_azure_native");
        assert_eq!(py_pack(Some("acme-co"), "my-pkg"), "acme_co_my_pkg");
        assert_eq!(external_provider_pack("azure-native"), "pulumi_azure_native");
        assert_eq!(external_provider_pack("my.pkg v2"), "pulumi_my_pkg_v2");
        assert_eq!(external_provider_pack("a;import os"), "pulumi_a_import_os");
        assert_eq!(py_class_name("__args__13"), "_args__13");
        assert_eq!(python_case("__x"), "_X");
        assert_eq!(py_class_name("class"), "Class");
        assert_eq!(python_case("_foo-bar"), "_FooBar");
        assert_eq!(parameter_names(&["resource_name", "opts", "a", "opts_"], &INIT_RESERVED), ["resource_name_", "opts__", "a", "opts_"]);
        assert_eq!(py_class_name("none"), "None_");
        assert_eq!(py_class_name("X' if __import__('os') else '"), "X__if___import____os___else__");
        let names = property_names(["a.b", "a_b", "pulumi", "\u{fb01}le", "file", "__init__"]);
        let got: Vec<String> = ["a.b", "a_b", "pulumi", "\u{fb01}le", "file", "__init__"].iter().map(|w| names.get(w)).collect();
        assert_eq!(got, ["a_b_", "a_b", "pulumi_", "file_", "file", "__init___"]);
        let names = property_names(["__x", "_x", "___y", "__z__", "__"]);
        let got: Vec<String> = ["__x", "_x", "___y", "__z__", "__"].iter().map(|w| names.get(w)).collect();
        assert_eq!(got, ["_x_", "_x", "_y", "__z__", "__"]);
        let none = indexmap::IndexMap::new();
        assert_eq!(python_module("index", &none), "");
        assert_eq!(python_module("tree/v1", &none), "tree/v1");
        assert_eq!(python_module("someModule", &none), "somemodule");
        let overrides: indexmap::IndexMap<String, String> =
            [("helm.sh/v3".to_string(), "helm/v3".to_string()), ("x".to_string(), "../a b".to_string())].into_iter().collect();
        assert_eq!(python_module("helm.sh/v3", &overrides), "helm/v3");
        assert_eq!(python_module("x", &overrides), "__/a_b");
        assert_eq!(enum_member_name("*", "Star"), "ASTERISK");
        assert_eq!(enum_member_name("Standard_LRS", "SkuName"), "STANDARD_LRS");
        assert_eq!(enum_member_name("-1", "Number"), "NUMBER_1");
        assert_eq!(enum_member_name("fooBar", "X"), "FOO_BAR");
        assert_eq!(enum_member_name("_x_", "_Kind"), "KIND_X_");
        assert_eq!(enum_member_name("_1", "$"), "VALUE_1");
    }
}
