//! A [`Report`] as text for a terminal, markdown for a pull-request comment, or JSON for tools.
//! The words are in `templates/diff/`; this module groups the changes and quotes schema names
//! for each format.

use askama::Template;
use serde::Serialize;
use serde_json::Value;

use super::{Change, Kind, Place, Report, Severity, Subject, SubjectKind, Summary};

mod filters {
    /// Schema text for a terminal: control characters shown escaped, so that a hostile schema
    /// cannot drive the terminal.
    #[askama::filter_fn]
    pub fn printable<T: std::fmt::Display>(s: T, _: &dyn askama::Values) -> askama::Result<String> {
        Ok(super::printable(&s.to_string()))
    }
}

/// Control characters (line breaks included: every change is one line) shown escaped.
pub fn printable(text: &str) -> String {
    text.chars().flat_map(|c| if c.is_control() { c.escape_default().collect::<Vec<_>>() } else { vec![c] }).collect()
}

/// How schema names are quoted.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Flavor {
    Plain,
    Markdown,
}

/// A code span holding any text: in markdown the fence is longer than any run of backticks in
/// it (and padded when the text starts or ends with one), so the text cannot close it.
fn code(text: &str, flavor: Flavor) -> String {
    let text = printable(text);
    match flavor {
        Flavor::Plain => format!("`{text}`"),
        Flavor::Markdown => {
            let longest = text.split(|c| c != '`').map(str::len).max().unwrap_or(0);
            let fence = "`".repeat(longest + 1);
            let pad = if text.starts_with('`') || text.ends_with('`') || text.is_empty() { " " } else { "" };
            format!("{fence}{pad}{text}{pad}{fence}")
        }
    }
}

#[derive(Template)]
#[template(path = "diff/reason.txt")]
struct Reason<'a> {
    c: &'a Change,
    /// The path's first segment (`inputs`) and the rest (`ports[*]`).
    role: &'a str,
    member: &'a str,
    flavor: Flavor,
}

impl Reason<'_> {
    fn code(&self, text: &str) -> String {
        code(text, self.flavor)
    }
    fn value(&self, v: &Value) -> String {
        code(&v.to_string(), self.flavor)
    }
    /// Free text from the schema (a deprecation message): its first line, made printable.
    fn text(&self, text: &str) -> String {
        let line = printable(text.lines().next().unwrap_or("").trim());
        match self.flavor {
            Flavor::Plain => line,
            Flavor::Markdown => markdown_text(&line),
        }
    }
}

/// Text in markdown with nothing in it taken as markup or HTML.
fn markdown_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '#' | '~' | '!' => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

fn reason_in(c: &Change, flavor: Flavor) -> String {
    let split = c.path.find(['.', '[', '{']).unwrap_or(c.path.len());
    let (role, rest) = c.path.split_at(split);
    let member = rest.strip_prefix('.').unwrap_or(rest);
    let view = Reason { c, role, member, flavor };
    // The template has no fallible parts; should it ever fail, the change is still reported.
    view.render().unwrap_or_else(|_| format!("{} {}", c.subject.kind.label(), c.path))
}

/// The one-line message of a change, with schema names in backticks.
pub(super) fn reason(c: &Change) -> String {
    reason_in(c, Flavor::Plain)
}

struct Line {
    path: String,
    message: String,
    old_at: String,
    new_at: String,
}

struct SubjectGroup {
    kind: SubjectKind,
    token: String,
    changes: Vec<Line>,
}

struct SeverityGroup {
    severity: Severity,
    count: usize,
    style: String,
    reset: String,
    subjects: Vec<SubjectGroup>,
}

fn at(file: &str, p: &Place) -> String {
    match (p.line, p.column) {
        (Some(l), Some(c)) => format!("{file}:{l}:{c}"),
        _ => file.to_string(),
    }
}

/// `changes` (sorted by severity, then subject) grouped by severity, then subject.
fn groups(report: &Report, changes: &[Change], flavor: Flavor, colour: bool) -> Vec<SeverityGroup> {
    let mut out: Vec<SeverityGroup> = Vec::new();
    for c in changes {
        if out.last().is_none_or(|g| g.severity != c.severity) {
            let style = if colour { severity_style(c.severity) } else { anstyle::Style::new() };
            out.push(SeverityGroup {
                severity: c.severity,
                count: 0,
                style: style.render().to_string(),
                reset: style.render_reset().to_string(),
                subjects: Vec::new(),
            });
        }
        let g = out.last_mut().expect("a group was just made");
        g.count += 1;
        if g.subjects.last().is_none_or(|s| s.kind != c.subject.kind || s.token != c.subject.token) {
            let Subject { kind, token } = c.subject.clone();
            g.subjects.push(SubjectGroup { kind, token, changes: Vec::new() });
        }
        let message = if flavor == Flavor::Plain { c.message.clone() } else { reason_in(c, flavor) };
        g.subjects.last_mut().expect("a subject was just added").changes.push(Line {
            path: c.path.clone(),
            message,
            old_at: at(&report.old.file, &c.old),
            new_at: at(&report.new.file, &c.new),
        });
    }
    out
}

fn severity_style(s: Severity) -> anstyle::Style {
    use anstyle::{AnsiColor, Style};
    let colour = match s {
        Severity::Breaking => AnsiColor::Red,
        Severity::Warning => AnsiColor::Yellow,
        Severity::Info => AnsiColor::Cyan,
    };
    Style::new().bold().fg_color(Some(colour.into()))
}

/// What both sides are, and the counts: the report's title and summary line.
struct Heading {
    old_name: String,
    old_version: Option<String>,
    old_file: String,
    new_name: String,
    new_version: Option<String>,
    new_file: String,
    summary: Summary,
}

impl Heading {
    fn of(report: &Report) -> Self {
        Heading {
            old_name: report.old.package.clone(),
            old_version: report.old.version.clone(),
            old_file: report.old.file.clone(),
            new_name: report.new.package.clone(),
            new_version: report.new.version.clone(),
            new_file: report.new.file.clone(),
            summary: report.summary(),
        }
    }
}

/// How the text report is printed.
#[derive(Debug, Clone, Copy)]
pub struct TextOptions {
    /// ANSI colours (for a terminal).
    pub colour: bool,
    /// List at most this many changes (the most severe first).
    pub max_changes: usize,
}

#[derive(Template)]
#[template(path = "diff/text.txt")]
struct TextView {
    groups: Vec<SeverityGroup>,
    hidden: usize,
    shown: usize,
    summary_style: String,
    summary_reset: String,
    h: Heading,
}

/// The report for a terminal, grouped by severity and then by resource, with a summary line.
pub fn text(report: &Report, opts: TextOptions) -> String {
    let shown = opts.max_changes.min(report.changes.len());
    let style = match (opts.colour, report.summary().breaking > 0) {
        (false, _) => anstyle::Style::new(),
        (true, true) => severity_style(Severity::Breaking),
        (true, false) => anstyle::Style::new().bold(),
    };
    let view = TextView {
        groups: groups(report, &report.changes[..shown], Flavor::Plain, opts.colour),
        hidden: report.changes.len() - shown,
        shown,
        summary_style: style.render().to_string(),
        summary_reset: style.render_reset().to_string(),
        h: Heading::of(report),
    };
    view.render().unwrap_or_default()
}

struct Part {
    collapsed: bool,
    count: usize,
    groups: Vec<SeverityGroup>,
}

#[derive(Template)]
#[template(path = "diff/markdown.md")]
struct MarkdownView {
    parts: Vec<Part>,
    h: Heading,
}

impl MarkdownView {
    fn code(&self, text: &str) -> String {
        code(text, Flavor::Markdown)
    }
}

/// The report as a pull-request comment: a summary table, the first `max_changes` changes, the
/// rest in a collapsed `<details>` block.
pub fn markdown(report: &Report, max_changes: usize) -> String {
    let shown = max_changes.min(report.changes.len());
    let (open, rest) = report.changes.split_at(shown);
    let mut parts = vec![Part { collapsed: false, count: open.len(), groups: groups(report, open, Flavor::Markdown, false) }];
    if !rest.is_empty() {
        parts.push(Part { collapsed: true, count: rest.len(), groups: groups(report, rest, Flavor::Markdown, false) });
    }
    let view = MarkdownView {
        parts,
        h: Heading::of(report),
    };
    view.render().unwrap_or_default()
}

/// The JSON document's version; see the module documentation for its fields.
const SCHEMA_VERSION: u32 = 1;

#[derive(Serialize)]
struct JsonReport<'a> {
    schema_version: u32,
    old: &'a super::Schema,
    new: &'a super::Schema,
    summary: Summary,
    changes: &'a [Change],
}

/// The report as JSON (every change, whatever `--max-changes` says), with a final newline.
pub fn json(report: &Report) -> String {
    let doc = JsonReport { schema_version: SCHEMA_VERSION, old: &report.old, new: &report.new, summary: report.summary(), changes: &report.changes };
    let mut out = serde_json::to_string_pretty(&doc).unwrap_or_default();
    out.push('\n');
    out
}
