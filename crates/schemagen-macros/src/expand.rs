//! Attribute → schema → engine, collecting every error on the way.

use proc_macro2::TokenStream;
use quote::quote;

use crate::{attr, schema};

pub fn expand(input: &syn::DeriveInput) -> TokenStream {
    let mut errors = Vec::new();
    let attrs = attr::parse(input, &mut errors);
    let mut output = TokenStream::new();
    if let Some(lit) = &attrs.schema {
        let path = schema::resolve(&lit.value());
        if schema::trackable(&path) {
            // Makes the schema an input of this crate: editing it rebuilds the crate (the
            // stable-Rust way to track a file a proc macro reads).
            let abs = path.to_string_lossy().into_owned();
            output.extend(quote!(const _: &[u8] = ::std::include_bytes!(#abs);));
        }
        match schema::load(&path, &lit.value()) {
            Ok(pkg) => {
                let expansion = match (&attrs.token, &attrs.function) {
                    (Some(token), _) => Some(schemagen_engine::rust::derive_expansion(&pkg, token, input)),
                    (None, Some(function)) => Some(schemagen_engine::rust::derive_function_expansion(&pkg, function, input)),
                    (None, None) => None,
                };
                if let Some(e) = expansion {
                    output.extend(e.items);
                    errors.extend(e.errors);
                }
            }
            Err(message) => {
                errors.push(syn::Error::new(lit.span(), message));
                output.extend(placeholders(input, &attrs));
            }
        }
    }
    for e in errors {
        output.extend(e.into_compile_error());
    }
    output
}

/// The items a derive whose schema could not be read still defines, for the token it was
/// given, so that the schema's error is the only one.
fn placeholders(input: &syn::DeriveInput, attrs: &attr::Attrs) -> TokenStream {
    if !input.generics.params.is_empty() {
        return TokenStream::new();
    }
    match (&attrs.token, &attrs.function) {
        (Some(token), _) => schemagen_engine::rust::placeholder_items(&input.ident, &token.value(), false),
        (None, Some(function)) => schemagen_engine::rust::placeholder_items(&input.ident, &function.value(), true),
        (None, None) => TokenStream::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use schemagen_engine::rust::{resource_items, resource_types, type_items, TypeContext, TypeNames};

    /// The derive's expansion is the file-tracking constant followed by exactly the engine's
    /// `resource_items` and `type_items`, the functions the SDK writes each resource with
    /// (crates/schemagen-engine/tests/rust_one_engine.rs holds the SDK to the same items).
    #[test]
    fn the_derive_expands_to_the_engine_items() {
        let token = "aws:apigateway/integrationResponse:IntegrationResponse";
        let input: syn::DeriveInput = syn::parse_quote! {
            #[pulumi(schema = "../../schema/aws.json", token = #token)]
            pub struct IntegrationResponse;
        };
        let expanded: syn::File = syn::parse2(expand(&input)).expect("the expansion parses");
        assert!(matches!(&expanded.items[0], syn::Item::Const(c) if quote!(#c).to_string().contains("include_bytes")));

        let pkg = schema::load(&schema::resolve("../../schema/aws.json"), "aws.json").unwrap();
        let names = TypeNames::new(&pkg);
        let cx = TypeContext::new(&pkg, &names);
        let res = schemagen_engine::rust::find_resource(&pkg, token).unwrap();
        let items = resource_items(&cx, res, &input.ident);
        let types = type_items(&cx, &resource_types(&cx, res));
        let engine: syn::File = syn::parse2(quote!(#items #types)).unwrap();
        let derived = syn::File { items: expanded.items[1..].to_vec(), ..expanded };
        assert_eq!(prettyplease::unparse(&derived), prettyplease::unparse(&engine));
    }
}
