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

use std::collections::HashSet;

use schemagen_schema::{Package, Property, Type, TypeDef, TypeId};
use serde_json::Value;

/// The most type comparisons one union may take: a hostile schema can make the comparison of
/// nested unions of shared types exponential; past this the union counts as undiscriminatable
/// (untyped), which is always safe.
const MAX_STEPS: usize = 20_000;

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
        Side { ty: &p.ty, nullable: !p.required, constant: p.const_value.as_ref() }
    }

    fn with_type(self, ty: &'p Type) -> Self {
        Side { ty, ..self }
    }
}

/// Whether the union of `elements` is wire discriminatable in `pkg`.
pub fn wire_discriminatable(pkg: &Package, elements: &[Type]) -> bool {
    let mut members = Vec::new();
    if !flatten(elements, &mut members) {
        return false;
    }
    let mut cx = Comparer { pkg, on_stack: HashSet::new(), steps: 0 };
    for (i, a) in members.iter().enumerate() {
        for b in &members[i + 1..] {
            let shared = cx.shared(Side::of(a), Side::of(b));
            if shared || cx.steps > MAX_STEPS {
                return false;
            }
        }
    }
    true
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
}

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
        if self.steps > MAX_STEPS {
            return true;
        }
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
