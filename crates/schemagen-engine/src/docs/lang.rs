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
