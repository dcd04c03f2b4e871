//! The builder of one generated module's views: binds properties, spells their annotations in
//! this module, and collects the imports they need.

use std::collections::BTreeSet;

use schemagen_schema::{Package, Property};

use super::annotate::{Annotator, Opts};
use super::escape::{doc_lines, docstring_body, double_quoted, literal, single_quoted};
use crate::model::types::{reachable_beyond, Reached};
use crate::model::{Binder, Model, Named, Owner, Ty};
use super::view::{DefaultView, Import, ParamDoc, PropView};
use crate::names::python::{by_rule, import_alias, PropNames, ROOT_ENUMS, ROOT_INPUTS, ROOT_OUTPUTS};

pub struct ModuleBuilder<'a> {
    pub pkg: &'a Package,
    pub ann: Annotator<'a>,
    pub binder: Binder<'a>,
    pub imports: BTreeSet<Import>,
    /// A `Literal[...]` annotation was written (typing must import it).
    pub needs_literal: bool,
    pub model: &'a Model<'a>,
    /// The types whose imports [`Self::collect_imports`] has added, per (input, skipped resource).
    pub imported: std::collections::HashMap<(bool, Option<String>), Reached>,
}

/// A property bound for one use, with its Python name.
pub struct Bound<'p> {
    pub prop: &'p Property,
    pub ty: Ty,
    pub name: String,
}

/// Pulumi's order of class parameters: required first, then by wire name.
pub fn sort_required_first(props: &mut [Bound<'_>]) {
    props.sort_by(|a, b| b.prop.required.cmp(&a.prop.required).then_with(|| a.prop.name.cmp(&b.prop.name)));
}

pub use crate::model::by_name;

/// A deprecation message as Python code carries it: names resolved for Python.
pub fn deprecation_text(m: &str) -> String {
    crate::markup::resolve_spans(m, Some(crate::markup::Language::Python)).into_owned()
}

/// A description as a Python doc comment: its markup resolved for Python.
pub fn description_lines(d: Option<&str>) -> Vec<String> {
    d.map(|d| doc_lines(&crate::markup::for_sdk(d, crate::markup::Language::Python))).unwrap_or_default()
}

pub fn optional(t: &Ty) -> Ty {
    match t {
        Ty::Optional(_) => t.clone(),
        other => Ty::Optional(Box::new(other.clone())),
    }
}

/// A relative import path from module `from` to module `to` (`.`, `..`, `..a`).
pub fn rel_import(from: &str, to: &str) -> String {
    let from_parts: Vec<&str> = from.split('/').filter(|s| !s.is_empty()).collect();
    let to_parts: Vec<&str> = to.split('/').filter(|s| !s.is_empty()).collect();
    let common = from_parts.iter().zip(&to_parts).take_while(|(a, b)| a == b).count();
    let mut s = ".".repeat(1 + from_parts.len() - common);
    s.push_str(&to_parts[common..].join("."));
    s
}

fn import(module: String, name: Option<&str>, alias: Option<String>) -> Import {
    let sort_key = match (name, &alias) {
        (None, _) => format!("import {module}"),
        (Some(n), None) => format!("from {module} import {n}"),
        (Some(n), Some(a)) => format!("from {module} import {n} as {a}"),
    };
    Import { sort_key, module, name: name.map(str::to_string), alias }
}

impl<'a> ModuleBuilder<'a> {
    /// `props` in wire-name order, bound in one shape, named from `names`.
    pub fn bind<'p>(&self, props: &'p [Property], input_shape: bool, names: &PropNames) -> Vec<Bound<'p>> {
        by_name(props)
            .into_iter()
            .map(|p| Bound { prop: p, ty: self.binder.property(p, input_shape), name: names.get(&p.name) })
            .collect()
    }

    /// The annotation of a bound property; a `const` makes it a `Literal`.
    pub fn annotate_prop(&mut self, prop: &Property, ty: &Ty, opts: Opts<'_>) -> String {
        let opts = Opts { const_value: prop.const_value.as_deref(), ..opts };
        let s = self.ann.annotate(ty, opts);
        if s.contains("Literal[") {
            self.needs_literal = true;
        }
        s
    }

    pub fn prop_view(&self, b: &Bound<'_>, ty: String) -> PropView {
        PropView {
            name: b.name.clone(),
            wire_lit: (b.name != b.prop.name).then(|| double_quoted(&b.prop.name)),
            key_lit: double_quoted(&b.name),
            ty,
            deprecated_lit: b.prop.deprecation_message.as_deref().map(|m| double_quoted(&deprecation_text(m))),
            doc: description_lines(b.prop.description.as_deref()),
        }
    }

    /// The `:param` entry of a described property (none for an undescribed one).
    pub fn param_doc(&self, name: &str, b: &Bound<'_>, accept_mapping: bool) -> Option<ParamDoc> {
        let desc = b.prop.description.as_deref()?;
        let required = match &b.ty {
            Ty::Optional(t) => (**t).clone(),
            t => t.clone(),
        };
        let opts = Opts { input: true, accept_mapping, for_docs: true, const_value: b.prop.const_value.as_deref(), ..Default::default() };
        let ty = self.ann.annotate(&required, opts);
        Some(ParamDoc { ty: docstring_body(&ty), name: name.to_string(), lines: description_lines(Some(desc)) })
    }

    /// Adds the imports the named types reachable from `types` need (`skip_resource`: the
    /// resource being written, which needs no import of itself).
    pub fn collect_imports(&mut self, types: &[Ty], input: bool, skip_resource: Option<&str>) {
        let seen = self.imported.entry((input, skip_resource.map(str::to_string))).or_default();
        for t in reachable_beyond(self.pkg, types, seen) {
            let imp = match &t {
                Ty::Object { named, .. } => {
                    // An input outside the types files also takes the type's output class.
                    let output_too = input && !self.ann.in_types_file && named.owner == Owner::Local;
                    if output_too && self.model.usage_of(&named.token, false).is_some_and(|u| u.output) {
                        if let Some(imp) = self.import_object(named, false) {
                            self.imports.insert(imp);
                        }
                    }
                    self.import_object(named, input)
                }
                Ty::Enum { named, .. } => self.import_enum(named),
                Ty::Resource { named, is_provider } => {
                    if skip_resource == Some(named.token.as_str()) {
                        continue;
                    }
                    self.import_resource(named, *is_provider)
                }
                _ => continue,
            };
            if let Some(imp) = imp {
                self.imports.insert(imp);
            }
        }
    }

    pub fn import_star(&mut self, module: &str) {
        self.imports.insert(import(module.to_string(), Some("*"), None));
    }

    pub fn remove_star(&mut self, module: &str) {
        self.imports.retain(|i| !(i.module == module && i.name.as_deref() == Some("*")));
    }

    fn root_rel(&self) -> String {
        rel_import(&self.ann.module, "")
    }

    fn import_package(&self, owner: &Owner) -> Option<Import> {
        let Owner::External(p) = owner else { return None };
        let pack = self.ann.settings_of(owner).map_or_else(|| by_rule::pack(p), |s| s.names.pack().to_string());
        Some(import(pack, None, None))
    }

    fn import_object(&self, named: &Named, input: bool) -> Option<Import> {
        if named.owner != Owner::Local {
            return self.import_package(&named.owner);
        }
        let m = self.ann.module_of(named);
        if m == self.ann.module {
            return Some(if input { import("._inputs".into(), Some("*"), None) } else { import(".".into(), Some("outputs"), None) });
        }
        if m.is_empty() {
            let (name, alias) = if input { ("_inputs", ROOT_INPUTS) } else { ("outputs", ROOT_OUTPUTS) };
            return Some(import(self.root_rel(), Some(name), Some(alias.into())));
        }
        let first = m.split('/').next().unwrap_or_default();
        Some(import(self.root_rel(), Some(first), Some(import_alias(first))))
    }

    fn import_enum(&self, named: &Named) -> Option<Import> {
        if let Owner::External(p) = &named.owner {
            return Some(import(by_rule::pack(p), None, None));
        }
        let m = self.ann.module_of(named);
        if m == self.ann.module {
            return Some(import("._enums".into(), Some("*"), None));
        }
        if m.is_empty() {
            return Some(import(self.root_rel(), Some("_enums"), Some(ROOT_ENUMS.into())));
        }
        let first = m.split('/').next().unwrap_or_default();
        Some(import(self.root_rel(), Some(first), None))
    }

    fn import_resource(&self, named: &Named, is_provider: bool) -> Option<Import> {
        if let Owner::External(p) = &named.owner {
            let pack = if is_provider { by_rule::provider_pack(p) } else { by_rule::pack(p) };
            return Some(import(pack, None, None));
        }
        let m = if is_provider { String::new() } else { self.ann.module_of(named) };
        if self.ann.in_types_file && !is_provider && m == self.ann.module {
            let file = self.ann.resource_file(named);
            return Some(import(".".into(), Some(&file), Some(import_alias(&file))));
        }
        if m == self.ann.module || m.is_empty() {
            let path = rel_import(&self.ann.module, &m);
            let file = if is_provider { "provider".to_string() } else { self.ann.resource_file(named) };
            let full = if path.ends_with('.') { format!("{path}{file}") } else { format!("{path}.{file}") };
            let class = self.ann.local.names.resource_class(&named.token, &named.name, is_provider);
            let alias = if m.is_empty() && !self.ann.module.is_empty() { self.ann.local.names.root_class_alias(&self.ann.module, &class) } else { None };
            return Some(import(full, Some(&class), alias));
        }
        let first = m.split('/').next().unwrap_or_default();
        Some(import(self.root_rel(), Some(first), Some(import_alias(first))))
    }
}

/// The fallback of a missing input: `default`, then `defaultInfo.environment` variables.
pub fn default_view(prop: &Property, t: &Ty) -> Option<DefaultView> {
    let fallback = crate::model::fallback(prop)?;
    let value_lit = fallback.value.and_then(literal);
    let env = fallback.environment;
    if value_lit.is_none() && env.is_empty() {
        return None;
    }
    let env_getter = match t {
        Ty::Bool => "get_env_bool",
        Ty::Int => "get_env_int",
        Ty::Number => "get_env_float",
        _ => "get_env",
    };
    Some(DefaultView { env_getter, env_lits: env.iter().map(|e| single_quoted(e)).collect(), value_lit })
}

#[cfg(test)]
mod tests {
    use super::rel_import;

    #[test]
    fn relative_imports() {
        assert_eq!(rel_import("", ""), ".");
        assert_eq!(rel_import("a", ""), "..");
        assert_eq!(rel_import("a/b", ""), "...");
        assert_eq!(rel_import("a", "a"), ".");
        assert_eq!(rel_import("", "a"), ".a");
    }
}
