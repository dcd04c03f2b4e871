//! What `#[derive(PulumiResource)]` expands to, given the loaded schema: the same items the SDK
//! writes for the resource, plus — for a struct that declares its own fields — a check of those
//! fields against the resource's inputs.

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use schemagen_schema::{Package, Resource};
use syn::ext::IdentExt;
use syn::spanned::Spanned;

use super::items::{fields, resource_items, resource_types, type_items, ResourceIdents};
use super::resources;
use crate::names::rust::TypeNames;
use super::types::TypeContext;

/// The resource `token` names, or a message naming the closest tokens the schema has.
pub fn find_resource<'p>(pkg: &'p Package, token: &str) -> Result<&'p Resource, String> {
    // The provider first, as `resources` lists it; the others through the model's index.
    let provider = pkg.provider.as_ref().filter(|p| p.token.full == token);
    if let Some(r) = provider.or_else(|| pkg.resource_by_token(token).map(|id| pkg.resource(id))) {
        return Ok(r);
    }
    let tokens: Vec<&str> = resources(pkg).map(|r| r.token.full.as_str()).collect();
    let mut message = format!("the schema of package `{}` has no resource `{token}`", pkg.name);
    match closest(token, &tokens).as_slice() {
        [] => message.push_str(" (it declares no resources)"),
        near => message.push_str(&format!("; {}", closest_note("resource", near))),
    }
    Err(message)
}

/// What `#[derive(PulumiResource)]` expands to for `input`, once the macro has read the
/// attribute's `token` and loaded the schema: every error at its span (an unknown token at the
/// attribute's string), else the resource's items, its types and the check of declared fields.
pub fn derive_expansion(pkg: &Package, token: &syn::LitStr, input: &syn::DeriveInput) -> Result<TokenStream, Vec<syn::Error>> {
    let res = find_resource(pkg, &token.value()).map_err(|message| vec![syn::Error::new(token.span(), message)])?;
    derive_items(pkg, res, input)
}

/// The whole expansion for `input` deriving the resource `res` (errors at the offending spans).
fn derive_items(pkg: &Package, res: &Resource, input: &syn::DeriveInput) -> Result<TokenStream, Vec<syn::Error>> {
    let names = TypeNames::new(pkg);
    let cx = TypeContext::new(pkg, &names);
    let mut errors = Vec::new();
    if !input.generics.params.is_empty() {
        errors.push(syn::Error::new(input.generics.span(), "PulumiResource cannot derive for a generic struct: a resource type has no parameters"));
    }
    let check = match &input.data {
        syn::Data::Struct(s) => match &s.fields {
            syn::Fields::Unit => Ok(TokenStream::new()),
            syn::Fields::Named(named) => check_fields(&cx, res, input, named),
            syn::Fields::Unnamed(f) => Err(vec![syn::Error::new(
                f.span(),
                "PulumiResource needs a unit struct (`struct Name;`) or named fields that are the resource's inputs",
            )]),
        },
        _ => Err(vec![syn::Error::new(input.ident.span(), "PulumiResource derives only for structs")]),
    };
    let check = match check {
        Ok(tokens) => tokens,
        Err(e) => {
            errors.extend(e);
            TokenStream::new()
        }
    };
    if !errors.is_empty() {
        return Err(errors);
    }
    let items = resource_items(&cx, res, &input.ident);
    let types = type_items(&cx, &resource_types(&cx, res));
    Ok(quote!(#items #types #check))
}

/// Each declared field must be an input of the resource, and every required input must be
/// declared. The `From` conversion into `…Args` that comes out of it is also the type check:
/// each field is moved into the `…Args` field of the schema's type, so a wrong type is a
/// mismatched-types error at the field.
fn check_fields(
    cx: &TypeContext<'_>,
    res: &Resource,
    input: &syn::DeriveInput,
    named: &syn::FieldsNamed,
) -> Result<TokenStream, Vec<syn::Error>> {
    let expected = fields(cx, &res.input_properties, None, false);
    let mut errors = Vec::new();
    let mut inits = Vec::new();
    let declared: Vec<String> = named.named.iter().filter_map(|f| f.ident.as_ref()).map(|i| i.unraw().to_string()).collect();
    for field in &named.named {
        let Some(ident) = &field.ident else { continue };
        match expected.iter().find(|e| e.ident == ident.unraw()) {
            Some(e) => {
                let (target, expected_ty) = (&e.ident, e.full_type());
                // Everything spanned at the declared type, so a mismatch is reported there.
                let span = field.ty.span();
                let mut source = ident.clone();
                source.set_span(span);
                inits.push(quote_spanned!(span=>
                    #target: <_ as ::schemagen_runtime::__private::FieldType<#expected_ty>>::into_field(value.#source)
                ));
            }
            None => {
                let candidates: Vec<String> = expected.iter().map(|e| e.ident.to_string()).collect();
                let candidates: Vec<&str> = candidates.iter().map(String::as_str).collect();
                let mut message = format!("`{}` is not an input property of `{}`", ident.unraw(), res.token.full);
                match closest(&ident.unraw().to_string(), &candidates).as_slice() {
                    [] => message.push_str(" (it has no inputs)"),
                    near => message.push_str(&format!("; {}", closest_note("input", near))),
                }
                errors.push(syn::Error::new(ident.span(), message));
            }
        }
    }
    for e in &expected {
        if declared.contains(&e.ident.to_string()) {
            continue;
        }
        if e.optional {
            let target = &e.ident;
            inits.push(quote!(#target: ::std::option::Option::None));
        } else {
            errors.push(syn::Error::new(
                input.ident.span(),
                format!("missing the required input `{}`: declare a field `{}` of type `{}`", e.prop.name, e.ident, pretty_type(&e.full_type())),
            ));
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let ResourceIdents { name, args, .. } = ResourceIdents::new(&input.ident);
    Ok(quote! {
        impl ::std::convert::From<#name> for #args {
            fn from(value: #name) -> Self {
                #args { #(#inits),* }
            }
        }
    })
}

/// A type as a user would write it: `Option<String>` rather than `::std::option::Option<…>`.
fn pretty_type(ty: &TokenStream) -> String {
    const PATHS: [&str; 6] =
        ["::std::option::", "::std::string::", "::std::vec::", "::std::collections::", "::std::boxed::", "::schemagen_runtime::__private::"];
    let text = ty.to_string().replace(' ', "");
    PATHS.iter().fold(text, |t, prefix| t.replace(prefix, "")).replace(',', ", ")
}

/// Up to three of `candidates`, most similar to `name` first (ties in candidate order).
fn closest<'a>(name: &str, candidates: &[&'a str]) -> Vec<&'a str> {
    let mut scored: Vec<(f64, usize, &str)> = candidates
        .iter()
        .enumerate()
        .map(|(i, c)| (strsim::jaro_winkler(&name.to_lowercase(), &c.to_lowercase()), i, *c))
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    scored.into_iter().take(3).map(|(_, _, c)| c).collect()
}

/// "the closest resource is `a`" or "the closest resources are `a`, `b`, `c`".
fn closest_note(what: &str, names: &[&str]) -> String {
    let list = names.iter().map(|n| format!("`{n}`")).collect::<Vec<_>>().join(", ");
    match names.len() {
        1 => format!("the closest {what} is {list}"),
        _ => format!("the closest {what}s are {list}"),
    }
}
