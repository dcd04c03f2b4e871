//! `schemagen docs`: the Hugo reference pages in the format Pulumi's docs generator wrote in
//! spring 2020 (pulumi v2.1.0): one page per resource and function, an `_index.md` per module,
//! rooted at `<package>/`.
//!
//! The output follows that generator's rules and quirks exactly (blank lines, escaping, names,
//! links, ordering, the Kubernetes special cases), so the same schema gives the same bytes.
//! Schema features newer than 2020 are mapped onto what it knew (`model.rs`); text it inserted
//! raw is kept raw but cannot break out of the page (`escape.rs`).
//!
//! Binding facts into page models lives in `*_page.rs` and `properties.rs`; naming and type
//! printing in `crate::names` and `types.rs`; escaping in `escape.rs`; all page text in
//! `templates/docs/`.

mod context;
mod escape;
mod function_page;
#[cfg(feature = "docs-html")]
pub mod html;
mod index_page;
mod kubernetes;
mod lang;
mod links;
mod model;
mod properties;
mod python_case;
mod render;
mod resource_page;
mod sanitize;
mod types;
mod view;

use std::sync::atomic::{AtomicUsize, Ordering};

use rayon::prelude::*;
use schemagen_schema::Package;

use crate::output::FileSink;
use crate::{GeneratedFile, OutputError};

use context::DocsContext;
use view::PackageDetails;

/// The generator name the pages' warning comment gives.
const TOOL: &str = "Pulumi Docs Generator";

/// The most text all pages together may hold. Every page lists all the supporting types its
/// resource reaches, so many resources over one large tangle of types make output the size of
/// their product; past this no reader is served, and memory would run out first.
const MAX_TOTAL_BYTES: usize = 1 << 30;

/// Every page for `pkg`, rooted at `<package>/`, sorted by path.
pub fn generate(pkg: &Package) -> Result<Vec<GeneratedFile>, OutputError> {
    crate::output::collect(|sink| generate_into(pkg, sink))
}

/// Every page for `pkg`, rooted at `<package>/`, handed to `sink` as it is rendered.
pub fn generate_into(pkg: &Package, sink: &dyn FileSink) -> Result<(), OutputError> {
    let model = crate::model::Model::new(pkg);
    let ctx = DocsContext::new(&model);
    let root = path_segment(&pkg.name, "package name")?;

    // The walk is cheap; rendering the pages is the work, spread over the cores.
    let mut pages = Vec::new();
    walk(&ctx, |place, item| {
        pages.push((place.clone(), item));
        Ok(())
    })?;
    sink.expect(pages.len());
    let files = Budget::new(MAX_TOTAL_BYTES, sink);
    pages.par_iter().try_for_each(|(place, item)| {
        let dir = std::iter::once(root.as_str()).chain(place.dir.iter().map(String::as_str)).collect::<Vec<_>>().join("/");
        let (file, text) = match item {
            PageItem::Resource(r) => (format!("{}.md", place.page_path()?), render::resource(&resource_page::build(&ctx, r))?),
            PageItem::Function(f) => (format!("{}.md", place.page_path()?), render::function(&function_page::build(&ctx, f))?),
            PageItem::Index(module) => ("_index.md".to_string(), render::index(&index_page::build(&ctx, place.module, module))?),
        };
        files.push(GeneratedFile::new(format!("{dir}/{file}"), text)?)
    })
}

/// A page the walk over the modules meets.
#[derive(Clone, Copy)]
enum PageItem<'a, 'p> {
    Resource(&'p schemagen_schema::Resource),
    Function(&'p schemagen_schema::Function),
    /// The module's own index page.
    Index(&'a crate::model::Node<context::Module<'p>>),
}

/// Where a page goes: its schema module, the module's folder (checked path segments below the
/// package folder) and, for a resource or function, its page name.
#[derive(Clone)]
struct PagePlace<'a> {
    module: &'a str,
    dir: Vec<String>,
    stem: Option<(String, &'static str)>,
}

impl PagePlace<'_> {
    /// The page's path below its module folder, without extension (see [`page_path`]).
    fn page_path(&self) -> Result<String, OutputError> {
        let (stem, what) = self.stem.as_ref().expect("only resource and function pages have a page name");
        page_path(stem, what)
    }
}

/// Every page of the package in output order: per module, its resources, its functions, then
/// its index. The markdown and the HTML site are written from this one walk.
fn walk<'c, 'p>(
    ctx: &'c DocsContext<'p>,
    mut visit: impl FnMut(&PagePlace<'c>, PageItem<'c, 'p>) -> Result<(), OutputError>,
) -> Result<(), OutputError> {
    for (module_name, node) in ctx.modules.iter() {
        let module = &node.contents;
        let dir = ctx
            .module_dir(module_name)
            .split('/')
            .filter(|p| !p.is_empty())
            .map(|part| path_segment(part, "module name"))
            .collect::<Result<Vec<_>, _>>()?;
        let mut place = PagePlace { module: module_name, dir, stem: None };
        for r in &module.resources {
            place.stem = Some((ctx.resource_page(r).stem.clone(), "resource name"));
            visit(&place, PageItem::Resource(r))?;
        }
        for f in &module.functions {
            place.stem = Some((ctx.function_page(f).stem.clone(), "function name"));
            visit(&place, PageItem::Function(f))?;
        }
        place.stem = None;
        visit(&place, PageItem::Index(node))?;
    }
    Ok(())
}

/// Pages on their way to the sink, and their size so far, held under a limit ([`MAX_TOTAL_BYTES`]).
struct Budget<'s> {
    sink: &'s dyn FileSink,
    bytes: AtomicUsize,
    limit: usize,
}

impl<'s> Budget<'s> {
    fn new(limit: usize, sink: &'s dyn FileSink) -> Self {
        Budget { sink, bytes: AtomicUsize::new(0), limit }
    }

    fn push(&self, file: GeneratedFile) -> Result<(), OutputError> {
        let bytes = self.bytes.fetch_add(file.contents.len(), Ordering::Relaxed) + file.contents.len();
        if bytes > self.limit {
            return Err(OutputError::TooLarge(format!(
                "the reference pages would hold more than {} bytes (reached at `{}`): every page lists all the supporting types its resource or function reaches",
                self.limit,
                file.path()
            )));
        }
        self.sink.put(file)
    }
}

/// A schema name used as one path segment: rejected when it is not a plain file name.
fn path_segment(name: &str, what: &str) -> Result<String, OutputError> {
    let bad = name.is_empty()
        || name == "."
        || name == ".."
        || name.chars().any(|c| matches!(c, '/' | '\\' | ':' | '<' | '>' | '"' | '|' | '?' | '*') || c.is_control());
    if bad {
        return Err(OutputError::UnsafePath(format!("the page of {what} {name:?}")));
    }
    Ok(name.to_string())
}

/// A page's path below its module folder: the lower-cased name, where a `/` (as in method
/// tokens like `Foo/bar`) makes a sub-folder, as it did in 2020. Each part must be a plain name.
fn page_path(name: &str, what: &str) -> Result<String, OutputError> {
    name.split('/')
        .map(|part| path_segment(part, what).map_err(|_| OutputError::UnsafePath(format!("the page of {what} {name:?}"))))
        .collect::<Result<Vec<_>, _>>()
        .map(|parts| parts.join("/"))
}

/// The package-details block; only index pages show the version.
fn package_details(ctx: &DocsContext<'_>, with_version: bool) -> PackageDetails {
    let pkg = ctx.pkg;
    PackageDetails {
        repository: pkg.repository.clone().unwrap_or_default(),
        license: pkg.license.clone().unwrap_or_default(),
        notes: pkg.attribution.clone().unwrap_or_default(),
        version: match &pkg.version {
            Some(v) if with_version => context::semver_display(v),
            _ => String::new(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_past_the_budget_are_an_error_naming_the_page() {
        let sink = crate::output::Collect::default();
        let budget = Budget::new(10, &sink);
        budget.push(GeneratedFile::new("p/a.md", "12345").unwrap()).unwrap();
        budget.push(GeneratedFile::new("p/b.md", "12345").unwrap()).unwrap();
        let err = budget.push(GeneratedFile::new("p/c.md", "1").unwrap()).expect_err("over the limit").to_string();
        assert!(err.contains("p/c.md") && err.contains("10 bytes"), "{err}");
        assert_eq!(sink.into_sorted().len(), 2);
    }
}
