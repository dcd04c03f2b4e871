//! Writing what `docs` and `sdk` generate: the schema is loaded and bound once, every output
//! asked for is rendered at the same time (each straight into its own staging folder, file by
//! file), and only when all of them succeeded are they switched into place; a failure leaves
//! every output folder as it was.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use rayon::prelude::*;
use schemagen_engine::output::{CommitOptions, Committed, FileSink, OutputDir};
use schemagen_engine::OutputError;
use schemagen_schema::Package;

use crate::cli::{load, usage_problem};
use crate::progress::{self, Counted};
use crate::report;

/// A generator that hands its files to a sink as it renders them.
pub(crate) type Render<'a> = dyn Fn(&Package, &dyn FileSink) -> Result<(), OutputError> + Sync + 'a;

/// One output of a run: what it is called in messages, its folder, its generator.
pub(crate) struct Job<'a> {
    pub(crate) name: &'static str,
    pub(crate) out: PathBuf,
    pub(crate) render: &'a Render<'a>,
}

/// What the run reads and how it writes.
pub(crate) struct RunOptions<'a> {
    pub(crate) schema: Option<&'a Path>,
    pub(crate) deps: Option<PathBuf>,
    pub(crate) clean: bool,
    /// No progress and no summary lines; warnings and errors are still printed.
    pub(crate) quiet: bool,
}

pub(crate) fn generate(opts: RunOptions<'_>, jobs: &[Job<'_>]) -> ExitCode {
    let started = Instant::now();
    for job in jobs {
        if let Some(code) = usage_problem(opts.schema, opts.deps.as_deref(), Some(&job.out)) {
            return code;
        }
    }
    let loaded = match load(opts.schema, opts.deps.clone(), false) {
        Ok(loaded) => loaded,
        Err(code) => return code,
    };
    let result = write_outputs(&loaded.package, jobs, &opts, started);
    // Freeing a big model piece by piece takes a noticeable part of a run, and the process
    // ends right after this.
    std::mem::forget(loaded);
    match result {
        Ok(done) => {
            for (job, (committed, took)) in jobs.iter().zip(done) {
                summarize(job, &committed, took, opts.quiet);
            }
            if !opts.quiet && jobs.len() > 1 {
                eprintln!("wrote {} outputs in {:.0?}", jobs.len(), started.elapsed());
            }
            ExitCode::SUCCESS
        }
        Err(errors) => {
            for (name, e) in errors {
                match name {
                    Some(name) if jobs.len() > 1 => eprintln!("error: {name}: {e}"),
                    _ => eprintln!("error: {e}"),
                }
            }
            ExitCode::from(1)
        }
    }
}

/// The failures of a run, each with the output it belongs to (when it belongs to one).
type Failures = Vec<(Option<&'static str>, OutputError)>;

/// Locks every output folder, renders all outputs into their staging folders at once and, when
/// every one succeeded, switches them into place one after the other.
fn write_outputs(pkg: &Package, jobs: &[Job<'_>], opts: &RunOptions<'_>, started: Instant) -> Result<Vec<(Committed, Duration)>, Failures> {
    remove_staging_on_signals();
    let dirs = jobs
        .iter()
        .map(|job| OutputDir::open(&job.out, CommitOptions { clean: opts.clean }).map_err(|e| vec![(Some(job.name), e)]))
        .collect::<Result<Vec<_>, _>>()?;
    let sinks: Vec<Counted<'_>> = dirs.iter().map(|d| Counted::new(d)).collect();
    let shown: Vec<(&str, &Counted<'_>)> = jobs.iter().map(|j| j.name).zip(&sinks).collect();
    let rendered: Vec<Result<Duration, OutputError>> = progress::while_running(progress::wanted(opts.quiet), &shown, || {
        jobs.par_iter().zip(&sinks).map(|(job, sink)| (job.render)(pkg, sink).map(|()| started.elapsed())).collect()
    });
    drop(shown);
    drop(sinks);
    let mut took = Vec::new();
    let mut failures: Failures = Vec::new();
    for (job, result) in jobs.iter().zip(rendered) {
        match result {
            Ok(t) => took.push(t),
            Err(e) => failures.push((Some(job.name), e)),
        }
    }
    if !failures.is_empty() {
        return Err(failures);
    }
    // Not one switch: a folder that fails to switch (after others did) is named in the error.
    let mut done = Vec::new();
    for ((job, dir), took) in jobs.iter().zip(dirs).zip(took) {
        let committed = dir.commit().map_err(|e| vec![(Some(job.name), e)])?;
        done.push((committed, took));
    }
    Ok(done)
}

/// The lines a finished output gets on stderr: what was kept or done unusually, and (unless
/// quiet) what was written.
fn summarize(job: &Job<'_>, done: &Committed, took: Duration, quiet: bool) {
    let out = &job.out;
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
    if !quiet {
        eprintln!("{}: wrote {} files to {} in {:.0?}", job.name, done.files, out.display(), took);
    }
}

/// SIGINT and SIGTERM remove the staging folders before the process ends: each output folder is
/// then entirely old (or, past its switch, entirely new), and nothing is left beside it.
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
