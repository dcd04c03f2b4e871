//! The askama templates of the package, one per kind of file, and the views they read.

use askama::Template;

use super::view::*;
use crate::OutputError;

mod filters {
    /// A `"..."` Python string literal of any text.
    #[askama::filter_fn]
    pub fn py_str<T: std::fmt::Display>(s: T, _: &dyn askama::Values) -> askama::Result<String> {
        Ok(super::super::escape::double_quoted(&s.to_string()))
    }
}

#[derive(Template)]
#[template(path = "python/resource.py")]
pub struct ResourceFile {
    pub header: Header,
    pub args: ClassView,
    pub state: Option<ClassView>,
    pub res: ResourceView,
}

#[derive(Template)]
#[template(path = "python/function.py")]
pub struct FunctionFile {
    pub header: Header,
    /// `__all__` entries (literals).
    pub all: Vec<String>,
    /// The function's Python name, as its deprecation log line names it.
    pub name: String,
    /// The deprecation message (raw).
    pub deprecation: Option<String>,
    pub result: Option<ResultClass>,
    pub defs: Vec<FunctionDef>,
}

#[derive(Template)]
#[template(path = "python/types.py")]
pub struct TypesFile {
    pub header: Header,
    pub all: Vec<String>,
    pub classes: Vec<ClassView>,
}

pub struct EnumView {
    pub name: String,
    pub name_lit: String,
    pub token_lit: String,
    /// The primitive the enum subclasses (`_builtins.str`, ...).
    pub base: String,
    pub doc: Vec<String>,
    /// (member name, value literal, doc lines).
    pub members: Vec<(String, String, Vec<String>)>,
}

#[derive(Template)]
#[template(path = "python/enums.py")]
pub struct EnumsFile {
    pub header: Header,
    pub enums: Vec<EnumView>,
}

pub struct ChildModule {
    /// The name the parent binds it to.
    pub short: String,
    pub fqn: String,
    pub fqn_lit: String,
}

/// The JSON handed to `_utilities.register`, as string literals.
pub struct Registration {
    pub modules_lit: String,
    pub packages_lit: String,
}

#[derive(Template)]
#[template(path = "python/init.py")]
pub struct InitFile {
    pub header: Header,
    /// Sibling modules re-exported with `from .x import *`.
    pub exports: Vec<String>,
    pub has_inputs: bool,
    pub has_outputs: bool,
    pub children: Vec<ChildModule>,
    pub registration: Option<Registration>,
}

#[derive(Template)]
#[template(path = "python/config_init.py")]
pub struct ConfigInitFile {
    pub header: Header,
    /// Modules of resources and functions whose schema module is `config` too.
    pub exports: Vec<String>,
}

pub struct ConfigVar {
    pub name: String,
    pub ty: String,
    pub doc: Vec<String>,
    /// `get`, `get_bool`, `get_int` or `get_float`.
    pub getter: &'static str,
    pub key_lit: String,
    pub default: Option<DefaultView>,
}

#[derive(Template)]
#[template(path = "python/config_vars.py")]
pub struct ConfigVarsFile {
    pub header: Header,
    pub namespace_lit: String,
    pub vars: Vec<ConfigVar>,
    /// Input classes defined in the config module's `_inputs.py`.
    pub input_classes: Vec<String>,
    /// Whether the config module has an `outputs.py`.
    pub has_outputs: bool,
}

#[derive(Template)]
#[template(path = "python/config_stubs.pyi")]
pub struct ConfigStubsFile {
    pub header: Header,
    pub vars: Vec<ConfigVar>,
}

#[derive(Template)]
#[template(path = "python/utilities.py")]
pub struct UtilitiesFile {
    pub py_pkg_lit: String,
    pub version_lit: String,
    pub download_url_lit: String,
}

#[derive(Template)]
#[template(path = "python/README.md")]
pub struct ReadmeFile {
    pub readme: String,
}

#[derive(Template)]
#[template(path = "python/plugin.json")]
pub struct PluginFile {
    pub json: String,
}

#[derive(Template)]
#[template(path = "python/pyproject.toml")]
pub struct PyprojectFile {
    pub name_lit: String,
    pub version_lit: String,
    pub description_lit: String,
    pub keywords: Vec<String>,
    pub dependencies: Vec<String>,
    pub license_lit: Option<String>,
    /// `language.python.pythonRequires`, by default `>=3.9`.
    pub requires_python_lit: String,
    pub urls: Vec<(String, String)>,
    pub pkg_lit: String,
}

/// Renders a template; every file ends with a newline (askama drops a template's last one).
pub fn render(t: &impl Template) -> Result<String, OutputError> {
    t.render().map(|s| s + "\n").map_err(|e| OutputError::Render(e.to_string()))
}
