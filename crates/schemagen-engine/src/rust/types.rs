//! Schema types → Rust types. Paths are absolute (`::std::…`, `::schemagen_runtime::…`) so the derive's
//! expansion means the same thing whatever the user's module has in scope.

use std::collections::BTreeSet;

use proc_macro2::{Ident, Span};
use schemagen_schema::{ExternalTarget, Package, Property, Type, TypeDef, TypeId};

#[cfg(feature = "rust-sdk")]
use super::externals::Externals;

use super::syntax::{global_path, ident, ident_type, path_type};
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
    pub(crate) fn property_type(&self, prop: &Property, owner: Option<TypeId>) -> syn::Type {
        let inner = self.rust_type(&prop.ty, owner, true);
        if prop.secret {
            path_type(global_path(&["schemagen_runtime", "Secret"], vec![inner]))
        } else {
            inner
        }
    }

    #[cfg(feature = "rust-sdk")]
    fn external_type(&self, package: &str, id: TypeId) -> Option<syn::Type> {
        self.externals?.type_path(package, id)
    }

    #[cfg(not(feature = "rust-sdk"))]
    fn external_type(&self, _package: &str, _id: TypeId) -> Option<syn::Type> {
        None
    }

    /// `direct` is false inside a `Vec` or map, which already gives a recursive type a size.
    fn rust_type(&self, ty: &Type, owner: Option<TypeId>, direct: bool) -> syn::Type {
        let global = |segments: &[&str], args: Vec<syn::Type>| path_type(global_path(segments, args));
        let json = || global(&["schemagen_runtime", "__private", "serde_json", "Value"], Vec::new());
        let reference = || global(&["schemagen_runtime", "ResourceReference"], Vec::new());
        match ty {
            Type::Boolean => ident_type(&ident("bool")),
            Type::Integer => ident_type(&ident("i64")),
            Type::Number => ident_type(&ident("f64")),
            Type::String => string_type(),
            Type::Any | Type::Json => json(),
            Type::External(e) => match e.resolved {
                Some(ExternalTarget::Resource(_) | ExternalTarget::Provider) => reference(),
                Some(ExternalTarget::Object(id) | ExternalTarget::Enum(id)) => self.external_type(&e.package, id).unwrap_or_else(json),
                None => json(),
            },
            Type::Archive => global(&["schemagen_runtime", "Archive"], Vec::new()),
            Type::Asset => global(&["schemagen_runtime", "AssetOrArchive"], Vec::new()),
            Type::Array(item) => global(&["std", "vec", "Vec"], vec![self.rust_type(item, owner, false)]),
            Type::Map(value) => global(&["std", "collections", "BTreeMap"], vec![string_type(), self.rust_type(value, owner, false)]),
            Type::Object(id) => {
                let ident = ident_type(&self.type_ident(*id));
                match owner {
                    Some(o) if direct && self.cycles.same(*id, o) => global(&["std", "boxed", "Box"], vec![ident]),
                    _ => ident,
                }
            }
            Type::Enum(id) => ident_type(&self.type_ident(*id)),
            Type::Token { underlying, .. } => self.rust_type(underlying, owner, direct),
            Type::Resource(_) | Type::Provider => reference(),
            Type::Union(u) => {
                let mut alternatives: Vec<syn::Type> = Vec::new();
                for element in &u.elements {
                    let alternative = self.rust_type(element, owner, direct);
                    if !alternatives.contains(&alternative) {
                        alternatives.push(alternative);
                    }
                }
                one_of(alternatives)
            }
        }
    }
}

/// `::std::string::String`.
pub(crate) fn string_type() -> syn::Type {
    path_type(global_path(&["std", "string", "String"], Vec::new()))
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
fn one_of(mut alternatives: Vec<syn::Type>) -> syn::Type {
    match alternatives.len() {
        0 => path_type(global_path(&["schemagen_runtime", "__private", "serde_json", "Value"], Vec::new())),
        1 => alternatives.remove(0),
        len => {
            let rest = alternatives.split_off(len.min(WIDEST_ONE_OF) - 1);
            let name = format!("OneOf{}", alternatives.len() + 1);
            alternatives.push(one_of(rest));
            path_type(global_path(&["schemagen_runtime", &name], alternatives))
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
