//! `schemagen sdk --lang rust` and `#[derive(PulumiResource)]`: one engine.
//!
//! Both front doors call [`resource_items`] (a resource's `…Args`, `…State`, `…Outputs` and its
//! `schemagen_runtime::Resource` impl) and [`type_items`] (the object and enum types). The derive puts
//! both next to the user's struct ([`derive_expansion`]); the SDK writes every resource of the
//! package into modules and the types into one `types` module ([`generate`]).

mod derive;
mod docs;
#[cfg(feature = "rust-sdk")]
mod external_reach;
#[cfg(feature = "rust-sdk")]
mod externals;
mod items;
#[cfg(feature = "rust-sdk")]
mod sdk;
mod syntax;
mod types;

pub use derive::{derive_expansion, derive_function_expansion, find_function, find_resource, Expansion};
pub use items::{function_items, function_types, placeholder_items, resource_items, resource_types, type_items};
pub use crate::names::rust::TypeNames;
#[cfg(feature = "rust-sdk")]
pub use sdk::{generate, generate_into, generate_with, SdkOptions};
pub use types::TypeContext;

/// Every resource of the package, the provider first when the schema declares one (a default
/// provider has nothing to type).
fn resources(pkg: &schemagen_schema::Package) -> impl Iterator<Item = &schemagen_schema::Resource> {
    crate::model::declared_resources(pkg)
}
