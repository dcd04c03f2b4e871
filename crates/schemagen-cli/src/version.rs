//! `schemagen sdk --version`: the package version a run gives the SDK.

use std::process::ExitCode;

use schemagen_engine::python::SdkOptions;
use schemagen_schema::Package;

/// The Python generator's options from `--version` (a semver version, `v` prefix allowed);
/// exit code 2 when it is not one, or given for another language.
pub(crate) fn python_options(is_python: bool, version: Option<String>) -> Result<SdkOptions, ExitCode> {
    let Some(v) = version else { return Ok(SdkOptions::default()) };
    let problem = if !is_python {
        "--version is for `--lang python` only".to_string()
    } else {
        let bare = v.strip_prefix('v').unwrap_or(&v);
        match semver::Version::parse(bare) {
            Ok(parsed) => return Ok(SdkOptions { version: Some(parsed.to_string()) }),
            Err(e) => format!("--version `{}` is not a semver version ({e}), such as 1.2.3 or 1.2.3-alpha.1", v.escape_debug()),
        }
    };
    eprintln!("error: {problem}");
    Err(ExitCode::from(2))
}

/// Without `--version` and a schema `version`, the package is 0.0.0 and its resources ask for
/// plugin version 0.0.0: say so.
pub(crate) fn warn_if_unversioned(pkg: &Package, options: &SdkOptions) {
    if options.version.is_none() && pkg.version.is_none() {
        eprintln!(
            "warning: the schema has no `version` and no --version was given: the package is version 0.0.0, \
             and its resources ask for plugin version 0.0.0 (pass --version X, or set `version` in the schema)"
        );
    }
}
