//! Page models: everything a template prints, per language, already named, typed and linked.
//! Strings here are raw; the templates apply the escaping the 2020 generator's templates did.

use super::types::PropType;

/// The front matter of a resource or function page (the template words it).
pub struct Header {
    /// A resource page, else a function page.
    pub resource: bool,
    /// The title-cased resource or function name.
    pub title: String,
    /// The page's module; empty for the root.
    pub module: String,
    /// The package's display name.
    pub package: String,
    /// The first line of the description, which the meta description quotes.
    pub summary: String,
}

impl Header {
    pub fn new(resource: bool, title: String, module: &str, package: String, description: Option<&str>) -> Self {
        let summary = crate::markup::summary(description.unwrap_or(""));
        Header { resource, title, module: module.to_string(), package, summary }
    }
}

/// One formal parameter of a signature, or one entry of a constructor-arguments list.
pub struct Param {
    pub name: String,
    /// `?` (TypeScript, C#), `*` or `...` (Go), or empty.
    pub flag: String,
    pub default: String,
    pub ty: PropType,
    pub comment: String,
}

impl Param {
    pub fn new(name: &str, flag: &str, default: &str, ty: PropType, comment: &str) -> Self {
        Param { name: name.into(), flag: flag.into(), default: default.into(), ty, comment: comment.into() }
    }
}

/// One entry of a properties list.
pub struct DocProperty {
    /// The language's name with `<wbr>` breaks (escaped, inserted raw).
    pub display_name: String,
    /// After `property-`: `required`, `optional` or empty, plus ` property-deprecated`.
    pub class: String,
    pub title: String,
    pub ty: PropType,
    /// The description (raw; the template neutralises it).
    pub comment: String,
    pub deprecation: Option<String>,
}

/// One language's properties list.
pub struct LangProperties {
    pub lang: &'static str,
    pub props: Vec<DocProperty>,
}

/// A supporting (nested object) type.
pub struct NestedType {
    /// Title-cased name with `<wbr>` breaks (escaped, inserted raw).
    pub name: String,
    pub anchor: String,
    pub nodejs: ApiLinks,
    pub go: ApiLinks,
    pub properties: Vec<LangProperties>,
}

/// Links to a supporting type's input and output API docs (empty when unused that way).
#[derive(Default)]
pub struct ApiLinks {
    pub input: String,
    pub output: String,
}

/// The package-details block (raw values: the 2020 generator inserted them raw, the template
/// gives them the same guard as descriptions).
pub struct PackageDetails {
    pub repository: String,
    pub license: String,
    pub notes: String,
    pub version: String,
}

/// The four signature parameter lists, in the order the pages print them.
pub struct Signatures {
    pub nodejs: Vec<Param>,
    pub python: Vec<Param>,
    pub go: Vec<Param>,
    pub csharp: Vec<Param>,
}

/// The type a signature constructs or returns (the resource, or a function's result), per
/// language (Python has none).
pub struct ResourceTypes {
    pub nodejs: PropType,
    pub go: PropType,
    pub csharp: PropType,
}

pub struct Lookup {
    pub params: Signatures,
    pub state: Vec<LangProperties>,
}

pub struct ResourcePage {
    pub header: Header,
    pub tool: &'static str,
    /// The languages of the chooser shortcode.
    pub chooser: &'static str,
    /// The description (raw; the template neutralises it).
    pub description: String,
    pub deprecation: Option<String>,
    pub resource: ResourceTypes,
    pub constructor: Signatures,
    pub inputs: Vec<LangProperties>,
    pub outputs: Vec<LangProperties>,
    pub lookup: Option<Lookup>,
    pub nested: Vec<NestedType>,
    pub package: PackageDetails,
}

pub struct FunctionNames {
    pub nodejs: String,
    pub python: String,
    pub go: String,
    pub csharp: String,
}

pub struct FunctionPage {
    pub header: Header,
    pub tool: &'static str,
    /// The description (raw; the template neutralises it).
    pub description: String,
    pub deprecation: Option<String>,
    pub names: FunctionNames,
    pub args: Signatures,
    pub result: ResourceTypes,
    /// `None` when the function takes no inputs object.
    pub inputs: Option<Vec<LangProperties>>,
    pub outputs: Vec<LangProperties>,
    pub nested: Vec<NestedType>,
}

pub struct IndexEntry {
    pub link: String,
    pub display_name: String,
}

/// A package or module index. The template words its title tag and summary: an index that
/// lists child modules was titled as a package, one without as a module; the root index
/// shows the package description instead.
pub struct IndexPage {
    pub title: String,
    /// The package's display name.
    pub package_title: String,
    /// The display name of the title (for an index that lists modules).
    pub title_display: String,
    /// The package description, on the root index only (empty when the schema has none).
    pub package_description: Option<String>,
    pub menu: bool,
    pub tool: &'static str,
    pub modules: Vec<IndexEntry>,
    pub resources: Vec<IndexEntry>,
    pub functions: Vec<IndexEntry>,
    pub package: PackageDetails,
}
