//! Text from the schema made safe inside Python source. Descriptions, tokens and names come from
//! whoever wrote the schema; nothing they contain may end a string early or add code.

use std::fmt::Write;

/// The body of a `"""` docstring: backslashes and quotes escaped (so neither `"""` nor a trailing
/// `"` can close it), control characters other than newline and tab written as escapes, and
/// `\r\n`/`\r` normalised to `\n`.
pub fn docstring_body(text: &str) -> String {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' | '\t' => out.push(c),
            c if c.is_control() || is_line_break(c) => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out
}

/// Characters Python's tokenizer or editors may treat as line ends inside source.
fn is_line_break(c: char) -> bool {
    matches!(c, '\u{2028}' | '\u{2029}' | '\u{85}' | '\u{0b}' | '\u{0c}' | '\u{1c}' | '\u{1d}' | '\u{1e}')
}

fn escape_into(out: &mut String, s: &str, quote: char) {
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() || is_line_break(c) => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
}

/// A `'...'` literal for any text.
pub fn single_quoted(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('\'');
    escape_into(&mut out, s, '\'');
    out.push('\'');
    out
}

/// A `"..."` literal for any text.
pub fn double_quoted(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    escape_into(&mut out, s, '"');
    out.push('"');
    out
}

/// Docstring lines: the text split into lines, trailing blank lines dropped, each line escaped.
pub fn doc_lines(text: &str) -> Vec<String> {
    let body = docstring_body(text);
    let mut lines: Vec<String> = body.split('\n').map(|l| l.trim_end_matches([' ', '\t']).to_string()).collect();
    while lines.last().is_some_and(|l| l.is_empty()) {
        lines.pop();
    }
    lines
}

/// A JSON primitive as a Python literal (`True`, `42`, `'text'`), or `None` for other values.
pub fn literal(v: &serde_json::Value) -> Option<String> {
    match v {
        serde_json::Value::Bool(true) => Some("True".into()),
        serde_json::Value::Bool(false) => Some("False".into()),
        serde_json::Value::Number(n) => Some(match (n.as_i64(), n.as_f64()) {
            (Some(i), _) => i.to_string(),
            (None, Some(f)) if f.fract() == 0.0 && f.abs() < 1e15 => format!("{}", f as i64),
            (None, Some(f)) => format!("{f}"),
            _ => n.to_string(),
        }),
        serde_json::Value::String(s) => Some(single_quoted(s)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quotes_and_backslashes_cannot_close_a_docstring() {
        assert_eq!(docstring_body(r#"a """ b \ c""#), r#"a \"\"\" b \\ c\""#);
        assert_eq!(single_quoted("it's\n"), r"'it\'s\n'");
        assert_eq!(double_quoted("say \"hi\"\u{0}"), "\"say \\\"hi\\\"\\u0000\"");
        assert_eq!(doc_lines("one\r\ntwo\n\n"), vec!["one", "two"]);
    }
}
