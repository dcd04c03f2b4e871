//! The one identifier builder. Every name that lands in generated code is made here under its
//! language's [`Rules`]: normalised as the language compares identifiers (Python: NFKC, so
//! `ﬁle` is `file`), every character that cannot continue an identifier (Unicode XID) made `_`,
//! a name that cannot start one given a prefix, a reserved word escaped; then claimed in its
//! [`Scope`], which renames it deterministically when another name of the scope — another
//! schema name folding to the same identifier, or one of the generator's own parameters and
//! globals — already holds it.

use std::collections::HashSet;

use unicode_normalization::UnicodeNormalization;

/// The normal form a language compares identifiers in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Normal {
    /// Python: `ﬁle` and `file` are one name.
    Nfkc,
    /// For languages that compare identifiers as written (Go, TypeScript): `é` and `e` +
    /// U+0301 become one name before de-duplication.
    Nfc,
}

/// How one language spells identifiers.
#[derive(Debug, Clone, Copy)]
pub struct Rules {
    pub normal: Normal,
    /// Words that cannot name anything; they take a trailing `_`.
    pub keywords: &'static [&'static str],
    /// Put before a name whose first character cannot start an identifier (`1st` → `_1st`).
    pub start: &'static str,
    /// The characters that may start an identifier, and those that may continue one.
    pub starts: fn(char) -> bool,
    pub continues: fn(char) -> bool,
    /// Where a reserved word takes its `_`.
    pub escape: Escape,
}

/// How a reserved word is made a name: `class` → `class_` (Python, Rust) or `_type` (Go, as
/// Pulumi's Go generator escapes).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Escape {
    Suffix,
    Prefix,
}

/// Python: identifiers are NFKC-normalised XID names.
pub const PYTHON: Rules = Rules {
    normal: Normal::Nfkc,
    keywords: &crate::names::python::KEYWORDS,
    start: "_",
    starts,
    continues,
    escape: Escape::Suffix,
};

/// `name` in the normal form of `rules`.
pub fn normalize(name: &str, rules: &Rules) -> String {
    match rules.normal {
        Normal::Nfkc => name.nfkc().collect(),
        Normal::Nfc => name.nfc().collect(),
    }
}

/// `name` made an identifier under `rules` (only its characters: case is the caller's).
pub fn identifier(name: &str, rules: &Rules) -> String {
    let normal = normalize(name, rules);
    let mut out = String::with_capacity(normal.len() + 1);
    for c in normal.chars() {
        out.push(if (rules.continues)(c) { c } else { '_' });
    }
    if !out.chars().next().is_some_and(rules.starts) {
        out.insert_str(0, rules.start);
    }
    if rules.keywords.contains(&out.as_str()) {
        match rules.escape {
            Escape::Suffix => out.push('_'),
            Escape::Prefix => out.insert(0, '_'),
        }
    }
    out
}

/// Whether `name` already is an identifier under `rules`, as written.
pub fn is_identifier(name: &str, rules: &Rules) -> bool {
    identifier(name, rules) == name
}

/// A character that may continue an identifier: Unicode XID_Continue.
pub fn continues(c: char) -> bool {
    unicode_ident::is_xid_continue(c)
}

/// A character that may start an identifier: Unicode XID_Start or `_`.
pub fn starts(c: char) -> bool {
    c == '_' || unicode_ident::is_xid_start(c)
}

/// The names one scope of generated code holds (a class's members, a function's parameters, a
/// module's globals). Names compare as the language compares them: callers claim names made by
/// [`identifier`], which are normalised already.
#[derive(Debug, Clone, Default)]
pub struct Scope {
    taken: HashSet<String>,
}

impl Scope {
    /// A scope whose `reserved` names (the generator's own) are taken from the start.
    pub fn new<'a>(reserved: impl IntoIterator<Item = &'a str>) -> Self {
        Scope { taken: reserved.into_iter().map(str::to_string).collect() }
    }

    pub fn contains(&self, name: &str) -> bool {
        self.taken.contains(name)
    }

    /// Takes `name` without renaming; false when it was taken.
    pub fn reserve(&mut self, name: &str) -> bool {
        self.taken.insert(name.to_string())
    }

    /// `wanted`, or — when the scope holds it — `wanted` with `_` appended until it is free.
    pub fn claim(&mut self, wanted: &str) -> String {
        let mut name = wanted.to_string();
        while !self.taken.insert(name.clone()) {
            name.push('_');
        }
        name
    }

    /// Names for a list of items, each wanting an identifier: items whose wanted name is
    /// exactly their schema name claim it first, so a renamed item never pushes an item that
    /// needed no renaming aside; then the others, in order.
    pub fn claim_all(&mut self, wanted: &[(String, bool)]) -> Vec<String> {
        let mut out: Vec<Option<String>> = vec![None; wanted.len()];
        for exact in [true, false] {
            for (i, (name, is_exact)) in wanted.iter().enumerate() {
                if *is_exact == exact {
                    out[i] = Some(self.claim(name));
                }
            }
        }
        out.into_iter().map(|n| n.expect("every item is claimed in one of the passes")).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn python_identifiers_are_nfkc_xid_names() {
        assert_eq!(identifier("ﬁle", &PYTHON), "file");
        assert_eq!(identifier("a²", &PYTHON), "a2");
        // NFC and decomposed forms are one name.
        assert_eq!(identifier("e\u{301}t\u{e9}", &PYTHON), "\u{e9}t\u{e9}");
        assert_eq!(identifier("X' if __import__('os') else '", &PYTHON), "X__if___import____os___else__");
        assert_eq!(identifier("1st", &PYTHON), "_1st");
        assert_eq!(identifier("", &PYTHON), "_");
        assert_eq!(identifier("class", &PYTHON), "class_");
        // A combining mark continues an identifier but cannot start one.
        assert_eq!(identifier("\u{345}a", &PYTHON), "_\u{345}a");
        assert!(is_identifier("résumé", &PYTHON));
        assert!(!is_identifier("a b", &PYTHON));
    }

    #[test]
    fn scopes_rename_what_is_taken() {
        let mut scope = Scope::new(["opts", "resource_name"]);
        assert_eq!(scope.claim("opts"), "opts_");
        assert_eq!(scope.claim("a_b"), "a_b");
        assert_eq!(scope.claim("a_b"), "a_b_");
        let mut scope = Scope::new([]);
        let wanted = [("a_b".to_string(), false), ("a_b".to_string(), true), ("a_b".to_string(), false)];
        assert_eq!(scope.claim_all(&wanted), ["a_b_", "a_b", "a_b__"]);
    }
}
