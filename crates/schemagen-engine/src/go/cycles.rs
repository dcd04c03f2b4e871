//! References between the SDK's own Go packages that would close an import cycle. Go refuses a
//! cycle of imports, which types referring to each other across modules soon make (Pulumi's
//! own Go generator writes them, and the module does not build). Inside each set of packages
//! that reach each other, a reference is kept typed only where it points to a package that
//! sorts before its own (the root package first); the others name nothing (Go's untyped value,
//! as for a type there is nothing to name), so the packages' imports form no cycle, and the
//! same schema always breaks the same references.

use std::collections::{BTreeMap, BTreeSet, HashSet};

use schemagen_schema::{FunctionOutputs, Package, Property, Type};

use crate::model::{ModuleContents, ModuleTree};

use super::layout::Layout;

/// The references left untyped: (the package referring, the package referred to), by key.
pub(crate) type Broken = HashSet<(String, String)>;

/// The references between the packages of `tree` that are left untyped.
pub(crate) fn broken(pkg: &Package, layout: &Layout, model: &crate::model::Model, tree: &ModuleTree<ModuleContents>) -> Broken {
    let mut refs: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (key, node) in tree.iter() {
        let out = refs.entry(key.clone()).or_default();
        let c = &node.contents;
        let mut props: Vec<&Property> = Vec::new();
        for r in &c.resources {
            let res = model.resource(*r);
            props.extend(res.properties.iter().chain(&res.input_properties));
            props.extend(res.state_inputs.iter().flat_map(|s| &s.properties));
            for m in &res.methods {
                props.extend(function_properties(pkg, m.function));
            }
        }
        for f in &c.functions {
            props.extend(function_properties(pkg, *f));
        }
        for t in &c.types {
            if let schemagen_schema::TypeDef::Object(o) = pkg.type_def(*t) {
                props.extend(&o.properties);
            }
        }
        for p in props {
            packages_of(pkg, layout, &p.ty, out);
        }
        let function_types = c.functions.iter().filter_map(|f| match &pkg.function(*f).outputs {
            FunctionOutputs::Type { ty, .. } => Some(ty),
            _ => None,
        });
        for ty in function_types {
            packages_of(pkg, layout, ty, out);
        }
        out.remove(key);
    }
    let keys: Vec<&String> = refs.keys().collect();
    let index = |k: &str| keys.binary_search_by(|x| x.as_str().cmp(k)).ok();
    let mut edges = vec![Vec::new(); keys.len()];
    let mut reverse = vec![Vec::new(); keys.len()];
    for (from, tos) in refs.values().enumerate() {
        for to in tos.iter().filter_map(|t| index(t)) {
            edges[from].push(to);
            reverse[to].push(from);
        }
    }
    let component = crate::graph::components(&edges, &reverse);
    let mut broken = Broken::new();
    for (from, tos) in edges.iter().enumerate() {
        // Keys are sorted: a reference to a later package of the same component is broken.
        for &to in tos.iter().filter(|&&to| component[to] == component[from] && to > from) {
            broken.insert((keys[from].clone(), keys[to].clone()));
        }
    }
    broken
}

/// The properties of a function's args and object result.
fn function_properties(pkg: &Package, f: schemagen_schema::FunctionId) -> impl Iterator<Item = &Property> {
    let f = pkg.function(f);
    let result = match &f.outputs {
        FunctionOutputs::Object(o) => o.properties.as_slice(),
        _ => &[],
    };
    f.inputs.iter().flat_map(|i| &i.properties).chain(result)
}

/// The packages of the SDK's own named types in `ty`.
fn packages_of(pkg: &Package, layout: &Layout, ty: &Type, out: &mut BTreeSet<String>) {
    match ty {
        Type::Object(id) | Type::Enum(id) => {
            out.insert(layout.key_of_module(&pkg.type_def(*id).token().module));
        }
        Type::Resource(id) => {
            out.insert(layout.key_of_module(&pkg.resource(*id).token.module));
        }
        Type::Provider => {
            out.insert(String::new());
        }
        Type::Array(e) | Type::Map(e) => packages_of(pkg, layout, e, out),
        Type::Token { underlying, .. } => packages_of(pkg, layout, underlying, out),
        Type::Union(u) => u.elements.iter().chain(u.declared.as_deref()).for_each(|e| packages_of(pkg, layout, e, out)),
        _ => {}
    }
}
