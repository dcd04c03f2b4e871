//! Descriptions on the 2020-format reference pages: code choosers become the 2020 examples
//! structure (`{{% examples %}}` holding one `{{% example %}}` per example, with the pages'
//! four languages), names resolve to the span's own text outside a language section.

use std::borrow::Cow;

use super::lines::{pieces, squeeze_blank_lines, Piece, Shortcode};
use super::spans::resolve_spans;

/// The languages the 2020 pages show examples in.
const PAGE_FENCES: [&str; 4] = ["typescript", "python", "go", "csharp"];

/// A resource's or function's page body. Text without choosers or spans is unchanged.
pub fn for_2020_page(text: &str) -> Cow<'_, str> {
    if !text.contains("PulumiCodeChooser") {
        return resolve_spans(text, None);
    }
    let pieces = pieces(text);
    let already_structured = pieces.iter().any(|p| matches!(p, Piece::Shortcode(Shortcode::ExamplesOpen, _)));
    let out = if already_structured { strip_choosers(&pieces) } else { restructure(&pieces) };
    Cow::Owned(resolve_spans(&squeeze_blank_lines(&out), None).into_owned())
}

/// The line `meta_desc` ends with: the description's first line, as in 2020, after the markup
/// is resolved and leading whole-line comments skipped; empty when that line is not prose
/// (a heading such as `## Example Usage`, code, a shortcode).
pub fn summary(text: &str) -> String {
    let first = pieces(text).into_iter().find(|p| !matches!(p, Piece::Comment(_)));
    match first {
        Some(Piece::Line(line)) => {
            let line = line.strip_suffix('\n').unwrap_or(line);
            let line = line.strip_suffix('\r').unwrap_or(line);
            if line.trim_start().starts_with('#') {
                String::new()
            } else {
                resolve_spans(line, None).into_owned()
            }
        }
        _ => String::new(),
    }
}

/// Choosers inside an existing examples structure: markers dropped, the pages' languages kept.
fn strip_choosers(pieces: &[Piece<'_>]) -> String {
    let mut out = String::new();
    let mut in_chooser = false;
    for p in pieces {
        match p {
            Piece::ChooserStart(_) => in_chooser = true,
            Piece::ChooserEnd(_) => in_chooser = false,
            Piece::Comment(_) => {}
            Piece::Fence { lang, .. } if in_chooser && !PAGE_FENCES.contains(&lang.as_str()) => {}
            other => out.push_str(other.text()),
        }
    }
    out
}

/// Each `## ` section that holds choosers becomes an examples block: its heading, then per
/// chooser an example holding the text since the previous one (`### Title`) and the
/// chooser's code in the pages' languages; text after the last chooser follows the block.
fn restructure(pieces: &[Piece<'_>]) -> String {
    let mut out = String::new();
    let mut start = 0;
    while start < pieces.len() {
        let end = (start + 1..pieces.len()).find(|&i| is_section_heading(&pieces[i])).unwrap_or(pieces.len());
        section(&pieces[start..end], &mut out);
        start = end;
    }
    out
}

fn is_section_heading(p: &Piece<'_>) -> bool {
    matches!(p, Piece::Line(l) if l.starts_with("## "))
}

fn section(pieces: &[Piece<'_>], out: &mut String) {
    if !pieces.iter().any(|p| matches!(p, Piece::ChooserStart(_))) {
        pieces.iter().filter(|p| !matches!(p, Piece::Comment(_))).for_each(|p| out.push_str(p.text()));
        return;
    }
    let (heading, body) = match pieces.first() {
        Some(h) if is_section_heading(h) => (h.text(), &pieces[1..]),
        _ => ("", pieces),
    };
    let mut examples = String::new();
    let mut pending = String::new();
    let mut chooser: Option<Vec<&str>> = None;
    for p in body {
        match (p, &mut chooser) {
            (Piece::ChooserStart(_), None) => chooser = Some(Vec::new()),
            (Piece::ChooserEnd(_), Some(fences)) => {
                if !fences.is_empty() {
                    examples.push_str("{{% example %}}\n");
                    let title = pending.trim();
                    if !title.is_empty() {
                        examples.push_str(title);
                        examples.push('\n');
                    }
                    examples.push('\n');
                    for f in fences.iter() {
                        examples.push_str(f);
                        if !f.ends_with('\n') {
                            examples.push('\n');
                        }
                        examples.push('\n');
                    }
                    examples.push_str("{{% /example %}}\n");
                    pending.clear();
                }
                chooser = None;
            }
            (Piece::Fence { lang, text }, Some(fences)) => {
                if PAGE_FENCES.contains(&lang.as_str()) {
                    fences.push(text);
                }
            }
            (Piece::Comment(_), _) | (_, Some(_)) => {}
            (other, None) => pending.push_str(other.text()),
        }
    }
    if examples.is_empty() {
        out.push_str(heading);
    } else {
        out.push_str("{{% examples %}}\n");
        out.push_str(heading);
        out.push_str(&examples);
        out.push_str("{{% /examples %}}\n\n");
    }
    out.push_str(&pending);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn choosers_become_the_2020_examples_structure() {
        let text = "<!-- Bug: x -->\nManages a <span pulumi-lang-nodejs=\"`docker.Network`\" pulumi-lang-python=\"`Network`\">`docker.Network`</span>.\n\n## Example Usage\n\n### Basic\n\n<!--Start PulumiCodeChooser -->\n```typescript\nts\n```\n```python\npy\n```\n```java\njava\n```\n<!--End PulumiCodeChooser -->\n\n## Import\n\n```sh\n$ pulumi import x\n```\n";
        assert_eq!(
            for_2020_page(text),
            "Manages a `docker.Network`.\n\n{{% examples %}}\n## Example Usage\n{{% example %}}\n### Basic\n\n```typescript\nts\n```\n\n```python\npy\n```\n\n{{% /example %}}\n{{% /examples %}}\n\n## Import\n\n```sh\n$ pulumi import x\n```"
        );
        assert_eq!(summary(text), "Manages a `docker.Network`.");
    }

    #[test]
    fn text_without_choosers_is_unchanged() {
        let text = "Provides a thing.\n\n{{% examples %}}\n## Example Usage\n{{% example %}}\n\n```typescript\nx\n```\n\n{{% /example %}}\n{{% /examples %}}\n";
        assert!(matches!(for_2020_page(text), Cow::Borrowed(t) if t == text));
        assert_eq!(summary(text), "Provides a thing.");
        assert_eq!(summary("\nSecond line"), "", "a blank first line stays the 2020 summary");
        assert_eq!(summary("## Example Usage\n\nx"), "");
    }
}
