//! Shared helpers of the Python SDK tests: where the repository and the shared fixtures are, and
//! how to generate a package into a folder.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use schemagen_schema::LoadOptions;

pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().expect("the repository root exists")
}

/// `<repo>/../shared/fixtures/pulumi-codegen`; its absence is a failure, never a skip.
pub fn fixtures_dir() -> PathBuf {
    let dir = repo_root().join("../shared/fixtures/pulumi-codegen");
    assert!(dir.is_dir(), "the shared fixtures are missing: expected {}", dir.display());
    dir
}

pub fn pyapi() -> PathBuf {
    let p = repo_root().join("../shared/tools/pyapi.py");
    assert!(p.is_file(), "the shared pyapi.py is missing: expected {}", p.display());
    p
}

/// Every fixture case (folder name, schema file), sorted.
pub fn fixture_cases() -> Vec<(String, PathBuf)> {
    let dir = fixtures_dir();
    let mut cases = Vec::new();
    for entry in std::fs::read_dir(&dir).expect("the fixtures folder is readable") {
        let path = entry.expect("a readable entry").path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if name.starts_with('_') || !path.is_dir() {
            continue;
        }
        let schema = ["schema.json", "schema.yaml", "schema.yml"].iter().map(|f| path.join(f)).find(|p| p.is_file());
        cases.push((name, schema.unwrap_or_else(|| panic!("{}: no schema file", path.display()))));
    }
    cases.sort();
    assert!(!cases.is_empty(), "no fixture cases under {}", dir.display());
    cases
}

/// `<repo>/../shared/fixtures/providers`: real provider schemas; its absence is a failure.
pub fn providers_dir() -> PathBuf {
    let dir = repo_root().join("../shared/fixtures/providers");
    assert!(dir.is_dir(), "the shared provider schemas are missing: expected {}", dir.display());
    dir
}

/// Every real provider (folder name, schema file), sorted.
pub fn provider_cases() -> Vec<(String, PathBuf)> {
    let mut cases: Vec<(String, PathBuf)> = std::fs::read_dir(providers_dir())
        .expect("the providers folder is readable")
        .map(|e| e.expect("a readable entry").path())
        .filter(|p| p.join("schema.json").is_file())
        .map(|p| (p.file_name().unwrap().to_string_lossy().into_owned(), p.join("schema.json")))
        .collect();
    cases.sort();
    assert!(!cases.is_empty(), "no provider schemas under {}", providers_dir().display());
    cases
}

/// The API manifest of Pulumi v3.276.0's output beside a case's schema.
pub fn pulumi_3_276_manifest(schema: &Path) -> PathBuf {
    schema.parent().expect("a schema has a folder").join("pulumi-3.276/expected-python-api.json")
}

/// Generates the Python SDK of `schema` (external references read from the shared `_deps`).
pub fn generate(schema: &Path) -> Vec<schemagen_engine::GeneratedFile> {
    let opts = LoadOptions { deps: Some(fixtures_dir().join("_deps")) };
    let loaded = schemagen_schema::load(schema, &opts).unwrap_or_else(|e| panic!("{}: {e}", schema.display()));
    schemagen_engine::python::generate(&loaded.package).unwrap_or_else(|e| panic!("{}: {e}", schema.display()))
}

pub fn python() -> String {
    std::env::var("PYTHON").unwrap_or_else(|_| "python3".into())
}

/// The python of the test virtualenv (`tests/python/install-deps`, made once under target/),
/// which has the real `pulumi` installed.
pub fn pulumi_python() -> &'static Path {
    static PYTHON: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    PYTHON.get_or_init(|| {
        let script = repo_root().join("tests/python/install-deps");
        let out = std::process::Command::new(&script).output().unwrap_or_else(|e| panic!("{}: {e}", script.display()));
        assert!(out.status.success(), "making the Python test virtualenv failed:\n{}", String::from_utf8_lossy(&out.stderr));
        PathBuf::from(String::from_utf8_lossy(&out.stdout).trim())
    })
}
