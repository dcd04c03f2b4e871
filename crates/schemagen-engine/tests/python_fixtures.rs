//! Acceptance: for every shared fixture and every real provider schema, the API manifest of our
//! package (pyapi.py) equals the one extracted from the output of Pulumi's generator v3.276.0
//! (`pulumi-3.276/expected-python-api.json` beside the schema), and every generated module
//! compiles.

mod python_support;

use std::process::Command;

use python_support::*;

/// The lowest score any case may have: Pulumi's API, entry for entry.
const FLOOR: f64 = 1.0;

#[test]
fn every_fixture_matches_pulumis_python_api() {
    let mut report = Vec::new();
    let mut failures = Vec::new();
    for (case, schema) in fixture_cases().into_iter().chain(provider_cases()) {
        let out = tempfile::tempdir().unwrap();
        let files = generate(&schema);
        schemagen_engine::output::write_all(out.path(), &files).unwrap();
        let expected = pulumi_3_276_manifest(&schema);
        assert!(expected.is_file(), "{case}: no manifest at {}", expected.display());
        let diff = Command::new(python())
            .arg(pyapi())
            .args(["--diff"])
            .arg(&expected)
            .arg(out.path())
            .args(["--max", "20"])
            .output()
            .expect("python3 runs");
        let text = String::from_utf8_lossy(&diff.stdout).into_owned();
        assert!(diff.status.success(), "{case}: pyapi failed: {text}{}", String::from_utf8_lossy(&diff.stderr));
        let score_line = text.lines().next().unwrap_or_default().to_string();
        let score: f64 = score_line.rsplit(' ').next().and_then(|s| s.parse().ok()).unwrap_or(0.0);
        report.push(format!("{case:40} {score_line}"));
        if score < FLOOR {
            failures.push(format!("{case}: {text}"));
        }
        let compiled = Command::new(python()).args(["-m", "compileall", "-q"]).arg(out.path()).output().unwrap();
        if !compiled.status.success() {
            failures.push(format!("{case}: does not compile: {}", String::from_utf8_lossy(&compiled.stdout)));
        }
    }
    // Shown with `--nocapture`, and kept in target/ for a look after a plain run.
    println!("{}", report.join("\n"));
    let _ = std::fs::write(repo_root().join("target/python-fixture-scores.txt"), report.join("\n") + "\n");
    assert!(failures.is_empty(), "fixtures below {FLOOR}:\n{}\n\nall scores:\n{}", failures.join("\n"), report.join("\n"));
}
