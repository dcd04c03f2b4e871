//! The `#[pulumi(schema = "…", token = "…")]` attribute (`function = "…"` for a function). Every problem is recorded and parsing
//! goes on, so one compile reports all of them.

use syn::{LitStr, Token};

const PULUMI: &str = "pulumi";
const SCHEMA: &str = "schema";
const TOKEN: &str = "token";
const FUNCTION: &str = "function";

/// The attribute's values; `None` where a key was missing or invalid (already reported).
pub struct Attrs {
    pub schema: Option<LitStr>,
    pub token: Option<LitStr>,
    pub function: Option<LitStr>,
}

pub fn parse(input: &syn::DeriveInput, errors: &mut Vec<syn::Error>) -> Attrs {
    let mut attrs = Attrs { schema: None, token: None, function: None };
    let mut seen_attr = false;
    // A key that was written (even with a bad value, already reported) is not "missing"; and
    // after a syntax error the rest of that attribute is unread, so nothing can be called missing.
    let (mut wrote_schema, mut wrote_token, mut unreadable) = (false, false, false);
    let mut wrote_function = false;
    for attr in input.attrs.iter().filter(|a| a.path().is_ident(PULUMI)) {
        seen_attr = true;
        let result = attr.parse_nested_meta(|meta| {
            let slot = if meta.path.is_ident(SCHEMA) {
                wrote_schema = true;
                &mut attrs.schema
            } else if meta.path.is_ident(TOKEN) {
                wrote_token = true;
                &mut attrs.token
            } else if meta.path.is_ident(FUNCTION) {
                wrote_function = true;
                &mut attrs.function
            } else {
                let key = meta.path.get_ident().map_or_else(|| "?".to_string(), ToString::to_string);
                errors.push(meta.error(format!("unknown pulumi attribute `{key}`; expected `{SCHEMA}`, `{TOKEN}` or `{FUNCTION}`")));
                // Skip its value so the keys after it are still read.
                if meta.input.peek(Token![=]) {
                    let _: syn::Expr = meta.value()?.parse()?;
                }
                return Ok(());
            };
            let value: LitStr = meta.value()?.parse()?;
            if slot.is_some() {
                let key = meta.path.get_ident().map(ToString::to_string).unwrap_or_default();
                errors.push(syn::Error::new(value.span(), format!("duplicate pulumi attribute `{key}`")));
            } else {
                *slot = Some(value);
            }
            Ok(())
        });
        if let Err(e) = result {
            unreadable = true;
            errors.push(e);
        }
    }
    let missing = |key: &str| {
        syn::Error::new(
            input.ident.span(),
            format!("missing `{key} = \"…\"` in #[pulumi(schema = \"path/to/schema.json\", token = \"pkg:module:Name\")]"),
        )
    };
    if !seen_attr {
        errors.push(syn::Error::new(
            input.ident.span(),
            "PulumiResource needs #[pulumi(schema = \"path/to/schema.json\", token = \"pkg:module:Name\")]",
        ));
    } else if !unreadable {
        if !wrote_schema {
            errors.push(missing(SCHEMA));
        }
        if !wrote_token && !wrote_function {
            errors.push(missing(TOKEN));
        }
    }
    if let (Some(_), Some(function)) = (&attrs.token, &attrs.function) {
        errors.push(syn::Error::new(
            function.span(),
            "give `token = \"…\"` for a resource or `function = \"…\"` for a function, not both",
        ));
        attrs.function = None;
    }
    attrs
}
