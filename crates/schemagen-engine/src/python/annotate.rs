//! Type annotations, computed in one place: how a [`Ty`] is spelled inside one generated
//! module (relative names for this package's types, qualified ones for a dependency's).

use std::collections::HashMap;

use schemagen_schema::Package;

use crate::model::{Named, Owner, Ty, UsageMap};
use crate::names::python::{by_rule, import_alias, typed_dict, PyNames, ROOT_ENUMS, ROOT_INPUTS, ROOT_OUTPUTS};

/// Python-relevant settings of a package (this one or a dependency).
#[derive(Debug, Clone, Default)]
pub struct PkgSettings {
    /// `kubernetes20` or `tfbridge20` switch on the older naming of object types.
    pub compat: Option<String>,
    /// `inputTypes` as written (`classes`, `classes-and-dicts`, `dicts`), if written.
    pub input_types: Option<String>,
    /// The package writes its configuration into a `config` module.
    pub has_config_module: bool,
    /// Its names: import names, modules, classes, files.
    pub names: PyNames,
}

impl PkgSettings {
    pub fn of(pkg: &Package) -> Self {
        let py = pkg.language.python.as_ref();
        PkgSettings {
            compat: py.and_then(|p| p.compatibility.clone()),
            input_types: py.and_then(|p| p.input_types.clone()),
            has_config_module: !pkg.config.is_empty() && py.and_then(|p| p.compatibility.as_deref()) != Some("kubernetes20"),
            names: PyNames::new(pkg),
        }
    }

    pub fn typed_dicts(&self) -> bool {
        self.input_types.as_deref() != Some("classes")
    }

    pub fn legacy_object_names(&self) -> bool {
        matches!(self.compat.as_deref(), Some("kubernetes20" | "tfbridge20"))
    }

    pub fn kubernetes20(&self) -> bool {
        self.compat.as_deref() == Some("kubernetes20")
    }

    pub fn module_of(&self, named: &Named) -> String {
        self.names.module(&named.module)
    }
}

#[derive(Debug, Clone, Copy, Default)]
pub struct Opts<'v> {
    /// Whether the annotated value is an input.
    pub input: bool,
    /// Whether an object may also be given as its TypedDict.
    pub accept_mapping: bool,
    pub for_dict: bool,
    pub for_docs: bool,
    /// A property's `const`: primitives become `Literal[...]`.
    pub const_value: Option<&'v serde_json::Value>,
}

/// The spelling context of one generated module.
pub struct Annotator<'a> {
    pub local: &'a PkgSettings,
    pub deps: &'a HashMap<String, PkgSettings>,
    pub usage: &'a UsageMap<'a>,
    /// The Python module being written ("" is the root, "a/b" nested).
    pub module: String,
    /// The module's `_inputs.py` or `outputs.py` is being written: it names the resources of its
    /// own module through their modules (`_resource.Resource`), which the resource modules import
    /// in turn.
    pub in_types_file: bool,
}

impl<'a> Annotator<'a> {
    pub fn settings_of(&self, owner: &Owner) -> Option<&'a PkgSettings> {
        match owner {
            Owner::Local => Some(self.local),
            Owner::External(name) => self.deps.get(name),
        }
    }

    fn py_pack_of(&self, owner: &Owner) -> String {
        match owner {
            Owner::Local => self.local.names.pack().to_string(),
            Owner::External(name) => self.deps.get(name).map_or_else(|| by_rule::pack(name), |s| s.names.pack().to_string()),
        }
    }

    /// The module of a named type, as the owner's settings place it.
    pub fn module_of(&self, named: &Named) -> String {
        match self.settings_of(&named.owner) {
            Some(s) => s.module_of(named),
            None => by_rule::module(&named.module),
        }
    }

    /// `Foo` or `FooArgs` (or `FooResult` under the legacy naming of function types), from
    /// the owner's table.
    pub fn object_class_name(&self, named: &Named, input_shape: bool, input: bool) -> String {
        let settings = self.settings_of(&named.owner);
        let names = settings.map_or_else(|| std::borrow::Cow::Owned(by_rule::object(&named.name)), |s| s.names.object(&named.token, &named.name));
        let legacy = settings.is_some_and(|s| s.legacy_object_names());
        let used_plainly = legacy && !input && self.usage.get(&named.token, false).is_some_and(|u| u.plain);
        names.class(input_shape, input, used_plainly, legacy).to_string()
    }

    /// Whether this package writes an output class for the object type: then an input of that
    /// type also takes the output class (a value read from another resource).
    fn has_output_class(&self, named: &Named) -> bool {
        named.owner == Owner::Local && self.usage.get(&named.token, false).is_some_and(|u| u.output)
    }

    fn object_type(&self, named: &Named, input_shape: bool, input: bool, for_dict: bool) -> String {
        let prefix = if input { "" } else { "outputs." };
        if let Owner::External(_) = named.owner {
            let mut name = self.object_class_name(named, input_shape, input);
            if for_dict {
                // Dependencies get TypedDicts only when they say so explicitly.
                let explicit = self
                    .settings_of(&named.owner)
                    .is_some_and(|s| s.input_types.is_some() && s.typed_dicts());
                if explicit {
                    name = typed_dict(&name);
                }
            }
            let module = dotted_prefix(&self.module_of(named));
            return format!("'{}.{module}{prefix}{name}'", self.py_pack_of(&named.owner));
        }
        let mut name = self.object_class_name(named, input_shape, input);
        if for_dict {
            name = typed_dict(&name);
        }
        let module = self.module_of(named);
        if module.is_empty() && !self.module.is_empty() {
            let root = if input { ROOT_INPUTS } else { ROOT_OUTPUTS };
            return format!("'{root}.{name}'");
        }
        let qualifier = if module == self.module { String::new() } else { aliased_prefix(&module) };
        format!("'{qualifier}{prefix}{name}'")
    }

    fn enum_type(&self, named: &Named) -> String {
        let name = self.settings_of(&named.owner).and_then(|s| s.names.enum_class(&named.token)).map_or_else(|| by_rule::enum_class(&named.name), str::to_string);
        let foreign = named.owner != Owner::Local;
        let module = self.local.names.module(&named.module);
        if !foreign && module.is_empty() && !self.module.is_empty() {
            return format!("'{ROOT_ENUMS}.{name}'");
        }
        let mut parts = Vec::new();
        if let Owner::External(pkg) = &named.owner {
            parts.push(by_rule::pack(pkg));
        }
        // An enum of this module is named bare; any other carries its module.
        if !module.is_empty() && (foreign || module != self.module) {
            parts.push(module.replace('/', "."));
        }
        parts.push(name);
        format!("'{}'", parts.join("."))
    }

    /// The expression naming a resource class from this module.
    pub fn resource_type(&self, named: &Named, is_provider: bool) -> String {
        match &named.owner {
            Owner::Local => {
                let class = self.local.names.resource_class(&named.token, &named.name, is_provider);
                let module = if is_provider { String::new() } else { self.module_of(named) };
                if module.is_empty() && !self.module.is_empty() {
                    return self.local.names.root_class_alias(&self.module, &class).unwrap_or(class);
                }
                if is_provider {
                    return class;
                }
                if self.in_types_file && module == self.module {
                    return format!("{}.{class}", import_alias(&self.resource_file(named)));
                }
                let qualifier = if module == self.module || module.is_empty() { String::new() } else { aliased_prefix(&module) };
                format!("{qualifier}{class}")
            }
            Owner::External(pkg) => {
                if is_provider {
                    return format!("{}.Provider", by_rule::provider_pack(pkg));
                }
                let module = dotted_prefix(&self.module_of(named));
                let class = self.settings_of(&named.owner).map_or_else(|| by_rule::resource(&named.name), |s| s.names.resource(&named.token, &named.name)).class;
                format!("{}.{module}{class}", self.py_pack_of(&named.owner))
            }
        }
    }

    /// The module (file stem) a resource of this package is written to.
    pub fn resource_file(&self, named: &Named) -> String {
        self.local.names.resource_file(&named.token, &named.name).file
    }

    /// A property's annotation: a `const` narrows a primitive to a `Literal`.
    pub fn annotate(&self, t: &Ty, opts: Opts<'_>) -> String {
        match t {
            Ty::Optional(inner) => {
                if let Ty::Input(e) = inner.as_ref() {
                    let elem = simplify_input_union(e);
                    let s = self.annotate(&elem, opts);
                    if s == "Any" {
                        return if opts.for_dict { "NotRequired[Any]".into() } else { "Optional[Any]".into() };
                    }
                    let r = format!("pulumi.Input[Optional[{s}]]");
                    return if opts.for_dict { format!("NotRequired[{r}]") } else { r };
                }
                let s = self.annotate(inner, opts);
                if opts.for_dict {
                    format!("NotRequired[{s}]")
                } else {
                    format!("Optional[{s}]")
                }
            }
            Ty::Input(e) => {
                let elem = simplify_input_union(e);
                let s = self.annotate(&elem, opts);
                if s == "Any" {
                    return s;
                }
                if let Ty::Optional(x) = &elem {
                    if self.annotate(x, opts) == "Any" {
                        return "Optional[Any]".into();
                    }
                }
                format!("pulumi.Input[{s}]")
            }
            Ty::Enum { named, .. } => self.enum_type(named),
            Ty::Array(e) => format!("Sequence[{}]", self.annotate(e, opts)),
            Ty::Map(e) => format!("Mapping[str, {}]", self.annotate(e, opts)),
            Ty::Object { named, input_shape } => {
                if opts.for_dict {
                    return self.object_type(named, *input_shape, opts.input, true);
                }
                let typ = self.object_type(named, *input_shape, opts.input, false);
                if !opts.accept_mapping {
                    return typ;
                }
                let same = named.owner == Owner::Local;
                let typed = self.settings_of(&named.owner).is_none_or(|s| s.typed_dicts());
                if typed && same && opts.input {
                    let dict = self.object_type(named, *input_shape, opts.input, true);
                    if !opts.for_docs && self.has_output_class(named) {
                        let output = self.object_type(named, false, false, false);
                        return format!("Union[{typ}, {dict}, {output}]");
                    }
                    return format!("Union[{typ}, {dict}]");
                }
                format!("pulumi.InputType[{typ}]")
            }
            Ty::Resource { named, is_provider } => format!("'{}'", self.resource_type(named, *is_provider)),
            Ty::Token(u) => match u {
                Some(u) => self.annotate(u, opts),
                None => "Any".into(),
            },
            Ty::Union { elements, default, wire_discriminatable } => {
                if !opts.input && !wire_discriminatable {
                    for e in elements {
                        if let Ty::Enum { element, .. } = e {
                            return self.annotate(element, opts);
                        }
                    }
                    return match default {
                        Some(d) => self.annotate(d, opts),
                        None => "Any".into(),
                    };
                }
                let mut seen: Vec<String> = Vec::new();
                for e in elements {
                    let s = self.annotate(e, opts);
                    if !seen.contains(&s) {
                        seen.push(s);
                    }
                }
                if seen.len() == 1 {
                    seen.pop().unwrap_or_default()
                } else {
                    format!("Union[{}]", seen.join(", "))
                }
            }
            Ty::Bool | Ty::Int | Ty::Str | Ty::Number => {
                if let Some(cv) = opts.const_value.filter(|_| !matches!(t, Ty::Number)) {
                    if let Some(lit) = super::escape::literal(cv) {
                        return format!("Literal[{lit}]");
                    }
                }
                let name = match t {
                    Ty::Bool => "bool",
                    Ty::Int => "int",
                    Ty::Number => "float",
                    _ => "str",
                };
                if opts.for_docs {
                    name.into()
                } else {
                    format!("_builtins.{name}")
                }
            }
            Ty::Archive => "pulumi.Archive".into(),
            Ty::Asset => "Union[pulumi.Asset, pulumi.Archive]".into(),
            Ty::Json | Ty::Any => "Any".into(),
        }
    }

    /// The runtime class an output value is checked against (`isinstance`).
    pub fn runtime_type(&self, t: &Ty) -> String {
        match t {
            Ty::Optional(e) => self.runtime_type(e),
            Ty::Enum { element, .. } => self.runtime_type(element),
            Ty::Array(_) => "list".into(),
            Ty::Resource { named, is_provider } => self.resource_type(named, *is_provider),
            Ty::Token(Some(u)) => self.runtime_type(u),
            Ty::Bool => "bool".into(),
            Ty::Int => "int".into(),
            Ty::Number => "float".into(),
            Ty::Str => "str".into(),
            Ty::Archive => "pulumi.Archive".into(),
            Ty::Asset => "Union[pulumi.Asset, pulumi.Archive]".into(),
            _ => "dict".into(),
        }
    }
}

/// `Union[Input[A], Input[B]]` → `Union[A, B]`.
fn simplify_input_union(t: &Ty) -> Ty {
    match t {
        Ty::Union { elements, default, wire_discriminatable } => Ty::Union {
            wire_discriminatable: *wire_discriminatable,
            elements: elements
                .iter()
                .map(|e| match e {
                    Ty::Input(inner) => (**inner).clone(),
                    other => other.clone(),
                })
                .collect(),
            default: default.clone(),
        },
        other => other.clone(),
    }
}

/// `a/b` → `a.b.`; "" → "".
/// `module` as an imported sibling is named: its first part's [`import_alias`], then the rest
/// dotted, and a trailing `.`.
fn aliased_prefix(module: &str) -> String {
    let (first, rest) = module.split_once('/').map_or((module, None), |(f, r)| (f, Some(r)));
    let mut out = import_alias(first);
    out.push('.');
    if let Some(rest) = rest {
        out.push_str(&dotted_prefix(rest));
    }
    out
}

fn dotted_prefix(module: &str) -> String {
    if module.is_empty() {
        String::new()
    } else {
        format!("{}.", module.replace('/', "."))
    }
}

