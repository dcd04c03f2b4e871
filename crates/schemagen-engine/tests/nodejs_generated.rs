//! `generated/nodejs` is what `schemagen sdk --lang nodejs` writes for the embedded schema.

mod generated_support;
mod nodejs_support;

use nodejs_support::repo_root;
use schemagen_schema::{Format, LoadOptions};

#[test]
fn generated_nodejs_is_up_to_date() {
    let root = repo_root();
    let schema = std::fs::read_to_string(root.join("schema/aws.json")).unwrap();
    let loaded = schemagen_schema::parse(&schema, "schema/aws.json", Format::Json, &LoadOptions::default()).unwrap();
    let files = schemagen_engine::nodejs::generate(&loaded.package).unwrap();
    let hint = "generated/nodejs is stale: run `rm -rf generated/nodejs && cargo run -p schemagen-cli -- sdk --lang nodejs` and commit";
    generated_support::assert_up_to_date(&root.join("generated/nodejs"), &files, hint, &["node_modules", "bin"], &[]);
}
