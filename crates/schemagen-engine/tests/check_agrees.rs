//! `check` and the generators agree: over every schema the repository and the shared fixtures
//! hold, and over random hostile ones, whenever `check` accepts a schema every generator
//! succeeds (a refusal is reported by `check` first, with its location), and every file a
//! generator returns has a path the output folder can hold.

mod agreement_support;
mod hostile_support;
mod python_support;

use std::path::PathBuf;

use proptest::test_runner::{Config, TestCaseError, TestRunner};
use schemagen_schema::{parse, Format, LoadOptions};

/// Every schema file under `dir` and its subfolders (`_deps` ones too: they are schemas).
fn schemas_under(dir: &std::path::Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for e in entries {
        let p = e.unwrap().path();
        if p.is_dir() {
            schemas_under(&p, out);
        } else if p.extension().is_some_and(|x| x == "json" || x == "yaml" || x == "yml") {
            out.push(p);
        }
    }
}

#[test]
fn check_and_the_generators_agree_on_every_fixture() {
    let root = python_support::repo_root();
    let mut schemas = Vec::new();
    for dir in ["../shared/fixtures/pulumi-codegen", "../shared/fixtures/providers", "tests/python/schemas", "tests/go/hostile", "tests/go/dependency", "tests/go/cycles",
                "crates/schemagen-engine/tests/fixtures", "crates/schemagen-schema/tests/bad", "schema"] {
        schemas_under(&root.join(dir), &mut schemas);
    }
    schemas.sort();
    let opts = LoadOptions { deps: Some(python_support::fixtures_dir().join("_deps")) };
    let (mut loaded_count, mut failures) = (0, Vec::new());
    for schema in &schemas {
        // API manifests and other JSON that is no schema do not load: nothing to agree on.
        let Ok(loaded) = schemagen_schema::load(schema, &opts) else { continue };
        loaded_count += 1;
        if let Err(e) = agreement_support::generate_all(&loaded) {
            failures.push(format!("{}: {e}", schema.display()));
        }
    }
    assert!(failures.is_empty(), "{} disagreements:\n{}", failures.len(), failures.join("\n"));
    // The tree holds about thirty schemas (the rest is API manifests and broken ones).
    assert!(loaded_count >= 25, "only {loaded_count} of {} files loaded as schemas", schemas.len());
}

#[test]
fn check_and_the_generators_agree_on_hostile_schemas() {
    let mut runner = TestRunner::new(Config { cases: 48, failure_persistence: None, ..Config::default() });
    runner
        .run(&hostile_support::hostile(), |h| {
            let source = h.schema();
            if let Ok(loaded) = parse(&source, "schema.json", Format::Json, &LoadOptions::default()) {
                agreement_support::generate_all(&loaded).map_err(TestCaseError::fail)?;
            }
            Ok(())
        })
        .unwrap();
}
