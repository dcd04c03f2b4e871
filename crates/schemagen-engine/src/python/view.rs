//! What the templates read: every name, annotation and literal already computed, so a template
//! only lays text out.

/// The import block at the top of a module.
#[derive(Debug, Clone, Default)]
pub struct Header {
    pub needs_sdk: bool,
    pub typed_dict: bool,
    /// `Any, Mapping, ...` for `from typing import`.
    pub typings: String,
    /// `from . import _utilities` (relative to this module).
    pub utilities_import: String,
    /// Other imports, sorted.
    pub imports: Vec<String>,
}

/// A `@pulumi.getter` property.
#[derive(Debug, Clone)]
pub struct PropView {
    pub name: String,
    /// `"wireName"` when it differs from the Python name.
    pub wire_lit: Option<String>,
    /// `"py_name"`: the key under which `pulumi.get`/`pulumi.set` store the value.
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
    /// What is stored: the parameter, or a `const` literal.
    pub value: String,
    pub default_expr: Option<String>,
    pub deprecated_lit: Option<String>,
    pub deprecated_log_lit: Option<String>,
}

/// An `@pulumi.input_type` / `@pulumi.output_type` class, with its TypedDict twin.
#[derive(Debug, Clone)]
pub struct ClassView {
    pub name: String,
    pub input: bool,
    pub class_doc: Vec<String>,
    /// (wire literal, python-name literal) pairs that warn on camelCase key access.
    pub key_warnings: Vec<(String, String)>,
    pub params: Vec<FieldParam>,
    pub init_doc: Vec<String>,
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

/// A result class built from an invoke's or call's return value (`FooResult`, method results).
#[derive(Debug, Clone)]
pub struct ResultClass {
    pub name: String,
    pub doc: Vec<String>,
    /// (python name, isinstance class, type shown in the error).
    pub checks: Vec<(String, String, String)>,
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

/// One resource's `__props__` entry set from an input.
#[derive(Debug, Clone)]
pub struct InputAssign {
    pub pname: String,
    pub key_lit: String,
    pub value: String,
    pub default_expr: Option<String>,
    pub required: bool,
    pub secret: bool,
}

#[derive(Debug, Clone)]
pub struct ResourceView {
    pub name: String,
    pub args_name: String,
    pub base: String,
    /// The type token for `@pulumi.type_token`.
    pub token_lit: String,
    /// What `super().__init__` registers (the package name for a provider).
    pub register_lit: String,
    pub deprecation_lit: Option<String>,
    pub deprecation_log_lit: Option<String>,
    pub init_params: Vec<Param>,
    pub all_optional: bool,
    pub kw_doc: Vec<String>,
    pub args_doc: Vec<String>,
    pub assigns: Vec<InputAssign>,
    pub output_nones: Vec<String>,
    pub aliases: Vec<String>,
    pub secret_outputs: Vec<String>,
    pub replace_on_changes: Vec<String>,
    pub is_component: bool,
    pub has_get: bool,
    pub get_params: Vec<Param>,
    pub get_doc: Vec<String>,
    pub get_props_class: String,
    /// (key literal, value expression) set on `__props__` in `get`.
    pub get_assigns: Vec<(String, String)>,
    pub props: Vec<PropView>,
    pub methods: Vec<MethodView>,
}

#[derive(Debug, Clone)]
pub enum CallKind {
    /// `return _utilities.call_plain(...)`, optionally unwrapping the single value.
    Plain { unwrap: Option<String> },
    /// No result.
    Bare,
    /// `return pulumi.runtime.call(...).prop`.
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
    pub deprecation_log_lit: Option<String>,
    /// (wire literal, python name).
    pub args: Vec<(String, String)>,
    pub token_lit: String,
    /// `, typ=Res.FooResult` or "".
    pub typ: String,
    pub kind: CallKind,
}

#[derive(Debug, Clone)]
pub struct FunctionDef {
    pub name: String,
    /// Spaces aligning continuation parameters under the first one.
    pub indent: String,
    pub params: Vec<Param>,
    pub opts_ty: String,
    pub returns: String,
    pub doc: Vec<String>,
    pub deprecation_log_lit: Option<String>,
    pub args: Vec<(String, String)>,
    pub options_class: String,
    pub runtime_fn: String,
    pub token_lit: String,
    pub typ: String,
    pub plain: bool,
    /// The result class to build from the response, with the Python names of its fields.
    pub result: Option<(String, Vec<(String, String)>)>,
    pub returns_value: bool,
}
