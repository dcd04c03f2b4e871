//! The 2020 type system, as the docs generator saw a schema: primitives (Any, Archive and Asset
//! among them), arrays, maps, object types, named tokens over an underlying type, and unions.
//! Kinds the 2020 binder did not know are mapped onto the nearest one it did (see [`DocType::of`]).

use schemagen_schema::{Package, RefKind, Token, Type, TypeDef};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Prim {
    Bool,
    Int,
    Number,
    String,
    Archive,
    Asset,
    Any,
}

impl Prim {
    /// `Type.String()` of the 2020 binder: the schema name, or `pulumi:pulumi:X` for the built-ins.
    pub fn schema_name(self) -> &'static str {
        match self {
            Prim::Bool => "boolean",
            Prim::Int => "integer",
            Prim::Number => "number",
            Prim::String => "string",
            Prim::Archive => "pulumi:pulumi:Archive",
            Prim::Asset => "pulumi:pulumi:Asset",
            Prim::Any => "pulumi:pulumi:Any",
        }
    }
}

#[derive(Debug, Clone)]
pub enum DocType<'p> {
    Prim(Prim),
    Array(Box<DocType<'p>>),
    Map(Box<DocType<'p>>),
    Object(&'p Token),
    /// A named type the page cannot describe: printed by name, or as its underlying type.
    Token { token: &'p Token, underlying: Option<Box<DocType<'p>>> },
    Union(Vec<DocType<'p>>),
}

impl<'p> DocType<'p> {
    /// The 2020 view of a bound type. Newer kinds are mapped onto 2020 ones:
    /// - `Json` is `Any`;
    /// - an enum is a named token over its element type (how the 2020 binder bound a `$ref` to a
    ///   non-object `#/types/` token);
    /// - a resource or provider reference is the referenced resource's ID, a string (what 2020
    ///   bridged schemas carried in its place);
    /// - a reference to another package's type is a named token with no underlying type.
    pub fn of(pkg: &'p Package, t: &'p Type) -> DocType<'p> {
        match t {
            Type::Boolean => DocType::Prim(Prim::Bool),
            Type::Integer => DocType::Prim(Prim::Int),
            Type::Number => DocType::Prim(Prim::Number),
            Type::String => DocType::Prim(Prim::String),
            Type::Any | Type::Json => DocType::Prim(Prim::Any),
            Type::Archive => DocType::Prim(Prim::Archive),
            Type::Asset => DocType::Prim(Prim::Asset),
            Type::Array(e) => DocType::Array(Box::new(DocType::of(pkg, e))),
            Type::Map(e) => DocType::Map(Box::new(DocType::of(pkg, e))),
            Type::Object(id) => DocType::Object(pkg.type_def(*id).token()),
            Type::Enum(id) => match pkg.type_def(*id) {
                TypeDef::Enum(e) => DocType::Token {
                    token: &e.token,
                    underlying: Some(Box::new(DocType::of(pkg, &e.element))),
                },
                TypeDef::Object(o) => DocType::Object(&o.token),
            },
            Type::Token { token, underlying } => {
                DocType::Token { token, underlying: Some(Box::new(DocType::of(pkg, underlying))) }
            }
            Type::Resource(_) | Type::Provider => DocType::Prim(Prim::String),
            Type::External(ext) => match ext.kind {
                RefKind::Type => DocType::Token { token: &ext.token, underlying: None },
                RefKind::Resource | RefKind::Provider => DocType::Prim(Prim::String),
            },
            Type::Union(u) => DocType::Union(u.elements.iter().map(|e| DocType::of(pkg, e)).collect()),
        }
    }

    pub fn is_primitive(&self) -> bool {
        matches!(self, DocType::Prim(_))
    }

    /// `Type.String()` of the 2020 binder. Token names are HTML-escaped (identifiers are
    /// unchanged) because Python type strings quote them on the page raw.
    pub fn schema_string(&self) -> String {
        match self {
            DocType::Prim(p) => p.schema_name().to_string(),
            DocType::Array(e) => format!("Array<{}>", e.schema_string()),
            DocType::Map(e) => format!("Map<{}>", e.schema_string()),
            DocType::Object(token) | DocType::Token { token, .. } => super::escape::html(&token.full),
            DocType::Union(es) => {
                let parts: Vec<String> = es.iter().map(DocType::schema_string).collect();
                format!("Union<{}>", parts.join(", "))
            }
        }
    }
}
