//! The package's non-code files: README, `pulumi-plugin.json`, `pyproject.toml`, and the
//! constants `_utilities.py` carries.

use std::collections::BTreeMap;

use schemagen_schema::Package;

use super::annotate::PkgSettings;
use super::escape::double_quoted;
use super::render::{PyprojectFile, UtilitiesFile};

/// The package's version: `--version`, else the schema's.
#[derive(Debug, Clone, Default)]
pub struct Version {
    pub value: Option<String>,
    /// Given to the run, not read from the schema.
    pub explicit: bool,
}

impl Version {
    pub fn of(pkg: &Package, options: &super::SdkOptions) -> Version {
        match &options.version {
            Some(v) => Version { value: Some(v.clone()), explicit: true },
            None => Version { value: pkg.version.clone(), explicit: false },
        }
    }
}

pub fn utilities(pkg: &Package, settings: &PkgSettings, version: &Version) -> UtilitiesFile {
    let opt = |v: Option<&str>| v.map_or_else(|| "None".to_string(), double_quoted);
    UtilitiesFile {
        py_pkg_lit: double_quoted(settings.names.package()),
        version_lit: opt(version.value.as_deref()),
        download_url_lit: opt(pkg.plugin_download_url.as_deref().filter(|u| !u.is_empty())),
    }
}

/// `language.python.readme`, else the description and attribution.
pub fn readme(pkg: &Package) -> String {
    if let Some(r) = pkg.language.python.as_ref().and_then(|p| p.readme.clone()).filter(|r| !r.is_empty()) {
        return r.trim_end().to_string();
    }
    let mut text = pkg.description.clone().unwrap_or_default().trim_end().to_string();
    if let Some(a) = pkg.attribution.as_deref().filter(|a| !a.is_empty()) {
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        text.push_str(a.trim_end());
    }
    text
}

/// The plugin the package needs: its name, the version given to the run (or the schema's when
/// `respectSchemaVersion` says so), and where to download it.
pub fn plugin_json(pkg: &Package, version: &Version) -> String {
    let mut v = serde_json::Map::new();
    v.insert("resource".into(), true.into());
    v.insert("name".into(), pkg.name.clone().into());
    let respect = version.explicit || pkg.language.python.as_ref().is_some_and(|p| p.respect_schema_version);
    if let (true, Some(ver)) = (respect, &version.value) {
        v.insert("version".into(), ver.clone().into());
    }
    if let Some(url) = pkg.plugin_download_url.as_deref().filter(|u| !u.is_empty()) {
        v.insert("server".into(), url.into());
    }
    serde_json::to_string_pretty(&serde_json::Value::Object(v)).expect("JSON values serialize")
}

/// `deps` are the settings of `pkg`'s dependencies, by name: their distributions are named by
/// their import names.
pub fn pyproject(pkg: &Package, settings: &PkgSettings, deps_settings: &std::collections::HashMap<String, PkgSettings>, version: &Version) -> PyprojectFile {
    let mut deps: BTreeMap<String, String> = BTreeMap::new();
    deps.insert("parver".into(), ">=0.2.1".into());
    deps.insert("pulumi".into(), super::runtime_floor::pulumi_requirement());
    deps.insert("semver".into(), ">=2.8.1".into());
    for d in &pkg.dependencies {
        if let Some(v) = &d.version {
            let pack = deps_settings.get(&d.name).map_or_else(|| PkgSettings::of(d).names.pack().to_string(), |s| s.names.pack().to_string());
            deps.insert(pack, format!(">={}", pep440(v)));
        }
    }
    if let Some(py) = &pkg.language.python {
        deps.extend(py.requires.iter().map(|(k, v)| (k.clone(), v.clone())));
    }
    if settings.typed_dicts() {
        deps.insert("typing-extensions".into(), ">=4.11,<5; python_version < \"3.11\"".into());
    }
    let mut urls = Vec::new();
    if let Some(h) = &pkg.homepage {
        urls.push(("Homepage".to_string(), double_quoted(h)));
    }
    if let Some(r) = &pkg.repository {
        urls.push(("Repository".to_string(), double_quoted(r)));
    }
    let description = pkg.description.as_deref().and_then(|d| d.lines().next()).unwrap_or_default();
    PyprojectFile {
        name_lit: double_quoted(settings.names.package()),
        version_lit: double_quoted(&pep440(version.value.as_deref().unwrap_or("0.0.0"))),
        description_lit: double_quoted(description),
        keywords: pkg.keywords.iter().map(|k| double_quoted(k)).collect(),
        dependencies: deps.into_iter().map(|(k, v)| double_quoted(&format!("{k}{v}"))).collect(),
        license_lit: pkg.license.as_deref().map(double_quoted),
        requires_python_lit: double_quoted(
            pkg.language.python.as_ref().and_then(|p| p.python_requires.as_deref()).unwrap_or(">=3.9"),
        ),
        urls,
        pkg_lit: double_quoted(settings.names.package()),
    }
}

/// A semver version in PEP 440 form (`1.2.3-alpha.4` → `1.2.3a4`, other pre-releases `.devN`).
pub fn pep440(v: &str) -> String {
    let v = v.split('+').next().unwrap_or(v);
    let (core, pre) = v.split_once('-').map_or((v, None), |(c, p)| (c, Some(p)));
    let Some(pre) = pre else { return core.to_string() };
    let digits: String = pre.chars().filter(|c| c.is_ascii_digit()).collect();
    let n = if digits.is_empty() { "0".to_string() } else { digits };
    let tag = ["alpha", "beta", "rc"].iter().zip(["a", "b", "rc"]).find(|(p, _)| pre.starts_with(**p)).map(|(_, t)| t);
    match tag {
        Some(t) => format!("{core}{t}{n}"),
        None => format!("{core}.dev{n}"),
    }
}

#[cfg(test)]
mod tests {
    use super::pep440;

    #[test]
    fn semver_to_pep440() {
        assert_eq!(pep440("1.2.3"), "1.2.3");
        assert_eq!(pep440("1.2.3-alpha.4"), "1.2.3a4");
        assert_eq!(pep440("1.2.3-rc.1+build"), "1.2.3rc1");
        assert_eq!(pep440("0.0.1-dev.20"), "0.0.1.dev20");
    }
}
