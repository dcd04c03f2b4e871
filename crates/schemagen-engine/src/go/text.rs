//! Text that goes into Go source: string literals, struct tags, doc comments, and the column
//! alignment gofmt gives struct fields and const blocks (so the output is gofmt-clean as written).

/// A Go interpreted string literal of any text: everything that could end the literal, or that
/// Go source may not hold raw (control and format characters, line and paragraph separators, a
/// byte order mark, bidi controls), is escaped.
pub(crate) fn quote(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if needs_escape(c) => {
                let code = c as u32;
                if code <= 0xFFFF {
                    out.push_str(&format!("\\u{code:04x}"));
                } else {
                    out.push_str(&format!("\\U{code:08x}"));
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn needs_escape(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{2028}' | '\u{2029}' | '\u{FEFF}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// A number as Go's `strconv.FormatFloat(f, 'f', -1, 64)` prints it, with `.0` added when it has no
/// fraction (how Pulumi writes default values): never an exponent.
pub(crate) fn float_default(f: f64) -> String {
    let s = format!("{f}");
    if s.contains('.') {
        s
    } else {
        s + ".0"
    }
}

/// A number as Go's `%v` prints a `float64` (how Pulumi writes enum values): the shortest
/// digits, in exponent form (`1e+06`, `1e-05`) below 1e-4 or from 1e6.
pub(crate) fn float_v(f: f64) -> String {
    if f == 0.0 {
        return if f.is_sign_negative() { "-0".into() } else { "0".into() };
    }
    let sci = format!("{f:e}");
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    if (-4..6).contains(&exp) {
        format!("{f}")
    } else {
        let sign = if exp < 0 { '-' } else { '+' };
        format!("{mantissa}e{sign}{:02}", exp.abs())
    }
}

/// A struct tag `pulumi:"<wire name>"` as a Go literal: a raw string when it can be one.
pub(crate) fn tag(wire: &str) -> String {
    let inner = format!("pulumi:{}", quote(wire));
    if inner.contains('`') || inner.chars().any(needs_escape) {
        quote(&inner)
    } else {
        format!("`{inner}`")
    }
}

/// The lines of a `//` comment for a description: one line per source line (any line break,
/// Unicode separators included), characters Go source may not hold replaced, no trailing blanks,
/// no leading indentation (which gofmt would turn into a code block), quotes as gofmt writes
/// them; blank lines at either end dropped.
pub(crate) fn comment_lines(text: &str) -> Vec<String> {
    let mut lines: Vec<String> = text
        .split(['\n', '\r', '\u{2028}', '\u{2029}', '\u{85}', '\u{0B}', '\u{0C}'])
        .map(|l| {
            let clean: String = l.chars().map(|c| if needs_escape(c) && c != '\t' { ' ' } else { c }).collect();
            curly_quotes(clean.trim())
        })
        .collect();
    while lines.last().is_some_and(|l| l.is_empty()) {
        lines.pop();
    }
    while lines.first().is_some_and(|l| l.is_empty()) {
        lines.remove(0);
    }
    // gofmt collapses runs of blank comment lines into one.
    lines.dedup_by(|a, b| a.is_empty() && b.is_empty());
    lines
}

/// A line as gofmt writes it in a doc comment: a pair of single quotes is `”`, a run of
/// exactly two backquotes is `“` (longer runs stay).
fn curly_quotes(line: &str) -> String {
    let line = line.replace("''", "\u{201d}");
    let mut out = String::with_capacity(line.len());
    let mut rest = line.as_str();
    while let Some(at) = rest.find('`') {
        out.push_str(&rest[..at]);
        let run = rest[at..].len() - rest[at..].trim_start_matches('`').len();
        out.push_str(if run == 2 { "\u{201c}" } else { &rest[at..at + run] });
        rest = &rest[at + run..];
    }
    out.push_str(rest);
    out
}

/// A doc comment from a description and a deprecation message, each line with its `//` prefix
/// (`//` alone for a blank line), indented by `indent`.
pub(crate) fn doc(description: Option<&str>, deprecated: Option<&str>, indent: &str) -> String {
    let mut lines = description.map(comment_lines).unwrap_or_default();
    if let Some(d) = deprecated {
        if !lines.is_empty() {
            lines.push(String::new());
        }
        let dl = comment_lines(d);
        let first = dl.first().cloned().unwrap_or_default();
        lines.push(format!("Deprecated: {first}").trim_end().to_string());
        lines.extend(dl.into_iter().skip(1));
    }
    let mut out = String::new();
    for l in lines {
        out.push_str(indent);
        if l.is_empty() {
            out.push_str("//\n");
        } else {
            out.push_str("// ");
            out.push_str(&l);
            out.push('\n');
        }
    }
    out
}

/// One line of an aligned block: a comment (which ends the alignment) or cells.
pub(crate) enum Row {
    Doc(String),
    Cells(Vec<String>),
}

/// Lines as gofmt aligns them: in a run of lines with no comment between them, each cell but
/// the last is padded to the widest cell of its column among the consecutive lines that have a
/// cell after it. Every line gets `indent` and a newline.
pub(crate) fn align(rows: &[Row], indent: &str) -> String {
    let mut out = String::new();
    let mut i = 0;
    while i < rows.len() {
        match &rows[i] {
            Row::Doc(d) => {
                out.push_str(d);
                i += 1;
            }
            Row::Cells(_) => {
                let start = i;
                while i < rows.len() && matches!(rows[i], Row::Cells(_)) {
                    i += 1;
                }
                let run: Vec<&Vec<String>> =
                    rows[start..i].iter().filter_map(|r| if let Row::Cells(c) = r { Some(c) } else { None }).collect();
                let mut widths: Vec<Vec<usize>> = run.iter().map(|c| vec![0; c.len()]).collect();
                let max_cols = run.iter().map(|c| c.len()).max().unwrap_or(0);
                for col in 0..max_cols {
                    // Blocks of consecutive lines that have a cell after this column.
                    let mut j = 0;
                    while j < run.len() {
                        if run[j].len() <= col + 1 {
                            j += 1;
                            continue;
                        }
                        let s = j;
                        while j < run.len() && run[j].len() > col + 1 {
                            j += 1;
                        }
                        let w = run[s..j].iter().map(|c| c[col].chars().count()).max().unwrap_or(0);
                        for wr in &mut widths[s..j] {
                            wr[col] = w;
                        }
                    }
                }
                for (cells, w) in run.iter().zip(widths) {
                    out.push_str(indent);
                    for (k, cell) in cells.iter().enumerate() {
                        out.push_str(cell);
                        if k + 1 < cells.len() {
                            let pad = w[k].saturating_sub(cell.chars().count()) + 1;
                            out.extend(std::iter::repeat_n(' ', pad));
                        }
                    }
                    out.push('\n');
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn literals_cannot_break_out() {
        assert_eq!(quote("a\"b\\c\n"), r#""a\"b\\c\n""#);
        assert_eq!(quote("\u{2028}\u{0}"), r#""\u2028\u0000""#);
        assert_eq!(tag("bar"), "`pulumi:\"bar\"`");
        assert_eq!(tag("a`b"), r#""pulumi:\"a`b\"""#);
    }

    #[test]
    fn numbers_print_as_go_prints_them() {
        assert_eq!(float_default(42.0), "42.0");
        assert_eq!(float_default(1e21), "1000000000000000000000.0");
        assert_eq!(float_default(0.5), "0.5");
        assert_eq!(float_v(6.0), "6");
        assert_eq!(float_v(1.5), "1.5");
        assert_eq!(float_v(1e21), "1e+21");
        assert_eq!(float_v(100000.0), "100000");
        assert_eq!(float_v(12345678.0), "1.2345678e+07");
        assert_eq!(float_v(0.00001), "1e-05");
        assert_eq!(float_v(-2.5e-7), "-2.5e-07");
        assert_eq!(float_v(0.0001), "0.0001");
    }

    #[test]
    fn comments_stay_comments() {
        assert_eq!(comment_lines("a */ b\u{2028}  c\r\n\n\n d "), vec!["a */ b", "c", "", "d"]);
        assert_eq!(doc(Some("x"), Some("old"), "\t"), "\t// x\n\t//\n\t// Deprecated: old\n");
        assert_eq!(comment_lines("a ``b'' ''' ```ts ````"), vec!["a \u{201c}b\u{201d} \u{201d}' ```ts ````"]);
    }

    #[test]
    fn alignment_breaks_at_comments_and_missing_cells() {
        let rows = vec![
            Row::Cells(vec!["Bar".into(), "*string".into(), "`t`".into()]),
            Row::Cells(vec!["Configs".into(), "[]ConfigMap".into(), "`t`".into()]),
            Row::Doc("\t// doc\n".into()),
            Row::Cells(vec!["Others".into(), "x".into(), "`t`".into()]),
        ];
        assert_eq!(align(&rows, "\t"), "\tBar     *string     `t`\n\tConfigs []ConfigMap `t`\n\t// doc\n\tOthers x `t`\n");
    }
}
