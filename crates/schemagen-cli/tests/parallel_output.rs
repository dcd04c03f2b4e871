//! A run that renders several outputs at once and streams them to disk writes exactly the bytes
//! that each generator makes alone, on one thread, in memory: for every shared fixture schema,
//! `sdk --lang all` and `docs` against the generators run sequentially in-process.

mod tree_support;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use schemagen_engine::GeneratedFile;
use schemagen_schema::{LoadOptions, Package};
use tree_support::tree;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/fixtures")
}

fn deps() -> PathBuf {
    fixtures().join("pulumi-codegen/_deps")
}

/// Every fixture schema: the Pulumi codegen cases and the real providers.
fn schemas() -> Vec<PathBuf> {
    let mut found = Vec::new();
    for group in ["pulumi-codegen", "providers"] {
        for entry in std::fs::read_dir(fixtures().join(group)).expect("the shared fixtures") {
            let schema = entry.unwrap().path().join("schema.json");
            if schema.is_file() {
                found.push(schema);
            }
        }
    }
    found.sort();
    found
}


fn in_memory(files: Vec<GeneratedFile>) -> BTreeMap<String, Vec<u8>> {
    files.into_iter().map(|f| (f.path().to_string(), f.contents.into_bytes())).collect()
}

/// What each output's generator makes on a single thread, in memory.
fn sequential(pkg: &Package) -> Vec<(&'static str, BTreeMap<String, Vec<u8>>)> {
    let one_thread = rayon::ThreadPoolBuilder::new().num_threads(1).build().expect("a thread pool");
    one_thread.install(|| {
        vec![
            ("python", in_memory(schemagen_engine::python::generate(pkg).expect("python"))),
            ("nodejs", in_memory(schemagen_engine::nodejs::generate(pkg).expect("nodejs"))),
            ("go", in_memory(schemagen_engine::go::generate(pkg).expect("go"))),
            ("rust", in_memory(schemagen_engine::rust::generate(pkg).expect("rust"))),
            ("docs", in_memory(schemagen_engine::docs::generate(pkg).expect("docs"))),
        ]
    })
}

fn run(args: &[&std::ffi::OsStr]) {
    let out = Command::new(env!("CARGO_BIN_EXE_schemagen"))
        .args(args)
        // More threads than this machine has cores: the outputs' files interleave.
        .env("RAYON_NUM_THREADS", "4")
        .output()
        .expect("schemagen runs");
    assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    assert!(out.stdout.is_empty(), "{args:?} printed to stdout: {}", String::from_utf8_lossy(&out.stdout));
    // `-q`: warnings only, no summary (and, off a terminal, never progress).
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!stderr.lines().any(|l| l.contains(": wrote ")), "{args:?} -q printed a summary: {stderr}");
}

#[test]
fn parallel_streamed_output_equals_sequential_generation() {
    let mut compared = Vec::new();
    for schema in schemas() {
        let opts = LoadOptions { deps: Some(deps()) };
        // Schemas the generators reject are the error tests' business.
        let Ok(loaded) = schemagen_schema::load(&schema, &opts) else { continue };
        let expected = sequential(&loaded.package);
        let dir = tempfile::tempdir().unwrap();
        let sdk = dir.path().join("sdk");
        let docs = dir.path().join("docs");
        let (s, d, sd, dd) = (schema.as_os_str(), deps(), sdk.as_os_str(), docs.as_os_str());
        run(&["sdk".as_ref(), "--lang".as_ref(), "all".as_ref(), "-q".as_ref(), "--deps".as_ref(), d.as_os_str(), "--out".as_ref(), sd, s]);
        run(&["docs".as_ref(), "-q".as_ref(), "--deps".as_ref(), d.as_os_str(), "--out".as_ref(), dd, s]);
        for (name, files) in expected {
            let written = tree(&if name == "docs" { docs.clone() } else { sdk.join(name) });
            let paths = |t: &BTreeMap<String, Vec<u8>>| t.keys().cloned().collect::<Vec<_>>();
            assert_eq!(paths(&written), paths(&files), "{}: {name}: the files written", schema.display());
            for (path, bytes) in &files {
                assert!(written[path] == *bytes, "{}: {name}: {path} differs from the sequential run", schema.display());
            }
        }
        compared.push(schema);
    }
    assert!(compared.len() >= 10, "only {} fixture schemas could be compared: {compared:?}", compared.len());
}
