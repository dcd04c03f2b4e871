//! The output folder on Unix: every file is created through directory descriptors with
//! `O_NOFOLLOW` and `O_EXCL` inside a staging folder made with `mkdir` under a random name, so no
//! symlink, planted or pre-existing, redirects a write; the staged tree replaces `--out` with one
//! `renameat2(RENAME_EXCHANGE)` (macOS: `renamex_np(RENAME_SWAP)`).

use std::ffi::{OsStr, OsString};
use std::hash::{BuildHasher, Hasher};
use std::io::{self, Write};
use std::os::fd::OwnedFd;
use std::os::unix::ffi::OsStrExt;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, PoisonError};

use rustix::fs::{AtFlags, FileType, FlockOperation, Mode, OFlags};
use rustix::io::Errno;

use super::interrupt;
use super::layout::{Kind, Layout};
use super::{CommitOptions, Committed, FileSink, GeneratedFile, OutputError};

/// Staging folders start with this; a run that holds the lock removes any it finds (left by a
/// run that was killed).
const STAGING_MARK: &str = ".schemagen-";
/// How deep a kept (not generated) tree may go.
const MAX_KEPT_DEPTH: usize = 256;

/// Where the staging folder is and how the switch is made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Placement {
    /// Beside `--out`, on the same file system: the whole tree is exchanged in one rename.
    Sibling,
    /// Inside `--out`, which is a mount point (or `/`) and cannot be renamed: each top-level
    /// entry is exchanged on its own.
    Inside,
}

/// An output folder being written: locked against other runs, files streamed into staging.
/// Dropped without [`OutputDir::commit`], it removes the staging and leaves `--out` as it was.
pub struct OutputDir {
    /// `--out` as the user named it, for messages.
    out: PathBuf,
    opts: CommitOptions,
    /// The folder that holds the staging folder: `--out`'s parent, or `--out` itself.
    home: Arc<OwnedFd>,
    /// `--out`'s name in `home` (for [`Placement::Sibling`]).
    out_name: OsString,
    /// `--out`, opened and locked (`flock`) for as long as this lives.
    out_fd: OwnedFd,
    placement: Placement,
    staging_name: OsString,
    staging: OwnedFd,
    registry_id: u64,
    /// What has been written; rendering threads hand files over one at a time.
    staged: Mutex<Staged>,
    /// `--out` did not exist before this run (an empty one is removed again on failure).
    created_out: bool,
    committed: bool,
}

/// The files written into staging so far.
#[derive(Default)]
struct Staged {
    layout: Layout,
    files: usize,
    /// The last folder a file went to, kept open: generators write folder by folder.
    last_dir: Option<(String, OwnedFd)>,
}

fn io_error(path: &Path) -> impl FnOnce(Errno) -> OutputError + '_ {
    move |e| OutputError::Io { path: path.to_path_buf(), source: io::Error::from(e) }
}

impl OutputDir {
    /// Creates `out` if needed, locks it (an error names the other run's folder as busy) and
    /// makes the staging folder.
    pub fn open(out: &Path, opts: CommitOptions) -> Result<OutputDir, OutputError> {
        Self::open_placed(out, opts, None)
    }

    /// As [`OutputDir::open`], staging inside `--out` as for a mount point.
    #[cfg(test)]
    pub(crate) fn open_inside(out: &Path, opts: CommitOptions) -> Result<OutputDir, OutputError> {
        Self::open_placed(out, opts, Some(Placement::Inside))
    }

    fn open_placed(out: &Path, opts: CommitOptions, force: Option<Placement>) -> Result<OutputDir, OutputError> {
        let created_out = match std::fs::symlink_metadata(out) {
            Ok(_) => false,
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                std::fs::create_dir_all(out).map_err(|source| OutputError::Io { path: out.to_path_buf(), source })?;
                true
            }
            Err(source) => return Err(OutputError::Io { path: out.to_path_buf(), source }),
        };
        // `--out` itself may be a symlink the user made; the real folder is what is replaced.
        let real = std::fs::canonicalize(out).map_err(|source| OutputError::Io { path: out.to_path_buf(), source })?;
        if !real.is_dir() {
            return Err(OutputError::Refused(format!("--out {} is not a folder", out.display())));
        }
        let mut attempts = 0;
        let (home_parent, out_name, out_fd) = loop {
            attempts += 1;
            let (parent, name) = match (real.parent(), real.file_name()) {
                (Some(p), Some(n)) => (p, n),
                _ => (real.as_path(), OsStr::new(".")),
            };
            let parent_fd = rustix::fs::open(parent, OFlags::RDONLY | OFlags::DIRECTORY | OFlags::CLOEXEC, Mode::empty())
                .map_err(io_error(out))?;
            let out_fd = rustix::fs::openat(&parent_fd, name, OFlags::RDONLY | OFlags::DIRECTORY | OFlags::NOFOLLOW | OFlags::CLOEXEC, Mode::empty())
                .map_err(io_error(out))?;
            match rustix::fs::flock(&out_fd, FlockOperation::NonBlockingLockExclusive) {
                Ok(()) => {}
                Err(Errno::WOULDBLOCK) => return Err(OutputError::Busy(out.to_path_buf())),
                Err(e) => return Err(io_error(out)(e)),
            }
            // The lock is on the folder that was opened; another run may have switched a new
            // one into place meanwhile, and the lock must be on what `--out` names now.
            let now = rustix::fs::statat(&parent_fd, name, AtFlags::SYMLINK_NOFOLLOW).map_err(io_error(out))?;
            let locked = rustix::fs::fstat(&out_fd).map_err(io_error(out))?;
            if (now.st_dev, now.st_ino) == (locked.st_dev, locked.st_ino) || attempts > 20 {
                break (parent_fd, name.to_os_string(), out_fd);
            }
        };
        let same_fs = match (rustix::fs::fstat(&home_parent), rustix::fs::fstat(&out_fd)) {
            (Ok(p), Ok(o)) => p.st_dev == o.st_dev && out_name != "." ,
            _ => false,
        };
        let placement = force.unwrap_or(if same_fs { Placement::Sibling } else { Placement::Inside });
        let home = match placement {
            Placement::Sibling => home_parent,
            Placement::Inside => rustix::io::fcntl_dupfd_cloexec(&out_fd, 0).map_err(io_error(out))?,
        };
        let prefix = staging_prefix(placement, &out_name);
        remove_stale(&home, &prefix);
        let (staging_name, staging) = make_staging(&home, &prefix).map_err(io_error(out))?;
        let home = Arc::new(home);
        let registry_id = {
            let (home, name) = (Arc::clone(&home), staging_name.clone());
            let mut registry = interrupt::lock();
            registry.add(Box::new(move || {
                let _ = remove_tree(&home, &name, 0);
            }))
        };
        Ok(OutputDir {
            out: out.to_path_buf(),
            opts,
            home,
            out_name,
            out_fd,
            placement,
            staging_name,
            staging,
            registry_id,
            staged: Mutex::default(),
            created_out,
            committed: false,
        })
    }

    fn staged(&self) -> std::sync::MutexGuard<'_, Staged> {
        self.staged.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Switches the staged tree into place: afterwards `--out` holds exactly the generated
    /// files (and, without [`CommitOptions::clean`], what it held that the run did not generate).
    pub fn commit(mut self) -> Result<Committed, OutputError> {
        let staged = std::mem::take(self.staged.get_mut().unwrap_or_else(PoisonError::into_inner));
        let mut report = Committed { files: staged.files, ..Committed::default() };
        if !self.opts.clean {
            let old = rustix::io::fcntl_dupfd_cloexec(&self.out_fd, 0).map_err(io_error(&self.out))?;
            let staging = rustix::io::fcntl_dupfd_cloexec(&self.staging, 0).map_err(io_error(&self.out))?;
            self.keep(&staged.layout, &old, &staging, "", &mut report, 0)?;
            report.kept.sort();
        }
        // The staging folder was made private; the output keeps the mode `--out` had.
        let mode = rustix::fs::fstat(&self.out_fd).map_err(io_error(&self.out))?.st_mode & 0o7777;
        let registry = interrupt::lock();
        if registry.abandoned {
            return Err(OutputError::Interrupted);
        }
        match self.placement {
            Placement::Sibling => {
                rustix::fs::fchmod(&self.staging, Mode::from_raw_mode(mode)).map_err(io_error(&self.out))?;
                match exchange(&self.home, &self.staging_name, &self.out_name) {
                    Ok(()) => {}
                    // `--out` is a mount point that shares the file system (a bind mount).
                    Err(Errno::BUSY) => {
                        self.switch_entries()?;
                        report.per_entry = true;
                    }
                    Err(e) => return Err(io_error(&self.out)(e)),
                }
            }
            Placement::Inside => {
                self.switch_entries()?;
                report.per_entry = true;
            }
        }
        self.committed = true;
        drop(registry);
        // What the staging name holds now is the old output.
        if let Some(remove) = interrupt::lock().forget(self.registry_id) {
            remove();
        }
        Ok(report)
    }

    /// Mount point: each top-level entry of the staged tree is exchanged with (or renamed to)
    /// the same name in `--out`; old entries that are not kept move into the staging folder,
    /// which is removed afterwards.
    fn switch_entries(&self) -> Result<(), OutputError> {
        let staged = entries(&self.staging).map_err(io_error(&self.out))?;
        let staged_set: std::collections::HashSet<&OsString> = staged.iter().collect();
        let old = entries(&self.out_fd).map_err(io_error(&self.out))?;
        let own = |n: &OsStr| self.placement == Placement::Inside && n == self.staging_name.as_os_str();
        for name in old.iter().filter(|n| !staged_set.contains(n) && !own(n) && !is_staging(n)) {
            let mut trash = OsString::from(".old-");
            trash.push(name);
            rustix::fs::renameat(&self.out_fd, name, &self.staging, &trash).map_err(io_error(&self.out.join(name)))?;
        }
        for name in &staged {
            let to = self.out.join(name);
            match rustix::fs::statat(&self.out_fd, name, AtFlags::SYMLINK_NOFOLLOW) {
                Ok(_) => exchange_between(&self.staging, name, &self.out_fd, name).map_err(io_error(&to))?,
                Err(Errno::NOENT) => rustix::fs::renameat(&self.staging, name, &self.out_fd, name).map_err(io_error(&to))?,
                Err(e) => return Err(io_error(&to)(e)),
            }
        }
        Ok(())
    }

    /// Brings what the old output held and this run did not generate into staging, as hard
    /// links (nothing is copied, and the old tree stays whole until the switch).
    fn keep(&self, layout: &Layout, old: &OwnedFd, new: &OwnedFd, rel: &str, report: &mut Committed, depth: usize) -> Result<(), OutputError> {
        for name in entries(old).map_err(io_error(&self.out.join(rel)))? {
            if rel.is_empty() && (is_staging(&name) || (self.placement == Placement::Inside && name == self.staging_name)) {
                continue;
            }
            let generated = name.to_str().and_then(|n| {
                let path = if rel.is_empty() { n.to_string() } else { format!("{rel}/{n}") };
                layout.get(&path).map(|(exact, kind)| (exact.to_string(), kind))
            });
            let shown = || {
                let n = name.to_string_lossy();
                if rel.is_empty() { n.into_owned() } else { format!("{rel}/{n}") }
            };
            match generated {
                None => {
                    report.kept_count += 1;
                    if report.kept.len() < Committed::KEPT_LISTED {
                        report.kept.push(shown());
                    }
                    copy_links(old, &name, new, &name, 0).map_err(|e| match e {
                        Errno::XDEV => OutputError::Refused(format!(
                            "{} is on another file system and cannot be kept; pass --clean to replace the whole folder",
                            self.out.join(shown()).display()
                        )),
                        e => io_error(&self.out.join(shown()))(e),
                    })?;
                }
                Some((_, Kind::File)) => {}
                Some((exact, Kind::Dir)) => {
                    let is_dir = rustix::fs::statat(old, &name, AtFlags::SYMLINK_NOFOLLOW)
                        .is_ok_and(|st| FileType::from_raw_mode(st.st_mode) == FileType::Directory);
                    if !is_dir {
                        continue;
                    }
                    if depth >= MAX_KEPT_DEPTH {
                        return Err(OutputError::Refused(format!("{} nests folders too deep to keep; pass --clean", self.out.display())));
                    }
                    let open = |fd: &OwnedFd, n: &OsStr| {
                        rustix::fs::openat(fd, n, OFlags::RDONLY | OFlags::DIRECTORY | OFlags::NOFOLLOW | OFlags::CLOEXEC, Mode::empty())
                    };
                    let exact_name = exact.rsplit('/').next().unwrap_or(&exact).to_string();
                    let old_sub = open(old, &name).map_err(io_error(&self.out.join(shown())))?;
                    let new_sub = open(new, OsStr::new(&exact_name)).map_err(io_error(&self.out.join(&exact)))?;
                    self.keep(layout, &old_sub, &new_sub, &exact, report, depth + 1)?;
                }
            }
        }
        Ok(())
    }
}

impl FileSink for OutputDir {
    fn put(&self, file: GeneratedFile) -> Result<(), OutputError> {
        let mut staged = self.staged();
        let mut f = self.create(&mut staged, file.path())?;
        self.write_part(&mut f, file.path(), &file.contents)?;
        staged.files += 1;
        Ok(())
    }

    fn put_parts(&self, path: &str, parts: &mut dyn Iterator<Item = Result<String, OutputError>>) -> Result<(), OutputError> {
        super::checked_path(path)?;
        // The parts are rendered between writes: other files are staged meanwhile.
        let mut f = self.create(&mut self.staged(), path)?;
        for part in parts {
            self.write_part(&mut f, path, &part?)?;
        }
        self.staged().files += 1;
        Ok(())
    }
}

impl OutputDir {
    /// The file `path` in staging, new (never one that exists, never through a symlink).
    fn create(&self, staged: &mut Staged, path: &str) -> Result<std::fs::File, OutputError> {
        staged.layout.insert(path)?;
        let (dir, name) = path.rsplit_once('/').unwrap_or(("", path));
        // Under the lock, so that a signal finds no file being created.
        let registry = interrupt::read();
        if registry.abandoned {
            return Err(OutputError::Interrupted);
        }
        let dir_fd = staged.dir_fd(&self.staging, &self.out, dir)?;
        let fd = rustix::fs::openat(
            dir_fd,
            name,
            OFlags::WRONLY | OFlags::CREATE | OFlags::EXCL | OFlags::NOFOLLOW | OFlags::CLOEXEC,
            Mode::from_raw_mode(0o644),
        )
        .map_err(io_error(&self.out.join(path)))?;
        Ok(std::fs::File::from(fd))
    }

    /// Appends `text` to a staged file, unless the run was stopped: a signal's cleanup then has
    /// removed (or is removing) the staging tree, and nothing more is written into it.
    fn write_part(&self, f: &mut std::fs::File, path: &str, text: &str) -> Result<(), OutputError> {
        let registry = interrupt::read();
        if registry.abandoned {
            return Err(OutputError::Interrupted);
        }
        f.write_all(text.as_bytes()).map_err(|source| OutputError::Io { path: self.out.join(path), source })
    }
}

impl Staged {
    /// The folder (in `staging`) that `dir` names, made as needed, never through a symlink.
    fn dir_fd(&mut self, staging: &OwnedFd, out: &Path, dir: &str) -> Result<&OwnedFd, OutputError> {
        if self.last_dir.as_ref().is_none_or(|(d, _)| d != dir) {
            self.last_dir = None;
            let mut fd = rustix::io::fcntl_dupfd_cloexec(staging, 0).map_err(io_error(out))?;
            let mut sofar = out.to_path_buf();
            for seg in dir.split('/').filter(|s| !s.is_empty()) {
                sofar.push(seg);
                match rustix::fs::mkdirat(&fd, seg, Mode::from_raw_mode(0o755)) {
                    Ok(()) | Err(Errno::EXIST) => {}
                    Err(e) => return Err(io_error(&sofar)(e)),
                }
                fd = rustix::fs::openat(&fd, seg, OFlags::RDONLY | OFlags::DIRECTORY | OFlags::NOFOLLOW | OFlags::CLOEXEC, Mode::empty())
                    .map_err(io_error(&sofar))?;
            }
            self.last_dir = Some((dir.to_string(), fd));
        }
        Ok(&self.last_dir.as_ref().expect("set above").1)
    }
}

impl Drop for OutputDir {
    fn drop(&mut self) {
        if self.committed {
            return;
        }
        if let Some(remove) = interrupt::lock().forget(self.registry_id) {
            remove();
        }
        if self.created_out && self.placement == Placement::Sibling {
            // Only if empty: it was made by this run.
            let _ = rustix::fs::unlinkat(&*self.home, &self.out_name, AtFlags::REMOVEDIR);
        }
    }
}

fn staging_prefix(placement: Placement, out_name: &OsStr) -> OsString {
    match placement {
        Placement::Inside => OsString::from(STAGING_MARK),
        Placement::Sibling => {
            // Short enough that the random part always fits in a name.
            let mut bytes = out_name.as_bytes();
            if bytes.len() > 100 {
                bytes = &bytes[..100];
            }
            let mut p = OsString::from(".");
            p.push(OsStr::from_bytes(bytes));
            p.push(STAGING_MARK);
            p
        }
    }
}

fn is_staging(name: &OsStr) -> bool {
    name.as_bytes().starts_with(STAGING_MARK.as_bytes())
}

/// `mkdir` under a random name, retried while the name exists: whatever was planted there
/// (a symlink, a folder) is never used.
fn make_staging(home: &OwnedFd, prefix: &OsStr) -> Result<(OsString, OwnedFd), Errno> {
    for _ in 0..100 {
        let mut name = prefix.to_os_string();
        name.push(format!("{:016x}", random()));
        match rustix::fs::mkdirat(home, &name, Mode::from_raw_mode(0o700)) {
            Ok(()) => {
                let fd = rustix::fs::openat(home, &name, OFlags::RDONLY | OFlags::DIRECTORY | OFlags::NOFOLLOW | OFlags::CLOEXEC, Mode::empty())?;
                return Ok((name, fd));
            }
            Err(Errno::EXIST) => continue,
            Err(e) => return Err(e),
        }
    }
    Err(Errno::EXIST)
}

fn random() -> u64 {
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u32(std::process::id());
    if let Ok(t) = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH) {
        h.write_u128(t.as_nanos());
    }
    h.finish()
}

/// Staging folders of runs that were killed: nobody else holds the lock, so none is in use.
fn remove_stale(home: &OwnedFd, prefix: &OsStr) {
    let Ok(names) = entries(home) else { return };
    for name in names.iter().filter(|n| n.as_bytes().starts_with(prefix.as_bytes())) {
        let is_dir = rustix::fs::statat(home, name, AtFlags::SYMLINK_NOFOLLOW)
            .is_ok_and(|st| FileType::from_raw_mode(st.st_mode) == FileType::Directory);
        if is_dir {
            let _ = remove_tree(home, name, 0);
        }
    }
}

/// The names in a folder, without `.` and `..`.
fn entries(dir: &OwnedFd) -> Result<Vec<OsString>, Errno> {
    let mut names = Vec::new();
    for entry in rustix::fs::Dir::read_from(dir)? {
        let entry = entry?;
        let name = entry.file_name().to_bytes();
        if name != b"." && name != b".." {
            names.push(OsStr::from_bytes(name).to_os_string());
        }
    }
    Ok(names)
}

/// Removes `name` in `dir` and all below it, never following a symlink.
fn remove_tree(dir: &OwnedFd, name: &OsStr, depth: usize) -> Result<(), Errno> {
    let st = rustix::fs::statat(dir, name, AtFlags::SYMLINK_NOFOLLOW)?;
    if FileType::from_raw_mode(st.st_mode) != FileType::Directory {
        return rustix::fs::unlinkat(dir, name, AtFlags::empty());
    }
    if depth < 4096 {
        let sub = rustix::fs::openat(dir, name, OFlags::RDONLY | OFlags::DIRECTORY | OFlags::NOFOLLOW | OFlags::CLOEXEC, Mode::empty())?;
        for child in entries(&sub)? {
            remove_tree(&sub, &child, depth + 1)?;
        }
    }
    rustix::fs::unlinkat(dir, name, AtFlags::REMOVEDIR)
}

/// `from/name` recreated as `to/new_name`: folders made anew, symlinks recreated (never
/// followed), everything else hard-linked.
fn copy_links(from: &OwnedFd, name: &OsStr, to: &OwnedFd, new_name: &OsStr, depth: usize) -> Result<(), Errno> {
    let st = rustix::fs::statat(from, name, AtFlags::SYMLINK_NOFOLLOW)?;
    match FileType::from_raw_mode(st.st_mode) {
        FileType::Directory => {
            if depth >= MAX_KEPT_DEPTH {
                return Err(Errno::LOOP);
            }
            rustix::fs::mkdirat(to, new_name, Mode::from_raw_mode(st.st_mode & 0o7777))?;
            let open = |fd: &OwnedFd, n: &OsStr| {
                rustix::fs::openat(fd, n, OFlags::RDONLY | OFlags::DIRECTORY | OFlags::NOFOLLOW | OFlags::CLOEXEC, Mode::empty())
            };
            let (src, dst) = (open(from, name)?, open(to, new_name)?);
            for child in entries(&src)? {
                copy_links(&src, &child, &dst, &child, depth + 1)?;
            }
            Ok(())
        }
        FileType::Symlink => {
            let target = rustix::fs::readlinkat(from, name, Vec::new())?;
            rustix::fs::symlinkat(target.as_c_str(), to, new_name)
        }
        _ => rustix::fs::linkat(from, name, to, new_name, AtFlags::empty()),
    }
}

/// Swaps `a` and `b` in `dir` atomically, or (where the file system cannot) replaces `b` with
/// `a` by two renames, moving the old `b` to `a`'s name.
fn exchange(dir: &OwnedFd, a: &OsStr, b: &OsStr) -> Result<(), Errno> {
    exchange_between(dir, a, dir, b)
}

fn exchange_between(da: &OwnedFd, a: &OsStr, db: &OwnedFd, b: &OsStr) -> Result<(), Errno> {
    #[cfg(any(target_os = "linux", target_os = "android", target_vendor = "apple"))]
    match rustix::fs::renameat_with(da, a, db, b, rustix::fs::RenameFlags::EXCHANGE) {
        Err(Errno::INVAL | Errno::NOSYS | Errno::NOTSUP) => {}
        other => return other,
    }
    // No atomic exchange here: `b` is missing for the moment between the two renames.
    let mut aside = OsString::from(".old");
    aside.push(STAGING_MARK);
    aside.push(format!("{:016x}", random()));
    rustix::fs::renameat(db, b, da, &aside)?;
    if let Err(e) = rustix::fs::renameat(da, a, db, b) {
        let _ = rustix::fs::renameat(da, &aside, db, b);
        return Err(e);
    }
    rustix::fs::renameat(da, &aside, da, a)
}
