//! The SDK crate: `Cargo.toml`, `src/lib.rs`, `src/types.rs` and one file per schema module,
//! each formatted with prettyplease.

use askama::Template;
use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;
use rayon::prelude::*;
use schemagen_schema::{Package, Resource};

use super::docs::{doc_with_deprecation, inner_doc_attrs};
use super::items::{resource_items, type_items};
use super::resources;
use super::types::TypeContext;
use crate::model::ModuleTree;
use crate::names::rust::{dedupe, pascal, sdk_crate_name, snake, TypeNames};
use crate::{GeneratedFile, OutputError};

#[derive(Template)]
#[template(path = "rust/Cargo.toml")]
struct CargoToml {
    package: String,
    crate_name: String,
    version: String,
    description: String,
    runtime_version: String,
    runtime_path: Option<String>,
}

/// How the generated crate is built.
#[derive(Debug, Clone, Default)]
pub struct SdkOptions {
    /// A folder holding the `schemagen-runtime` crate, for building against a local checkout
    /// instead of crates.io. Written into `Cargo.toml` as it is given.
    pub runtime_path: Option<String>,
}

/// A crate with typed resources for `pkg`, depending on `schemagen-runtime` from crates.io.
pub fn generate(pkg: &Package) -> Result<Vec<GeneratedFile>, OutputError> {
    generate_with(pkg, &SdkOptions::default())
}

/// A crate with typed resources for `pkg`, built as `options` say.
pub fn generate_with(pkg: &Package, options: &SdkOptions) -> Result<Vec<GeneratedFile>, OutputError> {
    let names = TypeNames::new(pkg);
    let cx = TypeContext::new(pkg, &names);
    let modules = module_tree(pkg);
    let types_mod = types_module_name(&modules);
    // Building and formatting the files is most of the time; each file (and each slice of the
    // types file) is made on its own rayon task. `collect` keeps the input order, so the output
    // stays deterministic.
    let module_list: Vec<(&String, &crate::model::Node<Vec<&Resource>>)> = modules.iter().collect();
    let module_files = module_list
        .par_iter()
        .map(|(path, node)| module_file(&cx, &types_mod, path, node))
        .collect::<Result<Vec<GeneratedFile>, OutputError>>()?;
    let mut files = vec![cargo_toml(pkg, options)?];
    files.extend(module_files);
    files.push(types_file(&cx, &types_mod)?);
    Ok(files)
}

/// `src/<path>.rs` (or `src/lib.rs` for the root): its child modules and its resources.
fn module_file(
    cx: &TypeContext<'_>,
    types_mod: &str,
    path: &str,
    node: &crate::model::Node<Vec<&Resource>>,
) -> Result<GeneratedFile, OutputError> {
    let resources = &node.contents;
    let mut children: Vec<&str> = node.children.iter().map(|c| c.rsplit('/').next().unwrap_or(c)).collect();
    children.sort_unstable();
    let children: Vec<Ident> = children.into_iter().map(|c| Ident::new(c, Span::call_site())).collect();
    let types_ident = Ident::new(types_mod, Span::call_site());
    let mut body = TokenStream::new();
    if path.is_empty() {
        body.extend(inner_doc_attrs(&crate_doc(cx.pkg)));
        body.extend(quote!(pub mod #types_ident;));
    }
    body.extend(quote!(#(pub mod #children;)*));
    if !resources.is_empty() {
        body.extend(quote! {
            #[allow(unused_imports)]
            use crate::#types_ident::*;
        });
    }
    for res in resources {
        body.extend(resource_module(cx, res));
    }
    let file = if path.is_empty() { "src/lib.rs".to_string() } else { format!("src/{path}.rs") };
    let text = format_items(body, &file)?;
    GeneratedFile::new(file, with_header(&text))
}

/// How many types one formatting task takes: enough to outweigh the task, few enough that
/// the one big types file spreads over the cores.
const TYPES_PER_TASK: usize = 64;

/// `src/types.rs`: every schema type. prettyplease prints top-level items one after the other,
/// so formatting slices of them apart and joining the text gives the same file as formatting
/// them together.
fn types_file(cx: &TypeContext<'_>, types_mod: &str) -> Result<GeneratedFile, OutputError> {
    let path = format!("src/{types_mod}.rs");
    let all: Vec<_> = (0..cx.pkg.types.len()).map(schemagen_schema::TypeId).collect();
    let doc = " The object and enum types of the package's schema.";
    let slices: Vec<&[schemagen_schema::TypeId]> = if all.is_empty() { vec![&[]] } else { all.chunks(TYPES_PER_TASK).collect() };
    let parts = slices
        .par_iter()
        .enumerate()
        .map(|(index, ids)| {
            let items = type_items(cx, ids);
            let tokens = if index == 0 { quote!(#![doc = #doc] #items) } else { items };
            format_items(tokens, &path)
        })
        .collect::<Result<Vec<String>, OutputError>>()?;
    GeneratedFile::new(path, with_header(&parts.concat()))
}

/// What the SDK writes for one resource: a marker struct (what a user would put the derive
/// on) with the resource's description, then exactly the derive's items.
fn resource_module(cx: &TypeContext<'_>, res: &Resource) -> TokenStream {
    let name = Ident::new(&pascal(&res.token.name), Span::call_site());
    let docs = doc_with_deprecation(res.description.as_deref(), res.deprecation_message.as_deref());
    let token_doc = format!(" Schema token: `{}`.", res.token.full);
    let separator = (!docs.is_empty()).then(|| quote!(#[doc = ""]));
    let items = resource_items(cx, res, &name);
    quote! {
        #docs
        #separator
        #[doc = #token_doc]
        #[derive(::std::fmt::Debug, ::std::clone::Clone, ::std::marker::Copy, ::std::default::Default)]
        pub struct #name;
        #items
    }
}

/// Resources grouped by Rust module path (schema module split on `/`, snake_cased), every
/// ancestor of a module present, in path order so the output is deterministic. (A segment holds
/// no character sorting before `/`, so path order is segment order.)
fn module_tree(pkg: &Package) -> ModuleTree<Vec<&Resource>> {
    let mut tree: ModuleTree<Vec<&Resource>> = ModuleTree::new();
    for res in resources(pkg) {
        let path: Vec<String> = res.token.module.split('/').filter(|s| !s.is_empty()).map(snake).collect();
        tree.module(&path.join("/")).push(res);
    }
    tree
}

/// `types`, unless the schema has a top-level module of that name.
fn types_module_name(modules: &ModuleTree<Vec<&Resource>>) -> String {
    let taken: Vec<String> = modules.iter().map(|(p, _)| p).filter(|p| !p.is_empty() && !p.contains('/')).cloned().collect();
    dedupe(vec!["types".into()], &taken).remove(0)
}

fn crate_doc(pkg: &Package) -> String {
    let mut doc = format!(
        "Typed resources of the `{}` Pulumi package{}, generated by schemagen from its schema. Do not edit.",
        pkg.name,
        pkg.version.as_deref().map(|v| format!(" (version {v})")).unwrap_or_default()
    );
    if let Some(d) = pkg.description.as_deref().filter(|d| !d.trim().is_empty()) {
        doc.push_str("\n\n");
        doc.push_str(d);
    }
    doc
}

fn cargo_toml(pkg: &Package, options: &SdkOptions) -> Result<GeneratedFile, OutputError> {
    // Cargo insists on semver; a schema without a usable version gets 0.0.0.
    let version = pkg.version.as_deref().map(|v| v.trim_start_matches('v')).filter(|v| is_semver(v)).unwrap_or("0.0.0");
    let description = format!("Typed Pulumi resources for the `{}` package", pkg.name);
    let crate_name = sdk_crate_name(&pkg.name);
    let template = CargoToml {
        package: crate_name.trim_start_matches("pulumi-").to_string(),
        crate_name: toml_string(&crate_name),
        version: toml_string(version),
        description: toml_string(&description),
        // The engine and the runtime are released together, under one version.
        runtime_version: toml_string(env!("CARGO_PKG_VERSION")),
        runtime_path: options.runtime_path.as_deref().map(toml_string),
    };
    let text = template.render().map_err(|e| OutputError::Render(format!("Cargo.toml: {e}")))?;
    GeneratedFile::new("Cargo.toml", text + "\n")
}

/// `s` as a TOML basic string. JSON's escaping covers `"`, `\` and the C0 controls, which TOML
/// escapes alike; TOML also forbids a raw DEL, which JSON leaves as it is.
fn toml_string(s: &str) -> String {
    // Cannot fail: a `str` always serializes.
    serde_json::to_string(s).expect("a string always serializes").replace('\u{7f}', "\\u007F")
}

fn is_semver(v: &str) -> bool {
    let core = v.split(['-', '+']).next().unwrap_or("");
    let parts: Vec<&str> = core.split('.').collect();
    parts.len() == 3 && parts.iter().all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()))
        && v.chars().all(|c| c.is_ascii_alphanumeric() || "-+.".contains(c))
}

/// Items as formatted Rust source, as prettyplease prints them.
fn format_items(items: TokenStream, path: &str) -> Result<String, OutputError> {
    let file: syn::File =
        syn::parse2(items).map_err(|e| OutputError::Unsupported(format!("{path}: the schema's names give Rust code that does not parse ({e}); rename the offending property or type")))?;
    Ok(prettyplease::unparse(&file))
}

/// A formatted file's final text: the header, and blank lines between its items.
fn with_header(formatted: &str) -> String {
    format!("// Generated by schemagen. Do not edit.\n\n{}", space_out_items(formatted))
}

/// prettyplease puts top-level items back to back; a blank line between them reads better.
/// A line at column 0 after one that ends an item at column 0 (`}` or `…;`) starts a new item
/// (or its docs and attributes). String literals are printed with escapes, so no line of one
/// starts at column 0.
fn space_out_items(code: &str) -> String {
    let mut out = String::with_capacity(code.len() + code.len() / 16);
    let mut previous_ended_item = false;
    for line in code.lines() {
        let at_top = !line.is_empty() && !line.starts_with(char::is_whitespace);
        if previous_ended_item && at_top {
            out.push('\n');
        }
        out.push_str(line);
        out.push('\n');
        previous_ended_item = at_top && (line == "}" || line.ends_with(';'));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::toml_string;

    #[test]
    fn toml_strings_escape_what_toml_forbids() {
        assert_eq!(toml_string("a\"b\\c\nd\u{7f}e\u{1}"), r#""a\"b\\c\nd\u007Fe\u0001""#);
    }
}
