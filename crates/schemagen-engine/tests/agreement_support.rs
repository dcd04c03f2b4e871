//! What `schemagen check` answers for a loaded schema, every generator's answer, and the rule
//! that ties them: whenever `check` accepts a schema every generator succeeds, and every file a
//! generator returns has a path the output folder can hold.
#![allow(dead_code)]

use schemagen_engine::output::Layout;
use schemagen_engine::{GeneratedFile, OutputError};
use schemagen_schema::{Loaded, Package};

type Generate = fn(&Package) -> Result<Vec<GeneratedFile>, OutputError>;

/// Every generator behind `schemagen docs` and `schemagen sdk`, by the name a user gives it.
pub const GENERATORS: &[(&str, Generate)] = &[
    ("docs", schemagen_engine::docs::generate),
    ("docs --html", schemagen_engine::docs::html::generate),
    ("python", schemagen_engine::python::generate),
    ("nodejs", schemagen_engine::nodejs::generate),
    ("go", schemagen_engine::go::generate),
    ("rust", schemagen_engine::rust::generate),
];

/// The errors `check` reports for a schema that loaded: its warnings that Pulumi rejects.
pub fn check_errors(loaded: &Loaded) -> Vec<String> {
    loaded.warnings.iter().map(|w| w.as_pulumi_reports()).filter(|d| d.is_error()).map(|d| d.header("schema")).collect()
}

/// Every generator's output for `loaded`, after checking that `check` and the generators agree
/// and that each output's paths fit one folder. `Err` says how they disagree.
pub fn generate_all(loaded: &Loaded) -> Result<Vec<(&'static str, Result<Vec<GeneratedFile>, OutputError>)>, String> {
    let check = check_errors(loaded);
    let mut results = Vec::new();
    for (name, generate) in GENERATORS {
        let result = generate(&loaded.package);
        match &result {
            Err(e) if check.is_empty() => return Err(format!("`check` accepts the schema, `{name}` refuses it: {e}")),
            Err(_) => {}
            Ok(files) => {
                let mut layout = Layout::new();
                for f in files {
                    layout.insert(f.path()).map_err(|e| format!("`{name}` returned a path the output cannot hold: {e}"))?;
                }
                if *name == "docs" {
                    one_url_each(files)?;
                }
            }
        }
        results.push((*name, result));
    }
    Ok(results)
}

/// Hugo serves `a/b.md` and `a/b/_index.md` at one URL, `/a/b/`, and lower-cases it: no two
/// pages may share one.
fn one_url_each(files: &[GeneratedFile]) -> Result<(), String> {
    let mut urls = std::collections::HashMap::new();
    for f in files {
        let Some(page) = f.path().strip_suffix(".md") else { continue };
        let url = page.strip_suffix("_index").unwrap_or(page).trim_end_matches('/').to_lowercase();
        if let Some(other) = urls.insert(url, f.path()) {
            return Err(format!("`docs` wrote `{other}` and `{}`, which Hugo serves at one URL", f.path()));
        }
    }
    Ok(())
}
