//! A generated Rust SDK builds where a user puts it: written by the `schemagen` binary into a
//! fresh folder outside this workspace, with `--runtime-path` as the README says, then built
//! with `cargo build`, linted with `cargo clippy -- -D warnings` and documented with
//! `cargo doc` (warnings denied), for the default schema and every fixture.

use std::path::{Path, PathBuf};
use std::process::Command;

fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").canonicalize().unwrap()
}

/// (case, schema, --deps folder): the default schema, the repository's own fixtures and every
/// shared Pulumi codegen fixture.
fn cases() -> Vec<(String, Option<PathBuf>, Option<PathBuf>)> {
    let root = workspace();
    let mut cases = vec![("default".to_string(), None, None)];
    for dir in ["crates/schemagen-derive-tests/schemas", "crates/schemagen-engine/tests/fixtures"] {
        for schema in schema_files(&root.join(dir)) {
            let name = schema.file_stem().unwrap().to_string_lossy().into_owned();
            cases.push((format!("local-{name}"), Some(schema), None));
        }
    }
    let shared = root.join("../shared/fixtures/pulumi-codegen");
    let deps = shared.join("_deps");
    assert!(deps.is_dir(), "the shared fixtures are missing: {}", shared.display());
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(&shared).unwrap().flatten().map(|e| e.path()).filter(|p| p.is_dir() && p != &deps).collect();
    dirs.sort();
    for dir in dirs {
        let schema = ["schema.json", "schema.yaml"].iter().map(|f| dir.join(f)).find(|p| p.is_file());
        let schema = schema.unwrap_or_else(|| panic!("no schema in {}", dir.display()));
        cases.push((dir.file_name().unwrap().to_string_lossy().into_owned(), Some(schema), Some(deps.clone())));
    }
    cases
}

fn schema_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| matches!(p.extension().and_then(|e| e.to_str()), Some("json" | "yaml")))
        .collect();
    files.sort();
    files
}

/// Runs `cmd`; a failure or any warning is the problem returned.
fn run(cmd: &mut Command, what: &str) -> Result<(), String> {
    let out = cmd.output().map_err(|e| format!("{what}: {e}"))?;
    let stderr = String::from_utf8_lossy(&out.stderr);
    if !out.status.success() {
        return Err(format!("{what} failed:\n{stderr}"));
    }
    if stderr.lines().any(|l| l.starts_with("warning")) {
        return Err(format!("{what} warned:\n{stderr}"));
    }
    Ok(())
}

#[test]
fn generated_sdks_build_in_a_fresh_folder() {
    let root = workspace();
    let runtime = root.join("crates/schemagen-runtime");
    let fresh = tempfile::tempdir().unwrap();
    // One target folder for every build, kept between runs: the dependencies compile once.
    let target = root.join("target/sdk-fresh-build");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let mut problems = Vec::new();
    for (case, schema, deps) in cases() {
        let out = fresh.path().join(&case);
        let mut sdk = Command::new(env!("CARGO_BIN_EXE_schemagen"));
        sdk.args(["sdk", "--lang", "rust", "--out"]).arg(&out).arg("--runtime-path").arg(&runtime);
        if let Some(schema) = &schema {
            sdk.arg("--schema").arg(schema);
        }
        if let Some(deps) = &deps {
            sdk.arg("--deps").arg(deps);
        }
        if let Err(problem) = run(&mut sdk, &format!("{case}: schemagen sdk")) {
            problems.push(problem);
            continue;
        }
        let manifest = std::fs::read_to_string(out.join("Cargo.toml")).unwrap();
        let published = format!("schemagen-runtime = {{ version = \"{}\", path = ", env!("CARGO_PKG_VERSION"));
        assert!(manifest.contains(&published), "{case}: the runtime is required by version too:\n{manifest}");
        let steps: [(&[&str], &str); 3] =
            [(&["build"], "cargo build"), (&["clippy", "--", "-D", "warnings"], "cargo clippy"), (&["doc", "--no-deps"], "cargo doc")];
        for (args, what) in steps {
            let mut cmd = Command::new(&cargo);
            cmd.arg(args[0])
                .arg("--quiet")
                .args(&args[1..])
                .current_dir(&out)
                .env("CARGO_TARGET_DIR", &target)
                // What the workspace's own build fetched is all an SDK needs; CI stays off the network.
                .env("CARGO_NET_OFFLINE", "true")
                .env("RUSTDOCFLAGS", "-D warnings")
                .env_remove("RUSTFLAGS")
                .env_remove("CARGO_MANIFEST_DIR");
            if let Err(problem) = run(&mut cmd, &format!("{case}: {what}")) {
                problems.push(problem);
                break;
            }
        }
    }
    assert!(problems.is_empty(), "{} of the SDKs do not build cleanly:\n\n{}", problems.len(), problems.join("\n\n"));
}
