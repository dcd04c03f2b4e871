//! `types/input.ts` and `types/output.ts` (object types in namespaces by module) and
//! `types/enums/` (enums as `as const` objects, one folder per module).

use std::cell::Cell;
use std::collections::BTreeMap;

use askama::Template;

use schemagen_schema::{ObjectType, Property, Type, TypeDef, TypeId};

use super::escape::{doc_comment, string_literal, value_literal};
use super::index::Out;
use super::render::*;
use super::view::{Imports, Printer};
use super::resource::Members;
use super::Gen;
use crate::model::Binder;
use crate::names::nodejs::{self as names, by_rule};
use crate::OutputError;

impl Gen<'_> {
    /// The two files of object types, `input.ts` then `output.ts`, each streamed in parts of
    /// [`TYPES_PER_PART`] types: an aws-size package's are megabytes of text, and the views of
    /// their types several times that.
    pub(super) fn types_files(&self, types: &[TypeId], out: &mut Out<'_>) -> Result<(), OutputError> {
        let binder = Binder::new(self.pkg);
        let mut imports = Imports::default();
        let mut defaults = false;
        for id in types {
            if let TypeDef::Object(o) = self.pkg.type_def(*id) {
                for p in &o.properties {
                    imports.add(self.pkg, &self.naming, &binder.property(p, false), None);
                }
                defaults |= self.model.has_defaults(&Type::Object(*id));
            }
        }
        imports.nested = true;
        // What the files declare at their top: the root module's interfaces, the namespaces.
        let mut top: Vec<Slot> = Vec::new();
        for input in [true, false].into_iter().filter(|_| !imports.local.is_empty()) {
            self.namespace_tree(types, input).flatten(0, &mut top);
        }
        let own: Vec<&str> = top
            .iter()
            .filter_map(|slot| match slot {
                Slot::Open { indent, name } | Slot::Type { indent, name, .. } if indent.is_empty() => Some(name.as_str()),
                _ => None,
            })
            .collect();
        let aliases = imports.aliases(&self.naming, "types", &own);
        let unaliased = self.printer();
        let printer = unaliased.with_aliases(&aliases);
        let mut lines = imports.lines(&self.naming, "types", self.contains_enums, false, &aliases);
        if defaults {
            lines.push("import * as utilities from \"../utilities\";".into());
        }
        for (path, input) in [("types/input.ts", true), ("types/output.ts", false)] {
            let mut slots = Vec::new();
            self.namespace_tree(types, input).flatten(0, &mut slots);
            let mut parts: Vec<&[Slot]> = slots.chunks(TYPES_PER_PART).collect();
            if parts.is_empty() {
                parts.push(&[]);
            }
            let ends_in_newline = Cell::new(false);
            let rendered = parts.into_iter().enumerate().map(|(i, part)| {
                let items = part.iter().map(|slot| self.types_item(&printer, slot, input)).collect();
                let file = TypesFile { header: i == 0, imports: if i == 0 { lines.clone() } else { Vec::new() }, items };
                let text = file.render().map_err(|e| OutputError::Render(e.to_string()))?;
                if !text.is_empty() {
                    ends_in_newline.set(text.ends_with('\n'));
                }
                Ok(text)
            });
            // As `render` ends every file.
            let last = std::iter::once_with(|| Ok(if ends_in_newline.get() { String::new() } else { "\n".to_string() }));
            out.push_parts(path, &mut rendered.chain(last))?;
        }
        Ok(())
    }

    /// The view of one slot of a types file.
    fn types_item(&self, printer: &Printer<'_, '_>, slot: &Slot, input: bool) -> TypesItem {
        match slot {
            Slot::Open { indent, name } => TypesItem::Open { indent: indent.clone(), name: name.clone() },
            Slot::Close { indent } => TypesItem::Close { indent: indent.clone() },
            Slot::Type { indent, name, id, shape } => {
                let TypeDef::Object(o) = self.pkg.type_def(*id) else { unreachable!("only object types are slotted") };
                let iface = self.object_interface(printer, name.clone(), o, *shape, input);
                let defaults = self.defaults_fn(o, &iface.name, *shape, input);
                TypesItem::Type { indent: indent.clone(), iface, defaults }
            }
        }
    }

    fn namespace_tree(&self, types: &[TypeId], input: bool) -> Namespace {
        let mut by_module: BTreeMap<String, Vec<Member>> = BTreeMap::new();
        by_module.entry(String::new()).or_default();
        for id in types {
            let TypeDef::Object(o) = self.pkg.type_def(*id) else { continue };
            let module = self.naming.module(&o.token.module);
            by_module.entry(module.clone()).or_default();
            for shape in [false, true] {
                let used = self.model.usage_of(&o.token.full, shape).is_some_and(|u| if input { u.input } else { u.output })
                    || (input && shape && self.output_form_inputs.contains(&o.token.full));
                if !used {
                    continue;
                }
                let name = self.object_name(*id, o, shape, input);
                by_module.entry(module.clone()).or_default().push(Member { name, id: *id, shape });
            }
        }
        // Every module's ancestors exist, so nesting below needs no gaps.
        let paths: Vec<String> = by_module.keys().cloned().collect();
        for p in paths {
            let mut cur = p.as_str();
            while let Some((parent, _)) = cur.rsplit_once('/') {
                by_module.entry(parent.to_string()).or_default();
                cur = parent;
            }
        }
        build_namespace(&self.naming.names, "", String::new(), &mut by_module)
    }

    /// The interface's name for one shape of the object type.
    fn object_name(&self, id: TypeId, o: &ObjectType, input_shape: bool, input: bool) -> String {
        let legacy = self.naming.legacy_compat() && !(input && self.output_form_inputs.contains(&o.token.full));
        match self.naming.names.object(id) {
            Some(object) => object.shape(input_shape, legacy).to_string(),
            None => by_rule::object(&o.token.name).shape(input_shape, legacy).to_string(),
        }
    }

    fn object_interface(&self, printer: &Printer<'_, '_>, name: String, o: &ObjectType, input_shape: bool, input: bool) -> Interface {
        let required = o.language.nodejs.as_ref().and_then(|n| if input { n.required_inputs.as_ref() } else { n.required_outputs.as_ref() });
        let props: Vec<Property> = o
            .properties
            .iter()
            .map(|p| {
                let mut p = p.clone();
                if let Some(r) = required {
                    p.required = r.contains(&p.name);
                }
                p
            })
            .collect();
        let refs: Vec<&Property> = props.iter().collect();
        self.interface(printer, name, o.description.as_deref(), &refs, Members { input_shape, input, readonly: false })
    }

    fn defaults_fn(&self, o: &ObjectType, type_name: &str, input_shape: bool, input: bool) -> Option<Defaults> {
        let mut fields = Vec::new();
        for p in &o.properties {
            let access = names::access("val", &p.name, false);
            if let Some(dv) = self.default_value(p) {
                fields.push(Assign { key: names::member_key(&p.name), expr: format!("({access}) ?? {dv}") });
            } else if let Some(h) = self.defaults_helper(p, input_shape && !p.plain, input) {
                // An optional input holds `Input<T | undefined>`: what it resolves to may still
                // be undefined, which the helper does not take.
                let body = match (input_shape && !p.plain, p.required) {
                    (true, true) => format!("pulumi.output({access}).apply({h})"),
                    (true, false) => format!("({access} ? pulumi.output({access}).apply(v => v === undefined ? undefined : {h}(v)) : undefined)"),
                    (false, true) => format!("{h}({access})"),
                    (false, false) => format!("({access} ? {h}({access}) : undefined)"),
                };
                fields.push(Assign { key: names::member_key(&p.name), expr: body });
            }
        }
        (!fields.is_empty()).then(|| Defaults { name: names::provide_defaults(type_name), ty: type_name.to_string(), fields })
    }

    /// `types/enums/<module>/index.ts` for every module holding enums (or below one that does).
    pub(super) fn enum_files(&self, enums: &BTreeMap<String, Vec<TypeId>>) -> Result<Vec<(String, String)>, OutputError> {
        let mut dirs: BTreeMap<String, Vec<TypeId>> = BTreeMap::new();
        for (m, ids) in enums {
            dirs.entry(m.clone()).or_default().extend(ids);
            let mut cur = m.as_str();
            while let Some((parent, _)) = cur.rsplit_once('/') {
                dirs.entry(parent.to_string()).or_default();
                cur = parent;
            }
            if !m.is_empty() {
                dirs.entry(String::new()).or_default();
            }
        }
        let mut out = Vec::new();
        for (m, ids) in &dirs {
            let mut children: Vec<(String, String)> = dirs
                .keys()
                .filter(|c| !c.is_empty() && parent_of(c) == *m)
                .map(|c| (self.naming.names.namespace(c), names::folder_import(&self.naming.names.folder_name(c), &["index"])))
                .collect();
            children.sort();
            children.dedup();
            let views = ids.iter().filter_map(|id| match self.pkg.type_def(*id) {
                TypeDef::Enum(e) => {
                    let enum_names = self.naming.names.enumeration(*id)?;
                    let members = e
                        .values
                        .iter()
                        .zip(&enum_names.members)
                        .map(|(v, member)| {
                            let value = value_literal(&v.value).unwrap_or_else(|| string_literal(&v.value.to_string()));
                            (doc_comment(v.description.as_deref(), v.deprecation_message.as_deref(), "    "), member.clone(), value)
                        })
                        .collect();
                    Some(EnumView { doc: doc_comment(e.description.as_deref(), None, ""), name: enum_names.name.clone(), members })
                }
                TypeDef::Object(_) => None,
            });
            let file = EnumsFile { children, enums: views.collect() };
            let dir = if m.is_empty() { "types/enums".to_string() } else { format!("types/enums/{}", self.naming.names.folder(m)) };
            out.push((format!("{dir}/index.ts"), render(&file)?));
        }
        Ok(out)
    }
}

fn parent_of(path: &str) -> String {
    path.rsplit_once('/').map_or(String::new(), |(p, _)| p.to_string())
}

fn build_namespace(table: &names::NodeNames, path: &str, name: String, by_module: &mut BTreeMap<String, Vec<Member>>) -> Namespace {
    let mut interfaces = by_module.remove(path).unwrap_or_default();
    interfaces.sort_by(|a, b| a.name.cmp(&b.name));
    let child_paths: Vec<String> = by_module.keys().filter(|k| !k.is_empty() && parent_of(k) == path).cloned().collect();
    let children = child_paths
        .into_iter()
        .map(|c| {
            let n = table.namespace(&c);
            build_namespace(table, &c, n, by_module)
        })
        .collect();
    Namespace { name, interfaces, children }
}

/// Object types per part of a types file: a part's views are built, rendered and dropped
/// before the next part's.
const TYPES_PER_PART: usize = 256;

/// A namespace of `types/input.ts` / `types/output.ts`, its types named but not yet built.
struct Namespace {
    name: String,
    interfaces: Vec<Member>,
    children: Vec<Namespace>,
}

/// One shape of an object type, as its namespace lists it.
struct Member {
    name: String,
    id: TypeId,
    shape: bool,
}

/// The namespace tree in file order (templates do not recurse), each type still to be built.
enum Slot {
    Open { indent: String, name: String },
    Type { indent: String, name: String, id: TypeId, shape: bool },
    Close { indent: String },
}

impl Namespace {
    fn flatten(self, depth: usize, out: &mut Vec<Slot>) {
        let indent = "    ".repeat(depth);
        for m in self.interfaces {
            out.push(Slot::Type { indent: indent.clone(), name: m.name, id: m.id, shape: m.shape });
        }
        for c in self.children {
            out.push(Slot::Open { indent: indent.clone(), name: c.name.clone() });
            c.flatten(depth + 1, out);
            out.push(Slot::Close { indent: indent.clone() });
        }
    }
}
