//! What `#[derive(PulumiResource)]` expands to, given the loaded schema: the same items the SDK
//! writes for the resource, plus — for a struct that declares its own fields — a check of those
//! fields against the resource's inputs.

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned, ToTokens};
use schemagen_schema::{Function, Package, Resource};
use syn::ext::IdentExt;
use syn::spanned::Spanned;

use super::items::{fields, Side, function_items, function_types, placeholder_items, resource_items, resource_types, type_items, ResourceIdents};
use super::resources;
use crate::names::rust::TypeNames;
use super::types::TypeContext;

/// The resource `token` names, or a message naming the closest tokens the schema has (or
/// saying to derive a function when `token` names one).
pub fn find_resource<'p>(pkg: &'p Package, token: &str) -> Result<&'p Resource, String> {
    // The provider first, as `resources` lists it; the others through the model's index.
    let provider = pkg.provider.as_ref().filter(|p| p.token.full == token);
    if let Some(r) = provider.or_else(|| pkg.resource_by_token(token).map(|id| pkg.resource(id))) {
        return Ok(r);
    }
    if pkg.function_by_token(token).is_some() {
        return Err(format!("`{token}` is a function of package `{}`, not a resource: write `function = \"{token}\"` instead of `token = …`", pkg.name));
    }
    let tokens: Vec<&str> = resources(pkg).map(|r| r.token.full.as_str()).collect();
    Err(not_found(pkg, "resource", token, &tokens))
}

/// The function `token` names, or a message naming the closest function tokens (or saying to
/// derive a resource when `token` names one).
pub fn find_function<'p>(pkg: &'p Package, token: &str) -> Result<&'p Function, String> {
    if let Some(id) = pkg.function_by_token(token) {
        return Ok(&pkg.functions[id.0]);
    }
    if resources(pkg).any(|r| r.token.full == token) {
        return Err(format!("`{token}` is a resource of package `{}`, not a function: write `token = \"{token}\"` instead of `function = …`", pkg.name));
    }
    let tokens: Vec<&str> = pkg.functions.iter().map(|f| f.token.full.as_str()).collect();
    Err(not_found(pkg, "function", token, &tokens))
}

fn not_found(pkg: &Package, what: &str, token: &str, tokens: &[&str]) -> String {
    let mut message = format!("the schema of package `{}` has no {what} `{token}`", pkg.name);
    match closest(token, tokens).as_slice() {
        [] => message.push_str(&format!(" (it declares no {what}s)")),
        near => message.push_str(&format!("; {}", closest_note(what, near))),
    }
    message
}

/// What the derive expands to, and the errors it reports at their spans. The items are always
/// there: when the resource or function cannot be found, empty ones ([`placeholder_items`]),
/// so that a user sees the one error and not a second wave about missing `…Args`.
pub struct Expansion {
    pub items: TokenStream,
    pub errors: Vec<syn::Error>,
}

/// What `#[derive(PulumiResource)]` expands to for `input`, once the macro has read the
/// attribute's `token` and loaded the schema: the resource's items, its types and the check of
/// declared fields, with every error at its span (an unknown token at the attribute's string).
pub fn derive_expansion(pkg: &Package, token: &syn::LitStr, input: &syn::DeriveInput) -> Expansion {
    match find_resource(pkg, &token.value()) {
        Ok(res) => derive_items(pkg, res, input),
        Err(message) => failed(input, token, false, message),
    }
}

/// The expansion of `#[pulumi(schema = …, function = "…")]`: the function's `…Args`, `…Result`,
/// the types they use and its `Function` impl. A function takes no fields of its own.
pub fn derive_function_expansion(pkg: &Package, token: &syn::LitStr, input: &syn::DeriveInput) -> Expansion {
    let f = match find_function(pkg, &token.value()) {
        Ok(f) => f,
        Err(message) => return failed(input, token, true, message),
    };
    let names = TypeNames::new(pkg);
    let cx = TypeContext::new(pkg, &names);
    let mut errors = shape_errors(input);
    if !input.generics.params.is_empty() {
        // Items for `Name` without its parameters would only add errors.
        return Expansion { items: TokenStream::new(), errors };
    }
    if matches!(&input.data, syn::Data::Struct(s) if !matches!(s.fields, syn::Fields::Unit)) {
        errors.push(syn::Error::new(input.ident.span(), "a function derives for a unit struct (`struct Name;`); its arguments are `…Args`"));
    }
    let items = function_items(&cx, f, &input.ident);
    let types = type_items(&cx, &function_types(&cx, f));
    Expansion { items: quote!(#items #types), errors }
}

/// The items a derive that failed at its token still defines, and the error.
fn failed(input: &syn::DeriveInput, token: &syn::LitStr, function: bool, message: String) -> Expansion {
    let items = if input.generics.params.is_empty() { placeholder_items(&input.ident, &token.value(), function) } else { TokenStream::new() };
    Expansion { items, errors: vec![syn::Error::new(token.span(), message)] }
}

/// What the derive asks of any input: a struct without generic parameters.
fn shape_errors(input: &syn::DeriveInput) -> Vec<syn::Error> {
    let mut errors = Vec::new();
    if !input.generics.params.is_empty() {
        errors.push(syn::Error::new(input.generics.span(), "PulumiResource cannot derive for a generic struct: a resource type has no parameters"));
    }
    if !matches!(input.data, syn::Data::Struct(_)) {
        errors.push(syn::Error::new(input.ident.span(), "PulumiResource derives only for structs"));
    }
    errors
}

/// The whole expansion for `input` deriving the resource `res` (errors at the offending spans).
/// The resource's items are defined even when the declared fields are wrong.
fn derive_items(pkg: &Package, res: &Resource, input: &syn::DeriveInput) -> Expansion {
    let names = TypeNames::new(pkg);
    let cx = TypeContext::new(pkg, &names);
    let mut errors = shape_errors(input);
    if !input.generics.params.is_empty() {
        return Expansion { items: TokenStream::new(), errors };
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
        _ => Ok(TokenStream::new()),
    };
    let check = match check {
        Ok(tokens) => tokens,
        Err(e) => {
            errors.extend(e);
            TokenStream::new()
        }
    };
    let items = resource_items(&cx, res, &input.ident);
    let types = type_items(&cx, &resource_types(&cx, res));
    Expansion { items: quote!(#items #types #check), errors }
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
    let expected = fields(cx, &res.input_properties, None, Side::Inputs);
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
fn pretty_type(ty: &syn::Type) -> String {
    const PATHS: [&str; 6] =
        ["::std::option::", "::std::string::", "::std::vec::", "::std::collections::", "::std::boxed::", "::schemagen_runtime::__private::"];
    let text = ty.to_token_stream().to_string().replace(' ', "");
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
