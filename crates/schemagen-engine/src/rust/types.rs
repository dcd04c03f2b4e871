//! Schema types → Rust types. Paths are absolute (`::std::…`, `::schemagen_runtime::…`) so the derive's
//! expansion means the same thing whatever the user's module has in scope.

use std::collections::BTreeSet;

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;
use schemagen_schema::{ExternalTarget, Package, Property, Type, TypeDef, TypeId};

#[cfg(feature = "rust-sdk")]
use super::externals::Externals;

use crate::names::rust::TypeNames;

/// What a type mapping needs to know about the package it is in.
pub struct TypeContext<'a> {
    pub pkg: &'a Package,
    pub names: &'a TypeNames,
    /// Computed once per package: asking "does this type lead back to its owner?" per property
    /// made the SDK quadratic in the number of types on schemas with large cycles.
    cycles: Cycles,
    /// Per object type, whether the package uses it only as an input: only such types have
    /// schema defaults filled in when read (as Pulumi's SDKs apply defaults to inputs only).
    input_only: Vec<bool>,
    /// Other packages' types written beside this package's (the SDK with `--deps`); without
    /// them an external type is JSON.
    #[cfg(feature = "rust-sdk")]
    externals: Option<&'a Externals<'a>>,
}

impl<'a> TypeContext<'a> {
    pub fn new(pkg: &'a Package, names: &'a TypeNames) -> Self {
        TypeContext {
            pkg,
            names,
            cycles: Cycles::new(pkg),
            input_only: input_only(pkg),
            #[cfg(feature = "rust-sdk")]
            externals: None,
        }
    }

    #[cfg(feature = "rust-sdk")]
    pub(crate) fn with_externals(self, externals: &'a Externals<'a>) -> Self {
        TypeContext { externals: Some(externals), ..self }
    }
}

impl TypeContext<'_> {
    /// Whether the object type `id` is used as an input and never as an output.
    pub(crate) fn is_input_only(&self, id: TypeId) -> bool {
        self.input_only.get(id.0).copied().unwrap_or(false)
    }

    pub(crate) fn type_ident(&self, id: TypeId) -> Ident {
        Ident::new(self.names.get(id), Span::call_site())
    }

    /// The Rust type of a property's value, before `Option`. `owner` is the object type that
    /// holds the property, whose own cycles need a `Box`.
    pub(crate) fn property_type(&self, prop: &Property, owner: Option<TypeId>) -> TokenStream {
        let inner = self.rust_type(&prop.ty, owner, true);
        if prop.secret {
            quote!(::schemagen_runtime::Secret<#inner>)
        } else {
            inner
        }
    }

    #[cfg(feature = "rust-sdk")]
    fn external_type(&self, package: &str, id: TypeId) -> Option<TokenStream> {
        self.externals?.type_path(package, id)
    }

    #[cfg(not(feature = "rust-sdk"))]
    fn external_type(&self, _package: &str, _id: TypeId) -> Option<TokenStream> {
        None
    }

    /// `direct` is false inside a `Vec` or map, which already gives a recursive type a size.
    fn rust_type(&self, ty: &Type, owner: Option<TypeId>, direct: bool) -> TokenStream {
        match ty {
            Type::Boolean => quote!(bool),
            Type::Integer => quote!(i64),
            Type::Number => quote!(f64),
            Type::String => quote!(::std::string::String),
            Type::Any | Type::Json => quote!(::schemagen_runtime::__private::serde_json::Value),
            Type::External(e) => match e.resolved {
                Some(ExternalTarget::Resource(_) | ExternalTarget::Provider) => quote!(::schemagen_runtime::ResourceReference),
                Some(ExternalTarget::Object(id) | ExternalTarget::Enum(id)) => {
                    self.external_type(&e.package, id).unwrap_or_else(|| quote!(::schemagen_runtime::__private::serde_json::Value))
                }
                None => quote!(::schemagen_runtime::__private::serde_json::Value),
            },
            Type::Archive => quote!(::schemagen_runtime::Archive),
            Type::Asset => quote!(::schemagen_runtime::AssetOrArchive),
            Type::Array(item) => {
                let item = self.rust_type(item, owner, false);
                quote!(::std::vec::Vec<#item>)
            }
            Type::Map(value) => {
                let value = self.rust_type(value, owner, false);
                quote!(::std::collections::BTreeMap<::std::string::String, #value>)
            }
            Type::Object(id) => {
                let ident = self.type_ident(*id);
                match owner {
                    Some(o) if direct && self.cycles.same(*id, o) => quote!(::std::boxed::Box<#ident>),
                    _ => quote!(#ident),
                }
            }
            Type::Enum(id) => {
                let ident = self.type_ident(*id);
                quote!(#ident)
            }
            Type::Token { underlying, .. } => self.rust_type(underlying, owner, direct),
            Type::Resource(_) | Type::Provider => quote!(::schemagen_runtime::ResourceReference),
            Type::Union(u) => {
                let mut seen = BTreeSet::new();
                let alternatives: Vec<TokenStream> = u
                    .elements
                    .iter()
                    .map(|e| self.rust_type(e, owner, direct))
                    .filter(|t| seen.insert(t.to_string()))
                    .collect();
                one_of(&alternatives)
            }
        }
    }
}

fn input_only(pkg: &Package) -> Vec<bool> {
    let usage = crate::model::usage::usage(pkg, pkg.provider.as_ref());
    pkg.types
        .iter()
        .map(|t| {
            let token = &t.token().full;
            usage.used_as(token, true) && !usage.used_as(token, false)
        })
        .collect()
}

/// The widest `OneOfN` the runtime has; a wider union nests the rest in its last alternative.
const WIDEST_ONE_OF: usize = 8;

/// The type holding one of `alternatives`, tried in order as serde's untagged enums do; nesting
/// keeps that order, so a union of any width reads the first alternative that fits.
fn one_of(alternatives: &[TokenStream]) -> TokenStream {
    match alternatives {
        [] => quote!(::schemagen_runtime::__private::serde_json::Value),
        [only] => only.clone(),
        _ => {
            let (head, rest) = alternatives.split_at(alternatives.len().min(WIDEST_ONE_OF) - 1);
            let last = one_of(rest);
            let name = Ident::new(&format!("OneOf{}", head.len() + 1), Span::call_site());
            quote!(::schemagen_runtime::#name<#(#head,)* #last>)
        }
    }
}

/// The object and enum types that `ty` names directly.
pub fn referenced_types(ty: &Type, out: &mut Vec<TypeId>) {
    match ty {
        Type::Object(id) | Type::Enum(id) => out.push(*id),
        Type::Array(t) | Type::Map(t) => referenced_types(t, out),
        Type::Token { underlying, .. } => referenced_types(underlying, out),
        Type::Union(u) => u.elements.iter().for_each(|e| referenced_types(e, out)),
        _ => {}
    }
}

/// Every type reachable from `roots`, in schema order.
pub fn closure(pkg: &Package, roots: impl IntoIterator<Item = TypeId>) -> Vec<TypeId> {
    let mut seen = BTreeSet::new();
    let mut stack: Vec<TypeId> = roots.into_iter().collect();
    while let Some(id) = stack.pop() {
        if !seen.insert(id) {
            continue;
        }
        if let TypeDef::Object(o) = pkg.type_def(id) {
            for p in &o.properties {
                referenced_types(&p.ty, &mut stack);
            }
        }
    }
    seen.into_iter().collect()
}

/// The strongly connected components of the graph "type → the types its properties name".
/// A property of `owner` whose type is `t` needs a `Box` exactly when `t` leads back to `owner`,
/// and since `owner` leads to `t` through that property, that is when both share a component.
struct Cycles {
    component: Vec<usize>,
}

impl Cycles {
    fn new(pkg: &Package) -> Self {
        let count = pkg.types.len();
        let successors: Vec<Vec<usize>> = (0..count)
            .map(|t| {
                let mut out = Vec::new();
                if let TypeDef::Object(o) = pkg.type_def(TypeId(t)) {
                    for p in &o.properties {
                        referenced_types(&p.ty, &mut out);
                    }
                }
                out.into_iter().map(|id| id.0).collect()
            })
            .collect();
        let mut predecessors = vec![Vec::new(); count];
        for (from, tos) in successors.iter().enumerate() {
            for &to in tos {
                predecessors[to].push(from);
            }
        }
        Cycles { component: crate::graph::components(&successors, &predecessors) }
    }

    /// Whether `a` and `b` lead to each other (a type leads to itself).
    fn same(&self, a: TypeId, b: TypeId) -> bool {
        self.component[a.0] == self.component[b.0]
    }
}
