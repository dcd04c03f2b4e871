//! Descriptions as an SDK's doc comments carry them, per language, as Pulumi's generators
//! leave them: a docstring keeps its own language's examples and names.

use std::borrow::Cow;

use super::lines::{pieces, squeeze_blank_lines, Piece, Shortcode};
use super::spans::resolve_spans;
use super::Language;

/// The doc comment of a resource, function or enum (where Pulumi filters examples): fenced
/// code blocks in other languages than `lang` (`sh` blocks stay) are dropped, wherever they
/// are; an `{{% example %}}` block is unwrapped when code is left in it and dropped otherwise;
/// `{{% examples %}}` blocks are unwrapped; chooser markers and whole-line HTML comments go;
/// spans name what they name in `lang`.
pub fn for_docstring(text: &str, lang: Language) -> Cow<'_, str> {
    let pieces = pieces(text);
    if pieces.iter().all(|p| matches!(p, Piece::Line(_))) {
        return resolve_spans(text, Some(lang));
    }
    // The text being built and, per open `{{% example %}}`, whether code is left in it.
    let mut frames: Vec<(String, bool)> = vec![(String::new(), false)];
    for p in &pieces {
        match p {
            Piece::Line(l) => top(&mut frames).0.push_str(l),
            Piece::Fence { lang: fence, text } => {
                if fence == lang.fence() || fence == "sh" {
                    let frame = top(&mut frames);
                    frame.0.push_str(text);
                    frame.1 = true;
                }
            }
            Piece::ChooserStart(_) | Piece::ChooserEnd(_) | Piece::Comment(_) => {}
            Piece::Shortcode(Shortcode::ExamplesOpen | Shortcode::ExamplesClose, _) => {}
            Piece::Shortcode(Shortcode::ExampleOpen, _) => frames.push((String::new(), false)),
            Piece::Shortcode(Shortcode::ExampleClose, line) => {
                if frames.len() > 1 {
                    close_example(&mut frames);
                } else {
                    top(&mut frames).0.push_str(line);
                }
            }
        }
    }
    while frames.len() > 1 {
        close_example(&mut frames);
    }
    let text = squeeze_blank_lines(&frames[0].0);
    Cow::Owned(resolve_spans(&text, Some(lang)).into_owned())
}

/// Any other description (a property's, a type's): a code chooser keeps `lang`'s example
/// only, without its markers, and spans name what they name in `lang`; the rest is unchanged.
pub fn for_sdk(text: &str, lang: Language) -> Cow<'_, str> {
    if !text.contains("PulumiCodeChooser") {
        return resolve_spans(text, Some(lang));
    }
    let mut out = String::with_capacity(text.len());
    let mut in_chooser = false;
    for p in pieces(text) {
        match p {
            Piece::ChooserStart(_) => in_chooser = true,
            Piece::ChooserEnd(_) => in_chooser = false,
            Piece::Fence { lang: fence, .. } if in_chooser && fence != lang.fence() => {}
            other => out.push_str(other.text()),
        }
    }
    let text = squeeze_blank_lines(&out);
    Cow::Owned(resolve_spans(&text, Some(lang)).into_owned())
}

/// A description for a language that no schema has examples in (Rust): its readers still want
/// to see how the resource is used, so every language's examples stay, each in its own fence;
/// chooser markers, whole-line HTML comments and example shortcodes go, and spans give their
/// default text (the schema's own name).
pub fn for_foreign_examples(text: &str) -> Cow<'_, str> {
    let pieces = pieces(text);
    if pieces.iter().all(|p| matches!(p, Piece::Line(_) | Piece::Fence { .. })) {
        return resolve_spans(text, None);
    }
    let mut out = String::with_capacity(text.len());
    for p in pieces {
        match p {
            Piece::ChooserStart(_) | Piece::ChooserEnd(_) | Piece::Comment(_) | Piece::Shortcode(..) => {}
            other => out.push_str(other.text()),
        }
    }
    let text = squeeze_blank_lines(&out);
    Cow::Owned(resolve_spans(&text, None).into_owned())
}

fn top(frames: &mut [(String, bool)]) -> &mut (String, bool) {
    frames.last_mut().expect("the outermost frame is never closed")
}

fn close_example(frames: &mut Vec<(String, bool)>) {
    if let Some((text, has_code)) = frames.pop() {
        if has_code {
            top(frames).0.push_str(&text);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CHOOSER: &str = "Manages a network.\n\n## Example Usage\n\n<!--Start PulumiCodeChooser -->\n```typescript\nnew docker.Network(\"n\");\n```\n```python\ndocker.Network(\"n\")\n```\n```go\ndocker.NewNetwork(ctx, \"n\", nil)\n```\n<!--End PulumiCodeChooser -->\n\n## Import\n\n```sh\n$ pulumi import docker:index/network:Network foo id\n```\n";

    #[test]
    fn a_docstring_keeps_its_languages_example() {
        assert_eq!(
            for_docstring(CHOOSER, Language::Python),
            "Manages a network.\n\n## Example Usage\n\n```python\ndocker.Network(\"n\")\n```\n\n## Import\n\n```sh\n$ pulumi import docker:index/network:Network foo id\n```"
        );
        let go = for_docstring(CHOOSER, Language::Go);
        assert!(go.contains("docker.NewNetwork") && !go.contains("```python") && !go.contains("PulumiCodeChooser"), "{go}");
    }

    #[test]
    fn foreign_examples_keep_every_language_without_markup() {
        let r = for_foreign_examples(CHOOSER);
        assert!(r.contains("```typescript") && r.contains("```python") && r.contains("```go") && r.contains("```sh"), "{r}");
        assert!(!r.contains("<!--"), "{r}");
        let text = "A <span pulumi-lang-nodejs=\"`restApi`\">`rest_api`</span>.\n{{% examples %}}\n### Basic\n```go\ngo\n```\n{{% /examples %}}\n";
        assert_eq!(for_foreign_examples(text), "A `rest_api`.\n### Basic\n```go\ngo\n```");
    }

    #[test]
    fn example_shortcodes_are_unwrapped_or_dropped_as_pulumi_does() {
        let text = "Intro.\n\n{{% examples %}}\n## Example Usage\n{{% example %}}\n### Basic\n\n```typescript\nts\n```\n```python\npy\n```\n{{% /example %}}\n{{% example %}}\n### TypeScript only\n\n```typescript\nts\n```\n{{% /example %}}\n{{% /examples %}}";
        assert_eq!(for_docstring(text, Language::Python), "Intro.\n\n## Example Usage\n### Basic\n\n```python\npy\n```");
    }

    #[test]
    fn other_descriptions_keep_everything_but_other_languages_chooser_examples() {
        assert_eq!(for_sdk("Plain `x`, ```hcl\n```", Language::Python), "Plain `x`, ```hcl\n```");
        let p = for_sdk(CHOOSER, Language::Python);
        assert!(p.contains("```python") && p.contains("```sh") && !p.contains("typescript") && !p.contains("<!--"), "{p}");
        assert_eq!(for_docstring("no markup at all", Language::Go), "no markup at all");
    }
}
