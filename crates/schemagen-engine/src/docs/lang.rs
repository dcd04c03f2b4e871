//! The four languages of the 2020 pages.

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Lang {
    CSharp,
    Go,
    NodeJs,
    Python,
}

impl Lang {
    /// Property lists iterate a Go map keyed by language: sorted key order.
    pub const SORTED: [Lang; 4] = [Lang::CSharp, Lang::Go, Lang::NodeJs, Lang::Python];

    /// The language descriptions resolve their markup for in this language's sections.
    pub fn markup(self) -> crate::markup::Language {
        match self {
            Lang::CSharp => crate::markup::Language::CSharp,
            Lang::Go => crate::markup::Language::Go,
            Lang::NodeJs => crate::markup::Language::NodeJs,
            Lang::Python => crate::markup::Language::Python,
        }
    }

    /// The key the pages use in `{{% choosable language … %}}`.
    pub fn key(self) -> &'static str {
        match self {
            Lang::CSharp => "csharp",
            Lang::Go => "go",
            Lang::NodeJs => "nodejs",
            Lang::Python => "python",
        }
    }
}
