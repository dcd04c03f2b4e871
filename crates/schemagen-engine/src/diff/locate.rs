//! Lines and columns for every change, in both files: one pass over each file's text.

use super::{Change, Side};

pub(super) fn fill(old: &Side<'_>, new: &Side<'_>, changes: &mut [Change]) {
    let old_ptrs: Vec<&str> = changes.iter().map(|c| c.old.pointer.as_str()).collect();
    let old_found = schemagen_schema::locate_pointers(old.text, old.format, &old_ptrs);
    let new_ptrs: Vec<&str> = changes.iter().map(|c| c.new.pointer.as_str()).collect();
    let new_found = schemagen_schema::locate_pointers(new.text, new.format, &new_ptrs);
    for ((c, o), n) in changes.iter_mut().zip(old_found).zip(new_found) {
        c.old.line = o.map(|l| l.line);
        c.old.column = o.map(|l| l.column);
        c.new.line = n.map(|l| l.line);
        c.new.column = n.map(|l| l.column);
    }
}
