//! The files of a Go package that are not about one member: `init.go` (resource module and
//! package registration), `doc.go`, `config/config.go`, the `internal` helpers,
//! `pulumi-plugin.json` and `go.mod`.

use askama::Template;

use schemagen_schema::Package;

use crate::model::Ty;

use super::layout::join;
use super::render::{self, ConfigFile, ConfigGetter, DocFile, GoMod, InitFile, PluginFile, UtilitiesFile, VersionFile};
use super::resource::literal;
use super::text;
use super::types::{PkgNames, Scope};
use crate::names::go as names;
use crate::{GeneratedFile, OutputError};

fn render_err(e: askama::Error) -> OutputError {
    OutputError::Render(e.to_string())
}

pub(crate) fn go_mod(module_path: &str) -> Result<String, OutputError> {
    GoMod { module_path: module_path.to_string(), sdk_version: super::SDK_VERSION }.render().map_err(render_err)
}

/// `doc.go`, `pulumi-plugin.json` and the `internal` package.
pub(crate) fn root_files(own: &PkgNames) -> Result<Vec<GeneratedFile>, OutputError> {
    let pkg = own.pkg;
    let layout = &own.layout;
    let root = layout.pkg("");
    let mut files = Vec::new();
    let doc = text::doc(Some(&format!("Package {} exports types, functions, subpackages for provisioning {} resources.", root.name, pkg.name)), None, "");
    files.push(GeneratedFile::new(join(&root.dir, "doc.go"), DocFile { pkg_name: root.name.clone(), doc }.render().map_err(render_err)?)?);

    let json = |s: &str| serde_json::Value::from(s).to_string();
    let plugin = PluginFile {
        name: json(&pkg.name),
        version: pkg.version.as_deref().filter(|_| layout.info.respect_schema_version).map(json),
        server: pkg.plugin_download_url.as_deref().map(json),
    };
    files.push(GeneratedFile::new(join(&root.dir, "pulumi-plugin.json"), plugin.render().map_err(render_err)? + "\n")?);

    let internal_name = names::package_name(&layout.internal);
    let regex = if layout.info.root_package_name.as_deref().is_some_and(|n| !n.is_empty()) {
        format!("^{}(/v\\d+)?", regex_escape(&layout.import_base))
    } else {
        format!("^.*/pulumi-{}/sdk(/v\\d+)?", regex_escape(&pkg.name))
    };
    let utilities = UtilitiesFile {
        pkg_name: internal_name.clone(),
        package_regex: text::quote(&regex),
        plugin_download_url: pkg.plugin_download_url.as_deref().map(text::quote),
    };
    files.push(GeneratedFile::new(join(&layout.internal_dir(), "pulumiUtilities.go"), utilities.render().map_err(render_err)?)?);
    let version = VersionFile { pkg_name: internal_name };
    files.push(GeneratedFile::new(join(&layout.internal_dir(), "pulumiVersion.go"), version.render().map_err(render_err)?)?);
    Ok(files)
}

fn regex_escape(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if "\\.+*?()|[]{}^$".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

pub(crate) fn init(
    scope: &Scope,
    package: &str,
    modules: &[&str],
    constructs: Vec<(String, String)>,
    provider: Option<(String, String)>,
) -> Result<String, OutputError> {
    scope.import("fmt", "");
    scope.import("github.com/blang/semver", "");
    scope.import("github.com/pulumi/pulumi/sdk/v3/go/pulumi", "");
    scope.import(&scope.own.layout.internal_import(), "");
    let mut constructs: Vec<(String, String)> = constructs.into_iter().map(|(t, n)| (text::quote(&t), n)).collect();
    constructs.sort();
    let file = InitFile {
        pkg_name: scope.here.name.clone(), internal: scope.internal(),
        imports: render::import_groups(scope.take_imports()),
        modules: modules.iter().collect::<std::collections::BTreeSet<_>>().into_iter().map(|m| text::quote(m)).collect(),
        constructs,
        package_name: text::quote(package),
        provider: provider.map(|(t, n)| (text::quote(&t), n)),
    };
    file.render().map_err(render_err)
}

pub(crate) fn config(scope: &Scope, pkg: &Package) -> Result<String, OutputError> {
    let mut getters = Vec::new();
    let mut props: Vec<_> = pkg.config.iter().enumerate().collect();
    props.sort_by(|a, b| a.1.name.cmp(&b.1.name));
    for (i, p) in props {
        let bound = scope.bind(p, false, false);
        let (ty, getter) = match bound.unwrapped() {
            Ty::Bool => ("bool".to_string(), "Bool"),
            Ty::Int => ("int".to_string(), "Int"),
            Ty::Number => ("float64".to_string(), "Float64"),
            _ => ("string".to_string(), ""),
        };
        let fallback = config_fallback(scope, p, &bound, &ty);
        getters.push(ConfigGetter {
            doc: text::doc(p.description.as_deref(), p.deprecation_message.as_deref(), ""),
            name: scope.own.names.config_getter(i).to_string(),
            key: text::quote(&format!("{}:{}", pkg.name, p.name)),
            ty,
            getter: getter.to_string(),
            fallback,
        });
    }
    scope.import("github.com/pulumi/pulumi/sdk/v3/go/pulumi", "");
    scope.import("github.com/pulumi/pulumi/sdk/v3/go/pulumi/config", "");
    scope.import(&scope.own.layout.internal_import(), "");
    let file = ConfigFile { pkg_name: scope.here.name.clone(), internal: scope.internal(), imports: render::import_groups(scope.take_imports()), getters };
    file.render().map_err(render_err)
}

fn config_fallback(scope: &Scope, p: &schemagen_schema::Property, bound: &Ty, ty: &str) -> Option<String> {
    let env: Vec<String> = p.default_info.as_ref().map(|d| d.environment.clone()).unwrap_or_default();
    let lit = p.default.as_deref().and_then(|v| literal(bound, v));
    if env.is_empty() && lit.is_none() {
        return None;
    }
    if env.is_empty() {
        return Some(format!("\tvalue = {}\n", lit.unwrap_or_default()));
    }
    let parser = match ty {
        "bool" => format!("{}.ParseEnvBool", scope.internal()),
        "int" => format!("{}.ParseEnvInt", scope.internal()),
        "float64" => format!("{}.ParseEnvFloat", scope.internal()),
        _ => "nil".to_string(),
    };
    let vars: Vec<String> = env.iter().map(|e| text::quote(e)).collect();
    Some(format!(
        "\tif d := {}.GetEnvOrDefault({}, {parser}, {}); d != nil {{\n\t\tvalue = d.({ty})\n\t}}\n",
        scope.internal(),
        lit.unwrap_or_else(|| "nil".into()),
        vars.join(", ")
    ))
}
