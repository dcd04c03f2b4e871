//! The one identifier builder. Every name that lands in generated code is made here under its
//! language's [`Rules`]: normalised as the language compares identifiers (Python: NFKC, so
//! `ﬁle` is `file`), every character that cannot continue an identifier (Unicode XID) made `_`,
//! a name that cannot start one given a prefix, a reserved word escaped; then claimed in its
//! [`Scope`], which renames it deterministically when another name of the scope — another
//! schema name folding to the same identifier, or one of the generator's own parameters and
//! globals — already holds it.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::sync::Arc;

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
    starts: python_starts,
    continues: python_continues,
    escape: Escape::Suffix,
};

/// [`starts`] for the Unicode the oldest Python the packages run on has (13.0): no character
/// assigned since ([`super::unicode_floor`]).
fn python_starts(c: char) -> bool {
    starts(c) && known_to_every_toolchain(c)
}

/// [`continues`] for the Unicode the oldest Python the packages run on has (13.0): no character
/// assigned since, nor the four Unicode 15.1 made XID_Continue (the joiners U+200C and U+200D,
/// the katakana middle dots U+30FB and U+FF65), which every Python before 3.13 refuses.
fn python_continues(c: char) -> bool {
    !matches!(c, '\u{200c}' | '\u{200d}') && continues(c) && known_to_every_toolchain(c)
}

/// Whether the oldest Python, Go and TypeScript the packages run on know `c` for what the
/// newer tables here say it is: assigned by Unicode 13.0 ([`super::unicode_floor`]), and not one
/// of the katakana middle dots U+30FB and U+FF65, which became XID_Continue only in Unicode 15.1.
pub fn known_to_every_toolchain(c: char) -> bool {
    c.is_ascii() || (!matches!(c, '\u{30fb}' | '\u{ff65}') && super::unicode_floor::assigned_by_13_0(c))
}

/// `name` in the normal form of `rules`.
pub fn normalize<'n>(name: &'n str, rules: &Rules) -> Cow<'n, str> {
    // ASCII is unchanged by every normal form, and nearly every schema name is ASCII: the
    // normalising iterators cost a table lookup per character, a large part of naming a big package.
    if name.is_ascii() {
        return Cow::Borrowed(name);
    }
    match rules.normal {
        Normal::Nfkc => Cow::Owned(name.nfkc().collect()),
        Normal::Nfc => Cow::Owned(name.nfc().collect()),
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

/// The schema name an enum member is named from: the value's `name`, else the value as text
/// (a string as it is, anything else as JSON).
pub fn enum_value_name(v: &schemagen_schema::EnumValue) -> String {
    match (&v.name, &v.value) {
        (Some(name), _) => name.clone(),
        (None, serde_json::Value::String(s)) => s.clone(),
        (None, other) => other.to_string(),
    }
}

/// What a [`Scope`] does to a wanted name another name of the scope already holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Renaming {
    /// `_` appended until the name is free (`opts` → `opts_`), as Pulumi's Python and Node.js
    /// generators rename.
    Underscore,
    /// `2`, `3`, … appended (`v1` → `v1_2`, the `_` keeping the numbers apart), for Rust, where
    /// a trailing `_` already marks an escaped keyword.
    Numbered,
}

/// The names one scope of generated code holds (a class's members, a function's parameters, a
/// module's globals). Names compare as the language compares them: callers claim names made by
/// [`identifier`], which are normalised already. Every generator de-duplicates through here.
#[derive(Debug, Clone)]
pub struct Scope {
    taken: HashSet<String>,
    /// Names taken in every scope made over them ([`Scope::over`]): shared, not copied into each.
    base: Option<Arc<HashSet<String>>>,
    renaming: Renaming,
    /// Per wanted name, the number its next renaming tries first ([`Renaming::Numbered`]): a
    /// million equal names stay linear.
    next: HashMap<String, usize>,
}

impl Default for Scope {
    fn default() -> Self {
        Scope::new([])
    }
}

impl Scope {
    /// A scope whose `reserved` names (the generator's own) are taken from the start; a taken
    /// name is renamed by appending `_`.
    pub fn new<'a>(reserved: impl IntoIterator<Item = &'a str>) -> Self {
        Scope::with(Renaming::Underscore, reserved)
    }

    /// A scope that renames a taken name by numbering it ([`Renaming::Numbered`]).
    pub fn numbered<'a>(reserved: impl IntoIterator<Item = &'a str>) -> Self {
        Scope::with(Renaming::Numbered, reserved)
    }

    fn with<'a>(renaming: Renaming, reserved: impl IntoIterator<Item = &'a str>) -> Self {
        Scope { taken: reserved.into_iter().map(str::to_string).collect(), base: None, renaming, next: HashMap::new() }
    }

    /// [`Scope::new`] over `base`, names many scopes take (a package's module names in every
    /// module): held once for all of them rather than copied into each.
    pub fn over<'a>(base: Arc<HashSet<String>>, reserved: impl IntoIterator<Item = &'a str>) -> Self {
        Scope { base: Some(base), ..Scope::new(reserved) }
    }

    pub fn contains(&self, name: &str) -> bool {
        self.taken.contains(name) || self.base.as_ref().is_some_and(|b| b.contains(name))
    }

    /// Takes `name` without renaming; false when it was taken.
    pub fn reserve(&mut self, name: &str) -> bool {
        !self.base.as_ref().is_some_and(|b| b.contains(name)) && self.taken.insert(name.to_string())
    }

    /// `wanted`, or — when the scope holds it — `wanted` renamed until it is free.
    pub fn claim(&mut self, wanted: &str) -> String {
        let mut name = wanted.to_string();
        while !self.reserve(&name) {
            name = self.renamed(wanted, name);
        }
        name
    }

    /// The next name to try for `wanted` after `tried`.
    fn renamed(&mut self, wanted: &str, tried: String) -> String {
        match self.renaming {
            Renaming::Underscore => tried + "_",
            Renaming::Numbered => {
                let sep = if wanted.ends_with(|c: char| c.is_ascii_digit()) { "_" } else { "" };
                let n = self.next.entry(wanted.to_string()).or_insert(2);
                *n += 1;
                format!("{wanted}{sep}{}", *n - 1)
            }
        }
    }

    /// `wanted` as the stem of the names `forms` makes of it (a class and the classes named
    /// after it): `wanted`, or — when the scope holds any of those names — `wanted` renamed
    /// until it holds none of them; then the scope holds them all.
    pub fn claim_forms(&mut self, wanted: &str, forms: impl Fn(&str) -> Vec<String>) -> String {
        claim_forms_across(wanted, &mut [(self, &forms)])
    }

    /// Names for `wanted`, claimed in order.
    pub fn claim_each(&mut self, wanted: impl IntoIterator<Item = String>) -> Vec<String> {
        wanted.into_iter().map(|w| self.claim(&w)).collect()
    }

    /// Names for a list of items, each wanting an identifier: items whose wanted name is
    /// exactly their schema name claim it first, so a renamed item never pushes an item that
    /// needed no renaming aside; then the others, in order.
    pub fn claim_all(&mut self, wanted: &[(String, bool)]) -> Vec<String> {
        self.claim_all_with(wanted, |scope, _, name| scope.claim(name))
    }

    /// [`Self::claim_all`], each item's name claimed by `claim` (given the item's index).
    pub fn claim_all_with(&mut self, wanted: &[(String, bool)], mut claim: impl FnMut(&mut Scope, usize, &str) -> String) -> Vec<String> {
        let mut out: Vec<Option<String>> = vec![None; wanted.len()];
        for i in exact_first(wanted) {
            out[i] = Some(claim(self, i, &wanted[i].0));
        }
        out.into_iter().map(|n| n.expect("every item is claimed in one of the passes")).collect()
    }
}

/// The order items of a list claim their names in ([`Scope::claim_all`]): those whose wanted
/// name is exactly their schema name, then the others, each in order.
pub fn exact_first(wanted: &[(String, bool)]) -> Vec<usize> {
    let (mut order, others): (Vec<usize>, Vec<usize>) = (0..wanted.len()).partition(|i| wanted[*i].1);
    order.extend(others);
    order
}

/// [`Scope::claim_forms`] in several scopes at once, for names made of one stem that are
/// defined in different namespaces: `wanted`, or — renamed by the first scope's rule — the
/// first stem of which no scope holds any name its `forms` make; then each scope holds them.
pub fn claim_forms_across(wanted: &str, scopes: &mut [(&mut Scope, &dyn Fn(&str) -> Vec<String>)]) -> String {
    let mut stem = wanted.to_string();
    let Some(rule) = scopes.first().map(|(s, _)| s.renaming) else {
        return stem;
    };
    let mut numbering = Scope::with(rule, []);
    loop {
        let names: Vec<Vec<String>> = scopes.iter().map(|(_, forms)| forms(&stem)).collect();
        if scopes.iter().zip(&names).all(|((scope, _), names)| names.iter().all(|n| !scope.contains(n))) {
            for ((scope, _), names) in scopes.iter_mut().zip(names) {
                scope.taken.extend(names);
            }
            return stem;
        }
        stem = numbering.renamed(wanted, stem);
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
        assert_eq!(identifier("x\u{200d}y", &PYTHON), "x_y");
        assert!(!is_identifier("a b", &PYTHON));
        // Letters newer than Python 3.9's Unicode 13.0 (Kawi, 15.0), and the middle dot Unicode
        // 15.1 made XID_Continue, are syntax errors there.
        assert_eq!(identifier("\u{11F04}a\u{11F05}", &PYTHON), "_a_");
        assert_eq!(identifier("a\u{30FB}b", &PYTHON), "a_b");
        assert!(is_identifier("\u{3134A}", &PYTHON));
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

    #[test]
    fn a_stem_is_renamed_until_every_form_is_free() {
        let forms = |s: &str| vec![s.to_string(), format!("{s}Args")];
        let mut scope = Scope::new(["AArgs"]);
        assert_eq!(scope.claim_forms("A", forms), "A_");
        assert!(scope.contains("A_") && scope.contains("A_Args") && !scope.contains("A"));
        assert_eq!(scope.claim_forms("B", forms), "B");
        assert_eq!(scope.claim_forms("B", forms), "B_");
        let mut scope = Scope::numbered(["x2Args"]);
        assert_eq!(scope.claim_forms("x", forms), "x");
        assert_eq!(scope.claim_forms("x", forms), "x3");
    }

    #[test]
    fn numbered_scopes_keep_order() {
        let mut scope = Scope::numbered(["b"]);
        assert_eq!(scope.claim_each(["a", "a", "b", "a"].map(String::from)), ["a", "a2", "b2", "a3"]);
        assert_eq!(Scope::numbered([]).claim_each(["v1", "v1"].map(String::from)), ["v1", "v1_2"]);
        // `a2` taken by a schema name: the second `a` skips it.
        assert_eq!(Scope::numbered([]).claim_each(["a", "a2", "a"].map(String::from)), ["a", "a2", "a3"]);
    }

    #[test]
    fn numbering_is_linear_in_the_number_of_names() {
        // A million-value enum: a search through the names already used made this hang.
        let distinct: Vec<String> = (0..1_000_000).map(|i| format!("V{i}")).collect();
        assert_eq!(Scope::numbered([]).claim_each(distinct.clone()), distinct);
        let got = Scope::numbered([]).claim_each(vec!["V".to_string(); 200_000]);
        assert_eq!((got[0].as_str(), got[1].as_str(), got[199_999].as_str()), ("V", "V2", "V200000"));
    }
}
