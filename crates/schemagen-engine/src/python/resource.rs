//! A resource module's views: the args class, the state class, the resource class and its methods.

use std::collections::BTreeSet;

use schemagen_schema::{Property, Resource};

use super::annotate::Opts;
use super::classes::{is_string_type, ClassKind};
use super::escape::{double_quoted, literal};
use super::module::{default_view, deprecation_text, description_lines, optional, ModuleBuilder};
use crate::model::{alias_types, secret_outputs, Ty};
use super::view::{ClassView, InputAssign, Param, ResourceView};

use crate::output::OutputError;

pub struct ResourceViews {
    pub args: ClassView,
    pub state: Option<ClassView>,
    pub resource: ResourceView,
}

impl<'a> ModuleBuilder<'a> {
    pub fn resource(&mut self, res: &'a Resource) -> Result<ResourceViews, OutputError> {
        let res_names = self.ann.local.names.resource_of(res);
        let classes = self.ann.local.names.resource_file(&res.token.full, &res.token.name);
        let name = res_names.class.clone();
        let args_name = classes.args.clone();
        let state_props: &[Property] = res.state_inputs.as_ref().map_or(&[], |s| &s.properties[..]);
        for (props, input) in [(&res.properties[..], false), (&res.input_properties[..], true), (state_props, true)] {
            let types: Vec<Ty> = props.iter().map(|p| self.binder.property(p, input)).collect();
            self.collect_imports(&types, input, Some(&res.token.full));
        }

        let prop_names = self.ann.local.names.resource_properties(res);
        let names = &prop_names.props;
        let args_kind = ClassKind { input: true, input_shape: true, resource_output: false, typed_dict: false };
        let mut args = self.class(&args_name, None, &res.input_properties, names, args_kind);
        args.resource_args_of = Some(name.clone());
        let has_state = !res.is_provider && !res.is_component && !state_props.is_empty();
        let state = has_state.then(|| {
            let mut c = self.class(&classes.state, None, state_props, names, args_kind);
            c.resource_state_of = Some(name.clone());
            c
        });

        let inputs = self.bind(&res.input_properties, true, names);
        let init_names: Vec<String> = inputs.iter().map(|b| prop_names.init.get(&b.prop.name)).collect();
        let mut init_params = Vec::new();
        let mut init_param_docs = Vec::new();
        let mut assigns = Vec::new();
        for (b, pname) in inputs.iter().zip(&init_names) {
            let pname = pname.clone();
            let ty = self.annotate_prop(b.prop, &optional(&b.ty), Opts { input: true, accept_mapping: true, ..Default::default() });
            init_params.push(Param { name: pname.clone(), ty, default_none: true });
            init_param_docs.extend(self.param_doc(&pname, b, true));
            assigns.push(InputAssign {
                key_lit: double_quoted(&b.name),
                const_lit: b.prop.const_value.as_deref().and_then(literal),
                default: default_view(b.prop, b.ty.unwrapped()),
                required: b.prop.required,
                secret: b.prop.secret,
                as_json: res.is_provider && !is_string_type(&b.ty),
                pname,
            });
        }
        let input_names: BTreeSet<&str> = inputs.iter().map(|b| b.prop.name.as_str()).collect();
        let outputs = self.bind(&res.properties, false, names);

        let states = self.bind(state_props, true, names);
        let get_names: Vec<String> = states.iter().map(|b| prop_names.get.get(&b.prop.name)).collect();
        let mut get_params = Vec::new();
        let mut get_param_docs = Vec::new();
        let mut get_assigns = Vec::new();
        let mut exists_props = Vec::new();
        for (b, pname) in states.iter().zip(&get_names) {
            let pname = pname.clone();
            if has_state {
                let ty = self.annotate_prop(b.prop, &optional(&b.ty), Opts { input: true, accept_mapping: true, ..Default::default() });
                get_params.push(Param { name: pname.clone(), ty, default_none: true });
                exists_props.push((double_quoted(&b.prop.name), pname.clone()));
            }
            get_param_docs.extend(self.param_doc(&pname, b, true));
            get_assigns.push((double_quoted(&b.name), has_state.then_some(pname)));
        }
        let state_names: BTreeSet<&str> = states.iter().map(|b| b.prop.name.as_str()).collect();
        get_assigns.extend(outputs.iter().filter(|b| !state_names.contains(b.prop.name.as_str())).map(|b| (double_quoted(&b.name), None)));

        let mut props = Vec::new();
        for b in &outputs {
            let ty = self.annotate_prop(b.prop, &b.ty, Opts::default());
            props.push(self.prop_view(b, ty));
        }
        let methods = res.methods.iter().map(|m| self.method(&name, &res.token.full, m)).collect();
        // kubernetes20 keeps deprecated resources silent, as Pulumi's compatibility mode does.
        let deprecation = res.deprecation_message.as_deref().filter(|_| !self.ann.local.kubernetes20());
        let resource = ResourceView {
            type_name: res_names.described.clone(),
            args_name: args_name.clone(),
            base: if res.is_provider {
                "pulumi.ProviderResource"
            } else if res.is_component {
                "pulumi.ComponentResource"
            } else {
                "pulumi.CustomResource"
            },
            is_provider: res.is_provider,
            is_component: res.is_component,
            token_lit: double_quoted(&res.token.full),
            register_lit: double_quoted(if res.is_provider { &self.pkg.name } else { &res.token.full }),
            deprecation: deprecation.map(deprecation_text),
            description: res.description.as_deref().map(|d| description_lines(Some(&docstring_text(d)))).unwrap_or_default(),
            all_optional: res.input_properties.iter().all(|p| !p.required),
            renamed_inputs: inputs
                .iter()
                .zip(&init_names)
                .map(|(b, param)| (b.name.clone(), param.clone()))
                .filter(|(key, param)| key != param)
                .map(|(key, param)| (double_quoted(&key), double_quoted(&param)))
                .collect(),
            init_params,
            init_param_docs,
            assigns,
            output_only_lits: outputs.iter().filter(|b| !input_names.contains(b.prop.name.as_str())).map(|b| double_quoted(&b.name)).collect(),
            alias_type_lits: alias_types(res).into_iter().map(double_quoted).collect(),
            secret_output_lits: secret_outputs(res).into_iter().map(double_quoted).collect(),
            replace_on_change_lits: self.model.replace_paths(res)?.iter().map(|p| double_quoted(p)).collect(),
            get_params,
            get_param_docs,
            exists_props,
            get_props_class: if has_state { classes.state.clone() } else { args_name },
            get_assigns,
            props,
            methods,
            name,
        };
        Ok(ResourceViews { args, state, resource })
    }
}

/// A resource's or function's description as its docstring: the Python examples kept, as
/// Pulumi's generator filters them, and no Hugo shortcodes.
pub fn docstring_text(d: &str) -> String {
    crate::markup::for_docstring(d, crate::markup::Language::Python).into_owned()
}
