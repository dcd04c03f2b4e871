//! Compile-time behaviour of the derive: one passing use and one expected error per failure mode,
//! each with its `.stderr` (update with `TRYBUILD=overwrite` and review the diff).

use std::path::{Path, PathBuf};
use std::process::Command;

#[test]
fn ui() {
    stage_schemas();
    let t = trybuild::TestCases::new();
    t.pass("tests/ui/pass/*.rs");
    t.compile_fail("tests/ui/fail/*.rs");
}

/// trybuild compiles every case as a crate in `<target>/tests/trybuild/<this crate>/`, which is
/// then the `CARGO_MANIFEST_DIR` the derive resolves schema paths against. The cases name
/// `schemas/<file>`, so the schemas they use are copied there: the default schema, the fixture
/// copies in `schemas/`, and the broken ones in `tests/ui/schemas/`.
fn stage_schemas() {
    let here = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dest = trybuild_project_dir().join("schemas");
    std::fs::create_dir_all(&dest).unwrap();
    let mut sources = vec![here.join("../../schema/aws.json")];
    for dir in [here.join("schemas"), here.join("tests/ui/schemas")] {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "json") {
                sources.push(path);
            }
        }
    }
    for src in sources {
        std::fs::copy(&src, dest.join(src.file_name().unwrap())).unwrap();
    }
}

/// Where trybuild puts its project: under the target directory cargo reports (which honours
/// `CARGO_TARGET_DIR` and config), the same way trybuild finds it.
fn trybuild_project_dir() -> PathBuf {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let out = Command::new(cargo)
        .args(["metadata", "--format-version", "1", "--no-deps", "--offline"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    assert!(out.status.success(), "cargo metadata failed: {}", String::from_utf8_lossy(&out.stderr));
    let meta: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let target = meta["target_directory"].as_str().expect("target_directory in cargo metadata");
    Path::new(target).join("tests/trybuild").join(env!("CARGO_PKG_NAME"))
}
