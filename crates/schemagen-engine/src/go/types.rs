//! Go type expressions of schema types, as seen from one Go package: the plain form (wire
//! structs, results), the input form (`…Input`, `…PtrInput`) and the output form (`…Output`).
//! A reference into another package of the SDK (or a dependency) records its import.

use std::cell::RefCell;
use std::collections::BTreeMap;

use schemagen_schema::{ExternalRef, ExternalTarget, Package, Type, TypeDef};

use super::layout::{GoPkg, Layout};
use super::details::Details;
use crate::names::go::SdkNames;

/// An imported package: path → alias (`""` when the package name is the one used).
pub(crate) type Imports = BTreeMap<String, String>;

/// The layout and names of a package whose types are referenced (ours or a dependency's).
pub(crate) struct PkgNames<'a> {
    pub(crate) pkg: &'a Package,
    pub(crate) layout: Layout,
    pub(crate) names: SdkNames,
    /// The type families the package's own SDK declares.
    pub(crate) details: Details,
    /// The package's Pulumi-level facts.
    pub(crate) model: crate::model::Model<'a>,
}

/// Type expressions as written in the Go package `here`.
pub(crate) struct Scope<'s, 'a> {
    pub(crate) own: &'s PkgNames<'a>,
    pub(crate) deps: &'s BTreeMap<String, PkgNames<'a>>,
    pub(crate) here: &'s GoPkg,
    pub(crate) imports: RefCell<Imports>,
    /// Writing the generic (`pulumix`) variant of the package, in its side-by-side `x/` folder.
    pub(crate) generic: bool,
}

/// Where a named type lives and what it is called.
struct Named {
    name: String,
    pkg: GoPkg,
    /// Not in this SDK.
    external: bool,
}

impl<'s, 'a> Scope<'s, 'a> {
    pub(crate) fn new(own: &'s PkgNames<'a>, deps: &'s BTreeMap<String, PkgNames<'a>>, here: &'s GoPkg) -> Self {
        Scope { own, deps, here, imports: RefCell::new(Imports::new()), generic: false }
    }

    /// The scope of the generic variant of `here` (which names the same types: the variant
    /// refers to other packages' legacy types, as Pulumi's does).
    pub(crate) fn generic_variant(own: &'s PkgNames<'a>, deps: &'s BTreeMap<String, PkgNames<'a>>, here: &'s GoPkg) -> Self {
        Scope { generic: true, ..Scope::new(own, deps, here) }
    }

    /// Whether the schema asks for generic (`pulumix`) packages side by side with these.
    pub(crate) fn side_by_side(&self) -> bool {
        self.own.layout.info.generics.as_deref() == Some("side-by-side")
    }

    pub(crate) fn import(&self, path: &str, alias: &str) {
        self.imports.borrow_mut().insert(path.to_string(), alias.to_string());
    }

    /// The package name of the SDK's `internal` helpers.
    pub(crate) fn internal(&self) -> String {
        crate::names::go::package_name(&self.own.layout.internal)
    }

    pub(crate) fn take_imports(&self) -> Imports {
        std::mem::take(&mut self.imports.borrow_mut())
    }

    fn qualify(&self, n: Named) -> String {
        if !n.external && n.pkg.key == self.here.key {
            return n.name;
        }
        let alias = if n.pkg.qualifier != n.pkg.name { n.pkg.qualifier.clone() } else { String::new() };
        self.import(&n.pkg.import_path, &alias);
        format!("{}.{}", n.pkg.qualifier, n.name)
    }

    fn own_named(&self, tok_module: &str, name: &str) -> Named {
        let key = self.own.layout.key_of_module(tok_module);
        Named { name: name.to_string(), pkg: self.own.layout.pkg(&key).clone(), external: false }
    }

    fn external(&self, r: &ExternalRef) -> Option<Named> {
        let dep = self.deps.get(&r.package)?;
        let target = r.resolved?;
        let name = match target {
            ExternalTarget::Object(id) | ExternalTarget::Enum(id) => dep.names.type_name(id).to_string(),
            ExternalTarget::Resource(id) => dep.names.resource(id).to_string(),
            ExternalTarget::Provider => dep.names.provider.clone(),
        };
        let key = match target {
            ExternalTarget::Provider => String::new(),
            _ => dep.layout.key_of_module(&r.token.module),
        };
        let mut pkg = dep.layout.pkg(&key).clone();
        // Our own aliases win over the dependency's.
        if let Some(a) = self.own.layout.info.package_import_aliases.get(&pkg.import_path) {
            pkg.qualifier = crate::names::go::valid_identifier(a);
        }
        Some(Named { name, pkg, external: true })
    }

    /// The object, enum or resource a type names (through tokens and unions it does not).
    fn named(&self, t: &Type) -> Option<Named> {
        let pkg = self.own.pkg;
        match t {
            Type::Object(id) | Type::Enum(id) => {
                let module = &pkg.type_def(*id).token().module;
                Some(self.own_named(module, self.own.names.type_name(*id)))
            }
            Type::Resource(id) => {
                let module = &pkg.resource(*id).token.module;
                Some(self.own_named(module, self.own.names.resource(*id)))
            }
            Type::Provider => Some(self.own_named("", &self.own.names.provider)),
            Type::External(r) => self.external(r),
            _ => None,
        }
    }

    /// What an external reference stands for, as one of our own kinds of type.
    fn external_kind(t: &Type) -> Option<ExternalTarget> {
        match t {
            Type::External(r) => r.resolved,
            _ => None,
        }
    }

    pub(crate) fn is_enum(&self, t: &Type) -> bool {
        matches!(t, Type::Enum(_)) || matches!(Self::external_kind(t), Some(ExternalTarget::Enum(_)))
    }

    pub(crate) fn is_object(&self, t: &Type) -> bool {
        matches!(t, Type::Object(_)) || matches!(Self::external_kind(t), Some(ExternalTarget::Object(_)))
    }

    pub(crate) fn is_resource(t: &Type) -> bool {
        matches!(t, Type::Resource(_) | Type::Provider)
            || matches!(Self::external_kind(t), Some(ExternalTarget::Resource(_) | ExternalTarget::Provider))
    }

    /// The primitive an enum (or a union holding one) stands on.
    fn enum_element<'t>(&'t self, t: &'t Type) -> Option<&'t Type> {
        match t {
            Type::Enum(id) => match self.own.pkg.type_def(*id) {
                TypeDef::Enum(e) => Some(&e.element),
                _ => None,
            },
            Type::External(r) => match (r.resolved, self.deps.get(&r.package)) {
                (Some(ExternalTarget::Enum(id)), Some(dep)) => match dep.pkg.type_def(id) {
                    TypeDef::Enum(e) => Some(&e.element),
                    _ => None,
                },
                _ => None,
            },
            _ => None,
        }
    }

    /// A union that stands for a relaxed enum: the enum's element type.
    pub(crate) fn relaxed<'t>(&'t self, t: &'t Type) -> Option<&'t Type> {
        match t {
            Type::Union(u) => u.elements.iter().find(|e| self.is_enum(e)).and_then(|e| self.enum_element(e)),
            _ => None,
        }
    }

    /// Whether `nil` is a value of the plain form (no pointer needed when optional).
    pub(crate) fn is_nil_type(&self, t: &Type) -> bool {
        match t {
            Type::Array(_) | Type::Map(_) | Type::Archive | Type::Asset | Type::Json | Type::Any => true,
            Type::Resource(_) | Type::Provider => true,
            Type::Token { underlying, .. } => self.is_nil_type(underlying),
            Type::Union(_) => self.relaxed(t).is_some_and(|e| self.is_nil_type(e)),
            Type::External(_) => Self::is_resource(t),
            _ => false,
        }
    }

    /// The name of a named type as written here, with `Args` for an object's input shape.
    pub(crate) fn name_of(&self, t: &Type, args: bool) -> String {
        match self.named(t) {
            Some(n) => {
                let args = args && self.is_object(t);
                let mut q = self.qualify(n);
                if args {
                    q.push_str("Args");
                }
                q
            }
            // A reference into a dependency that was not loaded: nothing to name.
            None => "interface{}".into(),
        }
    }

    /// The plain Go type (`string`, `*string`, `[]Foo`, `*Res`); `args` names objects by their
    /// input shape (`FooArgs`), as plain inputs do.
    pub(crate) fn plain(&self, t: &Type, optional: bool, args: bool) -> String {
        let elem = self.plain_required(t, args);
        if optional && !(self.is_nil_type(t) || elem == "interface{}") {
            format!("*{elem}")
        } else {
            elem
        }
    }

    fn plain_required(&self, t: &Type, args: bool) -> String {
        match t {
            Type::Boolean => "bool".into(),
            Type::Integer => "int".into(),
            Type::Number => "float64".into(),
            Type::String => "string".into(),
            Type::Any | Type::Json => "interface{}".into(),
            Type::Archive => "pulumi.Archive".into(),
            Type::Asset => "pulumi.AssetOrArchive".into(),
            Type::Array(e) => format!("[]{}", self.plain_required(e, args)),
            Type::Map(e) => format!("map[string]{}", self.plain_required(e, args)),
            Type::Token { underlying, .. } => self.plain_required(underlying, args),
            Type::Union(_) => match self.relaxed(t) {
                Some(e) => self.plain_required(e, args),
                None => "interface{}".into(),
            },
            Type::Object(_) | Type::Enum(_) => self.name_of(t, args),
            Type::Resource(_) | Type::Provider => format!("*{}", self.name_of(t, false)),
            Type::External(_) if Self::is_resource(t) => format!("*{}", self.name_of(t, false)),
            Type::External(_) => self.name_of(t, args),
        }
    }

    /// The input type of a required value (`pulumi.StringInput`, `FooArrayInput`).
    pub(crate) fn input_required(&self, t: &Type) -> String {
        match t {
            Type::Boolean => "pulumi.BoolInput".into(),
            Type::Integer => "pulumi.IntInput".into(),
            Type::Number => "pulumi.Float64Input".into(),
            Type::String => "pulumi.StringInput".into(),
            Type::Any | Type::Json => "pulumi.Input".into(),
            Type::Archive => "pulumi.ArchiveInput".into(),
            Type::Asset => "pulumi.AssetOrArchiveInput".into(),
            Type::Array(e) => format!("{}ArrayInput", trim(&self.input_required(e), "Input")),
            Type::Map(e) => format!("{}MapInput", trim(&self.input_required(e), "Input")),
            Type::Token { underlying, .. } => self.input_required(underlying),
            Type::Union(_) => match self.relaxed(t) {
                Some(e) => self.input_required(e),
                None => "pulumi.Input".into(),
            },
            _ => format!("{}Input", self.name_of(t, false)),
        }
    }

    /// The families a dependency's SDK declares for an external object or enum.
    fn external_families(&self, t: &Type) -> Option<(bool, super::details::Families)> {
        let Type::External(r) = t else { return None };
        let dep = self.deps.get(&r.package)?;
        match r.resolved? {
            ExternalTarget::Object(id) => Some((false, dep.details.of_id(id))),
            ExternalTarget::Enum(id) => Some((true, dep.details.of_id(id))),
            _ => None,
        }
    }

    /// The input type of a property (`…PtrInput` when optional and `nil` is not a value; a
    /// pointer to the input when a dependency declares no `…PtrInput` for it, as Pulumi writes).
    pub(crate) fn input(&self, t: &Type, optional: bool) -> String {
        let elem = self.input_required(t);
        if !optional || self.is_nil_type(t) || elem == "pulumi.Input" {
            return elem;
        }
        match self.external_families(t) {
            Some((false, f)) if !f.ptr_input => format!("*{elem}"),
            Some((true, f)) if !f.ptr_input && !f.input => format!("*{elem}"),
            _ => format!("{}PtrInput", trim(&elem, "Input")),
        }
    }

    pub(crate) fn output_required(&self, t: &Type) -> String {
        match t {
            Type::Boolean => "pulumi.BoolOutput".into(),
            Type::Integer => "pulumi.IntOutput".into(),
            Type::Number => "pulumi.Float64Output".into(),
            Type::String => "pulumi.StringOutput".into(),
            Type::Any | Type::Json => "pulumi.AnyOutput".into(),
            Type::Archive => "pulumi.ArchiveOutput".into(),
            Type::Asset => "pulumi.AssetOrArchiveOutput".into(),
            Type::Array(e) => match trim(&self.output_required(e), "Output") {
                "pulumi.Any" => "pulumi.ArrayOutput".into(),
                en => format!("{en}ArrayOutput"),
            },
            Type::Map(e) => match trim(&self.output_required(e), "Output") {
                "pulumi.Any" => "pulumi.MapOutput".into(),
                en => format!("{en}MapOutput"),
            },
            Type::Token { underlying, .. } => self.output_required(underlying),
            Type::Union(_) => match self.relaxed(t) {
                Some(e) => self.output_required(e),
                None => "pulumi.AnyOutput".into(),
            },
            _ => format!("{}Output", self.name_of(t, false)),
        }
    }

    pub(crate) fn output(&self, t: &Type, optional: bool) -> String {
        let elem = self.output_required(t);
        if !optional || self.is_nil_type(t) || elem == "pulumi.AnyOutput" {
            return elem;
        }
        match self.external_families(t) {
            Some((false, f)) if !f.ptr_output => format!("*{elem}"),
            Some((true, f)) if !f.ptr_output && !f.output => format!("*{elem}"),
            _ => format!("{}PtrOutput", trim(&elem, "Output")),
        }
    }

    /// The element name a collection of `t` is named after (`String`, `Foo`, `v1.Foo`).
    pub(crate) fn elem_name(&self, t: &Type) -> String {
        trim(&self.output_required(t), "Output").to_string()
    }
}

pub(crate) fn trim<'t>(s: &'t str, suffix: &str) -> &'t str {
    s.strip_suffix(suffix).unwrap_or(s)
}
