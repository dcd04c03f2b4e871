//! The type algebra Pulumi's generators reason in: the schema's types with the `Input` and
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
pub enum Ty {
    Bool,
    Int,
    Number,
    Str,
    Any,
    Json,
    Archive,
    Asset,
    Input(Box<Ty>),
    Optional(Box<Ty>),
    Array(Box<Ty>),
    Map(Box<Ty>),
    Object { named: Named, input_shape: bool },
    Enum { named: Named, element: Box<Ty> },
    Resource { named: Named, is_provider: bool },
    /// A `#/types/` token with no definition, over its primitive.
    Token(Option<Box<Ty>>),
    Union {
        elements: Vec<Ty>,
        default: Option<Box<Ty>>,
        /// The member a wire value belongs to can be told from the value ([`super::unions`]).
        wire_discriminatable: bool,
    },
}

impl Ty {
    fn input(inner: Ty) -> Ty {
        match inner {
            Ty::Input(_) => inner,
            other => Ty::Input(Box::new(other)),
        }
    }

    /// `Optional[inner]` (an optional value stays as it is).
    pub fn optional(inner: Ty) -> Ty {
        match inner {
            Ty::Optional(_) => inner,
            other => Ty::Optional(Box::new(other)),
        }
    }

    /// The type without its outer `Input`/`Optional` wrappers.
    pub fn unwrapped(&self) -> &Ty {
        match self {
            Ty::Input(t) | Ty::Optional(t) => t.unwrapped(),
            other => other,
        }
    }

    /// Every named type reachable from this one, without descending into object properties.
    pub fn visit_shallow<'a>(&'a self, out: &mut Vec<&'a Ty>) {
        match self {
            Ty::Input(t) | Ty::Optional(t) | Ty::Array(t) | Ty::Map(t) => t.visit_shallow(out),
            Ty::Union { elements, .. } => elements.iter().for_each(|e| e.visit_shallow(out)),
            Ty::Object { .. } | Ty::Enum { .. } | Ty::Resource { .. } => out.push(self),
            _ => {}
        }
    }
}

/// Binds schema types into [`Ty`]s for one package (whose dependencies name external types).
pub struct Binder<'a> {
    pub pkg: &'a Package,
    /// The package's union verdicts; without them no union is wire discriminatable.
    unions: Option<&'a super::unions::Verdicts>,
}

impl<'a> Binder<'a> {
    /// A binder for the type structure only: every union counts as not wire discriminatable
    /// ([`super::Model::binder`] knows which are).
    pub fn new(pkg: &'a Package) -> Self {
        Binder { pkg, unions: None }
    }

    pub fn with_unions(pkg: &'a Package, unions: &'a super::unions::Verdicts) -> Self {
        Binder { pkg, unions: Some(unions) }
    }

    /// A property's type as Pulumi binds it: `plain` drops only the outermost `Input`.
    pub fn property(&self, prop: &Property, input_shape: bool) -> Ty {
        let shape = self.shape(&prop.ty, input_shape);
        let ty = if input_shape && !prop.plain { Ty::input(shape) } else { shape };
        if prop.required {
            ty
        } else {
            Ty::optional(ty)
        }
    }

    /// A bare type (e.g. a function's non-object return type), no wrappers.
    pub fn bare(&self, ty: &Type) -> Ty {
        self.shape(ty, false)
    }

    fn element(&self, ty: &Type, input_shape: bool) -> Ty {
        let t = self.shape(ty, input_shape);
        if input_shape {
            Ty::input(t)
        } else {
            t
        }
    }

    fn shape(&self, ty: &Type, input_shape: bool) -> Ty {
        match ty {
            Type::Boolean => Ty::Bool,
            Type::Integer => Ty::Int,
            Type::Number => Ty::Number,
            Type::String => Ty::Str,
            Type::Any => Ty::Any,
            Type::Json => Ty::Json,
            Type::Archive => Ty::Archive,
            Type::Asset => Ty::Asset,
            Type::Array(e) => Ty::Array(Box::new(self.element(e, input_shape))),
            Type::Map(e) => Ty::Map(Box::new(self.element(e, input_shape))),
            Type::Object(id) => {
                let token = self.pkg.type_def(*id).token();
                Ty::Object { named: local(token), input_shape }
            }
            Type::Enum(id) => {
                let def = self.pkg.type_def(*id);
                let element = match def {
                    TypeDef::Enum(e) => self.shape(&e.element, false),
                    TypeDef::Object(_) => Ty::Str,
                };
                Ty::Enum { named: local(def.token()), element: Box::new(element) }
            }
            Type::Token { underlying, .. } => Ty::Token(Some(Box::new(self.shape(underlying, false)))),
            Type::Resource(id) => {
                let r = self.pkg.resource(*id);
                Ty::Resource { named: local(&r.token), is_provider: false }
            }
            Type::Provider => Ty::Resource {
                named: Named {
                    owner: Owner::Local,
                    token: format!("pulumi:providers:{}", self.pkg.name),
                    module: String::new(),
                    name: "Provider".into(),
                },
                is_provider: true,
            },
            Type::Union(u) => Ty::Union {
                elements: u.elements.iter().map(|e| self.element(e, input_shape)).collect(),
                default: u.declared.as_ref().map(|d| Box::new(self.shape(d, false))),
                wire_discriminatable: self.unions.is_some_and(|v| v.get(u)),
            },
            Type::External(ext) => self.external(ext, input_shape),
        }
    }

    fn external(&self, ext: &ExternalRef, input_shape: bool) -> Ty {
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
            (RefKind::Provider, _) | (_, Some(ExternalTarget::Provider)) => Ty::Resource { named, is_provider: true },
            (RefKind::Resource, _) => Ty::Resource { named, is_provider: false },
            (RefKind::Type, Some(ExternalTarget::Enum(id))) => {
                let element = match dep.map(|d| (d, d.type_def(id))) {
                    Some((d, TypeDef::Enum(e))) => Binder::new(d).shape(&e.element, false),
                    _ => Ty::Str,
                };
                Ty::Enum { named, element: Box::new(element) }
            }
            (RefKind::Type, _) => Ty::Object { named, input_shape },
        }
    }
}

fn local(token: &schemagen_schema::Token) -> Named {
    Named { owner: Owner::Local, token: token.full.clone(), module: token.module.clone(), name: token.name.clone() }
}

/// Named types a search has reached: (kind, token, input shape).
pub type Reached = HashSet<(u8, String, bool)>;

/// Every named type (object, enum, resource) reachable from `types`, descending into this
/// package's object types, whose properties are bound in the shape they were reached in; but
/// only the types outside `seen` (which it extends), not descending into those in it: searches
/// from many roots into one shared graph then cost, together, the size of the graph rather
/// than that times the number of roots.
pub fn reachable_beyond(pkg: &Package, types: &[Ty], seen: &mut Reached) -> Vec<Ty> {
    let binder = Binder::new(pkg);
    let mut out = Vec::new();
    let mut stack: Vec<Ty> = types.to_vec();
    while let Some(t) = stack.pop() {
        let mut found = Vec::new();
        t.visit_shallow(&mut found);
        for n in found {
            let key = match n {
                Ty::Object { named, input_shape } => (0, named.token.clone(), *input_shape),
                Ty::Enum { named, .. } => (1, named.token.clone(), false),
                Ty::Resource { named, .. } => (2, named.token.clone(), false),
                _ => continue,
            };
            if !seen.insert(key) {
                continue;
            }
            out.push(n.clone());
            if let Ty::Object { named, input_shape } = n {
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
