//! Go names as Pulumi's 2020 Go generator and docs printed them, and the Go naming table: the
//! package each module goes to, what each package declares, and function names.

use std::collections::{HashMap, HashSet};

use schemagen_schema::{Function, FunctionOutputs, Package, Resource};

/// The Go package a schema module goes to: `language.go.moduleToPackage`, else the module.
pub fn package(pkg: &Package, module: &str) -> String {
    pkg.language.go.as_ref().and_then(|g| g.module_to_package.get(module)).cloned().unwrap_or_else(|| module.to_string())
}

/// The names each Go package of a package declares, and each function's Go name: Pulumi's Go
/// generator renames a function whose name is taken in its package (`Get…` → `Lookup…`,
/// `New…` → `Create…`), declaring resources first, then functions in the order given.
#[derive(Debug, Default)]
pub struct GoNames {
    /// Keyed by Go package.
    declared: HashMap<String, HashSet<String>>,
    /// Keyed by Go package, then token.
    functions: HashMap<String, HashMap<String, String>>,
}

impl GoNames {
    /// `resources` and `functions` with the Go package each is declared in.
    pub fn new(resources: &[(String, &Resource)], functions: &[(String, &Function)]) -> Self {
        let mut names = GoNames::default();
        for (go_pkg, r) in resources {
            names.declare_resource(go_pkg, r);
        }
        for (go_pkg, f) in functions {
            names.declare_function(go_pkg, f);
        }
        names
    }

    fn declare_resource(&mut self, go_pkg: &str, r: &Resource) {
        let name = resource_name(r);
        let set = self.declared.entry(go_pkg.to_string()).or_default();
        set.insert(name.clone());
        set.insert(format!("{name}Args"));
        set.insert(format!("{}Args", camel(&name)));
        set.insert(format!("New{name}"));
        if !r.is_provider {
            set.insert(format!("{name}State"));
            set.insert(format!("{}State", camel(&name)));
            set.insert(format!("Get{name}"));
        }
    }

    fn declare_function(&mut self, go_pkg: &str, f: &Function) {
        let set = self.declared.entry(go_pkg.to_string()).or_default();
        let mut name = title(&f.token.name);
        if set.contains(&name) {
            if let Some(rest) = name.strip_prefix("New") {
                name = format!("Create{rest}");
            } else if let Some(rest) = name.strip_prefix("Get") {
                name = format!("Lookup{rest}");
            }
        }
        set.insert(name.clone());
        if f.inputs.is_some() {
            set.insert(format!("{name}Args"));
        }
        if matches!(f.outputs, FunctionOutputs::Object(_)) {
            set.insert(format!("{name}Result"));
        }
        self.functions.entry(go_pkg.to_string()).or_default().insert(f.token.full.clone(), name);
    }

    /// Whether Go package `go_pkg` declares `name` (a type then takes a `Type` suffix).
    pub fn declares(&self, go_pkg: &str, name: &str) -> bool {
        self.declared.get(go_pkg).is_some_and(|s| s.contains(name))
    }

    /// The Go name of the function `token` declared in `go_pkg`.
    pub fn function_name(&self, go_pkg: &str, token: &str) -> Option<&str> {
        self.functions.get(go_pkg).and_then(|m| m.get(token)).map(String::as_str)
    }
}

/// A resource's Go type name (and its docs page title): `Provider`, or the title-cased member name.
pub fn resource_name(r: &Resource) -> String {
    if r.is_provider {
        "Provider".to_string()
    } else {
        strings_title(&r.token.name)
    }
}

/// The first character upper-cased, the rest untouched (Pulumi's `Title` helper).
pub fn title(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => std::iter::once(to_upper(first)).chain(chars).collect(),
        None => String::new(),
    }
}

/// Go's `strings.ToLower`: every character by its simple (one-to-one) lower-case mapping.
/// Rust's `str::to_lowercase` differs: `İ` becomes two characters and a final `Σ` becomes `ς`.
pub fn strings_to_lower(s: &str) -> String {
    s.chars().map(to_lower).collect()
}

/// Go's `unicode.ToLower`. The full mapping Rust gives differs from the simple one only for `İ`.
fn to_lower(c: char) -> char {
    let mut lower = c.to_lowercase();
    match (lower.next(), lower.next()) {
        (Some(l), None) => l,
        _ if c == '\u{130}' => 'i',
        _ => c,
    }
}

/// Go's `unicode.ToUpper`: the simple mapping, which is the full one where that is a single
/// character; where the full one is several (`ß` → `SS`), only the Greek letters with a
/// subscript iota have a simple mapping (their title-case forms).
fn to_upper(c: char) -> char {
    let mut upper = c.to_uppercase();
    match (upper.next(), upper.next()) {
        (Some(u), None) => u,
        _ => iota_subscript_title(c).unwrap_or(c),
    }
}

/// Go's `unicode.ToTitle`, which `strings.Title` applies: the upper-case mapping except for
/// the Latin digraphs (`ǆ` → `ǅ`) and Georgian letters, which title-case to themselves.
fn to_title(c: char) -> char {
    match c {
        '\u{1C4}'..='\u{1C6}' => '\u{1C5}',
        '\u{1C7}'..='\u{1C9}' => '\u{1C8}',
        '\u{1CA}'..='\u{1CC}' => '\u{1CB}',
        '\u{1F1}'..='\u{1F3}' => '\u{1F2}',
        '\u{10D0}'..='\u{10FA}' | '\u{10FD}'..='\u{10FF}' => c,
        _ => iota_subscript_title(c).unwrap_or_else(|| to_upper(c)),
    }
}

/// The title-case form of a Greek letter with a subscript iota (`ᾳ` → `ᾼ`), which is also its
/// simple upper-case form; the title-case forms map to themselves.
fn iota_subscript_title(c: char) -> Option<char> {
    let code = c as u32;
    let title = match code {
        0x1F80..=0x1FAF if code & 0x8 == 0 => code + 8,
        0x1F80..=0x1FAF => code,
        0x1FB3 | 0x1FC3 | 0x1FF3 => code + 9,
        0x1FBC | 0x1FCC | 0x1FFC => code,
        _ => return None,
    };
    char::from_u32(title)
}

/// Go's `strings.Title`: upper-cases every letter that starts a word, where a word starts after
/// a separator (ASCII punctuation or space; letters, digits and `_` join words).
pub fn strings_title(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut prev = ' ';
    for c in s.chars() {
        if is_word_separator(prev) {
            out.push(to_title(c));
        } else {
            out.push(c);
        }
        prev = c;
    }
    out
}

fn is_word_separator(c: char) -> bool {
    if c.is_ascii() {
        return !(c.is_ascii_alphanumeric() || c == '_');
    }
    if c.is_alphanumeric() {
        return false;
    }
    c.is_whitespace()
}

/// Lower-cases the leading run of capitals up to the first lower-case letter (`GetFoo` → `getFoo`,
/// `URLMap` → `urlmap`), as Pulumi's `camel` helper did.
pub fn camel(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.char_indices();
    for (i, c) in chars.by_ref() {
        if c.is_lowercase() {
            out.push_str(&s[i..]);
            return out;
        }
        out.push(to_lower(c));
    }
    out
}

/// A property's Go field name: `strings.Title` of the schema name.
pub fn property_name(schema_name: &str) -> String {
    strings_title(schema_name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn go_names_follow_the_2020_rules() {
        assert_eq!(property_name("restApi"), "RestApi");
        assert_eq!(property_name("arn"), "Arn");
        assert_eq!(property_name("id"), "Id");
        assert_eq!(strings_title("foo_bar"), "Foo_bar");
        assert_eq!(strings_title("foo-bar baz"), "Foo-Bar Baz");
        assert_eq!(title("integrationResponse"), "IntegrationResponse");
        assert_eq!(camel("GetFoo"), "getFoo");
        assert_eq!(camel("URLMap"), "urlmap");
        assert_eq!(camel(""), "");
    }

    #[test]
    fn case_mappings_are_gos_simple_ones() {
        // One character for one, as Go maps runes: no `SS` for `ß`, no dot for `İ`, no final `ς`.
        assert_eq!(strings_title("ßeta straße"), "ßeta Straße");
        assert_eq!(strings_title("ǆungla ǉ"), "ǅungla ǈ");
        assert_eq!(strings_title("ᾳx ა"), "ᾼx ა");
        assert_eq!(strings_title("émile ırmak"), "Émile Irmak");
        assert_eq!(strings_to_lower("İSTANBUL ΟΔΟΣ"), "istanbul οδοσ");
        assert_eq!(strings_to_lower("Straße"), "straße");
        assert_eq!(title("ßeta"), "ßeta");
        assert_eq!(title("ᾀx"), "ᾈx");
        assert_eq!(camel("İX"), "ix");
    }
}
