//! Doc comments from schema descriptions. Each line becomes its own `#[doc = "…"]` string literal,
//! so no description can close a comment or inject code; fenced blocks that rustdoc would try to
//! compile as doctests are marked `text`, and Hugo shortcode lines are dropped.

use proc_macro2::TokenStream;
use quote::quote;

/// `#[doc]` attributes for `text` (nothing for `None` or blank text).
pub fn doc_attrs(text: Option<&str>) -> TokenStream {
    let Some(text) = text.filter(|t| !t.trim().is_empty()) else {
        return TokenStream::new();
    };
    let lines = doc_lines(text);
    quote! { #( #[doc = #lines] )* }
}

/// A doc paragraph followed by a deprecation note, when there is one.
pub fn doc_with_deprecation(text: Option<&str>, deprecation: Option<&str>) -> TokenStream {
    match deprecation {
        None => doc_attrs(text),
        Some(d) => {
            let combined = match text {
                Some(t) if !t.trim().is_empty() => format!("{}\n\n**Deprecated:** {d}", t.trim_end()),
                _ => format!("**Deprecated:** {d}"),
            };
            doc_attrs(Some(&combined))
        }
    }
}

/// `#![doc]` attributes (crate or module docs) for `text`.
#[cfg(feature = "rust-sdk")]
pub fn inner_doc_attrs(text: &str) -> TokenStream {
    let lines = doc_lines(text);
    quote! { #( #![doc = #lines] )* }
}

fn doc_lines(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut in_fence = false;
    for line in text.trim_end().lines() {
        let trimmed = line.trim_start();
        if is_shortcode(trimmed) {
            continue;
        }
        let line = if let Some(lang) = trimmed.strip_prefix("```") {
            let opening = !in_fence;
            in_fence = !in_fence;
            if opening && (lang.trim().is_empty() || lang.trim().starts_with("rust")) {
                "```text".to_string()
            } else {
                line.to_string()
            }
        } else {
            line.to_string()
        };
        // The leading space is what `///` would have written; prettyplease prints it back as `///`.
        if line.trim().is_empty() {
            // Dropped shortcodes leave blank lines behind; one is enough between paragraphs.
            if !in_fence && out.last().is_some_and(String::is_empty) {
                continue;
            }
            out.push(String::new());
        } else {
            out.push(format!(" {line}"));
        }
    }
    if in_fence {
        out.push(" ```".to_string());
    }
    while out.first().is_some_and(String::is_empty) {
        out.remove(0);
    }
    out
}

/// `{{% examples %}}`, `{{% /example %}}` and the like: Hugo markup with no meaning in rustdoc.
fn is_shortcode(line: &str) -> bool {
    let line = line.trim_end();
    line.starts_with("{{%") && line.ends_with("%}}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fences_and_shortcodes() {
        let lines = doc_lines("Intro\n\n{{% examples %}}\n```\nx\n```\n```typescript\ny\n```\n```rust\nz\n");
        assert_eq!(lines, [" Intro", "", " ```text", " x", " ```", " ```typescript", " y", " ```", " ```text", " z", " ```"]);
    }

    #[test]
    fn hostile_text_stays_a_literal() {
        let attrs = doc_attrs(Some("*/ } fn evil() {} /* \" \n#[cfg(any())]"));
        let item: syn::ItemStruct = syn::parse2(quote!(#attrs struct S;)).unwrap();
        assert_eq!(item.attrs.len(), 2);
        assert!(item.attrs.iter().all(|a| a.path().is_ident("doc")));
    }
}
