//! Naming, one module per target language: its rules, and its table, which applies them once
//! per package so that the language's SDK and the docs pages look names up instead of deriving
//! them (typify's `Type::ident()`).
//!
//! - [`ident`]: the one identifier builder (characters, normal form, reserved words) and
//!   [`ident::Scope`], through which every language de-duplicates the names of one scope;
//! - [`nodejs::NodeNames`]: TypeScript — resources, functions (with the 2020 docs' spellings
//!   beside the SDK's), methods, object types, enums and their members, modules;
//! - [`go::GoNames`]: the 2020 Go names the docs print (what each Go package declares, functions'
//!   `Get…`/`Lookup…` names, types) and the pages' titles and file names; the Go SDK's own table,
//!   by Pulumi's current rules, is `crate::go`'s;
//! - [`csharp::CsNames`]: C# — the package's namespace, modules' namespaces, functions, types;
//! - [`rust::TypeNames`]: Rust — one package-wide name per type, resources and functions per
//!   module;
//! - [`python::PyNames`]: Python — the package's import names, modules, the classes of
//!   resources, object types, functions' and methods' results and enums, methods, and per
//!   module its files and functions; PyName under its current and 2020 rules, and
//!   [`python::PropNames`], the properties of one class named together.

pub mod csharp;
pub mod go;
pub mod ident;
pub mod nodejs;
pub mod python;
pub mod rust;
mod unicode_floor;

/// `f` of each of `items`, in order: on every core when a renderer has brought rayon in (the
/// derive, which names a few items, does without).
#[cfg(any(feature = "docs", feature = "python", feature = "go", feature = "rust-sdk"))]
pub(crate) fn map_in_order<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync + Send) -> Vec<R> {
    use rayon::prelude::*;
    items.par_iter().map(f).collect()
}

#[cfg(not(any(feature = "docs", feature = "python", feature = "go", feature = "rust-sdk")))]
pub(crate) fn map_in_order<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync + Send) -> Vec<R> {
    items.iter().map(f).collect()
}
