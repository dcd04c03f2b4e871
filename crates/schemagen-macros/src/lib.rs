//! `#[derive(PulumiResource)]`. This crate only reads the `#[pulumi(…)]` attribute and the schema
//! file; what the derive expands to is decided by `schemagen_engine::rust`, the same code that
//! writes `schemagen sdk --lang rust`. Use it through the `schemagen-runtime` crate.

mod attr;
mod expand;
mod schema;

use proc_macro::TokenStream;

/// Typed inputs, state and outputs for one resource of a Pulumi package schema.
///
/// `#[pulumi(schema = "path/to/schema.json", token = "pkg:module:Name")]`; the path is relative
/// to the using crate's `CARGO_MANIFEST_DIR`. See the `schemagen-runtime` crate for what it generates.
#[proc_macro_derive(PulumiResource, attributes(pulumi))]
pub fn derive_pulumi_resource(input: TokenStream) -> TokenStream {
    let input = syn::parse_macro_input!(input as syn::DeriveInput);
    expand::expand(&input).into()
}
