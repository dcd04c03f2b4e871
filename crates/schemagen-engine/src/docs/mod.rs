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
mod index_page;
mod kubernetes;
mod lang;
mod links;
mod model;
mod properties;
mod render;
mod resource_page;
mod types;
mod view;

use schemagen_schema::{Package, Resource, Token};

use crate::{GeneratedFile, OutputError};

use context::DocsContext;
use escape::{description, DescriptionPlace};
use view::PackageDetails;

/// The generator name the pages' warning comment gives.
const TOOL: &str = "Pulumi Docs Generator";

/// Every page for `pkg`, rooted at `<package>/`.
pub fn generate(pkg: &Package) -> Result<Vec<GeneratedFile>, OutputError> {
    let implicit_provider;
    let provider = match &pkg.provider {
        Some(p) => p,
        None => {
            implicit_provider = empty_provider(pkg);
            &implicit_provider
        }
    };
    let ctx = DocsContext::new(pkg, provider);
    let root = path_segment(&pkg.name, "package name")?;

    let mut files = Vec::new();
    for (module_name, module) in &ctx.modules {
        let mut dir = root.clone();
        for part in ctx.module_dir(module_name).split('/').filter(|p| !p.is_empty()) {
            dir.push('/');
            dir.push_str(&path_segment(part, "module name")?);
        }
        for r in &module.resources {
            let page = resource_page::build(&ctx, r);
            let file = format!("{}.md", page_path(&context::resource_name(r).to_lowercase(), "resource name")?);
            files.push(GeneratedFile::new(format!("{dir}/{file}"), render::resource(&page)?)?);
        }
        for f in &module.functions {
            let page = function_page::build(&ctx, f);
            let file = format!("{}.md", page_path(&f.token.name.to_lowercase(), "function name")?);
            files.push(GeneratedFile::new(format!("{dir}/{file}"), render::function(&page)?)?);
        }
        let index = index_page::build(&ctx, module_name, module);
        files.push(GeneratedFile::new(format!("{dir}/_index.md"), render::index(&index)?)?);
    }
    Ok(files)
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

/// The provider the 2020 binder created when a schema declared none.
fn empty_provider(pkg: &Package) -> Resource {
    Resource {
        token: Token {
            full: format!("pulumi:providers:{}", pkg.name),
            package: "pulumi".into(),
            module_part: "providers".into(),
            module: String::new(),
            name: pkg.name.clone(),
        },
        description: None,
        properties: Vec::new(),
        input_properties: Vec::new(),
        state_inputs: None,
        aliases: Vec::new(),
        deprecation_message: None,
        is_component: false,
        is_provider: true,
        methods: Vec::new(),
        language: Default::default(),
        is_overlay: false,
    }
}

/// The package-details block; only index pages show the version. The values were inserted raw
/// in 2020; they get the same guard as descriptions.
fn package_details(ctx: &DocsContext<'_>, with_version: bool) -> PackageDetails {
    let pkg = ctx.pkg;
    let raw = |v: &Option<String>| description(v.as_deref().unwrap_or(""), DescriptionPlace::PropertyList);
    PackageDetails {
        repository: pkg.repository.clone().unwrap_or_default(),
        repository_text: raw(&pkg.repository),
        license: raw(&pkg.license),
        notes: raw(&pkg.attribution),
        version: match &pkg.version {
            Some(v) if with_version => description(&context::semver_display(v), DescriptionPlace::PropertyList),
            _ => String::new(),
        },
    }
}
