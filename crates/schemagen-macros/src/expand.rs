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
        if path.is_file() {
            // Makes the schema an input of this crate: editing it rebuilds the crate (the
            // stable-Rust way to track a file a proc macro reads).
            let abs = path.to_string_lossy().into_owned();
            output.extend(quote!(const _: &[u8] = ::std::include_bytes!(#abs);));
        }
        match schema::load(&path, &lit.value()) {
            Ok(pkg) => {
                if let Some(token) = &attrs.token {
                    match schemagen_engine::rust::find_resource(&pkg, &token.value()) {
                        Ok(res) => match schemagen_engine::rust::derive_items(&pkg, res, input) {
                            Ok(items) => output.extend(items),
                            Err(e) => errors.extend(e),
                        },
                        Err(message) => errors.push(syn::Error::new(token.span(), message)),
                    }
                }
            }
            Err(message) => errors.push(syn::Error::new(lit.span(), message)),
        }
    }
    for e in errors {
        output.extend(e.into_compile_error());
    }
    output
}
