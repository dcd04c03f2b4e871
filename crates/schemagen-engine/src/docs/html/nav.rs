//! The site's navigation: every module with its index page, resources and functions, and the
//! search index over resource and function names, both from the one page walk.

use serde::Serialize;

use super::super::context::DocsContext;
use super::super::{walk, PageItem};
use super::SitePath;
use crate::OutputError;

/// One module of the sidebar.
pub(in crate::docs) struct NavModule {
    /// The schema module name (empty for the package's root module).
    pub key: String,
    pub title: String,
    /// The module's index page, relative to the package folder.
    pub href: String,
    pub resources: Vec<NavPage>,
    pub functions: Vec<NavPage>,
}

#[derive(Serialize)]
pub(in crate::docs) struct NavPage {
    pub name: String,
    /// Relative to the package folder.
    pub href: String,
}

pub(in crate::docs) struct Nav {
    /// The package's display name.
    pub package: String,
    /// The root module first, then the others by name.
    pub modules: Vec<NavModule>,
}

/// One entry of `search-index.json`.
#[derive(Serialize)]
struct SearchEntry<'a> {
    name: &'a str,
    kind: &'static str,
    module: &'a str,
    href: &'a str,
}

impl Nav {
    pub(in crate::docs) fn new(ctx: &DocsContext<'_>, package: String) -> Result<Self, OutputError> {
        let mut modules: Vec<NavModule> = Vec::new();
        walk(ctx, |place, item| {
            let href = SitePath::of(place)?.0;
            match item {
                PageItem::Resource(r) => pending(&mut modules, place.module).resources.push(NavPage { name: ctx.resource_page(r).title.clone(), href }),
                PageItem::Function(f) => pending(&mut modules, place.module).functions.push(NavPage { name: ctx.function_page(f).title.clone(), href }),
                PageItem::Index(_) => {
                    let m = pending(&mut modules, place.module);
                    m.href = href;
                    m.title = if place.module.is_empty() { ctx.pkg.name.clone() } else { ctx.module_dir(place.module) };
                }
            }
            Ok(())
        })?;
        for m in &mut modules {
            m.resources.sort_by(|a, b| a.name.cmp(&b.name));
            m.functions.sort_by(|a, b| a.name.cmp(&b.name));
        }
        // The walk meets modules in name order, so the root module (named "") comes first.
        Ok(Nav { package, modules })
    }

    pub(in crate::docs) fn module(&self, key: &str) -> Option<&NavModule> {
        self.modules.iter().find(|m| m.key == key)
    }

    /// `search-index.json`: every resource and function, with its module and page.
    pub(in crate::docs) fn search_index<'a>(&'a self) -> String {
        let entries: Vec<SearchEntry<'a>> = self
            .modules
            .iter()
            .flat_map(|m| {
                let entry = move |kind| move |p: &'a NavPage| SearchEntry { name: &p.name, kind, module: &m.title, href: &p.href };
                m.resources.iter().map(entry("resource")).chain(m.functions.iter().map(entry("function")))
            })
            .collect();
        serde_json::to_string(&entries).expect("strings serialise")
    }
}

/// The module the walk is in: pages come before their module's index page.
fn pending<'n>(modules: &'n mut Vec<NavModule>, key: &str) -> &'n mut NavModule {
    if modules.last().is_none_or(|m| m.key != key) {
        modules.push(NavModule { key: key.to_string(), title: String::new(), href: String::new(), resources: Vec::new(), functions: Vec::new() });
    }
    modules.last_mut().expect("just pushed")
}
