//! `<span pulumi-lang-nodejs="`a`" pulumi-lang-python="`b`" …>`a`</span>`: a name per language.

use std::borrow::Cow;

use super::Language;

/// Every span replaced by its value for `lang`, or by its own text when `lang` is `None` (a
/// place of no particular language) or the span names nothing for `lang`. Anything that does
/// not parse as such a span is left as it is.
pub fn resolve_spans(text: &str, lang: Option<Language>) -> Cow<'_, str> {
    if !text.contains("pulumi-lang-") {
        return Cow::Borrowed(text);
    }
    let key = lang.and_then(Language::span_key);
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find("<span") {
        out.push_str(&rest[..i]);
        let candidate = &rest[i..];
        match parse(candidate) {
            Some(span) => {
                let value = key.and_then(|k| span.attrs.iter().find(|(n, _)| *n == k).map(|(_, v)| decode(v)));
                out.push_str(&value.unwrap_or_else(|| span.inner.to_string()));
                rest = &candidate[span.len..];
            }
            None => {
                out.push_str("<span");
                rest = &candidate["<span".len()..];
            }
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

struct Span<'a> {
    /// `(language key, raw value)` of each `pulumi-lang-<key>` attribute.
    attrs: Vec<(&'a str, &'a str)>,
    inner: &'a str,
    /// Bytes from `<span` through `</span>`.
    len: usize,
}

/// A span at the start of `s` whose every attribute is a quoted `pulumi-lang-*` one.
fn parse(s: &str) -> Option<Span<'_>> {
    let mut rest = s.strip_prefix("<span")?;
    if !rest.starts_with(char::is_whitespace) {
        return None;
    }
    let mut attrs = Vec::new();
    loop {
        rest = rest.trim_start();
        if let Some(r) = rest.strip_prefix('>') {
            rest = r;
            break;
        }
        let key = rest.strip_prefix("pulumi-lang-")?;
        let eq = key.find('=')?;
        let (name, after) = (&key[..eq], &key[eq + 1..]);
        if name.is_empty() || !name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') {
            return None;
        }
        let quote = after.chars().next().filter(|c| *c == '"' || *c == '\'')?;
        let body = &after[1..];
        let end = body.find(quote)?;
        attrs.push((name, &body[..end]));
        rest = &body[end + 1..];
    }
    if attrs.is_empty() {
        return None;
    }
    let close = rest.find("</span>")?;
    let inner = &rest[..close];
    if inner.contains("<span") {
        return None;
    }
    let len = s.len() - rest.len() + close + "</span>".len();
    Some(Span { attrs, inner, len })
}

/// The entities an attribute value may carry.
fn decode(v: &str) -> String {
    if !v.contains('&') {
        return v.to_string();
    }
    v.replace("&quot;", "\"").replace("&#39;", "'").replace("&#x27;", "'").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
}

#[cfg(test)]
mod tests {
    use super::*;

    const SPAN: &str = r#"Overrides the <span pulumi-lang-nodejs="`host`" pulumi-lang-dotnet="`Host`" pulumi-lang-go="`host`" pulumi-lang-python="`host_name`" pulumi-lang-yaml="`host`">`hostDefault`</span> if set."#;

    #[test]
    fn each_language_gets_its_name() {
        assert_eq!(resolve_spans(SPAN, Some(Language::Python)), "Overrides the `host_name` if set.");
        assert_eq!(resolve_spans(SPAN, Some(Language::CSharp)), "Overrides the `Host` if set.");
        assert_eq!(resolve_spans(SPAN, Some(Language::Rust)), "Overrides the `hostDefault` if set.");
        assert_eq!(resolve_spans(SPAN, None), "Overrides the `hostDefault` if set.");
    }

    #[test]
    fn what_is_not_such_a_span_stays() {
        for s in ["<span class=\"x\">a</span>", "<span pulumi-lang-go=\"a\">unclosed", "<span pulumi-lang-go=a>b</span>", "plain"] {
            assert_eq!(resolve_spans(s, Some(Language::Go)), s);
        }
        assert_eq!(resolve_spans(r#"<span pulumi-lang-go="&quot;x&quot;">y</span>"#, Some(Language::Go)), "\"x\"");
    }
}
