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

/// Loads and binds the schema at `path`; errors name the file as the user wrote it (`shown`),
/// with the parser's line and column.
pub fn load(path: &Path, shown: &str) -> Result<Arc<Package>, String> {
    let meta = std::fs::metadata(path).map_err(|e| format!("cannot read the schema `{shown}`: {}", io_reason(&e)))?;
    let key = (path.to_path_buf(), meta.len(), meta.modified().ok());
    if let Some(pkg) = cache().lock().ok().and_then(|c| c.get(&key).cloned()) {
        return Ok(pkg);
    }
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read the schema `{shown}`: {}", io_reason(&e)))?;
    // As `schemagen check` reads it: a file the CLI accepts, the derive accepts.
    let text = schemagen_schema::without_bom(text);
    let format = Format::detect(path, &text);
    let loaded = schemagen_schema::parse(&text, shown, format, &LoadOptions::default()).map_err(|e| {
        let n = e.error_count();
        format!("the schema `{shown}` is invalid ({n} error{}):\n{e}", if n == 1 { "" } else { "s" })
    })?;
    let pkg = Arc::new(loaded.package);
    if let Ok(mut c) = cache().lock() {
        c.insert(key, pkg.clone());
    }
    Ok(pkg)
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
}
