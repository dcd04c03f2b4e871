//! `generated/go` is what `schemagen sdk --lang go` writes for the embedded schema.

mod go_support;

use std::collections::BTreeSet;

use go_support::repo_root;
use schemagen_schema::{Format, LoadOptions};

#[test]
fn generated_go_is_up_to_date() {
    let root = repo_root();
    let schema = std::fs::read_to_string(root.join("schema/aws.json")).unwrap();
    let loaded = schemagen_schema::parse(&schema, "schema/aws.json", Format::Json, &LoadOptions::default()).unwrap();
    let files = schemagen_engine::go::generate(&loaded.package).unwrap();
    let out = root.join("generated/go");
    let hint = "generated/go is stale: run `cargo run -p schemagen-cli -- sdk --lang go` and commit";
    let mut expected = BTreeSet::new();
    for f in &files {
        let on_disk = std::fs::read_to_string(out.join(f.path())).unwrap_or_else(|_| panic!("{hint} (missing {})", f.path()));
        assert_eq!(on_disk, f.contents, "{hint} ({} differs)", f.path());
        expected.insert(f.path().to_string());
    }
    let mut stack = vec![out.clone()];
    while let Some(dir) = stack.pop() {
        for e in std::fs::read_dir(&dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else {
                let rel = p.strip_prefix(&out).unwrap().to_string_lossy().replace('\\', "/");
                assert!(expected.contains(&rel), "{hint} (extra file {rel})");
            }
        }
    }
}
