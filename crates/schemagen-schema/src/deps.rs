//! Schemas of other packages, read from a `--deps` folder when an external `$ref` needs them.

use std::collections::HashSet;
use std::path::PathBuf;

use crate::diag::did_you_mean;
use crate::model::{ExternalTarget, Package, RefKind};

/// Loads `<name>-<version>.json` (or `.yaml`) files on demand and keeps what it loaded.
#[derive(Debug, Default)]
pub struct Dependencies {
    dir: Option<PathBuf>,
    loaded: Vec<Package>,
    /// Packages that failed or are being loaded (a dependency cycle must not recurse forever).
    unavailable: HashSet<String>,
}

impl Dependencies {
    pub fn new(dir: Option<PathBuf>) -> Self {
        Dependencies { dir, ..Default::default() }
    }

    pub(crate) fn take_loaded(&mut self) -> Vec<Package> {
        std::mem::take(&mut self.loaded)
    }

    fn find_file(&self, package: &str, version: Option<&str>) -> Option<PathBuf> {
        let dir = self.dir.as_ref()?;
        let mut candidates: Vec<PathBuf> = std::fs::read_dir(dir)
            .ok()?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| {
                let Some(stem) = p.file_stem().and_then(|s| s.to_str()) else { return false };
                let ext_ok = matches!(p.extension().and_then(|e| e.to_str()), Some("json" | "yaml" | "yml"));
                let Some(ver) = stem.strip_prefix(package).and_then(|r| r.strip_prefix('-')) else { return false };
                ext_ok && version.is_none_or(|v| v == ver)
            })
            .collect();
        candidates.sort();
        candidates.pop()
    }

    /// Resolves `token` in `package`. `Ok(None)`: the schema is not available, the reference
    /// stays opaque. `Err`: the schema is there but does not hold the token, or does not load.
    pub(crate) fn resolve(
        &mut self,
        package: &str,
        version: Option<&str>,
        kind: RefKind,
        token: &str,
    ) -> Result<Option<ExternalTarget>, String> {
        let key = format!("{package}@{}", version.unwrap_or(""));
        if !self.loaded.iter().any(|p| p.name == package) {
            if self.unavailable.contains(&key) {
                return Ok(None);
            }
            let Some(file) = self.find_file(package, version) else {
                return Ok(None);
            };
            self.unavailable.insert(key.clone());
            let opts = crate::LoadOptions { deps: self.dir.clone() };
            match crate::load(&file, &opts) {
                // The file is found by its name; the package it declares must be the one asked
                // for, or the lookup below would find nothing.
                Ok(loaded) if loaded.package.name != package => {
                    return Err(format!(
                        "dependency schema {} declares package `{}`, not `{package}`",
                        file.display(),
                        loaded.package.name
                    ));
                }
                Ok(loaded) => {
                    self.unavailable.remove(&key);
                    self.loaded.push(loaded.package);
                }
                Err(e) => {
                    let first = e.diagnostics.iter().find(|d| d.is_error()).map(|d| d.message.clone()).unwrap_or_default();
                    return Err(format!(
                        "dependency schema {} does not load ({} error(s)); first: {first}",
                        file.display(),
                        e.error_count()
                    ));
                }
            }
        }
        // Cannot fail: every path above that does not return has a package of this name loaded.
        let dep = self.loaded.iter().find(|p| p.name == package).expect("loaded above");
        let found = match kind {
            RefKind::Provider => Some(ExternalTarget::Provider),
            RefKind::Resource if token == format!("pulumi:providers:{package}") => Some(ExternalTarget::Provider),
            RefKind::Resource => dep.resource_by_token(token).map(ExternalTarget::Resource),
            RefKind::Type => dep.type_by_token(token).map(|id| match dep.type_def(id) {
                crate::model::TypeDef::Object(_) => ExternalTarget::Object(id),
                crate::model::TypeDef::Enum(_) => ExternalTarget::Enum(id),
            }),
        };
        match found {
            Some(t) => Ok(Some(t)),
            None => {
                let names: Vec<&str> = match kind {
                    RefKind::Type => dep.type_index.keys().map(String::as_str).collect(),
                    _ => dep.resource_index.keys().map(String::as_str).collect(),
                };
                let mut msg = format!("package `{package}` has no {} `{token}`", if kind == RefKind::Type { "type" } else { "resource" });
                if let Some(h) = did_you_mean(token, names) {
                    msg.push_str("; ");
                    msg.push_str(&h);
                }
                Err(msg)
            }
        }
    }
}
