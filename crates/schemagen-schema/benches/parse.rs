//! Parse + bind time and peak heap for a real 4 MB schema (aws-native) and for a 48 MB one
//! (the size of the aws provider's schema) synthesized from it (`schemagen-testdata`).
//!
//! `cargo bench -p schemagen-schema` prints the peak heap of one parse of each first, then
//! divan's timings. Timings exclude freeing the model (divan drops outputs after timing), as
//! the CLI never frees it; the counting allocator adds a little to every allocation.

use std::sync::LazyLock;

use divan::counter::BytesCount;
use divan::Bencher;
use schemagen_schema::{parse, Format, LoadOptions, Loaded};
use schemagen_testdata::CountingAlloc;

#[global_allocator]
static ALLOC: CountingAlloc = CountingAlloc::new();

static AWS_NATIVE: LazyLock<String> = LazyLock::new(schemagen_testdata::aws_native_text);

/// aws-native's types, resources and functions repeated under renamed modules
/// (`aws-native:s3:Bucket` → `aws-native:c3s3:Bucket`, references renamed alike) until the
/// text is about 48 MB: the size of the aws provider's schema.
static SYNTHETIC_45MB: LazyLock<String> =
    LazyLock::new(|| schemagen_testdata::aws_scale(&AWS_NATIVE, schemagen_testdata::COPIES));

fn parse_and_bind(text: &str) -> Loaded {
    parse(text, "bench.json", Format::Json, &LoadOptions::default()).expect("the bench schema binds")
}

/// Peak heap growth during one parse + bind of `text`, in bytes.
fn peak_heap(text: &str) -> usize {
    let heap = ALLOC.start();
    let loaded = parse_and_bind(text);
    let peak = heap.bytes();
    drop(divan::black_box(loaded));
    peak
}

fn main() {
    for (name, text) in [("aws-native (4 MB)", &*AWS_NATIVE), ("synthetic aws-size", &*SYNTHETIC_45MB)] {
        let started = std::time::Instant::now();
        let peak = peak_heap(text);
        eprintln!(
            "{name}: {:.1} MB of JSON, one parse + bind took {:.0?}, peak heap {:.1} MB above the text",
            text.len() as f64 / 1e6,
            started.elapsed(),
            peak as f64 / 1e6
        );
    }
    divan::main();
}

#[divan::bench(sample_count = 20)]
fn aws_native(bencher: Bencher) {
    let text: &str = &AWS_NATIVE;
    bencher.counter(BytesCount::of_str(text)).bench(|| parse_and_bind(divan::black_box(text)));
}

#[divan::bench(sample_count = 5, sample_size = 1)]
fn synthetic_45mb(bencher: Bencher) {
    let text: &str = &SYNTHETIC_45MB;
    bencher.counter(BytesCount::of_str(text)).bench(|| parse_and_bind(divan::black_box(text)));
}
