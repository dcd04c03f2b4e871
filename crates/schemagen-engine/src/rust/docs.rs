//! Doc comments from schema descriptions. Each line becomes its own `#[doc = "…"]` string literal,
//! so no description can close a comment or inject code; fenced blocks that rustdoc would try to
//! compile as doctests are marked `text`, and Hugo shortcode lines are dropped. Multi-language
//! markup of modern schemas is resolved for Rust first ([`markup::for_foreign_examples`]): no
//! schema has Rust examples, so every language's example stays, without the chooser's markup,
//! and names are the schema's own.

use proc_macro2::TokenStream;
use quote::quote;

use crate::markup;

/// `#[doc]` attributes for `text` (nothing for `None` or blank text).
pub fn doc_attrs(text: Option<&str>) -> TokenStream {
    let lines = described(text);
    quote! { #( #[doc = #lines] )* }
}

/// A doc paragraph followed by a deprecation note, when there is one.
pub fn doc_with_deprecation(text: Option<&str>, deprecation: Option<&str>) -> TokenStream {
    let lines = described_deprecated(text, deprecation);
    quote! { #( #[doc = #lines] )* }
}

/// The doc lines for `text` (none for `None` or blank text), each a `#[doc]` attribute's text.
pub(crate) fn described(text: Option<&str>) -> Vec<String> {
    match text.filter(|t| !t.trim().is_empty()) {
        Some(text) => doc_lines(&markup::for_foreign_examples(text)),
        None => Vec::new(),
    }
}

/// The doc lines of a paragraph followed by a deprecation note, when there is one.
pub(crate) fn described_deprecated(text: Option<&str>, deprecation: Option<&str>) -> Vec<String> {
    let Some(d) = deprecation else { return described(text) };
    let d = markup::resolve_spans(d, None);
    let text = text.map(markup::for_foreign_examples);
    let combined = match text.as_deref() {
        Some(t) if !t.trim().is_empty() => format!("{}\n\n**Deprecated:** {d}", t.trim_end()),
        _ => format!("**Deprecated:** {d}"),
    };
    doc_lines(&combined)
}

/// `#![doc]` attributes (crate or module docs) for `text`.
#[cfg(feature = "rust-sdk")]
pub fn inner_doc_attrs(text: &str) -> Vec<syn::Attribute> {
    doc_lines(&markup::for_foreign_examples(text)).iter().map(|line| super::syntax::inner_doc_attr(line)).collect()
}


/// Bidirectional-text controls, which rustc refuses in comments (`text_direction_codepoint_in_comment`):
/// they can make source read differently from how it compiles.
const BIDI_CONTROLS: [char; 9] =
    ['\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}', '\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}'];

/// A description's text as doc-comment lines can hold it: a lone CR (which Rust refuses in a
/// doc comment) ends a line like LF and CRLF do, and bidi controls are written as their escapes.
fn comment_safe(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() != Some(&'\n') {
                    out.push('\n');
                }
            }
            c if BIDI_CONTROLS.contains(&c) => out.push_str(&c.escape_unicode().to_string()),
            c => out.push(c),
        }
    }
    out
}

fn doc_lines(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut in_fence = false;
    let mut in_quote = false;
    let text = comment_safe(text);
    for line in text.trim_end().lines() {
        let trimmed = line.trim_start();
        if is_shortcode(trimmed) {
            continue;
        }
        let line = if let Some(lang) = trimmed.strip_prefix("```") {
            let opening = !in_fence;
            in_fence = !in_fence;
            in_quote = false;
            if opening && (lang.trim().is_empty() || lang.trim().starts_with("rust")) {
                "```text".to_string()
            } else {
                line.to_string()
            }
        } else if in_fence {
            line.to_string()
        } else {
            // Markdown continues a quote on an unmarked next line; rustdoc's lints want the `>`.
            let continues_quote = in_quote && !trimmed.is_empty() && !trimmed.starts_with('>');
            in_quote = trimmed.starts_with('>') || continues_quote;
            let line = prose(line);
            if continues_quote {
                format!("> {line}")
            } else {
                line
            }
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
    while out.last().is_some_and(String::is_empty) {
        out.pop();
    }
    out
}

/// A line of prose (not code) as rustdoc should read it: bare URLs become autolinks, and `<`
/// outside code spans is escaped, so `List<string>` is text rather than an unclosed HTML tag.
fn prose(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    let mut in_code = false;
    let mut rest = line;
    while let Some(c) = rest.chars().next() {
        if c == '`' {
            let run = rest.len() - rest.trim_start_matches('`').len();
            out.push_str(&rest[..run]);
            rest = &rest[run..];
            in_code = !in_code;
            continue;
        }
        if !in_code {
            if let Some(len) = bare_url_len(rest, out.chars().last()) {
                out.push('<');
                out.push_str(&rest[..len]);
                out.push('>');
                rest = &rest[len..];
                continue;
            }
            if let Some(len) = autolink_len(rest) {
                out.push_str(&rest[..len]);
                rest = &rest[len..];
                continue;
            }
            if c == '<' {
                out.push_str("&lt;");
                rest = &rest[1..];
                continue;
            }
        }
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
    out
}

/// The length of the URL `text` starts with, when it is a bare one (not the target of a
/// markdown link or an attribute, which `before` would show). Trailing punctuation is the
/// sentence's, not the URL's.
fn bare_url_len(text: &str, before: Option<char>) -> Option<usize> {
    if !(text.starts_with("https://") || text.starts_with("http://")) || before.is_some_and(|b| "(<\"'=[/".contains(b)) {
        return None;
    }
    let end = text.find(|c: char| c.is_whitespace() || "<>\"`".contains(c)).unwrap_or(text.len());
    let url = text[..end].trim_end_matches(['.', ',', ';', ':', '!', '?', ')', '\'']);
    (url.len() > "https://".len()).then_some(url.len())
}

/// The length of the autolink (`<https://…>`) `text` starts with, if it does.
fn autolink_len(text: &str) -> Option<usize> {
    let inner = text.strip_prefix('<')?;
    let end = inner.find('>')?;
    let url = &inner[..end];
    let is_url = (url.starts_with("https://") || url.starts_with("http://")) && !url.contains(char::is_whitespace) && !url.contains('<');
    is_url.then_some(end + 2)
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
    fn multi_language_markup_is_resolved_for_rust() {
        let text = "Creates a <span pulumi-lang-nodejs=\"`restApi`\" pulumi-lang-python=\"`rest_api`\">`rest_api`</span>.\n\n\
            <!--Start PulumiCodeChooser -->\n```typescript\nnew Api();\n```\n```\nplain\n```\n<!--End PulumiCodeChooser -->\n";
        let lines: Vec<String> = doc_attrs(Some(text)).into_iter().filter_map(|t| match t {
            proc_macro2::TokenTree::Group(g) => Some(g.stream().to_string()),
            _ => None,
        }).collect();
        assert_eq!(lines.len(), 8, "{lines:?}");
        assert!(lines[0].contains("Creates a `rest_api`.") && lines[2].contains("```typescript") && lines[5].contains("```text"), "{lines:?}");
        let deprecated = doc_with_deprecation(None, Some("Use <span pulumi-lang-go=\"`RestApi`\">`rest_api`</span>."));
        assert!(deprecated.to_string().contains("Use `rest_api`."), "{deprecated}");
    }

    #[test]
    fn fences_and_shortcodes() {
        let lines = doc_lines("Intro\n\n{{% examples %}}\n```\nx\n```\n```typescript\ny\n```\n```rust\nz\n");
        assert_eq!(lines, [" Intro", "", " ```text", " x", " ```", " ```typescript", " y", " ```", " ```text", " z", " ```"]);
    }

    #[test]
    fn prose_for_rustdoc() {
        let lines = doc_lines("See https://example.com/a_b. Or [x](https://e.com) `http://code` <https://ok>\n> Note: a\nquote\n\nList<string>");
        assert_eq!(
            lines,
            [
                " See <https://example.com/a_b>. Or [x](https://e.com) `http://code` <https://ok>",
                " > Note: a",
                " > quote",
                "",
                " List&lt;string>",
            ]
        );
    }

    #[test]
    #[cfg(feature = "rust-sdk")]
    fn lone_carriage_returns_end_lines_and_bidi_controls_are_escaped() {
        assert_eq!(doc_lines("a\rb\r\nc\nd"), [" a", " b", " c", " d"]);
        assert_eq!(doc_lines("x\u{202E}y\u{2066}"), [" x\\u{202e}y\\u{2066}"]);
        let attrs = doc_attrs(Some("one\rtwo \u{202E}evil"));
        let file: syn::File = syn::parse2(quote!(#attrs pub struct S;)).unwrap();
        let printed = prettyplease::unparse(&file);
        assert!(!printed.contains('\r') && !printed.contains('\u{202E}'), "{printed:?}");
    }

    #[test]
    fn hostile_text_stays_a_literal() {
        let attrs = doc_attrs(Some("*/ } fn evil() {} /* \" \n#[cfg(any())]"));
        let item: syn::ItemStruct = syn::parse2(quote!(#attrs struct S;)).unwrap();
        assert_eq!(item.attrs.len(), 2);
        assert!(item.attrs.iter().all(|a| a.path().is_ident("doc")));
    }
}
