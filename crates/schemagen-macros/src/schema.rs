//! Reading the schema file named by the attribute. Parsed packages are cached for the life of the
//! compiler process, keyed by path, size and modification time, so many derives over one big
//! schema parse it once.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::SystemTime;

use schemagen_schema::{Format, LoadOptions, Package};

type Key = (PathBuf, u64, Option<SystemTime>);

fn cache() -> &'static Mutex<HashMap<Key, Arc<Package>>> {
    static CACHE: OnceLock<Mutex<HashMap<Key, Arc<Package>>>> = OnceLock::new();
    CACHE.get_or_init(Default::default)
}

/// The absolute path of `literal`, relative to the crate being compiled.
pub fn resolve(literal: &str) -> PathBuf {
    let base = std::env::var_os("CARGO_MANIFEST_DIR").map(PathBuf::from).unwrap_or_default();
    let path = base.join(literal);
    path.canonicalize().unwrap_or(path)
}

/// The largest schema the derive reads; the biggest published provider schemas are tens of MiB.
const MAX_SCHEMA_BYTES: u64 = 512 * 1024 * 1024;

/// Whether the compiler may read `path` to track it: a regular file (not a FIFO or a device,
/// which would block or never end) within the size limit.
pub fn trackable(path: &Path) -> bool {
    std::fs::metadata(path).is_ok_and(|m| m.is_file() && m.len() <= MAX_SCHEMA_BYTES)
}

/// Whether `path` (canonical) lies in the crate being compiled.
fn inside_crate(path: &Path) -> bool {
    std::env::var_os("CARGO_MANIFEST_DIR")
        .map(PathBuf::from)
        .and_then(|d| d.canonicalize().ok())
        .is_some_and(|dir| path.starts_with(dir))
}

/// Loads and binds the schema at `path`; errors name the file as the user wrote it (`shown`),
/// with the parser's line and column. The errors of a file outside the crate, or of one that is
/// not a schema at all, say only that: their messages would quote the file's text, and the
/// attribute may name any file on the machine.
pub fn load(path: &Path, shown: &str) -> Result<Arc<Package>, String> {
    let meta = std::fs::metadata(path).map_err(|e| format!("cannot read the schema `{shown}`: {}", io_reason(&e)))?;
    if !meta.is_file() {
        return Err(format!("the schema `{shown}` is not a regular file"));
    }
    let key = (path.to_path_buf(), meta.len(), meta.modified().ok());
    if let Some(pkg) = cache().lock().ok().and_then(|c| c.get(&key).cloned()) {
        return Ok(pkg);
    }
    let bytes = read_capped(path).map_err(|e| match e {
        ReadError::Io(e) => format!("cannot read the schema `{shown}`: {}", io_reason(&e)),
        ReadError::NotAFile => format!("the schema `{shown}` is not a regular file"),
        ReadError::TooLarge => format!("the schema `{shown}` is larger than {} MiB", MAX_SCHEMA_BYTES >> 20),
    })?;
    let inside = inside_crate(path);
    let not_a_schema = || format!("`{shown}` is not a Pulumi schema (a JSON or YAML object with a `name`); its text is not shown");
    let text = String::from_utf8(bytes).map_err(|_| not_a_schema())?;
    // As `schemagen check` reads it: a file the CLI accepts, the derive accepts.
    let text = schemagen_schema::without_bom(text);
    let format = Format::detect(path, &text);
    let loaded = schemagen_schema::parse(&text, shown, format, &LoadOptions::default()).map_err(|e| {
        let n = e.error_count();
        let errors = format!("{n} error{}", if n == 1 { "" } else { "s" });
        if !looks_like_schema(&text, format) {
            not_a_schema()
        } else if !inside {
            format!("the schema `{shown}` is invalid ({errors}); it is outside this crate, so its text is not shown: run `schemagen check` on it")
        } else {
            format!("the schema `{shown}` is invalid ({errors}):\n{e}")
        }
    })?;
    let pkg = Arc::new(loaded.package);
    if let Ok(mut c) = cache().lock() {
        c.insert(key, pkg.clone());
    }
    Ok(pkg)
}

enum ReadError {
    Io(std::io::Error),
    NotAFile,
    TooLarge,
}

/// The file's bytes, read only if the opened file is a regular file and only up to the limit
/// (it may have been swapped or grown since it was looked at).
fn read_capped(path: &Path) -> Result<Vec<u8>, ReadError> {
    use std::io::Read;
    let file = std::fs::File::open(path).map_err(ReadError::Io)?;
    let meta = file.metadata().map_err(ReadError::Io)?;
    if !meta.is_file() {
        return Err(ReadError::NotAFile);
    }
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len().min(MAX_SCHEMA_BYTES)).unwrap_or(0));
    file.take(MAX_SCHEMA_BYTES + 1).read_to_end(&mut bytes).map_err(ReadError::Io)?;
    if bytes.len() as u64 > MAX_SCHEMA_BYTES {
        return Err(ReadError::TooLarge);
    }
    Ok(bytes)
}

/// Whether the text is at least shaped like a schema: an object with a `name` key at its top.
/// Only decides how much of a failure to show.
fn looks_like_schema(text: &str, format: Format) -> bool {
    match format {
        Format::Json => text.trim_start().starts_with('{') && text.contains("\"name\""),
        Format::Yaml => text.lines().any(|l| l.starts_with("name:")),
    }
}

/// The OS's reason without the OS error number, which differs between platforms.
fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => e.to_string(),
    }
}

#[cfg(test)]
mod tests {
    /// A byte-order mark is legal at the start of a UTF-8 file; the CLI reads such a schema,
    /// and so must the derive.
    #[test]
    fn a_schema_with_a_byte_order_mark_loads() {
        let dir = std::env::temp_dir().join(format!("schemagen-macros-bom-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("schema.json");
        std::fs::write(&path, "\u{feff}{\"name\": \"bom\", \"resources\": {\"bom:index:R\": {}}}").unwrap();
        let loaded = super::load(&path, "schema.json");
        std::fs::remove_dir_all(&dir).unwrap();
        assert_eq!(loaded.map(|p| p.name.clone()), Ok("bom".to_string()));
    }

    #[cfg(unix)]
    #[test]
    fn devices_and_fifos_are_refused_without_reading() {
        for path in ["/dev/zero", "/dev/null"] {
            let e = super::load(std::path::Path::new(path), path).map(|_| ()).unwrap_err();
            assert!(e.contains("not a regular file"), "{e}");
            assert!(!super::trackable(std::path::Path::new(path)));
        }
    }

    #[test]
    fn a_file_that_is_no_schema_is_not_quoted() {
        let dir = std::env::temp_dir().join(format!("schemagen-macros-secret-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        for (name, text) in [("secret.json", "root:SECRET-VALUE:0:0\n"), ("secret.yaml", "SECRET-KEY: SECRET-VALUE\n"), ("near.json", "{\"name\": \"x\", \"SECRET-KEY\": 1, \"resources\": 5}")] {
            let path = dir.join(name);
            std::fs::write(&path, text).unwrap();
            // The temporary folder is outside any crate.
            let e = super::load(&path, name).map(|_| ()).unwrap_err();
            assert!(!e.contains("SECRET"), "{e}");
        }
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
