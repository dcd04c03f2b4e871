//! Parse + bind time and peak heap for a real 4 MB schema (aws-native) and for a ~45 MB one
//! (the size of the aws provider's schema) synthesized from it.
//!
//! `cargo bench -p schemagen-schema` prints the peak heap of one parse of each first, then
//! divan's timings. Timings exclude freeing the model (divan drops outputs after timing), as
//! the CLI never frees it; the counting allocator adds a little to every allocation.

use std::alloc::{GlobalAlloc, Layout, System};
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::LazyLock;

use divan::counter::BytesCount;
use divan::Bencher;
use schemagen_schema::{parse, Format, LoadOptions, Loaded};

/// The system allocator, counting live bytes and their high-water mark.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            let live = LIVE.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
            PEAK.fetch_max(live, Ordering::Relaxed);
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) };
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            if new_size >= layout.size() {
                let live = LIVE.fetch_add(new_size - layout.size(), Ordering::Relaxed) + new_size - layout.size();
                PEAK.fetch_max(live, Ordering::Relaxed);
            } else {
                LIVE.fetch_sub(layout.size() - new_size, Ordering::Relaxed);
            }
        }
        p
    }
}

#[global_allocator]
static ALLOC: Counting = Counting;

fn fixture() -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/fixtures/bench/aws-native.json");
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("the bench schema {} is missing: {e}", path.display()))
}

static AWS_NATIVE: LazyLock<String> = LazyLock::new(fixture);

/// aws-native's types, resources and functions repeated under renamed modules
/// (`aws-native:s3:Bucket` → `aws-native:c3s3:Bucket`, references renamed alike) until the
/// text is about 45 MB: the size of the aws provider's schema.
static SYNTHETIC_45MB: LazyLock<String> = LazyLock::new(|| {
    let base: serde_json::Value = serde_json::from_str(&AWS_NATIVE).expect("aws-native is JSON");
    let sections = ["types", "resources", "functions"];
    let section_text: Vec<String> =
        sections.iter().map(|s| serde_json::to_string(&base[*s]).expect("serializable")).collect();
    let copies = (45_000_000 / AWS_NATIVE.len()).max(1);
    let mut doc = base.clone();
    for (section, text) in sections.iter().zip(&section_text) {
        let merged = doc[*section].as_object_mut().expect("a section is an object");
        for copy in 0..copies {
            let renamed = text.replace("aws-native:", &format!("aws-native:c{copy}"));
            let members: serde_json::Map<String, serde_json::Value> = serde_json::from_str(&renamed).expect("renamed JSON");
            merged.extend(members);
        }
    }
    serde_json::to_string_pretty(&doc).expect("serializable")
});

fn parse_and_bind(text: &str) -> Loaded {
    parse(text, "bench.json", Format::Json, &LoadOptions::default()).expect("the bench schema binds")
}

/// Peak heap growth during one parse + bind of `text`, in bytes.
fn peak_heap(text: &str) -> usize {
    let before = LIVE.load(Ordering::Relaxed);
    PEAK.store(before, Ordering::Relaxed);
    let loaded = parse_and_bind(text);
    let peak = PEAK.load(Ordering::Relaxed) - before;
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
