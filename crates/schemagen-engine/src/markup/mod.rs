//! Description markup of modern schemas, resolved for one target language.
//!
//! Bridged providers write three kinds of multi-language markup into descriptions:
//! - `<!--Start PulumiCodeChooser -->` … `<!--End PulumiCodeChooser -->` around one fenced
//!   example per language;
//! - `<span pulumi-lang-nodejs="…" pulumi-lang-python="…" …>default</span>`, a name per language;
//! - `{{% examples %}}` / `{{% example %}}` Hugo shortcodes around examples.
//!
//! SDK docstrings keep their own language's example and name ([`for_docstring`], [`for_sdk`]),
//! or every language's example where a schema has none of theirs ([`for_foreign_examples`]);
//! the 2020-format pages render examples in the 2020 structure ([`for_2020_page`]) and resolve
//! names per page section ([`resolve_spans`]). Text without such markup comes back unchanged.

mod lines;
mod page2020;
mod sdk;
mod spans;

pub use page2020::{for_2020_page, summary};
pub use sdk::{for_docstring, for_foreign_examples, for_sdk};
pub use spans::resolve_spans;

/// A language whose SDK or docs section a description is resolved for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Language {
    NodeJs,
    Python,
    Go,
    CSharp,
    Rust,
}

impl Language {
    /// The `pulumi-lang-<key>` attribute that names something in this language, if any.
    pub fn span_key(self) -> Option<&'static str> {
        match self {
            Language::NodeJs => Some("nodejs"),
            Language::Python => Some("python"),
            Language::Go => Some("go"),
            Language::CSharp => Some("dotnet"),
            Language::Rust => None,
        }
    }

    /// The info string of this language's fenced examples.
    pub fn fence(self) -> &'static str {
        match self {
            Language::NodeJs => "typescript",
            Language::Python => "python",
            Language::Go => "go",
            Language::CSharp => "csharp",
            Language::Rust => "rust",
        }
    }
}

/// Whether `text` carries any of the markup this module resolves.
pub fn has_markup(text: &str) -> bool {
    text.contains("pulumi-lang-") || text.contains("PulumiCodeChooser") || text.contains("{{% example")
}
