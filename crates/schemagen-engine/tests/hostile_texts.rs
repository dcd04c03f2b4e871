//! Hostile texts — descriptions, deprecation messages, defaults, enum values, titles — through
//! every generator. Whatever the text: each generator succeeds, every path is one the output
//! folder can hold, the docs pages' front matter is YAML and their markup runs nothing, the Rust
//! files parse and hold no character rustc refuses in a comment, and the Python files compile
//! with every payload inside a plain string or comment (nothing of it can run on import).

use std::path::Path;
use std::process::Command;

use proptest::prelude::*;
use proptest::test_runner::{Config, TestCaseError, TestRunner};
use schemagen_engine::output::Layout;
use schemagen_engine::GeneratedFile;
use schemagen_schema::{parse, Format, LoadOptions};
use serde_json::json;

/// What a payload writes if it ever runs; found outside a string or comment, it could.
const MARKER: &str = "PWNED_MARKER";

/// Pieces of text that have broken, or could break, one of the generated languages.
const PIECES: &[&str] = &[
    "\"\"\"; __import__('os').system('touch PWNED_MARKER') #",
    "'''; __import__('os').system('touch PWNED_MARKER') #",
    "{__import__('os').system('touch PWNED_MARKER')}",
    "\\",
    "\\\"",
    "*/ fn evil() { PWNED_MARKER } /*",
    "\"; panic!(\"PWNED_MARKER\"); \"",
    "\r",
    "\r\n",
    "\u{2028}",
    "\u{2029}",
    "\u{85}",
    "\u{202E}",
    "\u{2066}",
    "\0",
    "\u{1b}[31m",
    "\u{7f}",
    "{{% /md %}}",
    "{{< PWNED_MARKER >}}",
    "<script>PWNED_MARKER()</script>",
    "<img src=x onerror=PWNED_MARKER()>",
    "<a href=\"javascript:PWNED_MARKER()\">x</a>",
    "[x](javascript:PWNED_MARKER())",
    "</div>",
    "<pre>",
    "<object data=x>",
    "<base href=\"https://evil/\">",
    "<meta http-equiv=\"refresh\" content=\"0\">",
    "\n---\n",
    "\n...\n",
    "\n```\n",
    "#[cfg(any())]",
    "${PWNED_MARKER}",
    "%s%n{0}",
    "é ﬁ 中",
];

fn text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        3 => prop::sample::select(PIECES.to_vec()).prop_map(String::from),
        1 => "[a-zA-Z .,`*]{0,8}",
        1 => any::<char>().prop_map(String::from),
    ];
    prop::collection::vec(piece, 1..6).prop_map(|parts| parts.concat())
}

/// A schema with `t[i]` in every place a text goes.
fn schema(t: &[String]) -> String {
    let at = |i: usize| t[i % t.len()].clone();
    json!({
        "name": "hostile",
        "version": "1.0.0",
        "description": at(0),
        "config": {"variables": {"region": {"type": "string", "description": at(1), "default": at(2)}}},
        "types": {
            "hostile:index:Kind": {"type": "string", "description": at(3), "enum": [
                {"value": format!("a{}", at(4)), "description": at(5)},
                {"value": "plain", "name": "Plain", "deprecationMessage": at(6)},
            ]},
            "hostile:index:Shape": {"type": "object", "description": at(7), "properties": {
                "label": {"type": "string", "description": at(8), "default": at(9)},
                "kind": {"$ref": "#/types/hostile:index:Kind"},
            }},
        },
        "resources": {
            "hostile:index:Widget": {
                "description": at(10),
                "deprecationMessage": at(11),
                "inputProperties": {
                    "name": {"type": "string", "description": at(12), "default": at(13)},
                    "shape": {"$ref": "#/types/hostile:index:Shape", "description": at(14)},
                },
                "properties": {
                    "name": {"type": "string", "description": at(15), "deprecationMessage": at(16)},
                    "shape": {"$ref": "#/types/hostile:index:Shape"},
                },
            },
        },
        "functions": {
            "hostile:index:getWidget": {
                "description": at(17),
                "inputs": {"properties": {"id": {"type": "string", "description": at(18)}}},
                "outputs": {"properties": {"name": {"type": "string", "description": at(19)}}},
            },
        },
    })
    .to_string()
}

fn paths_fit(files: &[GeneratedFile]) -> Result<(), TestCaseError> {
    let mut layout = Layout::new();
    for f in files {
        layout.insert(f.path()).map_err(|e| TestCaseError::fail(e.to_string()))?;
    }
    Ok(())
}

fn check_docs(files: &[GeneratedFile]) -> Result<(), TestCaseError> {
    for f in files {
        let page = &f.contents;
        let front = page.trim_start_matches('\n').strip_prefix("---\n").and_then(|rest| rest.split_once("\n---\n")).map(|(front, _)| front);
        let front = front.ok_or_else(|| TestCaseError::fail(format!("{}: no front matter", f.path())))?;
        let yaml: Result<serde_json::Value, _> = serde_norway::from_str(front);
        prop_assert!(yaml.as_ref().is_ok_and(serde_json::Value::is_object), "{}: front matter is not YAML: {yaml:?}\n{front}", f.path());
        prop_assert!(!front.contains(['\r', '\u{85}', '\u{2028}', '\u{2029}', '\0']), "{}: raw line break in front matter", f.path());
        // Hugo expands shortcodes before anything else, even inside code: none may be called.
        prop_assert!(!page.contains("{{< PWNED"), "{}: a shortcode call reached the page", f.path());
        // What a browser gets: the page rendered as Hugo would (each `md` shortcode's body as
        // Markdown, then the page), where escaped text and code stay text.
        let html = rendered(page);
        for bad in ["<script", "<object", "<base", "<meta"] {
            prop_assert!(!html.contains(bad), "{}: `{bad}` reached the page: {}", f.path(), around(&html, bad));
        }
        for bad in ["onerror=", "javascript:PWNED"] {
            if let Some(at) = inside_tag(&html, bad) {
                let from = html[..at].rfind('\n').map_or(0, |i| i + 1);
                prop_assert!(false, "{}: `{bad}` reached a tag: {}", f.path(), around(&html[from..], bad));
            }
        }
    }
    Ok(())
}

/// A docs page as HTML: each innermost `{{% md %}}…{{% /md %}}` rendered as CommonMark in place,
/// then the whole page (the front matter dropped).
fn rendered(page: &str) -> String {
    const OPEN: &str = "{{% md %}}";
    const CLOSE: &str = "{{% /md %}}";
    let markdown = |text: &str| {
        let mut html = String::new();
        pulldown_cmark::html::push_html(&mut html, pulldown_cmark::Parser::new(text));
        html
    };
    let body = page.trim_start_matches('\n').strip_prefix("---\n").and_then(|r| r.split_once("\n---\n")).map_or(page, |(_, b)| b);
    let mut body = body.to_string();
    while let Some(close) = body.find(CLOSE) {
        let Some(open) = body[..close].rfind(OPEN) else { break };
        let inner = markdown(&body[open + OPEN.len()..close]);
        body.replace_range(open..close + CLOSE.len(), inner.trim_end());
    }
    markdown(&body)
}

/// The line of `page` where `needle` first occurs, for a failure message.
fn around(page: &str, needle: &str) -> String {
    page.lines().find(|l| l.contains(needle)).unwrap_or_default().chars().take(400).collect()
}

/// Whether `needle` (an event handler, a script URL) sits inside a raw tag, after a `<` not yet
/// closed by `>`; escaped text such as `&lt;img onerror=…&gt;` renders as text and is harmless.
fn inside_tag(page: &str, needle: &str) -> Option<usize> {
    page.match_indices(needle).map(|(at, _)| at).find(|&at| {
        let before = &page[..at];
        before.rfind('<').is_some_and(|open| before.rfind('>').is_none_or(|close| close < open))
    })
}

const BIDI: [char; 9] = ['\u{202A}', '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}', '\u{2066}', '\u{2067}', '\u{2068}', '\u{2069}'];

fn check_rust(files: &[GeneratedFile]) -> Result<(), TestCaseError> {
    for f in files.iter().filter(|f| f.path().ends_with(".rs")) {
        syn::parse_file(&f.contents).map_err(|e| TestCaseError::fail(format!("{}: {e}", f.path())))?;
        prop_assert!(!f.contents.contains('\r'), "{}: a CR rustc refuses in a doc comment", f.path());
        prop_assert!(!f.contents.contains(BIDI), "{}: a bidi control rustc refuses", f.path());
        for line in f.contents.lines().filter(|l| l.contains(MARKER)) {
            let t = line.trim_start();
            prop_assert!(t.starts_with("//") || t.contains('"'), "{}: payload outside a comment or string: {line}", f.path());
        }
    }
    Ok(())
}

/// Compiles every Python file and checks, token by token, that the marker only ever appears
/// inside plain (not f-) strings and comments, and that nothing calls `__import__`.
const PY_CHECK: &str = r#"
import io, sys, tokenize
bad = []
for path in sys.argv[1:]:
    src = open(path, encoding="utf-8").read()
    compile(src, path, "exec")
    for tok in tokenize.generate_tokens(io.StringIO(src).readline):
        if tok.type == tokenize.NAME and tok.string == "__import__":
            bad.append((path, tok.start, "__import__ outside a string"))
        if "PWNED_MARKER" not in tok.string:
            continue
        if tok.type == tokenize.COMMENT:
            continue
        if tok.type == tokenize.STRING:
            prefix = tok.string[: min(i for i in (tok.string.find('"'), tok.string.find("'")) if i >= 0)]
            if "f" not in prefix.lower():
                continue
        bad.append((path, tok.start, tok.string[:80]))
if bad:
    print(bad)
    sys.exit(1)
"#;

fn check_python(files: &[GeneratedFile], dir: &Path) -> Result<(), TestCaseError> {
    let mut paths = Vec::new();
    for f in files.iter().filter(|f| f.path().ends_with(".py")) {
        let p = dir.join(f.path());
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(&p, &f.contents).unwrap();
        paths.push(p);
    }
    let out = Command::new("python3").arg("-c").arg(PY_CHECK).args(&paths).output().expect("python3 runs");
    prop_assert!(
        out.status.success(),
        "generated Python does not compile or lets a payload out:\n{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    Ok(())
}

#[test]
fn hostile_texts_break_no_generator() {
    let mut runner = TestRunner::new(Config { cases: 24, failure_persistence: None, ..Config::default() });
    runner
        .run(&prop::collection::vec(text(), 20), |texts| {
            let source = schema(&texts);
            let loaded = parse(&source, "hostile.json", Format::Json, &LoadOptions::default())
                .map_err(|e| TestCaseError::fail(format!("texts alone must not make a schema invalid:\n{e}")))?;
            let pkg = &loaded.package;
            let docs = schemagen_engine::docs::generate(pkg).map_err(|e| TestCaseError::fail(format!("docs: {e}")))?;
            paths_fit(&docs)?;
            check_docs(&docs)?;
            let rust = schemagen_engine::rust::generate(pkg).map_err(|e| TestCaseError::fail(format!("rust: {e}")))?;
            paths_fit(&rust)?;
            check_rust(&rust)?;
            let python = schemagen_engine::python::generate(pkg).map_err(|e| TestCaseError::fail(format!("python: {e}")))?;
            paths_fit(&python)?;
            let dir = tempfile::tempdir().unwrap();
            check_python(&python, dir.path())?;
            Ok(())
        })
        .unwrap();
}
