//! Whether the member of a union a wire value belongs to can be told from the value alone
//! ("wire discriminatable"). Pulumi's current generators type an output union as the union of
//! its members only then (the runtime picks the member from the value's shape); otherwise an
//! output union is untyped. The rule, in Pulumi's terms:
//!
//! - members are flattened through tokens and nested unions; a member of unknown shape (`Any`,
//!   JSON, a reference into another package) makes the union undiscriminatable;
//! - two members must never admit a common value. Values are compared by wire shape (bool,
//!   number, string, list, dict, asset, archive, resource reference); integers and numbers share
//!   the number shape; enums and `const` properties bound a primitive to their literal values;
//!   lists share the empty list, two maps the empty dict; a map and an object share a value
//!   unless a required property of the object cannot hold the map's element; two objects share
//!   one when each declares the other's required properties and every property required on
//!   either side can hold a common value. A common value is finite: a comparison that depends
//!   on itself (cyclic types) finds none.
//!
//! The union's declared `discriminator` is not trusted; only the structure counts.

use std::collections::{HashMap, HashSet};

use schemagen_schema::{FunctionOutputs, Package, Property, Type, TypeDef, TypeId, Union};
use serde_json::Value;

/// The most type comparisons one union may take: a hostile schema can make the comparison of
/// nested unions of shared types exponential; past this the union counts as undiscriminatable
/// (untyped), which is always safe.
const MAX_STEPS: usize = 20_000;
/// The most comparisons all the unions of one package may take together (a schema can hold
/// very many unions that each take [`MAX_STEPS`]); the unions past it count as untyped.
const MAX_PACKAGE_STEPS: usize = 2_000_000;

/// The verdict of every union a package's properties hold, by the union's address in the
/// package (a union is inline in the schema, with no name to key it by).
#[derive(Debug, Default)]
pub struct Verdicts {
    by_union: HashMap<usize, bool>,
}

impl Verdicts {
    /// Every union of `pkg` judged once, in schema order, within the package's budget.
    pub fn of(pkg: &Package) -> Verdicts {
        let mut walk = Walk { pkg, verdicts: HashMap::new(), steps: 0 };
        for p in &pkg.config {
            walk.ty(&p.ty);
        }
        for def in &pkg.types {
            if let TypeDef::Object(o) = def {
                o.properties.iter().for_each(|p| walk.ty(&p.ty));
            }
        }
        for r in pkg.provider.iter().chain(&pkg.resources) {
            let state = r.state_inputs.iter().flat_map(|s| &s.properties);
            r.properties.iter().chain(&r.input_properties).chain(state).for_each(|p| walk.ty(&p.ty));
        }
        for f in &pkg.functions {
            f.inputs.iter().flat_map(|i| &i.properties).for_each(|p| walk.ty(&p.ty));
            match &f.outputs {
                FunctionOutputs::Object(o) => o.properties.iter().for_each(|p| walk.ty(&p.ty)),
                FunctionOutputs::Type { ty, .. } => walk.ty(ty),
                FunctionOutputs::None => {}
            }
        }
        Verdicts { by_union: walk.verdicts }
    }

    /// Whether `u` (a union of the package these verdicts are of) is wire discriminatable.
    pub fn get(&self, u: &Union) -> bool {
        self.by_union.get(&(u as *const Union as usize)).copied().unwrap_or(false)
    }
}

struct Walk<'p> {
    pkg: &'p Package,
    verdicts: HashMap<usize, bool>,
    steps: usize,
}

impl Walk<'_> {
    fn ty(&mut self, ty: &Type) {
        match ty {
            Type::Array(e) | Type::Map(e) => self.ty(e),
            Type::Union(u) => {
                u.elements.iter().for_each(|e| self.ty(e));
                let budget = MAX_PACKAGE_STEPS.saturating_sub(self.steps).min(MAX_STEPS);
                let (verdict, steps) = judge(self.pkg, &u.elements, budget);
                self.steps += steps;
                self.verdicts.insert(&**u as *const Union as usize, verdict);
            }
            _ => {}
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    Bool,
    Number,
    Str,
    List,
    Dict,
    Asset,
    Archive,
    Resource,
}

/// One side of a comparison: a type, whether null is allowed, and the one value a `const`
/// property allows.
#[derive(Clone, Copy)]
struct Side<'p> {
    ty: &'p Type,
    nullable: bool,
    constant: Option<&'p Value>,
}

impl<'p> Side<'p> {
    fn of(ty: &'p Type) -> Self {
        Side { ty, nullable: false, constant: None }
    }

    fn property(p: &'p Property) -> Self {
        Side { ty: &p.ty, nullable: !p.required, constant: p.const_value.as_deref() }
    }

    fn with_type(self, ty: &'p Type) -> Self {
        Side { ty, ..self }
    }
}

/// Whether the union of `elements` is wire discriminatable in `pkg`.
pub fn wire_discriminatable(pkg: &Package, elements: &[Type]) -> bool {
    judge(pkg, elements, MAX_STEPS).0
}

/// The verdict on a union, and the comparisons it took; past `budget` comparisons it is `false`.
fn judge(pkg: &Package, elements: &[Type], budget: usize) -> (bool, usize) {
    let mut members = Vec::new();
    if !flatten(elements, &mut members) {
        return (false, 0);
    }
    let mut cx = Comparer { pkg, on_stack: HashSet::new(), steps: 0, budget, depth: 0 };
    for (i, a) in members.iter().enumerate() {
        for b in &members[i + 1..] {
            let shared = cx.shared(Side::of(a), Side::of(b));
            if shared || cx.steps > budget {
                return (false, cx.steps);
            }
        }
    }
    (true, cx.steps)
}

/// The concrete members of a union, through tokens and nested unions; `false` when one has no
/// known wire shape.
fn flatten<'p>(elements: &'p [Type], out: &mut Vec<&'p Type>) -> bool {
    elements.iter().all(|e| match e {
        Type::Token { underlying, .. } => flatten(std::slice::from_ref(underlying), out),
        Type::Union(u) => flatten(&u.elements, out),
        t if matches!(t, Type::Enum(_)) || shape_of(t).is_some() => {
            out.push(t);
            true
        }
        _ => false,
    })
}

/// The wire shape of a concrete type; `None` for types whose values may have any shape.
fn shape_of(t: &Type) -> Option<Shape> {
    Some(match t {
        Type::Boolean => Shape::Bool,
        Type::Integer | Type::Number => Shape::Number,
        Type::String => Shape::Str,
        Type::Asset => Shape::Asset,
        Type::Archive => Shape::Archive,
        Type::Array(_) => Shape::List,
        Type::Map(_) | Type::Object(_) => Shape::Dict,
        Type::Resource(_) | Type::Provider => Shape::Resource,
        // An enum's shape is its element's (`Comparer::shape`).
        _ => return None,
    })
}

struct Comparer<'p> {
    pkg: &'p Package,
    /// The object pairs being compared further up: a value common to them would be infinite.
    on_stack: HashSet<(TypeId, TypeId)>,
    steps: usize,
    budget: usize,
    /// How many comparisons are under way; past [`MAX_DEPTH`] the sides count as sharing a value
    /// (the safe answer: the union stays untyped), whatever the budget still allows.
    depth: usize,
}

/// The deepest a comparison goes: unions inside maps inside objects can recurse without an
/// object pair repeating, and the stack, not the step budget, would run out first.
const MAX_DEPTH: usize = 64;

impl<'p> Comparer<'p> {
    fn enum_of(&self, t: &Type) -> Option<&'p schemagen_schema::EnumType> {
        match t {
            Type::Enum(id) => match self.pkg.type_def(*id) {
                TypeDef::Enum(e) => Some(e),
                TypeDef::Object(_) => None,
            },
            _ => None,
        }
    }

    /// The shape of a side's values (an enum's is its element's).
    fn shape(&self, t: &Type) -> Option<Shape> {
        match self.enum_of(t) {
            Some(e) => shape_of(&e.element),
            None => shape_of(t),
        }
    }

    /// The literal values a primitive side is bounded to, if it is (numbers as `f64`).
    fn literals(&self, side: Side<'p>) -> Option<Vec<Value>> {
        let normal = |v: &Value| match v.as_f64() {
            Some(f) if v.is_number() => Value::from(f),
            _ => v.clone(),
        };
        if let Some(c) = side.constant {
            return Some(vec![normal(c)]);
        }
        let e = self.enum_of(side.ty)?;
        (!e.values.is_empty()).then(|| e.values.iter().map(|v| normal(&v.value)).collect())
    }

    /// Whether some finite wire value belongs to both sides.
    fn shared(&mut self, a: Side<'p>, b: Side<'p>) -> bool {
        self.steps += 1;
        if self.steps > self.budget || self.depth >= MAX_DEPTH {
            return true;
        }
        self.depth += 1;
        let shared = self.shared_within_depth(a, b);
        self.depth -= 1;
        shared
    }

    fn shared_within_depth(&mut self, a: Side<'p>, b: Side<'p>) -> bool {
        if a.nullable && b.nullable {
            return true;
        }
        for (x, y) in [(a, b), (b, a)] {
            match x.ty {
                Type::Token { underlying, .. } => return self.shared(x.with_type(underlying), y),
                Type::Union(u) => return u.elements.iter().any(|e| self.shared(x.with_type(e), y)),
                _ => {}
            }
        }
        let (Some(sa), Some(sb)) = (self.shape(a.ty), self.shape(b.ty)) else { return true };
        if sa != sb {
            return false;
        }
        match sa {
            Shape::Bool | Shape::Number | Shape::Str => match (self.literals(a), self.literals(b)) {
                (Some(la), Some(lb)) => la.iter().any(|v| lb.contains(v)),
                _ => true,
            },
            Shape::Resource => match (a.ty, b.ty) {
                (Type::Resource(x), Type::Resource(y)) => x == y,
                (Type::Provider, Type::Provider) => true,
                _ => false,
            },
            Shape::Dict => match (a.ty, b.ty) {
                (Type::Object(x), Type::Object(y)) => self.objects_shared(*x, *y),
                (Type::Object(o), Type::Map(e)) | (Type::Map(e), Type::Object(o)) => self.map_object_shared(e, *o),
                _ => true,
            },
            Shape::List | Shape::Asset | Shape::Archive => true,
        }
    }

    fn properties(&self, id: TypeId) -> &'p [Property] {
        match self.pkg.type_def(id) {
            TypeDef::Object(o) => &o.properties,
            TypeDef::Enum(_) => &[],
        }
    }

    /// A dict of the map's elements holding the object's required properties.
    fn map_object_shared(&mut self, element: &'p Type, object: TypeId) -> bool {
        let required: Vec<&Property> = self.properties(object).iter().filter(|p| p.required).collect();
        required.into_iter().all(|p| self.shared(Side::property(p), Side::of(element)))
    }

    fn objects_shared(&mut self, a: TypeId, b: TypeId) -> bool {
        if !self.on_stack.insert((a, b)) {
            return false;
        }
        let (pa, pb) = (self.properties(a), self.properties(b));
        let declares = |of: &[Property], other: &[Property]| of.iter().filter(|p| p.required).all(|p| other.iter().any(|q| q.name == p.name));
        let mut shared = declares(pa, pb) && declares(pb, pa);
        if shared {
            for p in pa {
                let Some(q) = pb.iter().find(|q| q.name == p.name) else { continue };
                if (p.required || q.required) && !self.shared(Side::property(p), Side::property(q)) {
                    shared = false;
                    break;
                }
            }
        }
        self.on_stack.remove(&(a, b));
        shared
    }
}

#[cfg(test)]
mod tests {
    use schemagen_schema::{Format, LoadOptions};

    use super::*;

    /// The union of the one resource's property `u`, in a schema with `types`.
    fn verdict(types: &str, union: &str) -> bool {
        let schema = format!(r#"{{"name": "p", "types": {{{types}}}, "resources": {{"p:index:R": {{"properties": {{"u": {union}}}}}}}}}"#);
        let pkg = schemagen_schema::parse(&schema, "p.json", Format::Json, &LoadOptions::default()).expect("schema").package;
        let Type::Union(u) = &pkg.resources[0].properties[0].ty else { panic!("not a union") };
        wire_discriminatable(&pkg, &u.elements)
    }

    const OBJECTS: &str = r##""p:index:A": {"type": "object", "properties": {"a": {"type": "string"}}, "required": ["a"]},
        "p:index:B": {"type": "object", "properties": {"b": {"type": "string"}}, "required": ["b"]},
        "p:index:AB": {"type": "object", "properties": {"a": {"type": "string"}, "b": {"type": "string"}}},
        "p:index:K1": {"type": "object", "properties": {"kind": {"type": "string", "const": "one"}, "x": {"type": "string"}}, "required": ["kind"]},
        "p:index:K2": {"type": "object", "properties": {"kind": {"type": "string", "const": "two"}, "x": {"type": "string"}}, "required": ["kind"]},
        "p:index:E": {"type": "string", "enum": [{"value": "x"}, {"value": "y"}]},
        "p:index:Cyc1": {"type": "object", "properties": {"next": {"$ref": "#/types/p:index:Cyc2"}}, "required": ["next"]},
        "p:index:Cyc2": {"type": "object", "properties": {"next": {"$ref": "#/types/p:index:Cyc1"}}, "required": ["next"]}"##;

    /// Forty levels of objects `{prefix}0…` each requiring two of the next, over a required
    /// string: comparing two such chains (which share every value) walks every path.
    fn required_chain(prefix: &str) -> String {
        (0..40)
            .map(|i| {
                let body = if i < 39 {
                    let next = format!(r##"{{"$ref": "#/types/p:index:{prefix}{}"}}"##, i + 1);
                    format!(r#""properties": {{"l": {next}, "r": {next}}}, "required": ["l", "r"]"#)
                } else {
                    r#""properties": {"k": {"type": "string"}}, "required": ["k"]"#.to_string()
                };
                format!(r#""p:index:{prefix}{i}": {{"type": "object", {body}}}"#)
            })
            .collect::<Vec<_>>()
            .join(",")
    }

    #[test]
    fn many_costly_unions_stay_within_the_package_budget() {
        let props: Vec<String> = (0..3000)
            .map(|i| format!(r##""u{i}": {{"oneOf": [{{"$ref": "#/types/p:index:T0"}}, {{"$ref": "#/types/p:index:S0"}}]}}"##))
            .collect();
        let schema = format!(
            r#"{{"name": "p", "types": {{{}, {}}}, "resources": {{"p:index:R": {{"properties": {{{}}}}}}}}}"#,
            required_chain("T"),
            required_chain("S"),
            props.join(",")
        );
        let pkg = schemagen_schema::parse(&schema, "p.json", Format::Json, &LoadOptions::default()).expect("schema").package;
        let started = std::time::Instant::now();
        let verdicts = Verdicts::of(&pkg);
        assert!(started.elapsed() < std::time::Duration::from_secs(20), "took {:?}", started.elapsed());
        // Cut short, each counts as untyped (safe), whatever the machine's speed.
        let Type::Union(u) = &pkg.resources[0].properties[0].ty else { panic!("not a union") };
        assert!(!verdicts.get(u));
        assert!(!wire_discriminatable(&pkg, &u.elements));
    }

    #[test]
    fn shapes_and_literals_separate_members() {
        assert!(verdict(OBJECTS, r#"{"oneOf": [{"type": "string"}, {"type": "integer"}, {"type": "boolean"}]}"#));
        // Integers and numbers are one wire shape.
        assert!(!verdict(OBJECTS, r#"{"oneOf": [{"type": "integer"}, {"type": "number"}]}"#));
        // An enum and an unbounded string share values; two lists share the empty list.
        assert!(!verdict(OBJECTS, r##"{"oneOf": [{"$ref": "#/types/p:index:E"}, {"type": "string"}]}"##));
        assert!(!verdict(OBJECTS, r#"{"oneOf": [{"type": "array", "items": {"type": "string"}}, {"type": "array", "items": {"type": "integer"}}]}"#));
        // A member of unknown shape.
        assert!(!verdict(OBJECTS, r#"{"oneOf": [{"type": "string"}, {"$ref": "pulumi.json#/Any"}]}"#));
    }

    #[test]
    fn objects_separate_by_required_properties_and_constants() {
        assert!(verdict(OBJECTS, r##"{"oneOf": [{"$ref": "#/types/p:index:A"}, {"$ref": "#/types/p:index:B"}]}"##));
        // `{a: "s"}` is an A and an AB.
        assert!(!verdict(OBJECTS, r##"{"oneOf": [{"$ref": "#/types/p:index:A"}, {"$ref": "#/types/p:index:AB"}]}"##));
        assert!(verdict(OBJECTS, r##"{"oneOf": [{"$ref": "#/types/p:index:K1"}, {"$ref": "#/types/p:index:K2"}]}"##));
        // A map of strings holds an A.
        assert!(!verdict(OBJECTS, r##"{"oneOf": [{"$ref": "#/types/p:index:A"}, {"type": "object", "additionalProperties": {"type": "string"}}]}"##));
        assert!(verdict(OBJECTS, r##"{"oneOf": [{"$ref": "#/types/p:index:A"}, {"type": "object", "additionalProperties": {"type": "integer"}}]}"##));
        // Types with no finite value share none.
        assert!(verdict(OBJECTS, r##"{"oneOf": [{"$ref": "#/types/p:index:Cyc1"}, {"$ref": "#/types/p:index:Cyc2"}]}"##));
    }
}
