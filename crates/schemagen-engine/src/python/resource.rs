//! A resource module's views: the args class, the state class, the resource class and its methods.

use std::collections::{BTreeSet, HashMap, HashSet};

use schemagen_schema::{Package, Property, Resource, Type, TypeDef, TypeId};

use super::annotate::Opts;
use super::classes::{is_string_type, ClassKind};
use super::escape::{double_quoted, literal};
use super::module::{by_name, default_view, deprecation_text, description_lines, optional, ModuleBuilder};
use super::types::PyType;
use super::view::{ClassView, InputAssign, Param, ResourceView};
use crate::names::python::{init_param_name, py_class_name, token_name};
use crate::output::OutputError;

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
    pub fn resource(&mut self, res: &'a Resource, args_name: String) -> Result<ResourceViews, OutputError> {
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
            deprecation: deprecation.map(deprecation_text),
            description: res.description.as_deref().map(|d| description_lines(Some(&docstring_text(d)))).unwrap_or_default(),
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
            replace_on_change_lits: replace_paths(self.pkg, self.replacing_types, res)?.iter().map(|p| double_quoted(p)).collect(),
            get_params,
            get_param_docs,
            get_props_class: if has_state { format!("_{name}State") } else { args_name },
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

/// The most `replaceOnChanges` paths one resource may list. The list takes every path through
/// nested types, so types shared at several depths multiply it; no real schema comes near this.
const MAX_REPLACE_PATHS: usize = 10_000;
/// The most text the list of one resource may hold: deep nesting makes long paths.
const MAX_REPLACE_TEXT: usize = 4 << 20;
/// The most properties the walk for one resource may look at before giving up: with every
/// type on a path to a `replaceOnChanges` property, a walk this long lists thousands of paths,
/// but cycles can make a walk long whose paths all end before reaching one.
const MAX_REPLACE_WALK: usize = 1_000_000;

/// Property paths marked `replaceOnChanges`, through nested object types (`a.b`, `list[*].c`).
/// `reaching` is [`types_reaching_replacements`]. A cyclic type is walked once per path.
fn replace_paths(pkg: &Package, reaching: &HashSet<TypeId>, res: &Resource) -> Result<Vec<String>, OutputError> {
    let mut walk = ReplaceWalk { pkg, reaching, on_path: vec![false; pkg.types.len()], path: String::new(), out: Vec::new(), text: 0, steps: 0 };
    walk.props(&res.properties).map_err(|limit| {
        OutputError::TooLarge(format!(
            "resource `{}`: its `replaceOnChanges` property paths through nested types {limit}",
            res.token.full
        ))
    })?;
    Ok(walk.out)
}

struct ReplaceWalk<'p> {
    pkg: &'p Package,
    reaching: &'p HashSet<TypeId>,
    on_path: Vec<bool>,
    /// The current property path, extended and cut back in place.
    path: String,
    out: Vec<String>,
    /// The bytes of `out`.
    text: usize,
    steps: usize,
}

impl ReplaceWalk<'_> {
    /// Lists the paths below `props`; `Err` says which limit the list ran into.
    fn props(&mut self, props: &[Property]) -> Result<(), String> {
        self.steps += props.len();
        if self.steps > MAX_REPLACE_WALK {
            return Err(format!("take more than {MAX_REPLACE_WALK} steps to list"));
        }
        for p in by_name(props) {
            let prefix_len = self.path.len();
            if prefix_len > 0 {
                self.path.push('.');
            }
            self.path.push_str(&p.name);
            if p.replace_on_changes {
                if self.out.len() == MAX_REPLACE_PATHS {
                    return Err(format!("number more than {MAX_REPLACE_PATHS}"));
                }
                self.text += self.path.len();
                if self.text > MAX_REPLACE_TEXT {
                    return Err(format!("hold more than {MAX_REPLACE_TEXT} bytes"));
                }
                self.out.push(self.path.clone());
            }
            if let Some((id, suffix)) = path_object(&p.ty).filter(|(id, _)| self.reaching.contains(id) && !self.on_path[id.0]) {
                if let TypeDef::Object(o) = self.pkg.type_def(id) {
                    self.path.push_str(suffix);
                    self.on_path[id.0] = true;
                    let walked = self.props(&o.properties);
                    self.on_path[id.0] = false;
                    walked?;
                }
            }
            self.path.truncate(prefix_len);
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use schemagen_schema::{Format, LoadOptions};

    use super::*;

    #[test]
    fn replace_paths_skip_types_that_lead_to_none() {
        // Forty levels of a type holding two properties of the next: every path is walked only
        // where a `replaceOnChanges` property lies below, so this returns at once.
        let types = crate::test_schemas::doubling_chain(40, r#""leaf": {"type": "string"}"#);
        let schema = format!(
            r##"{{"name": "p", "types": {{{types}, "p:index:U": {{"type": "object", "properties": {{"k": {{"type": "string", "replaceOnChanges": true}}}}}}}},
              "resources": {{"p:index:R": {{"properties": {{"t": {{"$ref": "#/types/p:index:T0"}},
                "us": {{"type": "array", "items": {{"$ref": "#/types/p:index:U"}}}}, "n": {{"type": "string", "replaceOnChanges": true}}}}}}}}}}"##
        );
        let pkg = schemagen_schema::parse(&schema, "p.json", Format::Json, &LoadOptions::default()).expect("schema").package;
        let reaching = types_reaching_replacements(&pkg);
        let started = std::time::Instant::now();
        assert_eq!(replace_paths(&pkg, &reaching, &pkg.resources[0]).expect("paths"), ["n", "us[*].k"]);
        assert!(started.elapsed() < std::time::Duration::from_secs(30), "took {:?}", started.elapsed());
    }

    fn chain_schema(depth: usize, leaf: &str) -> Package {
        let types = crate::test_schemas::doubling_chain(depth, leaf);
        let schema = format!(
            r##"{{"name": "p", "types": {{{types}}}, "resources": {{"p:index:R": {{"properties": {{"t": {{"$ref": "#/types/p:index:T0"}}}}}}}}}}"##
        );
        schemagen_schema::parse(&schema, "p.json", Format::Json, &LoadOptions::default()).expect("schema").package
    }

    #[test]
    fn replace_paths_stop_at_the_limit_on_shared_types() {
        // Forty levels of a type holding two properties of the next, above a `replaceOnChanges`
        // leaf: 2^39 paths. The walk stops with an error once the list passes the limit.
        let pkg = chain_schema(40, r#""k": {"type": "string", "replaceOnChanges": true}"#);
        let started = std::time::Instant::now();
        let err = replace_paths(&pkg, &types_reaching_replacements(&pkg), &pkg.resources[0]).expect_err("too many paths");
        assert!(started.elapsed() < std::time::Duration::from_secs(30), "took {:?}", started.elapsed());
        let message = err.to_string();
        assert!(message.contains("p:index:R") && message.contains("10000"), "{message}");
        // Below the limit the list is complete: 2^13 paths.
        let pkg = chain_schema(14, r#""k": {"type": "string", "replaceOnChanges": true}"#);
        assert_eq!(replace_paths(&pkg, &types_reaching_replacements(&pkg), &pkg.resources[0]).expect("paths").len(), 1 << 13);
    }

    #[test]
    fn replace_paths_stop_at_the_limit_in_tangled_cycles() {
        // Thirty types each holding eight others: every type leads to the `replaceOnChanges`
        // property, but the walk would take every simple path through the tangle.
        let count = 30;
        let types: Vec<String> = (0..count)
            .map(|i| {
                let refs: Vec<String> =
                    (1..=8).map(|k| format!(r##""to{k}": {{"$ref": "#/types/p:index:T{}"}}"##, (i * 11 + k * 7) % count)).collect();
                let own = if i == 0 { r#""k": {"type": "string", "replaceOnChanges": true}, "#.to_string() } else { String::new() };
                format!(r#""p:index:T{i}": {{"type": "object", "properties": {{{own}{}}}}}"#, refs.join(","))
            })
            .collect();
        let schema = format!(
            r##"{{"name": "p", "types": {{{}}}, "resources": {{"p:index:R": {{"properties": {{"t": {{"$ref": "#/types/p:index:T5"}}}}}}}}}}"##,
            types.join(",")
        );
        let pkg = schemagen_schema::parse(&schema, "p.json", Format::Json, &LoadOptions::default()).expect("schema").package;
        let started = std::time::Instant::now();
        let err = replace_paths(&pkg, &types_reaching_replacements(&pkg), &pkg.resources[0]).expect_err("too large");
        assert!(started.elapsed() < std::time::Duration::from_secs(30), "took {:?}", started.elapsed());
        assert!(err.to_string().contains("p:index:R"), "{err}");
    }
}
