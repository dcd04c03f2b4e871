//! Random hostile schemas — names that are keywords, predeclared or generated identifiers, no
//! identifiers at all or fold into each other; texts that leave comments and literals, calling
//! `PWNED` — through every generator, then each SDK compiled and loaded: Python's `compileall`
//! and every module imported on the real `pulumi`; `tsc --strict` and every export used on the
//! real @pulumi/pulumi under mocks; `go build`, `go vet` and a program importing every package of
//! the module, run; the Rust crate through `cargo check`. `PWNED` is nowhere code, and where the
//! language can define it (Python, JavaScript) it writes a marker file that must never appear. A few packages, each holding many hostile cases, keep the compile time small;
//! `PROPTEST_CASES` and `PROPTEST_RNG_SEED` explore more.

mod agreement_support;
mod go_support;
mod hostile_support;
mod nodejs_support;
mod python_support;

use std::cell::Cell;
use std::path::Path;
use std::process::Command;

use proptest::test_runner::{Config, TestCaseError, TestRunner};
use schemagen_engine::GeneratedFile;
use schemagen_schema::{parse, Format, LoadOptions};

use go_support::{go, succeeds};

fn fail(e: String) -> TestCaseError {
    TestCaseError::fail(e)
}

fn write(dir: &Path, files: &[GeneratedFile]) -> Result<(), TestCaseError> {
    schemagen_engine::output::write_all(dir, files).map_err(|e| fail(format!("{}: {e}", dir.display())))
}

/// Compiles the package with its own tsconfig (strict), then loads and uses it.
fn nodejs(dir: &Path, files: &[GeneratedFile]) -> Result<(), TestCaseError> {
    let pkg = dir.join("nodejs");
    write(&pkg, files)?;
    nodejs_support::injected(&pkg).map_err(|e| fail(format!("injected TypeScript:\n{e}")))?;
    let modules = nodejs_support::node_modules();
    std::os::unix::fs::symlink(modules, pkg.join("node_modules")).unwrap();
    let tsc = modules.join("typescript/bin/tsc");
    succeeds(Command::new("node").arg(tsc).args(["-p", ".", "--strict"]).current_dir(&pkg)).map_err(fail)?;
    let marker = dir.join("nodejs-marker");
    let load_all = nodejs_support::repo_root().join("tests/nodejs/load-all.cjs");
    let used = succeeds(Command::new("node").arg(load_all).arg(pkg.join("bin")).arg(&marker).env("NODE_PATH", modules)).map_err(fail)?;
    let line = used.lines().find_map(|l| l.strip_prefix("load-all: ")).unwrap_or_default();
    let used: serde_json::Value = serde_json::from_str(line).map_err(|e| fail(format!("load-all printed `{used}`: {e}")))?;
    prop_assert_ok(used["resources"].as_u64().unwrap_or(0) > 0, || format!("no resource class was found to construct: {used}"))?;
    prop_assert_ok(!marker.exists(), || "a schema text ran as code: the marker file exists".into())
}

/// Builds and vets the module, then builds and runs a program that imports every package of it.
fn go_module(dir: &Path, files: &[GeneratedFile]) -> Result<(), TestCaseError> {
    go_support::pulumi_sdk();
    let module = dir.join("go");
    write(&module, files)?;
    go_support::injected(&module).map_err(|e| fail(format!("injected Go:\n{e}")))?;
    let unformatted = succeeds(Command::new("gofmt").arg("-l").arg(&module)).map_err(fail)?;
    prop_assert_ok(unformatted.trim().is_empty(), || format!("not gofmt-clean:\n{unformatted}"))?;
    for args in [&["mod", "tidy"][..], &["build", "./..."], &["vet", "./..."]] {
        succeeds(go().args(args).current_dir(&module)).map_err(fail)?;
    }
    let path = std::fs::read_to_string(module.join("go.mod")).unwrap();
    let path = path.lines().find_map(|l| l.strip_prefix("module ")).unwrap_or_default().to_string();
    let packages = succeeds(go().args(["list", "./..."]).current_dir(&module)).map_err(fail)?;
    let program = dir.join("program");
    std::fs::create_dir_all(&program).unwrap();
    // Every package but the module's `internal` ones, which Go lets only the module import.
    let imports: String = packages.lines().filter(|p| !p.split('/').any(|s| s == "internal")).map(|p| format!("\t_ {p:?}\n")).collect();
    std::fs::write(program.join("main.go"), format!("package main\n\nimport (\n{imports})\n\nfunc main() {{}}\n")).unwrap();
    std::fs::write(
        program.join("go.mod"),
        format!("module schemagen.test/program\n\ngo 1.25\n\nrequire {path} v0.0.0\n\nreplace {path} => ../go\n"),
    )
    .unwrap();
    succeeds(go().args(["mod", "tidy"]).current_dir(&program)).map_err(fail)?;
    succeeds(go().args(["build", "-o", "program", "."]).current_dir(&program)).map_err(fail)?;
    succeeds(&mut Command::new(program.join("program"))).map_err(fail)?;
    Ok(())
}

/// Compiles every file, then imports every module on the real `pulumi` with `PWNED` a builtin
/// that writes a marker file.
fn python(dir: &Path, files: &[GeneratedFile]) -> Result<(), TestCaseError> {
    let pkg = dir.join("python");
    write(&pkg, files)?;
    let py = python_support::pulumi_python();
    succeeds(Command::new(py).args(["-m", "compileall", "-q"]).arg(&pkg)).map_err(fail)?;
    let marker = dir.join("python-marker");
    let import_all = nodejs_support::repo_root().join("tests/python/import-all.py");
    let imported = succeeds(Command::new(py).arg(import_all).arg(&pkg).arg(&marker).current_dir(dir)).map_err(fail)?;
    prop_assert_ok(imported.contains("import-all: "), || format!("import-all printed `{imported}`"))?;
    prop_assert_ok(!marker.exists(), || "a schema text or name ran as Python code: the marker file exists".into())
}

/// Checks the crate against this workspace's runtime, offline, with the workspace's lock file.
fn rust_crate(dir: &Path, pkg: &schemagen_schema::Package) -> Result<(), TestCaseError> {
    let root = nodejs_support::repo_root();
    let runtime = root.join("crates/schemagen-runtime").to_string_lossy().into_owned();
    let options = schemagen_engine::rust::SdkOptions { runtime_path: Some(runtime) };
    let files = schemagen_engine::rust::generate_with(pkg, &options).map_err(|e| fail(e.to_string()))?;
    let krate = dir.join("rust");
    write(&krate, &files)?;
    // A crate of its own, not a member of the workspace whose target/ holds it.
    let manifest = krate.join("Cargo.toml");
    let text = std::fs::read_to_string(&manifest).unwrap();
    std::fs::write(&manifest, text + "\n[workspace]\n").unwrap();
    std::fs::copy(root.join("Cargo.lock"), krate.join("Cargo.lock")).unwrap();
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let mut check = Command::new(cargo);
    check
        .args(["check", "--offline", "--quiet", "--message-format=short"])
        .current_dir(&krate)
        .env("CARGO_TARGET_DIR", root.join("target/sdk-compile-check"))
        .env_remove("RUSTFLAGS");
    succeeds(&mut check).map(drop).map_err(fail)
}

fn prop_assert_ok(holds: bool, message: impl FnOnce() -> String) -> Result<(), TestCaseError> {
    if holds {
        Ok(())
    } else {
        Err(fail(message()))
    }
}

#[test]
fn hostile_schemas_compile_and_run_nothing_in_any_sdk() {
    let cases = std::env::var("PROPTEST_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(2);
    let mut runner = TestRunner::new(Config { cases, max_shrink_iters: 8, failure_persistence: None, ..Config::default() });
    let case = Cell::new(0u32);
    let compiled = Cell::new(0u32);
    let root = nodejs_support::work_dir("hostile-sdks");
    runner
        .run(&hostile_support::hostile(), |h| {
            case.set(case.get() + 1);
            let dir = root.join(case.get().to_string());
            std::fs::create_dir_all(&dir).unwrap();
            let source = h.schema();
            std::fs::write(dir.join("schema.json"), &source).unwrap();
            let Ok(loaded) = parse(&source, "schema.json", Format::Json, &LoadOptions::default()) else {
                return Ok(());
            };
            let outputs = agreement_support::generate_all(&loaded).map_err(|e| fail(format!("{}: {e}", dir.display())))?;
            let mut every = true;
            for (name, result) in &outputs {
                let in_dir = |e: TestCaseError| fail(format!("{}: {name}: {e}", dir.display()));
                match (*name, result) {
                    ("python", Ok(files)) => python(&dir, files).map_err(in_dir)?,
                    ("nodejs", Ok(files)) => nodejs(&dir, files).map_err(in_dir)?,
                    ("go", Ok(files)) => go_module(&dir, files).map_err(in_dir)?,
                    ("rust", Ok(_)) => rust_crate(&dir, &loaded.package).map_err(in_dir)?,
                    ("python" | "nodejs" | "go" | "rust", Err(_)) => every = false,
                    _ => {}
                }
            }
            if every {
                compiled.set(compiled.get() + 1);
            }
            Ok(())
        })
        .unwrap();
    // Schemas the generators refuse prove nothing about compiling: most must generate.
    assert!(compiled.get() * 2 >= cases, "only {} of {cases} hostile schemas generated every SDK", compiled.get());
}
