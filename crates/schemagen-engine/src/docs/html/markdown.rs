//! Schema text as HTML: CommonMark rendered by pulldown-cmark, then sanitised (`sanitize.rs`).
//! Descriptions repeat (every language's property list, every page that lists a supporting
//! type), so each distinct text is rendered once per site.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use pulldown_cmark::{CodeBlockKind, Event, Options, Parser, Tag, TagEnd};

use super::super::lang::Lang;
use super::sanitize::Sanitizer;

/// The deepest nesting of elements a description is rendered with. Real descriptions stay in
/// single digits; the HTML tree builder the sanitiser uses takes time quadratic in the depth
/// (minutes for 100,000 nested block quotes), so deeper text is shown as it was written.
const MAX_NESTING: usize = 256;

/// The wrappers tfgen put around a description's examples, which the Hugo theme expanded.
const EXAMPLE_SHORTCODES: [&str; 4] = ["{{% examples %}}", "{{% /examples %}}", "{{% example %}}", "{{% /example %}}"];

pub(in crate::docs) struct Markdown {
    sanitizer: Sanitizer,
    blocks: RefCell<HashMap<String, Rc<str>>>,
}

impl Markdown {
    pub(in crate::docs) fn new() -> Self {
        Markdown { sanitizer: Sanitizer::new(), blocks: RefCell::default() }
    }

    /// `text` as sanitised HTML. A fenced code block in one of the four languages is wrapped in
    /// `<div class="example" data-lang="…">`, so the language chooser shows only the chosen one.
    pub(in crate::docs) fn block(&self, text: &str) -> Rc<str> {
        if let Some(done) = self.blocks.borrow().get(text) {
            return done.clone();
        }
        let html: Rc<str> = self.sanitizer.clean(&to_html(text)).into();
        self.blocks.borrow_mut().insert(text.to_string(), html.clone());
        html
    }

    /// A one-paragraph text (a deprecation message) as inline HTML: the paragraph's own `<p>`
    /// dropped, so it can follow a label.
    pub(in crate::docs) fn inline(&self, text: &str) -> String {
        let html = self.block(text);
        let trimmed = html.trim();
        match trimmed.strip_prefix("<p>").and_then(|t| t.strip_suffix("</p>")) {
            Some(inner) if !inner.contains("<p>") => inner.to_string(),
            _ => trimmed.to_string(),
        }
    }
}

/// Unsanitised CommonMark rendering, with the example wrappers. After a run of examples, each
/// language the run has none for gets a note in its place, so choosing it does not leave an
/// empty "Example Usage".
fn to_html(text: &str) -> String {
    let mut text = text.to_string();
    for code in EXAMPLE_SHORTCODES {
        text = text.replace(code, "");
    }
    let mut html = String::with_capacity(text.len() * 2);
    let mut run: Vec<Lang> = Vec::new();
    let mut in_example = false;
    let mut events: Vec<Event<'_>> = Vec::new();
    for event in Parser::new_ext(&text, Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH) {
        let lang = match &event {
            Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info))) => Lang::of_fence(info),
            _ => None,
        };
        if !in_example && lang.is_none() && !run.is_empty() {
            events.push(Event::Html(missing_examples(&run).into()));
            run.clear();
        }
        match (lang, &event) {
            (Some(lang), _) => {
                in_example = true;
                run.push(lang);
                events.push(Event::Html(
                    format!(r#"<div class="example" data-lang="{}"><div class="lang-label">{}</div>"#, lang.key(), lang.label()).into(),
                ));
                events.push(event);
            }
            (None, Event::End(TagEnd::CodeBlock)) if in_example => {
                in_example = false;
                events.push(event);
                events.push(Event::Html("</div>".into()));
            }
            _ => events.push(event),
        }
    }
    if !run.is_empty() {
        events.push(Event::Html(missing_examples(&run).into()));
    }
    if nesting(&events) > MAX_NESTING {
        return format!("<pre>{}</pre>", super::super::escape::html_text(&text));
    }
    pulldown_cmark::html::push_html(&mut html, events.into_iter());
    html
}

/// How deep the elements of `events` nest, counting the tags inside raw HTML too (an upper
/// bound: every start tag without a matching end tag in sight counts as open).
fn nesting(events: &[Event<'_>]) -> usize {
    let (mut depth, mut deepest) = (0usize, 0usize);
    for event in events {
        match event {
            Event::Start(_) => depth += 1,
            Event::End(_) => depth = depth.saturating_sub(1),
            Event::Html(raw) | Event::InlineHtml(raw) => {
                let mut rest: &str = raw;
                while let Some(at) = rest.find('<') {
                    rest = &rest[at + 1..];
                    if rest.starts_with('/') {
                        depth = depth.saturating_sub(1);
                    } else if rest.starts_with(|c: char| c.is_ascii_alphabetic()) {
                        depth += 1;
                    }
                    deepest = deepest.max(depth);
                }
            }
            _ => {}
        }
        deepest = deepest.max(depth);
    }
    deepest
}

/// The notes for the chooser's languages a run of examples has none for.
fn missing_examples(run: &[Lang]) -> String {
    Lang::CHOOSER
        .iter()
        .filter(|l| !run.contains(l))
        .map(|l| format!(r#"<div class="example example-missing" data-lang="{}">No {} example.</div>"#, l.key(), l.label()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::Markdown;

    #[test]
    fn examples_are_wrapped_per_language_and_the_shortcodes_dropped() {
        let md = Markdown::new();
        let out = md.block("Intro.\n\n{{% examples %}}\n## Example Usage\n{{% example %}}\n\n```typescript\nconst a = 1 < 2;\n```\n\n```sh\nls\n```\n{{% /example %}}\n{{% /examples %}}\n");
        assert!(!out.contains("{{%"), "{out}");
        assert!(out.contains(r#"<div class="example" data-lang="nodejs"><div class="lang-label">TypeScript</div>
<pre><code>const a = 1 &lt; 2;"#), "{out}");
        assert!(out.contains("<h2>Example Usage</h2>"), "{out}");
        assert!(!out.contains(r#"data-lang="sh""#) && out.contains("<pre><code>ls"), "{out}");
        assert!(out.contains(r#"<div class="example example-missing" data-lang="python">No Python example.</div>"#), "{out}");
        assert!(!out.contains(r#"example-missing" data-lang="nodejs""#), "{out}");
    }

    #[test]
    fn text_nested_past_the_limit_is_shown_as_written() {
        let md = Markdown::new();
        for deep in [">".repeat(10_000) + " x", "- ".repeat(10_000) + "x", "<div>".repeat(10_000) + "<script>x</script>"] {
            let out = md.block(&deep);
            assert!(out.starts_with("<pre>&gt;") || out.starts_with("<pre>- ") || out.starts_with("<pre>&lt;div"), "{}", &out[..80]);
            assert!(!out.contains("<div") && !out.contains("<script"), "{}", &out[..80]);
        }
        let nested = md.block("> > quoted twice\n\n- a\n  - b\n");
        assert!(nested.contains("<blockquote>") && nested.contains("<li>b</li>"), "{nested}");
    }

    #[test]
    fn raw_html_in_a_description_cannot_run_script() {
        let md = Markdown::new();
        let out = md.block("See <b>this</b><script>alert(1)</script> [x](javascript:alert(2)) <img src=x onerror=alert(3)>\n\n```python\n</div></code></pre><script>alert(4)</script>\n```");
        assert!(!out.contains("alert(1)") && !out.contains("javascript:") && !out.contains("onerror"), "{out}");
        assert!(out.contains("<b>this</b>") && out.contains("&lt;script&gt;alert(4)"), "{out}");
    }

    #[test]
    fn inline_drops_the_single_paragraph() {
        let md = Markdown::new();
        assert_eq!(md.inline("Use `b` *instead*."), "Use <code>b</code> <em>instead</em>.");
        assert!(md.inline("one\n\ntwo").starts_with("<p>one</p>"));
    }
}

