//! `schemagen sdk --lang python` (issue 4): a package API-compatible with what Pulumi's Python
//! generator (3.x) writes, running on the `pulumi` package from PyPI.
//!
//! schema → [`plan`] (which module holds what) → [`build`] (views: names, annotations, literals)
//! → askama templates under `templates/python/` ([`render`]).

mod annotate;
mod build;
pub mod escape;
mod plan;
mod render;
mod types;
mod view;

use schemagen_schema::Package;

use crate::GeneratedFile;

/// The installable Python package for `pkg`: `pyproject.toml` at the top, the package folder
/// below it.
pub fn generate(pkg: &Package) -> Result<Vec<GeneratedFile>, crate::OutputError> {
    render::package(pkg)
}
