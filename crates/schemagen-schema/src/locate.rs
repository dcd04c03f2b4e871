//! Finds where a JSON pointer's node starts in the source text.
//!
//! Only run on the error path: binding works on the parsed model, and this re-walks the text
//! (skipping values it does not descend into) to turn pointers back into line and column.

use crate::diag::{pointer_segments, Location};

/// Byte offset → 1-based line and character column.
pub fn location_of_offset(text: &str, offset: usize) -> Location {
    let offset = offset.min(text.len());
    let before = &text[..floor_char_boundary(text, offset)];
    let line = before.bytes().filter(|&b| b == b'\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() + 1;
    Location { line, column, offset }
}

/// 1-based line and column → byte offset (clamped to the text).
pub fn offset_of_line_column(text: &str, line: usize, column: usize) -> usize {
    let mut offset = 0;
    for (i, l) in text.split_inclusive('\n').enumerate() {
        if i + 1 == line {
            let col_bytes: usize = l.chars().take(column.saturating_sub(1)).map(char::len_utf8).sum();
            return offset + col_bytes;
        }
        offset += l.len();
    }
    text.len()
}

/// The lines of `text`, each with its line break, and the byte offset each starts at.
pub fn lines_with_offsets(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split_inclusive('\n').scan(0usize, |offset, line| {
        let start = *offset;
        *offset += line.len();
        Some((start, line))
    })
}

fn floor_char_boundary(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The location of the deepest node of `pointer` that exists in the JSON `text`: a pointer to a
/// missing key locates its parent object, which is where the key would have to be written.
pub fn locate_json(text: &str, pointer: &str) -> Option<Location> {
    let segs = pointer_segments(pointer);
    let mut s = Scanner { b: text.as_bytes(), i: 0 };
    s.ws();
    let mut at = s.i;
    for seg in &segs {
        match s.descend(seg) {
            Some(Some(start)) => at = start,
            _ => break,
        }
    }
    Some(location_of_offset(text, at))
}

/// Every occurrence of the last key of `pointer` in its object (a key written twice has two),
/// in document order; empty when the pointer's parent does not exist.
pub fn locate_json_all(text: &str, pointer: &str) -> Vec<Location> {
    let mut segs = pointer_segments(pointer);
    let Some(last) = segs.pop() else { return Vec::new() };
    let mut s = Scanner { b: text.as_bytes(), i: 0 };
    s.ws();
    for seg in &segs {
        if !matches!(s.descend(seg), Some(Some(_))) {
            return Vec::new();
        }
    }
    let mut starts = Vec::new();
    if s.peek() == Some(b'{') {
        s.descend_all(&last, &mut starts);
    }
    starts.into_iter().map(|o| location_of_offset(text, o)).collect()
}

/// [`locate_json`] for many pointers in one pass over the text: a big schema can have
/// thousands of warnings, and walking 45 MB once per warning would take minutes.
pub fn locate_json_many(text: &str, pointers: &[&str]) -> Vec<Option<Location>> {
    if pointers.is_empty() {
        return Vec::new();
    }
    let mut trie = Trie { nodes: vec![TrieNode::default()], unseen_ends: 0 };
    let paths: Vec<Vec<usize>> = pointers.iter().map(|p| trie.insert(&pointer_segments(p))).collect();
    for &end in paths.iter().filter_map(|path| path.last()) {
        if !trie.nodes[end].end {
            trie.nodes[end].end = true;
            trie.unseen_ends += 1;
        }
    }
    let mut s = Scanner { b: text.as_bytes(), i: 0 };
    s.ws();
    let root = s.i;
    // A malformed text simply ends the walk early; what was found so far still counts.
    let _ = trie.walk(&mut s, 0);
    let offsets: Vec<usize> =
        paths.iter().map(|path| path.iter().map_while(|&n| trie.nodes[n].offset).last().unwrap_or(root)).collect();
    locations_of_offsets(text, &offsets).into_iter().map(Some).collect()
}

/// [`location_of_offset`] for many offsets, counting lines once from the start rather than once
/// per offset.
pub fn locations_of_offsets(text: &str, offsets: &[usize]) -> Vec<Location> {
    let mut order: Vec<usize> = (0..offsets.len()).collect();
    order.sort_by_key(|&i| offsets[i]);
    let mut out = vec![Location { line: 1, column: 1, offset: 0 }; offsets.len()];
    // Line and column at `scanned`; columns count characters, i.e. bytes that do not continue
    // a UTF-8 sequence.
    let (mut line, mut column, mut scanned) = (1usize, 1usize, 0usize);
    for i in order {
        let offset = floor_char_boundary(text, offsets[i].min(text.len()));
        for &b in &text.as_bytes()[scanned..offset] {
            if b == b'\n' {
                line += 1;
                column = 1;
            } else if b & 0xC0 != 0x80 {
                column += 1;
            }
        }
        scanned = offset;
        out[i] = Location { line, column, offset: offsets[i].min(text.len()) };
    }
    out
}

#[derive(Default)]
struct TrieNode {
    children: std::collections::HashMap<String, usize>,
    /// Where the member starts (its key, in an object), once seen.
    offset: Option<usize>,
    /// Whether a pointer ends here.
    end: bool,
}

struct Trie {
    nodes: Vec<TrieNode>,
    /// Pointer ends not yet seen: once none are left, the rest of the text can only hold
    /// ancestors already found, and the walk stops (a warning near the top of a big schema
    /// does not cost a scan of all of it).
    unseen_ends: usize,
}

impl Trie {
    /// Adds the segments and returns the nodes along them.
    fn insert(&mut self, segs: &[String]) -> Vec<usize> {
        let mut cur = 0;
        let mut path = Vec::with_capacity(segs.len());
        for seg in segs {
            cur = match self.nodes[cur].children.get(seg) {
                Some(&n) => n,
                None => {
                    self.nodes.push(TrieNode::default());
                    let n = self.nodes.len() - 1;
                    self.nodes[cur].children.insert(seg.clone(), n);
                    n
                }
            };
            path.push(cur);
        }
        path
    }

    fn seen(&mut self, node: usize, start: usize) {
        let n = &mut self.nodes[node];
        if n.offset.is_none() {
            n.offset = Some(start);
            if n.end {
                self.unseen_ends -= 1;
            }
        }
    }

    /// Walks the value at the cursor, descending only where some pointer leads; stops early
    /// (the cursor left inside the value) once every pointer end is seen.
    fn walk(&mut self, s: &mut Scanner<'_>, node: usize) -> Option<()> {
        if self.unseen_ends == 0 {
            return Some(());
        }
        if self.nodes[node].children.is_empty() {
            return s.skip_value();
        }
        match s.peek()? {
            b'{' => {
                s.i += 1;
                while let Some((key_start, key)) = s.member()? {
                    match self.nodes[node].children.get(&key).copied() {
                        Some(child) => {
                            self.seen(child, key_start);
                            self.walk(s, child)?;
                            if self.unseen_ends == 0 {
                                return Some(());
                            }
                        }
                        None => s.skip_value()?,
                    }
                    s.separator()?;
                }
                s.i += 1;
                Some(())
            }
            b'[' => {
                s.i += 1;
                let mut index = 0usize;
                while let Some(item_start) = s.item(b']')? {
                    match self.nodes[node].children.get(index.to_string().as_str()).copied() {
                        Some(child) => {
                            self.seen(child, item_start);
                            self.walk(s, child)?;
                            if self.unseen_ends == 0 {
                                return Some(());
                            }
                        }
                        None => s.skip_value()?,
                    }
                    s.separator()?;
                    index += 1;
                }
                s.i += 1;
                Some(())
            }
            _ => s.skip_value(),
        }
    }
}

struct Scanner<'a> {
    b: &'a [u8],
    i: usize,
}

impl Scanner<'_> {
    /// Moves into the member `seg` of the object or array at the cursor and returns where that
    /// member starts (its key, for objects); `Some(None)` when it is not there.
    fn descend(&mut self, seg: &str) -> Option<Option<usize>> {
        match self.peek()? {
            b'{' => {
                self.i += 1;
                while let Some((key_start, key)) = self.member()? {
                    if key == seg {
                        // Point at the key, which is what a reader looks for.
                        return Some(Some(key_start));
                    }
                    self.skip_value()?;
                    self.separator()?;
                }
                Some(None)
            }
            b'[' => {
                let want: usize = seg.parse().ok()?;
                self.i += 1;
                let mut idx = 0;
                while let Some(item_start) = self.item(b']')? {
                    if idx == want {
                        return Some(Some(item_start));
                    }
                    self.skip_value()?;
                    self.separator()?;
                    idx += 1;
                }
                Some(None)
            }
            _ => Some(None),
        }
    }

    /// Collects the start of every key equal to `seg` in the object at the cursor.
    fn descend_all(&mut self, seg: &str, starts: &mut Vec<usize>) -> Option<()> {
        self.i += 1;
        while let Some((key_start, key)) = self.member()? {
            if key == seg {
                starts.push(key_start);
            }
            self.skip_value()?;
            self.separator()?;
        }
        Some(())
    }

    /// Inside an object, at a member or the closing `}`: the member's key and where it starts,
    /// with the cursor moved onto its value; `None` at the `}` (left unread). The outer `None`
    /// is malformed text.
    fn member(&mut self) -> Option<Option<(usize, String)>> {
        if self.item(b'}')?.is_none() {
            return Some(None);
        }
        let key_start = self.i;
        let key = self.string()?;
        self.ws();
        if self.peek()? != b':' {
            return None;
        }
        self.i += 1;
        self.ws();
        Some(Some((key_start, key)))
    }

    /// Inside an array or object, at an element or the `close` bracket: where the element
    /// starts, or `None` at the bracket (left unread). The outer `None` is the end of the text.
    fn item(&mut self, close: u8) -> Option<Option<usize>> {
        self.ws();
        if self.peek()? == close {
            return Some(None);
        }
        Some(Some(self.i))
    }

    /// Moves past the `,` after an element, if there is one. `None` at the end of the text.
    fn separator(&mut self) -> Option<()> {
        self.ws();
        if self.peek()? == b',' {
            self.i += 1;
        }
        Some(())
    }

    fn peek(&self) -> Option<u8> {
        self.b.get(self.i).copied()
    }
    fn ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.i += 1;
        }
    }
    /// Reads a string literal and returns its unescaped content.
    fn string(&mut self) -> Option<String> {
        if self.peek()? != b'"' {
            return None;
        }
        let start = self.i;
        self.i += 1;
        let mut escaped = false;
        loop {
            match self.peek()? {
                b'\\' => {
                    escaped = true;
                    self.i += 2;
                }
                b'"' => {
                    self.i += 1;
                    break;
                }
                _ => self.i += 1,
            }
        }
        let raw = std::str::from_utf8(self.b.get(start..self.i)?).ok()?;
        if escaped {
            serde_json::from_str(raw).ok()
        } else {
            Some(raw[1..raw.len() - 1].to_string())
        }
    }
    /// Moves past a string literal without decoding it.
    fn skip_string(&mut self) -> Option<()> {
        if self.peek()? != b'"' {
            return None;
        }
        self.i += 1;
        loop {
            let rest = self.b.get(self.i..)?;
            let stop = rest.iter().position(|&b| b == b'"' || b == b'\\')?;
            self.i += stop;
            if self.b[self.i] == b'\\' {
                self.i += 2;
            } else {
                self.i += 1;
                return Some(());
            }
        }
    }

    fn skip_value(&mut self) -> Option<()> {
        let mut depth = 0usize;
        loop {
            self.ws();
            match self.peek()? {
                b'"' => self.skip_string()?,
                b'{' | b'[' => {
                    depth += 1;
                    self.i += 1;
                    continue;
                }
                b'}' | b']' => {
                    depth = depth.checked_sub(1)?;
                    self.i += 1;
                }
                b',' | b':' if depth > 0 => {
                    self.i += 1;
                    continue;
                }
                _ => {
                    while !matches!(self.peek()?, b',' | b'}' | b']' | b' ' | b'\t' | b'\n' | b'\r') {
                        self.i += 1;
                    }
                }
            }
            if depth == 0 {
                return Some(());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_nested_keys_and_array_items() {
        let text = "{\n  \"a\": {\"b/c\": [1, {\"d\": true}]},\n  \"e\": 2\n}";
        assert_eq!(locate_json(text, "/e").map(|l| (l.line, l.column)), Some((3, 3)));
        assert_eq!(locate_json(text, "/a/b~1c/1/d").map(|l| (l.line, l.column)), Some((2, 21)));
        // A missing key locates the object it would belong to.
        assert_eq!(locate_json(text, "/a/zzz").map(|l| (l.line, l.column)), Some((2, 3)));
    }

    #[test]
    fn columns_count_characters_not_bytes() {
        let text = "{\"é\": {\"x\": 1}}";
        assert_eq!(locate_json(text, "/é/x").map(|l| l.column), Some(8));
    }
}

/// The location of `pointer` in block-style YAML: each segment is looked for as a key (or, for
/// array indices, as the n-th `- ` item) below its parent and indented deeper than it. Flow
/// style (`{a: 1}`) is located at the nearest enclosing block node.
pub fn locate_yaml(text: &str, pointer: &str) -> Option<Location> {
    locate_yaml_many(text, &[pointer]).pop().flatten()
}

/// [`locate_yaml`] for many pointers, splitting the text into lines once.
pub fn locate_yaml_many(text: &str, pointers: &[&str]) -> Vec<Option<Location>> {
    let doc = YamlLines::new(text);
    let lines: Vec<Option<usize>> = pointers.iter().map(|p| doc.line_of(p)).collect();
    let offsets: Vec<usize> = lines.iter().filter_map(|l| l.and_then(|l| doc.start_of(l))).collect();
    let mut found = locations_of_offsets(text, &offsets).into_iter();
    lines.iter().map(|l| l.and_then(|l| doc.start_of(l)).and_then(|_| found.next())).collect()
}

impl YamlLines<'_> {
    /// The line holding the deepest node of `pointer` that exists.
    fn line_of(&self, pointer: &str) -> Option<usize> {
        let mut cur: Option<(usize, isize)> = None;
        let mut at = self.lines.iter().position(|(_, l)| is_content(l)).unwrap_or(0);
        for seg in pointer_segments(pointer) {
            match self.children(cur, &seg).first() {
                Some(&(i, ind)) => {
                    cur = Some((i, ind));
                    at = i;
                }
                None => break,
            }
        }
        self.lines.get(at).map(|_| at)
    }

    /// Where the node on `line` starts (after indentation and any `- `).
    fn start_of(&self, line: usize) -> Option<usize> {
        let (off, l) = self.lines.get(line)?;
        Some(off + l.len() - l.trim_start_matches([' ', '-']).len())
    }
}

/// Every occurrence of the last key of `pointer` below its parent, in document order.
pub fn locate_yaml_all(text: &str, pointer: &str) -> Vec<Location> {
    let doc = YamlLines::new(text);
    let mut segs = pointer_segments(pointer);
    let Some(last) = segs.pop() else { return Vec::new() };
    let mut cur: Option<(usize, isize)> = None;
    for seg in segs {
        match doc.children(cur, &seg).first() {
            Some(&found) => cur = Some(found),
            None => return Vec::new(),
        }
    }
    doc.children(cur, &last).into_iter().filter_map(|(i, _)| doc.start_of(i)).map(|o| location_of_offset(text, o)).collect()
}

fn is_content(l: &str) -> bool {
    let t = l.trim_start();
    !t.is_empty() && !t.starts_with('#') && t != "---"
}

fn indent(l: &str) -> usize {
    l.len() - l.trim_start_matches(' ').len()
}

/// The lines of a YAML text with their byte offsets, line breaks removed.
struct YamlLines<'a> {
    lines: Vec<(usize, &'a str)>,
}

impl<'a> YamlLines<'a> {
    fn new(text: &'a str) -> Self {
        let lines = lines_with_offsets(text).map(|(start, l)| (start, l.trim_end_matches(['\n', '\r']))).collect();
        YamlLines { lines }
    }

    /// The lines (and key indentation) below the node `parent` (`None`: the root) that hold
    /// member `seg`: a key, or the n-th `- ` item when `seg` is a number.
    fn children(&self, parent: Option<(usize, isize)>, seg: &str) -> Vec<(usize, isize)> {
        let (start, parent_indent) = parent.map_or((0, -1), |(i, ind)| (i + 1, ind));
        let parent_is_item = parent.is_some_and(|(i, _)| self.lines[i].1.trim_start().starts_with("- "));
        let want_index: Option<usize> = seg.parse().ok();
        let mut found = Vec::new();
        let mut item = 0usize;
        for (i, (_, l)) in self.lines.iter().enumerate().skip(start) {
            if !is_content(l) {
                continue;
            }
            let ind = indent(l) as isize;
            let t = l.trim_start();
            // A sequence may sit at its key's own indentation (`key:\n- a`).
            let same_level_items = ind == parent_indent && t.starts_with("- ") && parent.is_some() && !parent_is_item;
            if ind <= parent_indent && !same_level_items {
                break;
            }
            if let Some(n) = want_index {
                if t.starts_with("- ") || t == "-" {
                    if item == n {
                        found.push((i, ind + 2));
                        break;
                    }
                    item += 1;
                    continue;
                }
            }
            let key = t.trim_start_matches("- ");
            let key_ind = ind + (t.len() - key.len()) as isize;
            let matches = [format!("{seg}:"), format!("\"{seg}\":"), format!("'{seg}':")]
                .iter()
                .any(|cand| key.starts_with(cand.as_str()));
            if matches {
                found.push((i, key_ind));
            }
        }
        found
    }
}

#[cfg(test)]
mod yaml_tests {
    use super::locate_yaml;

    #[test]
    fn finds_block_keys_and_items() {
        let text = "name: x\ntypes:\n  x::A:\n    type: object\n    properties:\n      foo:\n        $ref: \"#/types/x::B\"\n    required: [ foo ]\nlist:\n  - a: 1\n  - b: 2\n";
        let at = |p: &str| locate_yaml(text, p).map(|l| (l.line, l.column));
        assert_eq!(at("/types/x::A/properties/foo/$ref"), Some((7, 9)));
        assert_eq!(at("/list/1/b"), Some((11, 5)));
        assert_eq!(at("/name"), Some((1, 1)));
    }
}

#[cfg(test)]
mod fuzz {
    use super::*;
    use proptest::prelude::*;

    fn in_text(text: &str, l: Option<Location>) {
        if let Some(l) = l {
            assert!(l.offset <= text.len() && l.line >= 1 && l.column >= 1, "{l:?}");
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 500, ..ProptestConfig::default() })]

        #[test]
        fn locators_never_panic(
            text in "[{}\\[\\]\":,a-z0-9 \n\\-#~/\\\\é]{0,160}",
            pointer in "(/[a-z0-9~/]{0,4}){0,5}",
        ) {
            in_text(&text, locate_json(&text, &pointer));
            in_text(&text, locate_yaml(&text, &pointer));
            for l in locate_json_all(&text, &pointer).into_iter().chain(locate_yaml_all(&text, &pointer)) {
                in_text(&text, Some(l));
            }
            let l = location_of_offset(&text, pointer.len() * 7);
            in_text(&text, Some(l));
            let offsets = [pointer.len() * 7, 0, text.len() / 2, text.len() + 3, pointer.len()];
            let many = locations_of_offsets(&text, &offsets);
            for (o, l) in offsets.iter().zip(many) {
                prop_assert_eq!(l, location_of_offset(&text, *o));
            }
            prop_assert!(offset_of_line_column(&text, l.line, l.column) <= text.len());
        }

        #[test]
        fn many_at_once_equals_one_by_one(
            doc in "[{}\\[\\]\":,ab01 ]{0,80}",
            pointers in prop::collection::vec("(/[ab01]{0,2}){0,4}", 0..6),
        ) {
            let refs: Vec<&str> = pointers.iter().map(String::as_str).collect();
            let many = locate_json_many(&doc, &refs);
            for (p, found) in pointers.iter().zip(many) {
                in_text(&doc, found);
                if serde_json::from_str::<serde_json::Value>(&doc).is_ok() {
                    prop_assert_eq!(found, locate_json(&doc, p), "{} in {}", p, doc);
                }
            }
        }

        #[test]
        fn json_locator_finds_every_key_of_valid_json(keys in prop::collection::vec("[a-z~/é]{1,5}", 1..6)) {
            let mut value = serde_json::json!(1);
            for k in keys.iter().rev() {
                value = serde_json::json!({ "0pad": [1, {"x": "}"}], k.clone(): value });
            }
            let text = serde_json::to_string_pretty(&value).expect("serializable");
            let pointer: String = keys.iter().map(|k| format!("/{}", crate::diag::escape_segment(k))).collect();
            let found = locate_json(&text, &pointer).expect("located");
            let last = keys.last().expect("non-empty");
            let quoted = serde_json::to_string(last).expect("serializable");
            prop_assert!(text[found.offset..].starts_with(&quoted), "{} at {:?} in\n{}", pointer, found, text);
            prop_assert_eq!(locate_json_all(&text, &pointer).len(), 1);
        }
    }
}
