//! The Python naming table of one package: its resources' classes and its enums' classes and
//! members, named once by the rules of the parent module, for the Python SDK to look up.

use std::collections::HashMap;

use schemagen_schema::{EnumType, Package, TypeDef, TypeId};

use super::{enum_member_name, py_class_name};
use crate::names::ident::{enum_value_name, Scope};

/// An enum's class and its members' names, in schema order: two values whose names fold to
/// one member stay distinct.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EnumNames {
    pub class: String,
    pub members: Vec<String>,
}

impl EnumNames {
    fn of(e: &EnumType) -> Self {
        let mut scope = Scope::new([]);
        let members = e
            .values
            .iter()
            .map(|v| scope.claim(&enum_member_name(&enum_value_name(v), &e.token.name)))
            .collect();
        EnumNames { class: py_class_name(&e.token.name), members }
    }
}

/// The Python names of one package ([`PyNames::new`]).
#[derive(Debug, Clone, Default)]
pub struct PyNames {
    /// Resources' classes, by token.
    resources: HashMap<String, String>,
    enums: HashMap<TypeId, EnumNames>,
}

impl PyNames {
    pub fn new(pkg: &Package) -> Self {
        let resources = pkg.resources.iter().map(|r| (r.token.full.clone(), resource_class(&r.token.name, r.is_provider))).collect();
        let enums = pkg
            .types
            .iter()
            .enumerate()
            .filter_map(|(i, t)| match t {
                TypeDef::Enum(e) => Some((TypeId(i), EnumNames::of(e))),
                TypeDef::Object(_) => None,
            })
            .collect();
        PyNames { resources, enums }
    }

    /// The class of a resource (`Provider` for the provider): the table's, or for a token
    /// the package lacks, the same rule's.
    pub fn resource_class(&self, token: &str, token_name: &str, is_provider: bool) -> String {
        if is_provider {
            return resource_class(token_name, true);
        }
        self.resources.get(token).cloned().unwrap_or_else(|| resource_class(token_name, false))
    }

    pub fn enumeration(&self, id: TypeId) -> Option<&EnumNames> {
        self.enums.get(&id)
    }
}

/// A resource's class: `Provider` for the provider, else its token's name made a class name.
fn resource_class(token_name: &str, is_provider: bool) -> String {
    if is_provider {
        "Provider".into()
    } else {
        py_class_name(token_name)
    }
}
