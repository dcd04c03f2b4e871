//! A resource's page: constructor, properties, look-up, supporting types.

use schemagen_schema::{Property, Resource, Token, Type};


use super::context::{format_title_text, DocsContext};
use super::kubernetes;
use super::lang::Lang;
use super::links;
use super::model::DocType;
use super::properties::{all_languages, nested_types, schema_sorted};
use super::types::{builtin_link, PropType, TypePrinter};
use super::view::{Header, Lookup, Param, ResourcePage, ResourceTypes, Signatures};
use super::{package_details, TOOL};

const NAME_COMMENT: &str = "The unique name of the resource.";
const ARGS_COMMENT: &str = "The arguments to resource properties.";
const OPTS_COMMENT: &str = "Bag of options to control resource's behavior.";

/// `string`, linked to the language's built-in type.
fn string_type(lang: Lang) -> PropType {
    PropType::linked("string", builtin_link(lang, "string"))
}

fn nodejs_options() -> PropType {
    PropType::linked("CustomResourceOptions", links::nodejs_pulumi_type("CustomResourceOptions"))
}

fn csharp_options() -> PropType {
    PropType::linked("CustomResourceOptions", links::csharp_pulumi_type("Pulumi.CustomResourceOptions"))
}

/// A type of the Go Pulumi SDK, linked.
fn go_pulumi(ctx: &DocsContext<'_>, name: &str) -> PropType {
    PropType::linked(name, links::go_pulumi_type(ctx, name))
}

/// `name=None`, the Python parameter form.
fn py_param(name: String) -> Param {
    Param::new(&name, "", "=None", PropType::default(), "")
}

pub fn build(ctx: &DocsContext<'_>, r: &Resource) -> ResourcePage {
    let module = ctx.resource_module(r);
    let printer = TypePrinter { ctx, module };
    let name = ctx.resource_page(r).title.clone();

    let inputs = schema_sorted(&r.input_properties);
    let mut outputs: Vec<&Property> = if r.is_provider {
        Vec::new()
    } else {
        schema_sorted(r.properties.iter().filter(|p| r.input(&p.name).is_none()))
    };
    let id = id_property();
    outputs.push(&id);

    let all_optional = r.input_properties.iter().all(|p| !p.required);

    let lookup = match &r.state_inputs {
        Some(state) if !r.is_provider => {
            let state_props = schema_sorted(&state.properties);
            Some(Lookup {
                params: lookup_params(ctx, module, &name, &state_props),
                state: all_languages(&printer, &state_props, true, false),
            })
        }
        _ => None,
    };

    let roots: Vec<(&Property, bool)> = r
        .properties
        .iter()
        .map(|p| (p, false))
        .chain(r.input_properties.iter().map(|p| (p, true)))
        .collect();

    ResourcePage {
        header: Header::new(true, name.clone(), module, format_title_text(&ctx.pkg.name), r.description.as_deref()),
        tool: TOOL,
        chooser: kubernetes::chooser(ctx.kubernetes, module),
        description: crate::markup::for_2020_page(r.description.as_deref().unwrap_or_default()).into_owned(),
        deprecation: r.deprecation_message.as_deref().filter(|m| !m.is_empty()).map(|m| crate::markup::resolve_spans(m, None).into_owned()),
        resource: resource_types(ctx, module, &name),
        constructor: constructor_params(ctx, r, module, &name, &inputs, all_optional),
        inputs: all_languages(&printer, &inputs, true, false),
        outputs: all_languages(&printer, &outputs, false, false),
        lookup,
        nested: nested_types(&printer, &roots, true),
        package: package_details(ctx, false),
    }
}

/// Every resource has an `id` output, which the pages list with the other outputs.
fn id_property() -> Property {
    Property {
        description: Some("The provider-assigned unique ID for this managed resource.".into()),
        required: true,
        ..Property::new("id", Type::String)
    }
}

/// The resource type in signatures, per language.
fn resource_types(ctx: &DocsContext<'_>, module: &str, name: &str) -> ResourceTypes {
    let pkg_title = &ctx.csharp.package;
    // Kubernetes' C# namespaces are keyed by Go package names.
    let cs_module = if ctx.kubernetes {
        ctx.lang_module(&ctx.lang_module(module, Lang::Go), Lang::CSharp)
    } else {
        ctx.lang_module(module, Lang::CSharp)
    };
    let qualified = if module.is_empty() {
        format!("Pulumi.{pkg_title}.{name}")
    } else {
        format!("Pulumi.{pkg_title}.{cs_module}.{name}")
    };
    let shown = |link: String| PropType { name: name.to_string(), display: name.to_string(), link };
    ResourceTypes {
        nodejs: shown(links::nodejs_resource_type(ctx, &ctx.lang_module(module, Lang::NodeJs), name)),
        go: shown(links::go_resource_type(ctx, &ctx.lang_module(module, Lang::Go), name)),
        csharp: PropType {
            name: name.to_string(),
            display: qualified.rsplit('.').next().unwrap_or(name).to_string(),
            link: links::csharp_resource_type(ctx, &qualified),
        },
    }
}

fn constructor_params(
    ctx: &DocsContext<'_>,
    r: &Resource,
    module: &str,
    name: &str,
    inputs: &[&Property],
    args_optional: bool,
) -> Signatures {
    let args = format!("{name}Args");
    let node_module = ctx.lang_module(module, Lang::NodeJs);
    let go_module = ctx.lang_module(module, Lang::Go);

    // The Kubernetes Node.js SDK named its args types after the resource, under `types/input`.
    let node_args = if ctx.kubernetes {
        PropType::linked(name, links::nodejs_input_output_type(ctx, name, true))
    } else {
        PropType::linked(&args, links::nodejs_resource_type(ctx, &node_module, &args))
    };
    let nodejs = vec![
        Param::new("name", "", "", string_type(Lang::NodeJs), NAME_COMMENT),
        Param::new("args", if args_optional { "?" } else { "" }, "", node_args, ARGS_COMMENT),
        Param::new("opts", "?", "", nodejs_options(), OPTS_COMMENT),
    ];

    let go = vec![
        Param::new("ctx", "*", "", go_pulumi(ctx, "Context"), "Context object for the current deployment."),
        Param::new("name", "", "", string_type(Lang::Go), NAME_COMMENT),
        Param::new(
            "args",
            if args_optional { "*" } else { "" },
            "",
            PropType::linked(&args, links::go_resource_type(ctx, &go_module, &args)),
            ARGS_COMMENT,
        ),
        Param::new("opts", "...", "", go_pulumi(ctx, "ResourceOption"), OPTS_COMMENT),
    ];

    // The C# args type is the resource's token printed as an input object type, moved out of
    // the `Inputs` namespace.
    let token = Token { module: module.to_string(), ..r.token.clone() };
    let printer = TypePrinter { ctx, module };
    let cs_args = if ctx.kubernetes {
        kubernetes_csharp_args(ctx, module, name)
    } else {
        printer.property_type(&DocType::Object(&token), Lang::CSharp, true, args_optional, false).name.replace("Inputs.", "")
    };
    let (flag, default) = if args_optional { ("?", " = null") } else { ("", "") };
    let csharp = vec![
        Param::new("name", "", "", string_type(Lang::CSharp), NAME_COMMENT),
        Param::new("args", flag, default, PropType::linked(&args, links::csharp_resource_type(ctx, &cs_args)), ARGS_COMMENT),
        Param::new(
            "opts",
            "?",
            " = null",
            csharp_options(),
            OPTS_COMMENT,
        ),
    ];

    let python = if ctx.kubernetes && kubernetes::is_overlay_module(module) {
        kubernetes::overlay_python_params(module)
            .iter()
            .map(|(name, default)| Param::new(name, "", default, PropType::default(), ""))
            .collect()
    } else {
        let mut python: Vec<Param> = std::iter::once(py_param("opts".into()))
            .chain(
                inputs
                    .iter()
                    .filter(|p| p.const_value.is_none())
                    .map(|p| py_param(ctx.python_property_name(&p.name, false))),
            )
            .collect();
        // The Kubernetes SDK's constructors took no `__props__`.
        if !ctx.kubernetes {
            python.push(py_param("__props__".into()));
        }
        python
    };

    Signatures { nodejs, python, go, csharp }
}

fn lookup_params(ctx: &DocsContext<'_>, module: &str, name: &str, state: &[&Property]) -> Signatures {
    let state_type = format!("{name}State");
    let nodejs = vec![
        Param::new("name", "", "", string_type(Lang::NodeJs), ""),
        Param::new("id", "", "", PropType::linked("Input<ID>", links::nodejs_pulumi_type("ID")), ""),
        Param::new(
            "state",
            "?",
            "",
            PropType::linked(&state_type, links::nodejs_resource_type(ctx, &ctx.lang_module(module, Lang::NodeJs), &state_type)),
            "",
        ),
        Param::new("opts", "?", "", nodejs_options(), ""),
    ];
    let go = vec![
        Param::new("ctx", "*", "", go_pulumi(ctx, "Context"), ""),
        Param::new("name", "", "", string_type(Lang::Go), ""),
        Param::new("id", "", "", go_pulumi(ctx, "IDInput"), ""),
        Param::new(
            "state",
            "*",
            "",
            PropType::linked(&state_type, links::go_resource_type(ctx, &ctx.lang_module(module, Lang::Go), &state_type)),
            "",
        ),
        Param::new("opts", "...", "", go_pulumi(ctx, "ResourceOption"), ""),
    ];
    // The 2020 generator always put the C# module between the package and the type, so a
    // root-module resource gets an empty segment (`Pulumi.Pkg..FooState`).
    let state_qualified = format!(
        "Pulumi.{}.{}.{state_type}",
        ctx.csharp.package,
        ctx.lang_module(module, Lang::CSharp)
    );
    let csharp = vec![
        Param::new("name", "", "", string_type(Lang::CSharp), ""),
        Param::new("id", "", "", PropType::linked("Input<string>", links::csharp_pulumi_type("Pulumi.Input")), ""),
        Param::new("state", "?", "", PropType::linked(&state_type, links::csharp_resource_type(ctx, &state_qualified)), ""),
        Param::new(
            "opts",
            "?",
            " = null",
            csharp_options(),
            "",
        ),
    ];
    let python = state.iter().map(|p| py_param(ctx.python_property_name(&p.name, false))).collect();
    Signatures { nodejs, python, go, csharp }
}

/// The qualified C# args type of a Kubernetes resource, as that SDK laid its namespaces out.
fn kubernetes_csharp_args(ctx: &DocsContext<'_>, module: &str, name: &str) -> String {
    if !module.is_empty() && !kubernetes::is_overlay_module(module) {
        let namespace = ctx.lang_module(&ctx.lang_module(module, Lang::Go), Lang::CSharp);
        format!("Pulumi.Kubernetes.Types.Inputs.{namespace}.{name}Args")
    } else if kubernetes::is_overlay_module(module) {
        format!("Pulumi.Kubernetes.{name}")
    } else {
        format!("Pulumi.Kubernetes.{name}Args")
    }
}
