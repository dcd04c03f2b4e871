//! A function's file: the plain form (`Promise` of the result), the `Output` form over
//! `Input` arguments, and their argument and result interfaces.

use schemagen_schema::{FunctionId, FunctionOutputs, Property};

use super::escape::{doc_comment, doc_lines, string_literal};
use super::render::*;
use super::view::Imports;
use super::resource::Members;
use super::Gen;
use crate::model::Binder;
use crate::names::nodejs as names;
use crate::OutputError;

impl Gen<'_> {
    /// The file of function `id` and the name it exports.
    pub(super) fn function_file(&self, id: FunctionId, module: &str) -> Result<(String, String), OutputError> {
        let f = self.pkg.function(id);
        let fn_names = self.naming.names.function(id);
        let name = fn_names.sdk.clone();
        let binder = Binder::new(self.pkg);

        let mut imports = Imports::default();
        let inputs: Vec<&Property> = f.inputs.iter().flat_map(|i| &i.properties).collect();
        for p in &inputs {
            imports.add(self.pkg, &self.naming, &binder.property(p, false), None);
        }
        match &f.outputs {
            FunctionOutputs::Object(o) if super::has_result(f) => {
                for p in &o.properties {
                    imports.add(self.pkg, &self.naming, &binder.property(p, false), None);
                }
            }
            FunctionOutputs::Type { ty, .. } if super::has_result(f) => imports.add(self.pkg, &self.naming, &binder.bare(ty), None),
            _ => {}
        }
        let own = [name.as_str(), &fn_names.output, &fn_names.args, &fn_names.result, &fn_names.output_args];
        let aliases = imports.aliases(&self.naming, module, &own);
        let unaliased = self.printer();
        let printer = unaliased.with_aliases(&aliases);
        let (result, result_iface, invoke) = match &f.outputs {
            _ if !super::has_result(f) => ("void".to_string(), None, "invoke"),
            FunctionOutputs::None => ("void".to_string(), None, "invoke"),
            FunctionOutputs::Object(o) => {
                let props: Vec<&Property> = o.properties.iter().collect();
                let rname = fn_names.result.clone();
                let iface = self.interface(&printer, rname.clone(), o.description.as_deref(), &props, Members { input_shape: false, input: false, readonly: true });
                (rname, Some(iface), "invoke")
            }
            FunctionOutputs::Type { ty, .. } => {
                let t = binder.bare(ty);
                let invoke = if matches!(ty, schemagen_schema::Type::Map(_)) { "invoke" } else { "invokeSingle" };
                (printer.ts(&t, false).print(), None, invoke)
            }
        };
        let args_optional = inputs.iter().all(|p| !p.required);
        let opt = if args_optional { "?" } else { "" };
        let args = f.inputs.as_ref().map(|i| self.interface(&printer, fn_names.args.clone(), i.description.as_deref(), &inputs, Members { input_shape: false, input: true, readonly: false }));
        let output_args = (!inputs.is_empty() && super::has_result(f))
            .then(|| self.interface(&printer, fn_names.output_args.clone(), f.inputs.as_ref().and_then(|i| i.description.as_deref()), &inputs, Members { input_shape: true, input: true, readonly: false }));
        // The plain form's arguments are values; the `Output` form's are inputs, where an optional
        // one may resolve to undefined, which the defaults helper does not take.
        let wire = |output_form: bool| -> Vec<Assign> {
            inputs
                .iter()
                .map(|p| {
                    let access = names::access("args", &p.name, false);
                    let expr = match self.defaults_helper(p, true, true) {
                        Some(h) if output_form && !p.plain && !p.required => {
                            format!("{access} ? pulumi.output({access}).apply(v => v === undefined ? undefined : {h}(v)) : undefined")
                        }
                        Some(h) if p.plain || !p.required => format!("{access} ? {h}({access}) : undefined"),
                        Some(h) => format!("{access} ? pulumi.output({access}).apply({h}) : undefined"),
                        None => access,
                    };
                    let expr = match self.default_value(p) {
                        Some(dv) => format!("({expr}) ?? {dv}"),
                        None => expr,
                    };
                    Assign { key: string_literal(&p.name), expr }
                })
                .collect()
        };
        let view = FunctionView {
            doc: doc_comment(f.description.as_deref(), None, ""),
            token: string_literal(&f.token.full),
            deprecated: f.deprecation_message.as_ref().map(|d| doc_lines(d).join(" ")),
            deprecation_warning: f
                .deprecation_message
                .as_ref()
                .filter(|_| !self.naming.compat("kubernetes20"))
                .map(|d| string_literal(&format!("{name} is deprecated: {d}"))),
        };
        let mut forms = vec![FunctionForm {
            name: name.clone(),
            params: if f.inputs.is_some() { format!("args{opt}: {}, ", fn_names.args) } else { String::new() },
            options: "InvokeOptions",
            returns: format!("Promise<{result}>"),
            args_default: (f.inputs.is_some() && args_optional).then(|| fn_names.args.clone()),
            invoke,
            wire: wire(false),
            interfaces: args.into_iter().chain(result_iface).collect(),
        }];
        if super::has_result(f) {
            forms.push(FunctionForm {
                name: fn_names.output.clone(),
                params: if inputs.is_empty() { String::new() } else { format!("args{opt}: {}, ", fn_names.output_args) },
                options: "InvokeOutputOptions",
                returns: format!("pulumi.Output<{result}>"),
                args_default: (!inputs.is_empty() && args_optional).then(|| fn_names.output_args.clone()),
                invoke: if invoke == "invoke" { "invokeOutput" } else { "invokeSingleOutput" },
                wire: wire(true),
                interfaces: output_args.into_iter().collect(),
            });
        }
        let file = FunctionFile { imports: imports.lines(&self.naming, module, self.contains_enums, true, &aliases), fun: view, forms };
        Ok((name, render(&file)?))
    }
}
