//! Renders schema diagnostics for a terminal: the `file:line:column: error: message` line that
//! editors and CI jump to, then the source line with a caret, the JSON pointer, related places
//! and the help.

use annotate_snippets::{AnnotationKind, Element, Group, Level, Renderer, Snippet};
use schemagen_schema::{Diagnostic, Location, Severity};

/// Renders one diagnostic; `source` is the schema text when it could be read.
pub fn render(file: &str, source: Option<&str>, d: &Diagnostic, styled: bool) -> String {
    let mut out = printable(&d.header(file));
    let level = match d.severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
    };
    let mut snippets: Vec<Element<'_>> = Vec::new();
    let mut windowed_related = Vec::new();
    if let (Some(text), Some(loc)) = (source, d.location) {
        let pointer_label = if d.pointer.is_empty() { "here".to_string() } else { format!("at {}", d.pointer) };
        snippets.push(snippet(text, loc, pointer_label, AnnotationKind::Primary).0.into());
        for r in &d.related {
            if let Some(rl) = r.location {
                let (related, whole_line) = snippet(text, rl, r.message.clone(), AnnotationKind::Context);
                if whole_line {
                    // The renderer prints `::: file:line:column` for a snippet with a path.
                    snippets.push(related.path(file).into());
                } else {
                    // A cut line's columns are the window's, so the place is written out in a
                    // note of its own: a snippet with a path would be given the window's column,
                    // and one without a path after the first gets an empty `:::` line.
                    let place = format!("{file}:{}:{}", rl.line, rl.column);
                    windowed_related.push(Group::with_title(Level::NOTE.secondary_title(place)).element(related));
                }
            }
        }
    }
    let mut groups = Vec::new();
    if !snippets.is_empty() {
        groups.push(Group::with_level(level.clone()).elements(snippets));
        groups.extend(windowed_related);
    } else if !d.pointer.is_empty() {
        groups.push(Group::with_title(Level::NOTE.secondary_title(format!("at {}", d.pointer))));
    }
    for r in d.related.iter().filter(|r| r.location.is_none() || source.is_none()) {
        let at = match r.location {
            Some(l) => format!("{file}:{}:{}: {}", l.line, l.column, r.message),
            None => r.message.clone(),
        };
        groups.push(Group::with_title(Level::NOTE.secondary_title(at)));
    }
    if let Some(help) = &d.help {
        groups.push(Group::with_title(Level::HELP.secondary_title(help.as_str())));
    }
    if !groups.is_empty() {
        // The renderer's output: it already neutralises control characters from the schema.
        let renderer = if styled { Renderer::styled() } else { Renderer::plain() };
        out.push('\n');
        out.push_str(&renderer.render(&groups));
    }
    out
}

/// The line of `loc` as a snippet, with the node at `loc` underlined, and whether the snippet
/// holds the whole line (a long line is cut to a window around the node).
fn snippet<'a>(text: &'a str, loc: Location, label: String, kind: AnnotationKind) -> (Snippet<'a, annotate_snippets::Annotation<'a>>, bool) {
    let offset = floor_boundary(text, loc.offset.min(text.len()));
    // Minified schemas are one huge line: show a window around the node, and never search
    // further than the window for the line's ends (that would be quadratic in many warnings).
    let lo = floor_boundary(text, offset.saturating_sub(WINDOW));
    let hi = ceil_boundary(text, (offset + WINDOW).min(text.len()));
    let starts_line = |i: usize| i == 0 || text.as_bytes()[i - 1] == b'\n';
    let window_start = text[lo..offset].rfind('\n').map_or(lo, |i| lo + i + 1);
    let window_end = text[offset..hi].find('\n').map_or(hi, |i| offset + i);
    let whole_line = starts_line(window_start) && (window_end == text.len() || text.as_bytes()[window_end] == b'\n');
    let line = &text[window_start..window_end];
    let start = offset - window_start;
    let end = start + token_len(&line[start..]);
    (Snippet::source(line).line_start(loc.line).annotation(kind.span(start..end).label(label)), whole_line)
}

/// How much of `rest` the caret should cover: a whole string literal, else one word.
fn token_len(rest: &str) -> usize {
    let mut chars = rest.char_indices();
    match chars.next() {
        None => 0,
        Some((_, '"')) => {
            let mut escaped = false;
            for (i, c) in chars {
                match c {
                    '\\' if !escaped => escaped = true,
                    '"' if !escaped => return i + 1,
                    _ => escaped = false,
                }
            }
            rest.len()
        }
        Some((_, c @ ('{' | '['))) => c.len_utf8(),
        // Up to the next delimiter; at least the first character, which the search skips.
        Some(_) => rest
            .char_indices()
            .skip(1)
            .find(|&(_, c)| c.is_whitespace() || matches!(c, ',' | ':' | '}' | ']' | '{' | '['))
            .map_or(rest.len(), |(i, _)| i),
    }
}

/// Bytes of context shown on each side of the node on a long line.
const WINDOW: usize = 100;

fn ceil_boundary(text: &str, mut i: usize) -> usize {
    while i < text.len() && !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

fn floor_boundary(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Control characters from the schema (in tokens, keys, messages) shown escaped, so that a
/// hostile schema cannot drive the terminal.
pub fn printable(text: &str) -> String {
    text.chars()
        .flat_map(|c| if c.is_control() && c != '\n' { c.escape_default().collect::<Vec<_>>() } else { vec![c] })
        .collect()
}

/// An I/O error in a user's words: its kind's description without the `(os error N)` suffix.
pub fn io_reason(e: &std::io::Error) -> String {
    let text = e.to_string();
    let reason = match text.rfind(" (os error ") {
        Some(i) if text.ends_with(')') => &text[..i],
        _ => &text,
    };
    let mut chars = reason.chars();
    chars.next().map_or_else(String::new, |c| c.to_lowercase().chain(chars).collect())
}
