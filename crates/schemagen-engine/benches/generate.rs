//! Generation time per target on a real 4 MB schema (aws-native: 475 resources, 2,627 types),
//! from a bound package to the full list of files in memory (writing to disk is not timed).
//!
//! `cargo bench -p schemagen-engine`

use std::path::Path;
use std::sync::LazyLock;

use divan::Bencher;
use schemagen_schema::{parse, Format, LoadOptions, Package};

static AWS_NATIVE: LazyLock<Package> = LazyLock::new(|| {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/fixtures/bench/aws-native.json");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("the bench schema {} is missing: {e}", path.display()));
    match parse(&text, "aws-native.json", Format::Json, &LoadOptions::default()) {
        Ok(loaded) => loaded.package,
        Err(e) => panic!("the bench schema does not bind:\n{e}"),
    }
});

fn main() {
    divan::main();
}

#[divan::bench(sample_count = 10)]
fn docs(b: Bencher) {
    let pkg = &*AWS_NATIVE;
    b.bench(|| schemagen_engine::docs::generate(pkg).expect("docs generate"));
}

#[divan::bench(sample_count = 10)]
fn python(b: Bencher) {
    let pkg = &*AWS_NATIVE;
    b.bench(|| schemagen_engine::python::generate(pkg).expect("python generates"));
}

#[divan::bench(sample_count = 10)]
fn nodejs(b: Bencher) {
    let pkg = &*AWS_NATIVE;
    b.bench(|| schemagen_engine::nodejs::generate(pkg).expect("nodejs generates"));
}

#[divan::bench(sample_count = 10)]
fn go(b: Bencher) {
    let pkg = &*AWS_NATIVE;
    b.bench(|| schemagen_engine::go::generate(pkg).expect("go generates"));
}

#[divan::bench(sample_count = 10)]
fn rust(b: Bencher) {
    let pkg = &*AWS_NATIVE;
    b.bench(|| schemagen_engine::rust::generate(pkg).expect("rust generates"));
}
