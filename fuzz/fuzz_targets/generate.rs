//! Any bytes, as a schema (JSON and YAML), through every generator: each returns `Ok` or `Err`,
//! never panics, and every file it returns has a path the output folder can hold.
#![no_main]

use libfuzzer_sys::fuzz_target;
use schemagen_engine::output::Layout;
use schemagen_schema::{parse, Format, LoadOptions};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    for format in [Format::Json, Format::Yaml] {
        let Ok(loaded) = parse(text, "fuzz", format, &LoadOptions::default()) else { continue };
        let generators: [fn(&schemagen_schema::Package) -> Result<Vec<schemagen_engine::GeneratedFile>, schemagen_engine::OutputError>; 3] =
            [schemagen_engine::docs::generate, schemagen_engine::python::generate, schemagen_engine::rust::generate];
        for generate in generators {
            if let Ok(files) = generate(&loaded.package) {
                let mut layout = Layout::new();
                for f in &files {
                    layout.insert(f.path()).expect("a generator returned a path the output folder cannot hold");
                }
            }
        }
    }
});
