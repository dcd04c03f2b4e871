//! Generated files and how they reach the disk: never outside the chosen folder, never half
//! written, never mixed with an earlier run's.
//!
//! Generators hand files to a [`FileSink`] as they render them, from any number of threads.
//! [`OutputDir`] is the sink that writes: each file goes straight into a private staging folder
//! beside `--out` (so the whole output is never held in memory), and [`OutputDir::commit`]
//! switches the staged tree into place with one atomic rename. [`Collect`] keeps files in memory. [`Layout`] is the rule every path must pass, shared with
//! `check` so that what it accepts, every generator can write.

mod interrupt;
mod layout;
#[cfg(unix)]
mod unix;
#[cfg(not(unix))]
mod portable;

use std::fmt;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, PoisonError};

pub use interrupt::abandon;
pub use layout::Layout;
#[cfg(unix)]
pub use unix::OutputDir;
#[cfg(not(unix))]
pub use portable::OutputDir;

/// One generated file: a relative path (always `/`-separated) and its contents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GeneratedFile {
    path: String,
    pub contents: String,
}

/// The longest file or folder name most file systems take, in bytes.
const MAX_NAME_BYTES: usize = 255;

impl GeneratedFile {
    /// `path` comes from schema names, so it is checked here: relative, no `..`, no empty,
    /// `.` or drive/root components, no NUL, control character or backslash, no name longer
    /// than a file system takes.
    pub fn new(path: impl Into<String>, contents: impl Into<String>) -> Result<Self, OutputError> {
        let path = path.into();
        checked_path(&path)?;
        Ok(GeneratedFile { path, contents: contents.into() })
    }

    pub fn path(&self) -> &str {
        &self.path
    }
}

/// `path`, unless it cannot be a generated file's path ([`unsafe_path`]).
pub(crate) fn checked_path(path: &str) -> Result<(), OutputError> {
    match unsafe_path(path) {
        Some(why) => Err(OutputError::UnsafePath(format!("{} ({why})", path.escape_debug()))),
        None => Ok(()),
    }
}

/// Why `path` cannot be a generated file's path, if it cannot.
pub fn unsafe_path(path: &str) -> Option<&'static str> {
    if path.is_empty() {
        return Some("empty");
    }
    if path.starts_with('/') {
        return Some("absolute");
    }
    if path.contains('\\') {
        return Some("contains a backslash");
    }
    if path.chars().any(char::is_control) {
        return Some("contains a control character");
    }
    for seg in path.split('/') {
        if seg.is_empty() || seg == "." || seg == ".." {
            return Some("has an empty, `.` or `..` component");
        }
        if seg.contains(':') {
            return Some("has a `:` in a component");
        }
        if seg.len() > MAX_NAME_BYTES {
            return Some("has a component longer than 255 bytes");
        }
    }
    None
}

#[derive(Debug)]
pub enum OutputError {
    /// A name from the schema would put a file outside the output folder or is not a file name.
    UnsafePath(String),
    /// Two generated files would land on the same path (e.g. names differing only in case).
    Collision(String),
    Io { path: PathBuf, source: io::Error },
    /// A template failed to render.
    Render(String),
    /// The schema asks for something the target language cannot express.
    Unsupported(String),
    /// The schema would make the output (or the work to compute it) exceed a limit that no
    /// reasonable schema reaches: a hostile schema gets this error instead of a hang.
    TooLarge(String),
    /// Another run holds the output folder.
    Busy(PathBuf),
    /// The run was stopped (SIGINT, SIGTERM) before the output was switched into place.
    Interrupted,
    /// The output folder cannot be used as asked (not a folder, holds what cannot be kept).
    Refused(String),
}

impl fmt::Display for OutputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            OutputError::UnsafePath(p) => write!(f, "refusing to write `{p}`: a schema name produced a path that is not a plain relative file path"),
            OutputError::Collision(p) => write!(f, "two generated files would both be written to `{p}` (names that differ only in case?)"),
            OutputError::Io { path, source } => write!(f, "cannot write {}: {source}", path.display()),
            OutputError::Render(e) => write!(f, "a template failed to render: {e}"),
            OutputError::Unsupported(m) => write!(f, "{m}"),
            OutputError::TooLarge(m) => write!(f, "the schema is too large to generate: {m}"),
            OutputError::Busy(p) => write!(f, "{} is being written by another schemagen run; try again when it has finished", p.display()),
            OutputError::Interrupted => write!(f, "interrupted; the output folder was left as it was"),
            OutputError::Refused(m) => write!(f, "{m}"),
        }
    }
}

impl std::error::Error for OutputError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            OutputError::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}

/// Where generators put the files they render, as they render them. Shared: a generator may
/// render on several threads, and several generators may run at once, each with its own sink.
pub trait FileSink: Sync {
    fn put(&self, file: GeneratedFile) -> Result<(), OutputError>;

    /// One file whose contents come in `parts`, in order, each rendered only when the one
    /// before has been taken: a sink that writes can write each as it comes, so a file far
    /// larger than its parts is never held whole. The file counts once, when its last part
    /// is in; an error from a part fails the file.
    fn put_parts(&self, path: &str, parts: &mut dyn Iterator<Item = Result<String, OutputError>>) -> Result<(), OutputError> {
        checked_path(path)?;
        let mut contents = String::new();
        for part in parts {
            contents.push_str(&part?);
        }
        self.put(GeneratedFile::new(path, contents)?)
    }

    /// Tells the sink that at least this many more files are coming, once the generator knows:
    /// progress shows it as the total (until more files than announced have arrived).
    fn expect(&self, _files: usize) {}
}

impl<S: FileSink + ?Sized> FileSink for &S {
    fn put(&self, file: GeneratedFile) -> Result<(), OutputError> {
        (**self).put(file)
    }

    fn put_parts(&self, path: &str, parts: &mut dyn Iterator<Item = Result<String, OutputError>>) -> Result<(), OutputError> {
        (**self).put_parts(path, parts)
    }

    fn expect(&self, files: usize) {
        (**self).expect(files)
    }
}

/// A sink that keeps the files in memory.
#[derive(Debug, Default)]
pub struct Collect {
    files: Mutex<Vec<GeneratedFile>>,
}

impl Collect {
    /// The files, sorted by path: the order does not depend on how rendering was spread over
    /// threads.
    pub fn into_sorted(self) -> Vec<GeneratedFile> {
        let mut files = self.files.into_inner().unwrap_or_else(PoisonError::into_inner);
        files.sort_by(|a, b| a.path.cmp(&b.path));
        files
    }
}

impl FileSink for Collect {
    fn put(&self, file: GeneratedFile) -> Result<(), OutputError> {
        self.files.lock().unwrap_or_else(PoisonError::into_inner).push(file);
        Ok(())
    }
}

/// What a streaming generator (`render` puts its files into the sink it is given) makes, in
/// memory and sorted by path.
pub fn collect(render: impl FnOnce(&dyn FileSink) -> Result<(), OutputError>) -> Result<Vec<GeneratedFile>, OutputError> {
    let sink = Collect::default();
    render(&sink)?;
    Ok(sink.into_sorted())
}

/// What happens to what `--out` held before.
#[derive(Debug, Clone, Copy, Default)]
pub struct CommitOptions {
    /// Drop every file the run did not generate; otherwise they are kept (and reported).
    pub clean: bool,
}

/// What a commit did.
#[derive(Debug, Default)]
pub struct Committed {
    /// Files written.
    pub files: usize,
    /// Entries of the old output that this run did not generate and that were kept (a kept
    /// folder is one entry), sorted; at most [`Committed::KEPT_LISTED`] of them.
    pub kept: Vec<String>,
    /// How many such entries there were in all.
    pub kept_count: usize,
    /// `--out` is a mount point: its top-level entries were switched one at a time.
    pub per_entry: bool,
}

impl Committed {
    pub const KEPT_LISTED: usize = 10;
}

/// Writes `files` below `out`, replacing what an earlier run generated there all at once;
/// files in `out` that this run does not generate are kept. See [`OutputDir`].
pub fn write_all(out: &Path, files: &[GeneratedFile]) -> Result<(), OutputError> {
    let dir = OutputDir::open(out, CommitOptions::default())?;
    for f in files {
        dir.put(f.clone())?;
    }
    dir.commit().map(|_| ())
}

#[cfg(test)]
mod tests;
