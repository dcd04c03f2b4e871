//! Functions (`get_x` and `get_x_output` with their result classes) and resource methods.

use schemagen_schema::{Function, FunctionOutputs, Method, Property, Type};

use super::annotate::Opts;
use super::escape::single_quoted;
use super::module::{by_name, deprecation_text, description_lines, optional, ModuleBuilder};
use super::resource::docstring_text;
use crate::model::Ty;
use super::view::{CallKind, FunctionDef, MethodView, Param, ResultClass};
use crate::names::python::{FunctionNames, RESULT_FIELD};

/// What a function returns, as Pulumi binds it.
#[derive(Clone, Copy)]
enum Returns<'f> {
    /// An object: a result class with these fields.
    Object(&'f [Property]),
    /// A non-object `returnType`; `plain` when it is not wrapped in an output.
    Value { ty: &'f Type, plain: bool },
    None,
}

fn returns(f: &Function) -> Returns<'_> {
    match &f.outputs {
        // An `outputs` object without properties is no result at all.
        FunctionOutputs::Object(o) if !o.properties.is_empty() => Returns::Object(&o.properties),
        FunctionOutputs::Type { ty, plain } => Returns::Value { ty, plain: *plain },
        _ => Returns::None,
    }
}

fn outputs_description(f: &Function) -> Option<&str> {
    match &f.outputs {
        FunctionOutputs::Object(o) => o.description.as_deref(),
        _ => None,
    }
}

/// The one property a plain non-object method result is read from.
fn synthetic_result(ty: &Type) -> Property {
    Property { required: true, plain: true, ..Property::new(RESULT_FIELD, ty.clone()) }
}

pub struct FunctionViews {
    pub result: Option<ResultClass>,
    pub defs: Vec<FunctionDef>,
    /// The module's `__all__`.
    pub all: Vec<String>,
    /// No result object: `typing.Awaitable` is needed.
    pub awaitable_none: bool,
}

impl<'a> ModuleBuilder<'a> {
    /// The function `f`, under its names in its module.
    pub fn function(&mut self, f: &'a Function, names: &FunctionNames) -> FunctionViews {
        let name = names.name.clone();
        let input_props: &[Property] = f.inputs.as_ref().map_or(&[], |i| &i.properties[..]);
        let ins: Vec<Ty> = input_props.iter().map(|p| self.binder.property(p, false)).collect();
        self.collect_imports(&ins, true, None);
        let ret = returns(f);
        if let Returns::Object(props) = ret {
            let outs: Vec<Ty> = props.iter().map(|p| self.binder.property(p, false)).collect();
            self.collect_imports(&outs, false, None);
        }
        let base = names.result.clone();
        let awaitable = names.awaitable.clone();
        let props_names = self.ann.local.names.function_properties(f);
        let result = match ret {
            Returns::Object(props) => Some(self.result_class(base.clone(), outputs_description(f), props, &props_names.outputs, Some(awaitable.clone()))),
            _ => None,
        };
        let (plain_returns, output_returns, output_class) = match ret {
            Returns::Object(_) => (awaitable.clone(), format!("pulumi.Output[{base}]"), base.clone()),
            Returns::Value { ty, .. } => {
                let t = self.ann.runtime_type(&self.binder.bare(ty));
                (t.clone(), format!("pulumi.Output[{t}]"), t)
            }
            Returns::None => ("Awaitable[None]".into(), "pulumi.Output[None]".into(), String::new()),
        };
        let has_output = !matches!(ret, Returns::None);
        let mut all = Vec::new();
        if result.is_some() {
            all.push(base.clone());
            all.push(awaitable.clone());
        }
        all.push(name.clone());
        if has_output {
            all.push(names.output.clone());
        }

        let bound = self.bind(input_props, false, &props_names.inputs);
        let pnames: Vec<String> = bound.iter().map(|b| props_names.params.get(&b.prop.name)).collect();
        let doc = f.description.as_deref().map(|d| description_lines(Some(&docstring_text(d)))).unwrap_or_default();
        let param_docs: Vec<_> = bound.iter().zip(&pnames).filter_map(|(b, n)| self.param_doc(n, b, true)).collect();
        let args: Vec<(String, String)> = bound.iter().zip(&pnames).map(|(b, n)| (single_quoted(&b.prop.name), n.clone())).collect();
        let result_fields: Option<Vec<(String, String)>> = match ret {
            Returns::Object(props) => {
                let names = &props_names.outputs;
                Some(by_name(props).iter().map(|p| (names.get(&p.name), single_quoted(&names.get(&p.name)))).collect())
            }
            _ => None,
        };
        let mut defs = Vec::new();
        for plain in [true, false] {
            if !plain && !has_output {
                continue;
            }
            let fn_name = if plain { name.clone() } else { names.output.clone() };
            let params = bound
                .iter()
                .zip(&pnames)
                .map(|(b, name)| {
                    // The output form takes every argument as an optional input.
                    let t = if plain { optional(&b.ty) } else { Ty::Optional(Box::new(Ty::Input(Box::new(b.ty.clone())))) };
                    Param { name: name.clone(), ty: self.ann.annotate(&t, Opts { input: true, accept_mapping: true, ..Default::default() }), default_none: true }
                })
                .collect();
            let runtime_fn = match (plain, matches!(ret, Returns::Value { .. })) {
                (true, false) => "invoke",
                (false, false) => "invoke_output",
                (true, true) => "invoke_single",
                (false, true) => "invoke_output_single",
            };
            defs.push(FunctionDef {
                indent: " ".repeat(fn_name.len() + 5),
                name: fn_name,
                params,
                returns: if plain { plain_returns.clone() } else { output_returns.clone() },
                doc: doc.clone(),
                param_docs: param_docs.clone(),
                args: args.clone(),
                runtime_fn: runtime_fn.into(),
                token_lit: single_quoted(&f.token.full),
                typ: result.is_some().then(|| base.clone()),
                plain,
                result: result_fields.clone().map(|fields| (if plain { awaitable.clone() } else { output_class.clone() }, fields)),
                returns_value: has_output,
            });
        }
        let awaitable_none = result.is_none();
        FunctionViews { result, defs, all, awaitable_none }
    }

    /// A method of the resource `res_token`, whose class is `res_name` (its file defines the
    /// class, so the method's types import it from nowhere).
    pub fn method(&mut self, res_name: &str, res_token: &str, m: &Method) -> MethodView {
        let f: &'a Function = self.pkg.function(m.function);
        let names = self.ann.local.names.method(m.function).expect("the table names every method of the package's resources");
        let method_name = names.method.clone();
        let lift = self.pkg.language.python.as_ref().is_some_and(|p| p.lift_single_value_method_returns);
        let ret = returns(f);
        let args_props: Vec<&Property> = f.inputs.as_ref().map(|i| i.properties.iter().filter(|p| p.name != "__self__").collect()).unwrap_or_default();
        let ins: Vec<Ty> = args_props.iter().map(|p| self.binder.property(p, true)).collect();
        self.collect_imports(&ins, true, Some(res_token));
        if let Returns::Object(props) = ret {
            let outs: Vec<Ty> = props.iter().map(|p| self.binder.property(p, false)).collect();
            self.collect_imports(&outs, false, Some(res_token));
        }
        let result_name = names.result.clone();
        let qualified = format!("{res_name}.{result_name}");
        let props_names = self.ann.local.names.function_properties(f);
        let result = match ret {
            Returns::Object(props) => Some(self.result_class(result_name.clone(), outputs_description(f), props, &props_names.outputs, None)),
            Returns::Value { ty, plain: true } => Some(self.result_class(result_name.clone(), None, &[synthetic_result(ty)], &props_names.outputs, None)),
            _ => None,
        };
        let lifted = match ret {
            Returns::Object(props) if lift && props.len() == 1 => Some(&props[0]),
            _ => None,
        };
        let returns_ty = match (&result, ret) {
            (None, _) => "None".to_string(),
            (Some(_), Returns::Value { ty, .. }) => self.ann.runtime_type(&self.binder.bare(ty)),
            (Some(_), _) => match lifted {
                Some(p) => format!("pulumi.Output['{}']", self.ann.runtime_type(&self.binder.property(p, false))),
                None => format!("pulumi.Output['{qualified}']"),
            },
        };
        let mut sorted = args_props.clone();
        sorted.sort_by(|a, b| b.required.cmp(&a.required).then_with(|| a.name.cmp(&b.name)));
        let pnames: Vec<String> = sorted.iter().map(|p| names.params.get(&p.name)).collect();
        let mut params = Vec::new();
        let mut param_docs = Vec::new();
        for (p, pname) in sorted.iter().zip(&pnames) {
            let ty = self.binder.property(p, true);
            let pname = pname.clone();
            params.push(Param { name: pname.clone(), ty: self.ann.annotate(&ty, Opts { input: true, ..Default::default() }), default_none: !p.required });
            let b = super::module::Bound { prop: p, ty, name: pname.clone() };
            param_docs.extend(self.param_doc(&pname, &b, false));
        }
        let kind = match (ret, lifted) {
            (Returns::Value { plain: true, .. }, _) => CallKind::Plain { unwrap: true },
            (Returns::Object(_), Some(p)) => CallKind::Lift(props_names.outputs.get(&p.name)),
            (Returns::Object(_), None) => CallKind::Output,
            _ => CallKind::Bare,
        };
        MethodView {
            name: method_name.clone(),
            typ: result.is_some().then(|| qualified.clone()),
            result,
            params,
            returns: returns_ty,
            doc: f.description.as_deref().map(|d| description_lines(Some(&docstring_text(d)))).unwrap_or_default(),
            param_docs,
            deprecation: f.deprecation_message.as_deref().map(deprecation_text),
            args: sorted.iter().zip(&pnames).map(|(p, n)| (single_quoted(&p.name), n.clone())).collect(),
            token_lit: single_quoted(&f.token.full),
            kind,
        }
    }
}
