//! Line-level reading of Markdown descriptions: fenced code blocks, chooser markers, whole-line
//! HTML comments and shortcodes, recognised only outside code.

/// One piece of a description.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Piece<'a> {
    /// Ordinary lines (each with its line ending).
    Line(&'a str),
    /// A fenced code block, whole: its info string's first word and its text.
    Fence { lang: String, text: &'a str },
    /// The line `<!--Start PulumiCodeChooser -->`.
    ChooserStart(&'a str),
    /// The line `<!--End PulumiCodeChooser -->`.
    ChooserEnd(&'a str),
    /// `<!-- … -->` alone on a line (not a chooser marker).
    Comment(&'a str),
    /// `{{% examples %}}`, `{{% /examples %}}`, `{{% example %}}`, `{{% /example %}}` alone on a line.
    Shortcode(Shortcode, &'a str),
}

impl<'a> Piece<'a> {
    /// The text the piece was read from.
    pub(crate) fn text(&self) -> &'a str {
        match self {
            Piece::Line(t) | Piece::ChooserStart(t) | Piece::ChooserEnd(t) | Piece::Comment(t) | Piece::Shortcode(_, t) => t,
            Piece::Fence { text, .. } => text,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Shortcode {
    ExamplesOpen,
    ExamplesClose,
    ExampleOpen,
    ExampleClose,
}

/// The pieces of `text`, in order; concatenating the text of every piece gives `text` back.
pub(crate) fn pieces(text: &str) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    let mut offset = 0;
    let mut fence: Option<(usize, char, usize, String)> = None;
    for line in text.split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        if let Some((fstart, c, run, _)) = &fence {
            if closes(line, *c, *run) {
                let (fstart, lang) = (*fstart, fence.take().map(|f| f.3).unwrap_or_default());
                out.push(Piece::Fence { lang, text: &text[fstart..offset] });
            }
            continue;
        }
        if let Some((c, run, lang)) = opens(line) {
            fence = Some((start, c, run, lang));
            continue;
        }
        let t = line.trim();
        out.push(match t {
            "{{% examples %}}" => Piece::Shortcode(Shortcode::ExamplesOpen, line),
            "{{% /examples %}}" => Piece::Shortcode(Shortcode::ExamplesClose, line),
            "{{% example %}}" => Piece::Shortcode(Shortcode::ExampleOpen, line),
            "{{% /example %}}" => Piece::Shortcode(Shortcode::ExampleClose, line),
            _ if is_marker(t, "Start") => Piece::ChooserStart(line),
            _ if is_marker(t, "End") => Piece::ChooserEnd(line),
            _ if t.starts_with("<!--") && t.ends_with("-->") && t.len() >= 7 && !t[4..t.len() - 3].contains("-->") => Piece::Comment(line),
            _ => Piece::Line(line),
        });
    }
    // A fence left open runs to the end, as Markdown reads it.
    if let Some((fstart, _, _, lang)) = fence {
        out.push(Piece::Fence { lang, text: &text[fstart..] });
    }
    out
}

/// `<!--Start PulumiCodeChooser -->` (any spacing inside the comment).
fn is_marker(t: &str, which: &str) -> bool {
    t.strip_prefix("<!--")
        .and_then(|r| r.strip_suffix("-->"))
        .is_some_and(|inner| inner.trim().strip_prefix(which).is_some_and(|r| r.trim() == "PulumiCodeChooser"))
}

/// A fence opening line: its character, run length and info-string language.
fn opens(line: &str) -> Option<(char, usize, String)> {
    let indent = line.len() - line.trim_start_matches(' ').len();
    if indent > 3 {
        return None;
    }
    let text = &line[indent..];
    let c = text.chars().next().filter(|c| *c == '`' || *c == '~')?;
    let run = text.len() - text.trim_start_matches(c).len();
    if run < 3 {
        return None;
    }
    let info = text[run..].trim();
    if c == '`' && info.contains('`') {
        return None;
    }
    Some((c, run, info.split_whitespace().next().unwrap_or("").to_string()))
}

fn closes(line: &str, c: char, run: usize) -> bool {
    let indent = line.len() - line.trim_start_matches(' ').len();
    if indent > 3 {
        return false;
    }
    let text = &line[indent..];
    let n = text.len() - text.trim_start_matches(c).len();
    n >= run && text[n..].trim().is_empty()
}

/// Runs of blank lines squeezed to one, and no blank lines at either end: what a Markdown
/// renderer leaves between blocks once some are removed.
pub(crate) fn squeeze_blank_lines(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank_run = 0;
    let mut in_fence: Option<(char, usize)> = None;
    for line in text.split_inclusive('\n') {
        match in_fence {
            Some((c, run)) => {
                if closes(line, c, run) {
                    in_fence = None;
                }
                out.push_str(line);
                continue;
            }
            None => {
                if let Some((c, run, _)) = opens(line) {
                    in_fence = Some((c, run));
                }
            }
        }
        if line.trim().is_empty() && in_fence.is_none() {
            blank_run += 1;
            if blank_run > 1 || out.is_empty() {
                continue;
            }
            out.push('\n');
            continue;
        }
        blank_run = 0;
        out.push_str(line);
    }
    let trimmed = out.trim_end().len();
    out.truncate(trimmed);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pieces_give_the_text_back_and_see_markers_only_outside_code() {
        let text = "a\n<!--Start PulumiCodeChooser -->\n```python\nx = 1\n<!--End PulumiCodeChooser -->\n```\n<!--End PulumiCodeChooser -->\n<!-- note -->\n{{% example %}}\n~~~\nopen";
        let p = pieces(text);
        assert_eq!(p[0], Piece::Line("a\n"));
        assert_eq!(p[1], Piece::ChooserStart("<!--Start PulumiCodeChooser -->\n"));
        assert_eq!(p[2], Piece::Fence { lang: "python".into(), text: "```python\nx = 1\n<!--End PulumiCodeChooser -->\n```\n" });
        assert_eq!(p[3], Piece::ChooserEnd("<!--End PulumiCodeChooser -->\n"));
        assert_eq!(p[4], Piece::Comment("<!-- note -->\n"));
        assert_eq!(p[5], Piece::Shortcode(Shortcode::ExampleOpen, "{{% example %}}\n"));
        assert_eq!(p[6], Piece::Fence { lang: String::new(), text: "~~~\nopen" });
        assert_eq!(p.iter().map(Piece::text).collect::<String>(), text);
    }

    #[test]
    fn blank_lines_are_squeezed_outside_code_only() {
        assert_eq!(squeeze_blank_lines("\n\na\n\n\n\nb\n```\n\n\n```\n\n"), "a\n\nb\n```\n\n\n```");
    }
}
