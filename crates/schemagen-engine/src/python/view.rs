//! What the templates read: every name, annotation and literal already computed and escaped, so
//! a template only lays text out. Strings named `*_lit` are complete Python literals; `doc` lines
//! are escaped for a `"""` docstring.

/// One import statement: `import {module}` or `from {module} import {name} [as {alias}]`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Import {
    /// Sorts imports the way they read (`from . import outputs` before `from ._inputs import *`).
    pub sort_key: String,
    pub module: String,
    /// `None` for a plain `import module`.
    pub name: Option<String>,
    pub alias: Option<String>,
}

/// The import block at the top of a module.
#[derive(Debug, Clone, Default)]
pub struct Header {
    pub needs_sdk: bool,
    pub typed_dict: bool,
    /// Names imported from `typing`.
    pub typings: Vec<&'static str>,
    /// The relative import path of the package root (`.`, `..`).
    pub root: String,
    pub imports: Vec<Import>,
}

/// `:param <ty> <name>: <first line>` and its continuation lines, in a docstring.
#[derive(Debug, Clone)]
pub struct ParamDoc {
    pub ty: String,
    pub name: String,
    pub lines: Vec<String>,
}

/// A value a missing input falls back to: environment variables (first set wins), then a literal.
#[derive(Debug, Clone)]
pub struct DefaultView {
    /// `get_env`, `get_env_bool`, `get_env_int` or `get_env_float`.
    pub env_getter: &'static str,
    pub env_lits: Vec<String>,
    pub value_lit: Option<String>,
}

/// A `@pulumi.getter` property.
#[derive(Debug, Clone)]
pub struct PropView {
    pub name: String,
    /// The wire name, when it differs from the Python name.
    pub wire_lit: Option<String>,
    /// The key under which `pulumi.get`/`pulumi.set` store the value (the Python name).
    pub key_lit: String,
    pub ty: String,
    pub deprecated_lit: Option<String>,
    pub doc: Vec<String>,
}

/// One keyword parameter of an input or output class's `__init__`.
#[derive(Debug, Clone)]
pub struct FieldParam {
    pub name: String,
    pub ty: String,
    pub default_none: bool,
    pub required: bool,
    pub key_lit: String,
    /// A `const` value stored instead of the parameter.
    pub const_lit: Option<String>,
    pub default: Option<DefaultView>,
    /// The deprecation message (raw: the template quotes it and words the log line).
    pub deprecation: Option<String>,
}

/// An `@pulumi.input_type` / `@pulumi.output_type` class, with its TypedDict twin.
#[derive(Debug, Clone)]
pub struct ClassView {
    pub name: String,
    pub input: bool,
    /// The type's own description.
    pub doc: Vec<String>,
    /// The docstring's first sentence when the class stands for a resource's args or state.
    pub resource_args_of: Option<String>,
    pub resource_state_of: Option<String>,
    /// (wire literal, python-name literal) pairs that warn on camelCase key access.
    pub key_warnings: Vec<(String, String)>,
    pub params: Vec<FieldParam>,
    pub param_docs: Vec<ParamDoc>,
    pub props: Vec<PropView>,
    pub dict: Option<DictView>,
}

#[derive(Debug, Clone)]
pub struct DictView {
    pub name: String,
    pub doc: Vec<String>,
    pub fields: Vec<DictField>,
}

#[derive(Debug, Clone)]
pub struct DictField {
    pub name: String,
    pub ty: String,
    pub doc: Vec<String>,
}

/// One field of a result class: checked with `isinstance` when set.
#[derive(Debug, Clone)]
pub struct ResultField {
    pub name: String,
    pub key_lit: String,
    pub isinstance: String,
    /// The type named in the error message (escaped for a string literal).
    pub shown: String,
}

/// A result class built from an invoke's or call's return value (`FooResult`, method results).
#[derive(Debug, Clone)]
pub struct ResultClass {
    pub name: String,
    pub doc: Vec<String>,
    pub fields: Vec<ResultField>,
    pub props: Vec<PropView>,
    /// `AwaitableFooResult`, for functions.
    pub awaitable: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Param {
    pub name: String,
    pub ty: String,
    pub default_none: bool,
}

/// One resource `__props__` entry set from an input.
#[derive(Debug, Clone)]
pub struct InputAssign {
    pub pname: String,
    pub key_lit: String,
    pub const_lit: Option<String>,
    pub default: Option<DefaultView>,
    pub required: bool,
    pub secret: bool,
    /// A provider sends every non-string input as a JSON string.
    pub as_json: bool,
}

#[derive(Debug, Clone)]
pub struct ResourceView {
    pub name: String,
    /// The token's last part, as the docstrings name the resource.
    pub type_name: String,
    pub args_name: String,
    pub base: &'static str,
    pub is_provider: bool,
    pub is_component: bool,
    pub token_lit: String,
    /// What `super().__init__` registers (the package name for a provider).
    pub register_lit: String,
    /// The deprecation message (raw: the template quotes it and words the log line).
    pub deprecation: Option<String>,
    pub description: Vec<String>,
    pub init_params: Vec<Param>,
    /// (args-class key literal, `__init__` parameter literal) where the two differ: an input
    /// named `opts` or `resourceName` is `opts_`/`resource_name_` on the resource.
    pub renamed_inputs: Vec<(String, String)>,
    pub init_param_docs: Vec<ParamDoc>,
    pub all_optional: bool,
    pub assigns: Vec<InputAssign>,
    /// Python names of outputs that are not inputs (set to `None`).
    pub output_only_lits: Vec<String>,
    pub alias_type_lits: Vec<String>,
    pub secret_output_lits: Vec<String>,
    pub replace_on_change_lits: Vec<String>,
    pub get_params: Vec<Param>,
    pub get_param_docs: Vec<ParamDoc>,
    pub get_props_class: String,
    /// (wire literal, parameter) of the state `exists` sends with the id.
    pub exists_props: Vec<(String, String)>,
    /// (key literal, parameter) set on `__props__` in `get`; `None` parameters mean `None`.
    pub get_assigns: Vec<(String, Option<String>)>,
    pub props: Vec<PropView>,
    pub methods: Vec<MethodView>,
}

#[derive(Debug, Clone)]
pub enum CallKind {
    /// `return _utilities.call_plain(...)`, unwrapping the single value `res` when `unwrap`.
    Plain { unwrap: bool },
    /// No result.
    Bare,
    /// `return pulumi.runtime.call(...).<field>`.
    Lift(String),
    Output,
}

#[derive(Debug, Clone)]
pub struct MethodView {
    pub name: String,
    pub result: Option<ResultClass>,
    pub params: Vec<Param>,
    pub returns: String,
    pub doc: Vec<String>,
    pub param_docs: Vec<ParamDoc>,
    /// The deprecation message (raw).
    pub deprecation: Option<String>,
    /// (wire literal, python name).
    pub args: Vec<(String, String)>,
    pub token_lit: String,
    /// `Resource.FooResult`, passed as `typ=`.
    pub typ: Option<String>,
    pub kind: CallKind,
}

#[derive(Debug, Clone)]
pub struct FunctionDef {
    pub name: String,
    /// Spaces aligning continuation parameters under the first one.
    pub indent: String,
    pub params: Vec<Param>,
    pub returns: String,
    pub doc: Vec<String>,
    pub param_docs: Vec<ParamDoc>,
    pub args: Vec<(String, String)>,
    /// `invoke`, `invoke_output`, `invoke_single`, `invoke_output_single`.
    pub runtime_fn: String,
    pub token_lit: String,
    pub typ: Option<String>,
    pub plain: bool,
    /// The result class to build from the response, with (python name, key literal) of its fields.
    pub result: Option<(String, Vec<(String, String)>)>,
    pub returns_value: bool,
}
