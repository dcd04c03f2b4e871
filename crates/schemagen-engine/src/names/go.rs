//! Go names as Pulumi's 2020 Go generator and docs printed them, and the Go naming table: the
//! package each module goes to, what each package declares, and function names (the docs use
//! these). The SDK's own names, as Pulumi's current generator (v3.276) gives them and made safe
//! for any schema name, and the SDK's naming table ([`SdkNames`]), are in the section "the SDK's
//! names" below.

use std::collections::{HashMap, HashSet};

use schemagen_schema::{Function, FunctionId, FunctionOutputs, Package, Property, Resource, ResourceId, Token, TypeDef, TypeId};

use super::ident::{identifier, Escape, Normal, Rules, Scope};
use crate::model::Model;
use crate::OutputError;

/// The Go package a schema module goes to: `language.go.moduleToPackage`, else the module.
pub fn package(pkg: &Package, module: &str) -> String {
    pkg.language.go.as_ref().and_then(|g| g.module_to_package.get(module)).cloned().unwrap_or_else(|| module.to_string())
}

/// The names each Go package of a package declares, each function's Go name, and the docs
/// pages' names: Pulumi's Go generator renames a function whose name is taken in its package
/// (`Get…` → `Lookup…`, `New…` → `Create…`), declaring resources first, then functions in the
/// order given.
#[derive(Debug, Default)]
pub struct GoNames {
    /// What each Go package declares, keyed by Go package.
    declared: HashMap<String, Scope>,
    /// Keyed by Go package, then token.
    functions: HashMap<String, HashMap<String, String>>,
    /// The docs pages of the resources, and of the functions, by token (a resource and a
    /// function may share one).
    resource_pages: HashMap<String, PageName>,
    function_pages: HashMap<String, PageName>,
}

/// How a page names a supporting type: its heading and the heading's anchor, and the anchor its
/// properties' type links point at. The 2020 pages lower-cased the title-cased name for the
/// heading's anchor but the plain name for links, so a name whose first letter does not survive
/// the round trip (`ırmak` → `Irmak` → `irmak`) got a link that misses its anchor; the table
/// keeps both, for the pages to be the bytes that generator wrote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TypeHeading {
    /// `strings.Title` of the member name.
    pub title: String,
    /// The title lower-cased.
    pub anchor: String,
    /// The member name lower-cased.
    pub link_anchor: String,
}

impl TypeHeading {
    pub fn of(token_name: &str) -> Self {
        let title = strings_title(token_name);
        TypeHeading { anchor: strings_to_lower(&title), link_anchor: Self::link_anchor(token_name), title }
    }

    /// The anchor a type link points at, without the rest of the heading.
    pub fn link_anchor(token_name: &str) -> String {
        strings_to_lower(token_name)
    }
}

/// A docs page's title and file stem (without `.md`). The 2020 pages took both from Go names:
/// a resource's page is its Go type name, stored lower-cased; a function's title is its member
/// name under `strings.Title` and its stem the member name lower-cased.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageName {
    pub title: String,
    pub stem: String,
}

impl PageName {
    pub fn of_resource(r: &Resource) -> Self {
        let title = resource_name(r);
        PageName { stem: strings_to_lower(&title), title }
    }

    pub fn of_function(f: &Function) -> Self {
        PageName { title: strings_title(&f.token.name), stem: strings_to_lower(&f.token.name) }
    }
}

impl GoNames {
    /// `resources` and `functions` with the Go package each is declared in.
    pub fn new(resources: &[(String, &Resource)], functions: &[(String, &Function)]) -> Self {
        let mut names = GoNames::default();
        for (go_pkg, r) in resources {
            names.declare_resource(go_pkg, r);
            names.resource_pages.insert(r.token.full.clone(), PageName::of_resource(r));
        }
        for (go_pkg, f) in functions {
            names.declare_function(go_pkg, f);
            names.function_pages.insert(f.token.full.clone(), PageName::of_function(f));
        }
        names
    }

    /// How the pages head and link the supporting type `token`, of this package or another: a
    /// rule of its name alone, so the table keeps no copy.
    pub fn heading(&self, token: &Token) -> TypeHeading {
        TypeHeading::of(&token.name)
    }

    /// The link from an index page to a module folder named `dir_name`: lower-cased, like the
    /// pages' file names.
    pub fn module_link(&self, dir_name: &str) -> String {
        strings_to_lower(dir_name)
    }

    /// A property's name on the pages' Go tab ([`property_name`]).
    pub fn docs_property(&self, schema_name: &str) -> String {
        property_name(schema_name)
    }

    /// The name of an object type or enum (of this package or another) in Go package `go_pkg`:
    /// its title-cased name, with `Type` after it when the package declares that name as
    /// `shown` prints it (the 2020 pages compared the HTML-escaped name). Types declare nothing
    /// that another type's name depends on, so the table keeps no copy of these names.
    pub fn type_name(&self, go_pkg: &str, token_name: &str, shown: impl Fn(&str) -> String) -> String {
        let name = title(token_name);
        if self.declares(go_pkg, &shown(&name)) {
            name + "Type"
        } else {
            name
        }
    }

    /// The page of resource (or, with `function`, function) `token`, to be renamed.
    pub fn page_mut(&mut self, token: &str, function: bool) -> Option<&mut PageName> {
        if function { self.function_pages.get_mut(token) } else { self.resource_pages.get_mut(token) }
    }

    /// The docs page of the resource `token`.
    pub fn resource_page(&self, token: &str) -> Option<&PageName> {
        self.resource_pages.get(token)
    }

    /// The docs page of the function `token`.
    pub fn function_page(&self, token: &str) -> Option<&PageName> {
        self.function_pages.get(token)
    }

    fn declare_resource(&mut self, go_pkg: &str, r: &Resource) {
        let name = resource_name(r);
        let scope = self.declared.entry(go_pkg.to_string()).or_default();
        let mut declared = vec![name.clone(), format!("{name}Args"), format!("{}Args", camel(&name)), format!("New{name}")];
        if !r.is_provider {
            declared.extend([format!("{name}State"), format!("{}State", camel(&name)), format!("Get{name}")]);
        }
        for n in &declared {
            scope.reserve(n);
        }
    }

    fn declare_function(&mut self, go_pkg: &str, f: &Function) {
        let scope = self.declared.entry(go_pkg.to_string()).or_default();
        let mut name = title(&f.token.name);
        if scope.contains(&name) {
            if let Some(rest) = name.strip_prefix("New") {
                name = format!("Create{rest}");
            } else if let Some(rest) = name.strip_prefix("Get") {
                name = format!("Lookup{rest}");
            }
        }
        scope.reserve(&name);
        if f.inputs.is_some() {
            scope.reserve(&format!("{name}Args"));
        }
        if matches!(f.outputs, FunctionOutputs::Object(_)) {
            scope.reserve(&format!("{name}Result"));
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
    if s.is_ascii() {
        // Every page prints many of these; ASCII needs no character-by-character mapping.
        return s.to_ascii_lowercase();
    }
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

// ---------------------------------------------------------------------------- the SDK's names

/// Go keywords and the predeclared identifiers that generated code would shadow.
const RESERVED: [&str; 63] = [
    "break", "default", "func", "interface", "select", "case", "defer", "go", "map", "struct", "chan",
    "else", "goto", "package", "switch", "const", "fallthrough", "if", "range", "type", "continue",
    "for", "import", "return", "var", "any", "bool", "byte", "comparable", "complex64", "complex128",
    "error", "float32", "float64", "int", "int8", "int16", "int32", "int64", "rune", "string", "uint",
    "uint8", "uint16", "uint32", "uint64", "uintptr", "true", "false", "iota", "nil", "append", "cap",
    "clear", "close", "complex", "copy", "delete", "imag", "len", "make", "max", "min",
];
/// Predeclared functions after `min` (kept apart so the table above stays one line per idea).
const RESERVED_MORE: [&str; 6] = ["new", "panic", "print", "println", "real", "recover"];

/// [`RESERVED`] and [`RESERVED_MORE`] together.
const RESERVED_ALL: [&str; 69] = {
    let mut all = [""; 69];
    let mut i = 0;
    while i < RESERVED.len() {
        all[i] = RESERVED[i];
        i += 1;
    }
    while i < all.len() {
        all[i] = RESERVED_MORE[i - RESERVED.len()];
        i += 1;
    }
    all
};

pub fn is_reserved(s: &str) -> bool {
    RESERVED_ALL.contains(&s)
}

/// Characters that `unicode_ident` counts as identifier starts but Go does not count as letters
/// (Other_ID_Start: marks and symbols).
const NOT_GO_LETTERS: [char; 6] = ['\u{1885}', '\u{1886}', '\u{2118}', '\u{212E}', '\u{309B}', '\u{309C}'];
/// Other_ID_Continue digits that are not decimal digits (Go accepts only `Nd`).
fn is_other_id_continue_digit(c: char) -> bool {
    matches!(c, '\u{1369}'..='\u{1371}' | '\u{19DA}' | '\u{00B7}' | '\u{0387}')
}

/// A Go letter (`unicode.IsLetter` or `_`), conservatively: a character Go might not take is
/// not one.
pub fn is_letter(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic() || c == '_';
    }
    unicode_ident::is_xid_start(c) && !c.is_numeric() && !NOT_GO_LETTERS.contains(&c) && super::ident::known_to_every_toolchain(c)
}

/// A Go identifier character after the first (a letter or a decimal digit).
pub fn is_ident_part(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    is_letter(c)
        || (c.is_numeric() && unicode_ident::is_xid_continue(c) && !unicode_ident::is_xid_start(c)
            && !is_other_id_continue_digit(c) && super::ident::known_to_every_toolchain(c))
}

/// Go's `unicode.ToUpper` on the first character only (`cgstrings.UppercaseFirst`).
fn uppercase_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => std::iter::once(to_upper(c)).chain(chars).collect(),
        None => String::new(),
    }
}

/// `a-b-c` → `aBC`: every `-` dropped and the character after it upper-cased; a trailing `-`
/// is dropped (`cgstrings.Unhyphenate`).
fn unhyphenate(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut upper_next = false;
    for c in s.chars() {
        if c == '-' {
            upper_next = true;
            continue;
        }
        if upper_next {
            out.push(to_upper(c));
            upper_next = false;
        } else {
            out.push(c);
        }
    }
    out
}

/// Go's identifier rules for the one identifier builder: Go letters and decimal digits, a `_`
/// before a name that cannot start one and before a keyword or predeclared identifier (as
/// Pulumi's `makeValidIdentifier` does), names compared as written (NFC).
pub const GO: Rules = Rules {
    normal: Normal::Nfc,
    keywords: &RESERVED_ALL,
    start: "_",
    starts: is_letter,
    continues: is_ident_part,
    escape: Escape::Prefix,
};

/// Every character that cannot be part of a Go identifier becomes `_`; a name that cannot start
/// one gets a leading `_`, and so does a reserved word. Never empty.
pub fn valid_identifier(name: &str) -> String {
    identifier(name, &GO)
}

/// An exported Go name for a schema name (Pulumi's `Title`): a leading `$` dropped, the first
/// letter upper-cased, hyphens removed with the next letter upper-cased, and whatever is still
/// not an identifier made one.
pub fn exported(name: &str) -> String {
    let name = name.trim_start_matches('$');
    let titled = unhyphenate(&uppercase_first(name));
    let safe = valid_identifier(&titled);
    // `_x` is not exported; a name that had to be prefixed stays usable as `X_x`.
    if safe.starts_with(|c: char| c.is_uppercase()) {
        safe
    } else {
        format!("X{safe}")
    }
}

/// An unexported name: the leading capitals lower-cased up to the first lower-case letter
/// (`cgstrings.Camel`), made a valid identifier.
pub fn unexported(name: &str) -> String {
    let safe = valid_identifier(&camel(&unhyphenate(name)));
    // A capital with no lower-case form (`ℌ`) stays a capital, which Go exports.
    if safe.starts_with(|c: char| c.is_uppercase()) {
        format!("_{safe}")
    } else {
        safe
    }
}

/// A struct field for a schema property: [`exported`], with `_` appended where the name would
/// collide with a method every resource has.
pub fn field(name: &str) -> String {
    let n = exported(name);
    match n.as_str() {
        "ID" | "URN" | "GetProvider" | "ElementType" => n + "_",
        _ => n,
    }
}

/// A parameter or local name for a schema name (multi-argument functions): valid, and never
/// one of the names the generated signatures bind themselves.
pub fn param(name: &str) -> String {
    match name {
        "ctx" | "args" | "opts" => format!("{name}Arg"),
        _ => valid_identifier(name),
    }
}

/// Names Windows reserves for devices: `go build` refuses an import path element that is one
/// of them before its first dot, in any case.
const WINDOWS_DEVICES: [&str; 22] = [
    "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9", "lpt1",
    "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
];

/// One folder of a Go package path: ASCII letters, digits, `_`, `-` and `.` kept (Pulumi keeps
/// `-` and `.`), anything else `_`; an element `go build` accepts in an import path: never
/// empty, never beginning or ending with `.`, never a Windows device name before its first dot.
pub fn path_segment(seg: &str) -> String {
    let mut out: String =
        seg.chars().map(|c| if c.is_ascii_alphanumeric() || c == '_' || c == '-' || c == '.' { c } else { '_' }).collect();
    if out.is_empty() || out.starts_with('.') {
        out.insert(0, '_');
    }
    if out.ends_with('.') {
        out.push('_');
    }
    let stem_end = out.find('.').unwrap_or(out.len());
    if WINDOWS_DEVICES.iter().any(|d| out[..stem_end].eq_ignore_ascii_case(d)) {
        out.insert(stem_end, '_');
    }
    out
}

/// The Go package name of a package folder: the last path element without `-` (Pulumi's
/// `goPackage`), made an identifier.
pub fn package_name(dir: &str) -> String {
    let last = dir.rsplit('/').next().unwrap_or(dir);
    valid_identifier(&last.replace('-', ""))
}

/// Operating systems and architectures a `_<name>.go` file suffix restricts a build to.
const BUILD_SUFFIXES: [&str; 40] = [
    "aix", "android", "darwin", "dragonfly", "freebsd", "hurd", "illumos", "ios", "js", "linux", "nacl", "netbsd",
    "openbsd", "plan9", "solaris", "wasip1", "windows", "zos", "386", "amd64", "amd64p32", "arm", "armbe", "arm64",
    "arm64be", "loong64", "mips", "mipsle", "mips64", "mips64le", "ppc64", "ppc64le", "riscv64", "s390x", "sparc64",
    "wasm", "test", "ppc", "riscv", "s390",
];

/// The stem of the `.go` file a resource or function is written to: its token name title-cased
/// then camel-cased as Pulumi names the file (`IntegrationResponse` → `integrationResponse`),
/// made a name `go build` compiles: no leading `_` or `.` (ignored files), no `_test` or
/// `_<os>`/`_<arch>` ending (test or build-constrained files), only identifier characters.
pub fn file_stem(token_name: &str) -> String {
    let camel = camel(&title(token_name));
    let mut out: String = camel.chars().map(|c| if is_ident_part(c) { c } else { '_' }).collect();
    if out.is_empty() || out.starts_with('_') {
        out.insert(0, 'x');
    }
    let lower = strings_to_lower(&out);
    if lower.rsplit('_').next().is_some_and(|last| BUILD_SUFFIXES.contains(&last)) && lower.contains('_') {
        out.push('_');
    }
    out
}

/// The name of an enum member constant: `<Type><Member>`, with the member name
/// title-cased around `-` (`a-b` → `A_B`), made an identifier, runs of `_` collapsed, and a `_`
/// between type and member when the member has one inside.
pub fn enum_member(type_name: &str, member: &str) -> String {
    let member = member.trim_start_matches('$');
    let titled = {
        let first = uppercase_first(member);
        let mut out = String::new();
        let mut parts = first.split('-');
        out.push_str(parts.next().unwrap_or_default());
        for p in parts {
            if !p.is_empty() {
                out.push('_');
                out.push_str(&uppercase_first(p));
            }
        }
        out
    };
    let mut safe = String::new();
    for c in valid_identifier(&titled).chars() {
        if c == '_' && safe.ends_with('_') {
            continue;
        }
        safe.push(c);
    }
    if safe.contains('_') && !safe.starts_with('_') {
        safe.insert(0, '_');
    }
    format!("{type_name}{safe}")
}

/// The Go name of a token's last part: method tokens `Res/method` give `ResMethod`.
pub fn token_name(tok: &Token) -> String {
    match tok.name.split_once('/') {
        Some((a, b)) => exported(&format!("{a}{}", exported(b))),
        None => exported(&tok.name),
    }
}

/// A property's struct field: `language.go.name` when the schema gives one, else [`field`].
pub fn property_field(p: &Property) -> String {
    match p.language.go.as_ref().and_then(|g| g.name.as_deref()) {
        Some(n) if !n.is_empty() => exported(n),
        _ => field(&p.name),
    }
}

/// Members that the structs of a property list share their scope with, whatever the list:
/// the embedded resource state's (`ID`, `URN`, `GetProvider`, `PulumiResourceName`,
/// `PulumiResourceType`), the methods the SDK declares on a struct, its `…Args` and its output
/// types (`ElementType`, `ToOutput`, `Defaults`, `Elem`), and those an output type's getters
/// call on the embedded `OutputState`. A resource's methods keep clear of them too.
const STRUCT_MEMBERS: [&str; 11] = [
    "ID", "URN", "GetProvider", "PulumiResourceName", "PulumiResourceType", "ElementType", "ToOutput", "Defaults", "Elem", "ApplyT",
    "ApplyTWithContext",
];

/// The struct fields (and output getters) of a property list, in `props`' order: each
/// [`property_field`], never one of another property of the list, of [`STRUCT_MEMBERS`], of
/// the conversions of `owner`'s output types (`To<owner>Output`, …) or of `methods` (the
/// owner's own, such as a resource's). Names that fold to one (`a b`, `a.b`, `a"b`) are told
/// apart deterministically: a name that spells its schema name as Pulumi spells it claims it
/// first, then the others in order, each taking `_` until it is free.
pub fn struct_fields(props: &[&Property], owner: &str, methods: &[String]) -> Vec<String> {
    let conversions = ["Output", "OutputWithContext", "PtrOutput", "PtrOutputWithContext"].map(|c| format!("To{owner}{c}"));
    let mut scope = Scope::new(STRUCT_MEMBERS.iter().copied().chain(conversions.iter().map(String::as_str)).chain(methods.iter().map(String::as_str)));
    let wanted: Vec<(String, bool)> = props
        .iter()
        .map(|p| {
            let n = property_field(p);
            let spelled = unhyphenate(&uppercase_first(p.name.trim_start_matches('$')));
            let exact = n == spelled || p.language.go.as_ref().and_then(|g| g.name.as_deref()).is_some_and(|g| !g.is_empty());
            (n, exact)
        })
        .collect();
    scope.claim_all(&wanted)
}

/// The SDK's name of every resource, type and function, assigned once per package the way
/// Pulumi's Go generator resolves clashes inside a Go package: resources first (suffixes
/// `Resource`, `Res`), then object types (`Type`, `Typ`) and enums (`Enum`), then functions
/// (`Get…` becomes `Lookup…`, `New…` becomes `Create…` when the plain name is taken).
pub struct SdkNames {
    pub provider: String,
    resources: Vec<String>,
    types: Vec<String>,
    functions: Vec<String>,
    enum_members: HashMap<TypeId, Vec<String>>,
    /// Each config variable's name in its getter (`Get<name>`), in schema order.
    config: Vec<String>,
    /// Each resource's methods' names, in schema order, by token.
    methods: HashMap<String, Vec<String>>,
}

/// The Go package of the config variables' getters (a folder below the package's root).
pub const CONFIG_PACKAGE: &str = "config";

/// What an enum declares beside its name (as suffixes of it), which its constants keep clear of.
const ENUM_FAMILIES: &[&str] = &[
    "Ptr", "Input", "PtrInput", "Output", "PtrOutput", "Array", "ArrayInput", "ArrayOutput", "Map", "MapInput", "MapOutput",
    "ArrayMap", "ArrayMapInput", "ArrayMapOutput", "MapArray", "MapArrayInput", "MapArrayOutput",
];

/// The Pulumi Go SDK's name of an enum's underlying type (`pulumi.StringOutput`'s `String`).
pub fn enum_builtin(element: &schemagen_schema::Type) -> &'static str {
    match element {
        schemagen_schema::Type::Integer => "Int",
        schemagen_schema::Type::Number => "Float64",
        schemagen_schema::Type::Boolean => "Bool",
        _ => "String",
    }
}

/// What an enum value's constant is named after: its `name`, else its value.
pub fn enum_member_source(v: &schemagen_schema::EnumValue) -> String {
    match (&v.name, &v.value) {
        (Some(n), _) => n.clone(),
        (None, serde_json::Value::String(s)) => s.clone(),
        (None, other) => other.to_string(),
    }
}

/// The suffixes Pulumi's Go generator tries for a name taken in its package, then the last
/// one numbered (`Res2`, `Res3`, …) for as long as it takes: a package holds finitely many names.
fn suffix_candidates<'a>(suffixes: &'a [&'a str]) -> impl Iterator<Item = String> + 'a {
    let last = suffixes.last().copied().unwrap_or_default();
    suffixes.iter().map(|s| s.to_string()).chain((2..).map(move |k| format!("{last}{k}")))
}

/// Every name a resource declares in its package under base name `base` + `suffix`.
fn resource_declares(base: &str, suffix: &str, r: &Resource, container: bool) -> Vec<String> {
    let n = format!("{base}{suffix}");
    let camel = format!("{}{suffix}", unexported(base));
    let mut out = vec![
        n.clone(),
        format!("{n}Input"),
        format!("{n}Output"),
        format!("{n}Args"),
        format!("{camel}Args"),
        format!("New{n}"),
    ];
    if !r.is_provider && !r.is_component {
        out.extend([format!("{n}State"), format!("{camel}State"), format!("Get{n}"), format!("{n}Exists")]);
    }
    if container && !r.is_provider {
        for c in ["Array", "Map"] {
            out.extend([format!("{n}{c}"), format!("{n}{c}Input"), format!("{n}{c}Output")]);
        }
    }
    out
}

impl SdkNames {
    /// The names of `model`'s package, whose schema modules go to the Go packages `package_of`
    /// gives; `container` when resources get `…Array`/`…Map` types
    /// (`generateResourceContainerTypes`); `type_declares` holds what each type declares beside
    /// its name, as suffixes of it (`Args`, `PtrInput`, `ArrayMap`, …), all kept free for it.
    pub fn new(
        model: &Model,
        container: bool,
        package_of: &dyn Fn(&str) -> String,
        type_declares: &HashMap<TypeId, Vec<String>>,
    ) -> Result<SdkNames, OutputError> {
        let pkg = model.pkg;
        let mut taken: HashMap<String, Scope> = HashMap::new();
        let mut res_seen: HashSet<String> = HashSet::new();
        let key = |tok: &Token| package_of(&tok.module);

        // The config variables' getters (`GetRegion`) are declared in the `config` package,
        // which a schema module `config` shares: they are claimed first, and apart.
        let config = {
            let set = taken.entry(CONFIG_PACKAGE.to_string()).or_default();
            pkg.config.iter().map(|p| set.claim_forms(&exported(&p.name), |n| vec![format!("Get{n}")])).collect()
        };
        let mut methods = HashMap::new();
        let mut assign_resource = |r: &Resource, base: String| -> Result<String, OutputError> {
            res_seen.insert(r.token.full.to_lowercase());
            let set = taken.entry(key(&r.token)).or_default();
            for suffix in suffix_candidates(&["", "Resource", "Res"]) {
                let suffix = suffix.as_str();
                let mut names = resource_declares(&base, suffix, r, container);
                // The methods are members of the resource's struct, beside the ones it declares
                // and the ones its embedded state brings; two that fold to one are told apart.
                let own = format!("{base}{suffix}");
                let to_output = [format!("To{own}Output"), format!("To{own}OutputWithContext")];
                let mut members = Scope::new(STRUCT_MEMBERS.iter().copied().chain(to_output.iter().map(String::as_str)));
                let method_names: Vec<String> = r.methods.iter().map(|m| members.claim(&exported(&m.name))).collect();
                // Each method's arguments and result types.
                let lower = unexported(&base);
                for m in &method_names {
                    names.extend([
                        format!("{base}{suffix}{m}Args"),
                        format!("{lower}{suffix}{m}Args"),
                        format!("{base}{suffix}{m}Result"),
                        format!("{base}{suffix}{m}ResultOutput"),
                    ]);
                }
                if names.iter().all(|n| !set.contains(n)) {
                    for n in &names {
                        set.reserve(n);
                    }
                    methods.insert(r.token.full.clone(), method_names);
                    return Ok(own);
                }
            }
            unreachable!("the suffixes go on until one is free")
        };
        let provider = assign_resource(model.provider(), "Provider".into())?;
        let mut resources = Vec::with_capacity(pkg.resources.len());
        for r in &pkg.resources {
            resources.push(assign_resource(r, token_name(&r.token))?);
        }

        let mut types = Vec::with_capacity(pkg.types.len());
        let mut type_seen: HashMap<String, String> = HashMap::new();
        let mut enum_members = HashMap::new();
        for (i, t) in pkg.types.iter().enumerate() {
            let declares = type_declares.get(&TypeId(i)).map_or(&[][..], Vec::as_slice);
            let (tok, suffixes): (&Token, &[&str]) = match t {
                TypeDef::Object(o) => (&o.token, &["", "Type", "Typ"]),
                TypeDef::Enum(e) => (&e.token, &["", "Enum"]),
            };
            let lower = tok.full.to_lowercase();
            let n = match type_seen.get(&lower) {
                Some(n) => n.clone(),
                None => {
                    let mut base = token_name(tok);
                    if matches!(t, TypeDef::Object(_)) && res_seen.contains(&lower) {
                        base.push_str("Type");
                    }
                    let set = taken.entry(key(tok)).or_default();
                    // An enum converts to its underlying type's outputs (`ToStringOutput`) beside
                    // its own (`To<Name>Output`): named like that type, it would declare each
                    // method twice.
                    let builtin = match t {
                        TypeDef::Enum(e) => Some(enum_builtin(&e.element)),
                        TypeDef::Object(_) => None,
                    };
                    let mut candidates = suffix_candidates(suffixes).map(|suffix| {
                        let n = format!("{base}{suffix}");
                        let mut names = vec![n.clone(), format!("{n}Input"), format!("{n}Output")];
                        names.extend(declares.iter().map(|s| format!("{n}{s}")));
                        (n, names)
                    });
                    let (n, names) = candidates
                        .find(|(n, names)| builtin != Some(n.as_str()) && names.iter().all(|c| !set.contains(c)))
                        .expect("the suffixes go on until one is free");
                    for c in &names {
                        set.reserve(c);
                    }
                    type_seen.insert(lower, n.clone());
                    n
                }
            };
            if let TypeDef::Enum(e) = t {
                // The constants are declared in the package too: named clear of its other names.
                let set = taken.entry(key(tok)).or_default();
                let mut own: HashSet<String> = ENUM_FAMILIES.iter().map(|f| format!("{n}{f}")).collect();
                let members = e
                    .values
                    .iter()
                    .map(|v| {
                        let mut member = enum_member(&n, &enum_member_source(v));
                        while set.contains(&member) || !own.insert(member.clone()) {
                            member.push('_');
                        }
                        set.reserve(&member);
                        member
                    })
                    .collect();
                enum_members.insert(TypeId(i), members);
            }
            types.push(n);
        }

        let mut functions = Vec::with_capacity(pkg.functions.len());
        for f in &pkg.functions {
            let set = taken.entry(key(&f.token)).or_default();
            let mut name = token_name(&f.token);
            if f.method_of.is_none()
                && [name.clone(), format!("{name}Args"), format!("{name}Result")].iter().any(|n| set.contains(n))
            {
                if let Some(rest) = name.strip_prefix("New") {
                    name = format!("Create{rest}");
                } else if let Some(rest) = name.strip_prefix("Get") {
                    name = format!("Lookup{rest}");
                }
            }
            if f.method_of.is_none() {
                // Two functions whose names fold to one (`x'a` and `x a`) are told apart here.
                let with_args = f.inputs.is_some() && f.multi_argument_inputs.is_empty();
                name = set.claim_forms(&name, |n| {
                    let mut forms = vec![n.to_string(), format!("{n}Result"), format!("{n}Output"), format!("{n}OutputArgs"), format!("{n}ResultOutput")];
                    if with_args {
                        forms.push(format!("{n}Args"));
                    }
                    forms
                });
            }
            functions.push(name);
        }
        Ok(SdkNames { provider, resources, types, functions, enum_members, config, methods })
    }

    pub fn resource(&self, id: ResourceId) -> &str {
        &self.resources[id.0]
    }
    pub fn type_name(&self, id: TypeId) -> &str {
        &self.types[id.0]
    }

    /// The name config variable `i` (in schema order) has in its getter, `Get<name>`.
    pub fn config_getter(&self, i: usize) -> &str {
        &self.config[i]
    }

    /// The Go names of resource `token`'s methods, in schema order.
    pub fn methods(&self, token: &str) -> &[String] {
        self.methods.get(token).map_or(&[], Vec::as_slice)
    }

    /// The constant of each value of enum `id`, in schema order.
    pub fn enum_members(&self, id: TypeId) -> &[String] {
        self.enum_members.get(&id).map_or(&[], Vec::as_slice)
    }
    pub fn function(&self, id: FunctionId) -> &str {
        &self.functions[id.0]
    }
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

    #[test]
    fn functions_whose_names_fold_to_one_are_told_apart() {
        // Both are `X_a`.
        let schema = serde_json::json!({"name": "p", "functions": {
            "p:index:x'a": {"outputs": {"properties": {"y": {"type": "string"}}}},
            "p:index:x a": {"outputs": {"properties": {"y": {"type": "string"}}}}
        }});
        let loaded = schemagen_schema::parse(&schema.to_string(), "p.json", schemagen_schema::Format::Json, &Default::default())
            .unwrap_or_else(|e| panic!("{e}"));
        let model = crate::model::Model::new(&loaded.package);
        let names = SdkNames::new(&model, false, &|m| m.to_string(), &HashMap::new()).unwrap_or_else(|e| panic!("{e}"));
        let (first, second) = (names.function(FunctionId(0)), names.function(FunctionId(1)));
        assert_ne!(first, second);
        // Neither one's `…Output` function is the other's name.
        assert_ne!(format!("{first}Output"), second);
    }

    #[test]
    fn names_a_package_declares_are_kept_apart() {
        let schema = serde_json::json!({"name": "p",
            "types": {
                "p:index:FooExists": {"type": "object", "properties": {"x": {"type": "string"}}},
                "p:index:Color": {"type": "string", "enum": [{"value": "Red"}, {"value": "Blue"}]},
                "p:index:String": {"type": "string", "enum": [{"value": "a"}]},
                "p:index:Bool": {"type": "string", "enum": [{"value": "b"}]},
                "p:index:C": {"type": "string", "enum": [{"value": "c"}]}
            },
            "resources": {"p:index:Foo": {"methods": {"bar": "p:index:Foo/bar", "elementType": "p:index:Foo/elementType",
                                                      "a_b": "p:index:Foo/a_b", "a.b": "p:index:Foo/a.b"}}, "p:index:ColorRed": {}, "p:index:FooBarResult": {},
                          "p:index:C": {}, "p:index:CEnum": {}},
            "functions": {"p:index:Foo/bar": {"inputs": {"properties": {"__self__": {"$ref": "#/resources/p:index:Foo"}}},
                                              "outputs": {"properties": {"x": {"type": "string"}}}},
                          "p:index:Foo/elementType": {"inputs": {"properties": {"__self__": {"$ref": "#/resources/p:index:Foo"}}}},
                          "p:index:Foo/a_b": {"inputs": {"properties": {"__self__": {"$ref": "#/resources/p:index:Foo"}}}},
                          "p:index:Foo/a.b": {"inputs": {"properties": {"__self__": {"$ref": "#/resources/p:index:Foo"}}}}}
        });
        let loaded = schemagen_schema::parse(&schema.to_string(), "p.json", schemagen_schema::Format::Json, &Default::default())
            .unwrap_or_else(|e| panic!("{e}"));
        let model = crate::model::Model::new(&loaded.package);
        let names = SdkNames::new(&model, true, &|m| m.to_string(), &HashMap::new()).unwrap_or_else(|e| panic!("{e}"));
        // `FooExists` is the resource's lookup function.
        assert_eq!(names.type_name(TypeId(0)), "FooExistsType");
        // A method is a member of the resource's struct, which has an `ElementType`.
        assert_eq!(names.methods("p:index:Foo"), ["Bar", "ElementType_", "A_b", "A_b_"]);
        // `FooBarResult` is the result of `Foo`'s method `bar`.
        assert_eq!(names.resource(ResourceId(2)), "FooBarResultResource");
        // `ColorRed` is a resource; the other constant keeps its name.
        assert_eq!(names.enum_members(TypeId(1)), ["ColorRed_", "ColorBlue"]);
        // An enum named like its underlying type would declare `ToStringOutput` twice; one of
        // strings may be called `Bool`.
        assert_eq!((names.type_name(TypeId(2)), names.type_name(TypeId(3))), ("StringEnum", "Bool"));
        // Past Pulumi's suffixes, the last is numbered.
        assert_eq!(names.type_name(TypeId(4)), "CEnum2");
    }

    #[test]
    fn sdk_names_are_identifiers() {
        assert_eq!(exported("restApi"), "RestApi");
        assert_eq!(exported("$ref"), "Ref");
        assert_eq!(exported("foo-bar"), "FooBar");
        assert_eq!(exported("123abc"), "X_123abc");
        assert_eq!(exported("a b*/c"), "A_b__c");
        assert_eq!(exported(""), "X_");
        // A letter newer than Unicode 13.0 (Kawi, 15.0) is unknown to older Go releases.
        assert!(!is_letter('\u{11F04}') && is_letter('\u{e9}'));
        assert_eq!(field("elementType"), "ElementType_");
        assert_eq!(unexported("Resource"), "resource");
        assert_eq!(unexported("URLMap"), "urlmap");
        assert_eq!(unexported("Type"), "_type");
        assert_eq!(unexported("ℌ14"), "_ℌ14");
        assert_eq!(valid_identifier("string"), "_string");
        assert_eq!(param("ctx"), "ctxArg");
        assert_eq!(package_name("tree/v1"), "v1");
        assert_eq!(package_name("my-mod"), "mymod");
        assert_eq!(package_name("123"), "_123");
        assert_eq!(path_segment(".."), "_.._");
        assert_eq!(path_segment("v1."), "v1._");
        assert_eq!(path_segment("é"), "_");
        assert_eq!(path_segment("aux"), "aux_");
        assert_eq!(path_segment("NUL.x"), "NUL_.x");
        assert_eq!(path_segment("com10"), "com10");
        assert_eq!(path_segment("my-mod.v2"), "my-mod.v2");
        assert_eq!(path_segment("a b"), "a_b");
        assert_eq!(enum_member("Color", "red"), "ColorRed");
        assert_eq!(enum_member("Color", "dark-red"), "Color_Dark_Red");
        assert_eq!(enum_member("Size", "x_large"), "Size_X_large");
        assert_eq!(valid_identifier("Ⅻ²"), "__");
        assert_eq!(file_stem("integrationResponse"), "integrationResponse");
        assert_eq!(file_stem("URLMap"), "urlmap");
        assert_eq!(file_stem("type"), "type");
        assert_eq!(file_stem("_hidden"), "x_hidden");
        assert_eq!(file_stem("foo_windows"), "foo_windows_");
        assert_eq!(file_stem("foo_test"), "foo_test_");
        assert_eq!(file_stem("a/b.c"), "a_b_c");
    }
}
