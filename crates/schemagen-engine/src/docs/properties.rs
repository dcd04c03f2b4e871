//! Property lists and supporting types, shared by resource and function pages.

use std::collections::BTreeMap;

use schemagen_schema::{Property, Token, Type, TypeDef};

use super::context::DocsContext;
use super::escape::name_wbr;
use super::lang::Lang;
use super::links;
use super::model::DocType;
use super::types::TypePrinter;
use super::view::{ApiLinks, DocProperty, LangProperties, NestedType};

/// Properties in the order the 2020 binder kept them: sorted by schema name.
pub fn schema_sorted<'a>(props: impl IntoIterator<Item = &'a Property>) -> Vec<&'a Property> {
    let mut v: Vec<&Property> = props.into_iter().collect();
    v.sort_by(|a, b| a.name.cmp(&b.name));
    v
}

/// The properties list of every language, in the pages' language order.
pub fn all_languages(printer: &TypePrinter<'_, '_>, props: &[&Property], input: bool, nested: bool) -> Vec<LangProperties> {
    Lang::SORTED
        .iter()
        .map(|&lang| LangProperties { lang: lang.key(), props: properties(printer, props, lang, input, nested) })
        .collect()
}

/// One language's list: const properties dropped, required first, then by the language's name
/// (byte order, stable).
pub fn properties(printer: &TypePrinter<'_, '_>, props: &[&Property], lang: Lang, input: bool, nested: bool) -> Vec<DocProperty> {
    let ctx = printer.ctx;
    let mut out: Vec<(String, bool, DocProperty)> = Vec::new();
    for p in props.iter().filter(|p| p.const_value.is_none()) {
        let name = ctx.property_name(p, lang, nested);
        let deprecation = p
            .deprecation_message
            .as_deref()
            .filter(|m| !m.is_empty())
            .map(|m| crate::markup::resolve_spans(m, Some(lang.markup())).into_owned());
        let mut class = String::new();
        let mut title = String::new();
        if input {
            let word = if p.required { "required" } else { "optional" };
            class.push_str(word);
            title.push_str(if p.required { "Required" } else { "Optional" });
        }
        if deprecation.is_some() {
            class.push_str(" property-deprecated");
            title.push_str(", Deprecated");
        }
        let ty = printer.property_type(&DocType::of(ctx.pkg, &p.ty), lang, input, !p.required, true);
        let doc = DocProperty {
            display_name: name_wbr(&name),
            class,
            title,
            ty,
            comment: crate::markup::for_sdk(p.description.as_deref().unwrap_or_default(), lang.markup()).into_owned(),
            deprecation,
        };
        out.push((name, p.required, doc));
    }
    out.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    out.into_iter().map(|(_, _, d)| d).collect()
}

/// How a supporting type is used: as an input, an output, or both.
#[derive(Default, Clone, Copy)]
struct Usage {
    input: bool,
    output: bool,
}

/// Object types reachable from `roots` (each with its input flag), through arrays, maps, unions
/// and object properties.
fn collect_types<'p>(ctx: &DocsContext<'p>, roots: &[(&'p Property, bool)]) -> BTreeMap<&'p str, (Usage, &'p Token)> {
    fn walk<'p>(ctx: &DocsContext<'p>, t: &'p Type, input: bool, found: &mut BTreeMap<&'p str, (Usage, &'p Token)>) {
        match t {
            Type::Array(e) | Type::Map(e) => walk(ctx, e, input, found),
            Type::Union(u) => u.elements.iter().for_each(|e| walk(ctx, e, input, found)),
            Type::Object(id) => {
                let TypeDef::Object(obj) = ctx.pkg.type_def(*id) else { return };
                let entry = found.entry(obj.token.full.as_str()).or_insert((Usage::default(), &obj.token));
                let seen = if input { entry.0.input } else { entry.0.output };
                if seen {
                    return;
                }
                if input {
                    entry.0.input = true;
                } else {
                    entry.0.output = true;
                }
                obj.properties.iter().for_each(|p| walk(ctx, &p.ty, input, found));
            }
            _ => {}
        }
    }
    let mut found = BTreeMap::new();
    for (p, input) in roots {
        walk(ctx, &p.ty, *input, &mut found);
    }
    found
}

/// The Supporting Types of a page, sorted by their displayed name. `for_resource` picks the Go
/// link convention (resources link `…Output` for outputs, functions the bare type).
pub fn nested_types<'p>(printer: &TypePrinter<'_, 'p>, roots: &[(&'p Property, bool)], for_resource: bool) -> Vec<NestedType> {
    let ctx = printer.ctx;
    let mut types: Vec<(String, &str, NestedType)> = Vec::new();
    for (token_full, (usage, token)) in collect_types(ctx, roots) {
        let Some(id) = ctx.pkg.type_by_token(token_full) else { continue };
        let TypeDef::Object(obj) = ctx.pkg.type_def(id) else { continue };
        if obj.properties.is_empty() {
            continue;
        }
        let doc_type = DocType::Object(token);
        let lang_module = |lang: Lang| {
            let module = if token.module == printer.module { printer.module } else { token.module.as_str() };
            ctx.lang_module(module, lang)
        };
        let name_for = |lang: Lang, input: bool| printer.property_type(&doc_type, lang, input, true, false).name;

        let mut nodejs = ApiLinks::default();
        let mut go = ApiLinks::default();
        let go_module = lang_module(Lang::Go);
        if usage.input {
            nodejs.input = links::nodejs_input_output_type(ctx, &name_for(Lang::NodeJs, true), true);
            go.input = links::go_resource_type(ctx, &go_module, &name_for(Lang::Go, true)) + "Args";
        }
        if usage.output {
            nodejs.output = links::nodejs_input_output_type(ctx, &name_for(Lang::NodeJs, false), false);
            let base = links::go_resource_type(ctx, &go_module, &name_for(Lang::Go, false));
            go.output = if for_resource { base + "Output" } else { base };
        }
        let props = schema_sorted(&obj.properties);
        let heading = ctx.type_heading(token);
        let display = name_wbr(&heading.title);
        let nested = NestedType {
            name: display.clone(),
            anchor: heading.anchor.clone(),
            nodejs,
            go,
            properties: all_languages(printer, &props, true, true),
        };
        types.push((display, token_full, nested));
    }
    types.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.cmp(b.1)));
    types.into_iter().map(|(_, _, t)| t).collect()
}
