//! `schemagen sdk --lang go`: a Go module API-compatible with what Pulumi's Go generator
//! (v3.276) writes, building against `github.com/pulumi/pulumi/sdk/v3`.
//!
//! schema → [`layout`] (the Go package of every module, `language.go`) → the model
//! ([`crate::model`]) → `names::go::SdkNames` (one Go name per resource, type and function,
//! clashes resolved per package) → [`details`] (which
//! `Input`/`Output`/`Ptr`/`Array`/`Map` families each type needs) → per-file views
//! ([`resource`], [`function`], [`objects`], [`enums`], [`module`]) whose type expressions come
//! from [`types`] and whose text helpers ([`text`]) keep literals and comments from breaking
//! out → askama templates under `templates/go/` ([`render`]).

mod cycles;
mod defaults;
mod details;
mod enums;
mod fields;
mod generic_types;
mod function;
mod layout;
mod module;
mod objects;
mod render;
mod resource;
mod text;
mod types;

use std::collections::BTreeMap;

use rayon::prelude::*;
use schemagen_schema::Package;

use crate::model::ResRef;
use crate::GeneratedFile;
use types::{PkgNames, Scope};

/// The Pulumi Go SDK the generated `go.mod` requires (the version whose generator we match).
pub const SDK_VERSION: &str = "v3.276.0";

/// The Go module for `pkg`: `go.mod` at the top, the root package folder below it; sorted by
/// path.
pub fn generate(pkg: &Package) -> Result<Vec<GeneratedFile>, crate::OutputError> {
    crate::output::collect(|sink| generate_into(pkg, sink))
}

/// The Go module ([`generate`]), handed to `sink` file by file as it is rendered.
pub fn generate_into(pkg: &Package, sink: &dyn crate::output::FileSink) -> Result<(), crate::OutputError> {
    let mut own = pkg_names(pkg)?;
    let mut deps = BTreeMap::new();
    for d in &pkg.dependencies {
        deps.insert(d.name.clone(), pkg_names(d)?);
    }
    // What each Go package holds: the model's modules, placed by their Go package; overlays
    // are the provider's own Go code. Enums go in token order, as types do.
    let mut tree = own.model.module_tree_of_every_type(|m| own.layout.key_of_module(m));
    for (_, node) in tree.iter_mut() {
        let c = &mut node.contents;
        c.resources.retain(|r| !matches!(r, ResRef::Resource(id) if pkg.resource(*id).is_overlay));
        c.functions.retain(|id| !pkg.function(*id).is_overlay);
        c.enums.sort_by(|a, b| pkg.type_def(*a).token().full.cmp(&pkg.type_def(*b).token().full));
    }
    own.broken = cycles::broken(pkg, &own.layout, &own.model, &tree);
    let own = own;
    let details = &own.details;
    let nested = objects::nested_by_package(&own, details);
    let generics = matches!(own.layout.info.generics.as_deref(), Some("side-by-side"));
    let model = &own.model;
    let res_name = |r: &ResRef| match r {
        ResRef::Provider => own.names.provider.as_str(),
        ResRef::Resource(id) => own.names.resource(*id),
    };

    let files = Files(sink);
    files.push(GeneratedFile::new(".gitattributes", "* linguist-generated\n")?)?;
    files.push(GeneratedFile::new(
        layout::join(&own.layout.go_mod_dir, "go.mod"),
        module::go_mod(&own.layout.module_path)?,
    )?)?;
    let generics_dir = |name: &str| layout::join(&layout::join(&own.layout.root_dir, "x"), name);
    let root_doc = layout::join(&own.layout.pkg("").dir, "doc.go");
    for f in module::root_files(&own)? {
        // The generic variant's root has the same package documentation.
        if generics && f.path() == root_doc {
            files.push(GeneratedFile::new(generics_dir("doc.go"), f.contents.clone())?)?;
        }
        files.push(f)?;
    }
    // The generic variant mirrors every package in an `x/` folder beside them.
    let variants: &[bool] = if generics { &[false, true] } else { &[false] };
    // At least a file per resource and function; types, enums and init files come on top.
    sink.expect(tree.iter().map(|(_, n)| n.contents.resources.len() + n.contents.functions.len()).sum::<usize>() * variants.len());
    // Each Go package (and its generic variant) is rendered on its own rayon task, its files
    // handed to the sink as they are made: a file's text depends only on its package.
    let packages: Vec<_> = tree.iter().flat_map(|kn| variants.iter().map(move |g| (kn, *g))).collect();
    packages.par_iter().try_for_each(|&((key, node), generic)| -> Result<(), crate::OutputError> {
        let c = &node.contents;
        let here = own.layout.pkg(key).clone();
        let dir = if generic { layout::join(&layout::join(&own.layout.root_dir, "x"), key) } else { here.dir.clone() };
        let file = |name: &str| layout::join(&dir, name);
        let new_scope = || if generic { Scope::generic_variant(&own, &deps, &here) } else { Scope::new(&own, &deps, &here) };
        // The package's own files keep their names.
        let mut file_names: std::collections::HashSet<String> =
            ["init.go", "doc.go", "pulumitypes.go", "pulumienums.go"].iter().map(|s| s.to_string()).collect();
        // A schema module `config` shares the config variables' package and its `config.go`.
        if key == crate::names::go::CONFIG_PACKAGE && !pkg.config.is_empty() {
            file_names.insert("config.go".to_string());
        }
        for r in &c.resources {
            let scope = new_scope();
            let res = model.resource(*r);
            let text = resource::render(&scope, res, res_name(r))?;
            let stem = if res.is_provider { "provider".to_string() } else { crate::names::go::file_stem(&res.token.name) };
            let fname = unique_file(&mut file_names, &stem);
            files.push(GeneratedFile::new(file(&fname), text)?)?;
        }
        for fid in &c.functions {
            let scope = new_scope();
            let f = pkg.function(*fid);
            let text = function::render(&scope, f, own.names.function(*fid), generics)?;
            let fname = unique_file(&mut file_names, &crate::names::go::file_stem(&f.token.name));
            files.push(GeneratedFile::new(file(&fname), text)?)?;
        }
        let scope = new_scope();
        let here_nested = nested.get(key).map_or(&[][..], Vec::as_slice);
        if let Some(text) = objects::render(&scope, details, &c.types, here_nested)? {
            files.push(GeneratedFile::new(file("pulumiTypes.go"), text)?)?;
        }
        let scope = new_scope();
        if let Some(text) = enums::render(&scope, details, &c.enums)? {
            files.push(GeneratedFile::new(file("pulumiEnums.go"), text)?)?;
        }
        let constructs: Vec<(String, String)> = c
            .resources
            .iter()
            .filter(|r| **r != ResRef::Provider)
            .map(|r| (model.resource(*r).token.full.clone(), res_name(r).to_string()))
            .collect();
        let provider = key.is_empty().then(|| model.provider().token.full.clone());
        if !constructs.is_empty() || provider.is_some() {
            let scope = new_scope();
            let modules: Vec<&str> = c
                .resources
                .iter()
                .filter(|r| **r != ResRef::Provider)
                .map(|r| model.resource(*r).token.module_part.as_str())
                .collect();
            files.push(GeneratedFile::new(
                file("init.go"),
                module::init(&scope, &pkg.name, &modules, constructs, provider.map(|p| (p, own.names.provider.clone())))?,
            )?)?;
        }
        Ok(())
    })?;
    if !pkg.config.is_empty() {
        let here = own.layout.pkg(crate::names::go::CONFIG_PACKAGE).clone();
        let scope = Scope::new(&own, &deps, &here);
        let text = module::config(&scope, pkg)?;
        if generics {
            files.push(GeneratedFile::new(layout::join(&generics_dir("config"), "config.go"), text.clone())?)?;
        }
        files.push(GeneratedFile::new(layout::join(&here.dir, "config.go"), text)?)?;
    }
    Ok(())
}

/// The sink, for files that must end with a newline.
struct Files<'s>(&'s dyn crate::output::FileSink);

impl Files<'_> {
    fn push(&self, mut f: GeneratedFile) -> Result<(), crate::OutputError> {
        // askama drops a template's final newline; every file ends with one.
        if !f.contents.ends_with('\n') {
            f.contents.push('\n');
        }
        self.0.put(f)
    }
}

/// The layout, names and type families of a package (ours or a dependency).
fn pkg_names(p: &Package) -> Result<PkgNames<'_>, crate::OutputError> {
    let layout = layout::Layout::new(p);
    let model = crate::model::Model::new(p);
    let container = layout.info.generate_resource_container_types;
    let details = details::Details::compute(&model, layout.info.generate_extra_input_types);
    let declared = details.declared_suffixes(p);
    let names = crate::names::go::SdkNames::new(&model, container, &|m| layout.key_of_module(m), &declared)?;
    Ok(PkgNames { pkg: p, layout, names, details, model, broken: cycles::Broken::new() })
}

/// `name.go`, numbered when two names of one package fold to the same file (`a.go`, `a_2.go`).
fn unique_file(used: &mut std::collections::HashSet<String>, base: &str) -> String {
    let mut n = 1;
    loop {
        let candidate = if n == 1 { format!("{base}.go") } else { format!("{base}_{n}.go") };
        if used.insert(candidate.to_lowercase()) {
            return candidate;
        }
        n += 1;
    }
}
