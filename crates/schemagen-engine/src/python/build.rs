//! Builds the views of one module's classes: input/output types, resources, methods, functions.

use std::collections::BTreeSet;

use schemagen_schema::{Function, FunctionOutputs, ObjectType, Package, Property, Resource};

use super::annotate::{primitive_literal, Annotator, Opts};
use super::escape::{doc_lines, double_quoted};
use super::types::{Binder, Owner, PyType};
use super::view::*;
use crate::names::python::{init_param_name, py_class_name, py_name, python_case, token_name};

pub struct ModuleBuilder<'a> {
    pub pkg: &'a Package,
    pub ann: Annotator<'a>,
    pub binder: Binder<'a>,
    /// Imports collected while building (`from . import outputs`, ...).
    pub imports: BTreeSet<String>,
    pub needs_literal: bool,
}

/// A property bound for one use, with its Python names.
struct Bound<'p> {
    prop: &'p Property,
    ty: PyType,
    name: String,
}

fn sort_required_first(props: &mut [Bound<'_>]) {
    props.sort_by(|a, b| b.prop.required.cmp(&a.prop.required).then_with(|| a.prop.name.cmp(&b.prop.name)));
}

fn by_name(props: &[Property]) -> Vec<&Property> {
    let mut v: Vec<&Property> = props.iter().collect();
    v.sort_by(|a, b| a.name.cmp(&b.name));
    v
}

fn description_lines(d: Option<&str>) -> Vec<String> {
    d.map(doc_lines).unwrap_or_default()
}

impl<'a> ModuleBuilder<'a> {
    fn bind<'p>(&self, props: &'p [Property], input_shape: bool) -> Vec<Bound<'p>> {
        by_name(props)
            .into_iter()
            .map(|p| Bound { prop: p, ty: self.binder.property(p, input_shape), name: py_name(&p.name) })
            .collect()
    }

    fn opts<'v>(&self, prop: &'v Property, input: bool) -> Opts<'v> {
        Opts { input, const_value: prop.const_value.as_ref(), ..Default::default() }
    }

    fn note_literal(&mut self, prop: &Property) {
        if let Some(cv) = &prop.const_value {
            if !cv.is_f64() {
                self.needs_literal = true;
            }
        }
    }

    /// Adds the imports the named types reachable from `types` need (self-references excluded).
    pub fn collect_imports(&mut self, types: &[PyType], input: bool, skip_resource: Option<&str>) {
        let closure = types_closure(self.pkg, &self.binder, types);
        for t in closure {
            let imp = match &t {
                PyType::Object { named, .. } => self.import_object(named, input),
                PyType::Enum { named, .. } => self.import_enum(named),
                PyType::Resource { named, is_provider } => {
                    if skip_resource == Some(named.token.as_str()) {
                        continue;
                    }
                    self.import_resource(named, *is_provider)
                }
                _ => continue,
            };
            self.imports.insert(imp);
        }
    }

    fn root_rel(&self) -> String {
        rel_import(&self.ann.module, "")
    }

    pub fn import_object(&self, named: &super::types::Named, input: bool) -> String {
        if let Owner::External(p) = &named.owner {
            return format!("import {}", self.ann.settings_of(&named.owner).map_or_else(|| crate::names::python::py_pack(None, p), |s| s.py_pack.clone()));
        }
        let m = self.ann.module_of(named);
        if m == self.ann.module {
            return if input { "from ._inputs import *".into() } else { "from . import outputs".into() };
        }
        let root = self.root_rel();
        if m.is_empty() {
            return if input {
                format!("from {root} import _inputs as _root_inputs")
            } else {
                format!("from {root} import outputs as _root_outputs")
            };
        }
        let first = m.split('/').next().unwrap_or_default();
        format!("from {root} import {first} as _{first}")
    }

    fn import_enum(&self, named: &super::types::Named) -> String {
        if let Owner::External(p) = &named.owner {
            return format!("import {}", crate::names::python::py_pack(None, p));
        }
        let m = self.ann.module_of(named);
        if m == self.ann.module {
            return "from ._enums import *".into();
        }
        let root = self.root_rel();
        if m.is_empty() {
            return format!("from {root} import _enums as _root_enums");
        }
        let first = m.split('/').next().unwrap_or_default();
        format!("from {root} import {first}")
    }

    fn import_resource(&self, named: &super::types::Named, is_provider: bool) -> String {
        if let Owner::External(p) = &named.owner {
            if is_provider {
                return format!("import pulumi_{}", p.replace('-', "_"));
            }
            return format!("import {}", crate::names::python::py_pack(None, p));
        }
        let m = if is_provider { String::new() } else { self.ann.module_of(named) };
        if m == self.ann.module || m.is_empty() {
            let path = rel_import(&self.ann.module, &m);
            let file = if is_provider { "provider".to_string() } else { self.resource_file(&named.name, &m) };
            let full = if path.ends_with('.') { format!("{path}{file}") } else { format!("{path}.{file}") };
            return format!("from {full} import {}", self.ann.resource_type(named, is_provider));
        }
        let first = m.split('/').next().unwrap_or_default();
        format!("from {} import {first} as _{first}", self.root_rel())
    }

    /// The file (module) name of a resource in module `m`.
    pub fn resource_file(&self, name: &str, _m: &str) -> String {
        if self.ann.local.kubernetes20() {
            token_name(name)
        } else {
            py_name(&token_name(name))
        }
    }

    fn prop_view(&self, b: &Bound<'_>, ty: String) -> PropView {
        PropView {
            name: b.name.clone(),
            wire_lit: (b.name != b.prop.name).then(|| double_quoted(&b.prop.name)),
            key_lit: double_quoted(&b.name),
            ty,
            deprecated_lit: b.prop.deprecation_message.as_deref().map(double_quoted),
            doc: description_lines(b.prop.description.as_deref()),
        }
    }

    fn param_doc(&self, out: &mut Vec<String>, name: &str, b: &Bound<'_>, accept_mapping: bool) {
        let Some(desc) = b.prop.description.as_deref() else { return };
        let required = match &b.ty {
            PyType::Optional(t) => (**t).clone(),
            t => t.clone(),
        };
        let ty = self.ann.annotate(&required, Opts { input: true, accept_mapping, for_docs: true, const_value: b.prop.const_value.as_ref(), ..Default::default() });
        for (i, line) in doc_lines(desc).into_iter().enumerate() {
            if i == 0 {
                out.push(format!(":param {} {name}: {line}", super::escape::docstring_body(&ty)));
            } else if line.is_empty() {
                out.push(String::new());
            } else {
                out.push(format!("       {line}"));
            }
        }
    }

    /// An input or output class over `props` (an object type's, a resource's args or state).
    pub fn class(&mut self, name: &str, doc: Option<&str>, props: &[Property], input: bool, input_shape: bool, resource_output: bool, dict: bool) -> ClassView {
        let mut bound = self.bind(props, input_shape);
        sort_required_first(&mut bound);
        for b in &bound {
            self.note_literal(b.prop);
        }
        let name = python_case(name);
        let mut params = Vec::new();
        for b in &bound {
            let with_default = b.prop.default.is_some() || b.prop.default_info.is_some();
            let ty_src = if with_default { optional(&b.ty) } else { b.ty.clone() };
            let ty = self.ann.annotate(&ty_src, self.opts(b.prop, input));
            let value = b.prop.const_value.as_ref().and_then(primitive_literal).unwrap_or_else(|| b.name.clone());
            params.push(FieldParam {
                name: b.name.clone(),
                ty,
                default_none: !b.prop.required || with_default,
                required: b.prop.required,
                key_lit: double_quoted(&b.name),
                value,
                default_expr: default_expr(b.prop, b.ty.unwrapped()),
                deprecated_lit: b.prop.deprecation_message.as_deref().filter(|_| input).map(double_quoted),
                deprecated_log_lit: b.prop.deprecation_message.as_deref().filter(|_| input).map(|m| double_quoted(&format!("{} is deprecated: {m}", b.name))),
            });
        }
        let mut init_doc = Vec::new();
        if let Some(d) = doc {
            init_doc.extend(doc_lines(d));
            init_doc.push(String::new());
        }
        for b in &bound {
            self.param_doc(&mut init_doc, &b.name, b, false);
        }
        while init_doc.last().is_some_and(|l| l.is_empty()) {
            init_doc.pop();
        }
        let props_v = bound
            .iter()
            .map(|b| {
                let ty = self.ann.annotate(&b.ty, self.opts(b.prop, input));
                self.prop_view(b, ty)
            })
            .collect();
        let key_warnings = if resource_output {
            bound.iter().filter(|b| b.name != b.prop.name).map(|b| (double_quoted(&b.prop.name), double_quoted(&b.name))).collect()
        } else {
            Vec::new()
        };
        let dict = dict.then(|| DictView {
            name: format!("{name}Dict"),
            doc: description_lines(doc),
            fields: bound
                .iter()
                .map(|b| DictField {
                    name: b.name.clone(),
                    ty: self.ann.annotate(&b.ty, Opts { input: true, for_dict: true, const_value: b.prop.const_value.as_ref(), ..Default::default() }),
                    doc: description_lines(b.prop.description.as_deref()),
                })
                .collect(),
        });
        ClassView {
            name,
            input,
            class_doc: if input { Vec::new() } else { description_lines(doc) },
            key_warnings,
            params,
            init_doc,
            props: props_v,
            dict,
        }
    }

    pub fn object_class(&mut self, obj: &'a ObjectType, input: bool, input_shape: bool, resource_output: bool) -> ClassView {
        let named = super::types::Named { owner: Owner::Local, token: obj.token.full.clone(), module: obj.token.module.clone(), name: obj.token.name.clone() };
        let name = self.ann.object_class_name(&named, input_shape, input);
        let dict = input && self.ann.local.typed_dicts();
        self.class(&name, obj.description.as_deref(), &obj.properties, input, input_shape, resource_output, dict)
    }

    /// A result class over plain output properties (function results, method results).
    fn result_class(&mut self, name: String, doc: Option<&str>, props: &[Property], awaitable: Option<String>) -> ResultClass {
        let bound = self.bind(props, false);
        for b in &bound {
            self.note_literal(b.prop);
        }
        let checks = bound
            .iter()
            .map(|b| {
                let rt = self.ann.runtime_type(&b.ty);
                let isinstance = if ["bool", "int", "float", "str"].contains(&rt.as_str()) && rt == b.name { format!("_builtins.{rt}") } else { rt.clone() };
                (b.name.clone(), isinstance, super::escape::docstring_body(&rt))
            })
            .collect();
        let props = bound
            .iter()
            .map(|b| {
                let ty = self.ann.annotate(&b.ty, self.opts(b.prop, false));
                self.prop_view(b, ty)
            })
            .collect();
        ResultClass { name, doc: description_lines(doc), checks, props, awaitable }
    }

    pub fn resource(&mut self, res: &'a Resource, args_name: String) -> (ClassView, Option<ClassView>, ResourceView) {
        let name = if res.is_provider { "Provider".to_string() } else { py_class_name(&res.token.name) };
        let outs: Vec<PyType> = res.properties.iter().map(|p| self.binder.property(p, false)).collect();
        let ins: Vec<PyType> = res.input_properties.iter().map(|p| self.binder.property(p, true)).collect();
        self.collect_imports(&outs, false, Some(&res.token.full));
        self.collect_imports(&ins, true, Some(&res.token.full));
        let state_props = res.state_inputs.as_ref().map(|s| &s.properties[..]).unwrap_or(&[]);
        let st: Vec<PyType> = state_props.iter().map(|p| self.binder.property(p, true)).collect();
        self.collect_imports(&st, true, Some(&res.token.full));

        let args = self.class(&args_name, None, &res.input_properties, true, true, false, false);
        let mut args = args;
        args.init_doc = vec![format!("The set of arguments for constructing a {name} resource.")];
        for b in self.bind(&res.input_properties, true).iter().filter(|b| b.prop.description.is_some()) {
            if args.init_doc.len() == 1 {
                args.init_doc.push(String::new());
            }
            let mut lines = Vec::new();
            self.param_doc(&mut lines, &b.name, b, false);
            args.init_doc.extend(lines);
        }
        let has_state = !res.is_provider && !res.is_component && !state_props.is_empty();
        let state = has_state.then(|| {
            let mut c = self.class(&format!("_{name}State"), None, state_props, true, true, false, false);
            c.init_doc.insert(0, format!("Input properties used for looking up and filtering {name} resources."));
            if c.init_doc.len() > 1 {
                c.init_doc.insert(1, String::new());
            }
            c
        });

        let ins_b = self.bind(&res.input_properties, true);
        let mut init_params = Vec::new();
        let mut kw_doc_params = Vec::new();
        for b in &ins_b {
            self.note_literal(b.prop);
            let pname = init_param_name(&b.prop.name);
            let ty = self.ann.annotate(&optional(&b.ty), Opts { input: true, accept_mapping: true, const_value: b.prop.const_value.as_ref(), ..Default::default() });
            init_params.push(Param { name: pname.clone(), ty, default_none: true });
            self.param_doc(&mut kw_doc_params, &pname, b, true);
        }
        let intro = match res.description.as_deref() {
            Some(d) => doc_lines(&filter_examples(d)),
            None => vec![format!("Create a {} resource with the given unique name, props, and options.", token_name(&res.token.name))],
        };
        let mut kw_doc = intro.clone();
        kw_doc.push(String::new());
        kw_doc.push(":param str resource_name: The name of the resource.".into());
        kw_doc.push(":param pulumi.ResourceOptions opts: Options for the resource.".into());
        kw_doc.extend(kw_doc_params);
        let mut args_doc = intro;
        args_doc.push(String::new());
        args_doc.push(":param str resource_name: The name of the resource.".into());
        args_doc.push(format!(":param {args_name} args: The arguments to use to populate this resource's properties."));
        args_doc.push(":param pulumi.ResourceOptions opts: Options for the resource.".into());

        let mut assigns = Vec::new();
        let mut seen_inputs = BTreeSet::new();
        for b in &ins_b {
            let pname = init_param_name(&b.prop.name);
            let mut value = b.prop.const_value.as_ref().and_then(primitive_literal).unwrap_or_else(|| pname.clone());
            let mut secret = b.prop.secret;
            if res.is_provider && !is_string_type(&b.ty) {
                value = if b.prop.secret {
                    secret = false;
                    format!("pulumi.Output.secret({value}).apply(pulumi.runtime.to_json) if {value} is not None else None")
                } else {
                    format!("pulumi.Output.from_input({value}).apply(pulumi.runtime.to_json) if {value} is not None else None")
                };
            }
            assigns.push(InputAssign {
                pname: pname.clone(),
                key_lit: double_quoted(&b.name),
                value,
                default_expr: default_expr(b.prop, b.ty.unwrapped()),
                required: b.prop.required,
                secret,
            });
            seen_inputs.insert(b.prop.name.clone());
        }
        let outs_b = self.bind(&res.properties, false);
        let output_nones = outs_b.iter().filter(|b| !seen_inputs.contains(&b.prop.name)).map(|b| double_quoted(&b.name)).collect();
        let secret_outputs = outs_b.iter().filter(|b| b.prop.secret).map(|b| double_quoted(&b.prop.name)).collect();
        let aliases = res
            .aliases
            .iter()
            .filter_map(|a| a.kind.as_deref())
            .map(|t| format!("pulumi.Alias(type_={})", double_quoted(t)))
            .collect();
        let replace_on_changes = replace_paths(self.pkg, &res.properties).into_iter().map(|p| double_quoted(&p)).collect();

        let state_b = self.bind(state_props, true);
        let mut get_params = Vec::new();
        let mut get_doc = vec![
            format!("Get an existing {} resource's state with the given name, id, and optional extra", token_name(&res.token.name)),
            "properties used to qualify the lookup.".into(),
            String::new(),
            ":param str resource_name: The unique name of the resulting resource.".into(),
            ":param pulumi.Input[str] id: The unique provider ID of the resource to lookup.".into(),
            ":param pulumi.ResourceOptions opts: Options for the resource.".into(),
        ];
        let mut get_assigns = Vec::new();
        let mut seen_state = BTreeSet::new();
        for b in &state_b {
            let pname = init_param_name(&b.prop.name);
            if has_state {
                let ty = self.ann.annotate(&optional(&b.ty), Opts { input: true, accept_mapping: true, const_value: b.prop.const_value.as_ref(), ..Default::default() });
                get_params.push(Param { name: pname.clone(), ty, default_none: true });
            }
            self.param_doc(&mut get_doc, &pname, b, true);
            get_assigns.push((double_quoted(&b.name), if has_state { pname } else { "None".into() }));
            seen_state.insert(b.prop.name.clone());
        }
        for b in &outs_b {
            if !seen_state.contains(&b.prop.name) {
                get_assigns.push((double_quoted(&b.name), "None".into()));
            }
        }
        let props = outs_b
            .iter()
            .map(|b| {
                self.note_literal(b.prop);
                let ty = format!("pulumi.Output[{}]", self.ann.annotate(&b.ty, self.opts(b.prop, false)));
                self.prop_view(b, ty)
            })
            .collect();
        let methods = res.methods.iter().map(|m| self.method(&name, m)).collect();
        let deprecation = res.deprecation_message.as_deref().filter(|_| !self.ann.local.kubernetes20());
        let view = ResourceView {
            name: name.clone(),
            args_name: args_name.clone(),
            base: if res.is_provider {
                "pulumi.ProviderResource"
            } else if res.is_component {
                "pulumi.ComponentResource"
            } else {
                "pulumi.CustomResource"
            }
            .into(),
            token_lit: double_quoted(&res.token.full),
            register_lit: double_quoted(if res.is_provider { &self.pkg.name } else { &res.token.full }),
            deprecation_lit: deprecation.map(double_quoted),
            deprecation_log_lit: deprecation.map(|m| double_quoted(&format!("{name} is deprecated: {m}"))),
            all_optional: res.input_properties.iter().all(|p| !p.required),
            init_params,
            kw_doc,
            args_doc,
            assigns,
            output_nones,
            aliases,
            secret_outputs,
            replace_on_changes,
            is_component: res.is_component,
            has_get: !res.is_provider && !res.is_component,
            get_params,
            get_doc,
            get_props_class: if has_state { format!("_{name}State") } else { args_name },
            get_assigns,
            props,
            methods,
        };
        (args, state, view)
    }

    fn method(&mut self, res_name: &str, m: &schemagen_schema::Method) -> MethodView {
        let f: &'a Function = self.pkg.function(m.function);
        let method_name = py_name(&m.name);
        let lift = self.pkg.language.python.as_ref().is_some_and(|p| p.lift_single_value_method_returns);
        let (ret_props, ret_plain, ret_ty): (Option<&'a [Property]>, bool, Option<&Type>) = match &f.outputs {
            FunctionOutputs::Object(o) if !o.properties.is_empty() => (Some(&o.properties[..]), false, None),
            FunctionOutputs::Object(_) => (None, false, None),
            FunctionOutputs::Type { ty, plain } => (None, *plain, Some(ty)),
            FunctionOutputs::None => (None, false, None),
        };
        if let Some(inputs) = &f.inputs {
            let ins: Vec<PyType> = inputs.properties.iter().filter(|p| p.name != "__self__").map(|p| self.binder.property(p, true)).collect();
            self.collect_imports(&ins, true, None);
        }
        if let Some(props) = ret_props {
            let outs: Vec<PyType> = props.iter().map(|p| self.binder.property(p, false)).collect();
            self.collect_imports(&outs, false, None);
        }
        let result_name = format!("{}Result", py_class_name(&m.name));
        let result = if let Some(props) = ret_props {
            Some(self.result_class(result_name.clone(), f.outputs_description(), props, None))
        } else if let (true, Some(ty)) = (ret_plain, ret_ty) {
            let synthetic = [synthetic_res(ty)];
            Some(self.result_class(result_name.clone(), None, &synthetic, None))
        } else {
            None
        };
        let should_lift = lift && ret_props.is_some_and(|p| p.len() == 1);
        let qualified = format!("{res_name}.{result_name}");
        let returns = match (&result, ret_props, ret_plain) {
            (None, _, _) => "None".to_string(),
            (Some(_), Some(p), _) if should_lift => {
                let t = self.binder.property(&p[0], false);
                format!("pulumi.Output['{}']", self.ann.runtime_type(&t))
            }
            (Some(_), Some(_), true) => result_name.clone(),
            (Some(_), None, true) => self.ann.runtime_type(&self.binder.bare(ret_ty.expect("plain return has a type"))),
            _ => format!("pulumi.Output['{qualified}']"),
        };
        let mut args: Vec<&'a Property> = f.inputs.as_ref().map(|i| i.properties.iter().filter(|p| p.name != "__self__").collect()).unwrap_or_default();
        args.sort_by(|a, b| b.required.cmp(&a.required).then_with(|| a.name.cmp(&b.name)));
        let mut params = Vec::new();
        let mut doc = f.description.as_deref().map(|d| doc_lines(&filter_examples(d))).unwrap_or_default();
        if !args.is_empty() {
            doc.push(String::new());
        }
        for p in &args {
            let t = self.binder.property(p, true);
            let name = py_name(&p.name);
            params.push(Param { name: name.clone(), ty: self.ann.annotate(&t, Opts { input: true, ..Default::default() }), default_none: !p.required });
            let b = Bound { prop: p, ty: t, name: name.clone() };
            self.param_doc(&mut doc, &name, &b, false);
        }
        while doc.last().is_some_and(|l| l.is_empty()) {
            doc.pop();
        }
        let kind = if ret_plain {
            CallKind::Plain { unwrap: ret_props.is_none().then(|| "res".to_string()) }
        } else if ret_props.is_none() {
            CallKind::Bare
        } else if should_lift {
            CallKind::Lift(py_name(&ret_props.unwrap_or_default()[0].name))
        } else {
            CallKind::Output
        };
        MethodView {
            name: method_name.clone(),
            typ: if result.is_some() { format!(", typ={qualified}") } else { String::new() },
            result,
            params,
            returns,
            doc,
            deprecation_log_lit: f.deprecation_message.as_deref().map(|m| double_quoted(&format!("{method_name} is deprecated: {m}"))),
            args: args.iter().map(|p| (single_quoted_lit(&p.name), py_name(&p.name))).collect(),
            token_lit: single_quoted_lit(&f.token.full),
            kind,
        }
    }

    pub fn function(&mut self, f: &'a Function) -> (Option<ResultClass>, Vec<FunctionDef>, Vec<String>) {
        let name = py_name(&token_name(&f.token.name));
        let input_props: &'a [Property] = f.inputs.as_ref().map(|i| &i.properties[..]).unwrap_or(&[]);
        let ins: Vec<PyType> = input_props.iter().map(|p| self.binder.property(p, false)).collect();
        self.collect_imports(&ins, true, None);
        let (ret_props, ret_ty) = match &f.outputs {
            // An `outputs` object without properties is no result at all, as Pulumi binds it.
            FunctionOutputs::Object(o) if !o.properties.is_empty() => (Some(&o.properties[..]), None),
            FunctionOutputs::Object(_) => (None, None),
            FunctionOutputs::Type { ty, .. } => (None, Some(ty)),
            FunctionOutputs::None => (None, None),
        };
        if let Some(props) = ret_props {
            let outs: Vec<PyType> = props.iter().map(|p| self.binder.property(p, false)).collect();
            self.collect_imports(&outs, false, None);
        }
        let base = py_class_name(&format!("{}Result", token_name(&f.token.name)));
        let awaitable = format!("Awaitable{base}");
        let result = ret_props.map(|props| self.result_class(base.clone(), f.outputs_description(), props, Some(awaitable.clone())));
        let (ret_name, ret_output, original) = if result.is_some() {
            (awaitable.clone(), format!("pulumi.Output[{base}]"), base.clone())
        } else if let Some(ty) = ret_ty {
            let t = self.ann.runtime_type(&self.binder.bare(ty));
            (t.clone(), format!("pulumi.Output[{t}]"), t)
        } else {
            ("Awaitable[None]".to_string(), "pulumi.Output[None]".to_string(), String::new())
        };
        let mut all = Vec::new();
        if result.is_some() {
            all.push(base.clone());
            all.push(awaitable.clone());
        }
        all.push(name.clone());
        let has_output = ret_props.is_some() || ret_ty.is_some();
        if has_output {
            all.push(format!("{name}_output"));
        }
        let bound = self.bind(input_props, false);
        let mut doc = match f.description.as_deref() {
            Some(d) => doc_lines(&filter_examples(d)),
            None => vec!["Use this data source to access information about an existing resource.".into()],
        };
        if !bound.is_empty() {
            doc.push(String::new());
            for b in &bound {
                self.param_doc(&mut doc, &b.name, b, true);
            }
        }
        while doc.last().is_some_and(|l| l.is_empty()) {
            doc.pop();
        }
        let args: Vec<(String, String)> = bound.iter().map(|b| (single_quoted_lit(&b.prop.name), b.name.clone())).collect();
        let result_fields: Option<Vec<(String, String)>> = ret_props.map(|p| by_name(p).iter().map(|x| (py_name(&x.name), single_quoted_lit(&py_name(&x.name)))).collect());
        let mut defs = Vec::new();
        for plain in [true, false] {
            if !plain && !has_output {
                continue;
            }
            let params = bound
                .iter()
                .map(|b| {
                    let t = if plain { optional(&b.ty) } else { PyType::Optional(Box::new(PyType::Input(Box::new(b.ty.clone())))) };
                    Param { name: b.name.clone(), ty: self.ann.annotate(&t, Opts { input: true, accept_mapping: true, ..Default::default() }), default_none: true }
                })
                .collect();
            let mut runtime_fn = if plain { "invoke".to_string() } else { "invoke_output".to_string() };
            if ret_ty.is_some() {
                runtime_fn.push_str("_single");
            }
            defs.push(FunctionDef {
                indent: " ".repeat(if plain { name.len() } else { name.len() + 7 } + 5),
                name: if plain { name.clone() } else { format!("{name}_output") },
                params,
                opts_ty: if plain { "Optional[pulumi.InvokeOptions]".into() } else { "Optional[Union[pulumi.InvokeOptions, pulumi.InvokeOutputOptions]]".into() },
                returns: if plain { ret_name.clone() } else { ret_output.clone() },
                doc: doc.clone(),
                deprecation_log_lit: f.deprecation_message.as_deref().map(|m| double_quoted(&format!("{name} is deprecated: {m}"))),
                args: args.clone(),
                options_class: if plain { "InvokeOptions".into() } else { "InvokeOutputOptions".into() },
                runtime_fn,
                token_lit: single_quoted_lit(&f.token.full),
                typ: if result.is_some() { format!(", typ={base}") } else { String::new() },
                plain,
                result: result_fields.clone().map(|fields| (if plain { awaitable.clone() } else { original.clone() }, fields)),
                returns_value: has_output,
            });
        }
        (result, defs, all)
    }
}

fn single_quoted_lit(s: &str) -> String {
    super::escape::single_quoted(s)
}

use schemagen_schema::Type;

fn synthetic_res(ty: &Type) -> Property {
    Property {
        name: "res".into(),
        description: None,
        ty: ty.clone(),
        required: true,
        plain: true,
        const_value: None,
        default: None,
        default_info: None,
        deprecation_message: None,
        secret: false,
        replace_on_changes: false,
        will_replace_on_changes: false,
        language: Default::default(),
    }
}

fn optional(t: &PyType) -> PyType {
    match t {
        PyType::Optional(_) => t.clone(),
        other => PyType::Optional(Box::new(other.clone())),
    }
}

fn is_string_type(t: &PyType) -> bool {
    match t.unwrapped() {
        PyType::Str => true,
        PyType::Token(Some(u)) => is_string_type(u),
        PyType::Enum { element, .. } => matches!(**element, PyType::Str),
        _ => false,
    }
}

/// The expression a missing value defaults to: the schema's `default`, the first set environment
/// variable of `defaultInfo`, or both (`env or default`).
fn default_expr(prop: &Property, t: &PyType) -> Option<String> {
    let value = prop.default.as_ref().and_then(primitive_literal);
    let env = prop.default_info.as_ref().map(|d| &d.environment).filter(|e| !e.is_empty());
    match (env, value) {
        (None, v) => v,
        (Some(vars), v) => {
            let f = match t {
                PyType::Bool => "_utilities.get_env_bool",
                PyType::Int => "_utilities.get_env_int",
                PyType::Number => "_utilities.get_env_float",
                _ => "_utilities.get_env",
            };
            let args = vars.iter().map(|e| super::escape::single_quoted(e)).collect::<Vec<_>>().join(", ");
            Some(match v {
                Some(v) => format!("({f}({args}) or {v})"),
                None => format!("{f}({args})"),
            })
        }
    }
}

/// Drops `{{% examples %}}` blocks that have no Python example, as Pulumi's docstrings do; the
/// shortcodes themselves are kept out of docstrings.
fn filter_examples(d: &str) -> String {
    match d.find("{{% examples %}}") {
        Some(i) => d[..i].trim_end().to_string(),
        None => d.to_string(),
    }
}

/// Property paths with `replaceOnChanges`, through nested object types.
fn replace_paths(pkg: &Package, props: &[Property]) -> Vec<String> {
    fn walk(pkg: &Package, props: &[Property], prefix: &str, depth: usize, out: &mut Vec<String>) {
        if depth > 8 {
            return;
        }
        for p in by_name(props) {
            let path = if prefix.is_empty() { p.name.clone() } else { format!("{prefix}.{}", p.name) };
            if p.replace_on_changes {
                out.push(path.clone());
            }
            let (inner, suffix) = match &p.ty {
                Type::Array(e) => (e.as_ref(), "[*]"),
                Type::Map(e) => (e.as_ref(), ".*"),
                t => (t, ""),
            };
            if let Type::Object(id) = inner {
                if let schemagen_schema::TypeDef::Object(o) = pkg.type_def(*id) {
                    walk(pkg, &o.properties, &format!("{path}{suffix}"), depth + 1, out);
                }
            }
        }
    }
    let mut out = Vec::new();
    walk(pkg, props, "", 0, &mut out);
    out
}

/// Every named type reachable from `types`, through local object properties.
fn types_closure(pkg: &Package, binder: &Binder<'_>, types: &[PyType]) -> Vec<PyType> {
    let mut seen: Vec<PyType> = Vec::new();
    let mut stack: Vec<PyType> = types.to_vec();
    while let Some(t) = stack.pop() {
        let mut found = Vec::new();
        t.visit_shallow(&mut found);
        for n in found {
            if seen.contains(n) {
                continue;
            }
            seen.push(n.clone());
            if let PyType::Object { named, input_shape } = n {
                if named.owner == Owner::Local {
                    if let Some(schemagen_schema::TypeDef::Object(o)) = pkg.type_by_token(&named.token).map(|id| pkg.type_def(id)) {
                        stack.extend(o.properties.iter().map(|p| binder.property(p, *input_shape)));
                    }
                }
            }
        }
    }
    seen
}

/// A relative import path from module `from` to module `to` (`.`, `..`, `..a`).
pub fn rel_import(from: &str, to: &str) -> String {
    let from_parts: Vec<&str> = from.split('/').filter(|s| !s.is_empty()).collect();
    let to_parts: Vec<&str> = to.split('/').filter(|s| !s.is_empty()).collect();
    let common = from_parts.iter().zip(&to_parts).take_while(|(a, b)| a == b).count();
    let ups = from_parts.len() - common;
    let mut s = ".".to_string();
    for _ in 0..ups {
        s.push('.');
    }
    s.push_str(&to_parts[common..].join("."));
    s
}

trait OutputsDescription {
    fn outputs_description(&self) -> Option<&str>;
}

impl OutputsDescription for Function {
    fn outputs_description(&self) -> Option<&str> {
        match &self.outputs {
            FunctionOutputs::Object(o) => o.description.as_deref(),
            _ => None,
        }
    }
}
