//! The staleness check of a checked-in `generated/<lang>` folder: every generated file is on disk
//! with exactly its contents, and nothing else is there (build output aside).

use std::collections::BTreeSet;
use std::path::Path;

/// Fails with `hint` when `out` differs from `files`; names in `skip` (folders or files such
/// as `__pycache__`, `node_modules`) and names ending in one of `skip_suffixes` are ignored.
pub fn assert_up_to_date(out: &Path, files: &[schemagen_engine::GeneratedFile], hint: &str, skip: &[&str], skip_suffixes: &[&str]) {
    let mut expected = BTreeSet::new();
    for f in files {
        let on_disk = std::fs::read_to_string(out.join(f.path())).unwrap_or_else(|_| panic!("{hint} (missing {})", f.path()));
        assert_eq!(on_disk, f.contents, "{hint} ({} differs)", f.path());
        expected.insert(f.path().to_string());
    }
    let mut stack = vec![out.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for e in std::fs::read_dir(&dir).unwrap() {
            let p = e.unwrap().path();
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            if skip.contains(&name.as_str()) || skip_suffixes.iter().any(|s| name.ends_with(s)) {
                continue;
            }
            if p.is_dir() {
                stack.push(p);
            } else {
                let rel = p.strip_prefix(out).unwrap().to_string_lossy().replace('\\', "/");
                assert!(expected.contains(&rel), "{hint} (extra file {rel})");
            }
        }
    }
}
