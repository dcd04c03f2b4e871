//! The rule every generated path passes: a plain relative path, and no two paths that one file
//! system could confuse (names differing only in case, a file where another path needs a folder).

use std::collections::HashMap;

use super::{unsafe_path, OutputError};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    File,
    Dir,
}

/// The paths of one output tree, as they are added.
#[derive(Debug, Default)]
pub struct Layout {
    /// Case-folded path -> the path as generated, and whether it is a file or a folder.
    entries: HashMap<String, (String, Kind)>,
}

impl Layout {
    pub fn new() -> Self {
        Layout::default()
    }

    /// Adds a file's path (and its folders); `Err` when it is unsafe or clashes with an earlier one.
    pub fn insert(&mut self, path: &str) -> Result<(), OutputError> {
        if let Some(why) = unsafe_path(path) {
            return Err(OutputError::UnsafePath(format!("{} ({why})", path.escape_debug())));
        }
        let mut end = 0;
        let segments: Vec<&str> = path.split('/').collect();
        for (i, seg) in segments.iter().enumerate() {
            end += if i == 0 { seg.len() } else { seg.len() + 1 };
            let prefix = &path[..end];
            let kind = if i + 1 == segments.len() { Kind::File } else { Kind::Dir };
            match self.entries.get(&fold(prefix)) {
                None => {
                    self.entries.insert(fold(prefix), (prefix.to_string(), kind));
                }
                Some((exact, Kind::Dir)) if kind == Kind::Dir && exact == prefix => {}
                Some((exact, _)) => {
                    let which = if exact == prefix { path.to_string() } else { format!("{exact}` and `{prefix}") };
                    return Err(OutputError::Collision(which));
                }
            }
        }
        Ok(())
    }

    /// What the tree has at `path`, matched as a case-insensitive file system would: the
    /// generated spelling and its kind.
    pub(crate) fn get(&self, path: &str) -> Option<(&str, Kind)> {
        self.entries.get(&fold(path)).map(|(exact, kind)| (exact.as_str(), *kind))
    }
}

/// Names that case-insensitive file systems (macOS, Windows) treat as one.
fn fold(path: &str) -> String {
    path.to_lowercase()
}
