//! Generated files and how they reach the disk: never outside the chosen folder, never half
//! written.

use std::fmt;
use std::io;
use std::path::{Component, Path, PathBuf};

/// One generated file: a relative path (always `/`-separated) and its contents.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GeneratedFile {
    path: String,
    pub contents: String,
}

impl GeneratedFile {
    /// `path` comes from schema names, so it is checked here: relative, no `..`, no empty,
    /// `.` or drive/root components, no NUL or backslash.
    pub fn new(path: impl Into<String>, contents: impl Into<String>) -> Result<Self, OutputError> {
        let path = path.into();
        let bad = path.is_empty()
            || path.starts_with('/')
            || path.contains('\\')
            || path.contains('\0')
            || path.split('/').any(|seg| seg.is_empty() || seg == "." || seg == ".." || seg.contains(':'));
        if bad {
            return Err(OutputError::UnsafePath(path));
        }
        Ok(GeneratedFile { path, contents: contents.into() })
    }

    pub fn path(&self) -> &str {
        &self.path
    }
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
        }
    }
}

impl std::error::Error for OutputError {}

/// Writes `files` below `out`. Everything goes to a staging folder next to `out` first and is
/// moved into place only once all of it is written, so a failure leaves `out` as it was.
/// Files already in `out` that are not generated are left alone.
pub fn write_all(out: &Path, files: &[GeneratedFile]) -> Result<(), OutputError> {
    let mut seen = std::collections::HashSet::new();
    for f in files {
        if !seen.insert(f.path.to_lowercase()) {
            return Err(OutputError::Collision(f.path.clone()));
        }
    }
    let staging = staging_dir(out);
    // A failure is reported at the place the user asked for: the staging folder is ours.
    let io_err = |path: &Path| {
        let path = match path.strip_prefix(&staging) {
            Ok(rest) => out.join(rest),
            Err(_) => path.to_path_buf(),
        };
        move |source| OutputError::Io { path, source }
    };
    std::fs::create_dir_all(out).map_err(io_err(out))?;
    let result = (|| {
        for f in files {
            let target = staging.join(&f.path);
            if let Some(parent) = target.parent() {
                std::fs::create_dir_all(parent).map_err(io_err(parent))?;
            }
            std::fs::write(&target, &f.contents).map_err(io_err(&target))?;
        }
        for f in files {
            let from = staging.join(&f.path);
            let to = out.join(&f.path);
            debug_assert!(to.components().all(|c| !matches!(c, Component::ParentDir)));
            if let Some(parent) = to.parent() {
                std::fs::create_dir_all(parent).map_err(io_err(parent))?;
            }
            std::fs::rename(&from, &to).map_err(io_err(&to))?;
        }
        Ok(())
    })();
    let _ = std::fs::remove_dir_all(&staging);
    result
}

fn staging_dir(out: &Path) -> PathBuf {
    let name = out.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "out".into());
    let parent = out.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    parent.join(format!(".{name}.schemagen-{}", std::process::id()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejects_paths_that_escape() {
        for p in ["../x", "/etc/passwd", "a/../../b", "a//b", "", "a\\b", "./a", "c:/x"] {
            assert!(GeneratedFile::new(p, "").is_err(), "{p} must be rejected");
        }
        assert!(GeneratedFile::new("aws/apigateway/integrationresponse.md", "").is_ok());
    }

    #[test]
    fn writes_everything_or_reports() {
        let dir = tempfile::tempdir().unwrap();
        let files = vec![GeneratedFile::new("a/b.txt", "1").unwrap(), GeneratedFile::new("c.txt", "2").unwrap()];
        write_all(dir.path(), &files).unwrap();
        assert_eq!(std::fs::read_to_string(dir.path().join("a/b.txt")).unwrap(), "1");
        // A file and a folder of one name: the failure names the output folder, not the staging one.
        let file_and_folder = vec![GeneratedFile::new("x", "1").unwrap(), GeneratedFile::new("x/y.txt", "2").unwrap()];
        let err = write_all(&dir.path().join("out"), &file_and_folder).expect_err("x is a file").to_string();
        assert!(err.contains("out/x") && !err.contains(".schemagen-"), "{err}");
        let clash = vec![GeneratedFile::new("A.txt", "1").unwrap(), GeneratedFile::new("a.txt", "2").unwrap()];
        assert!(matches!(write_all(dir.path(), &clash), Err(OutputError::Collision(_))));
    }
}
