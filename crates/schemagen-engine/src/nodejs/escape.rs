//! Schema text inside TypeScript: string literals and JSDoc comments that no description,
//! token or message can break out of.

use std::fmt::Write;

/// A `"..."` literal of any text: quotes, backslashes, every line terminator (including
/// U+2028/U+2029) and other control characters are escaped, so the literal is one token.
pub fn string_literal(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c.is_control() || c == '\u{2028}' || c == '\u{2029}' => {
                let _ = write!(out, "\\u{{{:x}}}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The lines of a JSDoc comment for `text`: a `*/` cannot close the comment early (it becomes
/// `*&#47;`, as Pulumi writes it), every line terminator starts a new comment line, and
/// trailing blank lines are dropped.
pub fn doc_lines(text: &str) -> Vec<String> {
    let safe = text.replace("*/", "*&#47;");
    let mut lines: Vec<String> = safe
        .split(['\n', '\u{2028}', '\u{2029}'])
        .map(|l| l.strip_suffix('\r').unwrap_or(l).replace('\r', " "))
        .collect();
    while lines.last().is_some_and(|l| l.trim().is_empty()) {
        lines.pop();
    }
    lines
}

/// A JSDoc comment (with `@deprecated`), indented; empty when there is nothing to say.
pub fn doc_comment(description: Option<&str>, deprecation: Option<&str>, indent: &str) -> String {
    let lines = description.map(doc_lines).unwrap_or_default();
    let deprecation = deprecation.map(|d| doc_lines(d).join(" "));
    if lines.is_empty() && deprecation.is_none() {
        return String::new();
    }
    let mut out = format!("{indent}/**\n");
    for l in &lines {
        if l.is_empty() {
            let _ = writeln!(out, "{indent} *");
        } else {
            let _ = writeln!(out, "{indent} * {l}");
        }
    }
    if let Some(d) = deprecation {
        if !lines.is_empty() {
            let _ = writeln!(out, "{indent} *");
        }
        let _ = writeln!(out, "{indent} * @deprecated {d}");
    }
    let _ = writeln!(out, "{indent} */");
    out
}

/// A number, boolean or string from the schema as a TypeScript literal.
pub fn value_literal(v: &serde_json::Value) -> Option<String> {
    match v {
        serde_json::Value::Bool(b) => Some(b.to_string()),
        serde_json::Value::Number(n) => Some(number(n)),
        serde_json::Value::String(s) => Some(string_literal(s)),
        _ => None,
    }
}

/// A number as Go's shortest formatting prints it: a whole float without `.0` (`1.0` → `1`).
fn number(n: &serde_json::Number) -> String {
    match n.as_f64() {
        Some(f) if n.is_f64() && f.fract() == 0.0 && f.abs() < 1e21 => format!("{f:.0}"),
        _ => n.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literals_cannot_be_left() {
        assert_eq!(string_literal("a\"b\\c\n${x}`"), "\"a\\\"b\\\\c\\n${x}`\"");
        assert_eq!(string_literal("\u{2028}"), "\"\\u{2028}\"");
    }

    #[test]
    fn comments_cannot_be_closed() {
        let c = doc_comment(Some("x */ alert(1) /*\n\nmore\n\n"), Some("old\n*/"), "    ");
        assert_eq!(c, "    /**\n     * x *&#47; alert(1) /*\n     *\n     * more\n     *\n     * @deprecated old *&#47;\n     */\n");
        assert_eq!(doc_comment(None, None, ""), "");
        assert_eq!(doc_lines("a\u{2028}b"), vec!["a", "b"]);
    }
}
