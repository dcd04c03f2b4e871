//! `schemagen diff OLD NEW`: loads both schemas, asks the engine what changed, prints the report
//! and turns it into the exit code a release gate reads.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Args, ValueEnum};
use schemagen_engine::diff::{self, render, Severity, Side};
use schemagen_schema::{Format, LoadOptions, Loaded};

#[derive(Args)]
pub struct DiffArgs {
    /// The schema before the change (JSON or YAML, by extension or content).
    #[arg(value_name = "OLD")]
    old: PathBuf,
    /// The schema after the change.
    #[arg(value_name = "NEW")]
    new: PathBuf,
    /// Folder of `<name>-<version>.json` schemas that external `$ref`s point into (for both).
    #[arg(long, value_name = "DIR")]
    deps: Option<PathBuf>,
    /// How to print the report: text for a terminal, markdown for a pull-request comment, json
    /// for tools (its fields are documented in the README).
    #[arg(long, value_enum, default_value = "text")]
    format: OutputFormat,
    /// Exit with 1 when a change is at least this severe.
    #[arg(long, value_enum, default_value = "breaking")]
    fail_on: FailOn,
    /// Changes listed in full, most severe first: text says how many more there are, markdown
    /// folds them into a collapsed section; json always lists every change.
    #[arg(long, value_name = "N", default_value_t = 100)]
    max_changes: usize,
}

#[derive(Clone, Copy, ValueEnum)]
enum OutputFormat {
    Text,
    Markdown,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum FailOn {
    Breaking,
    Warning,
    Never,
}

pub fn run(args: DiffArgs) -> ExitCode {
    for p in [&args.old, &args.new] {
        if let Some(code) = crate::cli::usage_problem(Some(p), args.deps.as_deref(), None) {
            return code;
        }
    }
    let opts = LoadOptions { deps: args.deps.clone() };
    let (old, new) = match (read(&args.old), read(&args.new)) {
        (Ok(o), Ok(n)) => (o, n),
        (Err(e), _) | (_, Err(e)) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    let (old_loaded, new_loaded) = (load(&args.old, old.as_ref(), &opts), load(&args.new, new.as_ref(), &opts));
    let (Some(old_loaded), Some(new_loaded), Some(old), Some(new)) = (old_loaded, new_loaded, old, new) else {
        return ExitCode::from(1);
    };
    let (old_file, new_file) = (args.old.display().to_string(), args.new.display().to_string());
    let report = diff::compare(
        &Side { file: &old_file, text: &old.text, format: old.format, package: &old_loaded.package },
        &Side { file: &new_file, text: &new.text, format: new.format, package: &new_loaded.package },
    );
    let out = match args.format {
        OutputFormat::Text => {
            let colour = anstream::AutoStream::choice(&std::io::stdout()) != anstream::ColorChoice::Never;
            render::text(&report, render::TextOptions { colour, max_changes: args.max_changes })
        }
        OutputFormat::Markdown => render::markdown(&report, args.max_changes),
        OutputFormat::Json => render::json(&report),
    };
    let mut stdout = std::io::stdout().lock();
    // A reader that stops early (`| head`) is not an error of ours.
    let _ = stdout.write_all(out.as_bytes()).and_then(|()| stdout.flush());
    let threshold = match args.fail_on {
        FailOn::Breaking => Some(Severity::Breaking),
        FailOn::Warning => Some(Severity::Warning),
        FailOn::Never => None,
    };
    // Freeing two big models piece by piece takes a noticeable part of a run, and the process
    // ends right after this.
    let failed = threshold.is_some_and(|t| report.has_at_least(t));
    std::mem::forget((old_loaded, new_loaded, old, new, report));
    if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// A schema file's text, as the schema crate parses and locates it.
struct Source {
    text: String,
    format: Format,
}

/// The file's text; `None` when it is not UTF-8 (loading it then says where, as `check` does).
fn read(path: &Path) -> Result<Option<Source>, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read `{}`: {e}", crate::report::printable(&path.display().to_string())))?;
    Ok(String::from_utf8(bytes).ok().map(|text| {
        let text = schemagen_schema::without_bom(text);
        Source { format: Format::detect(path, &text), text }
    }))
}

/// The bound schema; `None` after printing, as `check` does, why it does not bind.
fn load(path: &Path, source: Option<&Source>, opts: &LoadOptions) -> Option<Loaded> {
    let result = match source {
        Some(s) => schemagen_schema::parse(&s.text, &path.display().to_string(), s.format, opts),
        None => schemagen_schema::load(path, opts),
    };
    match result {
        Ok(loaded) => {
            if !loaded.warnings.is_empty() {
                let n = loaded.warnings.len();
                eprintln!(
                    "{}: {n} warning{} (`schemagen check` lists them)",
                    crate::report::printable(&path.display().to_string()),
                    if n == 1 { "" } else { "s" }
                );
            }
            Some(loaded)
        }
        Err(e) => {
            crate::cli::report(&e.file, e.source.as_deref(), &e.diagnostics);
            None
        }
    }
}
