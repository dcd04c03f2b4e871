//! The Rust name of every schema type in a package, unique across the package, so that types
//! from different modules can share one flat namespace (the derive puts them next to the struct,
//! the SDK in one `types` module).

use std::collections::BTreeSet;

use schemagen_schema::{Package, TypeId};

use crate::names::rust::{dedupe, pascal};

/// Suffixes of the items generated for every resource; a type must not take one of these names.
pub const RESOURCE_SUFFIXES: [&str; 4] = ["", "Args", "State", "Outputs"];

/// Prelude names a type must not take: the derive puts types into the user's module, where a
/// type called `Option` would change what the user's own `Option<T>` means.
const PRELUDE: [&str; 36] = [
    "AsMut", "AsRef", "Box", "Clone", "Copy", "Debug", "Default", "DoubleEndedIterator", "Drop", "Eq",
    "Err", "ExactSizeIterator", "Extend", "Fn", "FnMut", "FnOnce", "From", "FromIterator", "Into",
    "IntoIterator", "Iterator", "None", "Ok", "Option", "Ord", "PartialEq", "PartialOrd", "Result",
    "Send", "Sized", "Some", "String", "Sync", "ToOwned", "ToString", "Vec",
];

#[derive(Debug, Clone)]
pub struct TypeNames {
    names: Vec<String>,
}

impl TypeNames {
    pub fn new(pkg: &Package) -> Self {
        let resource_names: Vec<String> = resources(pkg)
            .flat_map(|r| {
                let base = pascal(&r.token.name);
                RESOURCE_SUFFIXES.iter().map(move |s| format!("{base}{s}"))
            })
            .collect();
        // Two types named alike in different modules keep distinct names by taking their
        // module as a prefix; only what still collides after that gets a number.
        let plain: Vec<String> = pkg.types.iter().map(|t| pascal(&t.token().name)).collect();
        let mut seen = BTreeSet::new();
        let clashing: BTreeSet<String> = plain
            .iter()
            .filter(|n| !seen.insert(n.to_lowercase()) || resource_names.contains(n))
            .map(|n| n.to_lowercase())
            .collect();
        let wanted = pkg
            .types
            .iter()
            .zip(&plain)
            .map(|(t, n)| {
                if clashing.contains(&n.to_lowercase()) {
                    pascal(&format!("{} {}", t.token().module.replace('/', " "), t.token().name))
                } else {
                    n.clone()
                }
            })
            .map(|n| if PRELUDE.contains(&n.as_str()) { n + "Type" } else { n })
            .collect();
        TypeNames { names: dedupe(wanted, &resource_names) }
    }

    pub fn get(&self, id: TypeId) -> &str {
        &self.names[id.0]
    }
}

/// Every resource of the package, the provider first when it has one.
pub fn resources(pkg: &Package) -> impl Iterator<Item = &schemagen_schema::Resource> {
    pkg.provider.iter().chain(pkg.resources.iter())
}
