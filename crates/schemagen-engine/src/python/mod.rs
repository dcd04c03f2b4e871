//! `schemagen sdk --lang python` (issue 4): a package API-compatible with what Pulumi's Python
//! generator (3.x) writes, running on the `pulumi` package from PyPI.
//!
//! schema → the SDK model (`crate::model`: usage, Pulumi's input/optional wrappers, the module
//! tree, replace paths) → [`plan`] (the tree under Python's module names) → views built per module ([`module`], [`classes`], [`resource`], [`function`]; names from
//! `names::python`, annotations from [`annotate`], literals from [`escape`]) → askama templates
//! under `templates/python/` ([`render`]), laid out by [`package`].

mod annotate;
mod classes;
mod escape;
mod function;
mod meta;
mod module;
mod package;
mod plan;
mod render;
mod resource;
mod view;

use schemagen_schema::Package;

use crate::output::FileSink;
use crate::GeneratedFile;

/// The installable Python package for `pkg`: `pyproject.toml` at the top, the package folder
/// below it; sorted by path.
pub fn generate(pkg: &Package) -> Result<Vec<GeneratedFile>, crate::OutputError> {
    crate::output::collect(|sink| generate_into(pkg, sink))
}

/// The package ([`generate`]), handed to `sink` file by file as it is rendered.
pub fn generate_into(pkg: &Package, sink: &dyn FileSink) -> Result<(), crate::OutputError> {
    package::package(pkg, sink)
}
