//! A resource's file: its class (custom, component or provider), `*Args` and `*State`
//! interfaces, and its methods with their argument and result types.

use schemagen_schema::{FunctionId, FunctionOutputs, Property, Resource, Type, TypeDef};

use super::escape::{doc_comment, string_literal, value_literal};
use super::render::*;
use super::view::Printer;
use super::Gen;
use crate::model::{self, Binder, Ty};
use crate::names::nodejs::{self as names, ResourceNames};
use crate::OutputError;

/// How an interface's members are bound and printed: in the input shape, for inputs (`inputs.`
/// rather than `outputs.` types), read-only.
#[derive(Debug, Clone, Copy)]
pub(super) struct Members {
    pub input_shape: bool,
    pub input: bool,
    pub readonly: bool,
}

impl Gen<'_> {
    /// An interface over `props`, its members as `members` says.
    pub(super) fn interface(&self, printer: &Printer<'_, '_>, name: String, doc: Option<&str>, props: &[&Property], members: Members) -> Interface {
        let Members { input_shape, input, readonly } = members;
        let binder = Binder::new(self.pkg);
        let members = props
            .iter()
            .map(|p| {
                let ty = binder.property(p, input_shape);
                let (ty, optional) = printer.prop_member(&ty, p, input);
                Member {
                    doc: doc_comment(p.description.as_deref(), p.deprecation_message.as_deref(), "    "),
                    key: names::member_key(&p.name),
                    optional,
                    readonly,
                    ty,
                }
            })
            .collect();
        Interface { doc: doc_comment(doc, None, ""), name, members }
    }

    /// The file of resource `res`, whose class is `name`.
    pub(super) fn resource_file(&self, res: &Resource, res_names: &ResourceNames, module: &str) -> Result<String, OutputError> {
        let name = res_names.class.as_str();
        let binder = Binder::new(self.pkg);
        let k8s = self.naming.compat("kubernetes20");

        let mut imports = super::view::Imports::default();
        let skip = Some(res.token.full.as_str());
        for p in res.properties.iter().chain(&res.input_properties) {
            imports.add(self.pkg, &self.naming, &binder.property(p, false), skip);
        }
        for m in &res.methods {
            let f = self.pkg.function(m.function);
            if let Some(ins) = &f.inputs {
                for p in ins.properties.iter().filter(|p| p.name != "__self__") {
                    imports.add(self.pkg, &self.naming, &binder.property(p, false), skip);
                }
            }
            match &f.outputs {
                FunctionOutputs::Object(o) => {
                    for p in &o.properties {
                        imports.add(self.pkg, &self.naming, &binder.property(p, false), skip);
                    }
                }
                FunctionOutputs::Type { ty, plain: true } => imports.add(self.pkg, &self.naming, &binder.bare(ty), skip),
                _ => {}
            }
        }

        let class_aliases = imports.aliases(&self.naming, module, &[name, &res_names.args, &res_names.state]);
        let unaliased = self.printer();
        let printer = unaliased.with_aliases(&class_aliases);

        let (base, opts_type) = if res.is_component {
            ("ComponentResource", "ComponentResourceOptions")
        } else if res.is_provider {
            ("ProviderResource", "ResourceOptions")
        } else {
            ("CustomResource", "CustomResourceOptions")
        };
        let type_token = if res.is_provider { self.pkg.name.clone() } else { res.token.full.clone() };
        let warn = res.deprecation_message.as_ref().filter(|_| !k8s).map(|d| string_literal(&format!("{name} is deprecated: {d}")));

        // A provider's outputs reach programs as strings only (the rest travels as JSON).
        let properties = res
            .properties
            .iter()
            .filter(|p| !res.is_provider || is_string_type(self.pkg, &p.ty))
            .map(|p| {
                let mut ty = binder.property(p, false);
                if k8s {
                    if let Ty::Optional(inner) = ty {
                        ty = *inner;
                    }
                }
                // The base class declares these, and the runtime fills them with the engine's
                // own values: a redeclaration must keep the base type to stay assignable.
                let ty = match p.name.as_str() {
                    "urn" => "pulumi.Output<pulumi.URN>".to_string(),
                    "id" if !res.is_component => "pulumi.Output<pulumi.ID>".to_string(),
                    // `OutputInstance` (what `Output` is without the lifted properties) where
                    // lifting would need the class's own type.
                    _ if self.output_cycles.leads_back(self.pkg, &res.token.full, &ty) => format!("pulumi.OutputInstance<{}>", printer.prop_ts(&ty, p, false)),
                    _ => format!("pulumi.Output<{}>", printer.prop_ts(&ty, p, false)),
                };
                Member {
                    doc: doc_comment(p.description.as_deref(), p.deprecation_message.as_deref(), "    "),
                    key: names::class_field_key(&p.name),
                    optional: false,
                    readonly: true,
                    ty,
                }
            })
            .collect();

        let args_optional = k8s || res.input_properties.iter().all(|p| !p.required);
        let required = res
            .input_properties
            .iter()
            .filter(|p| p.required)
            .map(|p| Required {
                access: names::access("args", &p.name, true),
                message: string_literal(&format!("Missing required property '{}'", p.name)),
            })
            .collect();
        let inputs = res.input_properties.iter().map(|p| Assign { key: string_literal(&p.name), expr: self.input_expr(res, p) }).collect();
        let is_input = |n: &str| res.input_properties.iter().any(|p| p.name == n);
        let outputs_only = res.properties.iter().filter(|p| !is_input(&p.name)).map(|p| string_literal(&p.name)).collect();
        let all_outputs = res.properties.iter().map(|p| string_literal(&p.name)).collect();
        // Looked up by ID, every output comes from the state given, where it has the property.
        let state_inputs = match &res.state_inputs {
            None => Vec::new(),
            Some(s) => {
                let in_state = |n: &str| s.properties.iter().any(|p| p.name == n);
                let from_state = |n: &str| if in_state(n) { names::access("state", n, true) } else { "undefined".into() };
                let mut v: Vec<Assign> = res.properties.iter().map(|p| Assign { key: string_literal(&p.name), expr: from_state(&p.name) }).collect();
                let extra = s.properties.iter().filter(|p| res.output(&p.name).is_none());
                v.extend(extra.map(|p| Assign { key: string_literal(&p.name), expr: from_state(&p.name) }));
                v
            }
        };

        let aliases = model::alias_types(res);
        let aliases = (!aliases.is_empty())
            .then(|| format!("[{}]", aliases.iter().map(|a| format!("{{ type: {} }}", string_literal(a))).collect::<Vec<_>>().join(", ")));
        let list = |v: Vec<String>| (!v.is_empty()).then(|| format!("[{}]", v.iter().map(|s| string_literal(s)).collect::<Vec<_>>().join(", ")));
        let secrets = list(res.properties.iter().filter(|p| p.secret).map(|p| p.name.clone()).collect());
        let replace_on_changes = list(self.model.replace_paths(res)?);

        let mut methods = Vec::new();
        let mut method_types = Vec::new();
        for m in &res.methods {
            let (view, types) = self.method(&printer, name, &m.name, m.function);
            if let Some(v) = view {
                methods.push(v);
            }
            method_types.extend(types);
        }

        let state_name = res.state_inputs.as_ref().map(|_| res_names.state.clone());
        let state = res.state_inputs.as_ref().map(|s| {
            let props: Vec<&Property> = s.properties.iter().collect();
            self.interface(&printer, res_names.state.clone(), s.description.as_deref().or(Some(&format!("Input properties used for looking up and filtering {name} resources."))), &props, Members { input_shape: true, input: true, readonly: false })
        });
        let args_name = res_names.args.clone();
        let input_props: Vec<&Property> = res.input_properties.iter().collect();
        let args = self.interface(&printer, args_name.clone(), Some(&format!("The set of arguments for constructing a {name} resource.")), &input_props, Members { input_shape: true, input: true, readonly: false });

        let view = ResourceView {
            doc: doc_comment(res.description.as_deref(), res.deprecation_message.as_deref(), ""),
            name: name.to_string(),
            base,
            opts_type,
            is_custom: !res.is_component && !res.is_provider,
            is_provider: res.is_provider,
            is_component: res.is_component,
            type_token: string_literal(&type_token),
            deprecation_warning: warn,
            deprecated: res.deprecation_message.as_ref().map(|d| super::escape::doc_lines(d).join(" ")),
            properties,
            args_name,
            args_optional,
            state_name,
            required,
            inputs,
            outputs_only,
            state_inputs,
            all_outputs,
            aliases,
            secrets,
            replace_on_changes,
            methods,
        };
        let file = ResourceFile {
            imports: imports.lines(&self.naming, module, self.contains_enums, true, &class_aliases),
            res: view,
            state,
            args,
            method_types,
        };
        render(&file)
    }

    /// What the constructor stores for an input: the argument, made secret, defaulted, filled
    /// with its type's defaults, or (on a provider) serialized to JSON.
    fn input_expr(&self, res: &Resource, p: &Property) -> String {
        if let Some(c) = p.const_value.as_deref().and_then(value_literal) {
            return c;
        }
        let access = names::access("args", &p.name, false);
        let mut value = access.clone();
        if let Some(f) = self.defaults_helper(p, true, true) {
            value = if p.plain {
                format!("{f}({access})")
            } else if p.required {
                format!("pulumi.output({access}).apply({f})")
            } else {
                format!("pulumi.output({access}).apply(v => v === undefined ? undefined : {f}(v))")
            };
        }
        let mut arg = if p.secret {
            format!("{} ? pulumi.secret({value}) : undefined", names::access("args", &p.name, true))
        } else if value == access {
            names::access("args", &p.name, true)
        } else {
            format!("args ? {value} : undefined")
        };
        if let Some(dv) = self.default_value(p) {
            arg = format!("({arg}) ?? {dv}");
        }
        if res.is_provider && !is_string_type(self.pkg, &p.ty) {
            arg = format!("pulumi.output({arg}).apply(JSON.stringify)");
        }
        arg
    }

    /// The default of a property: its value, or the first set environment variable, or both
    /// (`(utilities.getEnv("A") || "x")`).
    pub(super) fn default_value(&self, p: &Property) -> Option<String> {
        let fb = model::fallback(p)?;
        let mut val = fb.value.and_then(value_literal);
        if !fb.environment.is_empty() {
            let prim = primitive(&p.ty);
            let get = match prim {
                Some(Type::Boolean) => "Boolean",
                Some(Type::Integer | Type::Number) => "Number",
                _ => "",
            };
            let cast = if get.is_empty() && prim != Some(&Type::String) { "<any>" } else { "" };
            let vars = fb.environment.iter().map(|e| string_literal(e)).collect::<Vec<_>>().join(", ");
            let env = format!("{cast}utilities.getEnv{get}({vars})");
            val = Some(match val {
                Some(v) => format!("({env} || {v})"),
                None => env,
            });
        }
        val
    }

    /// The `…ProvideDefaults` helper a property's object type has in the namespace `input` picks,
    /// for the shape its value has (`inputs.fooArgsProvideDefaults` for an input-shaped one,
    /// `inputs.fooProvideDefaults` for a plain one).
    pub(super) fn defaults_helper(&self, p: &Property, input_shape: bool, input: bool) -> Option<String> {
        let Type::Object(id) = &p.ty else { return None };
        if !self.model.has_defaults(&p.ty) {
            return None;
        }
        let ty = Ty::Object { named: crate::model::Named { owner: crate::model::Owner::Local, token: self.pkg.type_def(*id).token().full.clone(), module: self.pkg.type_def(*id).token().module.clone(), name: self.pkg.type_def(*id).token().name.clone() }, input_shape };
        let printed = self.printer().ts(&ty, input).print();
        let (path, last) = printed.rsplit_once('.').unwrap_or(("", &printed));
        Some(if path.is_empty() { names::provide_defaults(last) } else { format!("{path}.{}", names::provide_defaults(last)) })
    }

    /// A method's view (`None` when Pulumi writes no method for it) and its argument and
    /// result interfaces.
    fn method(&self, printer: &Printer<'_, '_>, class: &str, method: &str, id: FunctionId) -> (Option<MethodView>, Vec<Interface>) {
        let f = self.pkg.function(id);
        let Some(method_names) = self.naming.names.method(id) else { return (None, Vec::new()) };
        let mut types = Vec::new();
        let args: Vec<&Property> = f.inputs.iter().flat_map(|i| &i.properties).filter(|p| p.name != "__self__").collect();
        let args_optional = args.iter().all(|p| !p.required);
        if !args.is_empty() {
            let doc = f.inputs.as_ref().and_then(|i| i.description.clone()).unwrap_or_else(|| format!("The set of arguments for the {class}.{method} method."));
            types.push(self.interface(printer, method_names.args.clone(), Some(&doc), &args, Members { input_shape: true, input: true, readonly: false }));
        }
        let (returns, plain, tail, object) = match &f.outputs {
            FunctionOutputs::None => ("void".to_string(), false, String::new(), false),
            FunctionOutputs::Object(o) => {
                let doc = f.inputs.as_ref().and_then(|i| i.description.clone()).unwrap_or_else(|| format!("The results of the {class}.{method} method."));
                let props: Vec<&Property> = o.properties.iter().collect();
                types.push(self.interface(printer, method_names.result.clone(), Some(&doc), &props, Members { input_shape: false, input: false, readonly: true }));
                (format!("pulumi.Output<{class}.{}>", method_names.result), false, String::new(), true)
            }
            FunctionOutputs::Type { ty, plain: true } => {
                let printed = printer.ts(&Binder::new(self.pkg).bare(ty), false).print();
                (format!("Promise<{printed}>"), true, ", {property: \"res\"}".to_string(), false)
            }
            FunctionOutputs::Type { .. } => return (None, types),
        };
        let _ = object;
        let mut wire = Vec::new();
        for p in f.inputs.iter().flat_map(|i| &i.properties) {
            let expr = if p.name == "__self__" { "this".to_string() } else { names::access("args", &p.name, false) };
            wire.push(Assign { key: string_literal(&p.name), expr });
        }
        let view = MethodView {
            doc: doc_comment(f.description.as_deref(), f.deprecation_message.as_deref(), "    "),
            name: method_names.method.clone(),
            params: if args.is_empty() { String::new() } else { format!("args{}: {class}.{}", if args_optional { "?" } else { "" }, method_names.args) },
            returns,
            deprecation_warning: f.deprecation_message.as_ref().map(|d| string_literal(&format!("{class}.{method} is deprecated: {d}"))),
            args_default: (!args.is_empty() && args_optional).then(|| format!("{class}.{}", method_names.args)),
            plain,
            token: string_literal(&f.token.full),
            wire,
            call_tail: tail,
        };
        (Some(view), types)
    }
}

/// The primitive under a property's type (through named tokens).
fn primitive(ty: &Type) -> Option<&Type> {
    match ty {
        Type::Boolean | Type::Integer | Type::Number | Type::String => Some(ty),
        Type::Token { underlying, .. } => primitive(underlying),
        _ => None,
    }
}

/// Whether a provider input is sent as is (strings) rather than as JSON.
fn is_string_type(pkg: &schemagen_schema::Package, ty: &Type) -> bool {
    match ty {
        Type::String => true,
        Type::Token { underlying, .. } => is_string_type(pkg, underlying),
        Type::Enum(id) => matches!(pkg.type_def(*id), TypeDef::Enum(e) if e.element == Type::String),
        Type::Union(u) => u.elements.last().is_some_and(|e| match e {
            Type::Enum(id) => matches!(pkg.type_def(*id), TypeDef::Enum(en) if en.element == Type::String),
            other => *other == Type::String,
        }),
        _ => false,
    }
}
