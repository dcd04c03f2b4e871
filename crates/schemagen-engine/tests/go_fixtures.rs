//! Acceptance: for every shared fixture, the API manifest of our Go module (goapi.go) equals the
//! one taken from Pulumi's own generator (v3.276), and so does that of every real provider
//! schema. Building the modules against the real SDK is `tests/go/run`'s job.

mod go_support;

use go_support::*;

/// The floor each fixture's score may not fall below: 1.0, but for a fixture whose expected API
/// only a module that does not build can meet, where ours differs on purpose:
/// - `external-resource-schema`: Pulumi qualifies the dependency's root-module resources by the
///   dependency's name (`other.ProviderOutput`) while importing its package `pkg` unaliased, and
///   imports packages named `pkg` and `module` into packages whose `init.go` declares types of
///   those names; ours aliases the clashing imports (`pkg_`). It also names families that the
///   `other` SDK does not declare (`other` asks for neither extra input types nor resource
///   container types, and holds no collection of `sub.Config`): `other.ThingMapOutput`,
///   `sub.ConfigInput`, `sub.ConfigArrayInput`, `sub.ConfigMapInput`, `module.ConfigOutput`;
///   ours writes those untyped (`pulumi.MapOutput`, `pulumi.Input`, `pulumi.ArrayInput`,
///   `pulumi.MapInput`, `pulumi.AnyOutput`), so the module builds against that SDK, and the
///   unexported wire struct holds what those inputs resolve to untyped (`interface{}`), so a
///   value given them marshals. (Pulumi's own codegen tests do not compile this fixture's Go.)
/// - `python-typed-dict-disabled-setuppy`: the import of a package named `module` clashes with
///   `init.go`'s `module` type (ours: `module_`), and `module.ConfigInput`/`ConfigOutput` are
///   families the `other` SDK does not declare (ours: `pulumi.Input`, `pulumi.AnyOutput`; the
///   plain `MyType` the `MyTypeArgs` resolves into holds that input's value untyped, so a value
///   given it marshals); 5 entries.
fn floor(case: &str) -> f64 {
    match case {
        "external-resource-schema" => 626.0 / 645.0,
        "python-typed-dict-disabled-setuppy" => 250.0 / 255.0,
        _ => 1.0,
    }
}

fn run(dir: &std::path::Path, enforce: bool) -> Vec<String> {
    let mut report = Vec::new();
    let mut failures = Vec::new();
    for (case, schema) in cases(dir) {
        let out = tempfile::tempdir().unwrap();
        let files = generate(&schema);
        schemagen_engine::output::write_all(&out.path().join("sdk"), &files).unwrap();
        let ours = out.path().join("ours.json");
        manifest(&out.path().join("sdk"), &ours);
        let expected = dir.join(&case).join("pulumi-3.276/expected-go-api.json");
        let (score, text) = score(&expected, &ours);
        report.push(format!("{case:40} {}", text.lines().next().unwrap_or_default()));
        if enforce && score < floor(&case) {
            failures.push(format!("{case}: {score} < floor {}\n{text}", floor(&case)));
        }
    }
    assert!(failures.is_empty(), "fixtures below their floor:\n{}\n\nall scores:\n{}", failures.join("\n"), report.join("\n"));
    report
}

#[test]
fn every_fixture_matches_pulumis_go_api() {
    let report = run(&fixtures_dir(), true);
    println!("{}", report.join("\n"));
    let _ = std::fs::write(repo_root().join("target/go-fixture-scores.txt"), report.join("\n") + "\n");
}

/// Real providers' schemas, held to 1.0 too (the scores go to target/go-provider-scores.txt).
#[test]
fn provider_schemas_match_pulumis_go_api() {
    let report = run(&shared().join("fixtures/providers"), true);
    println!("{}", report.join("\n"));
    let _ = std::fs::write(repo_root().join("target/go-provider-scores.txt"), report.join("\n") + "\n");
}
