//! `schemagen sdk --lang python`: a package API-compatible with what Pulumi's Python
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
mod runtime_floor;
mod view;

use schemagen_schema::Package;

use crate::output::FileSink;
use crate::GeneratedFile;

/// What a run may set beyond the schema.
#[derive(Debug, Clone, Default)]
pub struct SdkOptions {
    /// The package version (`schemagen sdk --version`): the distribution's, the one
    /// `pulumi-plugin.json` names, and so the plugin version resource requests carry. Without
    /// it, the schema's `version`.
    pub version: Option<String>,
}

/// The installable Python package for `pkg`: `pyproject.toml` at the top, the package folder
/// below it; sorted by path.
pub fn generate(pkg: &Package) -> Result<Vec<GeneratedFile>, crate::OutputError> {
    generate_with(pkg, &SdkOptions::default())
}

/// [`generate`] with the run's options.
pub fn generate_with(pkg: &Package, options: &SdkOptions) -> Result<Vec<GeneratedFile>, crate::OutputError> {
    crate::output::collect(|sink| generate_into(pkg, options, sink))
}

/// The package ([`generate_with`]), handed to `sink` file by file as it is rendered.
pub fn generate_into(pkg: &Package, options: &SdkOptions, sink: &dyn FileSink) -> Result<(), crate::OutputError> {
    package::package(pkg, options, sink)
}
