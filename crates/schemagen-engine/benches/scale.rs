//! The aws-scale schema (aws-native's members repeated 12 times: 48 MB, 5,700 resources; see
//! `schemagen-testdata`): parse + bind, and every generator from the bound package to files
//! handed to a sink that counts and drops them (as the CLI streams them to disk, the output is
//! never held).
//!
//! `cargo bench -p schemagen-engine --bench scale` first prints, for one run of each, the time,
//! the peak heap above what was live before (the package, for the generators) and the output's
//! size; then divan's timings. The counting allocator adds a little to every allocation.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::LazyLock;
use std::time::Instant;

use divan::Bencher;
use schemagen_engine::output::FileSink;
use schemagen_engine::{GeneratedFile, OutputError};
use schemagen_schema::{parse, Format, LoadOptions, Package};
use schemagen_testdata::CountingAlloc;

#[global_allocator]
static ALLOC: CountingAlloc = CountingAlloc::new();

static TEXT: LazyLock<String> = LazyLock::new(|| {
    let path = schemagen_testdata::aws_scale_file();
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
});

static PACKAGE: LazyLock<Package> = LazyLock::new(|| parse_and_bind(&TEXT));

fn parse_and_bind(text: &str) -> Package {
    match parse(text, "aws-scale.json", Format::Json, &LoadOptions::default()) {
        Ok(loaded) => loaded.package,
        Err(e) => panic!("the aws-scale schema does not bind:\n{e}"),
    }
}

/// Counts the files and bytes handed to it, and drops them.
#[derive(Default)]
struct Discard {
    files: AtomicUsize,
    bytes: AtomicUsize,
}

impl FileSink for Discard {
    fn put(&self, file: GeneratedFile) -> Result<(), OutputError> {
        self.files.fetch_add(1, Ordering::Relaxed);
        self.bytes.fetch_add(file.contents.len(), Ordering::Relaxed);
        Ok(())
    }

    fn put_parts(&self, _path: &str, parts: &mut dyn Iterator<Item = Result<String, OutputError>>) -> Result<(), OutputError> {
        for part in parts {
            self.bytes.fetch_add(part?.len(), Ordering::Relaxed);
        }
        self.files.fetch_add(1, Ordering::Relaxed);
        Ok(())
    }
}

type Generator = fn(&Package, &dyn FileSink) -> Result<(), OutputError>;

fn python(pkg: &Package, sink: &dyn FileSink) -> Result<(), OutputError> {
    schemagen_engine::python::generate_into(pkg, &Default::default(), sink)
}

fn rust(pkg: &Package, sink: &dyn FileSink) -> Result<(), OutputError> {
    schemagen_engine::rust::generate_into(pkg, &Default::default(), sink)
}

const GENERATORS: [(&str, Generator); 5] = [
    ("docs", schemagen_engine::docs::generate_into),
    ("python", python),
    ("nodejs", schemagen_engine::nodejs::generate_into),
    ("go", schemagen_engine::go::generate_into),
    ("rust", rust),
];

fn mb(bytes: usize) -> f64 {
    bytes as f64 / 1e6
}

fn main() {
    let text: &str = &TEXT;
    let heap = ALLOC.start();
    let started = Instant::now();
    let pkg = parse_and_bind(text);
    eprintln!(
        "parse+bind: {:.1} MB of JSON in {:.2?}, peak heap {:.1} MB above the text, the bound package {:.1} MB",
        mb(text.len()),
        started.elapsed(),
        mb(heap.bytes()),
        mb(ALLOC.live().saturating_sub(heap.base()))
    );
    for (name, generate) in GENERATORS {
        let heap = ALLOC.start();
        let sink = Discard::default();
        let started = Instant::now();
        generate(&pkg, &sink).unwrap_or_else(|e| panic!("{name}: {e}"));
        eprintln!(
            "{name}: {} files, {:.1} MB in {:.2?}, peak heap {:.1} MB above the package",
            sink.files.load(Ordering::Relaxed),
            mb(sink.bytes.load(Ordering::Relaxed)),
            started.elapsed(),
            mb(heap.bytes())
        );
    }
    drop(pkg);
    divan::main();
}

#[divan::bench(sample_count = 3, sample_size = 1)]
fn parse_bind(b: Bencher) {
    let text: &str = &TEXT;
    b.bench(|| parse_and_bind(divan::black_box(text)));
}

#[divan::bench(args = ["docs", "python", "nodejs", "go", "rust"], sample_count = 3, sample_size = 1)]
fn generate(b: Bencher, name: &str) {
    let pkg = &*PACKAGE;
    let (_, generate) = GENERATORS.iter().find(|(n, _)| *n == name).expect("a generator of that name");
    b.bench(|| generate(pkg, &Discard::default()).expect("generates"));
}
