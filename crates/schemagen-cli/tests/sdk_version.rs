//! `schemagen sdk --lang python --version X`: the package version in pyproject.toml,
//! pulumi-plugin.json and the version `_utilities` gives resource requests; without it, the
//! schema's; a schema with neither gets a warning. A version that is not semver is a usage error.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn schemagen() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_schemagen"));
    cmd.env("NO_COLOR", "1");
    cmd
}

/// A schema with `version` (or none) and one resource, written into `dir`.
fn schema(dir: &Path, version: Option<&str>) -> PathBuf {
    let version = version.map(|v| format!(r#""version": "{v}","#)).unwrap_or_default();
    let text = format!(r#"{{"name": "vers", {version} "resources": {{"vers:index:Thing": {{"properties": {{"x": {{"type": "string"}}}}}}}}}}"#);
    let path = dir.join("schema.json");
    std::fs::write(&path, text).expect("the schema is written");
    path
}

fn sdk(schema: &Path, out: &Path, args: &[&str]) -> Output {
    schemagen().args(["sdk", "--lang", "python"]).arg(schema).arg("--out").arg(out).args(args).output().expect("schemagen runs")
}

fn read(path: PathBuf) -> String {
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// (pyproject version line, plugin.json, `_SCHEMA_VERSION` line) of a generated package.
fn versions(out: &Path) -> (String, String, String) {
    let pyproject = read(out.join("pyproject.toml"));
    let utilities = read(out.join("pulumi_vers/_utilities.py"));
    let line = |text: &str, start: &str| text.lines().find(|l| l.starts_with(start)).unwrap_or_default().to_string();
    (line(&pyproject, "version = "), read(out.join("pulumi_vers/pulumi-plugin.json")), line(&utilities, "_SCHEMA_VERSION"))
}

#[test]
fn version_flag_sets_every_place_the_package_version_goes() {
    let dir = tempfile::tempdir().unwrap();
    let schema = schema(dir.path(), Some("1.0.0"));
    let out = dir.path().join("out");
    let run = sdk(&schema, &out, &["--version", "2.3.4-alpha.5"]);
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    let (pyproject, plugin, utilities) = versions(&out);
    assert_eq!(pyproject, r#"version = "2.3.4a5""#);
    let plugin: serde_json::Value = serde_json::from_str(&plugin).expect("plugin JSON");
    assert_eq!(plugin["version"], "2.3.4-alpha.5");
    assert!(utilities.contains(r#""2.3.4-alpha.5""#), "{utilities}");
    assert!(!String::from_utf8_lossy(&run.stderr).contains("warning"), "{}", String::from_utf8_lossy(&run.stderr));
}

#[test]
fn without_the_flag_the_schema_version_counts_and_none_warns() {
    let dir = tempfile::tempdir().unwrap();
    let versioned = dir.path().join("versioned");
    std::fs::create_dir(&versioned).unwrap();
    let run = sdk(&schema(&versioned, Some("1.5.0")), &versioned.join("out"), &[]);
    assert!(run.status.success());
    let (pyproject, plugin, utilities) = versions(&versioned.join("out"));
    assert_eq!(pyproject, r#"version = "1.5.0""#);
    // As Pulumi has it: the plugin file names a version only when the schema asks for it.
    assert!(!plugin.contains("version"), "{plugin}");
    assert!(utilities.contains(r#""1.5.0""#), "{utilities}");
    assert!(!String::from_utf8_lossy(&run.stderr).contains("warning"));

    let bare = dir.path().join("bare");
    std::fs::create_dir(&bare).unwrap();
    let run = sdk(&schema(&bare, None), &bare.join("out"), &[]);
    assert!(run.status.success());
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert!(stderr.contains("warning") && stderr.contains("0.0.0") && stderr.contains("--version"), "{stderr}");
    assert_eq!(versions(&bare.join("out")).0, r#"version = "0.0.0""#);
}

#[test]
fn a_version_that_is_not_semver_or_not_for_python_is_a_usage_error() {
    let dir = tempfile::tempdir().unwrap();
    let schema = schema(dir.path(), Some("1.0.0"));
    for (lang, version) in [("python", "1.2"), ("python", "latest"), ("nodejs", "1.2.3")] {
        let out = dir.path().join(format!("out-{lang}-{version}"));
        let run = schemagen().args(["sdk", "--lang", lang]).arg(&schema).arg("--out").arg(&out).args(["--version", version]).output().unwrap();
        assert_eq!(run.status.code(), Some(2), "{lang} {version}: {}", String::from_utf8_lossy(&run.stderr));
        assert!(String::from_utf8_lossy(&run.stderr).contains("--version"));
        assert!(!out.exists(), "{lang} {version}: output written");
    }
}
