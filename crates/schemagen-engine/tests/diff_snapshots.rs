//! `diff` reports as reviewed snapshots: every fixture pair under `tests/diff_fixtures/<case>/`
//! (`old.json`, `new.json`) in all three formats, and the released history of real providers
//! (`../shared/fixtures/history/<provider>/<tag>.json`), each consecutive pair by semver.

use std::path::{Path, PathBuf};

use schemagen_engine::diff::{self, render, Report, Side};
use schemagen_schema::{Format, LoadOptions, Loaded};

fn manifest_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

struct Schema {
    /// The name reports give the file (stable across machines).
    name: String,
    text: String,
    format: Format,
    loaded: Loaded,
}

fn load(path: &Path, name: String) -> Schema {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let text = schemagen_schema::without_bom(text);
    let format = Format::detect(path, &text);
    let loaded = schemagen_schema::parse(&text, &name, format, &LoadOptions::default())
        .unwrap_or_else(|e| panic!("{} does not bind: {e}", path.display()));
    Schema { name, text, format, loaded }
}

fn compare(old: &Schema, new: &Schema) -> Report {
    diff::compare(
        &Side { file: &old.name, text: &old.text, format: old.format, package: &old.loaded.package },
        &Side { file: &new.name, text: &new.text, format: new.format, package: &new.loaded.package },
    )
}

fn sorted_dirs(root: &Path) -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(root)
        .unwrap_or_else(|e| panic!("{}: {e}", root.display()))
        .map(|e| e.expect("a directory entry").path())
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    dirs
}

fn name_of(p: &Path) -> String {
    p.file_name().and_then(|n| n.to_str()).expect("a UTF-8 file name").to_string()
}

#[test]
fn fixture_pairs_in_every_format() {
    let cases = sorted_dirs(&manifest_dir().join("tests/diff_fixtures"));
    assert!(!cases.is_empty(), "no diff fixtures");
    for case in cases {
        let name = name_of(&case);
        let old = load(&case.join("old.json"), "old.json".into());
        let new = load(&case.join("new.json"), "new.json".into());
        let report = compare(&old, &new);
        let text = render::text(&report, render::TextOptions { colour: false, max_changes: usize::MAX });
        insta::assert_snapshot!(format!("{name}__text"), text);
        // A small cap, so that the collapsed section is reviewed too.
        insta::assert_snapshot!(format!("{name}__markdown"), render::markdown(&report, 5));
        insta::assert_snapshot!(format!("{name}__json"), render::json(&report));
        // Colours are for terminals only, and change nothing but the escapes.
        let coloured = render::text(&report, render::TextOptions { colour: true, max_changes: usize::MAX });
        assert!(coloured.contains("\u{1b}["), "{name}: no colour asked for and none given");
        assert_eq!(strip_ansi(&coloured), text, "{name}: colour changed the text");
    }
}

fn strip_ansi(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            for d in chars.by_ref() {
                if d.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// The released schemas of one provider, oldest first.
fn history(provider: &Path) -> Vec<(semver::Version, PathBuf)> {
    let mut tags: Vec<(semver::Version, PathBuf)> = std::fs::read_dir(provider)
        .unwrap_or_else(|e| panic!("{}: {e}", provider.display()))
        .map(|e| e.expect("a directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .map(|p| {
            let stem = p.file_stem().and_then(|s| s.to_str()).expect("a UTF-8 name");
            let v = semver::Version::parse(stem.trim_start_matches('v')).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
            (v, p)
        })
        .collect();
    tags.sort();
    tags
}

/// Changes listed in a history snapshot: the summary line counts them all; the most severe
/// come first, so the breaking ones are the ones reviewed.
const HISTORY_CAP: usize = 40;

#[test]
fn real_provider_history() {
    let root = manifest_dir().join("../../../shared/fixtures/history");
    assert!(root.is_dir(), "the shared fixtures are missing: expected them at {}", root.display());
    let providers = sorted_dirs(&root);
    assert!(providers.len() >= 2, "expected the history of two providers in {}", root.display());
    for provider in providers {
        let tags = history(&provider);
        assert!(tags.len() >= 2, "{}: fewer than two releases", provider.display());
        let schemas: Vec<Schema> = tags.iter().map(|(_, p)| load(p, name_of(p))).collect();
        for s in &schemas {
            let same = compare(s, s);
            assert!(same.changes.is_empty(), "{} against itself: {:?}", s.name, same.changes.first());
        }
        for pair in schemas.windows(2) {
            let report = compare(&pair[0], &pair[1]);
            let text = render::text(&report, render::TextOptions { colour: false, max_changes: HISTORY_CAP });
            let name = format!("history__{}__{}__{}", name_of(&provider), pair[0].name.trim_end_matches(".json"), pair[1].name.trim_end_matches(".json"));
            insta::assert_snapshot!(name, text);
        }
    }
}
