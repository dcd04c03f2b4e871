//! `generated/python` is what `schemagen sdk --lang python` writes for the embedded schema.

mod generated_support;
mod python_support;

use python_support::repo_root;
use schemagen_schema::{Format, LoadOptions};

#[test]
fn generated_python_is_up_to_date() {
    let root = repo_root();
    let schema = std::fs::read_to_string(root.join("schema/aws.json")).unwrap();
    let loaded = schemagen_schema::parse(&schema, "schema/aws.json", Format::Json, &LoadOptions::default()).unwrap();
    let files = schemagen_engine::python::generate(&loaded.package).unwrap();
    let hint = "generated/python is stale: run `cargo run -p schemagen-cli -- sdk --lang python` and commit";
    generated_support::assert_up_to_date(&root.join("generated/python"), &files, hint, &["__pycache__", "build"], &[".pyc", ".egg-info"]);
}
