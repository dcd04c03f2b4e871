//! The askama templates of the package, one per kind of file, and the views they read. Views
//! hold names from `names::nodejs`, types printed by [`super::view::Printer`] and literals from
//! [`super::escape`]; the templates add no schema text of their own.

use askama::Template;

use crate::OutputError;

/// One interface member (`readonly name?: type;`).
pub struct Member {
    /// The JSDoc block (already indented), or empty.
    pub doc: String,
    /// The member name: an identifier or a quoted key.
    pub key: String,
    pub optional: bool,
    pub readonly: bool,
    pub ty: String,
}

/// An exported interface.
pub struct Interface {
    pub doc: String,
    pub name: String,
    pub members: Vec<Member>,
}

/// `resourceInputs["key"] = expr;`
pub struct Assign {
    /// The key as a string literal.
    pub key: String,
    pub expr: String,
}

/// A required input's check.
pub struct Required {
    /// `args?.name` (or `args?.["name"]`).
    pub access: String,
    /// The error message, as a string literal.
    pub message: String,
}

/// One method of a resource (`pulumi.runtime.call`).
pub struct MethodView {
    pub doc: String,
    pub name: String,
    /// `args?: R.MArgs`, or empty.
    pub params: String,
    pub returns: String,
    pub deprecation_warning: Option<String>,
    /// The arguments' interface where `args` is optional and defaults to `{}`: asserted, since
    /// `{}` has `Object`'s members (`constructor`, `toString`), which an argument of that name
    /// types differently.
    pub args_default: Option<String>,
    /// `runtime.call` for output results, `utilities.callAsync` for plain ones.
    pub plain: bool,
    pub token: String,
    pub wire: Vec<Assign>,
    /// `, {property: "res"}` for a plain non-object result.
    pub call_tail: String,
}

pub struct ResourceView {
    pub doc: String,
    pub name: String,
    pub base: &'static str,
    pub opts_type: &'static str,
    /// Custom resources have `get` and `exists`.
    pub is_custom: bool,
    pub is_provider: bool,
    pub is_component: bool,
    pub type_token: String,
    pub deprecation_warning: Option<String>,
    pub deprecated: Option<String>,
    pub properties: Vec<Member>,
    pub args_name: String,
    pub args_optional: bool,
    /// `Some(name)` when the schema has `stateInputs`.
    pub state_name: Option<String>,
    pub required: Vec<Required>,
    pub inputs: Vec<Assign>,
    pub outputs_only: Vec<String>,
    pub state_inputs: Vec<Assign>,
    pub all_outputs: Vec<String>,
    pub aliases: Option<String>,
    pub secrets: Option<String>,
    pub replace_on_changes: Option<String>,
    pub methods: Vec<MethodView>,
}

#[derive(Template)]
#[template(path = "nodejs/resource.ts", escape = "none")]
pub struct ResourceFile {
    pub imports: Vec<String>,
    pub res: ResourceView,
    pub state: Option<Interface>,
    pub args: Interface,
    /// Interfaces of the method arguments and results, in `namespace <Resource>`.
    pub method_types: Vec<Interface>,
}

/// One of a function's two forms: plain (`Promise`) or `Output`.
pub struct FunctionForm {
    pub name: String,
    /// `args?: XArgs, ` or empty.
    pub params: String,
    /// `InvokeOptions` or `InvokeOutputOptions`.
    pub options: &'static str,
    pub returns: String,
    /// The arguments' interface where `args` is optional and defaults to `{}`: asserted, since
    /// `{}` has `Object`'s members (`constructor`, `toString`), which an argument of that name
    /// types differently.
    pub args_default: Option<String>,
    /// `invoke`, `invokeSingle`, `invokeOutput` or `invokeSingleOutput`.
    pub invoke: &'static str,
    /// The arguments sent, by their schema names.
    pub wire: Vec<Assign>,
    /// The interfaces written after this form.
    pub interfaces: Vec<Interface>,
}

pub struct FunctionView {
    pub doc: String,
    pub token: String,
    pub deprecated: Option<String>,
    pub deprecation_warning: Option<String>,
}

#[derive(Template)]
#[template(path = "nodejs/function.ts", escape = "none")]
pub struct FunctionFile {
    pub imports: Vec<String>,
    pub fun: FunctionView,
    pub forms: Vec<FunctionForm>,
}

/// `export function xProvideDefaults(val: X): X { return {...val, a: (val.a) ?? 1}; }`
pub struct Defaults {
    pub name: String,
    pub ty: String,
    pub fields: Vec<Assign>,
}

/// The namespace tree in file order (templates do not recurse).
pub enum TypesItem {
    Open { indent: String, name: String },
    Type { indent: String, iface: Interface, defaults: Option<Defaults> },
    Close { indent: String },
}

#[derive(Template)]
#[template(path = "nodejs/types.ts", escape = "none")]
pub struct TypesFile {
    /// Whether this part is the file's first, which opens with the header and imports.
    pub header: bool,
    pub imports: Vec<String>,
    pub items: Vec<TypesItem>,
}

pub struct EnumView {
    pub doc: String,
    pub name: String,
    /// (doc, member key, value literal).
    pub members: Vec<(String, String, String)>,
}

#[derive(Template)]
#[template(path = "nodejs/enums.ts", escape = "none")]
pub struct EnumsFile {
    /// Sub-modules: (binding, folder).
    pub children: Vec<(String, String)>,
    pub enums: Vec<EnumView>,
}

/// One re-exported file of a module index.
pub struct Export {
    /// `./argFunction`, as a string literal.
    pub path: String,
    pub path_raw: String,
    /// Interfaces re-exported by name.
    pub types: Vec<String>,
    /// Classes and functions, loaded lazily.
    pub lazy: Vec<String>,
    /// Of `lazy`, the classes (which also export a type alias).
    pub classes: Vec<String>,
    /// A plain `export * from` (config's vars).
    pub star: bool,
}

pub struct Construct {
    pub token: String,
    pub class: String,
}

#[derive(Template)]
#[template(path = "nodejs/index.ts", escape = "none")]
pub struct IndexFile {
    pub imports: Vec<String>,
    pub exports: Vec<Export>,
    /// `export * from "../types/enums/mod"`, as a literal.
    pub enums: Option<String>,
    /// Sub-modules: (binding, folder, export entry), e.g. (`module_`, `module`, `module_ as module`).
    pub children: Vec<(String, String, String)>,
    pub package: String,
    /// Runtime module names registered with `constructs` (string literals).
    pub registrations: Vec<String>,
    pub constructs: Vec<Construct>,
    pub provider_token: Option<String>,
}

pub struct ConfigVar {
    pub doc: String,
    pub name: String,
    pub name_lit: String,
    pub ty: String,
    pub fetch: String,
}

#[derive(Template)]
#[template(path = "nodejs/config.ts", escape = "none")]
pub struct ConfigFile {
    pub imports: Vec<String>,
    pub namespace: String,
    pub vars: Vec<ConfigVar>,
}

#[derive(Template)]
#[template(path = "nodejs/utilities.ts", escape = "none")]
pub struct UtilitiesFile {
    /// `pluginDownloadURL` as a literal, when the schema has one.
    pub download_url: Option<String>,
}

#[derive(Template)]
#[template(path = "nodejs/tsconfig.json", escape = "none")]
pub struct TsconfigFile {
    /// File names as JSON strings.
    pub files: Vec<String>,
}

#[derive(Template)]
#[template(path = "nodejs/gitignore", escape = "none")]
pub struct GitignoreFile;

#[derive(Template)]
#[template(path = "nodejs/gitattributes", escape = "none")]
pub struct GitattributesFile;

/// A file's text, ending in a newline.
pub fn render(t: &impl Template) -> Result<String, OutputError> {
    let mut text = t.render().map_err(|e| OutputError::Render(e.to_string()))?;
    if !text.ends_with('\n') {
        text.push('\n');
    }
    Ok(text)
}
