//! Go type expressions of the model's bound types ([`Ty`]), as seen from one Go package: the
//! plain form (wire structs, results), the input form (`…Input`, `…PtrInput`) and the output
//! form (`…Output`). The bound type says which: an `Input` wrapper makes an input, `Optional` a
//! pointer (or `Ptr` family) where `nil` is not a value already, an object's input shape its
//! `…Args` type. A reference into another package of the SDK (or a dependency) records its
//! import; an external type the dependency does not declare (or a dependency that was not
//! loaded) has nothing to name, and is written as Go's untyped value, as is a family of a
//! dependency's type (`…Input`, `…ArrayOutput`) that the dependency's SDK does not declare.

use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap};

use schemagen_schema::{Package, Property};

use super::layout::{GoPkg, Layout};
use super::details::{Details, Key};
use crate::model::{Named, Owner, Ty};
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
    /// References between its Go packages written untyped, which would close an import cycle.
    pub(crate) broken: super::cycles::Broken,
}

/// Type expressions as written in the Go package `here`.
pub(crate) struct Scope<'s, 'a> {
    pub(crate) own: &'s PkgNames<'a>,
    pub(crate) deps: &'s BTreeMap<String, PkgNames<'a>>,
    pub(crate) here: &'s GoPkg,
    pub(crate) imports: RefCell<Imports>,
    /// The name each package this file imports through a type is known by → its import path.
    qualifiers: RefCell<HashMap<String, String>>,
    /// Writing the generic (`pulumix`) variant of the package, in its side-by-side `x/` folder.
    pub(crate) generic: bool,
}

/// Where a named type lives and what it is called in Go.
pub(crate) struct GoNamed {
    name: String,
    pkg: GoPkg,
    /// Not in this SDK.
    external: bool,
}

impl<'s, 'a> Scope<'s, 'a> {
    pub(crate) fn new(own: &'s PkgNames<'a>, deps: &'s BTreeMap<String, PkgNames<'a>>, here: &'s GoPkg) -> Self {
        Scope { own, deps, here, imports: RefCell::new(Imports::new()), qualifiers: RefCell::default(), generic: false }
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
        self.qualifiers.borrow_mut().clear();
        std::mem::take(&mut self.imports.borrow_mut())
    }

    /// A property of this package as the model binds it in one shape; `optional` makes it
    /// optional whatever the schema says (a provider's inputs, a resource's state).
    pub(crate) fn bind(&self, p: &Property, input_shape: bool, optional: bool) -> Ty {
        let ty = self.acyclic(self.own.model.binder().property(p, input_shape));
        if optional {
            Ty::optional(ty)
        } else {
            ty
        }
    }

    /// `t` with every reference that would close an import cycle from here (the SDK's
    /// [`super::cycles::Broken`]) made one that needs no import: an enum its primitive, an
    /// object or resource Go's untyped value.
    fn acyclic(&self, t: Ty) -> Ty {
        if self.own.broken.is_empty() {
            return t;
        }
        let broken = |named: &Named, is_provider: bool| {
            let key = if is_provider { String::new() } else { self.own.layout.key_of_module(&named.module) };
            named.owner == Owner::Local && self.own.broken.contains(&(self.here.key.clone(), key))
        };
        match t {
            Ty::Input(i) => Ty::Input(Box::new(self.acyclic(*i))),
            Ty::Optional(i) => Ty::Optional(Box::new(self.acyclic(*i))),
            Ty::Array(e) => Ty::Array(Box::new(self.acyclic(*e))),
            Ty::Map(e) => Ty::Map(Box::new(self.acyclic(*e))),
            Ty::Enum { named, element } if broken(&named, false) => *element,
            Ty::Object { ref named, .. } if broken(named, false) => Ty::Any,
            Ty::Resource { ref named, is_provider } if broken(named, is_provider) => Ty::Any,
            Ty::Union { elements, default, wire_discriminatable } => Ty::Union {
                elements: elements.into_iter().map(|e| self.acyclic(e)).collect(),
                default,
                wire_discriminatable,
            },
            other => other,
        }
    }

    fn qualify(&self, n: GoNamed) -> String {
        if !n.external && n.pkg.key == self.here.key {
            return n.name;
        }
        // Two packages of one name (`a/v1` and `b/v1`, a module named like the root) imported
        // into one file: the one imported later takes `_` until its name is free.
        let mut qualifier = n.pkg.qualifier.clone();
        {
            let mut known = self.qualifiers.borrow_mut();
            while known.get(&qualifier).is_some_and(|path| *path != n.pkg.import_path)
                || (qualifier != n.pkg.qualifier && super::layout::GENERATED_NAMES.contains(&qualifier.as_str()))
            {
                qualifier.push('_');
            }
            known.insert(qualifier.clone(), n.pkg.import_path.clone());
        }
        let alias = if qualifier != n.pkg.name { qualifier.clone() } else { String::new() };
        self.import(&n.pkg.import_path, &alias);
        format!("{qualifier}.{}", n.name)
    }

    /// The package of a named type, given the names it has there: this package's by its
    /// module, a dependency's by the dependency's layout (and our own import aliases, which win
    /// over the dependency's).
    fn placed(&self, named: &Named, is_provider: bool, name: impl FnOnce(&PkgNames<'a>) -> Option<String>) -> Option<GoNamed> {
        let (names, external) = match &named.owner {
            Owner::Local => (self.own, false),
            Owner::External(p) => (self.deps.get(p)?, true),
        };
        let name = name(names)?;
        let key = if is_provider { String::new() } else { names.layout.key_of_module(&named.module) };
        let mut pkg = names.layout.pkg(&key).clone();
        if external {
            if let Some(a) = self.own.layout.info.package_import_aliases.get(&pkg.import_path) {
                pkg.qualifier = crate::names::go::valid_identifier(a);
            }
        }
        Some(GoNamed { name, pkg, external })
    }

    /// The object, enum or resource a type names, found by its token in the package that owns
    /// it (nothing for other types, and for a token the owner does not declare).
    pub(crate) fn named(&self, t: &Ty) -> Option<GoNamed> {
        match t.unwrapped() {
            Ty::Object { named, .. } | Ty::Enum { named, .. } => {
                self.placed(named, false, |n| n.pkg.type_by_token(&named.token).map(|id| n.names.type_name(id).to_string()))
            }
            Ty::Resource { named, is_provider: true } => self.placed(named, true, |n| Some(n.names.provider.clone())),
            Ty::Resource { named, .. } => {
                self.placed(named, false, |n| n.pkg.resource_by_token(&named.token).map(|id| n.names.resource(id).to_string()))
            }
            _ => None,
        }
    }

    /// Whether `t` names a type of another Go package (the SDK's or a dependency's).
    pub(crate) fn is_elsewhere(&self, t: &Ty) -> bool {
        self.named(t).is_some_and(|n| n.external || n.pkg.key != self.here.key)
    }

    pub(crate) fn is_enum(&self, t: &Ty) -> bool {
        matches!(t.unwrapped(), Ty::Enum { .. }) && self.named(t).is_some()
    }

    pub(crate) fn is_object(&self, t: &Ty) -> bool {
        matches!(t.unwrapped(), Ty::Object { .. }) && self.named(t).is_some()
    }

    fn is_resource(&self, t: &Ty) -> bool {
        matches!(t.unwrapped(), Ty::Resource { .. }) && self.named(t).is_some()
    }

    /// The element type of the relaxed enum a union stands for (the union of an enum and its
    /// primitive).
    pub(crate) fn relaxed<'t>(&self, t: &'t Ty) -> Option<&'t Ty> {
        match t.unwrapped() {
            Ty::Union { elements, .. } => elements.iter().find(|e| self.is_enum(e)).and_then(|e| match e.unwrapped() {
                Ty::Enum { element, .. } => Some(element.as_ref()),
                _ => None,
            }),
            _ => None,
        }
    }

    /// Whether `nil` is a value of the plain form (no pointer needed when optional).
    pub(crate) fn is_nil_type(&self, t: &Ty) -> bool {
        match t.unwrapped() {
            Ty::Array(_) | Ty::Map(_) | Ty::Archive | Ty::Asset | Ty::Json | Ty::Any => true,
            Ty::Resource { .. } => self.is_resource(t),
            Ty::Token(u) => u.as_deref().is_none_or(|u| self.is_nil_type(u)),
            Ty::Union { .. } => self.relaxed(t).is_some_and(|e| self.is_nil_type(e)),
            _ => false,
        }
    }

    /// The name of a named type as written here; `args` names an object by its input shape
    /// (`FooArgs`). `None` for a type with nothing to name.
    pub(crate) fn name_of(&self, t: &Ty, args: bool) -> Option<String> {
        let n = self.named(t)?;
        let args = args && matches!(t.unwrapped(), Ty::Object { .. });
        let mut q = self.qualify(n);
        if args {
            q.push_str("Args");
        }
        Some(q)
    }

    /// The name of a named type, objects in the shape they are bound in.
    pub(crate) fn shaped_name(&self, t: &Ty) -> Option<String> {
        let args = matches!(t.unwrapped(), Ty::Object { input_shape: true, .. });
        self.name_of(t, args)
    }

    /// The plain Go type (`string`, `*string`, `[]Foo`, `[]FooArgs`, `*Res`).
    pub(crate) fn plain(&self, t: &Ty) -> String {
        match t {
            Ty::Optional(inner) => {
                let elem = self.plain_required(inner);
                if self.is_nil_type(inner) || elem == "interface{}" {
                    elem
                } else {
                    format!("*{elem}")
                }
            }
            other => self.plain_required(other),
        }
    }

    fn plain_required(&self, t: &Ty) -> String {
        match t {
            Ty::Input(i) | Ty::Optional(i) => self.plain_required(i),
            Ty::Bool => "bool".into(),
            Ty::Int => "int".into(),
            Ty::Number => "float64".into(),
            Ty::Str => "string".into(),
            Ty::Any | Ty::Json => "interface{}".into(),
            Ty::Archive => "pulumi.Archive".into(),
            Ty::Asset => "pulumi.AssetOrArchive".into(),
            Ty::Array(e) => format!("[]{}", self.plain_required(e)),
            Ty::Map(e) => format!("map[string]{}", self.plain_required(e)),
            Ty::Token(u) => u.as_deref().map_or_else(|| "interface{}".into(), |u| self.plain_required(u)),
            Ty::Union { .. } => match self.relaxed(t) {
                Some(e) => self.plain_required(e),
                None => "interface{}".into(),
            },
            Ty::Resource { .. } => self.name_of(t, false).map_or_else(|| "interface{}".into(), |n| format!("*{n}")),
            Ty::Object { .. } | Ty::Enum { .. } => self.shaped_name(t).unwrap_or_else(|| "interface{}".into()),
        }
    }

    /// A field's type in an input shape: the input type of an `Input`, else (a plain
    /// property) its plain type.
    pub(crate) fn arg(&self, t: &Ty) -> String {
        if is_input(t) {
            self.input(t)
        } else {
            self.plain(t)
        }
    }

    /// The input type of a value (`pulumi.StringInput`, `FooArrayInput`; `…PtrInput` when
    /// optional and `nil` is not a value; a pointer to the input when a dependency declares no
    /// `…PtrInput` for it, as Pulumi writes).
    pub(crate) fn input(&self, t: &Ty) -> String {
        let Ty::Optional(inner) = t else { return self.input_required(t) };
        let elem = self.input_required(inner);
        if self.is_nil_type(inner) || elem == "pulumi.Input" {
            return elem;
        }
        match self.declared_by_dependency(inner) {
            Some(d) if !d.ptr_input => format!("*{elem}"),
            _ => format!("{}PtrInput", trim(&elem, "Input")),
        }
    }

    fn input_required(&self, t: &Ty) -> String {
        match t {
            Ty::Input(i) | Ty::Optional(i) => self.input_required(i),
            Ty::Bool => "pulumi.BoolInput".into(),
            Ty::Int => "pulumi.IntInput".into(),
            Ty::Number => "pulumi.Float64Input".into(),
            Ty::Str => "pulumi.StringInput".into(),
            Ty::Any | Ty::Json => "pulumi.Input".into(),
            Ty::Archive => "pulumi.ArchiveInput".into(),
            Ty::Asset => "pulumi.AssetOrArchiveInput".into(),
            _ if self.declared_by_dependency(t).is_some_and(|d| !d.input) => Untyped::of(t).input().into(),
            Ty::Array(e) => format!("{}ArrayInput", trim(&self.input_required(e), "Input")),
            Ty::Map(e) => format!("{}MapInput", trim(&self.input_required(e), "Input")),
            Ty::Token(u) => u.as_deref().map_or_else(|| "pulumi.Input".into(), |u| self.input_required(u)),
            Ty::Union { .. } => match self.relaxed(t) {
                Some(e) => self.input_required(e),
                None => "pulumi.Input".into(),
            },
            Ty::Object { .. } | Ty::Enum { .. } | Ty::Resource { .. } => {
                self.name_of(t, false).map_or_else(|| "pulumi.Input".into(), |n| format!("{n}Input"))
            }
        }
    }

    /// The untyped value an `Input` resolves to where its input type is untyped because a
    /// dependency's SDK does not declare the family it would name (`None` for a plain value,
    /// and for an input whose type is named). A struct an input shape resolves into holds
    /// that value untyped too: the SDK marshals an input as the value its type resolves to,
    /// and an untyped input resolves to an untyped value, which no typed field accepts.
    pub(crate) fn untyped_input(&self, t: &Ty) -> Option<Untyped> {
        if !is_input(t) {
            return None;
        }
        let bare = t.unwrapped();
        self.declared_by_dependency(bare).is_some_and(|d| !d.input).then(|| Untyped::of(bare))
    }

    /// Whether the type `t` names is a dependency's whose SDK does not declare its input
    /// family (or, with `output`, its output family): the generic variant, which needs
    /// neither to type a value, names the plain type instead.
    pub(crate) fn lacks_family(&self, t: &Ty, output: bool) -> bool {
        self.declared_by_dependency(t).is_some_and(|d| if output { !d.output } else { !d.input })
    }

    /// What the SDK of a dependency declares of a type made of one of its named types: the
    /// type's own families when `t` names it, the collection's when `t` is a collection of it
    /// (`None` when no dependency's type is at the bottom). Pulumi's generator names a
    /// dependency's families whether or not its SDK declares them; ours names only those the
    /// dependency's SDK (as generated from the schema the reference resolved in) declares, and
    /// writes the others untyped, so that the module builds against that SDK.
    fn declared_by_dependency(&self, t: &Ty) -> Option<Declared> {
        match t.unwrapped() {
            Ty::Object { named, .. } | Ty::Enum { named, .. } => {
                let (dep, id) = self.dependency_type(named)?;
                let f = dep.details.of_id(id);
                // An enum's SDK declares all of its input families, or all of its output ones.
                Some(if matches!(t.unwrapped(), Ty::Enum { .. }) {
                    let (input, output) = (f.input || f.ptr_input, f.output || f.ptr_output);
                    Declared { input, ptr_input: input, output, ptr_output: output }
                } else {
                    Declared { input: f.input, ptr_input: f.ptr_input, output: f.output, ptr_output: f.ptr_output }
                })
            }
            Ty::Resource { named, .. } => self.dependency(named).map(|_| Declared::all()),
            Ty::Array(e) | Ty::Map(e) => {
                let array = matches!(t.unwrapped(), Ty::Array(_));
                let (input, output) = match self.collection_key(e)? {
                    // A dependency's resources come in arrays and maps when it asks for them,
                    // and in no deeper collections.
                    (dep, CollectionKey::Resource { is_provider }) => {
                        let c = !is_provider && dep.layout.info.generate_resource_container_types;
                        (c, c)
                    }
                    (_, CollectionKey::Nested) => (false, false),
                    (dep, CollectionKey::Of(key)) => {
                        let f = dep.details.of_key(&key);
                        let (input, output) = if array { (f.array_input, f.array_output) } else { (f.map_input, f.map_output) };
                        // An enum's arrays and maps are declared with both families.
                        let enum_collection = matches!(e.unwrapped(), Ty::Enum { .. });
                        (if enum_collection { output } else { input }, output)
                    }
                };
                Some(Declared { input, ptr_input: false, output, ptr_output: false })
            }
            _ => None,
        }
    }

    /// The dependency that owns a named type, if it is one that was loaded.
    fn dependency(&self, named: &Named) -> Option<&'s PkgNames<'a>> {
        match &named.owner {
            Owner::External(p) => self.deps.get(p),
            Owner::Local => None,
        }
    }

    fn dependency_type(&self, named: &Named) -> Option<(&'s PkgNames<'a>, schemagen_schema::TypeId)> {
        let dep = self.dependency(named)?;
        Some((dep, dep.pkg.type_by_token(&named.token)?))
    }

    /// The element of a collection in its dependency's terms (`None` when no dependency's
    /// type is at the bottom).
    fn collection_key(&self, t: &Ty) -> Option<(&'s PkgNames<'a>, CollectionKey)> {
        match t.unwrapped() {
            Ty::Object { named, .. } | Ty::Enum { named, .. } => {
                let (dep, id) = self.dependency_type(named)?;
                Some((dep, CollectionKey::Of(Key::Named(id))))
            }
            Ty::Resource { named, is_provider } => Some((self.dependency(named)?, CollectionKey::Resource { is_provider: *is_provider })),
            Ty::Array(e) | Ty::Map(e) => {
                let (dep, inner) = self.collection_key(e)?;
                let key = match inner {
                    CollectionKey::Of(k) if matches!(t.unwrapped(), Ty::Array(_)) => CollectionKey::Of(Key::Array(Box::new(k))),
                    CollectionKey::Of(k) => CollectionKey::Of(Key::Map(Box::new(k))),
                    _ => CollectionKey::Nested,
                };
                Some((dep, key))
            }
            _ => None,
        }
    }

    /// The output type of a value (`pulumi.StringOutput`, `FooPtrOutput` when optional).
    pub(crate) fn output(&self, t: &Ty) -> String {
        let Ty::Optional(inner) = t else { return self.output_required(t) };
        let elem = self.output_required(inner);
        if self.is_nil_type(inner) || elem == "pulumi.AnyOutput" {
            return elem;
        }
        match self.declared_by_dependency(inner) {
            Some(d) if !d.ptr_output => format!("*{elem}"),
            _ => format!("{}PtrOutput", trim(&elem, "Output")),
        }
    }

    fn output_required(&self, t: &Ty) -> String {
        match t {
            Ty::Input(i) | Ty::Optional(i) => self.output_required(i),
            Ty::Bool => "pulumi.BoolOutput".into(),
            Ty::Int => "pulumi.IntOutput".into(),
            Ty::Number => "pulumi.Float64Output".into(),
            Ty::Str => "pulumi.StringOutput".into(),
            Ty::Any | Ty::Json => "pulumi.AnyOutput".into(),
            Ty::Archive => "pulumi.ArchiveOutput".into(),
            Ty::Asset => "pulumi.AssetOrArchiveOutput".into(),
            _ if self.declared_by_dependency(t).is_some_and(|d| !d.output) => Untyped::of(t).output().into(),
            Ty::Array(e) => match trim(&self.output_required(e), "Output") {
                "pulumi.Any" => "pulumi.ArrayOutput".into(),
                en => format!("{en}ArrayOutput"),
            },
            Ty::Map(e) => match trim(&self.output_required(e), "Output") {
                "pulumi.Any" => "pulumi.MapOutput".into(),
                en => format!("{en}MapOutput"),
            },
            Ty::Token(u) => u.as_deref().map_or_else(|| "pulumi.AnyOutput".into(), |u| self.output_required(u)),
            Ty::Union { .. } => match self.relaxed(t) {
                Some(e) => self.output_required(e),
                None => "pulumi.AnyOutput".into(),
            },
            Ty::Object { .. } | Ty::Enum { .. } | Ty::Resource { .. } => {
                self.name_of(t, false).map_or_else(|| "pulumi.AnyOutput".into(), |n| format!("{n}Output"))
            }
        }
    }

    /// The element name a collection of `t` is named after (`String`, `Foo`, `v1.Foo`).
    pub(crate) fn elem_name(&self, t: &Ty) -> String {
        trim(&self.output_required(t), "Output").to_string()
    }
}

/// Which of a type's families a dependency's SDK declares.
#[derive(Clone, Copy)]
struct Declared {
    input: bool,
    ptr_input: bool,
    output: bool,
    ptr_output: bool,
}

impl Declared {
    fn all() -> Self {
        Declared { input: true, ptr_input: true, output: true, ptr_output: true }
    }
}

/// The element of a collection of a dependency's type, as the dependency's families know it.
enum CollectionKey {
    Of(Key),
    /// One of the dependency's resources.
    Resource { is_provider: bool },
    /// A collection of its resources' collections, which no SDK declares.
    Nested,
}

/// The shape of a value written untyped: Go's untyped value, or an array or map of them
/// (`pulumi.Input`, `pulumi.ArrayInput`, `pulumi.MapInput` and their outputs).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Untyped {
    Value,
    Array,
    Map,
}

impl Untyped {
    fn of(t: &Ty) -> Self {
        match t.unwrapped() {
            Ty::Array(_) => Untyped::Array,
            Ty::Map(_) => Untyped::Map,
            _ => Untyped::Value,
        }
    }

    pub(crate) fn input(self) -> &'static str {
        match self {
            Untyped::Value => "pulumi.Input",
            Untyped::Array => "pulumi.ArrayInput",
            Untyped::Map => "pulumi.MapInput",
        }
    }

    pub(crate) fn output(self) -> &'static str {
        match self {
            Untyped::Value => "pulumi.AnyOutput",
            Untyped::Array => "pulumi.ArrayOutput",
            Untyped::Map => "pulumi.MapOutput",
        }
    }

    /// The element type of the input and output types (what they resolve to).
    pub(crate) fn plain(self) -> &'static str {
        match self {
            Untyped::Value => "interface{}",
            Untyped::Array => "[]interface{}",
            Untyped::Map => "map[string]interface{}",
        }
    }
}

/// Whether a bound value is an `Input` (optional or not).
pub(crate) fn is_input(t: &Ty) -> bool {
    match t {
        Ty::Optional(inner) => is_input(inner),
        Ty::Input(_) => true,
        _ => false,
    }
}

pub(crate) fn trim<'t>(s: &'t str, suffix: &str) -> &'t str {
    s.strip_suffix(suffix).unwrap_or(s)
}
