//! Which object types have defaults to apply: a property with a schema `default` or
//! `defaultInfo` environment variables, directly or through a property whose type is an object
//! type that has them. SDKs that apply defaults on the client (a `Defaults()` method, a
//! `…ProvideDefaults` helper) write those only for these types.

use std::collections::{BTreeMap, HashSet};

use schemagen_schema::{Package, Type, TypeDef, TypeId};

/// The object types with defaults, found backwards from those with a default property of
/// their own (once per type, whatever the cycles).
pub fn types_with_defaults(pkg: &Package) -> HashSet<TypeId> {
    let mut holders: BTreeMap<TypeId, Vec<TypeId>> = BTreeMap::new();
    let mut stack = Vec::new();
    for (i, t) in pkg.types.iter().enumerate() {
        if let TypeDef::Object(o) = t {
            for p in &o.properties {
                if super::fallback(p).is_some() {
                    stack.push(TypeId(i));
                }
                if let Type::Object(id) = &p.ty {
                    holders.entry(*id).or_default().push(TypeId(i));
                }
            }
        }
    }
    let mut found = HashSet::new();
    while let Some(id) = stack.pop() {
        if found.insert(id) {
            stack.extend(holders.get(&id).into_iter().flatten().copied());
        }
    }
    found
}
