//! The default schema's IntegrationResponse page is the 2020 seed page, byte for byte.

mod docs_support;

use docs_support::*;

#[test]
fn integration_response_page_is_the_seed_byte_for_byte() {
    let seed_path = shared_dir().join("seed/000_2d3c4de3d76d7a84.txt");
    let seed = std::fs::read(&seed_path)
        .unwrap_or_else(|e| panic!("the seed page must be present at {}: {e}", seed_path.display()));

    // Through the same path as `schemagen docs --out DIR`: generate, then write to disk.
    let files = schemagen_engine::docs::generate(&default_schema()).expect("docs generate");
    let out = tempfile::tempdir().expect("temp dir");
    schemagen_engine::output::write_all(out.path(), &files).expect("write pages");
    let written = std::fs::read(out.path().join("aws/apigateway/integrationresponse.md")).expect("page written");

    if written != seed {
        let first = written.iter().zip(&seed).position(|(a, b)| a != b).unwrap_or(written.len().min(seed.len()));
        let line = seed[..first.min(seed.len())].iter().filter(|&&b| b == b'\n').count() + 1;
        panic!(
            "generated page differs from the seed at byte {first} (seed line {line}); lengths {} vs {}",
            written.len(),
            seed.len()
        );
    }
}
