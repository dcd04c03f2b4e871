//! `schemagen diff` end to end: formats, the `--fail-on` exit codes, usage errors (2), and a
//! schema that does not bind (1, with check's diagnostics).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn schemagen() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_schemagen"));
    cmd.env("NO_COLOR", "1");
    cmd
}

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../schemagen-engine/tests/diff_fixtures/shop").join(name)
}

fn run(args: &[&str]) -> Output {
    schemagen().arg("diff").args(args).output().expect("schemagen runs")
}

fn code(out: &Output) -> i32 {
    out.status.code().expect("an exit code")
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn shop() -> (String, String) {
    (fixture("old.json").display().to_string(), fixture("new.json").display().to_string())
}

#[test]
fn breaking_changes_fail_by_default() {
    let (old, new) = shop();
    let out = run(&[&old, &new]);
    assert_eq!(code(&out), 1, "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.starts_with("Breaking changes ("), "{text}");
    assert!(text.trim_end().ends_with("(20 changes)"), "{text}");
    assert!(!text.contains('\u{1b}'), "colour without a terminal: {text}");
}

#[test]
fn fail_on_sets_the_threshold() {
    let (old, new) = shop();
    assert_eq!(code(&run(&[&old, &new, "--fail-on", "never"])), 0);
    // The other way round removes what was added, which breaks too.
    assert_eq!(code(&run(&[&new, &old, "--fail-on", "breaking"])), 1);
    assert_eq!(code(&run(&[&old, &old, "--fail-on", "warning"])), 0);
}

#[test]
fn an_identical_pair_has_no_changes() {
    let (old, _) = shop();
    let out = run(&[&old, &old]);
    assert_eq!(code(&out), 0);
    assert!(stdout(&out).trim_end().ends_with("no changes"), "{}", stdout(&out));
}

#[test]
fn warnings_fail_when_asked() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let old = dir.path().join("old.json");
    let new = dir.path().join("new.json");
    std::fs::write(&old, r#"{"name": "p", "resources": {"p:index:A": {"inputProperties": {"x": {"type": "string"}}}}}"#).unwrap();
    std::fs::write(&new, r#"{"name": "p", "resources": {"p:index:A": {"inputProperties": {"x": {"type": "string", "replaceOnChanges": true}}}}}"#).unwrap();
    let (old, new) = (old.display().to_string(), new.display().to_string());
    assert_eq!(code(&run(&[&old, &new])), 0);
    assert_eq!(code(&run(&[&old, &new, "--fail-on", "warning"])), 1);
}

#[test]
fn json_lists_every_change() {
    let (old, new) = shop();
    let out = run(&[&old, &new, "--format", "json", "--max-changes", "1"]);
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    assert_eq!(doc["schema_version"], 1);
    assert_eq!(doc["summary"]["total"], 20);
    assert_eq!(doc["changes"].as_array().map(Vec::len), Some(20));
    for c in doc["changes"].as_array().unwrap() {
        for side in ["old", "new"] {
            assert!(c[side]["line"].as_u64().is_some(), "{side} not located: {c}");
        }
    }
}

#[test]
fn markdown_folds_past_max_changes() {
    let (old, new) = shop();
    let out = run(&[&old, &new, "--format", "markdown", "--max-changes", "3"]);
    let md = stdout(&out);
    assert!(md.contains("| 🔴 Breaking | 14 |"), "{md}");
    assert!(md.contains("<details>\n<summary>17 more changes</summary>"), "{md}");
}

#[test]
fn text_caps_at_max_changes() {
    let (old, new) = shop();
    let text = stdout(&run(&[&old, &new, "--max-changes", "2"]));
    assert!(text.contains("… and 18 more changes not shown"), "{text}");
}

#[test]
fn usage_errors_exit_2() {
    let (old, _) = shop();
    assert_eq!(code(&run(&[&old])), 2, "a missing NEW");
    assert_eq!(code(&run(&[&old, "/nonexistent/new.json"])), 2);
    let dir = tempfile::tempdir().expect("a temp dir");
    assert_eq!(code(&run(&[&old, &dir.path().display().to_string()])), 2, "a directory");
    assert_eq!(code(&run(&[&old, &old, "--format", "yaml"])), 2);
    assert_eq!(code(&run(&[&old, &old, "--deps", "/nonexistent"])), 2);
}

#[test]
fn a_schema_that_does_not_bind_is_reported_as_check_reports_it() {
    let (old, _) = shop();
    let dir = tempfile::tempdir().expect("a temp dir");
    let bad = dir.path().join("bad.json");
    std::fs::write(&bad, "{\"name\": \"p\",\n \"resources\": {\"p:index:A\": {\"inputProperties\": {\"x\": {\"$ref\": \"#/types/p:index:Missing\"}}}}}").unwrap();
    let out = run(&[&old, &bad.display().to_string()]);
    assert_eq!(code(&out), 1);
    assert!(stdout(&out).is_empty(), "a report for a schema that did not bind: {}", stdout(&out));
    let err = stderr(&out);
    assert!(err.contains("bad.json:2:"), "{err}");
    assert!(err.contains("error"), "{err}");
}

#[test]
fn help_explains_the_exit_codes() {
    let out = schemagen().args(["diff", "--help"]).output().expect("schemagen runs");
    let help = stdout(&out);
    assert!(help.contains("Exit codes"), "{help}");
    assert!(help.contains("--fail-on"), "{help}");
}
