//! The output folder where there are no directory descriptors (not Unix): the same staging
//! folder beside `--out`, switched into place by two renames. Between them `--out` is briefly
//! missing; an interrupted run leaves the old tree under the staging name.

use std::path::{Path, PathBuf};
use std::sync::{Mutex, PoisonError};

use super::layout::Layout;
use super::{CommitOptions, Committed, FileSink, GeneratedFile, OutputError};

pub struct OutputDir {
    out: PathBuf,
    staging: PathBuf,
    /// The paths written so far and how many.
    staged: Mutex<(Layout, usize)>,
    committed: bool,
}

fn io(path: &Path) -> impl FnOnce(std::io::Error) -> OutputError + '_ {
    move |source| OutputError::Io { path: path.to_path_buf(), source }
}

impl OutputDir {
    pub fn open(out: &Path, opts: CommitOptions) -> Result<OutputDir, OutputError> {
        std::fs::create_dir_all(out).map_err(io(out))?;
        let holds_files = std::fs::read_dir(out).map_err(io(out))?.next().is_some();
        if holds_files && !opts.clean {
            return Err(OutputError::Refused(format!(
                "{} is not empty, and on this system output replaces the whole folder: pass --clean",
                out.display()
            )));
        }
        let name = out.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "out".into());
        let parent = out.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
        let mut n = 0u32;
        let staging = loop {
            let candidate = parent.join(format!(".{name}.schemagen-{}-{n}", std::process::id()));
            match std::fs::create_dir(&candidate) {
                Ok(()) => break candidate,
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists && n < 100 => n += 1,
                Err(e) => return Err(io(out)(e)),
            }
        };
        Ok(OutputDir { out: out.to_path_buf(), staging, staged: Mutex::new((Layout::new(), 0)), committed: false })
    }

    pub fn commit(mut self) -> Result<Committed, OutputError> {
        let aside = self.staging.with_extension("old");
        std::fs::rename(&self.out, &aside).map_err(io(&self.out))?;
        if let Err(e) = std::fs::rename(&self.staging, &self.out) {
            let _ = std::fs::rename(&aside, &self.out);
            return Err(io(&self.out)(e));
        }
        self.committed = true;
        let _ = std::fs::remove_dir_all(&aside);
        let files = self.staged.get_mut().unwrap_or_else(PoisonError::into_inner).1;
        Ok(Committed { files, ..Committed::default() })
    }
}

impl FileSink for OutputDir {
    fn put(&self, file: GeneratedFile) -> Result<(), OutputError> {
        let mut staged = self.staged.lock().unwrap_or_else(PoisonError::into_inner);
        staged.0.insert(file.path())?;
        let target = self.staging.join(file.path());
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent).map_err(io(&self.out.join(file.path())))?;
        }
        std::fs::write(&target, &file.contents).map_err(io(&self.out.join(file.path())))?;
        staged.1 += 1;
        Ok(())
    }
}

impl Drop for OutputDir {
    fn drop(&mut self) {
        if !self.committed {
            let _ = std::fs::remove_dir_all(&self.staging);
        }
    }
}
