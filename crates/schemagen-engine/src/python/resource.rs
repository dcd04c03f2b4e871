//! A resource module's views: the args class, the state class, the resource class and its methods.

use std::collections::{BTreeSet, HashMap, HashSet};

use schemagen_schema::{Package, Property, Resource, Type, TypeDef, TypeId};

use super::annotate::Opts;
use super::classes::{is_string_type, ClassKind};
use super::escape::{double_quoted, literal};
use super::module::{by_name, default_view, description_lines, optional, ModuleBuilder};
use super::types::PyType;
use super::view::{ClassView, InputAssign, Param, ResourceView};
use crate::names::python::{init_param_name, py_class_name, token_name};

pub struct ResourceViews {
    pub args: ClassView,
    pub state: Option<ClassView>,
    pub resource: ResourceView,
}

/// The class name of a resource: `Provider` for the provider.
pub fn resource_class_name(res: &Resource) -> String {
    if res.is_provider {
        "Provider".into()
    } else {
        py_class_name(&res.token.name)
    }
}

impl<'a> ModuleBuilder<'a> {
    pub fn resource(&mut self, res: &'a Resource, args_name: String) -> ResourceViews {
        let name = resource_class_name(res);
        let state_props: &[Property] = res.state_inputs.as_ref().map_or(&[], |s| &s.properties[..]);
        for (props, input) in [(&res.properties[..], false), (&res.input_properties[..], true), (state_props, true)] {
            let types: Vec<PyType> = props.iter().map(|p| self.binder.property(p, input)).collect();
            self.collect_imports(&types, input, Some(&res.token.full));
        }

        let args_kind = ClassKind { input: true, input_shape: true, resource_output: false, typed_dict: false };
        let mut args = self.class(&args_name, None, &res.input_properties, args_kind);
        args.resource_args_of = Some(name.clone());
        let has_state = !res.is_provider && !res.is_component && !state_props.is_empty();
        let state = has_state.then(|| {
            let mut c = self.class(&format!("_{name}State"), None, state_props, args_kind);
            c.resource_state_of = Some(name.clone());
            c
        });

        let inputs = self.bind(&res.input_properties, true);
        let mut init_params = Vec::new();
        let mut init_param_docs = Vec::new();
        let mut assigns = Vec::new();
        for b in &inputs {
            let pname = init_param_name(&b.prop.name);
            let ty = self.annotate_prop(b.prop, &optional(&b.ty), Opts { input: true, accept_mapping: true, ..Default::default() });
            init_params.push(Param { name: pname.clone(), ty, default_none: true });
            init_param_docs.extend(self.param_doc(&pname, b, true));
            assigns.push(InputAssign {
                key_lit: double_quoted(&b.name),
                const_lit: b.prop.const_value.as_ref().and_then(literal),
                default: default_view(b.prop, b.ty.unwrapped()),
                required: b.prop.required,
                secret: b.prop.secret,
                as_json: res.is_provider && !is_string_type(&b.ty),
                pname,
            });
        }
        let input_names: BTreeSet<&str> = inputs.iter().map(|b| b.prop.name.as_str()).collect();
        let outputs = self.bind(&res.properties, false);

        let states = self.bind(state_props, true);
        let mut get_params = Vec::new();
        let mut get_param_docs = Vec::new();
        let mut get_assigns = Vec::new();
        for b in &states {
            let pname = init_param_name(&b.prop.name);
            if has_state {
                let ty = self.annotate_prop(b.prop, &optional(&b.ty), Opts { input: true, accept_mapping: true, ..Default::default() });
                get_params.push(Param { name: pname.clone(), ty, default_none: true });
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
        let methods = res.methods.iter().map(|m| self.method(&name, m)).collect();
        // kubernetes20 keeps deprecated resources silent, as Pulumi's compatibility mode does.
        let deprecation = res.deprecation_message.as_deref().filter(|_| !self.ann.local.kubernetes20());
        let resource = ResourceView {
            type_name: token_name(&res.token.name),
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
            deprecation: deprecation.map(str::to_string),
            description: res.description.as_deref().map(|d| description_lines(Some(&without_examples(d)))).unwrap_or_default(),
            all_optional: res.input_properties.iter().all(|p| !p.required),
            renamed_inputs: inputs
                .iter()
                .map(|b| (b.name.clone(), init_param_name(&b.prop.name)))
                .filter(|(key, param)| key != param)
                .map(|(key, param)| (double_quoted(&key), double_quoted(&param)))
                .collect(),
            init_params,
            init_param_docs,
            assigns,
            output_only_lits: outputs.iter().filter(|b| !input_names.contains(b.prop.name.as_str())).map(|b| double_quoted(&b.name)).collect(),
            alias_type_lits: res.aliases.iter().filter_map(|a| a.kind.as_deref()).map(double_quoted).collect(),
            secret_output_lits: outputs.iter().filter(|b| b.prop.secret).map(|b| double_quoted(&b.prop.name)).collect(),
            replace_on_change_lits: replace_paths(self.pkg, self.replacing_types, &res.properties).iter().map(|p| double_quoted(p)).collect(),
            get_params,
            get_param_docs,
            get_props_class: if has_state { format!("_{name}State") } else { args_name },
            get_assigns,
            props,
            methods,
            name,
        };
        ResourceViews { args, state, resource }
    }
}

/// A description without its `{{% examples %}}` section: docstrings carry no Hugo shortcodes.
pub fn without_examples(d: &str) -> String {
    match d.find("{{% examples %}}") {
        Some(i) => d[..i].trim_end().to_string(),
        None => d.to_string(),
    }
}

/// The object type a property holds directly or as the element of an array or map: the types
/// a `replaceOnChanges` path goes through.
fn path_object(ty: &Type) -> Option<(TypeId, &'static str)> {
    let (inner, suffix) = match ty {
        Type::Array(e) => (e.as_ref(), "[*]"),
        Type::Map(e) => (e.as_ref(), ".*"),
        t => (t, ""),
    };
    match inner {
        Type::Object(id) => Some((*id, suffix)),
        _ => None,
    }
}

/// The object types from which a `replaceOnChanges` property can be reached: the only ones
/// [`replace_paths`] needs to walk into (the walk takes every path, so walking types that
/// cannot yield one costs time exponential in the nesting of shared types, for nothing).
pub fn types_reaching_replacements(pkg: &Package) -> HashSet<TypeId> {
    let mut reverse: HashMap<TypeId, Vec<TypeId>> = HashMap::new();
    let mut found: Vec<TypeId> = Vec::new();
    for (i, def) in pkg.types.iter().enumerate() {
        let TypeDef::Object(o) = def else { continue };
        for p in &o.properties {
            if p.replace_on_changes {
                found.push(TypeId(i));
            }
            if let Some((to, _)) = path_object(&p.ty) {
                reverse.entry(to).or_default().push(TypeId(i));
            }
        }
    }
    let mut reaching: HashSet<TypeId> = found.iter().copied().collect();
    while let Some(id) = found.pop() {
        for from in reverse.get(&id).into_iter().flatten() {
            if reaching.insert(*from) {
                found.push(*from);
            }
        }
    }
    reaching
}

/// Property paths marked `replaceOnChanges`, through nested object types (`a.b`, `list[*].c`).
/// `reaching` is [`types_reaching_replacements`].
fn replace_paths(pkg: &Package, reaching: &HashSet<TypeId>, props: &[Property]) -> Vec<String> {
    fn walk(pkg: &Package, reaching: &HashSet<TypeId>, props: &[Property], prefix: &str, seen: &mut Vec<String>, out: &mut Vec<String>) {
        for p in by_name(props) {
            let path = if prefix.is_empty() { p.name.clone() } else { format!("{prefix}.{}", p.name) };
            if p.replace_on_changes {
                out.push(path.clone());
            }
            if let Some((id, suffix)) = path_object(&p.ty).filter(|(id, _)| reaching.contains(id)) {
                if let TypeDef::Object(o) = pkg.type_def(id) {
                    // A cyclic type is walked once per path.
                    if seen.contains(&o.token.full) {
                        continue;
                    }
                    seen.push(o.token.full.clone());
                    walk(pkg, reaching, &o.properties, &format!("{path}{suffix}"), seen, out);
                    seen.pop();
                }
            }
        }
    }
    let mut out = Vec::new();
    walk(pkg, reaching, props, "", &mut Vec::new(), &mut out);
    out
}

#[cfg(test)]
mod tests {
    use schemagen_schema::{Format, LoadOptions};

    use super::*;

    #[test]
    fn replace_paths_skip_types_that_lead_to_none() {
        // Forty levels of a type holding two properties of the next: every path is walked only
        // where a `replaceOnChanges` property lies below, so this returns at once.
        let depth = 40;
        let types: Vec<String> = (0..depth)
            .map(|i| {
                let next = format!(r##"{{"$ref": "#/types/p:index:T{}"}}"##, i + 1);
                let props = if i + 1 < depth { format!(r#""l{i}": {next}, "r{i}": {next}"#) } else { r#""leaf": {"type": "string"}"#.into() };
                format!(r#""p:index:T{i}": {{"type": "object", "properties": {{{props}}}}}"#)
            })
            .collect();
        let schema = format!(
            r##"{{"name": "p", "types": {{{}, "p:index:U": {{"type": "object", "properties": {{"k": {{"type": "string", "replaceOnChanges": true}}}}}}}},
              "resources": {{"p:index:R": {{"properties": {{"t": {{"$ref": "#/types/p:index:T0"}},
                "us": {{"type": "array", "items": {{"$ref": "#/types/p:index:U"}}}}, "n": {{"type": "string", "replaceOnChanges": true}}}}}}}}}}"##,
            types.join(",")
        );
        let pkg = schemagen_schema::parse(&schema, "p.json", Format::Json, &LoadOptions::default()).expect("schema").package;
        let reaching = types_reaching_replacements(&pkg);
        let started = std::time::Instant::now();
        assert_eq!(replace_paths(&pkg, &reaching, &pkg.resources[0].properties), ["n", "us[*].k"]);
        assert!(started.elapsed() < std::time::Duration::from_secs(5), "took {:?}", started.elapsed());
    }
}
