//! `_index.md` for the package and for each module.

use super::context::{format_title_text, DocsContext, Module};
use crate::model::Node;
use super::view::{IndexEntry, IndexPage};
use super::{package_details, TOOL};

pub fn build(ctx: &DocsContext<'_>, module_name: &str, node: &Node<Module<'_>>) -> IndexPage {
    let module = &node.contents;
    let package = format_title_text(&ctx.pkg.name);
    let dir = ctx.module_dir(module_name);
    let title = if dir.is_empty() { package.clone() } else { dir };

    let mut modules: Vec<IndexEntry> = node
        .children
        .iter()
        .map(|child| {
            let dir = ctx.module_dir(child);
            let last = dir.rsplit('/').next().unwrap_or(&dir).to_string();
            IndexEntry { link: format!("{}/", ctx.module_link(&last)), display_name: last }
        })
        .collect();
    let mut resources: Vec<IndexEntry> = module
        .resources
        .iter()
        .map(|r| {
            let page = ctx.resource_page(r);
            IndexEntry { link: page.stem.clone(), display_name: page.title.clone() }
        })
        .collect();
    let mut functions: Vec<IndexEntry> = module
        .functions
        .iter()
        .map(|f| {
            let page = ctx.function_page(f);
            IndexEntry { link: page.stem.clone(), display_name: page.title.clone() }
        })
        .collect();
    for list in [&mut modules, &mut resources, &mut functions] {
        list.sort_by(|a, b| a.display_name.cmp(&b.display_name).then_with(|| a.link.cmp(&b.link)));
    }

    IndexPage {
        title_display: format_title_text(&title),
        title,
        package_title: package,
        package_description: module_name.is_empty().then(|| crate::markup::for_2020_page(ctx.pkg.description.as_deref().unwrap_or_default()).into_owned()),
        menu: module_name.is_empty(),
        tool: TOOL,
        modules,
        resources,
        functions,
        package: package_details(ctx, true),
    }
}
