//! `generated/docs` is what `schemagen docs` writes for the default schema; this fails when the
//! checked-in tree is stale (regenerate with `cargo run -p schemagen-cli -- docs`).

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

#[test]
fn checked_in_docs_match_a_fresh_generation() {
    let fresh = docs(&default_schema());
    let checked_in = read_tree(&repo_root().join("generated/docs"));

    let mut problems = Vec::new();
    for (path, contents) in &fresh {
        match checked_in.get(path) {
            None => problems.push(format!("missing: generated/docs/{path}")),
            Some(old) if old != contents => problems.push(format!("differs: generated/docs/{path}")),
            Some(_) => {}
        }
    }
    for path in checked_in.keys().filter(|p| !fresh.contains_key(*p)) {
        problems.push(format!("extra: generated/docs/{path}"));
    }
    assert!(
        problems.is_empty(),
        "generated/docs is stale; run `cargo run -p schemagen-cli -- docs` from the repo root:\n{}",
        problems.join("\n")
    );
}
