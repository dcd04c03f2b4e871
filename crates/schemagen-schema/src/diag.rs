//! Diagnostics: what is wrong, where (JSON pointer, line, column), and what would fix it.

use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Warning,
    Error,
}

/// A 1-based line and column (in characters) and the byte offset they stand for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Location {
    pub line: usize,
    pub column: usize,
    pub offset: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    pub message: String,
    /// RFC 6901 pointer to the offending node (`""` is the whole document).
    pub pointer: String,
    pub help: Option<String>,
    pub location: Option<Location>,
    /// Other places that explain this one (e.g. the first of two definitions of one key).
    pub related: Vec<Related>,
    /// A warning about what Pulumi's own binder rejects but schemagen's generators accept:
    /// `check`, which answers whether Pulumi will take the schema, reports it as an error.
    pub pulumi_rejects: bool,
}

/// A second location attached to a diagnostic.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Related {
    pub message: String,
    pub pointer: String,
    pub location: Option<Location>,
}

impl Diagnostic {
    pub fn error(pointer: impl Into<String>, message: impl Into<String>) -> Self {
        Diagnostic {
            severity: Severity::Error,
            message: message.into(),
            pointer: pointer.into(),
            help: None,
            location: None,
            related: Vec::new(),
            pulumi_rejects: false,
        }
    }
    pub fn warning(pointer: impl Into<String>, message: impl Into<String>) -> Self {
        Diagnostic { severity: Severity::Warning, ..Diagnostic::error(pointer, message) }
    }
    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }
    /// As `check` reports it: what Pulumi's binder rejects is an error there.
    pub fn as_pulumi_reports(&self) -> Diagnostic {
        let mut d = self.clone();
        if d.pulumi_rejects {
            d.severity = Severity::Error;
        }
        d
    }
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// The first line of the rendering: `file:line:column: error: message`.
    pub fn header(&self, file: &str) -> String {
        let kind = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        match self.location {
            Some(l) => format!("{file}:{}:{}: {kind}: {}", l.line, l.column, self.message),
            None => format!("{file}: {kind}: {}", self.message),
        }
    }

    /// `file:line:column: error: message` followed by the pointer and the help, one per line.
    pub fn display<'a>(&'a self, file: &'a str) -> impl fmt::Display + 'a {
        DisplayWithFile { diag: self, file }
    }
}

struct DisplayWithFile<'a> {
    diag: &'a Diagnostic,
    file: &'a str,
}

impl fmt::Display for DisplayWithFile<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let d = self.diag;
        f.write_str(&d.header(self.file))?;
        if !d.pointer.is_empty() {
            write!(f, "\n  at {}", d.pointer)?;
        }
        for r in &d.related {
            match r.location {
                Some(l) => write!(f, "\n  note: {}:{}:{}: {}", self.file, l.line, l.column, r.message)?,
                None => write!(f, "\n  note: {}", r.message)?,
            }
        }
        if let Some(help) = &d.help {
            write!(f, "\n  help: {help}")?;
        }
        Ok(())
    }
}

/// Escape one pointer segment (RFC 6901: `~` → `~0`, `/` → `~1`).
pub fn escape_segment(seg: &str) -> String {
    seg.replace('~', "~0").replace('/', "~1")
}

/// Split a pointer back into unescaped segments.
pub fn pointer_segments(pointer: &str) -> Vec<String> {
    if pointer.is_empty() {
        return Vec::new();
    }
    pointer
        .trim_start_matches('/')
        .split('/')
        .map(|s| s.replace("~1", "/").replace("~0", "~"))
        .collect()
}

/// Up to three candidates closest to `wanted`, best first, for "did you mean" help. Candidates
/// equal to it but for ASCII case are the answer when there are any (a schema's refs are most
/// often mistyped that way); otherwise the closest by Jaro-Winkler, ignoring ASCII case.
pub fn closest<'a>(wanted: &str, candidates: impl IntoIterator<Item = &'a str>) -> Vec<&'a str> {
    let candidates: Vec<&'a str> = candidates.into_iter().collect();
    let mut same: Vec<&'a str> = candidates.iter().copied().filter(|c| c.eq_ignore_ascii_case(wanted)).collect();
    if !same.is_empty() {
        same.sort_unstable();
        same.dedup();
        same.truncate(3);
        return same;
    }
    let wanted_l = AsciiLower(wanted);
    let mut scored: Vec<(f64, &str)> = candidates
        .into_iter()
        .map(|c| (strsim::generic_jaro_winkler(&wanted_l, &AsciiLower(c)), c))
        .filter(|(s, _)| *s > 0.7)
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(b.1)));
    // Tokens share long `pkg:module:` prefixes, so everything scores well: keep only the
    // candidates about as close as the best one.
    let best = scored.first().map_or(0.0, |s| s.0);
    scored.into_iter().take_while(|(s, _)| *s >= best - 0.03).take(3).map(|(_, c)| c).collect()
}

/// A text's characters with ASCII letters lowercased, compared without a lowercased copy.
struct AsciiLower<'a>(&'a str);

impl<'s> IntoIterator for &'s AsciiLower<'_> {
    type Item = char;
    type IntoIter = std::iter::Map<std::str::Chars<'s>, fn(char) -> char>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.chars().map(|c| c.to_ascii_lowercase())
    }
}

/// "did you mean `a`, `b`?" or `None` when nothing is close.
pub fn did_you_mean<'a>(wanted: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<String> {
    let best = closest(wanted, candidates);
    if best.is_empty() {
        return None;
    }
    let list: Vec<String> = best.iter().map(|c| format!("`{c}`")).collect();
    Some(format!("did you mean {}?", list.join(", ")))
}

#[cfg(test)]
mod tests {
    use super::closest;

    #[test]
    fn a_case_slip_is_the_whole_answer() {
        let tokens = ["acme:index/Region:Region", "acme:c1index/Region:Region", "acme:index:Regions"];
        assert_eq!(closest("acme:index/region:Region", tokens), ["acme:index/Region:Region"]);
    }

    #[test]
    fn otherwise_the_nearest_by_jaro_winkler_ignoring_case() {
        let tokens = ["acme:index:Widget", "acme:index:Gadget", "acme:storage:Bucket"];
        assert_eq!(closest("acme:index:WIDGT", tokens), ["acme:index:Widget"]);
        assert!(closest("zzzz", tokens).is_empty());
    }
}
