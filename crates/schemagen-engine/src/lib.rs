//! schemagen's engine: language views over the bound schema and the renderers that turn them
//! into files. It knows nothing of the command line; every front door calls in here.

mod graph;
pub mod markup;
pub mod model;
pub mod names;
pub mod output;

#[cfg(feature = "diff")]
pub mod diff;
#[cfg(feature = "docs")]
pub mod docs;
#[cfg(feature = "go")]
pub mod go;
#[cfg(feature = "nodejs")]
pub mod nodejs;
#[cfg(feature = "python")]
pub mod python;
pub mod rust;

#[cfg(test)]
mod test_schemas;

pub use output::{GeneratedFile, OutputError};
