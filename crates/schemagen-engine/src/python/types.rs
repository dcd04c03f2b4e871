//! The type algebra Pulumi's Python generator reasons in: the schema's types with the `Input` and
//! `Optional` wrappers made explicit, as Pulumi's binder adds them (an input-shaped property is
//! `Input[T]` unless it is plain, every nested element of an input shape is `Input[...]`, an
//! object referenced from an input shape is that object's `Args` shape, a property that is not
//! required is `Optional[...]`).

use std::collections::HashSet;

use schemagen_schema::{ExternalRef, ExternalTarget, Package, Property, RefKind, Type, TypeDef};

/// Where a named type lives: this package or a dependency.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Owner {
    Local,
    /// A package referenced through an external `$ref`.
    External(String),
}

/// A named type: its token, its owner and, for objects, which shape is meant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Named {
    pub owner: Owner,
    pub token: String,
    /// The module the owner's `moduleFormat` gives the token ("" for the root).
    pub module: String,
    /// The last part of the token.
    pub name: String,
}

#[derive(Debug, Clone, PartialEq)]
pub enum PyType {
    Bool,
    Int,
    Number,
    Str,
    Any,
    Json,
    Archive,
    Asset,
    Input(Box<PyType>),
    Optional(Box<PyType>),
    Array(Box<PyType>),
    Map(Box<PyType>),
    Object { named: Named, input_shape: bool },
    Enum { named: Named, element: Box<PyType> },
    Resource { named: Named, is_provider: bool },
    /// A `#/types/` token with no definition, over its primitive.
    Token(Option<Box<PyType>>),
    Union { elements: Vec<PyType>, default: Option<Box<PyType>> },
}

impl PyType {
    fn input(inner: PyType) -> PyType {
        match inner {
            PyType::Input(_) => inner,
            other => PyType::Input(Box::new(other)),
        }
    }

    fn optional(inner: PyType) -> PyType {
        match inner {
            PyType::Optional(_) => inner,
            other => PyType::Optional(Box::new(other)),
        }
    }

    /// The type without its outer `Input`/`Optional` wrappers.
    pub fn unwrapped(&self) -> &PyType {
        match self {
            PyType::Input(t) | PyType::Optional(t) => t.unwrapped(),
            other => other,
        }
    }

    /// Every named type reachable from this one, without descending into object properties.
    pub fn visit_shallow<'a>(&'a self, out: &mut Vec<&'a PyType>) {
        match self {
            PyType::Input(t) | PyType::Optional(t) | PyType::Array(t) | PyType::Map(t) => t.visit_shallow(out),
            PyType::Union { elements, .. } => elements.iter().for_each(|e| e.visit_shallow(out)),
            PyType::Object { .. } | PyType::Enum { .. } | PyType::Resource { .. } => out.push(self),
            _ => {}
        }
    }
}

/// Binds model types into [`PyType`]s for one package (whose dependencies name external types).
pub struct Binder<'a> {
    pub pkg: &'a Package,
}

impl<'a> Binder<'a> {
    pub fn new(pkg: &'a Package) -> Self {
        Binder { pkg }
    }

    /// A property's type as Pulumi binds it: `plain` drops only the outermost `Input`.
    pub fn property(&self, prop: &Property, input_shape: bool) -> PyType {
        let shape = self.shape(&prop.ty, input_shape);
        let ty = if input_shape && !prop.plain { PyType::input(shape) } else { shape };
        if prop.required {
            ty
        } else {
            PyType::optional(ty)
        }
    }

    /// A bare type (e.g. a function's non-object return type), no wrappers.
    pub fn bare(&self, ty: &Type) -> PyType {
        self.shape(ty, false)
    }

    fn element(&self, ty: &Type, input_shape: bool) -> PyType {
        let t = self.shape(ty, input_shape);
        if input_shape {
            PyType::input(t)
        } else {
            t
        }
    }

    fn shape(&self, ty: &Type, input_shape: bool) -> PyType {
        match ty {
            Type::Boolean => PyType::Bool,
            Type::Integer => PyType::Int,
            Type::Number => PyType::Number,
            Type::String => PyType::Str,
            Type::Any => PyType::Any,
            Type::Json => PyType::Json,
            Type::Archive => PyType::Archive,
            Type::Asset => PyType::Asset,
            Type::Array(e) => PyType::Array(Box::new(self.element(e, input_shape))),
            Type::Map(e) => PyType::Map(Box::new(self.element(e, input_shape))),
            Type::Object(id) => {
                let token = self.pkg.type_def(*id).token();
                PyType::Object { named: local(token), input_shape }
            }
            Type::Enum(id) => {
                let def = self.pkg.type_def(*id);
                let element = match def {
                    TypeDef::Enum(e) => self.shape(&e.element, false),
                    TypeDef::Object(_) => PyType::Str,
                };
                PyType::Enum { named: local(def.token()), element: Box::new(element) }
            }
            Type::Token { underlying, .. } => PyType::Token(Some(Box::new(self.shape(underlying, false)))),
            Type::Resource(id) => {
                let r = self.pkg.resource(*id);
                PyType::Resource { named: local(&r.token), is_provider: false }
            }
            Type::Provider => PyType::Resource {
                named: Named {
                    owner: Owner::Local,
                    token: format!("pulumi:providers:{}", self.pkg.name),
                    module: String::new(),
                    name: "Provider".into(),
                },
                is_provider: true,
            },
            Type::Union(u) => PyType::Union {
                elements: u.elements.iter().map(|e| self.element(e, input_shape)).collect(),
                default: u.declared.as_ref().map(|d| Box::new(self.shape(d, false))),
            },
            Type::External(ext) => self.external(ext, input_shape),
        }
    }

    fn external(&self, ext: &ExternalRef, input_shape: bool) -> PyType {
        let dep = self.pkg.dependency(&ext.package);
        // The module comes from the dependency's own moduleFormat when it was loaded.
        let module = match (dep, ext.resolved) {
            (Some(d), Some(ExternalTarget::Object(id) | ExternalTarget::Enum(id))) => d.type_def(id).token().module.clone(),
            (Some(d), Some(ExternalTarget::Resource(id))) => d.resource(id).token.module.clone(),
            (_, Some(ExternalTarget::Provider)) => String::new(),
            _ => ext.token.module.clone(),
        };
        let named = Named {
            owner: Owner::External(ext.package.clone()),
            token: ext.token.full.clone(),
            module,
            name: ext.token.name.clone(),
        };
        match (ext.kind, ext.resolved) {
            (RefKind::Provider, _) | (_, Some(ExternalTarget::Provider)) => PyType::Resource { named, is_provider: true },
            (RefKind::Resource, _) => PyType::Resource { named, is_provider: false },
            (RefKind::Type, Some(ExternalTarget::Enum(id))) => {
                let element = match dep.map(|d| (d, d.type_def(id))) {
                    Some((d, TypeDef::Enum(e))) => Binder::new(d).shape(&e.element, false),
                    _ => PyType::Str,
                };
                PyType::Enum { named, element: Box::new(element) }
            }
            (RefKind::Type, _) => PyType::Object { named, input_shape },
        }
    }
}

fn local(token: &schemagen_schema::Token) -> Named {
    Named { owner: Owner::Local, token: token.full.clone(), module: token.module.clone(), name: token.name.clone() }
}

/// Every named type (object, enum, resource) reachable from `types`, descending into this
/// package's object types, whose properties are bound in the shape they were reached in.
pub fn reachable(pkg: &Package, types: &[PyType]) -> Vec<PyType> {
    let binder = Binder::new(pkg);
    let mut seen: HashSet<(u8, String, bool)> = HashSet::new();
    let mut out = Vec::new();
    let mut stack: Vec<PyType> = types.to_vec();
    while let Some(t) = stack.pop() {
        let mut found = Vec::new();
        t.visit_shallow(&mut found);
        for n in found {
            let key = match n {
                PyType::Object { named, input_shape } => (0, named.token.clone(), *input_shape),
                PyType::Enum { named, .. } => (1, named.token.clone(), false),
                PyType::Resource { named, .. } => (2, named.token.clone(), false),
                _ => continue,
            };
            if !seen.insert(key) {
                continue;
            }
            out.push(n.clone());
            if let PyType::Object { named, input_shape } = n {
                if named.owner == Owner::Local {
                    if let Some(TypeDef::Object(o)) = pkg.type_by_token(&named.token).map(|id| pkg.type_def(id)) {
                        stack.extend(o.properties.iter().map(|p| binder.property(p, *input_shape)));
                    }
                }
            }
        }
    }
    out
}
