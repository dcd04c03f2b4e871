//! `schemagen sdk --lang python` (issue 4).

use schemagen_schema::Package;

use crate::GeneratedFile;

/// The installable Python package for `pkg`.
pub fn generate(pkg: &Package) -> Result<Vec<GeneratedFile>, crate::OutputError> {
    let _ = pkg;
    Err(crate::OutputError::UnsafePath("python generation is not implemented yet".into()))
}
