// Shared helpers for the docs tests (included with `mod`, not a test target of its own).
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use schemagen_engine::GeneratedFile;
use schemagen_schema::{LoadOptions, Package};

pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().expect("repo root")
}

/// The shared material lives beside the repository (`<repo>/../shared`).
pub fn shared_dir() -> PathBuf {
    repo_root().join("../shared")
}

pub fn load(path: &Path) -> Package {
    let deps = shared_dir().join("fixtures/pulumi-codegen/_deps");
    let opts = LoadOptions { deps: deps.is_dir().then_some(deps) };
    match schemagen_schema::load(path, &opts) {
        Ok(loaded) => loaded.package,
        Err(e) => panic!("{} does not load: {e}", path.display()),
    }
}

/// The default schema: the file the CLI embeds.
pub fn default_schema() -> Package {
    load(&repo_root().join("schema/aws.json"))
}

pub fn docs(pkg: &Package) -> BTreeMap<String, String> {
    let files: Vec<GeneratedFile> = schemagen_engine::docs::generate(pkg).expect("docs generate");
    files.into_iter().map(|f| (f.path().to_string(), f.contents)).collect()
}

/// The HTML site (`docs --html`) by path.
pub fn html(pkg: &Package) -> BTreeMap<String, String> {
    let files: Vec<GeneratedFile> = schemagen_engine::docs::html::generate(pkg).expect("html generate");
    files.into_iter().map(|f| (f.path().to_string(), f.contents)).collect()
}
