//! Types of other packages that a schema references (`/other/v0.1.0/schema.json#/types/…`).
//!
//! When `--deps` loaded the other package, the SDK types such a reference: the object and enum
//! types it names, and every type those reach, are written into a module of their own inside
//! the types module (`types::other::Config`), named by that package's own type names. The crate
//! then needs no second generated crate to build, and the values serialise exactly as that
//! package's schema describes them. References to other packages' resources are resource
//! references, like this package's own. A reference that `--deps` did not resolve stays JSON.

use schemagen_schema::{Package, TypeId};

use super::syntax::{ident, local_path, path_type};
use crate::names::ident::Scope;
use crate::names::rust::{snake, TypeNames};

/// One referenced package: its module and the types written into it.
pub(crate) struct ExternalPackage<'p> {
    pub(crate) pkg: &'p Package,
    pub(crate) module: String,
    pub(crate) names: TypeNames,
    /// In schema order.
    pub(crate) types: Vec<TypeId>,
}

/// The referenced packages of one SDK, and the path of the types module that holds them.
pub(crate) struct Externals<'p> {
    types_module: String,
    pub(crate) packages: Vec<ExternalPackage<'p>>,
}

impl<'p> Externals<'p> {
    /// The types of `pkg`'s loaded dependencies that `pkg` (or a dependency) references, with
    /// module names that `taken` (the names already in the types module) does not hold.
    pub(crate) fn new(pkg: &'p Package, types_module: &str, taken: &[String]) -> Self {
        let reached = super::external_reach::reached_types(pkg);
        let found: Vec<(&'p Package, Vec<TypeId>)> = reached
            .into_iter()
            .filter_map(|(name, ids)| Some((pkg.dependency(&name)?, ids.into_iter().collect())))
            .collect();
        let modules = Scope::numbered(taken.iter().map(String::as_str)).claim_each(found.iter().map(|(p, _)| snake(&p.name)));
        let packages = found
            .into_iter()
            .zip(modules)
            .map(|((dep, types), module)| ExternalPackage {
                pkg: dep,
                module,
                names: TypeNames::new(dep),
                types,
            })
            .collect();
        Externals { types_module: types_module.to_string(), packages }
    }

    /// The path of an external object or enum type, when its package's types are written here.
    pub(crate) fn type_path(&self, package: &str, id: TypeId) -> Option<syn::Type> {
        let dep = self.packages.iter().find(|p| p.pkg.name == package)?;
        if dep.types.binary_search(&id).is_err() {
            return None;
        }
        let path = [ident("crate"), ident(&self.types_module), ident(&dep.module), ident(dep.names.get(id))];
        Some(path_type(local_path(path)))
    }
}
