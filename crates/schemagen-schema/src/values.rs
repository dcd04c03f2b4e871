//! Whether a literal (`const`, `default`, an enum value) fits the type it is written for.
//!
//! Follows what Pulumi's binder accepts: booleans, 32-bit integers, numbers and strings, and
//! through them enums, token types and unions. Where Pulumi is stricter than real schemas need
//! (an `Any`-typed default, a constant on an enum) the value is accepted.

use serde_json::Value;

use crate::model::{Type, TypeId};

/// What went wrong with a literal.
pub(crate) enum Misfit {
    /// The type takes literals, but not this one; holds what it expected.
    Expected(String),
    /// The type cannot have a literal at all; holds the type's name.
    NoLiterals(String),
}

/// `enum_element` gives an enum's element type.
pub(crate) fn check(value: &Value, ty: &Type, enum_element: &dyn Fn(TypeId) -> Option<Type>) -> Result<(), Misfit> {
    match ty {
        Type::Boolean => value.is_boolean().then_some(()).ok_or_else(|| expected("a boolean (`true` or `false`)")),
        Type::Integer => is_int32(value).then_some(()).ok_or_else(|| expected("a whole number between -2147483648 and 2147483647")),
        Type::Number => value.is_number().then_some(()).ok_or_else(|| expected("a number")),
        Type::String => value.is_string().then_some(()).ok_or_else(|| expected("a string")),
        Type::Any | Type::Json | Type::External(_) => Ok(()),
        Type::Token { underlying, .. } => check(value, underlying, enum_element),
        Type::Enum(id) => match enum_element(*id) {
            Some(element) => check(value, &element, enum_element),
            None => Ok(()),
        },
        Type::Union(u) => {
            if let Some(declared) = &u.declared {
                return check(value, declared, enum_element);
            }
            if u.elements.iter().any(|e| check(value, e, enum_element).is_ok()) {
                return Ok(());
            }
            let names: Vec<String> = u.elements.iter().map(type_name).collect();
            Err(expected(&format!("a value of one of: {}", names.join(", "))))
        }
        other => Err(Misfit::NoLiterals(type_name(other))),
    }
}

fn expected(what: &str) -> Misfit {
    Misfit::Expected(what.to_string())
}

fn is_int32(value: &Value) -> bool {
    let Value::Number(n) = value else { return false };
    let v = if let Some(i) = n.as_i64() {
        i as f64
    } else if let Some(f) = n.as_f64() {
        f
    } else {
        return false;
    };
    v.fract() == 0.0 && v >= f64::from(i32::MIN) && v <= f64::from(i32::MAX)
}

/// How a type reads in a message.
pub(crate) fn type_name(ty: &Type) -> String {
    match ty {
        Type::Boolean => "boolean".into(),
        Type::Integer => "integer".into(),
        Type::Number => "number".into(),
        Type::String => "string".into(),
        Type::Any => "any".into(),
        Type::Json => "JSON".into(),
        Type::Archive => "archive".into(),
        Type::Asset => "asset".into(),
        Type::Array(_) => "array".into(),
        Type::Map(_) => "map (`type: object`)".into(),
        Type::Object(_) => "object type".into(),
        Type::Enum(_) => "enum".into(),
        Type::Token { token, .. } => format!("`{}`", token.full),
        Type::Resource(_) => "resource reference".into(),
        Type::Provider => "provider reference".into(),
        Type::Union(_) => "union".into(),
        Type::External(e) => format!("`{}`", e.token.full),
    }
}

/// A short rendering of a literal for a message (long strings and structures are cut).
pub(crate) fn show(value: &Value) -> String {
    let text = value.to_string();
    if text.chars().count() > 40 {
        let cut: String = text.chars().take(37).collect();
        format!("{cut}...")
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn fits(v: Value, ty: &Type) -> bool {
        check(&v, ty, &|_| Some(Type::String)).is_ok()
    }

    #[test]
    fn primitives() {
        assert!(fits(json!(true), &Type::Boolean));
        assert!(!fits(json!("true"), &Type::Boolean));
        assert!(fits(json!(3), &Type::Integer));
        assert!(fits(json!(3.0), &Type::Integer));
        assert!(!fits(json!(3.5), &Type::Integer));
        assert!(!fits(json!(4_000_000_000u64), &Type::Integer));
        assert!(fits(json!(3.5), &Type::Number));
        assert!(!fits(json!(1), &Type::String));
    }

    #[test]
    fn enums_and_structures() {
        assert!(fits(json!("a"), &Type::Enum(TypeId(0))));
        assert!(!fits(json!(1), &Type::Enum(TypeId(0))));
        assert!(matches!(
            check(&json!({}), &Type::Map(Box::new(Type::String)), &|_| None),
            Err(Misfit::NoLiterals(_))
        ));
        assert!(fits(json!({"any": "thing"}), &Type::Any));
    }
}
