//! The askama templates (`templates/docs/`, Hugo-friendly `[[ ]]`/`[% %]` syntax) and the
//! escaping filters they use where Go's `html/template` escaped.

use askama::Template;

use crate::OutputError;

use super::view::{FunctionPage, IndexPage, ResourcePage};

mod filters {
    /// Text and quoted-attribute escaping (`html/template` on a plain value), shortcodes broken.
    #[askama::filter_fn]
    pub fn html<T: std::fmt::Display>(s: T, _: &dyn askama::Values) -> askama::Result<String> {
        Ok(super::super::escape::html(&s.to_string()))
    }

    /// A front-matter value.
    #[askama::filter_fn]
    pub fn front_matter<T: std::fmt::Display>(s: T, _: &dyn askama::Values) -> askama::Result<String> {
        Ok(super::super::escape::front_matter(&s.to_string()))
    }

    /// A description on the page body, inserted raw but neutralised (see `escape::description`).
    #[askama::filter_fn]
    pub fn page_body<T: std::fmt::Display>(s: T, _: &dyn askama::Values) -> askama::Result<String> {
        Ok(super::super::escape::description(&s.to_string(), super::super::escape::DescriptionPlace::PageBody))
    }

    /// A description inside a property list or the package details, inserted raw but
    /// neutralised (see `escape::description`).
    #[askama::filter_fn]
    pub fn list_text<T: std::fmt::Display>(s: T, _: &dyn askama::Values) -> askama::Result<String> {
        Ok(super::super::escape::description(&s.to_string(), super::super::escape::DescriptionPlace::PropertyList))
    }

    /// An `href` value.
    #[askama::filter_fn]
    pub fn href<T: std::fmt::Display>(s: T, _: &dyn askama::Values) -> askama::Result<String> {
        Ok(super::super::escape::href(&s.to_string()))
    }
}

#[derive(Template)]
#[template(path = "docs/resource.md", syntax = "hugo")]
struct ResourceTemplate<'a> {
    page: &'a ResourcePage,
}

#[derive(Template)]
#[template(path = "docs/function.md", syntax = "hugo")]
struct FunctionTemplate<'a> {
    page: &'a FunctionPage,
}

#[derive(Template)]
#[template(path = "docs/index.md", syntax = "hugo")]
struct IndexTemplate<'a> {
    page: &'a IndexPage,
}

fn render_error(e: askama::Error) -> OutputError {
    OutputError::Render(e.to_string())
}

pub fn resource(page: &ResourcePage) -> Result<String, OutputError> {
    ResourceTemplate { page }.render().map_err(render_error)
}

pub fn function(page: &FunctionPage) -> Result<String, OutputError> {
    FunctionTemplate { page }.render().map_err(render_error)
}

pub fn index(page: &IndexPage) -> Result<String, OutputError> {
    IndexTemplate { page }.render().map_err(render_error)
}
