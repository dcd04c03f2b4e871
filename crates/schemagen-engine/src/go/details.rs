//! Which Go type families each named type and nested collection needs: its `Input`/`Output`,
//! `Ptr…`, `…Array` and `…Map` types. Go spells every use of a type out as its own type, so the
//! Go view walks how each type is used (as an input, an output, optionally, inside a
//! collection), the way Pulumi's Go generator marks them; `generateExtraInputTypes` adds the
//! input families of every type that is used at all.

use std::collections::{HashMap, HashSet};

use schemagen_schema::{FunctionOutputs, Package, Property, Type, TypeDef, TypeId};

use crate::model::Model;

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Families {
    pub(crate) input: bool,
    pub(crate) ptr_input: bool,
    pub(crate) array_input: bool,
    pub(crate) map_input: bool,
    pub(crate) output: bool,
    pub(crate) ptr_output: bool,
    pub(crate) array_output: bool,
    pub(crate) map_output: bool,
}

impl Families {
    fn mark(&mut self, input: bool, output: bool) {
        self.input |= input;
        self.output |= input || output;
    }
    fn mark_ptr(&mut self, input: bool, output: bool) {
        self.mark(input, output);
        self.ptr_input |= input;
        self.ptr_output |= input || output;
    }
    fn mark_array(&mut self, input: bool, output: bool) {
        self.mark(input, output);
        self.array_input |= input;
        self.array_output |= input || output;
    }
    fn mark_map(&mut self, input: bool, output: bool) {
        self.mark(input, output);
        self.map_input |= input;
        self.map_output |= input || output;
    }
}

/// A key for a type without its Input/Optional wrappers: named types by id, collections by
/// their element.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum Key {
    Named(TypeId),
    Array(Box<Key>),
    Map(Box<Key>),
    Other,
}

pub(crate) fn key(t: &Type) -> Key {
    match t {
        Type::Object(id) | Type::Enum(id) => Key::Named(*id),
        Type::Array(e) => Key::Array(Box::new(key(e))),
        Type::Map(e) => Key::Map(Box::new(key(e))),
        _ => Key::Other,
    }
}

#[derive(Default)]
pub(crate) struct Details {
    pub(crate) map: HashMap<Key, Families>,
    /// Every collection type seen, for the nested collection types.
    pub(crate) collections: HashMap<Key, Type>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Shape {
    Plain,
    Input,
}

struct Walk<'a> {
    pkg: &'a Package,
    extra: bool,
    details: Details,
    seen: HashSet<(TypeId, bool, bool, bool)>,
}

impl Details {
    pub(crate) fn of(&self, t: &Type) -> Families {
        self.map.get(&key(t)).copied().unwrap_or_default()
    }
    pub(crate) fn of_id(&self, id: TypeId) -> Families {
        self.map.get(&Key::Named(id)).copied().unwrap_or_default()
    }

    pub(crate) fn compute(model: &Model, extra: bool) -> Details {
        let pkg = model.pkg;
        let mut w = Walk { pkg, extra, details: Details::default(), seen: HashSet::new() };
        // Every collection type anywhere gets its element's collection input types when extra
        // input types are asked for.
        let mut all = Vec::new();
        collect_types(model, &mut all);
        for t in &all {
            w.collections(t);
        }
        for (i, t) in pkg.types.iter().enumerate() {
            match t {
                TypeDef::Object(_) => w.ty(&Type::Object(TypeId(i)), false, false, false, Shape::Plain),
                TypeDef::Enum(e) if !e.is_overlay => w.ty(&Type::Enum(TypeId(i)), false, false, false, Shape::Plain),
                _ => {}
            }
        }
        for (_, r) in model.resources() {
            w.props(&r.input_properties, r.is_provider, false, false, Shape::Input);
            w.props(&r.properties, r.is_provider, false, true, Shape::Plain);
            if let Some(s) = &r.state_inputs {
                w.props(&s.properties, r.is_provider, false, false, Shape::Input);
            }
        }
        for f in &pkg.functions {
            if let Some(i) = &f.inputs {
                w.props(&i.properties, false, false, false, Shape::Input);
            }
            match &f.outputs {
                FunctionOutputs::Object(o) => w.props(&o.properties, false, false, true, Shape::Plain),
                FunctionOutputs::Type { ty, .. } => {
                    w.ty(ty, false, false, true, Shape::Plain);
                    w.ty(&Type::Map(Box::new(ty.clone())), false, false, true, Shape::Plain);
                }
                FunctionOutputs::None => {}
            }
        }
        w.details
    }
}

impl Walk<'_> {
    fn at(&mut self, t: &Type) -> &mut Families {
        self.details.map.entry(key(t)).or_default()
    }

    fn collections(&mut self, t: &Type) {
        match t {
            Type::Array(e) => {
                let extra = self.extra;
                self.at(e).mark_array(extra, false);
                self.details.collections.entry(key(t)).or_insert_with(|| t.clone());
                self.collections(e);
            }
            Type::Map(e) => {
                let extra = self.extra;
                self.at(e).mark_map(extra, false);
                self.details.collections.entry(key(t)).or_insert_with(|| t.clone());
                self.collections(e);
            }
            Type::Union(u) => u.elements.iter().for_each(|e| self.collections(e)),
            _ => {}
        }
    }

    fn props(&mut self, props: &[Property], optional: bool, input: bool, output: bool, shape: Shape) {
        let mut input = input;
        for p in props {
            if let Type::Object(_) = p.ty {
                if p.plain {
                    let f = self.at(&p.ty);
                    f.mark(true, false);
                    input = true;
                    f.mark_ptr(!p.required, false);
                }
            }
            let (i, o) = if shape == Shape::Input && !p.plain { (true, false) } else { (input, output) };
            self.ty(&p.ty, !p.required || optional, i, o, shape);
        }
    }

    fn ty(&mut self, t: &Type, optional: bool, input: bool, output: bool, shape: Shape) {
        let extra = self.extra;
        match t {
            Type::Object(id) => {
                if !self.seen.insert((*id, optional, input, output)) {
                    return;
                }
                let f = self.at(t);
                f.mark(input || extra, output);
                if optional {
                    f.mark_ptr(input || extra, output);
                }
                if let TypeDef::Object(o) = self.pkg.type_def(*id) {
                    let props = o.properties.clone();
                    self.props(&props, optional, input, output, shape);
                }
            }
            Type::Enum(id) => {
                if !self.seen.insert((*id, optional, input, output)) {
                    return;
                }
                let f = self.at(t);
                f.mark(input || extra, output);
                if optional {
                    f.mark_ptr(input || extra, output);
                }
            }
            Type::Union(u) => {
                for e in &u.elements {
                    self.ty(e, optional, input, output, shape);
                }
            }
            Type::Array(e) => {
                self.at(e).mark_array(input || extra, output);
                self.details.collections.entry(key(t)).or_insert_with(|| t.clone());
                self.ty(e, false, input, output, shape);
            }
            Type::Map(e) => {
                self.at(e).mark_map(input || extra, output);
                self.details.collections.entry(key(t)).or_insert_with(|| t.clone());
                self.ty(e, false, input, output, shape);
            }
            _ => {}
        }
    }
}

/// Every property type of the package (config, types, resources, functions).
fn collect_types(model: &Model, out: &mut Vec<Type>) {
    let pkg = model.pkg;
    fn push(out: &mut Vec<Type>, props: &[Property]) {
        out.extend(props.iter().map(|p| p.ty.clone()));
    }
    push(out, &pkg.config);
    for t in &pkg.types {
        if let TypeDef::Object(o) = t {
            push(out, &o.properties);
        }
    }
    for (_, r) in model.resources() {
        push(out, &r.input_properties);
        push(out, &r.properties);
        if let Some(s) = &r.state_inputs {
            push(out, &s.properties);
        }
    }
    for f in &pkg.functions {
        if let Some(i) = &f.inputs {
            push(out, &i.properties);
        }
        match &f.outputs {
            FunctionOutputs::Object(o) => push(out, &o.properties),
            FunctionOutputs::Type { ty, .. } => out.push(ty.clone()),
            FunctionOutputs::None => {}
        }
    }
}
