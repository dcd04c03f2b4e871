//! Argument parsing and the three commands. Exit codes: 0 ok, 1 invalid input or failed output,
//! 2 usage error (clap's own code).

use std::ffi::OsString;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use schemagen_engine::output::FileSink;
use schemagen_schema::{Diagnostic, Format, LoadOptions, Loaded};

use crate::outputs::{Job, Render};
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
Without a SCHEMA (or --schema), `docs` and `sdk` use the embedded default schema (the `aws` package's \
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
    #[arg(value_name = "SCHEMA", conflicts_with = "schema_flag")]
    schema: Option<PathBuf>,
    /// The schema file, as a flag (the same as SCHEMA).
    #[arg(long = "schema", value_name = "FILE", id = "schema_flag")]
    schema_flag: Option<PathBuf>,
    /// Folder of `<name>-<version>.json` schemas that external `$ref`s point into.
    #[arg(long, value_name = "DIR")]
    deps: Option<PathBuf>,
    /// Make the output folder hold exactly what this run generates: files in it that the run
    /// does not generate are removed (by default they are kept, and listed in a warning).
    #[arg(long)]
    clean: bool,
    /// Print no progress and no summary (warnings and errors are still printed, on stderr).
    #[arg(long, short)]
    quiet: bool,
}

impl SchemaArgs {
    fn path(&self) -> Option<&Path> {
        self.schema.as_deref().or(self.schema_flag.as_deref())
    }

    fn run_options(&self) -> crate::outputs::RunOptions<'_> {
        crate::outputs::RunOptions { schema: self.path(), deps: self.deps.clone(), clean: self.clean, quiet: self.quiet }
    }
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
        #[arg(value_name = "SCHEMA", required_unless_present = "schema_flag", conflicts_with = "schema_flag")]
        schema: Option<PathBuf>,
        /// The schema file, as a flag (the same as SCHEMA).
        #[arg(long = "schema", value_name = "FILE", id = "schema_flag")]
        schema_flag: Option<PathBuf>,
        /// Folder of `<name>-<version>.json` schemas that external `$ref`s point into; without
        /// it, external references are kept opaque and not checked.
        #[arg(long, value_name = "DIR")]
        deps: Option<PathBuf>,
    },
    /// Write the Hugo reference pages (2020 Pulumi docs format), or with --html a browsable site
    #[command(long_about = "Write the reference pages for every resource, function and module: \
Hugo markdown in the 2020 Pulumi docs format (DIR/<package>/..., default DIR generated/docs).\n\n\
With --html, a static site to open in a browser instead (default DIR generated/html; open \
DIR/<package>/_index.html): a language chooser (TypeScript, Python, Go, C#), module sidebar and \
search, with its CSS and JavaScript beside the pages and no network use.\n\n\
With --html --serve, the site is built in memory and served on http://127.0.0.1:PORT only; \
when SCHEMA is a file, it is rebuilt each time the file changes, so reloading the page shows \
the edit.")]
    Docs {
        #[command(flatten)]
        schema: SchemaArgs,
        /// Output folder (default: generated/docs, or generated/html with --html).
        #[arg(long, value_name = "DIR")]
        out: Option<PathBuf>,
        /// Write a static HTML site instead of Hugo markdown.
        #[arg(long)]
        html: bool,
        /// Serve the HTML site on 127.0.0.1 and rebuild it when the schema file changes.
        #[arg(long, requires = "html", conflicts_with = "out")]
        serve: bool,
        /// The port to serve on (0: any free port; the address is printed).
        #[arg(long, requires = "serve", default_value_t = 8000)]
        port: u16,
    },
    /// Compare two schemas: what the change breaks, in which SDK, located in both files.
    #[command(long_about = "Compare two versions of a Pulumi Package Schema and report every change \
a user can notice: removed or added resources, functions, types, methods and config variables; \
renames covered by aliases; properties removed, added, made required or optional, retyped (through \
arrays, maps and unions), made secret or plain, given another default or replaceOnChanges; \
deprecations; enum values; and names that change in only some SDKs (TypeScript, Python, Go, C#).\n\n\
Each change has a severity (breaking, warning, info), a one-line reason, and the line:column of \
its node in both files. Text output is grouped by severity then resource and ends with a summary \
line; markdown is a pull-request comment; json is for tools (fields documented in the README).\n\n\
Exit codes: 0 no change at or above --fail-on, 1 such a change (or a schema that does not bind, \
reported as `check` reports it), 2 usage error or unreadable file.")]
    Diff(crate::diff::DiffArgs),
    /// Write the SDK for one language, or for several at once.
    #[command(long_about = "Write the SDK for one language, or for several at once: \
`--lang python,nodejs,go` or `--lang all` (python, nodejs, go, rust) loads the schema once and \
renders the languages in parallel.\n\n\
Files are written as they are rendered into a staging folder beside each output folder, which \
is switched into place when every language has succeeded; on any failure, every output folder \
is left as it was. On a terminal, a run longer than about a second shows its progress on stderr \
(files written per language); --quiet silences it.")]
    Sdk {
        /// The SDK language(s): python, nodejs (alias typescript), go, rust; comma-separated, or `all`.
        #[arg(long, value_enum, value_delimiter = ',', required = true)]
        lang: Vec<LangChoice>,
        #[command(flatten)]
        schema: SchemaArgs,
        /// Output folder (default: generated/<lang>); with several languages, each goes to DIR/<lang>.
        #[arg(long, value_name = "DIR")]
        out: Option<PathBuf>,
        /// Rust only: build the SDK against the `schemagen-runtime` crate in DIR (such as
        /// `crates/schemagen-runtime` of a schemagen checkout) instead of the one on crates.io.
        #[arg(long, value_name = "DIR")]
        runtime_path: Option<PathBuf>,
        /// Python only: the package version (semver), written to pyproject.toml and
        /// pulumi-plugin.json; resources then ask for that plugin version. Default: the schema's
        /// `version`.
        #[arg(long = "version", value_name = "VERSION")]
        package_version: Option<String>,
    },
}

/// A `--lang` value: a language, or all of them.
#[derive(Clone, Copy, ValueEnum)]
enum LangChoice {
    Python,
    Go,
    /// TypeScript, on `@pulumi/pulumi` (alias `typescript`).
    #[value(alias = "typescript")]
    Nodejs,
    Rust,
    /// python, nodejs, go and rust.
    All,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Lang {
    Python,
    Go,
    Nodejs,
    Rust,
}

impl Lang {
    const ALL: [Lang; 4] = [Lang::Python, Lang::Nodejs, Lang::Go, Lang::Rust];

    /// The languages `--lang` names, each once, in the order given.
    fn chosen(choices: &[LangChoice]) -> Vec<Lang> {
        let mut langs = Vec::new();
        for choice in choices {
            let named: &[Lang] = match choice {
                LangChoice::Python => &[Lang::Python],
                LangChoice::Go => &[Lang::Go],
                LangChoice::Nodejs => &[Lang::Nodejs],
                LangChoice::Rust => &[Lang::Rust],
                LangChoice::All => &Lang::ALL,
            };
            for lang in named {
                if !langs.contains(lang) {
                    langs.push(*lang);
                }
            }
        }
        langs
    }

    fn name(self) -> &'static str {
        match self {
            Lang::Python => "python",
            Lang::Nodejs => "nodejs",
            Lang::Go => "go",
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
        Command::Check { schema, schema_flag, deps } => match schema.or(schema_flag) {
            Some(schema) => check(&schema, deps),
            None => {
                eprintln!("error: name the schema to check: `schemagen check SCHEMA`");
                ExitCode::from(2)
            }
        },
        Command::Diff(args) => crate::diff::run(args),
        Command::Docs { schema, out, html, serve, port } => {
            if serve {
                if let Some(code) = usage_problem(schema.path(), schema.deps.as_deref(), None) {
                    return code;
                }
                return crate::serve::serve(schema.path(), schema.deps.as_deref(), port);
            }
            let (default_out, render, name): (&str, &Render<'_>, _) = if html {
                ("generated/html", &schemagen_engine::docs::html::generate_into, "html")
            } else {
                ("generated/docs", &schemagen_engine::docs::generate_into, "docs")
            };
            let out = out.unwrap_or_else(|| default_out.into());
            crate::outputs::generate(schema.run_options(), &[Job { name, out, render }])
        }
        Command::Sdk { lang, schema, out, runtime_path, package_version } => {
            let langs = Lang::chosen(&lang);
            let rust_options = match rust_sdk_options(&langs, runtime_path) {
                Ok(options) => options,
                Err(code) => return code,
            };
            let python_options = match crate::version::python_options(langs.contains(&Lang::Python), package_version) {
                Ok(options) => options,
                Err(code) => return code,
            };
            let python = |pkg: &schemagen_schema::Package, sink: &dyn FileSink| {
                crate::version::warn_if_unversioned(pkg, &python_options);
                schemagen_engine::python::generate_into(pkg, &python_options, sink)
            };
            let rust = |pkg: &schemagen_schema::Package, sink: &dyn FileSink| schemagen_engine::rust::generate_into(pkg, &rust_options, sink);
            let jobs: Vec<Job<'_>> = langs
                .iter()
                .map(|lang| {
                    let render: &Render<'_> = match lang {
                        Lang::Python => &python,
                        Lang::Go => &schemagen_engine::go::generate_into,
                        Lang::Nodejs => &schemagen_engine::nodejs::generate_into,
                        Lang::Rust => &rust,
                    };
                    let out = match (&out, langs.len()) {
                        (Some(dir), 1) => dir.clone(),
                        (Some(dir), _) => dir.join(lang.name()),
                        (None, _) => Path::new("generated").join(lang.name()),
                    };
                    Job { name: lang.name(), out, render }
                })
                .collect();
            crate::outputs::generate(schema.run_options(), &jobs)
        }
    }
}

/// `--runtime-path` as the Rust generator takes it: an absolute path (the SDK's `Cargo.toml` is
/// read from its own folder) to a folder that holds the `schemagen-runtime` crate.
fn rust_sdk_options(langs: &[Lang], runtime_path: Option<PathBuf>) -> Result<schemagen_engine::rust::SdkOptions, ExitCode> {
    let Some(dir) = runtime_path else {
        return Ok(Default::default());
    };
    let problem = if !langs.contains(&Lang::Rust) {
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
pub(crate) fn usage_problem(schema: Option<&Path>, deps: Option<&Path>, out: Option<&Path>) -> Option<ExitCode> {
    let problem = schema
        .and_then(schema_problem)
        .or_else(|| deps.filter(|d| !d.is_dir()).map(|d| format!("--deps `{}` is not a directory", d.display())))
        .or_else(|| out.and_then(out_problem))?;
    eprintln!("error: {problem}");
    Some(ExitCode::from(2))
}

/// A schema path that is missing or a folder. Anything else that exists is read: a pipe or
/// `/dev/null` is a file to a user.
fn schema_problem(p: &Path) -> Option<String> {
    match std::fs::metadata(p) {
        Ok(m) if m.is_dir() => Some(format!("`{}` is a directory; SCHEMA is a schema file", p.display())),
        Ok(_) => None,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Some(format!("schema file `{}` does not exist", p.display())),
        Err(e) => Some(format!("cannot read schema file `{}`: {}", p.display(), report::io_reason(&e))),
    }
}

/// An output folder that is a file, or lies below one.
fn out_problem(out: &Path) -> Option<String> {
    let existing = out.ancestors().find(|a| !a.as_os_str().is_empty() && a.exists())?;
    if existing.is_dir() {
        return None;
    }
    Some(if existing == out {
        format!("--out `{}` is a file; --out names the folder the files are written into", out.display())
    } else {
        format!("--out `{}` cannot be a folder: `{}` is a file", out.display(), existing.display())
    })
}

fn check(path: &Path, deps: Option<PathBuf>) -> ExitCode {
    if let Some(code) = usage_problem(Some(path), deps.as_deref(), None) {
        return code;
    }
    let loaded = match load(Some(path), deps, true) {
        Ok(loaded) => loaded,
        Err(code) => return code,
    };
    let p = &loaded.package;
    let enums = p.types.iter().filter(|t| matches!(t, schemagen_schema::TypeDef::Enum(_))).count();
    let provider_methods = p.provider.as_ref().map_or(0, |r| r.methods.len());
    let methods = match provider_methods {
        0 => String::new(),
        n => format!(", {}", counted(n, "provider method")),
    };
    println!(
        "{} {}: {}, {}{methods}, {} ({}), {}{}",
        report::printable(&p.name),
        report::printable(p.version.as_deref().unwrap_or("(no version)")),
        counted(p.resources.len(), "resource"),
        counted(p.functions.len() - provider_methods, "function"),
        counted(p.types.len(), "type"),
        counted(enums, "enum"),
        counted(p.modules().len(), "module"),
        match loaded.warnings.len() {
            0 => String::new(),
            n => format!(", {}", counted(n, "warning")),
        }
    );
    // Freeing a big model piece by piece takes a noticeable part of a run, and the process
    // ends right after this.
    std::mem::forget(loaded);
    ExitCode::SUCCESS
}

/// `1 function`, `2 functions`.
fn counted(n: usize, noun: &str) -> String {
    format!("{n} {noun}{}", if n == 1 { "" } else { "s" })
}

/// Loads the schema (or the embedded one), printing warnings; after printing errors, the exit
/// code: 2 when the file could not be read, 1 when the schema is invalid. `as_check`: what
/// Pulumi's binder rejects is reported as an error, as `check` answers for Pulumi too.
pub(crate) fn load(path: Option<&Path>, deps: Option<PathBuf>, as_check: bool) -> Result<Loaded, ExitCode> {
    let opts = LoadOptions { deps };
    let result = match path {
        Some(p) => schemagen_schema::load(p, &opts),
        None => schemagen_schema::parse(DEFAULT_SCHEMA, DEFAULT_SCHEMA_NAME, Format::Json, &opts),
    };
    let file = path.map_or_else(|| DEFAULT_SCHEMA_NAME.to_string(), |p| p.display().to_string());
    let mut loaded = match result {
        Ok(loaded) => loaded,
        Err(e) => {
            if let Some(io) = &e.read_error {
                eprintln!("error: cannot read schema file `{}`: {}", report::printable(&e.file), report::io_reason(io));
                return Err(ExitCode::from(2));
            }
            report(&e.file, e.source.as_deref(), &e.diagnostics);
            return Err(ExitCode::from(1));
        }
    };
    let shown: Vec<Diagnostic> = if as_check {
        loaded.warnings.iter().map(Diagnostic::as_pulumi_reports).collect()
    } else {
        loaded.warnings.clone()
    };
    // The text the schema crate located the warnings in, dropped once they are shown.
    let source = loaded.source.take();
    if shown.is_empty() {
        return Ok(loaded);
    }
    let source = source.or_else(|| match path {
        Some(p) => std::fs::read_to_string(p).ok().map(schemagen_schema::without_bom),
        None => Some(DEFAULT_SCHEMA.to_string()),
    });
    if shown.iter().any(Diagnostic::is_error) {
        report(&file, source.as_deref(), &shown);
        // Only `check` gets here (warnings are errors only `as_check`), and its process ends
        // now: freeing a big model piece by piece is slow.
        std::mem::forget(loaded);
        return Err(ExitCode::from(1));
    }
    for w in &shown {
        eprintln!("{}", report::render(&file, source.as_deref(), w, styled()));
    }
    Ok(loaded)
}

pub(crate) fn report(file: &str, source: Option<&str>, diagnostics: &[Diagnostic]) {
    for d in diagnostics {
        eprintln!("{}", report::render(file, source, d, styled()));
    }
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    eprintln!("{}: {errors} error{} found", report::printable(file), if errors == 1 { "" } else { "s" });
}

/// Colours only for a person at a terminal who has not asked for none.
fn styled() -> bool {
    std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}
