//! Comparing two properties' types, each read in its own package: element by element through
//! arrays, maps and unions, and through the named aliases of primitives that older schemas
//! write (`{"type": "string", "$ref": "#/types/..."}`), which every SDK prints as the primitive.

use schemagen_schema::{ExternalRef, Package, Type};

use super::Severity;

/// One difference between two types.
#[derive(Debug, PartialEq)]
pub(super) struct TypeDiff {
    /// Where inside the property: `""`, `[*]`, `{*}`, `.oneOf[1]`, appended.
    pub path: String,
    /// JSON pointer suffix of the same place (`/items`, `/additionalProperties`, `/oneOf/1`).
    pub pointer: String,
    pub old: String,
    pub new: String,
    pub severity: Severity,
}

/// The differences between `a` (in `old`) and `b` (in `new`); empty when SDKs see one type.
pub(super) fn compare(old: &Package, a: &Type, new: &Package, b: &Type) -> Vec<TypeDiff> {
    let mut out = Vec::new();
    walk(old, a, new, b, String::new(), String::new(), &mut out);
    out
}

fn walk(old: &Package, a: &Type, new: &Package, b: &Type, path: String, pointer: String, out: &mut Vec<TypeDiff>) {
    let changed = |severity: Severity, out: &mut Vec<TypeDiff>, path: String, pointer: String| {
        out.push(TypeDiff { path, pointer, old: describe(old, a), new: describe(new, b), severity });
    };
    match (a, b) {
        // A named alias of a primitive is that primitive in every SDK.
        (Type::Token { underlying, .. }, _) => walk(old, underlying, new, b, path, pointer, out),
        (_, Type::Token { underlying, .. }) => walk(old, a, new, underlying, path, pointer, out),
        (Type::Array(x), Type::Array(y)) => walk(old, x, new, y, path + "[*]", pointer + "/items", out),
        (Type::Map(x), Type::Map(y)) => walk(old, x, new, y, path + "{*}", pointer + "/additionalProperties", out),
        (Type::Union(x), Type::Union(y)) if x.elements.len() == y.elements.len() => {
            for (i, (ex, ey)) in x.elements.iter().zip(&y.elements).enumerate() {
                walk(old, ex, new, ey, format!("{path}.oneOf[{i}]"), format!("{pointer}/oneOf/{i}"), out);
            }
        }
        (Type::Object(x), Type::Object(y)) => {
            if old.type_def(*x).token().full != new.type_def(*y).token().full {
                changed(Severity::Breaking, out, path, pointer);
            }
        }
        (Type::Enum(x), Type::Enum(y)) => {
            if old.type_def(*x).token().full != new.type_def(*y).token().full {
                changed(Severity::Breaking, out, path, pointer);
            }
        }
        (Type::Resource(x), Type::Resource(y)) => {
            if old.resource(*x).token.full != new.resource(*y).token.full {
                changed(Severity::Breaking, out, path, pointer);
            }
        }
        (Type::External(x), Type::External(y)) => {
            if !same_target(x, y) {
                changed(Severity::Breaking, out, path, pointer);
            } else if x.version != y.version {
                // The same type of a newer release of the dependency: the SDK's dependency moves.
                changed(Severity::Info, out, path, pointer);
            }
        }
        _ if std::mem::discriminant(a) == std::mem::discriminant(b) && !matches!(a, Type::Union(_)) => {}
        _ => changed(Severity::Breaking, out, path, pointer),
    }
}

fn same_target(x: &ExternalRef, y: &ExternalRef) -> bool {
    x.package == y.package && x.kind == y.kind && x.token.full == y.token.full
}

/// A type as a reviewer reads it: `string`, `array<integer>`, `map<docker:index/Port:Port>`.
pub(super) fn describe(pkg: &Package, ty: &Type) -> String {
    match ty {
        Type::Boolean => "boolean".into(),
        Type::Integer => "integer".into(),
        Type::Number => "number".into(),
        Type::String => "string".into(),
        Type::Any => "any".into(),
        Type::Json => "json".into(),
        Type::Archive => "archive".into(),
        Type::Asset => "asset".into(),
        Type::Array(t) => format!("array<{}>", describe(pkg, t)),
        Type::Map(t) => format!("map<{}>", describe(pkg, t)),
        Type::Object(id) => pkg.type_def(*id).token().full.clone(),
        Type::Enum(id) => format!("enum {}", pkg.type_def(*id).token().full),
        Type::Token { underlying, .. } => describe(pkg, underlying),
        Type::Resource(id) => format!("resource {}", pkg.resource(*id).token.full),
        Type::Provider => "provider".into(),
        Type::Union(u) => u.elements.iter().map(|e| describe(pkg, e)).collect::<Vec<_>>().join(" | "),
        Type::External(x) => x.url.clone(),
    }
}
