//! `schemagen docs --out DIR` on the embedded default schema writes the 2020 seed page, byte for
//! byte (no normalisation). The seed lives in `../shared` beside the repository.

use std::path::Path;
use std::process::Command;

#[test]
fn docs_command_writes_the_seed_page() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let seed_path = repo.join("../shared/seed/000_2d3c4de3d76d7a84.txt");
    let seed = std::fs::read(&seed_path)
        .unwrap_or_else(|e| panic!("the seed page must be present at {}: {e}", seed_path.display()));

    let out = tempfile::tempdir().expect("temp dir");
    let status = Command::new(env!("CARGO_BIN_EXE_schemagen"))
        .args(["docs", "--out"])
        .arg(out.path())
        .status()
        .expect("run schemagen");
    assert!(status.success(), "schemagen docs failed: {status}");

    let written = std::fs::read(out.path().join("aws/apigateway/integrationresponse.md")).expect("page written");
    assert!(written == seed, "aws/apigateway/integrationresponse.md differs from the seed ({} vs {} bytes)", written.len(), seed.len());
}
