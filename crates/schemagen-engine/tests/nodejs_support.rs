//! Shared helpers of the nodejs SDK tests: the npm packages they need (installed once under
//! target/ by tests/nodejs/install-deps), generating packages, running tsapi.cjs and tsc.
#![allow(dead_code)]

#[path = "python_support.rs"]
mod common;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

#[allow(unused_imports)]
pub use common::{fixture_cases, fixtures_dir, repo_root};
use schemagen_schema::LoadOptions;

/// `target/node-deps/node_modules` (typescript, @pulumi/pulumi, @types/node), installed on
/// first use.
pub fn node_modules() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let script = repo_root().join("tests/nodejs/install-deps");
        let out = Command::new(&script).output().unwrap_or_else(|e| panic!("{}: {e}", script.display()));
        assert!(out.status.success(), "installing the npm test dependencies failed:\n{}", String::from_utf8_lossy(&out.stderr));
        PathBuf::from(String::from_utf8_lossy(&out.stdout).trim())
    })
}

pub fn tsapi() -> PathBuf {
    let p = repo_root().join("../shared/tools/tsapi.cjs");
    assert!(p.is_file(), "the shared tsapi.cjs is missing: expected {}", p.display());
    p
}

/// Every real provider schema under `../shared/fixtures/providers` (name, schema), sorted.
pub fn provider_cases() -> Vec<(String, PathBuf)> {
    let dir = repo_root().join("../shared/fixtures/providers");
    assert!(dir.is_dir(), "the shared provider fixtures are missing: expected {}", dir.display());
    let mut cases: Vec<(String, PathBuf)> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.join("schema.json").is_file())
        .map(|p| (p.file_name().unwrap().to_string_lossy().into_owned(), p.join("schema.json")))
        .collect();
    cases.sort();
    cases
}

/// Generates the nodejs SDK of `schema` (external references read from the shared `_deps`).
pub fn generate(schema: &Path) -> Vec<schemagen_engine::GeneratedFile> {
    let opts = LoadOptions { deps: Some(fixtures_dir().join("_deps")) };
    let loaded = schemagen_schema::load(schema, &opts).unwrap_or_else(|e| panic!("{}: {e}", schema.display()));
    schemagen_engine::nodejs::generate(&loaded.package).unwrap_or_else(|e| panic!("{}: {e}", schema.display()))
}

/// A fresh folder under target/ for one test's packages.
pub fn work_dir(name: &str) -> PathBuf {
    let dir = repo_root().join("target").join(name);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Writes `files` into `dir`.
pub fn write(dir: &Path, files: &[schemagen_engine::GeneratedFile]) {
    schemagen_engine::output::write_all(dir, files).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
}

/// `tsapi.cjs --diff expected package`: the score line, the score, and the whole report.
pub fn score(expected: &Path, package: &Path) -> (String, f64, String) {
    let out = Command::new("node")
        .arg(tsapi())
        .arg("--typescript")
        .arg(node_modules())
        .arg("--diff")
        .arg(expected)
        .arg(package)
        .args(["--max", "30"])
        .output()
        .expect("node runs");
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(out.status.success(), "tsapi failed on {}: {text}{}", package.display(), String::from_utf8_lossy(&out.stderr));
    let line = text.lines().next().unwrap_or_default().to_string();
    let score = line.rsplit(' ').next().and_then(|s| s.parse().ok()).unwrap_or(0.0);
    (line, score, text)
}

/// Every `.ts` file below `dir` (node_modules and bin skipped), relative to `base`.
pub fn ts_files(dir: &Path, base: &Path) -> Vec<String> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            if p.is_dir() {
                if name != "node_modules" && name != "bin" {
                    stack.push(p);
                }
            } else if name.ends_with(".ts") {
                out.push(p.strip_prefix(base).unwrap().to_string_lossy().replace('\\', "/"));
            }
        }
    }
    out.sort();
    out
}

/// Runs `tsc --noEmit --strict` over `files` (relative to `dir`) with the compiler options of
/// the generated `tsconfig.json`; `node_modules` is made visible from `dir`. Returns tsc's report
/// when it fails.
pub fn typecheck(dir: &Path, files: &[String], extra_types: &[&str]) -> Result<(), String> {
    link_node_modules(&dir.join("node_modules"));
    let mut types = vec!["node"];
    types.extend_from_slice(extra_types);
    let tsconfig = serde_json::json!({
        "compilerOptions": {
            "strict": true, "noEmit": true, "target": "ES2022", "module": "nodenext",
            "moduleResolution": "nodenext", "skipLibCheck": true, "types": types,
            "noImplicitReturns": true, "noFallthroughCasesInSwitch": true,
        },
        "files": files,
    });
    std::fs::write(dir.join("tsconfig.check.json"), serde_json::to_string_pretty(&tsconfig).unwrap()).unwrap();
    let tsc = node_modules().join("typescript/bin/tsc");
    let out = Command::new("node").arg(tsc).args(["-p", "tsconfig.check.json"]).current_dir(dir).output().expect("node runs");
    if out.status.success() {
        Ok(())
    } else {
        Err(format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr)))
    }
}

/// Makes the installed npm packages visible in `nm`, beside what is already there (scoped
/// folders like `@pulumi` are real folders, so stand-in packages can join them).
pub fn link_node_modules(nm: &Path) {
    std::fs::create_dir_all(nm).unwrap();
    let link = |from: &Path, to: &Path| {
        if to.symlink_metadata().is_err() {
            std::os::unix::fs::symlink(from, to).unwrap();
        }
    };
    for entry in std::fs::read_dir(node_modules()).unwrap() {
        let p = entry.unwrap().path();
        let name = p.file_name().unwrap().to_os_string();
        if name.to_string_lossy().starts_with('@') {
            std::fs::create_dir_all(nm.join(&name)).unwrap();
            for inner in std::fs::read_dir(&p).unwrap() {
                let q = inner.unwrap().path();
                link(&q, &nm.join(&name).join(q.file_name().unwrap()));
            }
        } else {
            link(&p, &nm.join(&name));
        }
    }
}

/// Walks every `.ts` file with the TypeScript parser and lists identifiers named `PWNED`: in a
/// comment or a string literal it is text, anywhere else it is injected code.
const FIND_INJECTED: &str = r#"
const ts = require("typescript");
const fs = require("fs");
const path = require("path");
const found = [];
(function rec(dir) {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) { if (e.name !== "node_modules") rec(p); continue; }
        if (!p.endsWith(".ts")) continue;
        const sf = ts.createSourceFile(p, fs.readFileSync(p, "utf8"), ts.ScriptTarget.Latest, true);
        if (sf.parseDiagnostics.length) found.push(`${p}: does not parse`);
        (function walk(n) {
            if (ts.isIdentifier(n) && n.text === "PWNED") found.push(`${p}: ${n.getStart()}`);
            ts.forEachChild(n, walk);
        })(sf);
    }
})(process.argv[1]);
if (found.length) { console.log(found.join("\n")); process.exit(1); }
"#;

/// [`FIND_INJECTED`] over `dir`: its report when a `.ts` file does not parse or holds `PWNED` as code.
pub fn injected(dir: &Path) -> Result<(), String> {
    let out = Command::new("node").args(["-e", FIND_INJECTED]).arg(dir).env("NODE_PATH", node_modules()).output().expect("node runs");
    if out.status.success() {
        Ok(())
    } else {
        Err(format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr)))
    }
}
