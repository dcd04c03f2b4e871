//! TypeScript names: as Pulumi's Node.js generator (3.x) assigns them, and as the 2020 docs
//! printed them. The rules are here; [`NodeNames`] applies them once per package, and the
//! nodejs SDK and the docs pages look names up there. Every name the SDK writes is made safe by
//! [`ident`]: a schema name can never produce text that is not an identifier (or a quoted key)
//! in TypeScript.

mod table;

pub use table::{by_rule, EnumNames, FolderFiles, FunctionNames, MethodNames, ModuleNames, NodeNames, ObjectNames, ResourceNames, Written};

use super::go::{camel, title};
use super::ident::{known_to_every_toolchain, Scope};

/// The module a schema module goes to: `language.nodejs.moduleToPackage`, else the module.
fn module(pkg: &schemagen_schema::Package, module: &str) -> String {
    pkg.language.nodejs.as_ref().and_then(|n| n.module_to_package.get(module)).cloned().unwrap_or_else(|| module.to_string())
}

/// A property keeps its schema name in TypeScript (`restApi`).
pub fn property_name(schema_name: &str) -> String {
    schema_name.to_string()
}

/// A function's exported name: the token's member name, title-cased then camel-cased
/// (`getVpc` → `getVpc`, `GetVpc` → `getVpc`).
fn function_name(member: &str) -> String {
    camel(&title(member))
}

/// TypeScript's reserved words, strict-mode ones included: never an identifier.
const KEYWORDS: &[&str] = &[
    "break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete", "do", "else",
    "enum", "export", "extends", "false", "finally", "for", "function", "if", "import", "in", "instanceof",
    "new", "null", "return", "super", "switch", "this", "throw", "true", "try", "typeof", "var", "void",
    "while", "with", "implements", "interface", "let", "package", "private", "protected", "public",
    "static", "yield", "await",
];

/// Names a binding of ours should not take besides the keywords: globals, type names and the
/// names the module system gives every file.
const RESERVED: &[&str] = &[
    "arguments", "eval", "undefined", "NaN", "Infinity", "any", "boolean", "number", "string", "symbol",
    "never", "unknown", "object", "bigint", "type", "declare", "namespace", "module", "require", "exports",
    "__dirname", "__filename", "constructor",
];

/// Names every generated file may bind itself (its imports): a schema name equal to one gets `_`.
const HELPERS: &[&str] = &["pulumi", "utilities", "inputs", "outputs", "enums", "types", "config", "input", "output"];

fn is_start(c: char) -> bool {
    c == '$' || c == '_' || c.is_ascii_alphabetic() || (!c.is_ascii() && unicode_ident::is_xid_start(c) && known_to_every_toolchain(c))
}

fn is_part(c: char) -> bool {
    is_start(c) || c.is_ascii_digit() || (!c.is_ascii() && unicode_ident::is_xid_continue(c) && known_to_every_toolchain(c))
}

/// Whether `s` is an identifier TypeScript accepts as a property name after `.`.
pub fn is_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(is_start) && chars.all(is_part)
}

/// `name` with the characters an identifier cannot hold made `_`, and `_` before a leading
/// digit; `_` for nothing at all.
fn clean(name: &str) -> String {
    let mut out = String::with_capacity(name.len() + 1);
    for (i, c) in name.chars().enumerate() {
        if i == 0 && !is_start(c) && is_part(c) {
            out.push('_');
        }
        out.push(if is_part(c) { c } else { '_' });
    }
    if out.is_empty() {
        out.push('_');
    }
    out
}

/// `name` made a binding identifier: [`clean`], and reserved words and generated helper names
/// get `_` after them. The one identifier builder of the nodejs SDK.
pub fn ident(name: &str) -> String {
    let mut out = clean(name);
    if KEYWORDS.contains(&out.as_str()) || RESERVED.contains(&out.as_str()) || HELPERS.contains(&out.as_str()) {
        out.push('_');
    }
    out
}

/// `name` made an identifier that may shadow globals and helpers (a namespace inside
/// `types/input.ts`): only characters and keywords are fixed.
pub fn plain_ident(name: &str) -> String {
    let mut out = clean(name);
    if KEYWORDS.contains(&out.as_str()) {
        out.push('_');
    }
    out
}

/// A resource's class name: the token's name, title-cased (`Provider` for the provider).
fn resource_class(token_name: &str, is_provider: bool) -> String {
    if is_provider {
        return "Provider".into();
    }
    let name = ident(&title(token_name));
    if CLASS_SHADOWS.contains(&name.as_str()) {
        name + "_"
    } else {
        name
    }
}

/// Globals the files that bind a resource class (its own, its module's index) use: a class of
/// that name would shadow them (and TypeScript refuses a class named `Object` in a module).
const CLASS_SHADOWS: &[&str] = &["Object", "Error", "Promise", "Boolean", "Number"];

/// A function's exported name, made an identifier (`delete` → `delete_`).
fn function_ident(member: &str) -> String {
    ident(&function_name(member))
}

/// An object type's name: title-cased; its input shape gets `Args` unless the package's
/// compatibility mode (`kubernetes20`, `tfbridge20`) keeps the plain name.
fn object_type(token_name: &str, input_shape: bool, legacy_compat: bool) -> String {
    let base = ident(&title(token_name));
    if input_shape && !legacy_compat {
        base + "Args"
    } else {
        base
    }
}

/// An enum type's name (title-cased).
fn enum_type(token_name: &str) -> String {
    ident(&title(token_name))
}

/// An enum member's name: its `name` (else its value) with characters an identifier cannot
/// hold made `_`, title-cased; one that would start with `_` gets the enum's name before it.
fn enum_member(name: &str, enum_name: &str) -> String {
    let member = title(&clean(name));
    if member.starts_with('_') {
        format!("{enum_name}{member}")
    } else {
        member
    }
}

/// The folder of a module (`tree/v1`): lower-cased, each part with the characters an
/// identifier cannot hold made `_` (reserved words stay: a folder may be called `module`).
/// The table ([`NodeNames::folder`]) claims each part among its parent's folders.
fn module_dir(module: &str) -> String {
    module.split('/').filter(|p| !p.is_empty()).map(|p| folder(&p.to_lowercase())).collect::<Vec<_>>().join("/")
}

pub(super) fn folder(part: &str) -> String {
    clean(part)
}

/// How a parent module's index binds a sub-module's folder `dir` (`module` → `module_`), the
/// path it imports it by, and the name it exports it as (`module_ as module`).
/// The binding is claimed in the index's `scope`, which holds the names the index exports: a
/// member exported under the folder's name (a function `a_b` beside a module `a-b`) keeps it,
/// and the folder is exported under its binding (`a_b_`). Otherwise our own sub-modules
/// (`types`, `config`, `input`, ...) keep their names.
pub fn submodule(dir: &str, ours: bool, beside: &[&str], scope: &mut Scope) -> (String, String, String) {
    let exported_by_a_member = scope.contains(dir);
    let binding = if ours && scope.reserve(dir) { dir.to_string() } else { scope.claim(&ident(dir)) };
    let export = if binding == dir || exported_by_a_member || !is_identifier(dir) { binding.clone() } else { format!("{binding} as {dir}") };
    let path = if ours { format!("./{dir}") } else { folder_import(dir, beside) };
    (binding, path, export)
}

/// The path an index imports its sub-folder `dir` by. A folder named like one of the files
/// `beside` it (a module `utilities` beside `utilities.ts`) is named by its index: `./utilities`
/// would resolve to the file.
pub fn folder_import(dir: &str, beside: &[&str]) -> String {
    if beside.contains(&dir) {
        format!("./{dir}/index")
    } else {
        format!("./{dir}")
    }
}

/// The bindings `types/input.ts`, `types/output.ts` and the enum indexes import.
const TYPES_FILE_HELPERS: &[&str] = &["pulumi", "inputs", "outputs", "enums", "utilities"];

/// The namespace a module's types live in inside `types/input.ts` (a module's last part); it
/// may shadow globals (`module`, `config`), not the file's imports.
pub fn namespace(part: &str) -> String {
    let mut name = plain_ident(part);
    if TYPES_FILE_HELPERS.contains(&name.as_str()) {
        name.push('_');
    }
    name
}

/// The binding of another package's SDK (`random` → `pulumiRandom`).
pub fn external_package(name: &str) -> String {
    let mut out = String::from("pulumi");
    for word in name.split(|c: char| !is_part(c)) {
        out.push_str(&title(word));
    }
    ident(&out)
}

/// A property as an object key or member name: itself when it is an identifier, else quoted.
#[cfg(feature = "nodejs")]
pub fn member_key(name: &str) -> String {
    if is_identifier(name) {
        name.to_string()
    } else {
        crate::nodejs::escape::string_literal(name)
    }
}

/// A property as a class field: [`member_key`], except that a field named `constructor` (plain
/// or quoted) is an error in a class body, while the computed key `["constructor"]` is a field.
#[cfg(feature = "nodejs")]
pub fn class_field_key(name: &str) -> String {
    if name == "constructor" {
        format!("[{}]", crate::nodejs::escape::string_literal(name))
    } else {
        member_key(name)
    }
}

/// `obj.name`, or `obj["name"]` when the name is not an identifier; `optional` gives `?.`.
#[cfg(feature = "nodejs")]
pub fn access(obj: &str, name: &str, optional: bool) -> String {
    match (is_identifier(name), optional) {
        (true, false) => format!("{obj}.{name}"),
        (true, true) => format!("{obj}?.{name}"),
        (false, false) => format!("{obj}[{}]", crate::nodejs::escape::string_literal(name)),
        (false, true) => format!("{obj}?.[{}]", crate::nodejs::escape::string_literal(name)),
    }
}

/// The name of the helper that fills in an object type's defaults (`ContainerArgs` →
/// `containerArgsProvideDefaults`).
pub fn provide_defaults(type_name: &str) -> String {
    camel(type_name) + "ProvideDefaults"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nodejs_names_follow_the_2020_rules() {
        assert_eq!(property_name("restApi"), "restApi");
        assert_eq!(function_name("getVpc"), "getVpc");
        assert_eq!(function_name("GetURLs"), "getURLs");
    }

    #[test]
    fn identifiers_are_always_safe() {
        assert_eq!(ident("delete"), "delete_");
        assert_eq!(ident("pulumi"), "pulumi_");
        assert_eq!(ident("9lives"), "_9lives");
        assert_eq!(ident("a-b*/c"), "a_b__c");
        assert_eq!(ident(""), "_");
        assert_eq!(ident("ok"), "ok");
        assert!(is_identifier("$x_1"));
        assert!(!is_identifier("a b"));
        // A letter newer than Unicode 13.0 (Kawi, 15.0) is unknown to older TypeScripts.
        assert_eq!(ident("a\u{11F04}"), "a_");
        assert!(is_identifier("r\u{e9}sum\u{e9}"));
    }

    #[test]
    fn enum_members_follow_pulumi() {
        assert_eq!(enum_member("Pulumi Planters Inc.", "Farm"), "Pulumi_Planters_Inc_");
        assert_eq!(enum_member("Plants'R'Us", "Farm"), "Plants_R_Us");
        assert_eq!(enum_member("snake_case", "E"), "Snake_case");
        assert_eq!(enum_member("4", "Size"), "Size_4");
    }

    #[test]
    fn keys_and_access_quote_what_is_not_an_identifier() {
        assert_eq!(member_key("a"), "a");
        assert_eq!(member_key("a-b"), "\"a-b\"");
        assert_eq!(access("args", "a", true), "args?.a");
        assert_eq!(access("args", "a\"b", true), "args?.[\"a\\\"b\"]");
        assert_eq!(external_package("random"), "pulumiRandom");
        assert_eq!(provide_defaults("ContainerArgs"), "containerArgsProvideDefaults");
    }
}
