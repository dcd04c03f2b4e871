//! One resource's file: the resource struct, `New…`/`Get…`/`…Exists`, `…Args`/`…State` and
//! their wire structs, methods, and the resource's `Input`/`Output` families.

use askama::Template;
use serde_json::Value;

use schemagen_schema::{FunctionOutputs, Package, Property, Resource, Type};

use crate::model::Ty;

use super::defaults::{self, Site};
use super::fields::{self, Form};
use super::render::{self, Getter, ResourceFile, ToOutputs, XGetter};
use super::text;
use super::types::Scope;
use crate::names::go as names;
use crate::OutputError;

pub(crate) fn render(scope: &Scope, res: &Resource, name: &str) -> Result<String, OutputError> {
    let pkg = scope.own.pkg;
    let lower = names::unexported(name);
    // A provider comes as the model's SDK provider, with only its string-valued outputs.
    // The resource's methods are members of the struct its outputs are fields of.
    let method_names = scope.own.names.methods(&res.token.full);
    let outputs = fields::fields(&res.properties, "\t", name, method_names);
    let inputs = fields::fields(&res.input_properties, "\t", name, &[]);
    let state_props = res.state_inputs.as_ref().map(|s| s.properties.as_slice()).unwrap_or(&[]);
    let state = fields::fields(state_props, "\t", name, &[]);
    let optional_all = res.is_provider;

    let required: Vec<(String, String)> = inputs
        .iter()
        .filter(|f| f.prop.required && !f.prop.plain && f.prop.default.is_none() && f.prop.const_value.is_none())
        .filter(|_| !optional_all)
        .map(|f| (f.name.clone(), text::quote(&format!("invalid value for required argument '{}'", f.name))))
        .collect();
    let has_required = inputs.iter().any(|f| f.prop.required && !optional_all);
    let defaults = vec![defaults::statements(scope, &inputs, Site::Constructor, optional_all)];
    let secret_inputs: Vec<(String, String)> = inputs
        .iter()
        .filter(|f| f.prop.secret && !f.prop.plain)
        .map(|f| {
            let bound = scope.bind(f.prop, true, optional_all);
            let ty = if scope.generic { scope.generic_plain(&bound) } else { scope.input(&bound) };
            (f.name.clone(), ty)
        })
        .collect();
    let secret_outputs: Vec<String> =
        crate::model::secret_outputs(res).into_iter().map(text::quote).collect();
    // The model's paths: through nested types, in Pulumi's syntax (`triggers[*]`, `a.b`).
    let replace_on_changes: Vec<String> =
        scope.own.model.replace_paths(res)?.iter().map(|p| text::quote(p)).collect();
    let aliases: Vec<String> = crate::model::alias_types(res).into_iter().map(text::quote).collect();

    let getters = outputs
        .iter()
        .map(|f| Getter {
            doc: f.doc.replace("\n\t", "\n").trim_start_matches('\t').to_string(),
            name: f.name.clone(),
            field: f.name.clone(),
            ty: Form::Output.ty(scope, f.prop, optional_all),
        })
        .collect();
    // Only the generic variant writes these (a type named and not written would leave its
    // package imported and unused).
    let x_getters = outputs
        .iter()
        .filter(|_| scope.generic)
        .map(|f| {
            let bound = scope.bind(f.prop, false, optional_all);
            let ty = scope.generic_output(&bound);
            let mut elem = scope.plain(&bound);
            let asset = matches!(&bound, Ty::Optional(t) if matches!(**t, Ty::Asset | Ty::Archive));
            // Objects come by pointer in generic outputs (`GPtrOutput`, or `Output[*T]` where a
            // dependency declares no output type).
            if (ty.starts_with("pulumix.GPtrOutput") || scope.is_object(&bound) || asset) && !elem.starts_with('*') {
                elem.insert(0, '*');
            }
            XGetter::new(f, ty, elem)
        })
        .collect();
    let container = scope.own.layout.info.generate_resource_container_types && !res.is_provider && !scope.generic;
    let containers = if container {
        vec![
            ("Array".to_string(), "[]".to_string(), format!("{name}Args{{...}}")),
            ("Map".to_string(), "map[string]".to_string(), format!("\"key\": {name}Args{{...}}")),
        ]
    } else {
        Vec::new()
    };
    let mut registrations = Vec::new();
    if !scope.generic {
        registrations.push(format!("pulumi.RegisterInputType(reflect.TypeOf((*{name}Input)(nil)).Elem(), &{name}{{}})"));
    }
    for (c, _, _) in &containers {
        registrations.push(format!(
            "pulumi.RegisterInputType(reflect.TypeOf((*{name}{c}Input)(nil)).Elem(), {name}{c}{{}})"
        ));
    }
    registrations.push(format!("pulumi.RegisterOutputType({name}Output{{}})"));
    for (c, _, _) in &containers {
        registrations.push(format!("pulumi.RegisterOutputType({name}{c}Output{{}})"));
    }

    let mut to_outputs = ToOutputs::default();
    if scope.generic {
        to_outputs.output(name, name);
        scope.import("github.com/pulumi/pulumi/sdk/v3/go/pulumix", "");
    } else if scope.side_by_side() {
        to_outputs.input("i", &format!("*{name}"), &format!("*{name}"), name);
        to_outputs.output(name, &format!("*{name}"));
        for (c, prefix, _) in &containers {
            to_outputs.input("i", &format!("{name}{c}"), &format!("{prefix}*{name}"), &format!("{name}{c}"));
            to_outputs.output(&format!("{name}{c}"), &format!("{prefix}*{name}"));
        }
        scope.import("github.com/pulumi/pulumi/sdk/v3/go/pulumix", "");
    }
    let mut methods = Vec::new();
    for (m, mname) in res.methods.iter().zip(method_names) {
        methods.push(method(scope, pkg, name, mname, m.function, &mut registrations)?);
    }

    scope.import("context", "");
    scope.import("reflect", "");
    scope.import("github.com/pulumi/pulumi/sdk/v3/go/pulumi", "");
    scope.import(&scope.own.layout.internal_import(), "");
    if has_required {
        scope.import("errors", "");
    }
    // A resource's plain inputs keep their legacy plain types in the generic variant.
    let generic_input = |p: &Property| {
        let bound = scope.bind(p, true, optional_all);
        if p.plain {
            scope.plain(&bound)
        } else {
            scope.generic_input(&bound)
        }
    };
    let (fields_text, state_fields, args_fields) = if scope.generic {
        (
            fields::body_by(&outputs, true, true, &|p| scope.generic_output(&scope.bind(p, false, optional_all))),
            fields::body_by(&state, false, true, &|p| scope.generic_input(&scope.bind(p, true, true))),
            fields::body_by(&inputs, false, true, &generic_input),
        )
    } else {
        (
            fields::body(scope, &outputs, Form::Output, true, true, optional_all),
            fields::body(scope, &state, Form::Input, false, true, true),
            fields::body(scope, &inputs, Form::Input, false, true, optional_all),
        )
    };
    let file = ResourceFile {
        pkg_name: scope.here.name.clone(), internal: scope.internal(),
        imports: Vec::new(),
        doc: text::doc(res.description.as_deref(), res.deprecation_message.as_deref(), ""),
        name: name.to_string(),
        lower: lower.clone(),
        state_kind: if res.is_provider {
            "ProviderResourceState"
        } else if res.is_component {
            "ResourceState"
        } else {
            "CustomResourceState"
        },
        fields: fields_text,
        required: if has_required { required } else { Vec::new() },
        has_required,
        defaults,
        secret_inputs,
        secret_outputs,
        replace_on_changes,
        aliases,
        register: if res.is_component { "RegisterRemoteComponentResource" } else { "RegisterResource" },
        token: text::quote(&res.token.full),
        custom: !res.is_component && !res.is_provider,
        wire_state: fields::body(scope, &state, Form::Resolved, true, true, true),
        state_fields,
        wire_args: fields::body(scope, &inputs, Form::Resolved, true, true, optional_all),
        args_fields,
        methods,
        containers,
        getters,
        x_getters,
        generic: scope.generic,
        to_outputs: to_outputs.0,
        registrations,
    };
    let imports = render::import_groups(scope.take_imports());
    let file = ResourceFile { imports, ..file };
    file.render().map_err(|e| OutputError::Render(e.to_string()))
}

/// An enum member's value as Pulumi prints it: strings quoted, numbers as Go's `%v` prints them.
pub(crate) fn enum_literal(element: &Type, v: &Value) -> Option<String> {
    match (element, v) {
        (Type::String, Value::String(s)) => Some(text::quote(s)),
        (Type::Boolean, Value::Bool(b)) => Some(b.to_string()),
        (Type::Integer, Value::Number(n)) => n.as_i64().map(|i| i.to_string()),
        (Type::Number, Value::Number(n)) => n.as_f64().filter(|f| f.is_finite()).map(text::float_v),
        _ => None,
    }
}

/// A Go literal for a default value of a primitive (or enum) type.
pub(crate) fn literal(ty: &Ty, v: &Value) -> Option<String> {
    match (ty.unwrapped(), v) {
        (Ty::Str, Value::String(s)) => Some(text::quote(s)),
        (Ty::Bool, Value::Bool(b)) => Some(b.to_string()),
        (Ty::Int, Value::Number(n)) => n.as_i64().map(|i| i.to_string()),
        (Ty::Number, Value::Number(n)) => {
            let f = n.as_f64()?;
            f.is_finite().then(|| text::float_default(f))
        }
        (Ty::Enum { element, .. }, v) => literal(element, v),
        (Ty::Token(Some(underlying)), v) => literal(underlying, v),
        // A union's default is printed by the kind of its value.
        (Ty::Union { .. }, Value::String(_)) => literal(&Ty::Str, v),
        (Ty::Union { .. }, Value::Bool(_)) => literal(&Ty::Bool, v),
        (Ty::Union { .. }, Value::Number(_)) => literal(&Ty::Number, v),
        _ => None,
    }
}

fn method(
    scope: &Scope,
    pkg: &Package,
    res_name: &str,
    mname: &str,
    fid: schemagen_schema::FunctionId,
    registrations: &mut Vec<String>,
) -> Result<String, OutputError> {
    let f = pkg.function(fid);
    let prefix = format!("{res_name}{mname}");
    // The `__self__` argument is the resource itself.
    let args: Vec<Property> = f
        .inputs
        .as_ref()
        .map(|i| i.properties.iter().filter(|p| p.name != "__self__").cloned().collect())
        .unwrap_or_default();
    let arg_fields = fields::fields(&args, "\t", &format!("{prefix}Args"), &[]);
    let result = match &f.outputs {
        FunctionOutputs::Object(o) => Some(fields::fields(&o.properties, "\t", &format!("{prefix}Result"), &[])),
        _ => None,
    };
    let view = render::MethodView {
        doc: text::doc(f.description.as_deref(), f.deprecation_message.as_deref(), ""),
        res: res_name.to_string(),
        name: mname.to_string(),
        prefix: prefix.clone(),
        lower_prefix: names::unexported(&prefix),
        token: text::quote(&f.token.full),
        has_args: !args.is_empty(),
        wire_args: fields::body(scope, &arg_fields, Form::Resolved, true, false, false),
        args_fields: fields::body(scope, &arg_fields, Form::Input, false, false, false),
        result: result.as_ref().map(|r| fields::body(scope, r, Form::Plain, true, true, false)),
        result_getters: result
            .as_ref()
            .map(|r| {
                r.iter()
                    .map(|fl| Getter {
                        doc: fl.doc.replace("\n\t", "\n").trim_start_matches('\t').to_string(),
                        name: fl.name.clone(),
                        field: fl.name.clone(),
                        ty: Form::Output.ty(scope, fl.prop, false),
                    })
                    .collect()
            })
            .unwrap_or_default(),
        result_plain: result
            .as_ref()
            .map(|r| r.iter().map(|fl| Form::Plain.ty(scope, fl.prop, false)).collect())
            .unwrap_or_default(),
    };
    if result.is_some() {
        registrations.push(format!("pulumi.RegisterOutputType({prefix}ResultOutput{{}})"));
    }
    view.render().map_err(|e| OutputError::Render(e.to_string()))
}
