//! `schemagen check` end to end: every shared fixture passes with its summary, every bad schema
//! fails with located diagnostics and exit code 1, usage mistakes exit with 2.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn schemagen() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_schemagen"));
    cmd.env("NO_COLOR", "1");
    cmd
}

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The shared fixtures next to the repository; their absence is a failure, not a skip.
fn fixtures() -> PathBuf {
    let dir = repo_root().join("../shared/fixtures");
    assert!(dir.is_dir(), "the shared fixtures are missing: expected them at {}", dir.display());
    dir
}

fn bad_dir() -> PathBuf {
    repo_root().join("crates/schemagen-schema/tests/bad")
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Every schema file under the fixtures that Pulumi accepts: each codegen case's schema and the
/// dependency schemas (the benchmark schema is not one: see below).
fn fixture_schemas() -> Vec<PathBuf> {
    let root = fixtures();
    let mut out = Vec::new();
    let codegen = root.join("pulumi-codegen");
    for case in std::fs::read_dir(&codegen).expect("pulumi-codegen is readable") {
        let case = case.expect("a directory entry").path();
        if !case.is_dir() {
            continue;
        }
        for entry in std::fs::read_dir(&case).expect("a case folder is readable") {
            let p = entry.expect("a directory entry").path();
            let stem = p.file_stem().and_then(|s| s.to_str());
            let is_schema = stem == Some("schema") || case.ends_with("_deps");
            if is_schema && matches!(p.extension().and_then(|e| e.to_str()), Some("json" | "yaml" | "yml")) {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

/// `1 function`, `2 functions`, as the summary counts.
fn counted(n: usize, noun: &str) -> String {
    format!("{n} {noun}{}", if n == 1 { "" } else { "s" })
}

/// What the summary must say, read from the file itself.
fn expected_summary_prefix(path: &Path) -> (String, String) {
    let text = std::fs::read_to_string(path).expect("fixture is readable");
    let doc: serde_json::Value = if path.extension().is_some_and(|e| e == "json") {
        serde_json::from_str(&text).expect("fixture is JSON")
    } else {
        serde_norway::from_str(&text).expect("fixture is YAML")
    };
    let count = |key: &str| doc.get(key).and_then(|v| v.as_object()).map_or(0, |m| m.len());
    let name = doc["name"].as_str().expect("fixture has a name").to_string();
    let version = doc.get("version").and_then(|v| v.as_str()).unwrap_or("(no version)").to_string();
    let provider_methods = doc.pointer("/provider/methods").and_then(|m| m.as_object()).map_or(0, |m| m.len());
    let mut counts = format!("{}, {}", counted(count("resources"), "resource"), counted(count("functions") - provider_methods, "function"));
    if provider_methods > 0 {
        counts.push_str(&format!(", {}", counted(provider_methods, "provider method")));
    }
    counts.push_str(&format!(", {}", counted(count("types"), "type")));
    (format!("{name} {version}: "), counts)
}

#[test]
fn every_fixture_checks_and_prints_its_summary() {
    let schemas = fixture_schemas();
    assert!(schemas.len() >= 16, "expected the codegen cases and _deps; found {schemas:?}");
    let deps = fixtures().join("pulumi-codegen/_deps");
    for schema in &schemas {
        let out = schemagen().arg("check").arg(schema).arg("--deps").arg(&deps).output().expect("schemagen runs");
        assert_eq!(out.status.code(), Some(0), "{}:\n{}", schema.display(), stderr(&out));
        let summary = stdout(&out);
        assert_eq!(summary.lines().count(), 1, "one summary line for {}: {summary}", schema.display());
        let (prefix, counts) = expected_summary_prefix(schema);
        assert!(summary.starts_with(&prefix), "{}: {summary}", schema.display());
        assert!(summary.contains(&counts), "{}: expected `{counts}` in {summary}", schema.display());
        assert!(!stderr(&out).contains("error"), "{}: {}", schema.display(), stderr(&out));
    }
}

#[test]
fn real_providers_count_what_a_user_sees() {
    // random has 7 resources besides its provider, docker 12 and 6 functions besides the provider's one method.
    for (schema, summary) in [
        ("pulumi-codegen/_deps/random-4.11.2.json", "random 4.11.2: 7 resources, 0 functions, 0 types (0 enums), 1 module"),
        ("providers/docker/schema.json", "docker (no version): 12 resources, 6 functions, 1 provider method, 87 types (1 enum), 2 modules"),
    ] {
        let out = schemagen().arg("check").arg(fixtures().join(schema)).output().expect("schemagen runs");
        assert_eq!(out.status.code(), Some(0), "{schema}: {}", stderr(&out));
        assert_eq!(stdout(&out).trim_end(), summary, "{schema}");
    }
}

#[test]
fn what_pulumi_rejects_but_generators_accept_fails_check_with_a_located_error() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let schema = r##"{"name": "acme", "types": {
  "acme:index/Region:Region": {"type": "string", "enum": [{"value": "eu"}]}},
  "resources": {"acme:index:W": {"properties": {"r": {"type": "string", "$ref": "#/types/acme:index/region:Region"}}}}}"##;
    std::fs::write(dir.path().join("nested.json"), schema).expect("write");
    let out = schemagen().current_dir(dir.path()).arg("check").arg("nested.json").output().expect("runs");
    let err = assert_located_failure("nested.json", &out);
    assert!(err.contains("nested.json:2:3: error: invalid token 'acme:index/Region:Region' (nested modules under index are not allowed)"), "{err}");
    assert!(err.contains("generators still accept it"), "{err}");
    assert!(err.contains("nested.json:3:73: warning: `#/types/acme:index/region:Region` names type"), "{err}");
    assert!(err.contains("did you mean `acme:index/Region:Region`?"), "{err}");
    assert!(err.ends_with("nested.json: 1 error found\n"), "{err}");
    // So is the early aws-native release of the benchmarks, on its one nested `index/` type.
    let out = schemagen().arg("check").arg(fixtures().join("bench/aws-native.json")).output().expect("runs");
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains(":22635:5: error: invalid token 'aws-native:index/Region:Region' (nested modules under index"), "{err}");
    assert!(err.ends_with("aws-native.json: 1 error found\n"), "{err}");
    // The generators take it, with the same finding as a warning.
    let out = schemagen().current_dir(dir.path()).args(["docs", "nested.json", "--out", "docs"]).output().expect("runs");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stderr(&out).contains("nested.json:2:3: warning: invalid token"), "{}", stderr(&out));
}

#[test]
fn the_embedded_default_schema_checks() {
    let out = schemagen().arg("check").arg(repo_root().join("schema/aws.json")).output().expect("schemagen runs");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(stdout(&out).starts_with("aws 2."), "{}", stdout(&out));
}

/// Runs `check` on a file of the bad-schema folder, from that folder, so that paths in the
/// output are just the file name.
fn check_bad(name: &str) -> Output {
    let dir = bad_dir();
    assert!(dir.join(name).is_file(), "missing test schema {name}");
    schemagen().current_dir(&dir).arg("check").arg(name).output().expect("schemagen runs")
}

/// Exit code 1, nothing on stdout, every diagnostic starts `file:line:column: error|warning:`
/// and points at a node, and the last line counts the errors.
fn assert_located_failure(name: &str, out: &Output) -> String {
    let err = stderr(out);
    assert_eq!(out.status.code(), Some(1), "{name}:\n{err}");
    assert!(stdout(out).is_empty(), "{name}: nothing on stdout when invalid");
    let headers: Vec<&str> = err.lines().filter(|l| l.starts_with(&format!("{name}:"))).collect();
    let (summary, diagnostics) = headers.split_last().expect("at least a summary line");
    assert!(summary.ends_with("found"), "{name}: last line counts the errors: {summary}");
    assert!(!diagnostics.is_empty(), "{name}: at least one diagnostic");
    for h in diagnostics {
        let rest = &h[name.len() + 1..];
        let mut parts = rest.splitn(3, ':');
        let line: usize = parts.next().and_then(|l| l.parse().ok()).unwrap_or_else(|| panic!("{name}: no line in `{h}`"));
        let column: usize = parts.next().and_then(|c| c.parse().ok()).unwrap_or_else(|| panic!("{name}: no column in `{h}`"));
        assert!(line >= 1 && column >= 1);
        let kind = parts.next().unwrap_or_default();
        assert!(kind.starts_with(" error: ") || kind.starts_with(" warning: "), "{name}: `{h}`");
    }
    err
}

macro_rules! bad_schema_tests {
    ($($test:ident => $file:literal, must_mention: [$($needle:literal),*];)*) => {$(
        #[test]
        fn $test() {
            let out = check_bad($file);
            let err = assert_located_failure($file, &out);
            $(assert!(err.contains($needle), "{}: expected `{}` in\n{err}", $file, $needle);)*
            insta::assert_snapshot!(stringify!($test), err);
        }
    )*};
}

bad_schema_tests! {
    malformed_json => "malformed.json", must_mention: ["malformed.json:7:9: error: expected `,` or `}`", "at /resources/acme:index:Widget/inputProperties"];
    trailing_comma => "trailing_comma.json", must_mention: ["trailing_comma.json:4:1: error: trailing comma"];
    malformed_yaml => "malformed.yaml", must_mention: ["malformed.yaml:5:3: error:"];
    dangling_ref => "dangling_ref.json", must_mention: ["dangling_ref.json:12:19: error:", "at /resources/acme:index:Widget/inputProperties/color/$ref", "did you mean `acme:index:WidgetColor`?", "2 errors found"];
    wrong_json_type => "wrong_type.json", must_mention: ["wrong_type.json:8:7: error: invalid type: string \"size\", expected an array", "at /resources/acme:index:Widget/requiredInputs"];
    unknown_type => "unknown_type.json", must_mention: ["unknown type `int`", "did you mean `integer`?", "an array type needs `items`"];
    invalid_token => "invalid_token.json", must_mention: ["invalid_token.json:4:5: error: invalid resource token", "at /resources/acme:Widget", "belongs to package `other`"];
    duplicate_token => "duplicate_token.json", must_mention: ["duplicate_token.json:8:5: error: `acme:index:Widget` is defined twice in `/resources`", "duplicate_token.json:4:5", "is first defined here"];
    duplicate_key_yaml => "duplicate_key.yaml", must_mention: ["duplicate_key.yaml:7:3: error: `acme:index:Widget` is defined twice", "duplicate_key.yaml:3:3"];
    duplicate_token_case => "duplicate_case.json", must_mention: ["duplicate_case.json:7:5: error: function token `acme:index:widget` differs from `acme:index:Widget` only in case", "duplicate_case.json:4:5"];
    member_token_twice => "member_token_twice.json", must_mention: ["member_token_twice.json:1:174: error: function token `acme:index:widget` is also a resource token", "note: member_token_twice.json:1:47", "the resource `acme:index:widget` is defined here"];
    module_case => "module_case.json", must_mention: ["module_case.json:5:5: error: resource token `acme:net/v1:Gadget` is in module `net/v1` (folder `net`), which differs from module `Net` only in case", "module_case.json:6:5: error: resource token `acme:net/V1:Gizmo`", "module_case.json:9:5: error: function token `acme:NET/v2:getThing`", "3 errors found"];
    missing_name => "missing_name.json", must_mention: ["missing_name.json:1:1: error: missing required key `name`", "1 error found"];
    missing_enum_value => "missing_enum_value.json", must_mention: ["missing_enum_value.json:6:47: error: missing field `value`", "at /types/acme:index:Size/enum/1"];
    many_errors_in_one_run => "many_errors.json", must_mention: ["reserved configuration key", "does not match the enum's type", "is reserved", "unknown type `strng`", "`acme:index:Colr`", "default value \"five\"", "cannot have a default value", "a union needs at least two", "`size` is listed as required", "`acme:index:resizeWidget`", "10 errors found"];
    js_object_members => "js_object_members.json", must_mention: ["js_object_members.json:7:9: error: resource property `hasOwnProperty` cannot be held by the Node.js SDK", "js_object_members.json:21:11: error: a property named `__proto__` cannot be passed through the Node.js SDK", "at /resources/acme:index:Widget/stateInputs/properties/__proto__", "at /types/acme:index:Shape/properties/__proto__", "at /functions/acme:index:lookup/inputs/properties/__proto__", "4 errors found"];
    methods => "methods.json", must_mention: ["has the name of one of the resource's properties", "no `__self__` property", "is not `acme:index:Widget/<method>`"];
    literals => "literals.json", must_mention: ["enum value true", "enum value 1.5", "default value 7", "default value 3000000000", "constant value \"yes\"", "type array cannot have a default", "lists no environment variable"];
    discriminator => "discriminator.json", must_mention: ["refers to type `acme:index:Dgo`", "did you mean `acme:index:Dog`?", "not one of the union's `oneOf` types", "is not a reference"];
    yaml_schema => "bad.yaml", must_mention: ["bad.yaml:8:9: error: enum value 3", "bad.yaml:13:9: error:", "did you mean `integer`?"];
}

#[test]
fn unknown_keys_are_warnings_not_errors() {
    let out = check_bad("unknown_keys.json");
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert!(err.contains("unknown_keys.json:6:55: warning: unknown key `minimum` is ignored"), "{err}");
    assert!(err.contains("unknown_keys.json:7:7: warning: unknown key `plainInputs` is ignored"), "{err}");
    assert!(stdout(&out).starts_with("acme 1.0.0: 1 resource, "), "{}", stdout(&out));
}

#[test]
fn unreadable_bytes_are_located_errors() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let cases: [(&str, &[u8], &str); 4] = [
        // `/dev/null` below is read as the empty file it is.
        ("binary.json", b"{\"name\": \"a\xff\xfe\"}", "binary.json:1:12: error: the schema is not valid UTF-8"),
        ("empty.json", b"", "empty.json: error: the schema is empty"),
        ("blank.yaml", b"  \n\n", "blank.yaml: error: the schema is empty"),
        ("array.json", b"[1, 2]", "array.json:1:1: error: a schema is an object"),
    ];
    for (name, bytes, expected) in cases {
        std::fs::write(dir.path().join(name), bytes).expect("write");
        let out = schemagen().current_dir(dir.path()).arg("check").arg(name).output().expect("runs");
        assert_eq!(out.status.code(), Some(1), "{name}: {}", stderr(&out));
        assert!(stderr(&out).starts_with(expected), "{name}: {}", stderr(&out));
    }
    let out = schemagen().arg("check").arg("/dev/null").output().expect("runs");
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).starts_with("/dev/null: error: the schema is empty"), "{}", stderr(&out));
}

#[test]
fn usage_errors_exit_with_2() {
    let dir = tempfile::tempdir().expect("a temp dir");
    let runs: [(&[&str], &str); 5] = [
        (&["check"], "SCHEMA"),
        (&["check", "no-such-file.json"], "does not exist"),
        (&["check", "."], "is a directory"),
        (&["check", "--bogus", "x.json"], "--bogus"),
        (&["frobnicate"], "frobnicate"),
    ];
    for (args, needle) in runs {
        let out = schemagen().current_dir(dir.path()).args(args).output().expect("runs");
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
        assert!(stderr(&out).contains(needle), "{args:?}: {}", stderr(&out));
    }
    let schema = repo_root().join("schema/aws.json");
    let out = schemagen().arg("check").arg(&schema).arg("--deps").arg(dir.path().join("nope")).output().expect("runs");
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    // A file that exists but cannot be read (reading /proc/self/mem at offset 0 fails, even for root).
    let out = schemagen().arg("check").arg("/proc/self/mem").output().expect("runs");
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert_eq!(stderr(&out), "error: cannot read schema file `/proc/self/mem`: input/output error\n");
    let a_file = dir.path().join("a-file");
    std::fs::write(&a_file, "").expect("write");
    for (out_dir, needle) in [
        (a_file.clone(), format!("--out `{}` is a file; --out names the folder", a_file.display())),
        (a_file.join("x"), format!("`{}` is a file", a_file.display())),
    ] {
        for cmd in [&["docs"][..], &["sdk", "--lang", "python"]] {
            let out = schemagen().args(cmd).arg("--out").arg(&out_dir).output().expect("runs");
            assert_eq!(out.status.code(), Some(2), "{cmd:?}: {}", stderr(&out));
            assert!(stderr(&out).contains(&needle) && !stderr(&out).contains("os error"), "{cmd:?}: {}", stderr(&out));
        }
    }
}

#[test]
fn the_schema_is_positional_on_every_subcommand_and_a_flag_too() {
    let schema = fixtures().join("pulumi-codegen/simple-resource-schema/schema.json");
    let dir = tempfile::tempdir().expect("a temp dir");
    for args in [
        vec!["check".into(), schema.clone().into_os_string()],
        vec!["check".into(), "--schema".into(), schema.clone().into_os_string()],
        vec!["docs".into(), schema.clone().into_os_string(), "--out".into(), dir.path().join("d1").into_os_string()],
        vec!["docs".into(), "--schema".into(), schema.clone().into_os_string(), "--out".into(), dir.path().join("d2").into_os_string()],
        vec!["sdk".into(), "--lang".into(), "python".into(), schema.clone().into_os_string(), "--out".into(), dir.path().join("p").into_os_string()],
    ] {
        let out = schemagen().args(&args).output().expect("runs");
        assert_eq!(out.status.code(), Some(0), "{args:?}: {}", stderr(&out));
    }
    assert!(dir.path().join("d1/example").is_dir() && dir.path().join("d2/example").is_dir());
    let out = schemagen().arg("docs").arg(&schema).arg("--schema").arg(&schema).output().expect("runs");
    assert_eq!(out.status.code(), Some(2), "both forms at once is a usage error: {}", stderr(&out));
}

#[test]
fn every_subcommand_explains_itself() {
    for (args, needles) in [
        (vec!["--help"], vec!["check", "docs", "sdk", "Exit codes"]),
        (vec!["check", "--help"], vec!["SCHEMA", "--deps", "file:line:column", "Exit codes: 0 valid, 1 invalid schema, 2 usage error"]),
        (vec!["docs", "--help"], vec!["--schema", "--out", "--deps"]),
        (vec!["sdk", "--help"], vec!["--lang", "python", "rust", "--out"]),
    ] {
        let out = schemagen().args(&args).output().expect("runs");
        assert_eq!(out.status.code(), Some(0), "{args:?}");
        let text = stdout(&out);
        for n in needles {
            assert!(text.contains(n), "{args:?}: expected `{n}` in\n{text}");
        }
    }
}
