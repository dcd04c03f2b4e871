//! The HTML and links in descriptions, judged by ammonia's allowlist.
//!
//! Descriptions are Markdown with raw HTML, inserted into the pages as written (the 2020 format).
//! Each piece of markup is handed to ammonia on its own: a tag that ammonia keeps whole — an
//! allowed element with only allowed attributes and URLs — stays byte for byte as written, so
//! real descriptions (and the 2020 pages) are unchanged; any other tag is replaced by what ammonia
//! makes of it (event handlers, `javascript:` URLs, `<object>`, `<base>`, `<meta>` removed).
//! Around that, what a single tag cannot show is decided here: end tags that close nothing the
//! description opened (they would close the page's own elements) are escaped, elements left open
//! are closed at the end, and Markdown links and autolinks go through the same URL check as
//! `href`. Code spans and fenced code blocks are text to Markdown and are left alone.

use std::borrow::Cow;
use std::collections::HashSet;
use std::sync::LazyLock;

/// ammonia's default allowlist (the common text, list, table and inline elements; `href`, `src`
/// with the usual URL schemes), plus what real provider descriptions use: `name` anchors and the
/// `pulumi-lang-*` attributes of the language-chooser spans. No `class`, `id` or `style`, which
/// could restyle or hide the page around. Links get no added `rel`: a kept tag must come out
/// exactly as it went in.
static POLICY: LazyLock<ammonia::Builder<'static>> = LazyLock::new(|| {
    let mut b = ammonia::Builder::default();
    b.link_rel(None)
        .add_tag_attributes("a", ["name", "target"])
        .add_generic_attribute_prefixes(["pulumi-lang-"])
        .url_relative(ammonia::UrlRelative::PassThrough);
    b
});

/// The elements ammonia's policy allows (the tags it keeps).
static ALLOWED: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    // ammonia::Builder does not list its set; cleaning each known element's tag asks it.
    KNOWN_ELEMENTS.iter().copied().filter(|name| clean_start_tag(&format!("<{name}>"), name).is_some()).collect()
});

/// Where an element's tag may stand: table parts mean nothing outside a table, and the HTML
/// parser drops them there.
const CONTEXTS: [&str; 4] = ["", "<table>", "<table><tbody><tr>", "<table><colgroup>"];

/// What ammonia keeps of the start tag `source` of element `name`: its start tag as ammonia
/// writes it, or `None` when it drops the element.
fn clean_start_tag(source: &str, name: &str) -> Option<String> {
    CONTEXTS.iter().find_map(|context| {
        let cleaned = POLICY.clean(&format!("{context}{source}")).to_string();
        let mut from = 0;
        while let Some(n) = cleaned[from..].find('<') {
            let at = from + n;
            if let Some(tag) = read_tag(&cleaned, at) {
                if !tag.closing && tag.name == name && !context.contains(&format!("<{name}>")) {
                    return Some(cleaned[at..tag.end].to_string());
                }
                from = tag.end;
            } else {
                from = at + 1;
            }
        }
        None
    })
}

/// Elements with no content and no end tag.
const VOID: [&str; 14] = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param"];
/// Elements left open at the end that need no end tag: those whose end tag HTML lets the next
/// element or the parent's end imply, and `span`, which with the attributes allowed here changes
/// nothing about the text after it (real descriptions leave spans open where a code span holds
/// their end tag).
const NEED_NO_CLOSING: [&str; 14] = ["p", "li", "dt", "dd", "tr", "td", "th", "thead", "tbody", "tfoot", "rp", "rt", "colgroup", "span"];

/// Every element name of HTML (current and legacy) and the foreign roots. A tag with any other
/// name is no element a browser knows: with no attributes it renders as nothing (`Map<num>`
/// placeholders in prose) and is kept; with attributes it is shown as text.
const KNOWN_ELEMENTS: &[&str] = &[
    "a", "abbr", "acronym", "address", "applet", "area", "article", "aside", "audio", "b", "base", "basefont", "bdi", "bdo",
    "bgsound", "big", "blink", "blockquote", "body", "br", "button", "canvas", "caption", "center", "cite", "code", "col",
    "colgroup", "data", "datalist", "dd", "del", "details", "dfn", "dialog", "dir", "div", "dl", "dt", "em", "embed",
    "fieldset", "figcaption", "figure", "font", "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6",
    "head", "header", "hgroup", "hr", "html", "i", "iframe", "image", "img", "input", "ins", "isindex", "kbd", "keygen",
    "label", "legend", "li", "link", "listing", "main", "map", "mark", "marquee", "math", "menu", "menuitem", "meta",
    "meter", "multicol", "nav", "nextid", "nobr", "noembed", "noframes", "noscript", "object", "ol", "optgroup", "option",
    "output", "p", "param", "picture", "plaintext", "portal", "pre", "progress", "q", "rb", "rp", "rt", "rtc", "ruby", "s",
    "samp", "script", "search", "section", "select", "slot", "small", "source", "spacer", "span", "strike", "strong",
    "style", "sub", "summary", "sup", "svg", "table", "tbody", "td", "template", "textarea", "tfoot", "th", "thead", "time",
    "title", "tr", "track", "tt", "u", "ul", "var", "video", "wbr", "xmp",
];

/// `text` with every piece of markup that ammonia would not keep replaced; unchanged (borrowed)
/// when there is none.
pub(crate) fn sanitize(text: &str) -> Cow<'_, str> {
    if !text.contains('<') && !text.contains("](") && !text.contains("]:") {
        return Cow::Borrowed(text);
    }
    let mut s = Sanitizer { text, out: String::with_capacity(text.len()), copied: 0, open: Vec::new(), changed: false };
    s.run();
    if s.changed {
        Cow::Owned(s.out)
    } else {
        Cow::Borrowed(text)
    }
}

struct Sanitizer<'a> {
    text: &'a str,
    out: String,
    /// `text[..copied]` is in `out`.
    copied: usize,
    /// Elements the description opened and has not closed, innermost last.
    open: Vec<String>,
    changed: bool,
}

/// A tag as the HTML tokenizer reads it.
struct Tag {
    end: usize,
    closing: bool,
    name: String,
    attributes: Vec<String>,
}

impl Sanitizer<'_> {
    fn run(&mut self) {
        let bytes = self.text.as_bytes();
        let mut i = 0;
        let mut line_start = true;
        while i < bytes.len() {
            if line_start {
                if let Some(end) = fence_block_end(self.text, i) {
                    i = end;
                    continue;
                }
                if let Some((from, to)) = reference_definition_url(self.text, i) {
                    self.check_url(from, to);
                    i = to;
                    line_start = false;
                    continue;
                }
            }
            line_start = bytes[i] == b'\n';
            match bytes[i] {
                b'`' => i = code_span_end(self.text, i),
                b'<' => i = self.markup(i),
                b']' if bytes.get(i + 1) == Some(&b'(') => {
                    if let Some((from, to)) = inline_link_url(self.text, i + 2) {
                        self.check_url(from, to);
                        i = to;
                    } else {
                        i += 1;
                    }
                }
                _ => i += 1,
            }
        }
        self.out.push_str(&self.text[self.copied..]);
        // Elements whose end tag is optional close themselves; the others would run on into
        // the page.
        while let Some(name) = self.open.pop() {
            if !NEED_NO_CLOSING.contains(&name.as_str()) {
                self.out.push_str(&format!("</{name}>"));
                self.changed = true;
            }
        }
    }

    /// Replaces `text[from..to]` in the output.
    fn replace(&mut self, from: usize, to: usize, with: &str) {
        if from < self.copied {
            return;
        }
        self.out.push_str(&self.text[self.copied..from]);
        self.out.push_str(with);
        self.copied = to;
        self.changed = true;
    }

    /// At a `<`: a tag, an autolink or plain text. Returns where to go on.
    fn markup(&mut self, at: usize) -> usize {
        if let Some(end) = autolink_end(self.text, at) {
            if !url_allowed(&self.text[at + 1..end - 1]) {
                self.replace(at, at + 1, "&lt;");
            }
            return end;
        }
        let Some(tag) = read_tag(self.text, at) else { return at + 1 };
        let source = &self.text[at..tag.end];
        let known = KNOWN_ELEMENTS.contains(&tag.name.as_str());
        if !known {
            // No element: harmless without attributes, shown as text with them.
            if !tag.attributes.is_empty() {
                self.replace(at, at + 1, "&lt;");
            }
            return tag.end;
        }
        let allowed = ALLOWED.contains(tag.name.as_str());
        if tag.closing {
            if !allowed {
                self.replace(at, tag.end, "");
            } else if let Some(depth) = self.open.iter().rposition(|n| *n == tag.name) {
                self.open.truncate(depth);
            } else if !VOID.contains(&tag.name.as_str()) {
                // Closes nothing the description opened: it would close the page's own element.
                self.replace(at, at + 1, "&lt;");
            }
            return tag.end;
        }
        let kept = if allowed { clean_start_tag(source, &tag.name) } else { None };
        let whole = kept.as_deref().and_then(|k| read_tag(k, 0)).is_some_and(|t| {
            let (mut a, mut b) = (t.attributes, tag.attributes.clone());
            a.sort();
            b.sort();
            a == b
        });
        if !whole {
            self.replace(at, tag.end, kept.as_deref().unwrap_or_default());
        }
        if allowed && !VOID.contains(&tag.name.as_str()) && !source.ends_with("/>") {
            self.open.push(tag.name);
        }
        tag.end
    }

    /// A Markdown link destination `text[from..to]`: replaced by `#` when its scheme is refused.
    fn check_url(&mut self, from: usize, to: usize) {
        let url = self.text[from..to].trim_start_matches('<').trim_end_matches('>');
        if !url_allowed(url) {
            self.replace(from, to, "#");
        }
    }
}

/// Whether ammonia keeps `url` as a link target.
fn url_allowed(url: &str) -> bool {
    let probe = format!("<a href=\"{}\">", url.replace('"', "&quot;"));
    POLICY.clean(&probe).to_string().contains("href=")
}

/// The tag starting at `text[at]` (a `<`), read as the HTML tokenizer reads one: a name
/// (lower-cased), then attributes, each a name with an optional quoted or unquoted value, up to
/// the `>` outside quotes. `None` when `<` starts no tag.
fn read_tag(text: &str, at: usize) -> Option<Tag> {
    let bytes = text.as_bytes();
    let mut i = at + 1;
    let closing = bytes.get(i) == Some(&b'/');
    if closing {
        i += 1;
    }
    if !bytes.get(i).is_some_and(u8::is_ascii_alphabetic) {
        return None;
    }
    let name_start = i;
    while i < bytes.len() && !is_space(bytes[i]) && bytes[i] != b'/' && bytes[i] != b'>' {
        i += 1;
    }
    let name = text[name_start..i].to_ascii_lowercase();
    let mut attributes = Vec::new();
    loop {
        while i < bytes.len() && (is_space(bytes[i]) || bytes[i] == b'/') {
            i += 1;
        }
        match bytes.get(i) {
            None => return None,
            Some(b'>') => return Some(Tag { end: i + 1, closing, name, attributes }),
            Some(_) => {}
        }
        let attr_start = i;
        i += 1;
        while i < bytes.len() && !is_space(bytes[i]) && !matches!(bytes[i], b'/' | b'>' | b'=') {
            i += 1;
        }
        attributes.push(text[attr_start..i].to_ascii_lowercase());
        while i < bytes.len() && is_space(bytes[i]) {
            i += 1;
        }
        if bytes.get(i) != Some(&b'=') {
            continue;
        }
        i += 1;
        while i < bytes.len() && is_space(bytes[i]) {
            i += 1;
        }
        match bytes.get(i) {
            Some(&q @ (b'"' | b'\'')) => {
                let close = text[i + 1..].find(q as char)?;
                i += close + 2;
            }
            _ => {
                while i < bytes.len() && !is_space(bytes[i]) && bytes[i] != b'>' {
                    i += 1;
                }
            }
        }
    }
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c')
}

/// The end of a CommonMark autolink `<scheme:...>` starting at `text[at]`.
fn autolink_end(text: &str, at: usize) -> Option<usize> {
    let rest = &text[at + 1..];
    let colon = rest.find(':')?;
    let scheme = &rest[..colon];
    let scheme_ok = (2..=32).contains(&scheme.len())
        && scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        && scheme.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '.' | '-'));
    if !scheme_ok {
        return None;
    }
    let close = rest.find(|c: char| c == '>' || c == '<' || c.is_whitespace() || c.is_control())?;
    (rest.as_bytes()[close] == b'>' && close > colon).then_some(at + 1 + close + 1)
}

/// The destination of an inline link whose `(` ends at `from`: `(from, to)` of the URL text.
fn inline_link_url(text: &str, from: usize) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut i = from;
    while i < bytes.len() && matches!(bytes[i], b' ' | b'\t') {
        i += 1;
    }
    let start = i;
    if bytes.get(i) == Some(&b'<') {
        let close = text[i..].find(['>', '\n'])?;
        return (bytes[i + close] == b'>').then_some((start, i + close + 1));
    }
    let mut depth = 0usize;
    while i < bytes.len() && !bytes[i].is_ascii_whitespace() && !bytes[i].is_ascii_control() {
        match bytes[i] {
            b'\\' => i += 1,
            b'(' => depth += 1,
            b')' if depth == 0 => break,
            b')' => depth -= 1,
            _ => {}
        }
        i += 1;
    }
    let end = i.min(bytes.len());
    (end > start).then_some((start, end))
}

/// A link reference definition on the line starting at `at` (`[label]: url`): its URL.
fn reference_definition_url(text: &str, at: usize) -> Option<(usize, usize)> {
    let line_end = text[at..].find('\n').map_or(text.len(), |n| at + n);
    let line = &text[at..line_end];
    let indent = line.len() - line.trim_start_matches(' ').len();
    if indent > 3 || !line[indent..].starts_with('[') {
        return None;
    }
    let close = line.find("]:")?;
    let after = &line[close + 2..];
    let url_start = after.len() - after.trim_start().len();
    let url = after.trim_start();
    let url_len = url.find(char::is_whitespace).unwrap_or(url.len());
    (url_len > 0).then(|| {
        let from = at + close + 2 + url_start;
        (from, from + url_len)
    })
}

/// Past the code span whose opening backticks start at `at` (or just past the backticks when
/// they open no span).
fn code_span_end(text: &str, at: usize) -> usize {
    let run = text[at..].len() - text[at..].trim_start_matches('`').len();
    let mut i = at + run;
    while let Some(n) = text[i..].find('`') {
        let start = i + n;
        let len = text[start..].len() - text[start..].trim_start_matches('`').len();
        if len == run {
            return start + len;
        }
        i = start + len;
    }
    at + run
}

/// Past the fenced code block opening on the line at `at`, closed or not.
fn fence_block_end(text: &str, at: usize) -> Option<usize> {
    let line_end = |from: usize| text[from..].find('\n').map_or(text.len(), |n| from + n + 1);
    let first = &text[at..line_end(at)];
    let indent = first.len() - first.trim_start_matches(' ').len();
    let fence_char = first[indent..].chars().next().filter(|c| *c == '`' || *c == '~')?;
    let run = first[indent..].len() - first[indent..].trim_start_matches(fence_char).len();
    if indent > 3 || run < 3 || (fence_char == '`' && first[indent + run..].contains('`')) {
        return None;
    }
    let mut i = line_end(at);
    while i < text.len() {
        let line = &text[i..line_end(i)];
        let t = line.trim_start_matches(' ');
        let len = t.len() - t.trim_start_matches(fence_char).len();
        if line.len() - t.len() <= 3 && len >= run && t[len..].trim().is_empty() {
            return Some(line_end(i));
        }
        i = line_end(i);
    }
    Some(text.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn real_markup_is_kept_byte_for_byte() {
        for d in [
            "Use <span pulumi-lang-nodejs=\"`host`\" pulumi-lang-python=\"`host`\">`host`</span> here.",
            "It's <b>bold</b> & <fast> and Dict<string> or <num>.",
            "<p>One</p><p>Two<ul><li>a<li>b</ul>",
            "See <a href=\"https://example.com/x?a=1&amp;b=2\">docs</a> or <https://github.com/x>.",
            "A [link](https://pulumi.com) and [rel](/docs/x) and [anchor](#y).",
            "Code `<object data=x>` and\n```\n<script>x</script> <div>\n```\n",
            "<br><br/><img src=\"https://x/y.png\" alt=\"y\">",
            "<table><thead><tr><th>a</th></tr></thead><tbody><tr><td colspan=\"2\">b</td></tr></tbody></table>",
        ] {
            assert_eq!(sanitize(d), d, "{d}");
        }
    }

    /// Every description and deprecation message of the real provider schemas in the shared
    /// fixtures passes unchanged.
    #[test]
    fn real_provider_descriptions_are_unchanged() {
        fn walk(v: &serde_json::Value, texts: &mut Vec<String>) {
            match v {
                serde_json::Value::Object(m) => {
                    for (k, x) in m {
                        match x {
                            serde_json::Value::String(t) if k == "description" || k == "deprecationMessage" => texts.push(t.clone()),
                            _ => walk(x, texts),
                        }
                    }
                }
                serde_json::Value::Array(a) => a.iter().for_each(|x| walk(x, texts)),
                _ => {}
            }
        }
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/fixtures/providers");
        let mut texts = Vec::new();
        for provider in std::fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
            let path = provider.unwrap().path().join("schema.json");
            let json: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
            walk(&json, &mut texts);
        }
        assert!(texts.len() > 1000, "{} texts", texts.len());
        for t in &texts {
            assert_eq!(sanitize(t), t.as_str());
        }
    }

    #[test]
    fn hostile_markup_is_neutralised() {
        let cases = [
            ("<b onclick=\"alert(1)\">x</b>", "<b>x</b>"),
            ("<a href=\"javascript:alert(1)\">x</a>", "<a>x</a>"),
            ("<a href=\"jav&#x61;script:alert(1)\">x</a>", "<a>x</a>"),
            ("<object data=\"x.swf\"></object>", ""),
            ("<base href=\"https://evil/\">", ""),
            ("<meta http-equiv=\"refresh\" content=\"0;url=https://evil\">", ""),
            ("a</div>b", "a&lt;/div>b"),
            ("<pre>x", "<pre>x</pre>"),
            ("[x](javascript:alert(1))", "[x](#)"),
            ("[x]( <javascript:alert(1)> )", "[x]( # )"),
            ("[x]: javascript:alert(1)\n", "[x]: #\n"),
            ("<javascript:alert(1)>", "&lt;javascript:alert(1)>"),
            ("<made-up onmouseover=alert(1)>", "&lt;made-up onmouseover=alert(1)>"),
            ("<img src=x onerror=alert(1)>", "<img src=\"x\">"),
            ("<table><tr><td onclick=x>1</td></tr></table>", "<table><tr><td>1</td></tr></table>"),
        ];
        for (input, want) in cases {
            assert_eq!(sanitize(input), want, "{input}");
        }
    }
}
