//! Naming rules, one module per target language. Renderers and templates never re-derive a name;
//! they ask here.

pub mod csharp;
pub mod go;
pub mod ident;
pub mod nodejs;
pub mod python;
pub mod rust;
