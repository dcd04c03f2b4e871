//! The output folder as a user's file system sees it: a run killed at any moment (SIGKILL,
//! SIGINT, SIGTERM) leaves `--out` entirely as it was or entirely new, never mixed; interrupted
//! runs leave no staging folder; two runs on one folder do not mix; messages never name the
//! staging folder.

mod tree_support;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use tree_support::tree;

fn schemagen() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_schemagen"));
    cmd.env("NO_COLOR", "1");
    cmd
}

/// A schema with `n` resources whose descriptions carry `mark`, so two generations differ in
/// every page.
fn schema(n: usize, mark: &str) -> String {
    let resources: Vec<String> = (0..n)
        .map(|i| {
            format!(
                r#""big:mod{m}/thing{i}:Thing{i}": {{"description": "Thing {i} ({mark}).",
                "inputProperties": {{"a": {{"type": "string", "description": "A {mark}."}}, "b": {{"type": "integer"}}}},
                "properties": {{"a": {{"type": "string"}}, "b": {{"type": "integer"}}, "id2": {{"type": "string"}}}}}}"#,
                m = i % 7
            )
        })
        .collect();
    format!(r#"{{"name": "big", "version": "1.0.0", "resources": {{{}}}}}"#, resources.join(",\n"))
}


fn staging_left(parent: &Path) -> Vec<String> {
    std::fs::read_dir(parent)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("schemagen"))
        .collect()
}

fn docs(schema: &Path, out: &Path) -> Command {
    let mut cmd = schemagen();
    cmd.args(["docs", "--schema"]).arg(schema).arg("--out").arg(out).stdout(Stdio::null()).stderr(Stdio::piped());
    cmd
}

/// A small xorshift: the moments differ from run to run of the loop, and a failure can be
/// replayed from the printed seed.
struct Moments(u64);
impl Moments {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

#[cfg(unix)]
#[test]
fn a_killed_run_leaves_the_output_entirely_old_or_entirely_new() {
    let work = tempfile::tempdir().unwrap();
    let schemas = [work.path().join("a.json"), work.path().join("b.json")];
    std::fs::write(&schemas[0], schema(40, "first")).unwrap();
    // The second generation also drops resources, so stale pages would show as a mix.
    std::fs::write(&schemas[1], schema(32, "second")).unwrap();

    // Both complete trees, each generated on its own.
    let mut expected = Vec::new();
    let mut full = Duration::MAX;
    for (i, s) in schemas.iter().enumerate() {
        let dir = work.path().join(format!("ref{i}"));
        let started = Instant::now();
        let out = docs(s, &dir).output().unwrap();
        full = full.min(started.elapsed());
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        expected.push(tree(&dir));
    }
    assert_ne!(expected[0], expected[1]);

    let parent = work.path().join("site");
    std::fs::create_dir(&parent).unwrap();
    let out = parent.join("out");
    assert!(docs(&schemas[0], &out).arg("--clean").status().unwrap().success());
    let mut current = 0;
    let seed = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_nanos() as u64 | 1;
    let mut moments = Moments(seed);
    let signals = [("KILL", libc_signal::KILL), ("INT", libc_signal::INT), ("TERM", libc_signal::TERM)];
    let (mut old, mut new) = (0, 0);
    for round in 0..12 {
        let target = 1 - current;
        let (name, signal) = signals[round % signals.len()];
        // Most of a run is loading and rendering; the moments lean to its end, where the
        // output is written and switched.
        let span = full.as_micros() as u64;
        let delay = Duration::from_micros(span / 4 + moments.next() % (span + 1));
        let before = staging_left(&parent);
        let mut child = docs(&schemas[target], &out).arg("--clean").spawn().unwrap();
        std::thread::sleep(delay);
        let _ = Command::new("kill").arg(format!("-{name}")).arg(child.id().to_string()).status();
        let status = child.wait().unwrap();
        let now = tree(&out);
        let which = expected.iter().position(|t| *t == now);
        assert!(
            which.is_some(),
            "round {round} (seed {seed}): SIG{name} after {delay:?} left a mixed output ({} files, status {status})",
            now.len()
        );
        current = which.unwrap();
        if current == target { new += 1 } else { old += 1 }
        if signal != libc_signal::KILL {
            // Only a run that got as far as the lock removes what a SIGKILL left.
            let after = staging_left(&parent);
            assert!(after.iter().all(|n| before.contains(n)), "round {round}: SIG{name} left {after:?}");
        }
    }
    // A later run cleans what SIGKILL left behind.
    assert!(docs(&schemas[0], &out).arg("--clean").status().unwrap().success());
    assert_eq!(tree(&out), expected[0]);
    assert!(staging_left(&parent).is_empty(), "{:?}", staging_left(&parent));
    eprintln!("kills: {old} left the old output, {new} the new one (one run: {full:?})");
}

#[cfg(unix)]
mod libc_signal {
    pub const INT: i32 = 2;
    pub const KILL: i32 = 9;
    pub const TERM: i32 = 15;
}

#[test]
fn concurrent_runs_on_one_folder_do_not_mix() {
    let work = tempfile::tempdir().unwrap();
    let schemas = [work.path().join("a.json"), work.path().join("b.json")];
    std::fs::write(&schemas[0], schema(40, "first")).unwrap();
    std::fs::write(&schemas[1], schema(40, "second")).unwrap();
    let expected: Vec<_> = schemas
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let dir = work.path().join(format!("ref{i}"));
            assert!(docs(s, &dir).status().unwrap().success());
            tree(&dir)
        })
        .collect();
    let out = work.path().join("out");
    for _ in 0..3 {
        let children: Vec<_> = schemas.iter().map(|s| docs(s, &out).arg("--clean").spawn().unwrap()).collect();
        let results: Vec<_> = children.into_iter().map(|c| c.wait_with_output().unwrap()).collect();
        assert!(results.iter().any(|r| r.status.success()));
        for r in results.iter().filter(|r| !r.status.success()) {
            let err = String::from_utf8_lossy(&r.stderr);
            assert!(err.contains("another schemagen run"), "{err}");
            assert_eq!(r.status.code(), Some(1));
        }
        let now = tree(&out);
        assert!(expected.contains(&now), "two runs mixed their output");
    }
}

#[test]
fn stale_pages_are_reported_and_clean_removes_them() {
    let work = tempfile::tempdir().unwrap();
    let (a, b) = (work.path().join("a.json"), work.path().join("b.json"));
    std::fs::write(&a, schema(3, "x")).unwrap();
    std::fs::write(&b, schema(2, "x")).unwrap();
    let out = work.path().join("out");
    assert!(docs(&a, &out).status().unwrap().success());
    let kept = docs(&b, &out).output().unwrap();
    let err = String::from_utf8_lossy(&kept.stderr);
    assert!(kept.status.success());
    assert!(err.contains("warning: kept") && err.contains("big/mod2") && err.contains("--clean"), "{err}");
    assert!(!err.contains(".out.schemagen"), "messages never name the staging folder: {err}");
    let cleaned = docs(&b, &out).arg("--clean").output().unwrap();
    assert!(cleaned.status.success());
    assert!(!String::from_utf8_lossy(&cleaned.stderr).contains("warning"));
    let reference = work.path().join("ref");
    assert!(docs(&b, &reference).status().unwrap().success());
    assert_eq!(tree(&out), tree(&reference));
}

#[test]
fn a_failed_write_names_the_output_path() {
    let work = tempfile::tempdir().unwrap();
    let a = work.path().join("a.json");
    std::fs::write(&a, schema(2, "x")).unwrap();
    // `--out` is a file: a usage error, said about --out, and nothing is written.
    let out = work.path().join("file");
    std::fs::write(&out, "not a folder").unwrap();
    let r = docs(&a, &out).output().unwrap();
    let err = String::from_utf8_lossy(&r.stderr);
    assert_eq!(r.status.code(), Some(2), "{err}");
    assert!(err.contains("is a file"), "{err}");
    assert!(!err.contains("schemagen-"), "{err}");
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "not a folder");
    let _: PathBuf = out;
}
