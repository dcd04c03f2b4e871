//! Typed `language` blocks for the four languages schemagen knows; every other language's block,
//! and every key we do not model, is kept as raw JSON.

use indexmap::IndexMap;
use serde::de::DeserializeOwned;
use serde::Deserialize;
use serde_json::Value;

pub type RawLanguages = IndexMap<String, Value>;

/// A `language` block, kept out of line: most definitions have none, and a big schema has
/// hundreds of thousands of properties, each of which would otherwise carry an empty block
/// inline. Reads as the block itself (empty when absent).
#[derive(Debug, Clone, Default)]
pub struct OutOfLine<T>(Option<Box<T>>);

/// The empty block an absent [`OutOfLine`] reads as.
pub trait EmptyBlock: 'static {
    fn empty() -> &'static Self;
}

impl<T: EmptyBlock> std::ops::Deref for OutOfLine<T> {
    type Target = T;
    fn deref(&self) -> &T {
        match &self.0 {
            Some(block) => block,
            None => T::empty(),
        }
    }
}

impl<T> From<T> for OutOfLine<T> {
    fn from(block: T) -> Self {
        OutOfLine(Some(Box::new(block)))
    }
}

/// Deserialize the block for `lang`, reporting a shape error as `Err(message)`.
pub(crate) fn typed<T: DeserializeOwned + Default>(
    raw: &RawLanguages,
    lang: &str,
) -> Result<Option<T>, String> {
    match raw.get(lang) {
        None | Some(Value::Null) => Ok(None),
        Some(v) => T::deserialize(v).map(Some).map_err(|e| e.to_string()),
    }
}

#[derive(Debug, Clone, Default)]
pub struct PackageLanguage {
    pub python: Option<PythonPackage>,
    pub nodejs: Option<NodePackage>,
    pub go: Option<GoPackage>,
    pub csharp: Option<CsharpPackage>,
    /// Every block as written, the four above included.
    pub raw: RawLanguages,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PythonPackage {
    pub package_name: Option<String>,
    #[serde(default)]
    pub requires: IndexMap<String, String>,
    pub readme: Option<String>,
    #[serde(default)]
    pub module_name_overrides: IndexMap<String, String>,
    pub compatibility: Option<String>,
    #[serde(default)]
    pub uses_io_classes: bool,
    /// `classes`, `classes-and-dicts` (the default) or `dicts`.
    pub input_types: Option<String>,
    #[serde(default)]
    pub lift_single_value_method_returns: bool,
    #[serde(default)]
    pub respect_schema_version: bool,
    pub pyproject: Option<PyProject>,
    pub python_requires: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
pub struct PyProject {
    #[serde(default)]
    pub enabled: bool,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct NodePackage {
    pub package_name: Option<String>,
    pub package_description: Option<String>,
    #[serde(default)]
    pub dependencies: IndexMap<String, String>,
    #[serde(default)]
    pub dev_dependencies: IndexMap<String, String>,
    pub readme: Option<String>,
    pub compatibility: Option<String>,
    #[serde(default)]
    pub module_to_package: IndexMap<String, String>,
    #[serde(default)]
    pub respect_schema_version: bool,
    pub typescript_version: Option<String>,
    /// TypeScript files the package ships besides the generated ones (listed in `tsconfig.json`).
    #[serde(default)]
    pub extra_type_script_files: Vec<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct GoPackage {
    pub import_base_path: Option<String>,
    pub root_package_name: Option<String>,
    #[serde(default)]
    pub module_to_package: IndexMap<String, String>,
    #[serde(default)]
    pub package_import_aliases: IndexMap<String, String>,
    #[serde(default)]
    pub generate_resource_container_types: bool,
    #[serde(default)]
    pub generate_extra_input_types: bool,
    #[serde(default)]
    pub respect_schema_version: bool,
    pub internal_module_name: Option<String>,
    pub module_path: Option<String>,
    /// `none` (the default), `side-by-side` (generic `x/` packages next to the plain ones) or
    /// `generics-only`.
    pub generics: Option<String>,
    #[serde(default)]
    pub lift_single_value_method_returns: bool,
    #[serde(default)]
    pub disable_input_type_registrations: bool,
    #[serde(default)]
    pub disable_function_output_versions: bool,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CsharpPackage {
    #[serde(default)]
    pub package_references: IndexMap<String, String>,
    #[serde(default)]
    pub namespaces: IndexMap<String, String>,
    pub compatibility: Option<String>,
    #[serde(default)]
    pub dictionary_constructors: bool,
    pub root_namespace: Option<String>,
    #[serde(default)]
    pub respect_schema_version: bool,
}

/// `language` on a property.
#[derive(Debug, Clone, Default)]
pub struct PropertyLanguage {
    pub python: Option<PythonProperty>,
    pub csharp: Option<NamedProperty>,
    pub go: Option<NamedProperty>,
    pub nodejs: Option<NamedProperty>,
    pub raw: RawLanguages,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PythonProperty {
    /// `false` keeps the property out of the legacy camel/snake tables.
    pub map_case: Option<bool>,
    pub name: Option<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
pub struct NamedProperty {
    pub name: Option<String>,
}

impl EmptyBlock for PropertyLanguage {
    fn empty() -> &'static Self {
        static EMPTY: std::sync::LazyLock<PropertyLanguage> = std::sync::LazyLock::new(PropertyLanguage::default);
        &EMPTY
    }
}

/// `language` on an object type, enum or function.
#[derive(Debug, Clone, Default)]
pub struct ObjectLanguage {
    pub nodejs: Option<NodeObject>,
    pub raw: RawLanguages,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct NodeObject {
    /// When present (even empty), the properties required in the input shape, replacing the
    /// schema's `required`.
    pub required_inputs: Option<Vec<String>>,
    /// The same for the output shape.
    pub required_outputs: Option<Vec<String>>,
}

impl EmptyBlock for ObjectLanguage {
    fn empty() -> &'static Self {
        static EMPTY: std::sync::LazyLock<ObjectLanguage> = std::sync::LazyLock::new(ObjectLanguage::default);
        &EMPTY
    }
}

/// `language` on a resource.
pub type ResourceLanguage = ObjectLanguage;
