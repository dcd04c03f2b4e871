//! The one module-tree builder: every generator groups what it writes into modules, each
//! created with its ancestors. Which module an item goes to is the language's naming (its
//! module path for a schema module); how a module hangs below another is the language's rule
//! (nested by path, or every module under the root as the 2020 docs did).

use std::collections::BTreeMap;

/// A tree of modules by path (`""` is the root, `a/b` nested), each holding a `T`.
#[derive(Debug)]
pub struct ModuleTree<T> {
    modules: BTreeMap<String, Node<T>>,
}

#[derive(Debug, Default)]
pub struct Node<T> {
    /// The modules directly below, in the order they were created.
    pub children: Vec<String>,
    pub contents: T,
}

/// The parent of a module under path nesting: `a/b` → `a`, `a` → the root.
pub fn path_parent(path: &str) -> String {
    path.rsplit_once('/').map_or("", |(p, _)| p).to_string()
}

impl<T: Default> Default for ModuleTree<T> {
    fn default() -> Self {
        Self::new()
    }
}

impl<T: Default> ModuleTree<T> {
    /// A tree holding only the root.
    pub fn new() -> Self {
        let mut modules = BTreeMap::new();
        modules.insert(String::new(), Node { children: Vec::new(), contents: T::default() });
        ModuleTree { modules }
    }

    /// The contents of the module at `path`, created (under [`path_parent`]) with its ancestors.
    pub fn module(&mut self, path: &str) -> &mut T {
        self.module_under(path, &path_parent)
    }

    /// The contents of the module at `path`, created with its ancestors, where `parent` names
    /// the module a new one hangs below.
    pub fn module_under(&mut self, path: &str, parent: &dyn Fn(&str) -> String) -> &mut T {
        if !self.modules.contains_key(path) {
            if !path.is_empty() {
                let up = parent(path);
                self.module_under(&up, parent);
                if let Some(p) = self.modules.get_mut(&up) {
                    p.children.push(path.to_string());
                }
            }
            self.modules.insert(path.to_string(), Node { children: Vec::new(), contents: T::default() });
        }
        &mut self.modules.get_mut(path).expect("inserted above").contents
    }
}

impl<T> ModuleTree<T> {
    pub fn get(&self, path: &str) -> Option<&Node<T>> {
        self.modules.get(path)
    }

    /// Every module in path order (the root first), taken out of the tree.
    pub fn into_modules(self) -> impl Iterator<Item = (String, Node<T>)> {
        self.modules.into_iter()
    }

    /// Every module in path order (the root first), to change what each holds.
    pub fn iter_mut(&mut self) -> impl Iterator<Item = (&String, &mut Node<T>)> {
        self.modules.iter_mut()
    }

    /// Every module in path order (the root first).
    pub fn iter(&self) -> impl Iterator<Item = (&String, &Node<T>)> {
        self.modules.iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn modules_are_created_with_their_ancestors() {
        let mut tree: ModuleTree<Vec<u8>> = ModuleTree::new();
        tree.module("a/b/c").push(1);
        tree.module("a").push(2);
        let paths: Vec<&String> = tree.iter().map(|(p, _)| p).collect();
        assert_eq!(paths, ["", "a", "a/b", "a/b/c"]);
        assert_eq!(tree.get("").unwrap().children, ["a"]);
        assert_eq!(tree.get("a/b").unwrap().children, ["a/b/c"]);
        assert_eq!(tree.get("a").unwrap().contents, [2]);
        let mut flat: ModuleTree<()> = ModuleTree::new();
        flat.module_under("x/y", &|_| String::new());
        assert_eq!(flat.get("").unwrap().children, ["x/y"]);
    }
}
