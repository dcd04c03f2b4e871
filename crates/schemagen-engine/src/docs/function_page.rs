//! A function's page: signatures, arguments, result, supporting types.

use schemagen_schema::{Function, FunctionOutputs, Property};

use super::context::{format_title_text, DocsContext};
use super::lang::Lang;
use super::links;
use super::model::DocType;
use super::properties::{all_languages, nested_types, schema_sorted};
use super::types::{PropType, TypePrinter};
use super::view::{FunctionNames, FunctionPage, Header, Param, ResourceTypes, Signatures};
use super::TOOL;

/// The function pages hard-coded the v2 Go SDK for `Context` and `InvokeOption`.
const GO_CONTEXT: &str = "https://pkg.go.dev/github.com/pulumi/pulumi/sdk/v2/go/pulumi?tab=doc#Context";
const GO_INVOKE_OPTION: &str = "https://pkg.go.dev/github.com/pulumi/pulumi/sdk/v2/go/pulumi?tab=doc#InvokeOption";

/// Function signatures carry no per-parameter comments.
fn param(name: &str, flag: &str, default: &str, ty: PropType) -> Param {
    Param::new(name, flag, default, ty, "")
}

pub fn build(ctx: &DocsContext<'_>, f: &Function) -> FunctionPage {
    let module = f.token.module.as_str();
    let printer = TypePrinter { ctx, module };
    let title = ctx.function_page(f).title.clone();

    let node = ctx.nodejs_function(f);
    let names = FunctionNames {
        nodejs: node.docs.clone(),
        python: ctx.python_function_name(f),
        go: ctx.go_function_name(f),
        csharp: ctx.csharp_function(f),
    };

    let inputs: Option<Vec<&Property>> = f.inputs.as_ref().map(|i| schema_sorted(&i.properties));
    // Only object results existed in 2020: the 2020 binder read any `outputs` as an object, so
    // a plain return type is a result with no properties (four empty lists on the page).
    let outputs: Option<Vec<&Property>> = match &f.outputs {
        FunctionOutputs::Object(o) => Some(schema_sorted(&o.properties)),
        FunctionOutputs::Type { .. } => Some(Vec::new()),
        FunctionOutputs::None => None,
    };

    let roots: Vec<(&Property, bool)> = inputs
        .iter()
        .flatten()
        .map(|p| (*p, true))
        .chain(outputs.iter().flatten().map(|p| (*p, false)))
        .collect();

    FunctionPage {
        header: Header::new(false, title, module, format_title_text(&ctx.pkg.name), f.description.as_deref()),
        tool: TOOL,
        description: crate::markup::for_2020_page(f.description.as_deref().unwrap_or_default()).into_owned(),
        deprecation: f.deprecation_message.as_deref().filter(|m| !m.is_empty()).map(|m| crate::markup::resolve_spans(m, None).into_owned()),
        args: arguments(ctx, f, &names, &node.docs_args, inputs.as_deref()),
        result: result_types(ctx, f, &names, &node.docs_result),
        inputs: inputs.as_ref().map(|i| all_languages(&printer, i, true, false)),
        outputs: outputs.as_ref().map(|o| all_languages(&printer, o, false, false)).unwrap_or_default(),
        nested: nested_types(&printer, &roots, false),
        names,
    }
}

fn arguments(ctx: &DocsContext<'_>, f: &Function, names: &FunctionNames, node_args: &str, inputs: Option<&[&Property]>) -> Signatures {
    let module = f.token.module.as_str();
    let mut nodejs = Vec::new();
    let mut go = vec![param("ctx", "*", "", PropType::linked("Context", GO_CONTEXT))];
    let mut csharp = Vec::new();
    if inputs.is_some() {
        nodejs.push(param("args", "", "", PropType::linked(node_args, links::nodejs_resource_type(ctx, module, node_args))));
        let go_args = format!("{}Args", names.go);
        go.push(param("args", "", "", PropType::linked(&go_args, links::go_resource_type(ctx, module, &go_args))));
        let printer = TypePrinter { ctx, module };
        let cs_qualified = printer
            .property_type(&DocType::Object(&f.token), Lang::CSharp, true, false, false)
            .name
            .replace("Inputs.", "");
        let cs_args = format!("{}Args", names.csharp);
        csharp.push(param("args", "", "", PropType::linked(&cs_args, links::csharp_resource_type(ctx, &cs_qualified))));
    }
    nodejs.push(param("opts", "?", "", PropType::linked("InvokeOptions", links::nodejs_pulumi_type("InvokeOptions"))));
    go.push(param("opts", "...", "", PropType::linked("InvokeOption", GO_INVOKE_OPTION)));
    csharp.push(param(
        "opts",
        "?",
        " = null",
        PropType::linked("InvokeOptions", links::csharp_pulumi_type("Pulumi.InvokeOptions")),
    ));
    let python = inputs
        .into_iter()
        .flatten()
        .map(|p| param(&ctx.python_property_name(&p.name, false), "", "=None", PropType::default()))
        .chain(std::iter::once(param("opts", "", "=None", PropType::default())))
        .collect();
    Signatures { nodejs, python, go, csharp }
}

fn result_types(ctx: &DocsContext<'_>, f: &Function, names: &FunctionNames, node_result: &str) -> ResourceTypes {
    let module = f.token.module.as_str();
    let shown = |name: String, link: String| PropType { display: name.rsplit('.').next().unwrap_or(&name).to_string(), name, link };
    let go_result = format!("{}Result", names.go);
    let cs_result = format!("{}Result", names.csharp);
    let package = &ctx.csharp.package_in_results;
    let cs_qualified = if module.is_empty() {
        format!("Pulumi.{package}.{cs_result}")
    } else {
        format!("Pulumi.{package}.{}.{cs_result}", ctx.csharp_module(module).in_results)
    };
    ResourceTypes {
        nodejs: shown(node_result.to_string(), links::nodejs_resource_type(ctx, module, node_result)),
        go: shown(go_result.clone(), links::go_resource_type(ctx, module, &go_result)),
        csharp: shown(cs_qualified.clone(), links::csharp_resource_type(ctx, &cs_qualified)),
    }
}
