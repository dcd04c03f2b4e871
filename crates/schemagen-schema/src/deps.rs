//! Schemas of other packages, read from a `--deps` folder when an external `$ref` needs them.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::diag::did_you_mean;
use crate::model::{ExternalTarget, Package, RefKind};

/// How many schemas deep a chain of dependencies may go (a -> b -> c ...). Each level is a
/// nested load on the stack; real packages are a few levels deep.
const MAX_DEPTH: usize = 32;

/// The `--deps` folder, listed once: every `<name>-<version>.{json,yaml,yml}` file by package name.
#[derive(Debug, Default)]
struct Listing {
    /// Per package name, its versions, highest first.
    files: HashMap<String, Vec<(semver::Version, PathBuf)>>,
}

impl Listing {
    fn read(dir: &Path) -> Listing {
        let mut files: HashMap<String, Vec<(semver::Version, PathBuf)>> = HashMap::new();
        let Ok(entries) = std::fs::read_dir(dir) else { return Listing::default() };
        for entry in entries.flatten() {
            let path = entry.path();
            let (Some(stem), Some(ext)) = (path.file_stem().and_then(|s| s.to_str()), path.extension().and_then(|e| e.to_str())) else {
                continue;
            };
            if !matches!(ext, "json" | "yaml" | "yml") {
                continue;
            }
            // `aws-native-1.0.0` is package `aws-native`, never `aws` at version `native-1.0.0`:
            // a split counts only where the rest is a whole semantic version.
            for (i, _) in stem.match_indices('-') {
                if let Ok(version) = semver::Version::parse(&stem[i + 1..]) {
                    files.entry(stem[..i].to_string()).or_default().push((version, path.clone()));
                }
            }
        }
        for versions in files.values_mut() {
            // Highest version first; for one version, `.json` before `.yaml` before `.yml`.
            versions.sort_by(|(va, pa), (vb, pb)| vb.cmp(va).then_with(|| ext_rank(pa).cmp(&ext_rank(pb))).then_with(|| pa.cmp(pb)));
        }
        Listing { files }
    }

    fn find(&self, package: &str, version: Option<&str>) -> Option<&Path> {
        let versions = self.files.get(package)?;
        let found = match version {
            None => versions.first(),
            Some(v) => {
                // URLs may shorten a version (`v4.11`): the missing parts are zero.
                let wanted = [v.to_string(), format!("{v}.0"), format!("{v}.0.0")]
                    .iter()
                    .find_map(|v| semver::Version::parse(v).ok())?;
                versions.iter().find(|(have, _)| *have == wanted)
            }
        };
        found.map(|(_, p)| p.as_path())
    }
}

fn ext_rank(p: &Path) -> u8 {
    match p.extension().and_then(|e| e.to_str()) {
        Some("json") => 0,
        Some("yaml") => 1,
        _ => 2,
    }
}

/// Loads `<name>-<version>.json` (or `.yaml`) files on demand and keeps what it loaded.
#[derive(Debug, Default, Clone)]
pub struct Dependencies {
    dir: Option<PathBuf>,
    /// Shared with the loads of dependencies' own dependencies, so the folder is read once.
    listing: Option<Arc<Listing>>,
    /// The packages whose loading led here, outermost first: a dependency among them is a cycle.
    chain: Vec<String>,
    loaded: Vec<Package>,
    /// Packages that failed to load or are not there, so each is tried once.
    unavailable: HashSet<String>,
}

impl Dependencies {
    pub fn new(dir: Option<PathBuf>) -> Self {
        Dependencies { dir, ..Default::default() }
    }

    /// The dependencies of a dependency: the same folder and listing, one more link in the chain.
    fn nested(&mut self, package: &str) -> Dependencies {
        let listing = Some(self.listing()).cloned();
        let mut chain = self.chain.clone();
        chain.push(package.to_string());
        Dependencies { dir: self.dir.clone(), listing, chain, ..Default::default() }
    }

    /// Names the package being bound with these dependencies (the start of its chain).
    pub(crate) fn enter(&mut self, package: &str) {
        if self.chain.is_empty() {
            self.chain.push(package.to_string());
        }
    }

    fn listing(&mut self) -> &Arc<Listing> {
        let dir = self.dir.clone();
        self.listing.get_or_insert_with(|| Arc::new(dir.as_deref().map(Listing::read).unwrap_or_default()))
    }

    pub(crate) fn take_loaded(&mut self) -> Vec<Package> {
        std::mem::take(&mut self.loaded)
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
            if self.dir.is_none() {
                return Ok(None);
            }
            let Some(file) = self.listing().find(package, version).map(Path::to_path_buf) else {
                self.unavailable.insert(key);
                return Ok(None);
            };
            self.unavailable.insert(key.clone());
            if self.chain.iter().any(|p| p == package) {
                let mut cycle = self.chain.clone();
                cycle.push(package.to_string());
                let start = cycle.iter().position(|p| p == package).unwrap_or(0);
                return Err(format!(
                    "dependency cycle: {} (through {})",
                    cycle[start..].iter().map(|p| format!("`{p}`")).collect::<Vec<_>>().join(" -> "),
                    file.display()
                ));
            }
            if self.chain.len() >= MAX_DEPTH {
                return Err(format!(
                    "dependency schemas nest more than {MAX_DEPTH} deep ({} -> `{package}`)",
                    self.chain.iter().map(|p| format!("`{p}`")).collect::<Vec<_>>().join(" -> ")
                ));
            }
            let nested = self.nested(package);
            match crate::load_with(&file, nested) {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn listing(names: &[&str]) -> (tempfile::TempDir, Listing) {
        let dir = tempfile::tempdir().expect("temp dir");
        for n in names {
            std::fs::write(dir.path().join(n), "{}").expect("written");
        }
        let l = Listing::read(dir.path());
        (dir, l)
    }

    fn found(l: &Listing, package: &str, version: Option<&str>) -> Option<String> {
        l.find(package, version).and_then(|p| p.file_name()).map(|n| n.to_string_lossy().into_owned())
    }

    #[test]
    fn names_match_exactly_and_versions_order_as_semver() {
        let (_d, l) = listing(&["aws-native-1.0.0.json", "aws-9.0.0.json", "aws-10.0.0.json", "aws-10.0.0-alpha.1.json", "awsx-11.0.0.json", "notes.txt"]);
        assert_eq!(found(&l, "aws", None).as_deref(), Some("aws-10.0.0.json"));
        assert_eq!(found(&l, "aws", Some("9.0.0")).as_deref(), Some("aws-9.0.0.json"));
        assert_eq!(found(&l, "aws", Some("10.0.0-alpha.1")).as_deref(), Some("aws-10.0.0-alpha.1.json"));
        assert_eq!(found(&l, "aws-native", None).as_deref(), Some("aws-native-1.0.0.json"));
        assert_eq!(found(&l, "aws", Some("1.0.0")), None);
        assert_eq!(found(&l, "aws", Some("9")).as_deref(), Some("aws-9.0.0.json"));
        assert_eq!(found(&l, "native", None), None);
        assert_eq!(found(&l, "aws", Some("not-a-version")), None);
    }

    #[test]
    fn only_aws_native_means_aws_is_absent() {
        let (_d, l) = listing(&["aws-native-1.0.0.json"]);
        assert_eq!(found(&l, "aws", None), None);
    }
}
