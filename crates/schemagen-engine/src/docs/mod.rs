//! `schemagen docs`: the 2020 Hugo reference pages (issue 3).

use schemagen_schema::Package;

use crate::GeneratedFile;

/// Every page for `pkg`, rooted at `<package>/`.
pub fn generate(pkg: &Package) -> Result<Vec<GeneratedFile>, crate::OutputError> {
    let _ = pkg;
    Err(crate::OutputError::UnsafePath("docs generation is not implemented yet".into()))
}

