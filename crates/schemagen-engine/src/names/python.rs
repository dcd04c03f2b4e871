//! Python names: Pulumi's PyName (camelCase → snake_case with acronym handling) and keywords.

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
    let fold_s_into_acronym = rule == PyNameRule::Current && !ALWAYS_LEGACY.contains(&name);
    let mut words: Vec<String> = Vec::new();
    let mut word = String::new();
    let mut seen = Seen::Nothing;
    for c in name.chars() {
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
    keyword_safe(words.join("_"))
}

/// `pulumi_<name>` (or `<namespace>_<name>`), hyphens made underscores: a package's import name.
pub fn py_pack(namespace: Option<&str>, name: &str) -> String {
    let namespace = namespace.filter(|n| !n.is_empty()).map_or_else(|| "pulumi".to_string(), |n| n.replace('-', "_"));
    // Anything else a name could hold (dots, slashes) must not reach a folder or import name.
    valid_identifier(&format!("{namespace}_{}", name.replace('-', "_")))
}

/// The module an external package's provider class is imported from: `pulumi_<name>`, hyphens
/// made underscores. Unlike [`py_pack`] it ignores the dependency's namespace and settings.
pub fn external_provider_pack(name: &str) -> String {
    format!("pulumi_{}", name.replace('-', "_"))
}

/// The last part of a token with its first letter capitalised: the class name of a resource,
/// object type or enum.
pub fn token_name(name: &str) -> String {
    uppercase_first(name)
}

/// A class name from a raw name: capitalised, keyword-safe, and made an identifier.
pub fn py_class_name(name: &str) -> String {
    keyword_safe(valid_identifier(&uppercase_first(name)))
}

/// A class name for an object type: leading underscores kept, hyphenated parts camel-cased.
pub fn python_case(name: &str) -> String {
    let trimmed = name.trim_start_matches('_');
    let underscores = &name[..name.len() - trimmed.len()];
    format!("{underscores}{}", uppercase_first(&unhyphenate(trimmed)))
}

/// A parameter of a resource's `__init__`: snake_case, and never `resource_name` or `opts`.
pub fn init_param_name(name: &str) -> String {
    let n = py_name(name);
    if n == "resource_name" || n == "opts" {
        n + "_"
    } else {
        n
    }
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
    collapsed
}

/// Characters that cannot appear in an identifier become `_`; a leading character that cannot
/// start one gets a `_` before it.
pub fn valid_identifier(name: &str) -> String {
    let mut out = String::with_capacity(name.len() + 1);
    for (i, c) in name.chars().enumerate() {
        if !is_identifier_char(c) {
            out.push('_');
        } else {
            if i == 0 && !is_identifier_start(c) {
                out.push('_');
            }
            out.push(c);
        }
    }
    if out.is_empty() {
        out.push('_');
    }
    out
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

fn is_identifier_start(c: char) -> bool {
    c == '_' || c.is_alphabetic()
}

fn is_identifier_char(c: char) -> bool {
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
        assert_eq!(py_class_name("class"), "Class");
        assert_eq!(python_case("_foo-bar"), "_FooBar");
        assert_eq!(init_param_name("resourceName"), "resource_name_");
        assert_eq!(init_param_name("opts"), "opts_");
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
    }
}
