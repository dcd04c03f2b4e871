//! The SDK crate: `Cargo.toml`, `src/lib.rs`, `src/types.rs` and one file per schema module,
//! each formatted with prettyplease.

use std::collections::BTreeSet;

use askama::Template;
use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;
use rayon::prelude::*;
use schemagen_schema::{Function, FunctionId, Package, Resource, ResourceId};

use super::docs::{doc_with_deprecation, inner_doc_attrs};
use super::externals::{ExternalPackage, Externals};
use super::items::{function_syntax, resource_syntax, type_syntax};
use super::syntax::{inner_doc_attr, Items};
use super::resources;
use super::types::TypeContext;
use crate::model::{ModuleTree, Node};
use crate::names::ident::Scope;
use crate::names::rust::{module_name, sdk_crate_name, snake, TypeNames, CARGO_FILES};
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

/// A crate with typed resources for `pkg`, built as `options` say; sorted by path.
pub fn generate_with(pkg: &Package, options: &SdkOptions) -> Result<Vec<GeneratedFile>, OutputError> {
    crate::output::collect(|sink| generate_into(pkg, options, sink))
}

/// The crate ([`generate_with`]), handed to `sink` file by file as it is rendered.
pub fn generate_into(pkg: &Package, options: &SdkOptions, sink: &dyn crate::output::FileSink) -> Result<(), OutputError> {
    let names = TypeNames::new(pkg);
    let modules = module_tree(pkg, &names);
    let types_mod = types_module_name(&modules);
    let type_names: Vec<String> = (0..pkg.types.len()).map(|t| names.get(schemagen_schema::TypeId(t)).to_string()).collect();
    let externals = Externals::new(pkg, &types_mod, &type_names);
    let cx = TypeContext::new(pkg, &names).with_externals(&externals);
    // Building and formatting the files is most of the time: each module file is made on its own
    // rayon task and goes to the sink when it is done, while the types file (by far the largest)
    // is formatted slice by slice beside them and streamed to the sink in order.
    let module_list: Vec<(&String, &Node<Vec<Entry<'_>>>)> = modules.iter().collect();
    sink.expect(module_list.len() + 2);
    sink.put(cargo_toml(pkg, options)?)?;
    let (modules, types) = rayon::join(
        || module_list.par_iter().try_for_each(|(path, node)| sink.put(module_file(&cx, &types_mod, path, node)?)),
        || put_types_file(&cx, &externals, &types_mod, sink),
    );
    modules.and(types)
}

/// What a module holds: resources (the provider first, in the root) then functions, each with
/// its Rust name.
enum Entry<'p> {
    Resource(&'p str, &'p Resource),
    Function(&'p str, &'p Function),
}

/// `src/<path>.rs` (or `src/lib.rs` for the root): its child modules, resources and functions.
fn module_file(
    cx: &TypeContext<'_>,
    types_mod: &str,
    path: &str,
    node: &Node<Vec<Entry<'_>>>,
) -> Result<GeneratedFile, OutputError> {
    let entries = &node.contents;
    let mut children: Vec<&str> = node.children.iter().map(|c| c.rsplit('/').next().unwrap_or(c)).collect();
    children.sort_unstable();
    let children: Vec<Ident> = children.into_iter().map(|c| Ident::new(c, Span::call_site())).collect();
    let types_ident = Ident::new(types_mod, Span::call_site());
    let mut attrs = Vec::new();
    let mut body = Items::default();
    if path.is_empty() {
        attrs = inner_doc_attrs(&crate_doc(cx.pkg));
        body.tokens(quote!(pub mod #types_ident;));
    }
    body.tokens(quote!(#(pub mod #children;)*));
    if !entries.is_empty() {
        body.tokens(quote! {
            #[allow(unused_imports)]
            use crate::#types_ident::*;
        });
    }
    for entry in entries {
        body.append(match entry {
            Entry::Resource(name, res) => resource_module(cx, name, res),
            Entry::Function(name, f) => function_module(name, f, function_syntax(cx, f, &ident(name))),
        });
    }
    let file = if path.is_empty() { "src/lib.rs".to_string() } else { format!("src/{path}.rs") };
    let text = format_items(attrs, body, &file)?;
    GeneratedFile::new(file, with_header(&text))
}

/// How many types one formatting task takes: enough to outweigh the task, few enough that
/// the one big types file spreads over the cores.
const TYPES_PER_TASK: usize = 64;

/// How many formatting tasks of the types file run at once, per thread: the text held at any
/// time is that of one such batch, whatever the size of the schema.
const TASKS_PER_THREAD: usize = 2;

/// A piece of the types file that one task formats.
enum TypesPiece<'a, 'p> {
    /// A slice of the package's own types; the first also carries the module's docs.
    Own { first: bool, ids: &'a [schemagen_schema::TypeId] },
    External(&'a ExternalPackage<'p>),
}

/// `src/types.rs`: every schema type, then the referenced types of other packages, a module
/// per package ([`Externals`]). prettyplease prints top-level items one after the other,
/// so formatting slices of them apart and joining the text gives the same file as formatting
/// them together; the joined text goes to the sink batch by batch, in order.
fn put_types_file(cx: &TypeContext<'_>, externals: &Externals<'_>, types_mod: &str, sink: &dyn crate::output::FileSink) -> Result<(), OutputError> {
    let path = format!("src/{types_mod}.rs");
    let all: Vec<_> = (0..cx.pkg.types.len()).map(schemagen_schema::TypeId).collect();
    let doc = " The object and enum types of the package's schema.";
    let slices: Vec<&[schemagen_schema::TypeId]> = if all.is_empty() { vec![&[]] } else { all.chunks(TYPES_PER_TASK).collect() };
    let pieces: Vec<TypesPiece<'_, '_>> = slices
        .iter()
        .enumerate()
        .map(|(index, ids)| TypesPiece::Own { first: index == 0, ids })
        .chain(externals.packages.iter().map(TypesPiece::External))
        .collect();
    let format_piece = |piece: &TypesPiece<'_, '_>| match piece {
        TypesPiece::Own { first, ids } => {
            let attrs = if *first { vec![inner_doc_attr(doc)] } else { Vec::new() };
            format_items(attrs, type_syntax(cx, ids), &path)
        }
        TypesPiece::External(dep) => {
            let mut module = Items::default();
            module.tokens(external_module(dep));
            format_items(Vec::new(), module, &path)
        }
    };
    let mut text = Spaced::new(0);
    let batch = rayon::current_num_threads().max(1) * TASKS_PER_THREAD;
    let mut parts = pieces.chunks(batch).map(|batch| {
        let formatted = batch.par_iter().map(format_piece).collect::<Result<Vec<String>, OutputError>>()?;
        for piece in &formatted {
            text.push(piece);
        }
        Ok(std::mem::take(&mut text.out))
    });
    sink.put_parts(&path, &mut parts)
}

/// The module of another package's referenced types, named as that package names them.
fn external_module(dep: &ExternalPackage<'_>) -> TokenStream {
    let cx = TypeContext::new(dep.pkg, &dep.names);
    let items = type_syntax(&cx, &dep.types);
    let module = Ident::new(&dep.module, Span::call_site());
    let version = dep.pkg.version.as_deref().map(|v| format!(" (version {v})")).unwrap_or_default();
    let doc = format!(" The types of the `{}` package{version} that this package's schema uses.", dep.pkg.name);
    quote!(pub mod #module { #![doc = #doc] #items })
}

/// What the SDK writes for one resource: a marker struct (what a user would put the derive
/// on) with the resource's description, then exactly the derive's items.
fn resource_module(cx: &TypeContext<'_>, name: &str, res: &Resource) -> Items {
    let name = ident(name);
    let mut out = Items::default();
    out.tokens(marker(&name, res.description.as_deref(), res.deprecation_message.as_deref(), &res.token.full));
    out.append(resource_syntax(cx, res, &name));
    out.append(methods(cx, &name, res));
    out
}

/// A function's marker struct (what a user would put the derive on), then the derive's items.
fn function_module(name: &str, f: &Function, items: Items) -> Items {
    let mut out = Items::default();
    out.tokens(marker(&ident(name), f.description.as_deref(), f.deprecation_message.as_deref(), &f.token.full));
    out.append(items);
    out
}

/// The unit struct standing for a resource or function, with its description and token.
fn marker(name: &Ident, description: Option<&str>, deprecation: Option<&str>, token: &str) -> TokenStream {
    let docs = doc_with_deprecation(description, deprecation);
    let token_doc = format!(" Schema token: `{token}`.");
    let separator = (!docs.is_empty()).then(|| quote!(#[doc = ""]));
    quote! {
        #docs
        #separator
        #[doc = #token_doc]
        #[derive(::std::fmt::Debug, ::std::clone::Clone, ::std::marker::Copy, ::std::default::Default)]
        pub struct #name;
    }
}

/// A resource's methods: each one's function items (`FooBar`, `FooBarArgs`, `FooBarResult`),
/// its `Method` impl, and an associated function on the resource (`Foo::bar()`) that names it.
fn methods(cx: &TypeContext<'_>, resource: &Ident, res: &Resource) -> Items {
    let fn_names = Scope::numbered([]).claim_each(res.methods.iter().map(|m| snake(&m.name)));
    let mut out = Items::default();
    let mut accessors = Vec::new();
    for (m, fn_name) in res.methods.iter().zip(fn_names) {
        let f = &cx.pkg.functions[m.function.0];
        let name = ident(cx.names.function(m.function));
        out.append(function_module(&name.to_string(), f, function_syntax(cx, f, &name)));
        let wire = &m.name;
        out.tokens(quote! {
            impl ::schemagen_runtime::Method for #name {
                type Resource = #resource;
                const NAME: &'static str = #wire;
            }
        });
        let fn_ident = ident(&fn_name);
        let doc = format!(" The method `{wire}`: its token, arguments and result are those of [`{name}`].");
        accessors.push(quote! {
            #[doc = #doc]
            pub fn #fn_ident() -> #name {
                #name
            }
        });
    }
    if !accessors.is_empty() {
        out.tokens(quote!(impl #resource { #(#accessors)* }));
    }
    out
}

fn ident(name: &str) -> Ident {
    Ident::new(name, Span::call_site())
}

/// Resources and functions (methods go with their resource) grouped by Rust module path (schema
/// module split on `/`, snake_cased), every ancestor of a module present, in sorted order so the
/// output is deterministic.
fn module_tree<'p>(pkg: &'p Package, names: &'p TypeNames) -> ModuleTree<Vec<Entry<'p>>> {
    let mut tree: ModuleTree<Vec<Entry<'p>>> = ModuleTree::new();
    let mut add = |module: &str, entry: Entry<'p>| {
        let mut path: Vec<String> = module.split('/').filter(|s| !s.is_empty()).map(module_name).collect();
        if let Some(top) = path.first_mut().filter(|top| CARGO_FILES.contains(&top.as_str())) {
            top.push('_');
        }
        tree.module(&path.join("/")).push(entry);
    };
    if let Some(p) = &pkg.provider {
        add(&p.token.module, Entry::Resource(names.provider(), p));
    }
    for (i, res) in pkg.resources.iter().enumerate() {
        add(&res.token.module, Entry::Resource(names.resource(ResourceId(i)), res));
    }
    let methods: BTreeSet<usize> = resources(pkg).flat_map(|r| r.methods.iter().map(|m| m.function.0)).collect();
    for (i, f) in pkg.functions.iter().enumerate().filter(|(i, _)| !methods.contains(i)) {
        add(&f.token.module, Entry::Function(names.function(FunctionId(i)), f));
    }
    tree
}

/// `types`, unless the schema has a top-level module of that name.
fn types_module_name(modules: &ModuleTree<Vec<Entry<'_>>>) -> String {
    let top_level = modules.iter().map(|(p, _)| p.as_str()).filter(|p| !p.is_empty() && !p.contains('/'));
    Scope::numbered(top_level).claim("types")
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

/// A file of `attrs` (its inner attributes) and `items` as formatted Rust source, as
/// prettyplease prints them.
fn format_items(attrs: Vec<syn::Attribute>, items: Items, path: &str) -> Result<String, OutputError> {
    let mut trees = Vec::new();
    items.into_trees(&mut trees).map_err(|e| {
        OutputError::Unsupported(format!("{path}: the schema's names give Rust code that does not parse ({e}); rename the offending property or type"))
    })?;
    Ok(prettyplease::unparse(&syn::File { shebang: None, attrs, items: trees }))
}

/// A formatted file's final text: the header, and blank lines between its items.
fn with_header(formatted: &str) -> String {
    let mut text = Spaced::new(formatted.len());
    text.push(formatted);
    text.out
}

/// A file's text being put together from formatted pieces, each consumed as it is added (the
/// big types file is formatted in slices, and handed on a batch of them at a time).
///
/// prettyplease puts top-level items back to back; a blank line between them reads better.
/// A line at column 0 after one that ends an item at column 0 (`}` or `…;`) starts a new item
/// (or its docs and attributes). String literals are printed with escapes, so no line of one
/// starts at column 0.
struct Spaced {
    out: String,
    previous_ended_item: bool,
}

impl Spaced {
    const HEADER: &'static str = "// Generated by schemagen. Do not edit.\n\n";

    fn new(formatted_len: usize) -> Self {
        let mut out = String::with_capacity(Self::HEADER.len() + formatted_len + formatted_len / 16);
        out.push_str(Self::HEADER);
        Spaced { out, previous_ended_item: false }
    }

    /// Appends formatted code that ends with a line break (as prettyplease's does).
    fn push(&mut self, code: &str) {
        for line in code.lines() {
            let at_top = !line.is_empty() && !line.starts_with(char::is_whitespace);
            if self.previous_ended_item && at_top {
                self.out.push('\n');
            }
            self.out.push_str(line);
            self.out.push('\n');
            // A doc comment ending in `;` is text, not the end of an item.
            self.previous_ended_item = at_top && !line.starts_with("//") && (line == "}" || line.ends_with(';'));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::toml_string;

    #[test]
    fn toml_strings_escape_what_toml_forbids() {
        assert_eq!(toml_string("a\"b\\c\nd\u{7f}e\u{1}"), r#""a\"b\\c\nd\u007Fe\u0001""#);
    }
}
