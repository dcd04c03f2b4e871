//! `_index.md` for the package and for each module.

use super::context::{format_title_text, resource_name, DocsContext, Module};
use super::view::{IndexEntry, IndexPage};
use super::{package_details, TOOL};

pub fn build(ctx: &DocsContext<'_>, module_name: &str, module: &Module<'_>) -> IndexPage {
    let package = format_title_text(&ctx.pkg.name);
    let dir = ctx.module_dir(module_name);
    let title = if dir.is_empty() { package.clone() } else { dir };

    let mut modules: Vec<IndexEntry> = module
        .children
        .iter()
        .map(|child| {
            let dir = ctx.module_dir(child);
            let last = dir.rsplit('/').next().unwrap_or(&dir).to_string();
            IndexEntry { link: format!("{}/", last.to_lowercase()), display_name: last }
        })
        .collect();
    let mut resources: Vec<IndexEntry> = module
        .resources
        .iter()
        .map(|r| {
            let name = resource_name(r);
            IndexEntry { link: name.to_lowercase(), display_name: name }
        })
        .collect();
    let mut functions: Vec<IndexEntry> = module
        .functions
        .iter()
        .map(|f| IndexEntry {
            link: f.token.name.to_lowercase(),
            display_name: crate::names::go::strings_title(&f.token.name),
        })
        .collect();
    for list in [&mut modules, &mut resources, &mut functions] {
        list.sort_by(|a, b| a.display_name.cmp(&b.display_name).then_with(|| a.link.cmp(&b.link)));
    }

    let (title_tag, mut description) = if modules.is_empty() {
        (
            format!("Module {title} | Package {package}"),
            format!("Explore the resources and functions of the {title} module in the {package} package."),
        )
    } else {
        (format!("Package {}", format_title_text(&title)), String::new())
    };
    if module_name.is_empty() {
        description = ctx.pkg.description.clone().unwrap_or_default();
    }

    IndexPage {
        body: super::escape::description(&description, super::escape::DescriptionPlace::PageBody),
        title,
        title_tag,
        description,
        menu: module_name.is_empty(),
        tool: TOOL,
        modules,
        resources,
        functions,
        package: package_details(ctx, true),
    }
}
