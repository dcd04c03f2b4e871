//! `schemagen sdk --lang rust` and `#[derive(PulumiResource)]` (issue 5).

use schemagen_schema::Package;

use crate::GeneratedFile;

/// A crate with typed resources for `pkg`.
pub fn generate(pkg: &Package) -> Result<Vec<GeneratedFile>, crate::OutputError> {
    let _ = pkg;
    Err(crate::OutputError::UnsafePath("rust generation is not implemented yet".into()))
}
