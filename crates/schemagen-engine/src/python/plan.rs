//! Which Python module holds what: resources, functions, object types (by how they are used) and
//! enums, placed by token, in a tree of modules rooted at the package.

use std::collections::BTreeMap;

use schemagen_schema::{FunctionId, FunctionOutputs, Package, ResourceId, TypeDef, TypeId};

use super::annotate::{PkgSettings, Usage, UsageMap};
use super::types::{reachable, Binder, Named, Owner, PyType};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ResRef {
    Provider,
    Resource(ResourceId),
}

#[derive(Debug, Default)]
pub struct ModPlan {
    pub children: Vec<String>,
    pub resources: Vec<ResRef>,
    pub functions: Vec<FunctionId>,
    /// Object types used as an input or an output, in token order.
    pub types: Vec<TypeId>,
    pub enums: Vec<TypeId>,
    pub is_config: bool,
}

pub struct Plan {
    pub modules: BTreeMap<String, ModPlan>,
    pub usage: UsageMap,
}

impl Plan {
    pub fn new(pkg: &Package, settings: &PkgSettings) -> Plan {
        let binder = Binder::new(pkg);
        let mut plan = Plan { modules: BTreeMap::new(), usage: UsageMap::new() };
        plan.module("");
        if !pkg.config.is_empty() && !settings.kubernetes20() {
            plan.module("config").is_config = true;
        }
        let config: Vec<PyType> = pkg.config.iter().map(|p| binder.property(p, false)).collect();
        plan.mark(pkg, &config, |u| u.output = true);

        plan.module("").resources.push(ResRef::Provider);
        if let Some(p) = &pkg.provider {
            plan.scan_resource(pkg, p);
        }
        for (i, r) in pkg.resources.iter().enumerate() {
            let m = settings.module_of(&named(&r.token));
            plan.module(&m).resources.push(ResRef::Resource(ResourceId(i)));
            plan.scan_resource(pkg, r);
        }
        for (i, f) in pkg.functions.iter().enumerate() {
            let m = settings.module_of(&named(&f.token));
            let module = plan.module(&m);
            if f.method_of.is_none() {
                module.functions.push(FunctionId(i));
            }
            if let Some(inputs) = &f.inputs {
                let ins: Vec<PyType> = inputs.properties.iter().map(|p| binder.property(p, false)).collect();
                plan.mark(pkg, &ins, |u| {
                    u.input = true;
                    u.plain = true;
                });
            }
            if let FunctionOutputs::Object(out) = &f.outputs {
                let outs: Vec<PyType> = out.properties.iter().map(|p| binder.property(p, false)).collect();
                plan.mark(pkg, &outs, |u| {
                    u.output = true;
                    u.plain = true;
                });
            }
        }
        let mut order: Vec<usize> = (0..pkg.types.len()).collect();
        order.sort_by(|a, b| pkg.types[*a].token().full.cmp(&pkg.types[*b].token().full));
        for i in order {
            let def = &pkg.types[i];
            let m = settings.module_of(&named(def.token()));
            match def {
                TypeDef::Object(o) => {
                    if o.is_overlay {
                        continue;
                    }
                    let used = [false, true].iter().any(|shape| {
                        plan.usage_of(&o.token.full, *shape).is_some_and(|u| u.input || u.output)
                    });
                    if used {
                        plan.module(&m).types.push(TypeId(i));
                    }
                }
                TypeDef::Enum(e) => {
                    if !e.is_overlay {
                        plan.module(&m).enums.push(TypeId(i));
                    }
                }
            }
        }
        plan
    }

    fn scan_resource(&mut self, pkg: &Package, r: &schemagen_schema::Resource) {
        let binder = Binder::new(pkg);
        let outs: Vec<PyType> = r.properties.iter().map(|p| binder.property(p, false)).collect();
        self.mark(pkg, &outs, |u| {
            u.output = true;
            u.resource_output = true;
        });
        let ins: Vec<PyType> = r.input_properties.iter().map(|p| binder.property(p, true)).collect();
        self.mark(pkg, &ins, |u| u.input = true);
        if let Some(state) = &r.state_inputs {
            let st: Vec<PyType> = state.properties.iter().map(|p| binder.property(p, true)).collect();
            self.mark(pkg, &st, |u| u.input = true);
        }
    }

    /// Marks every local object shape reachable from `types` (through object properties).
    fn mark(&mut self, pkg: &Package, types: &[PyType], f: impl Fn(&mut Usage)) {
        for t in reachable(pkg, types) {
            if let PyType::Object { named, input_shape } = t {
                if named.owner == Owner::Local {
                    f(self.usage.entry((named.token, input_shape)).or_default());
                }
            }
        }
    }

    /// The module at `path`, created with its ancestors.
    pub fn module(&mut self, path: &str) -> &mut ModPlan {
        if !self.modules.contains_key(path) {
            self.modules.insert(path.to_string(), ModPlan::default());
            if !path.is_empty() {
                let parent = path.rsplit_once('/').map_or("", |(p, _)| p).to_string();
                self.module(&parent).children.push(path.to_string());
            }
        }
        self.modules.get_mut(path).expect("inserted above")
    }

    /// How the local object type `token` is used in one shape, if it is used that way at all.
    pub fn usage_of(&self, token: &str, input_shape: bool) -> Option<&Usage> {
        self.usage.get(&(token.to_string(), input_shape))
    }

    /// A module with nothing to write in it or below it.
    pub fn is_empty(&self, path: &str) -> bool {
        let Some(m) = self.modules.get(path) else { return true };
        m.resources.is_empty()
            && m.functions.is_empty()
            && m.types.is_empty()
            && m.enums.is_empty()
            && !m.is_config
            && m.children.iter().all(|c| self.is_empty(c))
    }
}

fn named(token: &schemagen_schema::Token) -> Named {
    Named { owner: Owner::Local, token: token.full.clone(), module: token.module.clone(), name: token.name.clone() }
}
