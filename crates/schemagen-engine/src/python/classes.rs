//! Input/output classes (object types, resource args and state), their TypedDicts, and the
//! result classes of invokes and calls.

use schemagen_schema::{ObjectType, Property};

use super::annotate::Opts;
use super::escape::{docstring_body, double_quoted, literal};
use super::module::{default_view, deprecation_text, description_lines, optional, sort_required_first, ModuleBuilder};
use crate::model::{Named, Owner, Ty};
use super::view::{ClassView, DictField, DictView, FieldParam, ResultClass, ResultField};
use crate::names::python::{typed_dict, PropNames};

/// What a class stands for, which decides its shape and docstring.
#[derive(Debug, Clone, Copy)]
pub struct ClassKind {
    /// `@pulumi.input_type` (with setters) rather than `@pulumi.output_type`.
    pub input: bool,
    /// Which shape of the object's properties (input shapes wrap values in `Input`).
    pub input_shape: bool,
    /// An output type reached from a resource's outputs warns on camelCase key access.
    pub resource_output: bool,
    pub typed_dict: bool,
}

impl<'a> ModuleBuilder<'a> {
    /// An input or output class named `name` (from the naming table) over `props`, its
    /// fields named from `names`.
    pub fn class(&mut self, name: &str, doc: Option<&str>, props: &[Property], names: &PropNames, kind: ClassKind) -> ClassView {
        let mut bound = self.bind(props, kind.input_shape, names);
        sort_required_first(&mut bound);
        let name = name.to_string();
        let opts = Opts { input: kind.input, ..Default::default() };
        let mut params = Vec::new();
        let mut param_docs = Vec::new();
        let mut prop_views = Vec::new();
        for b in &bound {
            let default = default_view(b.prop, b.ty.unwrapped());
            let ty_src = if default.is_some() { optional(&b.ty) } else { b.ty.clone() };
            let deprecated = b.prop.deprecation_message.as_deref().filter(|_| kind.input);
            params.push(FieldParam {
                name: b.name.clone(),
                ty: self.annotate_prop(b.prop, &ty_src, opts),
                default_none: !b.prop.required || default.is_some(),
                required: b.prop.required,
                key_lit: double_quoted(&b.name),
                const_lit: b.prop.const_value.as_deref().and_then(literal),
                default,
                deprecation: deprecated.map(deprecation_text),
            });
            param_docs.extend(self.param_doc(&b.name, b, false));
            let ty = self.annotate_prop(b.prop, &b.ty, opts);
            prop_views.push(self.prop_view(b, ty));
        }
        let key_warnings = if kind.resource_output {
            bound.iter().filter(|b| b.name != b.prop.name).map(|b| (double_quoted(&b.prop.name), double_quoted(&b.name))).collect()
        } else {
            Vec::new()
        };
        let dict = kind.typed_dict.then(|| DictView {
            name: typed_dict(&name),
            doc: description_lines(doc),
            fields: bound
                .iter()
                .map(|b| DictField {
                    name: b.name.clone(),
                    ty: self.annotate_prop(b.prop, &b.ty, Opts { input: true, for_dict: true, ..Default::default() }),
                    doc: description_lines(b.prop.description.as_deref()),
                })
                .collect(),
        });
        ClassView {
            name,
            input: kind.input,
            doc: description_lines(doc),
            resource_args_of: None,
            resource_state_of: None,
            key_warnings,
            params,
            param_docs,
            props: prop_views,
            dict,
        }
    }

    pub fn object_class(&mut self, obj: &ObjectType, input: bool, input_shape: bool, resource_output: bool) -> ClassView {
        let named = Named { owner: Owner::Local, token: obj.token.full.clone(), module: obj.token.module.clone(), name: obj.token.name.clone() };
        let name = self.ann.object_class_name(&named, input_shape, input);
        let typed_dict = input && self.ann.local.typed_dicts();
        let names = self.ann.local.names.object_properties(&obj.token.full);
        self.class(&name, obj.description.as_deref(), &obj.properties, names, ClassKind { input, input_shape, resource_output, typed_dict })
    }

    /// A result class over plain output properties (function results, method results), its
    /// fields named from `names`.
    pub fn result_class(&mut self, name: String, doc: Option<&str>, props: &[Property], names: &PropNames, awaitable: Option<String>) -> ResultClass {
        let bound = self.bind(props, false, names);
        let mut fields = Vec::new();
        let mut prop_views = Vec::new();
        for b in &bound {
            let rt = self.ann.runtime_type(&b.ty);
            // Any field named like a builtin (`str`, `list`) shadows it inside `__init__`.
            let isinstance = if ["bool", "int", "float", "str", "list", "dict"].contains(&rt.as_str()) { format!("_builtins.{rt}") } else { rt.clone() };
            fields.push(ResultField { name: b.name.clone(), key_lit: double_quoted(&b.name), isinstance, shown: docstring_body(&rt) });
            let ty = self.annotate_prop(b.prop, &b.ty, Opts::default());
            prop_views.push(self.prop_view(b, ty));
        }
        ResultClass { name, doc: description_lines(doc), fields, props: prop_views, awaitable }
    }
}

/// A bound type that is a string underneath (a provider sends other inputs as JSON).
pub fn is_string_type(t: &Ty) -> bool {
    match t.unwrapped() {
        Ty::Str => true,
        Ty::Token(Some(u)) => is_string_type(u),
        Ty::Enum { element, .. } => matches!(**element, Ty::Str),
        _ => false,
    }
}
