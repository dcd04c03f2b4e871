//! The askama templates of the site (`templates/html/`) and the frame every page shares.

use askama::Template;

use super::super::escape;
use super::super::lang::Lang;
use super::super::view::{FunctionPage, IndexPage, LangProperties, ResourcePage};
use super::markdown::Markdown;
use super::nav::{Nav, NavModule};
use super::{site_url, SitePath, ASSETS_DIR};
use crate::OutputError;

/// What the layout needs of a page: where it is, and the navigation.
pub(in crate::docs) struct Frame<'a> {
    /// `../` per folder between the page and the package folder.
    pub root: String,
    pub nav: &'a Nav,
    /// The page's schema module.
    pub module: &'a str,
    /// The page's own path below the package folder.
    pub here: &'a str,
}

impl<'a> Frame<'a> {
    pub(in crate::docs) fn new(nav: &'a Nav, module: &'a str, path: &'a SitePath) -> Self {
        Frame { root: path.to_root(), nav, module, here: &path.0 }
    }

    /// An `href` to a path below the package folder, relative to this page (escaped).
    pub fn link(&self, path: &str) -> String {
        escape::href(&format!("{}{path}", self.root))
    }

    pub fn asset(&self, name: &str) -> String {
        self.link(&format!("{ASSETS_DIR}/{name}"))
    }

    pub fn root_index(&self) -> String {
        self.nav.module("").map_or_else(|| self.link("_index.html"), |m| self.link(&m.href))
    }

    pub fn module_index(&self) -> String {
        self.nav.module(self.module).map_or_else(String::new, |m| self.link(&m.href))
    }

    pub fn module_title(&self) -> &str {
        self.nav.module(self.module).map_or(self.module, |m| &m.title)
    }

    /// The chooser's languages: (key, label).
    pub fn langs(&self) -> [(&'static str, &'static str); 4] {
        Lang::CHOOSER.map(|l| (l.key(), l.label()))
    }
}

/// A page model's per-language lists in the chooser's order, which is also the order a reader
/// without JavaScript sees them in.
pub(crate) fn chooser_order(blocks: &[LangProperties]) -> impl Iterator<Item = &LangProperties> {
    Lang::CHOOSER.into_iter().flat_map(move |lang| blocks.iter().filter(move |b| b.lang == lang.key()))
}

mod filters {
    /// An `href` from a page model or the schema (see `site_url`), URL-filtered and escaped.
    #[askama::filter_fn]
    pub fn url<T: std::fmt::Display>(s: T, _: &dyn askama::Values) -> askama::Result<String> {
        Ok(crate::docs::escape::href(&super::site_url(&s.to_string())))
    }

    /// An index entry's link (a page name below the module folder) as the page's `href`.
    #[askama::filter_fn]
    pub fn page_url<T: std::fmt::Display>(s: T, _: &dyn askama::Values) -> askama::Result<String> {
        Ok(crate::docs::escape::href(&format!("{s}.html")))
    }

    /// A language key's label (`nodejs` → `TypeScript`).
    #[askama::filter_fn]
    pub fn lang_label<T: std::fmt::Display>(s: T, _: &dyn askama::Values) -> askama::Result<&'static str> {
        Ok(crate::docs::lang::Lang::from_key(&s.to_string()).map_or("", |l| l.label()))
    }
}

#[derive(Template)]
#[template(path = "html/resource.html")]
struct ResourceTemplate<'a> {
    frame: &'a Frame<'a>,
    page: &'a ResourcePage,
    md: &'a Markdown,
}

#[derive(Template)]
#[template(path = "html/function.html")]
struct FunctionTemplate<'a> {
    frame: &'a Frame<'a>,
    page: &'a FunctionPage,
    md: &'a Markdown,
}

#[derive(Template)]
#[template(path = "html/index.html")]
struct IndexTemplate<'a> {
    frame: &'a Frame<'a>,
    page: &'a IndexPage,
    /// The modules the index lists.
    children: &'a [&'a NavModule],
    md: &'a Markdown,
}

fn render_error(e: askama::Error) -> OutputError {
    OutputError::Render(e.to_string())
}

pub(in crate::docs) fn resource(page: &ResourcePage, frame: &Frame<'_>, md: &Markdown) -> Result<String, OutputError> {
    ResourceTemplate { frame, page, md }.render().map_err(render_error)
}

pub(in crate::docs) fn function(page: &FunctionPage, frame: &Frame<'_>, md: &Markdown) -> Result<String, OutputError> {
    FunctionTemplate { frame, page, md }.render().map_err(render_error)
}

pub(in crate::docs) fn index(
    page: &IndexPage,
    children: &[&NavModule],
    frame: &Frame<'_>,
    md: &Markdown,
) -> Result<String, OutputError> {
    IndexTemplate { frame, page, children, md }.render().map_err(render_error)
}
