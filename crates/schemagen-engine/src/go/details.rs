//! Which Go type families each named type and nested collection needs: its `Input`/`Output`,
//! `Ptr…`, `…Array` and `…Map` types. Go spells every use of a type out as its own type, so the
//! Go view walks the model's bound types ([`Ty`]: the `Input` and `Optional` wrappers say how
//! each type is used), marking families the way Pulumi's Go generator marks them: an `Input`
//! makes what it holds an input, an `Optional` a pointer, a collection its element's collection
//! type; `generateExtraInputTypes` adds the input families of every type that is used at all.

use std::collections::{HashMap, HashSet};

use schemagen_schema::{FunctionOutputs, Package, Property, Type, TypeDef, TypeId};

use crate::model::{Binder, Model, Owner, Ty};

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

/// A key for a type without its Input/Optional wrappers: this package's named types by id,
/// collections by their element.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum Key {
    Named(TypeId),
    Array(Box<Key>),
    Map(Box<Key>),
    Other,
}

impl Key {
    fn of(pkg: &Package, t: &Ty) -> Key {
        match t.unwrapped() {
            Ty::Object { named, .. } | Ty::Enum { named, .. } if named.owner == Owner::Local => {
                pkg.type_by_token(&named.token).map_or(Key::Other, Key::Named)
            }
            Ty::Array(e) => Key::Array(Box::new(Key::of(pkg, e))),
            Ty::Map(e) => Key::Map(Box::new(Key::of(pkg, e))),
            _ => Key::Other,
        }
    }

    /// The bound type a collection of this package's named types stands for (its output shape).
    pub(crate) fn ty(&self, binder: &Binder) -> Option<Ty> {
        match self {
            Key::Named(id) => Some(binder.bare(&named_type(binder.pkg, *id))),
            Key::Array(e) => e.ty(binder).map(|e| Ty::Array(Box::new(e))),
            Key::Map(e) => e.ty(binder).map(|e| Ty::Map(Box::new(e))),
            Key::Other => None,
        }
    }

    /// What a collection's Go name adds to its named element's (`ArrayMap` of `Foo`'s
    /// `FooArrayMap`); `None` for other types.
    fn collection_suffix(&self) -> Option<String> {
        match self {
            Key::Named(_) => Some(String::new()),
            Key::Array(e) => e.collection_suffix().map(|s| s + "Array"),
            Key::Map(e) => e.collection_suffix().map(|s| s + "Map"),
            Key::Other => None,
        }
    }

    /// The named type at the bottom of a collection.
    pub(crate) fn innermost(&self) -> &Key {
        match self {
            Key::Array(e) | Key::Map(e) => e.innermost(),
            other => other,
        }
    }
}

#[derive(Default)]
pub(crate) struct Details {
    map: HashMap<Key, Families>,
    /// Every collection type seen, for the nested collection types.
    pub(crate) collections: HashSet<Key>,
}

struct Walk<'a> {
    pkg: &'a Package,
    binder: Binder<'a>,
    extra: bool,
    details: Details,
    seen: HashSet<(TypeId, bool, bool, bool)>,
}

impl Details {
    pub(crate) fn of_key(&self, k: &Key) -> Families {
        self.map.get(k).copied().unwrap_or_default()
    }
    pub(crate) fn of_id(&self, id: TypeId) -> Families {
        self.of_key(&Key::Named(id))
    }

    /// What each named type declares beside its own name, as suffixes of it (`Args`,
    /// `PtrInput`, `ArrayOutput`, `MapArray`, …): the names a claim must find free for it.
    pub(crate) fn declared_suffixes(&self, pkg: &Package) -> HashMap<TypeId, Vec<String>> {
        let mut out: HashMap<TypeId, Vec<String>> = HashMap::new();
        for (key, f) in &self.map {
            let Key::Named(id) = key else { continue };
            let object = matches!(pkg.type_def(*id), TypeDef::Object(_));
            let suffixes = out.entry(*id).or_default();
            for (on, names) in [
                (f.input && object, &["Args"][..]),
                (f.input, &["Input"]),
                (f.output, &["Output"]),
                (f.ptr_input, &["Ptr", "PtrInput"]),
                (f.ptr_output, &["PtrOutput"]),
                (f.array_input, &["Array", "ArrayInput"]),
                (f.array_output, &["ArrayOutput"]),
                (f.map_input, &["Map", "MapInput"]),
                (f.map_output, &["MapOutput"]),
            ] {
                if on {
                    suffixes.extend(names.iter().map(|n| n.to_string()));
                }
            }
        }
        for key in &self.collections {
            if let (Key::Named(id), Some(suffix)) = (key.innermost(), key.collection_suffix()) {
                out.entry(*id).or_default().extend([format!("{suffix}Input"), format!("{suffix}Output"), suffix]);
            }
        }
        for suffixes in out.values_mut() {
            suffixes.sort();
            suffixes.dedup();
        }
        out
    }

    pub(crate) fn compute(model: &Model, extra: bool) -> Details {
        let pkg = model.pkg;
        let mut w = Walk { pkg, binder: model.binder(), extra, details: Details::default(), seen: HashSet::new() };
        // Every collection type anywhere gets its element's collection input types when extra
        // input types are asked for.
        for t in all_types(model, &w.binder) {
            w.collections(&t);
        }
        for (i, t) in pkg.types.iter().enumerate() {
            if matches!(t, TypeDef::Enum(e) if e.is_overlay) {
                continue;
            }
            w.ty(&w.binder.bare(&named_type(pkg, TypeId(i))), false, false, false);
        }
        for (_, r) in model.resources() {
            w.props(&r.input_properties, true, r.is_provider, false, false);
            w.props(&r.properties, false, r.is_provider, false, true);
            if let Some(s) = &r.state_inputs {
                w.props(&s.properties, true, r.is_provider, false, false);
            }
        }
        for f in &pkg.functions {
            // The arguments of a function's `…Output` form are inputs.
            if let Some(i) = &f.inputs {
                w.props(&i.properties, true, false, false, false);
            }
            match &f.outputs {
                FunctionOutputs::Object(o) => w.props(&o.properties, false, false, false, true),
                FunctionOutputs::Type { ty, .. } => {
                    let result = w.binder.bare(ty);
                    w.ty(&result, false, false, true);
                    w.ty(&Ty::Map(Box::new(result)), false, false, true);
                }
                FunctionOutputs::None => {}
            }
        }
        w.details
    }
}

impl Walk<'_> {
    fn at(&mut self, t: &Ty) -> &mut Families {
        let key = Key::of(self.pkg, t);
        self.details.map.entry(key).or_default()
    }

    fn collections(&mut self, t: &Ty) {
        match t {
            Ty::Input(e) | Ty::Optional(e) => self.collections(e),
            Ty::Array(e) | Ty::Map(e) => {
                let extra = self.extra;
                let f = self.at(e);
                if matches!(t, Ty::Array(_)) {
                    f.mark_array(extra, false);
                } else {
                    f.mark_map(extra, false);
                }
                self.details.collections.insert(Key::of(self.pkg, t));
                self.collections(e);
            }
            Ty::Union { elements, .. } => elements.iter().for_each(|e| self.collections(e)),
            _ => {}
        }
    }

    /// `props` bound in one shape; `optional` makes every one optional (a provider's), as
    /// does being reached through an optional value.
    fn props(&mut self, props: &[Property], input_shape: bool, optional: bool, input: bool, output: bool) {
        let bound: Vec<(bool, Ty)> = props.iter().map(|p| (p.plain, self.binder.property(p, input_shape))).collect();
        self.bound_props(&bound, optional, input, output);
    }

    fn bound_props(&mut self, props: &[(bool, Ty)], optional: bool, input: bool, output: bool) {
        let mut input = input;
        for (plain, t) in props {
            // A plain object is written as its input shape, and everything after it as an input
            // (as Pulumi's Go generator marks them).
            if *plain && matches!(t.unwrapped(), Ty::Object { .. }) {
                let f = self.at(t);
                f.mark(true, false);
                input = true;
                f.mark_ptr(matches!(t, Ty::Optional(_)), false);
            }
            self.ty(t, optional, input, output);
        }
    }

    fn ty(&mut self, t: &Ty, optional: bool, input: bool, output: bool) {
        let extra = self.extra;
        match t {
            Ty::Input(e) => self.ty(e, optional, true, false),
            Ty::Optional(e) => self.ty(e, true, input, output),
            Ty::Object { named, .. } | Ty::Enum { named, .. } if named.owner == Owner::Local => {
                let Key::Named(id) = Key::of(self.pkg, t) else { return };
                if !self.seen.insert((id, optional, input, output)) {
                    return;
                }
                let f = self.at(t);
                f.mark(input || extra, output);
                if optional {
                    f.mark_ptr(input || extra, output);
                }
                // An object's properties, bound in the shape it was reached in.
                if let (Ty::Object { input_shape, .. }, TypeDef::Object(o)) = (t, self.pkg.type_def(id)) {
                    self.props(&o.properties, *input_shape, optional, input, output);
                }
            }
            Ty::Union { elements, .. } => {
                for e in elements {
                    self.ty(e, optional, input, output);
                }
            }
            Ty::Array(e) | Ty::Map(e) => {
                let f = self.at(e);
                if matches!(t, Ty::Array(_)) {
                    f.mark_array(input || extra, output);
                } else {
                    f.mark_map(input || extra, output);
                }
                self.details.collections.insert(Key::of(self.pkg, t));
                self.ty(e, false, input, output);
            }
            _ => {}
        }
    }
}

/// The schema type that names the object type or enum `id`.
pub(crate) fn named_type(pkg: &Package, id: TypeId) -> Type {
    match pkg.type_def(id) {
        TypeDef::Object(_) => Type::Object(id),
        TypeDef::Enum(_) => Type::Enum(id),
    }
}

/// Every property type of the package (config, types, resources, functions), bound as outputs:
/// the collections in them are the same in either shape.
fn all_types(model: &Model, binder: &Binder) -> Vec<Ty> {
    let pkg = model.pkg;
    let mut props: Vec<&Property> = pkg.config.iter().collect();
    for t in &pkg.types {
        if let TypeDef::Object(o) = t {
            props.extend(&o.properties);
        }
    }
    for (_, r) in model.resources() {
        props.extend(&r.input_properties);
        props.extend(&r.properties);
        if let Some(s) = &r.state_inputs {
            props.extend(&s.properties);
        }
    }
    let mut out = Vec::new();
    for f in &pkg.functions {
        if let Some(i) = &f.inputs {
            props.extend(&i.properties);
        }
        match &f.outputs {
            FunctionOutputs::Object(o) => props.extend(&o.properties),
            FunctionOutputs::Type { ty, .. } => out.push(binder.bare(ty)),
            FunctionOutputs::None => {}
        }
    }
    out.extend(props.into_iter().map(|p| binder.property(p, false)));
    out
}
