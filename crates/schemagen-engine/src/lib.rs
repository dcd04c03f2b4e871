//! schemagen's engine: language views over the bound schema and the renderers that turn them
//! into files. It knows nothing of the command line; every front door calls in here.

pub mod model;
pub mod names;
pub mod output;

#[cfg(feature = "docs")]
pub mod docs;
#[cfg(feature = "python")]
pub mod python;
pub mod rust;

#[cfg(test)]
mod test_schemas;

pub use output::{GeneratedFile, OutputError};
