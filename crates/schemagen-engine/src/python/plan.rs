//! Which Python module holds what: the model's module tree placed by Python's module names,
//! with the `config` module when the package has configuration.

use std::collections::BTreeMap;

use super::annotate::PkgSettings;
use crate::model::{Model, ModuleContents};

#[derive(Debug, Default)]
pub struct ModPlan {
    pub children: Vec<String>,
    pub contents: ModuleContents,
    pub is_config: bool,
}

pub struct Plan {
    pub modules: BTreeMap<String, ModPlan>,
}

impl Plan {
    pub fn new(model: &Model<'_>, settings: &PkgSettings) -> Plan {
        let mut tree = model.module_tree(|module| settings.names.module(module));
        if settings.has_config_module {
            tree.module("config");
        }
        let mut modules = BTreeMap::new();
        for (path, node) in tree.into_modules() {
            let is_config = path == "config" && settings.has_config_module;
            modules.insert(path, ModPlan { children: node.children, contents: node.contents, is_config });
        }
        Plan { modules }
    }

    /// A module with nothing to write in it or below it.
    pub fn is_empty(&self, path: &str) -> bool {
        let Some(m) = self.modules.get(path) else { return true };
        let c = &m.contents;
        c.resources.is_empty()
            && c.functions.is_empty()
            && c.types.is_empty()
            && c.enums.is_empty()
            && !m.is_config
            && m.children.iter().all(|c| self.is_empty(c))
    }
}
