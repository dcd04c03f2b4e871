//! Resources whose outputs lead back to themselves: a resource output whose type names a
//! resource (directly, or inside object types) reaches that resource, whose outputs reach
//! further. A type system that lifts an output's value into its properties (TypeScript's
//! `pulumi.Output<T>`) cannot type such an output by its class.

use std::collections::{HashMap, HashSet};

use schemagen_schema::{Package, Resource, Type, TypeDef};

use super::types::{reachable_beyond, Reached};
use super::{Binder, Owner, Ty};

/// The resources (by token) of this package that the outputs of each of its resources reach,
/// through their types and, in turn, those resources' outputs.
#[derive(Debug, Default)]
pub struct OutputCycles {
    reach: HashMap<String, HashSet<String>>,
}

impl OutputCycles {
    pub fn of(pkg: &Package) -> Self {
        // Most packages name no resource in any type: then nothing is searched.
        let names_resource = |props: &[schemagen_schema::Property]| props.iter().any(|p| names_a_resource(&p.ty));
        let objects_do = pkg.types.iter().any(|t| matches!(t, TypeDef::Object(o) if names_resource(&o.properties)));
        let direct: HashMap<String, HashSet<String>> = pkg
            .resources
            .iter()
            .filter(|r| objects_do || names_resource(&r.properties))
            .map(|r| (r.token.full.clone(), outputs_reach(pkg, r)))
            .filter(|(_, reached)| !reached.is_empty())
            .collect();
        let mut reach = HashMap::new();
        for start in direct.keys() {
            let mut seen: HashSet<String> = HashSet::new();
            let mut stack: Vec<&String> = direct[start].iter().collect();
            while let Some(r) = stack.pop() {
                if seen.insert(r.clone()) {
                    stack.extend(direct.get(r).into_iter().flatten());
                }
            }
            reach.insert(start.clone(), seen);
        }
        OutputCycles { reach }
    }

    /// Whether an output of `owner` whose type is `ty` leads back to `owner`.
    pub fn leads_back(&self, pkg: &Package, owner: &str, ty: &Ty) -> bool {
        if !self.reach.get(owner).is_some_and(|r| r.contains(owner)) {
            return false;
        }
        resources_reached(pkg, std::slice::from_ref(ty)).iter().any(|r| r == owner || self.reach.get(r).is_some_and(|s| s.contains(owner)))
    }
}

/// The local resources the types of `r`'s outputs name.
fn outputs_reach(pkg: &Package, r: &Resource) -> HashSet<String> {
    let binder = Binder::new(pkg);
    let types: Vec<Ty> = r.properties.iter().map(|p| binder.property(p, false)).collect();
    resources_reached(pkg, &types)
}

fn resources_reached(pkg: &Package, types: &[Ty]) -> HashSet<String> {
    let mut seen = Reached::new();
    reachable_beyond(pkg, types, &mut seen)
        .into_iter()
        .filter_map(|t| match t {
            Ty::Resource { named, is_provider: false } if named.owner == Owner::Local => Some(named.token),
            _ => None,
        })
        .collect()
}

/// Whether `ty` names a resource of this package, itself or inside arrays, maps and unions.
fn names_a_resource(ty: &Type) -> bool {
    match ty {
        Type::Resource(_) => true,
        Type::Array(t) | Type::Map(t) => names_a_resource(t),
        Type::Union(u) => u.elements.iter().any(names_a_resource),
        _ => false,
    }
}
