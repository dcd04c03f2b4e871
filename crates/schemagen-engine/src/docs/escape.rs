//! The escaping the 2020 generator got from Go's `html/template`, reproduced context by context,
//! plus the `<wbr>` word breaks and our guard for text it inserted raw.

use std::fmt::Write as _;

/// Text and quoted-attribute context: what `html/template` did to a plain `{{ value }}` —
/// `html.EscapeString`'s five entities, plus `+` and NUL.
pub fn html_text(s: &str) -> String {
    escape_ascii(s, |b| match b {
        b'+' => Some("&#43;"),
        b'\0' => Some("\u{FFFD}"),
        b => html_entity(b),
    })
}

/// A value the 2020 templates escaped, as it goes into page content: `html/template`'s escaping,
/// and Hugo shortcode delimiters broken (Hugo expands shortcodes anywhere in the content, even
/// in attribute values). Identifiers and ordinary text are unchanged by the second step.
pub fn html(s: &str) -> String {
    description(&html_text(s), DescriptionPlace::PropertyList)
}

/// A front-matter value (a double-quoted YAML scalar, which may span lines): HTML text
/// escaping as in 2020, plus nothing that could end the scalar early (a backslash escape), the
/// YAML document (a line starting with `---` or `...`) or the front matter itself.
pub fn front_matter(s: &str) -> String {
    // Hugo prints front matter into the page head: markup the body would not keep goes here too.
    let escaped = html_text(&super::sanitize::sanitize(s)).replace('\\', "&#92;").replace("\n---", "\n&#45;--").replace("\n...", "\n&#46;..");
    // YAML refuses control characters in a document and may read CR, NEL and the Unicode line
    // and paragraph separators as line breaks: each becomes its numeric entity.
    escape_chars_owned(&escaped, |c| (c != '\n' && (c.is_control() || matches!(c, '\u{2028}' | '\u{2029}'))).then(|| format!("&#{};", u32::from(c))))
}

fn escape_chars_owned(s: &str, replacement: impl Fn(char) -> Option<String>) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match replacement(c) {
            Some(r) => out.push_str(&r),
            None => out.push(c),
        }
    }
    out
}

/// Go's `html.EscapeString`, which the generator applied to C# type names before `<wbr>`.
pub fn go_html_escape_string(s: &str) -> String {
    escape_ascii(s, html_entity)
}

/// The entities of Go's `html.EscapeString`.
fn html_entity(b: u8) -> Option<&'static str> {
    match b {
        b'&' => Some("&amp;"),
        b'<' => Some("&lt;"),
        b'>' => Some("&gt;"),
        b'\'' => Some("&#39;"),
        b'"' => Some("&#34;"),
        _ => None,
    }
}

/// `s` with the bytes `replacement` maps replaced and the runs between them copied whole. Every
/// byte it maps is ASCII, which never occurs inside a multi-byte UTF-8 character.
fn escape_ascii(s: &str, replacement: impl Fn(u8) -> Option<&'static str>) -> String {
    let mut out = String::with_capacity(s.len());
    let mut copied = 0;
    for (i, b) in s.bytes().enumerate() {
        if let Some(r) = replacement(b) {
            out.push_str(&s[copied..i]);
            out.push_str(r);
            copied = i + 1;
        }
    }
    out.push_str(&s[copied..]);
    out
}

/// An `href="…"` value: `html/template`'s URL filter (only http, https and mailto schemes, or
/// none), its URL normaliser (percent-encode what a URL cannot hold) and its attribute escaper.
pub fn href(s: &str) -> String {
    if let Some((scheme, _)) = s.split_once(':') {
        if !scheme.contains('/') {
            let scheme = scheme.to_ascii_lowercase();
            if !matches!(scheme.as_str(), "http" | "https" | "mailto") {
                return "#ZgotmplZ".to_string();
            }
        }
    }
    let bytes = s.as_bytes();
    let mut normalized = String::with_capacity(s.len());
    let mut copied = 0;
    for (i, &b) in bytes.iter().enumerate() {
        let keep = match b {
            b'!' | b'#' | b'$' | b'&' | b'*' | b'+' | b',' | b'/' | b':' | b';' | b'=' | b'?' | b'@'
            | b'[' | b']' | b'-' | b'.' | b'_' | b'~' => true,
            b'%' => i + 2 < bytes.len() && bytes[i + 1].is_ascii_hexdigit() && bytes[i + 2].is_ascii_hexdigit(),
            b => b.is_ascii_alphanumeric(),
        };
        if !keep {
            // Every byte of a multi-byte character is encoded, so a run between two encoded bytes
            // is empty or whole characters.
            if copied < i {
                normalized.push_str(&s[copied..i]);
            }
            let _ = write!(normalized, "%{b:02x}");
            copied = i + 1;
        }
    }
    normalized.push_str(&s[copied..]);
    html_text(&normalized)
}

/// Inserts `<wbr>` where a name may break: lower→upper, `.`→upper and `_`→lower.
pub fn wbr(s: &str) -> String {
    if s.is_ascii() {
        return wbr_ascii(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    let mut prev: Option<char> = None;
    for c in s.chars() {
        if let Some(p) = prev {
            if (p.is_lowercase() && c.is_uppercase())
                || (p == '.' && c.is_uppercase())
                || (p == '_' && c.is_lowercase())
            {
                out.push_str("<wbr>");
            }
        }
        out.push(c);
        prev = Some(c);
    }
    out
}

/// [`wbr`] for ASCII text, where the case tests are byte tests.
fn wbr_ascii(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = String::with_capacity(s.len() + 8);
    let mut copied = 0;
    for i in 1..bytes.len() {
        let (p, c) = (bytes[i - 1], bytes[i]);
        if (p.is_ascii_lowercase() && c.is_ascii_uppercase()) || (p == b'.' && c.is_ascii_uppercase()) || (p == b'_' && c.is_ascii_lowercase()) {
            out.push_str(&s[copied..i]);
            out.push_str("<wbr>");
            copied = i;
        }
    }
    out.push_str(&s[copied..]);
    out
}

/// A schema name the generator inserted raw (property names, type names): escaped first, so a
/// name cannot open or close markup, then broken with `<wbr>`. Identifiers are unchanged by the
/// escaping, so real pages are byte-identical to the 2020 output.
pub fn name_wbr(s: &str) -> String {
    wbr(&html(s))
}

/// Where a description lands, which decides what it may not contain.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DescriptionPlace {
    /// The page body of a resource or function: the examples shortcodes tfgen wrote are allowed.
    PageBody,
    /// Inside `<dd>{{% md %}}…{{% /md %}}</dd>` of a property list.
    PropertyList,
}

/// The 2020 generator inserted descriptions raw (`htmlSafe`). We keep them raw — the bytes of
/// every ordinary description are unchanged — and neutralise only what would run code or break
/// out of the surrounding page structure:
/// - markup that ammonia's allowlist does not keep whole, end tags that close what the
///   description did not open, elements it leaves open, and links with a refused URL scheme
///   ([`super::sanitize`]);
/// - Hugo shortcode delimiters (`{{<`, `{{%`, `%}}`, `>}}`), so a description cannot close the
///   `md`/`choosable` shortcodes around it or call others; on the page body the
///   `{{% examples %}}`/`{{% example %}}` blocks tfgen wrapped examples in are kept as they are
///   when they nest properly (examples holding examples), and neutralised otherwise;
/// - HTML comments (`<!--`, `-->`), which could swallow the rest of the page;
/// - a Markdown code fence left open, which would turn the rest of the page into code: it is
///   closed at the end of the text.
///
/// Shortcode and comment delimiters are broken by replacing their first character with the
/// HTML entity, which renders as the same text.
pub fn description(s: &str, place: DescriptionPlace) -> String {
    const EXAMPLE_SHORTCODES: [&str; 4] =
        ["{{% examples %}}", "{{% /examples %}}", "{{% example %}}", "{{% /example %}}"];

    let s = &*super::sanitize::sanitize(s);
    let keep_examples = place == DescriptionPlace::PageBody && examples_nest_properly(s, &EXAMPLE_SHORTCODES);
    let bytes = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    let mut copied = 0;
    let mut i = 0;
    // Every delimiter starts with an ASCII byte, so only those positions are looked at, and the
    // runs copied between them are whole characters.
    while let Some(found) = bytes[i..].iter().position(|b| matches!(b, b'{' | b'%' | b'>' | b'-' | b'<')) {
        i += found;
        let rest = &s[i..];
        if keep_examples {
            if let Some(code) = EXAMPLE_SHORTCODES.iter().find(|code| rest.starts_with(**code)) {
                i += code.len();
                continue;
            }
        }
        let replacement = if rest.starts_with("{{<") || rest.starts_with("{{%") {
            Some("&#123;")
        } else if rest.starts_with("%}}") {
            Some("&#37;")
        } else if rest.starts_with(">}}") {
            Some("&gt;")
        } else if rest.starts_with("-->") {
            Some("&#45;")
        } else if rest.starts_with("<!--") {
            Some("&lt;")
        } else {
            None
        };
        if let Some(entity) = replacement {
            out.push_str(&s[copied..i]);
            out.push_str(entity);
            copied = i + 1;
        }
        i += 1;
    }
    out.push_str(&s[copied..]);
    if let Some(fence) = open_code_fence(&out) {
        if !out.ends_with('\n') {
            out.push('\n');
        }
        out.push_str(&fence);
        out.push('\n');
    }
    out
}

/// The fence (e.g. "```") of a Markdown fenced code block still open at the end of `s`.
fn open_code_fence(s: &str) -> Option<String> {
    let mut open: Option<(char, usize)> = None;
    for line in s.lines() {
        let indent = line.len() - line.trim_start_matches(' ').len();
        if indent > 3 {
            continue;
        }
        let text = &line[indent..];
        let Some(c) = text.chars().next().filter(|c| *c == '`' || *c == '~') else { continue };
        let run = text.len() - text.trim_start_matches(c).len();
        if run < 3 {
            continue;
        }
        match open {
            None if !(c == '`' && text[run..].contains('`')) => open = Some((c, run)),
            Some((oc, olen)) if oc == c && run >= olen && text[run..].trim().is_empty() => open = None,
            _ => {}
        }
    }
    open.map(|(c, n)| c.to_string().repeat(n))
}

/// Whether the examples shortcodes in `s` form `examples` blocks of `example` blocks, each
/// opened before it is closed and none left open.
fn examples_nest_properly(s: &str, codes: &[&str; 4]) -> bool {
    let [open_all, close_all, open_one, close_one] = *codes;
    let mut depth = 0u8;
    let mut rest = s;
    while let Some(i) = rest.find("{{% ") {
        rest = &rest[i..];
        let next = if rest.starts_with(open_all) {
            (0, 1, open_all)
        } else if rest.starts_with(close_all) {
            (1, 0, close_all)
        } else if rest.starts_with(open_one) {
            (1, 2, open_one)
        } else if rest.starts_with(close_one) {
            (2, 1, close_one)
        } else {
            rest = &rest[4..];
            continue;
        };
        if depth != next.0 {
            return false;
        }
        depth = next.1;
        rest = &rest[next.2.len()..];
    }
    depth == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_escaping_matches_html_template() {
        assert_eq!(html_text("resource's <b> & \"x\"+1"), "resource&#39;s &lt;b&gt; &amp; &#34;x&#34;&#43;1");
    }

    #[test]
    fn front_matter_holds_no_line_break_yaml_could_read() {
        assert_eq!(front_matter("a\rb\u{85}c\u{2028}d\u{2029}e\u{1b}f\tg"), "a&#13;b&#133;c&#8232;d&#8233;e&#27;f&#9;g");
        assert_eq!(front_matter("plain title"), "plain title");
    }

    #[test]
    fn go_escape_string_leaves_plus_and_nul() {
        assert_eq!(go_html_escape_string("a+b<c>'\"&\0"), "a+b&lt;c&gt;&#39;&#34;&amp;\0");
        assert_eq!(html_text("+\0"), "&#43;\u{FFFD}");
    }

    #[test]
    fn hrefs_are_filtered_normalised_and_escaped() {
        assert_eq!(href("https://github.com/pulumi/pulumi-aws"), "https://github.com/pulumi/pulumi-aws");
        assert_eq!(href("/docs/a b?x=1&y=\"2\""), "/docs/a%20b?x=1&amp;y=%222%22");
        assert_eq!(href("javascript:alert(1)"), "#ZgotmplZ");
        assert_eq!(href("#lower"), "#lower");
        assert_eq!(href("#İß-x"), "#%c4%b0%c3%9f-x");
    }

    #[test]
    fn wbr_follows_the_format_notes() {
        assert_eq!(wbr("http_method"), "http_<wbr>method");
        assert_eq!(wbr("RestApi"), "Rest<wbr>Api");
        assert_eq!(wbr("ipv6Address"), "ipv6Address");
        assert_eq!(wbr("Pulumi.Aws.Inputs"), "Pulumi.<wbr>Aws.<wbr>Inputs");
        assert_eq!(wbr("string | RestApi"), "string | Rest<wbr>Api");
    }

    #[test]
    fn ordinary_descriptions_pass_unchanged() {
        let d = "The HTTP method (`GET`, `POST`)\n{{% examples %}}\n<p>x</p> a -> b, 1 < 2\n{{% /examples %}}\n";
        assert_eq!(description(d, DescriptionPlace::PageBody), d);
    }

    #[test]
    fn text_around_delimiters_keeps_its_characters() {
        assert_eq!(description("ä{{<ö>}}ü-->é", DescriptionPlace::PropertyList), "ä&#123;{<ö&gt;}}ü&#45;->é");
        assert_eq!(html_text("İ<ß>"), "İ&lt;ß&gt;");
        assert_eq!(wbr("ÄbcDef"), "Äbc<wbr>Def");
    }

    #[test]
    fn open_code_fences_are_closed() {
        assert_eq!(description("a\n```ts\nx", DescriptionPlace::PageBody), "a\n```ts\nx\n```\n");
        let closed = "a\n```ts\nx\n```\n~~~~\ny\n~~~~\n";
        assert_eq!(description(closed, DescriptionPlace::PageBody), closed);
    }

    #[test]
    fn break_outs_are_neutralised() {
        let d = "a{{% /md %}}</dd><script>x</script><!-- c -->{{< ref >}}";
        let out = description(d, DescriptionPlace::PropertyList);
        for bad in ["{{%", "%}}", "</dd", "<script", "</script", "<!--", "-->", "{{<", ">}}"] {
            assert!(!out.contains(bad), "{bad} survived in {out}");
        }
        assert_eq!(description("{{% examples %}}", DescriptionPlace::PropertyList), "&#123;{% examples &#37;}}");
        // An unbalanced examples shortcode could close a block the page opened: neutralised.
        assert_eq!(description("a {{% /examples %}}", DescriptionPlace::PageBody), "a &#123;{% /examples &#37;}}");
        assert_eq!(
            description("{{% example %}}{{% /example %}}", DescriptionPlace::PageBody),
            "&#123;{% example &#37;}}&#123;{% /example &#37;}}"
        );
    }
}
