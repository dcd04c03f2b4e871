//! Which types of other packages a package's SDK needs: those its properties name, followed
//! through the types they reach.

use std::collections::{BTreeMap, BTreeSet};

use schemagen_schema::{ExternalTarget, FunctionOutputs, Package, Property, Type, TypeDef, TypeId};

use super::types::referenced_types;

/// Package name → the types of it that are referenced, followed through the types they reach.
/// A dependency's own external references are not followed: the type ids in them belong to the
/// packages that dependency loaded, which need not be the ones loaded here; they stay JSON.
pub(crate) fn reached_types(pkg: &Package) -> BTreeMap<String, BTreeSet<TypeId>> {
    let mut reached: BTreeMap<String, BTreeSet<TypeId>> = BTreeMap::new();
    let mut pending: Vec<(String, TypeId)> = Vec::new();
    for ty in package_types(pkg) {
        external_targets(ty, &mut pending);
    }
    while let Some((package, id)) = pending.pop() {
        let Some(dep) = pkg.dependency(&package) else { continue };
        if id.0 >= dep.types.len() || !reached.entry(package.clone()).or_default().insert(id) {
            continue;
        }
        if let TypeDef::Object(o) = dep.type_def(id) {
            for p in &o.properties {
                let mut local = Vec::new();
                referenced_types(&p.ty, &mut local);
                pending.extend(local.into_iter().map(|t| (package.clone(), t)));
            }
        }
    }
    reached
}

/// The external object and enum types `ty` names directly (through arrays, maps, unions).
fn external_targets(ty: &Type, out: &mut Vec<(String, TypeId)>) {
    match ty {
        Type::External(e) => match e.resolved {
            Some(ExternalTarget::Object(id) | ExternalTarget::Enum(id)) => out.push((e.package.clone(), id)),
            _ => {}
        },
        Type::Array(t) | Type::Map(t) => external_targets(t, out),
        Type::Token { underlying, .. } => external_targets(underlying, out),
        Type::Union(u) => u.elements.iter().for_each(|e| external_targets(e, out)),
        _ => {}
    }
}

/// Every property type the SDK of `pkg` writes: resources (the provider among them), functions
/// and methods, and the package's own object types.
fn package_types(pkg: &Package) -> impl Iterator<Item = &Type> {
    let resources = pkg.provider.iter().chain(&pkg.resources).flat_map(|r| {
        r.input_properties.iter().chain(&r.properties).chain(r.state_inputs.iter().flat_map(|s| &s.properties))
    });
    let functions = pkg.functions.iter().flat_map(|f| {
        let outputs: Box<dyn Iterator<Item = &Type>> = match &f.outputs {
            FunctionOutputs::None => Box::new(std::iter::empty()),
            FunctionOutputs::Object(o) => Box::new(o.properties.iter().map(|p| &p.ty)),
            FunctionOutputs::Type { ty, .. } => Box::new(std::iter::once(ty)),
        };
        f.inputs.iter().flat_map(|i| &i.properties).map(|p: &Property| &p.ty).chain(outputs)
    });
    let types = pkg.types.iter().flat_map(|t| match t {
        TypeDef::Object(o) => o.properties.as_slice(),
        TypeDef::Enum(_) => &[],
    });
    resources.chain(types).map(|p| &p.ty).chain(functions)
}
