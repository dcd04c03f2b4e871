//! Argument parsing and the three commands. Exit codes: 0 ok, 1 invalid input or failed output,
//! 2 usage error (clap's own code).

use std::ffi::OsString;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use clap::{Parser, Subcommand, ValueEnum};
use schemagen_engine::GeneratedFile;
use schemagen_schema::{Format, LoadError, LoadOptions, Loaded};

use crate::report;

/// The schema `docs` and `sdk` use when no `--schema` is given: the `aws` package with
/// `aws:apigateway/integrationResponse:IntegrationResponse`, as its 2020 reference page shows it.
const DEFAULT_SCHEMA: &str = include_str!("../../../schema/aws.json");
const DEFAULT_SCHEMA_NAME: &str = "<embedded schema/aws.json>";

#[derive(Parser)]
#[command(
    name = "schemagen",
    version,
    about = "Generate Pulumi reference docs and SDKs from a Pulumi Package Schema",
    long_about = "schemagen reads a Pulumi Package Schema (the JSON or YAML a provider publishes) and \
generates what a provider ships from it: the multilingual API reference pages and SDKs.\n\n\
Without --schema, `docs` and `sdk` use the embedded default schema (the `aws` package's \
apigateway IntegrationResponse resource).\n\n\
Exit codes: 0 success, 1 invalid schema or failed output, 2 usage error."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(clap::Args)]
struct SchemaArgs {
    /// The schema file (JSON or YAML, by extension or content); default: the embedded schema.
    #[arg(long, value_name = "FILE")]
    schema: Option<PathBuf>,
    /// Folder of `<name>-<version>.json` schemas that external `$ref`s point into.
    #[arg(long, value_name = "DIR")]
    deps: Option<PathBuf>,
    /// Make the output folder hold exactly what this run generates: files in it that the run
    /// does not generate are removed (by default they are kept, and listed in a warning).
    #[arg(long)]
    clean: bool,
}

#[derive(Subcommand)]
enum Command {
    /// Validate a schema: print a one-line summary, or every problem with file:line:column.
    #[command(long_about = "Validate a Pulumi Package Schema.\n\n\
If it is valid, prints one line to stdout: package name, version and the counts of resources, \
functions, types and modules (warnings, such as unknown keys, go to stderr).\n\n\
If not, prints every problem found to stderr, each starting with `file:line:column: error: message`, \
followed by the source line, the JSON pointer of the offending node and, where possible, a hint.\n\n\
Exit codes: 0 valid, 1 invalid schema, 2 usage error (including a SCHEMA that is missing or not a file).")]
    Check {
        /// The schema file to check (JSON or YAML, by extension or content).
        #[arg(value_name = "SCHEMA")]
        schema: PathBuf,
        /// Folder of `<name>-<version>.json` schemas that external `$ref`s point into; without
        /// it, external references are kept opaque and not checked.
        #[arg(long, value_name = "DIR")]
        deps: Option<PathBuf>,
    },
    /// Write the Hugo reference pages (2020 Pulumi docs format): DIR/<package>/...
    Docs {
        #[command(flatten)]
        schema: SchemaArgs,
        /// Output folder.
        #[arg(long, value_name = "DIR", default_value = "generated/docs")]
        out: PathBuf,
    },
    /// Write an SDK for one language.
    Sdk {
        /// The SDK language.
        #[arg(long, value_enum)]
        lang: Lang,
        #[command(flatten)]
        schema: SchemaArgs,
        /// Output folder (default: generated/<lang>).
        #[arg(long, value_name = "DIR")]
        out: Option<PathBuf>,
        /// Rust only: build the SDK against the `schemagen-runtime` crate in DIR (such as
        /// `crates/schemagen-runtime` of a schemagen checkout) instead of the one on crates.io.
        #[arg(long, value_name = "DIR")]
        runtime_path: Option<PathBuf>,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum Lang {
    Python,
    Rust,
}

impl Lang {
    fn name(self) -> &'static str {
        match self {
            Lang::Python => "python",
            Lang::Rust => "rust",
        }
    }
}

pub fn run(args: impl IntoIterator<Item = OsString>) -> ExitCode {
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { 2 } else { 0 });
        }
    };
    match cli.command {
        Command::Check { schema, deps } => check(&schema, deps),
        Command::Docs { schema, out } => generate(&schema, &out, "docs", &schemagen_engine::docs::generate),
        Command::Sdk { lang, schema, out, runtime_path } => {
            let out = out.unwrap_or_else(|| Path::new("generated").join(lang.name()));
            let rust_options = match rust_sdk_options(lang, runtime_path) {
                Ok(options) => options,
                Err(code) => return code,
            };
            let gen: &Generator<'_> = match lang {
                Lang::Python => &schemagen_engine::python::generate,
                Lang::Rust => &|pkg| schemagen_engine::rust::generate_with(pkg, &rust_options),
            };
            generate(&schema, &out, lang.name(), gen)
        }
    }
}

/// `--runtime-path` as the Rust generator takes it: an absolute path (the SDK's `Cargo.toml` is
/// read from its own folder) to a folder that holds the `schemagen-runtime` crate.
fn rust_sdk_options(lang: Lang, runtime_path: Option<PathBuf>) -> Result<schemagen_engine::rust::SdkOptions, ExitCode> {
    let Some(dir) = runtime_path else {
        return Ok(Default::default());
    };
    let problem = if !matches!(lang, Lang::Rust) {
        "--runtime-path is for `--lang rust` only".to_string()
    } else {
        let manifest = std::fs::read_to_string(dir.join("Cargo.toml")).unwrap_or_default();
        match dir.canonicalize() {
            Ok(abs) if manifest.lines().any(|l| l.trim() == "name = \"schemagen-runtime\"") => {
                return match abs.to_str() {
                    Some(path) => Ok(schemagen_engine::rust::SdkOptions { runtime_path: Some(path.to_string()) }),
                    None => {
                        eprintln!("error: --runtime-path `{}` is not valid UTF-8, which Cargo.toml needs", dir.display());
                        Err(ExitCode::from(2))
                    }
                };
            }
            _ => format!("--runtime-path `{}` does not hold the schemagen-runtime crate (its Cargo.toml)", dir.display()),
        }
    };
    eprintln!("error: {problem}");
    Err(ExitCode::from(2))
}

/// Exit code 2 with a message when the arguments name files that cannot be what they should be.
fn usage_problem(schema: Option<&Path>, deps: Option<&Path>) -> Option<ExitCode> {
    let problem = if let Some(p) = schema.filter(|p| !p.is_file()) {
        if p.is_dir() {
            format!("`{}` is a directory; SCHEMA is a schema file", p.display())
        } else {
            format!("schema file `{}` does not exist", p.display())
        }
    } else if let Some(d) = deps.filter(|d| !d.is_dir()) {
        format!("--deps `{}` is not a directory", d.display())
    } else {
        return None;
    };
    eprintln!("error: {problem}");
    Some(ExitCode::from(2))
}

fn check(path: &Path, deps: Option<PathBuf>) -> ExitCode {
    if let Some(code) = usage_problem(Some(path), deps.as_deref()) {
        return code;
    }
    let Some(loaded) = load(Some(path), deps) else {
        return ExitCode::from(1);
    };
    let p = &loaded.package;
    let enums = p.types.iter().filter(|t| matches!(t, schemagen_schema::TypeDef::Enum(_))).count();
    println!(
        "{} {}: {} resources, {} functions, {} types ({} enums), {} modules{}",
        report::printable(&p.name),
        report::printable(p.version.as_deref().unwrap_or("(no version)")),
        p.resources.len() + usize::from(p.provider.is_some()),
        p.functions.len(),
        p.types.len(),
        enums,
        p.modules().len(),
        match loaded.warnings.len() {
            0 => String::new(),
            n => format!(", {n} warning(s)"),
        }
    );
    // Freeing a big model piece by piece takes a noticeable part of a run, and the process
    // ends right after this.
    std::mem::forget(loaded);
    ExitCode::SUCCESS
}

type Generator<'a> = dyn Fn(&schemagen_schema::Package) -> Result<Vec<GeneratedFile>, schemagen_engine::OutputError> + 'a;

fn generate(args: &SchemaArgs, out: &Path, what: &str, gen: &Generator<'_>) -> ExitCode {
    let started = Instant::now();
    if let Some(code) = usage_problem(args.schema.as_deref(), args.deps.as_deref()) {
        return code;
    }
    let Some(loaded) = load(args.schema.as_deref(), args.deps.clone()) else {
        return ExitCode::from(1);
    };
    match write_output(&loaded.package, out, args.clean, gen) {
        Ok(done) => {
            if done.kept_count > 0 {
                let more = done.kept_count - done.kept.len();
                eprintln!(
                    "warning: kept {} entr{} in {} that this run did not generate: {}{} (pass --clean to remove them)",
                    done.kept_count,
                    if done.kept_count == 1 { "y" } else { "ies" },
                    out.display(),
                    done.kept.iter().map(|k| report::printable(k)).collect::<Vec<_>>().join(", "),
                    if more > 0 { format!(" and {more} more") } else { String::new() }
                );
            }
            if done.per_entry {
                eprintln!("note: {} is a mount point, so its top-level entries were replaced one at a time", out.display());
            }
            eprintln!("{what}: wrote {} files to {} in {:.0?}", done.files, out.display(), started.elapsed());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("error: {e}");
            ExitCode::from(1)
        }
    }
}

/// Locks `out`, generates into its staging folder and switches the result into place.
fn write_output(
    package: &schemagen_schema::Package,
    out: &Path,
    clean: bool,
    gen: &Generator<'_>,
) -> Result<schemagen_engine::output::Committed, schemagen_engine::OutputError> {
    use schemagen_engine::output::{CommitOptions, FileSink, OutputDir};
    remove_staging_on_signals();
    let mut dir = OutputDir::open(out, CommitOptions { clean })?;
    for file in gen(package)? {
        dir.put(file)?;
    }
    dir.commit()
}

/// SIGINT and SIGTERM remove the staging folder before the process ends: the output folder is
/// then entirely old (or, past the switch, entirely new), and nothing is left beside it.
fn remove_staging_on_signals() {
    #[cfg(unix)]
    if let Ok(mut signals) = signal_hook::iterator::Signals::new([signal_hook::consts::SIGINT, signal_hook::consts::SIGTERM]) {
        std::thread::spawn(move || {
            if let Some(signal) = signals.forever().next() {
                schemagen_engine::output::abandon();
                eprintln!("schemagen: interrupted");
                std::process::exit(128 + signal);
            }
        });
    }
}

/// Loads the schema (or the embedded one), printing warnings; `None` after printing errors.
fn load(path: Option<&Path>, deps: Option<PathBuf>) -> Option<Loaded> {
    let opts = LoadOptions { deps };
    let result = match path {
        Some(p) => schemagen_schema::load(p, &opts),
        None => schemagen_schema::parse(DEFAULT_SCHEMA, DEFAULT_SCHEMA_NAME, Format::Json, &opts),
    };
    let file = path.map_or_else(|| DEFAULT_SCHEMA_NAME.to_string(), |p| p.display().to_string());
    match result {
        Ok(loaded) => {
            let source = if loaded.warnings.is_empty() {
                None
            } else {
                // The same text the schema crate located the warnings in.
                match path {
                    Some(p) => std::fs::read_to_string(p).ok().map(schemagen_schema::without_bom),
                    None => Some(DEFAULT_SCHEMA.to_string()),
                }
            };
            for w in &loaded.warnings {
                eprintln!("{}", report::render(&file, source.as_deref(), w, styled()));
            }
            Some(loaded)
        }
        Err(e) => {
            report(&e);
            None
        }
    }
}

fn report(e: &LoadError) {
    for d in &e.diagnostics {
        eprintln!("{}", report::render(&e.file, e.source.as_deref(), d, styled()));
    }
    let errors = e.error_count();
    eprintln!("{}: {errors} error{} found", report::printable(&e.file), if errors == 1 { "" } else { "s" });
}

/// Colours only for a person at a terminal who has not asked for none.
fn styled() -> bool {
    std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}
