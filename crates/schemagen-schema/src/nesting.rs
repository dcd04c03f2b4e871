//! A cheap pre-check of YAML flow nesting (`[[[[…` / `{a: {a: …`).
//!
//! The YAML scanner re-examines every open flow collection for each token it reads, so a
//! document nested 100,000 levels deep in flow style takes minutes before the deserializer's
//! own recursion limit (128) could reject it. Anything deeper than [`MAX_FLOW_DEPTH`] would be
//! rejected anyway; this finds it in one linear pass and says where.

/// Deeper than the deserializer's limit (128), so this check never rejects a schema that
/// would otherwise load.
pub(crate) const MAX_FLOW_DEPTH: usize = 256;

/// The byte offset of the bracket that opens flow level `MAX_FLOW_DEPTH + 1`, if any.
pub(crate) fn yaml_flow_too_deep(text: &str) -> Option<usize> {
    let mut depth = 0usize;
    let mut quote: Option<u8> = None;
    // Indentation of the line that opened a `|` or `>` block scalar, while inside one.
    let mut block_scalar: Option<usize> = None;
    let mut offset = 0usize;
    for line in text.split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        let bytes = line.as_bytes();
        let indent = bytes.iter().take_while(|&&b| b == b' ').count();
        let blank = line.trim().is_empty();
        if let Some(parent) = block_scalar {
            if blank || indent > parent {
                continue;
            }
            block_scalar = None;
        }
        let mut token_start = true;
        let mut i = indent;
        while i < bytes.len() {
            let b = bytes[i];
            if let Some(q) = quote {
                match b {
                    b'\\' if q == b'"' => i += 1,
                    b'\'' if q == b'\'' && bytes.get(i + 1) == Some(&b'\'') => i += 1,
                    _ if b == q => {
                        quote = None;
                        token_start = false;
                    }
                    _ => {}
                }
                i += 1;
                continue;
            }
            match b {
                b' ' | b'\t' | b'\r' | b'\n' => {}
                b'#' if i == 0 || matches!(bytes[i - 1], b' ' | b'\t') => break,
                b'"' | b'\'' if token_start => quote = Some(b),
                b'[' | b'{' if token_start || depth > 0 => {
                    depth += 1;
                    if depth > MAX_FLOW_DEPTH {
                        return Some(start + i);
                    }
                    token_start = true;
                }
                b']' | b'}' if depth > 0 => depth -= 1,
                b',' if depth > 0 => token_start = true,
                b':' | b'-' | b'?' if matches!(bytes.get(i + 1), None | Some(b' ' | b'\t' | b'\r' | b'\n')) => {
                    token_start = true;
                }
                b'|' | b'>' if token_start && depth == 0 => {
                    let rest = line[i + 1..].trim_start_matches(['+', '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
                    let rest = rest.trim();
                    if rest.is_empty() || rest.starts_with('#') {
                        block_scalar = Some(indent);
                        break;
                    }
                    token_start = false;
                }
                _ => token_start = false,
            }
            i += 1;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_deep_flow_nesting() {
        let deep = format!("a: {}{}\n", "[".repeat(300), "]".repeat(300));
        assert_eq!(yaml_flow_too_deep(&deep), Some(3 + MAX_FLOW_DEPTH));
        let deep_maps = format!("a: {}1{}\n", "{b: ".repeat(300), "}".repeat(300));
        assert!(yaml_flow_too_deep(&deep_maps).is_some());
    }

    #[test]
    fn brackets_in_text_do_not_count() {
        let open = "[".repeat(300);
        for text in [
            format!("description: some {open}\n"),
            format!("description: |\n  {open}\n  more\nname: x\n"),
            format!("description: \"{open}\"\n"),
            format!("description: '{open} it''s'\n"),
            format!("# {open}\nname: x\n"),
            format!("description: >-\n    {open}\n"),
        ] {
            assert_eq!(yaml_flow_too_deep(&text), None, "{text}");
        }
    }

    #[test]
    fn shallow_flow_is_fine() {
        assert_eq!(yaml_flow_too_deep("required: [a, b]\nx: {y: [1, {z: 2}]}\n"), None);
    }
}
