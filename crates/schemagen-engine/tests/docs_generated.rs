//! `generated/docs` and `generated/html` are what `schemagen docs` and `schemagen docs --html`
//! write for the default schema; this fails when a checked-in tree is stale (regenerate with the
//! command each names).

mod docs_support;

use std::collections::BTreeMap;
use std::path::Path;

use docs_support::*;

fn read_tree(root: &Path) -> BTreeMap<String, String> {
    fn walk(root: &Path, dir: &Path, out: &mut BTreeMap<String, String>) {
        let Ok(entries) = std::fs::read_dir(dir) else { return };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(root, &path, out);
            } else {
                let rel = path.strip_prefix(root).expect("under root").to_string_lossy().replace('\\', "/");
                out.insert(rel, std::fs::read_to_string(&path).unwrap_or_default());
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(root, root, &mut out);
    out
}

/// (checked-in folder, generator, the command that regenerates it).
type Tree = (&'static str, fn(&schemagen_schema::Package) -> BTreeMap<String, String>, &'static str);

const TREES: [Tree; 2] = [
    ("generated/docs", docs, "cargo run -p schemagen-cli -- docs"),
    ("generated/html", html, "cargo run -p schemagen-cli -- docs --html"),
];

#[test]
fn checked_in_docs_match_a_fresh_generation() {
    let schema = default_schema();
    for (folder, generate, command) in TREES {
        let fresh = generate(&schema);
        let checked_in = read_tree(&repo_root().join(folder));

        let mut problems = Vec::new();
        for (path, contents) in &fresh {
            match checked_in.get(path) {
                None => problems.push(format!("missing: {folder}/{path}")),
                Some(old) if old != contents => problems.push(format!("differs: {folder}/{path}")),
                Some(_) => {}
            }
        }
        for path in checked_in.keys().filter(|p| !fresh.contains_key(*p)) {
            problems.push(format!("extra: {folder}/{path}"));
        }
        assert!(problems.is_empty(), "{folder} is stale; run `{command}` from the repo root:\n{}", problems.join("\n"));
    }
}
