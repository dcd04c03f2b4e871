//! Shared helpers of the Go SDK tests: the shared fixtures, the Go toolchain with its caches
//! under `target/go/`, and `goapi` (the shared API manifest tool) built once.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use schemagen_schema::LoadOptions;

pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().expect("the repository root exists")
}

pub fn shared() -> PathBuf {
    let dir = repo_root().join("../shared");
    assert!(dir.is_dir(), "the shared folder is missing: expected {}", dir.display());
    dir
}

pub fn fixtures_dir() -> PathBuf {
    shared().join("fixtures/pulumi-codegen")
}

/// Folders under `dir` that hold a schema (`schema.json`/`.yaml`), sorted; `_`-prefixed ones
/// are left out.
pub fn cases(dir: &Path) -> Vec<(String, PathBuf)> {
    let mut cases = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if name.starts_with('_') || !path.is_dir() {
            continue;
        }
        let schema = ["schema.json", "schema.yaml", "schema.yml"].iter().map(|f| path.join(f)).find(|p| p.is_file());
        cases.push((name, schema.unwrap_or_else(|| panic!("{}: no schema file", path.display()))));
    }
    cases.sort();
    assert!(!cases.is_empty(), "no cases under {}", dir.display());
    cases
}

/// The Go SDK of `schema` (external references read from the shared `_deps`).
pub fn generate(schema: &Path) -> Vec<schemagen_engine::GeneratedFile> {
    let opts = LoadOptions { deps: Some(fixtures_dir().join("_deps")) };
    let loaded = schemagen_schema::load(schema, &opts).unwrap_or_else(|e| panic!("{}: {e}", schema.display()));
    schemagen_engine::go::generate(&loaded.package).unwrap_or_else(|e| panic!("{}: {e}", schema.display()))
}

/// `go` with its caches under `target/go/` and no network: the tests that need the Pulumi SDK
/// run from `tests/go/run`, which fetches it once.
pub fn go() -> Command {
    let target = repo_root().join("target/go");
    let mut cmd = Command::new(std::env::var("GO").unwrap_or_else(|_| "go".into()));
    cmd.env("GOCACHE", target.join("cache"))
        .env("GOMODCACHE", target.join("mod"))
        .env("GOFLAGS", "-modcacherw")
        .env("GOTOOLCHAIN", "local")
        .env("GOPROXY", "off");
    cmd
}

/// `goapi`, built once per test run from the shared source (standard library only).
pub fn goapi() -> &'static Path {
    static BIN: OnceLock<PathBuf> = OnceLock::new();
    BIN.get_or_init(|| {
        let src = shared().join("tools/goapi.go");
        assert!(src.is_file(), "the shared goapi.go is missing: expected {}", src.display());
        let dir = repo_root().join("target/go/goapi");
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::copy(&src, dir.join("main.go")).unwrap();
        std::fs::write(dir.join("go.mod"), "module goapi\n\ngo 1.21\n").unwrap();
        let bin = dir.join("goapi");
        let out = go().current_dir(&dir).args(["build", "-o"]).arg(&bin).arg(".").output().expect("go runs");
        assert!(out.status.success(), "building goapi failed: {}", String::from_utf8_lossy(&out.stderr));
        bin
    })
}

/// Our module's manifest with `go.mod` left out: Pulumi's own test output (what the expected
/// manifests were taken from) has none, ours does (checked on its own by the tests).
pub fn manifest(dir: &Path, out: &Path) -> serde_json::Value {
    let run = Command::new(goapi()).arg("-o").arg(out).arg(dir).output().expect("goapi runs");
    assert!(run.status.success(), "goapi on {} failed: {}", dir.display(), String::from_utf8_lossy(&run.stderr));
    let mut m: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(out).unwrap()).unwrap();
    let obj = m.as_object_mut().unwrap();
    obj.remove("go_mod");
    if let Some(files) = obj.get_mut("files").and_then(|f| f.as_array_mut()) {
        files.retain(|f| f != "go.mod");
    }
    std::fs::write(out, serde_json::to_string(&m).unwrap()).unwrap();
    m
}

/// `goapi -diff expected ours`: the score and the report.
pub fn score(expected: &Path, ours: &Path) -> (f64, String) {
    let run = Command::new(goapi()).arg("-diff").arg(expected).arg(ours).args(["-max", "15"]).output().expect("goapi runs");
    let text = String::from_utf8_lossy(&run.stdout).into_owned();
    // `score: M/N = F`: the ratio of the counts, not the rounded figure.
    let line = text.lines().next().unwrap_or_default();
    let counts = line.strip_prefix("score: ").and_then(|s| s.split(' ').next()).and_then(|s| s.split_once('/'));
    let score = match counts.map(|(m, n)| (m.parse::<f64>(), n.parse::<f64>())) {
        Some((Ok(m), Ok(n))) if n > 0.0 => m / n,
        _ => 0.0,
    };
    (score, text)
}

/// The Pulumi Go SDK in the module cache under `target/go/`, fetched on first use by
/// `tests/go/fetch-sdk` (the one network step; [`go`] runs offline after it).
pub fn pulumi_sdk() {
    static FETCHED: OnceLock<()> = OnceLock::new();
    FETCHED.get_or_init(|| {
        let script = repo_root().join("tests/go/fetch-sdk");
        let out = Command::new(&script).output().unwrap_or_else(|e| panic!("{}: {e}", script.display()));
        assert!(out.status.success(), "fetching the Pulumi Go SDK failed:\n{}", String::from_utf8_lossy(&out.stderr));
    });
}

/// `tests/go/injected` over `dir`: its report when a `.go` file does not parse or holds `PWNED`
/// as code.
pub fn injected(dir: &Path) -> Result<(), String> {
    static BIN: OnceLock<PathBuf> = OnceLock::new();
    let bin = BIN.get_or_init(|| {
        let bin = repo_root().join("target/go/injected");
        let out = go().current_dir(repo_root().join("tests/go/injected")).args(["build", "-o"]).arg(&bin).arg(".").output().expect("go runs");
        assert!(out.status.success(), "building tests/go/injected failed: {}", String::from_utf8_lossy(&out.stderr));
        bin
    });
    let out = Command::new(bin).arg(dir).output().expect("injected runs");
    if out.status.success() {
        Ok(())
    } else {
        Err(format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr)))
    }
}

/// Runs `cmd`, returning its output as the error when it fails.
pub fn succeeds(cmd: &mut Command) -> Result<String, String> {
    let out = cmd.output().map_err(|e| format!("{cmd:?}: {e}"))?;
    let text = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    if out.status.success() {
        Ok(text)
    } else {
        Err(format!("{cmd:?} failed:\n{text}"))
    }
}
