//! Where the Go SDK's packages live: the import base path, the folder of every Go package, and
//! how a schema module maps to one (`language.go`: `importBasePath`, `rootPackageName`,
//! `moduleToPackage`, `packageImportAliases`, `internalModuleName`, `modulePath`).

use std::collections::BTreeMap;

use schemagen_schema::lang::GoPackage;
use schemagen_schema::Package;

use crate::names::go as names;

/// One Go package of the SDK.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct GoPkg {
    /// The Go module path below the root (`""`, `tree/v1`), lower-cased as Pulumi does.
    pub(crate) key: String,
    /// The folder below the output folder (`plant/tree/v1`); `""` for a flat root package.
    pub(crate) dir: String,
    /// The package clause.
    pub(crate) name: String,
    pub(crate) import_path: String,
    /// The name other packages of the SDK refer to it by (an import alias when it differs from
    /// `name`).
    pub(crate) qualifier: String,
}

/// The package names generated files import (`pulumi`, `context`, …) and the unexported types
/// `init.go` declares (`module`, `pkg`): an SDK package named like one is imported under an alias.
pub(crate) const GENERATED_NAMES: [&str; 9] = ["pulumi", "pulumix", "context", "reflect", "errors", "fmt", "semver", "module", "pkg"];

pub(crate) struct Layout {
    pub(crate) import_base: String,
    /// The root package's folder (`example`), `""` when `rootPackageName` flattens it.
    pub(crate) root_dir: String,
    /// The module path `go.mod` declares.
    pub(crate) module_path: String,
    /// Where `go.mod` goes (the folder above the root package, or the root itself when it has
    /// none).
    pub(crate) go_mod_dir: String,
    pub(crate) internal: String,
    pub(crate) info: GoPackage,
    pkgs: BTreeMap<String, GoPkg>,
}

impl Layout {
    pub(crate) fn new(pkg: &Package) -> Layout {
        let info = pkg.language.go.clone().unwrap_or_default();
        let import_base = info
            .import_base_path
            .clone()
            .filter(|p| !p.is_empty())
            .unwrap_or_else(|| default_import_base(pkg));
        let import_base = import_path(&import_base);
        let root_dir = if info.root_package_name.as_deref().is_some_and(|n| !n.is_empty()) {
            String::new()
        } else {
            names::path_segment(import_base.rsplit('/').next().unwrap_or(&import_base))
        };
        // go.mod sits above the root package folder, so its module path is the import base
        // without its last element; `modulePath` is honoured when it says the same.
        let (module_path, go_mod_dir) = match import_base.rfind('/') {
            Some(i) if !root_dir.is_empty() => (import_base[..i].to_string(), String::new()),
            _ if root_dir.is_empty() => match info.module_path.as_deref().filter(|m| !m.is_empty()) {
                Some(m) => (import_path(m), String::new()),
                None => (import_base.clone(), String::new()),
            },
            _ => (import_base.clone(), root_dir.clone()),
        };
        let internal = info
            .internal_module_name
            .as_deref()
            .filter(|n| !n.is_empty())
            .map(names::path_segment)
            .unwrap_or_else(|| "internal".into());
        let mut layout =
            Layout { import_base, root_dir, module_path, go_mod_dir, internal, info, pkgs: BTreeMap::new() };
        let mut keys: Vec<String> = pkg.modules().iter().map(|m| layout.key_of_module(m)).collect();
        keys.push(String::new());
        if !pkg.config.is_empty() {
            keys.push(names::CONFIG_PACKAGE.into());
        }
        for key in keys {
            let p = layout.make_pkg(&key, pkg);
            layout.pkgs.insert(key, p);
        }
        layout
    }

    /// The Go package key of a schema module (after `moduleFormat`).
    pub(crate) fn key_of_module(&self, module: &str) -> String {
        let m = self.info.module_to_package.get(module).map(String::as_str).unwrap_or(module);
        let mut segments: Vec<String> = m.to_lowercase().split('/').filter(|s| !s.is_empty()).map(names::path_segment).collect();
        // A module may not take the folder of the SDK's own helpers, nor that of the generic
        // variant's packages.
        let generics = self.info.generics.as_deref() == Some("side-by-side");
        if let Some(first) = segments.first_mut() {
            if *first == self.internal || (generics && first == "x") {
                first.push('_');
            }
        }
        segments.join("/")
    }

    fn make_pkg(&self, key: &str, pkg: &Package) -> GoPkg {
        let dir = join(&self.root_dir, key);
        let import_path = join(&self.import_base, key);
        let mut name = if key.is_empty() {
            match self.info.root_package_name.as_deref().filter(|n| !n.is_empty()) {
                Some(n) => names::package_name(n),
                None if self.root_dir.is_empty() => names::package_name(&pkg.name),
                None => names::package_name(&self.root_dir),
            }
        } else {
            names::package_name(key)
        };
        // `package main` is a program, not a library; `package _` does not compile.
        if name == "main" || name == "_" {
            name.push('_');
        }
        let qualifier = match self.info.package_import_aliases.get(&import_path) {
            Some(a) => names::valid_identifier(a),
            // A package named like one the generated files import, or like their own
            // unexported registration types, is imported under another name.
            None if GENERATED_NAMES.contains(&name.as_str()) || name == names::package_name(&self.internal) => format!("{name}_"),
            None => name.clone(),
        };
        GoPkg { key: key.to_string(), dir, name, import_path, qualifier }
    }

    pub(crate) fn pkg(&self, key: &str) -> &GoPkg {
        self.pkgs.get(key).unwrap_or_else(|| self.pkgs.get("").expect("the root package exists"))
    }

    pub(crate) fn internal_import(&self) -> String {
        join(&self.import_base, &self.internal)
    }

    pub(crate) fn internal_dir(&self) -> String {
        join(&self.root_dir, &self.internal)
    }
}

/// `github.com/pulumi/pulumi-<name>/sdk[/vN]/go/<name>`, with the repository or namespace when
/// the schema names one (Pulumi's default).
pub(crate) fn default_import_base(pkg: &Package) -> String {
    let major = pkg.version.as_deref().and_then(|v| v.trim_start_matches('v').split('.').next()?.parse::<u64>().ok());
    let v = match major {
        Some(m) if m > 1 => format!("/v{m}"),
        _ => String::new(),
    };
    let mut root = format!("example.com/pulumi-{}", pkg.name);
    if let Some(ns) = pkg.namespace.as_deref().filter(|n| !n.is_empty()) {
        root = format!("github.com/{ns}/pulumi-{}", pkg.name);
    }
    if let Some(repo) = pkg.repository.as_deref().filter(|r| !r.is_empty()) {
        if let Some((_, rest)) = repo.split_once("://") {
            root = rest.trim_end_matches('/').to_string();
        }
    }
    format!("{root}/sdk{v}/go/{}", pkg.name)
}

/// An import path made of safe segments (a schema could put anything in `importBasePath`).
fn import_path(p: &str) -> String {
    let segs: Vec<String> = p.split('/').filter(|s| !s.is_empty()).map(names::path_segment).collect();
    if segs.is_empty() {
        "_".into()
    } else {
        segs.join("/")
    }
}

pub(crate) fn join(a: &str, b: &str) -> String {
    match (a.is_empty(), b.is_empty()) {
        (true, _) => b.to_string(),
        (_, true) => a.to_string(),
        _ => format!("{a}/{b}"),
    }
}
