//! One function's file: the plain form (`ctx.Invoke`) and the `…Output` form
//! (`ctx.InvokeOutput`), their args and result structs.

use askama::Template;

use schemagen_schema::{Function, FunctionOutputs};

use super::fields::{self, Form};
use crate::model::Ty;
use super::defaults;
use super::render::{self, FnView, FunctionFile, Getter, XGetter};
use super::text;
use super::types::Scope;
use crate::OutputError;

pub(crate) fn render(scope: &Scope, f: &Function, name: &str, generics: bool) -> Result<String, OutputError> {
    let inputs = f.inputs.as_ref().map(|i| fields::fields(&i.properties, "\t", &format!("{name}Args"), &[]));
    let result = match &f.outputs {
        FunctionOutputs::Object(o) if !o.properties.is_empty() => {
            Some(fields::fields(&o.properties, "\t", &format!("{name}Result"), &[]))
        }
        _ => None,
    };
    // Only the generic variant resolves its args by hand (and a type named here and not
    // written would leave its package imported and unused).
    let x_resolved: Vec<(String, String)> = inputs
        .as_ref()
        .filter(|_| scope.generic)
        .map(|i| i.iter().map(|fl| (fl.name.clone(), Form::Plain.ty(scope, fl.prop, false))).collect())
        .unwrap_or_default();
    let resolved_rows: Vec<text::Row> = x_resolved
        .iter()
        .enumerate()
        .map(|(i, (field, ty))| text::Row::Cells(vec![format!("{field}:"), format!("resolvedArgs[{i}].({ty}),")]))
        .collect();
    let view = FnView {
        doc: text::doc(f.description.as_deref(), f.deprecation_message.as_deref(), ""),
        name: name.to_string(),
        token: text::quote(&f.token.full),
        args: inputs.as_ref().map(|_| format!("{name}Args")),
        // The `…OutputArgs` (written beside a result) resolves into the args struct.
        args_fields: inputs
            .as_ref()
            .map(|i| fields::body(scope, i, if result.is_some() { Form::Resolved } else { Form::Plain }, true, true, false))
            .unwrap_or_default(),
        output_args_fields: inputs.as_ref().map(|i| fields::body(scope, i, Form::Input, true, true, false)).unwrap_or_default(),
        args_defaults: defaults::method_body(scope, inputs.as_deref().unwrap_or_default(), false),
        result: result.as_ref().map(|_| format!("{name}Result")),
        result_fields: result.as_ref().map(|r| fields::body(scope, r, Form::Plain, true, true, false)).unwrap_or_default(),
        result_getters: result
            .as_ref()
            .map(|r| {
                r.iter()
                    .map(|fl| Getter {
                        doc: fl.doc.trim_start_matches('\t').replace("\n\t", "\n"),
                        name: fl.name.clone(),
                        field: fl.name.clone(),
                        ty: Form::Output.ty(scope, fl.prop, false),
                    })
                    .collect()
            })
            .unwrap_or_default(),
        result_plain: result.as_ref().map(|r| r.iter().map(|fl| Form::Plain.ty(scope, fl.prop, false)).collect()).unwrap_or_default(),
        result_defaults: defaults::method_body(scope, result.as_deref().unwrap_or_default(), false),
        output_form: result.is_some(),
        generics,
        generic: scope.generic,
        // Only the generic variant writes these (a type named and not written would leave its
        // package imported and unused).
        x_output_args_fields: inputs
            .as_ref()
            .filter(|_| scope.generic)
            .map(|i| {
                fields::body_by(i, true, true, &|p| scope.generic_arg(&scope.bind(p, true, false)))
            })
            .unwrap_or_default(),
        x_resolved_fields: text::align(&resolved_rows, "\t\t\t"),
        x_resolved,
        x_getters: result
            .as_ref()
            .filter(|_| scope.generic)
            .map(|r| {
                r.iter()
                    .map(|fl| {
                        let bound = scope.bind(fl.prop, false, false);
                        let ty = scope.generic_output(&bound);
                        let mut getter = XGetter::new(fl, ty, Form::Plain.ty(scope, fl.prop, false));
                        // An `Output[*T]` (of a dependency's object) reads a required field's
                        // address.
                        if !getter.cast && scope.is_object(&bound) && !matches!(bound, Ty::Optional(_)) {
                            getter.elem.insert(0, '*');
                            getter.addr = true;
                        }
                        getter
                    })
                    .collect()
            })
            .unwrap_or_default(),
    };
    scope.import("github.com/pulumi/pulumi/sdk/v3/go/pulumi", "");
    scope.import(&scope.own.layout.internal_import(), "");
    if view.output_form {
        scope.import("context", "");
        scope.import("reflect", "");
        if generics || scope.generic {
            scope.import("github.com/pulumi/pulumi/sdk/v3/go/pulumix", "");
        }
    }
    let file = FunctionFile { pkg_name: scope.here.name.clone(), internal: scope.internal(), imports: render::import_groups(scope.take_imports()), f: view };
    file.render().map_err(|e| OutputError::Render(e.to_string()))
}
