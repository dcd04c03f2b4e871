//! `schemagen docs --html`: the reference pages as a static site a provider author can open in
//! a browser, rendered from the same page models as the Hugo markdown (`super::view`), with no
//! Hugo and no network: CSS and JS are written beside the pages, descriptions are CommonMark
//! rendered and sanitised, and a language chooser switches every signature, property list and
//! example (all languages are shown when JavaScript is off).
//!
//! The site mirrors the markdown layout under `<package>/`: `foo.md` is `foo.html`, a module's
//! `_index.md` is `_index.html`; the shared files live in `<package>/_schemagen/`.

mod markdown;
mod nav;
mod render;
mod sanitize;

use schemagen_schema::Package;

use super::context::{format_title_text, DocsContext};
use super::lang::Lang;
use super::{function_page, index_page, path_segment, resource_page, walk, Budget, PageItem, PagePlace, MAX_TOTAL_BYTES};
use crate::{GeneratedFile, OutputError};

use markdown::Markdown;
use nav::Nav;
use render::Frame;

/// The folder of the site's own files, below the package folder.
const ASSETS_DIR: &str = "_schemagen";

/// The site's own files: (name in [`ASSETS_DIR`], contents).
const ASSETS: [(&str, &str); 3] = [
    ("site.css", include_str!("../../../../../templates/html/static/site.css")),
    ("lang.js", include_str!("../../../../../templates/html/static/lang.js")),
    ("site.js", include_str!("../../../../../templates/html/static/site.js")),
];

/// Every page of the site for `pkg`, its shared files and its search index, rooted at
/// `<package>/`, sorted by path.
pub fn generate(pkg: &Package) -> Result<Vec<GeneratedFile>, OutputError> {
    crate::output::collect(|sink| generate_into(pkg, sink))
}

/// The site for `pkg` ([`generate`]), handed to `sink` page by page.
pub fn generate_into(pkg: &Package, sink: &dyn crate::output::FileSink) -> Result<(), OutputError> {
    let model = crate::model::Model::new(pkg);
    let ctx = DocsContext::new(&model);
    let root = path_segment(&pkg.name, "package name")?;
    let nav = Nav::new(&ctx, format_title_text(&pkg.name))?;
    let md = Markdown::new();

    let files = Budget::new(MAX_TOTAL_BYTES, sink);
    walk(&ctx, |place, item| {
        let path = SitePath::of(place)?;
        let frame = Frame::new(&nav, place.module, &path);
        let text = match item {
            PageItem::Resource(r) => render::resource(&resource_page::build(&ctx, r), &frame, &md)?,
            PageItem::Function(f) => render::function(&function_page::build(&ctx, f), &frame, &md)?,
            PageItem::Index(module) => {
                let children: Vec<_> = module.children.iter().filter_map(|c| nav.module(c)).collect();
                render::index(&index_page::build(&ctx, place.module, module), &children, &frame, &md)?
            }
        };
        files.push(GeneratedFile::new(format!("{root}/{}", path.0), text)?)
    })?;
    for (name, text) in ASSETS {
        files.push(GeneratedFile::new(format!("{root}/{ASSETS_DIR}/{name}"), text)?)?;
    }
    let index = nav.search_index();
    // The same index as a script, for pages opened from disk, where `fetch` cannot read files.
    let script = format!("window.schemagenSearchIndex = {index};\n");
    files.push(GeneratedFile::new(format!("{root}/{ASSETS_DIR}/search-index.json"), index)?)?;
    files.push(GeneratedFile::new(format!("{root}/{ASSETS_DIR}/search-index.js"), script)?)
}

/// A page's path below the package folder (`/`-separated).
pub(in crate::docs) struct SitePath(pub String);

impl SitePath {
    fn of(place: &PagePlace<'_>) -> Result<SitePath, OutputError> {
        let file = match place.stem {
            Some(_) => format!("{}.html", place.page_path()?),
            None => "_index.html".to_string(),
        };
        Ok(SitePath(place.dir.iter().map(String::as_str).chain(std::iter::once(file.as_str())).collect::<Vec<_>>().join("/")))
    }

    /// `../` once per folder between the page and the package folder.
    fn to_root(&self) -> String {
        "../".repeat(self.0.matches('/').count())
    }
}

/// A link the page models or a description give, as the site uses it: a path on Pulumi's site
/// (`/docs/...`, where the 2020 pages linked the language SDKs' references) points there;
/// anything else (`#anchor`, a relative or full URL) is kept.
fn site_url(url: &str) -> String {
    if url.starts_with('/') && !url.starts_with("//") {
        format!("https://www.pulumi.com{url}")
    } else {
        url.to_string()
    }
}

impl Lang {
    /// The order of the site's language chooser.
    const CHOOSER: [Lang; 4] = [Lang::NodeJs, Lang::Python, Lang::Go, Lang::CSharp];

    /// The language's name as a reader knows it.
    fn label(self) -> &'static str {
        match self {
            Lang::CSharp => "C#",
            Lang::Go => "Go",
            Lang::NodeJs => "TypeScript",
            Lang::Python => "Python",
        }
    }

    fn from_key(key: &str) -> Option<Lang> {
        Lang::SORTED.into_iter().find(|l| l.key() == key)
    }

    /// The language of a fenced code block's info string (`typescript`, `py`, `c#`, ...), when
    /// it is one of the four.
    fn of_fence(info: &str) -> Option<Lang> {
        let word = info.split(|c: char| c.is_whitespace() || c == ',' || c == '{').next().unwrap_or("");
        match word.to_ascii_lowercase().as_str() {
            "typescript" | "ts" | "javascript" | "js" => Some(Lang::NodeJs),
            "python" | "py" => Some(Lang::Python),
            "go" | "golang" => Some(Lang::Go),
            "csharp" | "cs" | "c#" => Some(Lang::CSharp),
            _ => None,
        }
    }
}
