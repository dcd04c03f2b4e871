//! The language-neutral SDK model: the Pulumi-level facts every generator needs, computed once
//! per package, the way progenitor computes one `OperationMethod` that its client, CLI and mock
//! generators all read.
//!
//! - [`types`]: the schema's types with Pulumi's `Input`/`Optional` wrappers made explicit
//!   ([`Ty`], bound by [`Binder`]), and the search for the named types a type reaches;
//! - [`usage`]: how each object type is used (input, output, resource output, plain);
//! - [`modules`]: the one module-tree builder ([`ModuleTree`]); [`Model::module_tree`] fills it
//!   with resources, functions, types and enums, placed by a language's module naming;
//! - [`replace`]: `replaceOnChanges` paths through nested types;
//! - [`provider`]: the provider outputs SDKs write;
//! - [`defaults`]: the object types with defaults to apply;
//! - [`unions`]: whether a union's member can be told from a wire value (typed output unions);
//! - [`output_cycles`]: the resources whose outputs lead back to themselves;
//! - [`Model`]: the provider (declared or default) with the resources, iterated in one place;
//!   free functions versus methods; secrets, defaults and aliases.
//!
//! Names are not here: each language has one naming table (`crate::names::<lang>`), assigned
//! once, that its SDK and the docs pages both read (where the 2020 pages spelled a name by a
//! rule of their own, the entry holds that spelling beside the SDK's). A language's generator
//! is then a view over this model (what its templates print, named by its table) and its
//! templates.

pub mod defaults;
pub mod modules;
pub mod output_cycles;
pub mod provider;
pub mod replace;
pub mod types;
pub mod unions;
pub mod usage;

use std::borrow::Cow;
use std::collections::HashSet;

use schemagen_schema::{Function, FunctionId, MethodOf, Package, Property, Resource, ResourceId, TypeDef, TypeId};
use serde_json::Value;

pub use modules::{ModuleTree, Node};
pub use types::{Binder, Named, Owner, Ty};
pub use usage::{Usage, UsageMap};

use crate::output::OutputError;

/// A resource of the package: its provider, or one of its resources.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ResRef {
    Provider,
    Resource(ResourceId),
}

/// What one module holds, in the order generators write it.
#[derive(Debug, Default)]
pub struct ModuleContents {
    /// The provider (in the root module) first, then resources in schema order.
    pub resources: Vec<ResRef>,
    /// Functions that are not methods, in schema order.
    pub functions: Vec<FunctionId>,
    /// Object types used as an input or an output, in token order.
    pub types: Vec<TypeId>,
    /// Enums, in schema order.
    pub enums: Vec<TypeId>,
}

/// The Pulumi-level analysis of one package.
pub struct Model<'p> {
    pub pkg: &'p Package,
    /// The schema's provider, or the empty one Pulumi's binder creates when it declares none,
    /// with the outputs Pulumi's binder keeps ([`provider`]).
    provider: Cow<'p, Resource>,
    /// The provider with every output the schema declares (the 2020 docs list them all).
    provider_as_declared: Cow<'p, Resource>,
    usage: UsageMap<'p>,
    /// The object types from which a `replaceOnChanges` property can be reached.
    replacing_types: HashSet<TypeId>,
    unions: unions::Verdicts,
    with_defaults: HashSet<TypeId>,
}

impl<'p> Model<'p> {
    pub fn new(pkg: &'p Package) -> Self {
        let provider = provider::sdk_provider(pkg);
        Model {
            pkg,
            usage: usage::usage(pkg, pkg.provider.as_ref().map(|_| provider.as_ref())),
            provider,
            provider_as_declared: pkg.provider_or_default(),
            replacing_types: replace::types_reaching_replacements(pkg),
            unions: unions::Verdicts::of(pkg),
            with_defaults: defaults::types_with_defaults(pkg),
        }
    }

    /// A binder that knows which of the package's unions are wire discriminatable.
    pub fn binder(&self) -> Binder<'_> {
        Binder::with_unions(self.pkg, &self.unions)
    }

    /// The provider, declared or default, with the outputs SDKs write.
    pub fn provider(&self) -> &Resource {
        &self.provider
    }

    /// The provider with every output the schema declares, then every resource.
    pub fn resources_as_declared(&self) -> impl Iterator<Item = (ResRef, &Resource)> {
        with_provider(Some(&*self.provider_as_declared), &self.pkg.resources)
    }

    /// Whether the schema declares its provider (the Rust SDK writes only a declared one).
    pub fn provider_is_declared(&self) -> bool {
        self.pkg.provider.is_some()
    }

    pub fn resource(&self, r: ResRef) -> &Resource {
        match r {
            ResRef::Provider => &self.provider,
            ResRef::Resource(id) => self.pkg.resource(id),
        }
    }

    /// The provider, then every resource in schema order.
    pub fn resources(&self) -> impl Iterator<Item = (ResRef, &Resource)> {
        with_provider(Some(self.provider()), &self.pkg.resources)
    }

    /// Whether `f` is a method of the provider (`pulumi:providers:<pkg>/<method>`, listed in
    /// the provider's `methods`): SDKs write it only as a method of `Provider`, with no module,
    /// function, result type or docs page of its own.
    pub fn is_provider_method(f: &Function) -> bool {
        f.method_of == Some(MethodOf::Provider)
    }

    /// Functions that are not methods of a resource (nor of the provider), in schema order.
    pub fn free_functions(&self) -> impl Iterator<Item = (FunctionId, &'p Function)> {
        self.pkg.functions.iter().enumerate().filter(|(_, f)| f.method_of.is_none()).map(|(i, f)| (FunctionId(i), f))
    }

    /// How the local object type `token` is used in one shape, if it is used that way at all.
    pub fn usage_of(&self, token: &str, input_shape: bool) -> Option<&Usage> {
        self.usage.get(token, input_shape)
    }

    /// Every shape's usage.
    pub fn usage(&self) -> &UsageMap<'p> {
        &self.usage
    }

    /// Whether the local object type `token` is used as an input (else: as an output) in any shape.
    pub fn used_as(&self, token: &str, input: bool) -> bool {
        self.usage.used_as(token, input)
    }

    /// The modules and what each holds; `module_of` is a language's module path for a schema
    /// module (`""` the root, `a/b` nested). The provider always goes to the root. Overlays
    /// are listed (generators that write them differently skip them); unused object types and
    /// overlay object types and enums are not.
    pub fn module_tree(&self, module_of: impl Fn(&str) -> String) -> ModuleTree<ModuleContents> {
        self.tree(&module_of, false)
    }

    /// [`Self::module_tree`] listing every object type that is not an overlay, used or not
    /// (Pulumi's Go SDKs declare them all).
    pub fn module_tree_of_every_type(&self, module_of: impl Fn(&str) -> String) -> ModuleTree<ModuleContents> {
        self.tree(&module_of, true)
    }

    fn tree(&self, module_of: &dyn Fn(&str) -> String, every_type: bool) -> ModuleTree<ModuleContents> {
        let mut tree: ModuleTree<ModuleContents> = ModuleTree::new();
        tree.module("").resources.push(ResRef::Provider);
        for (i, r) in self.pkg.resources.iter().enumerate() {
            tree.module(&module_of(&r.token.module)).resources.push(ResRef::Resource(ResourceId(i)));
        }
        for (i, f) in self.pkg.functions.iter().enumerate().filter(|(_, f)| !Self::is_provider_method(f)) {
            let module = tree.module(&module_of(&f.token.module));
            if f.method_of.is_none() {
                module.functions.push(FunctionId(i));
            }
        }
        let mut order: Vec<usize> = (0..self.pkg.types.len()).collect();
        order.sort_by(|a, b| self.pkg.types[*a].token().full.cmp(&self.pkg.types[*b].token().full));
        for i in order {
            let def = &self.pkg.types[i];
            let path = module_of(&def.token().module);
            match def {
                TypeDef::Object(o) => {
                    let used = [false, true].iter().any(|shape| self.usage.of(TypeId(i), *shape).is_some());
                    if !o.is_overlay && (used || every_type) {
                        tree.module(&path).types.push(TypeId(i));
                    }
                }
                TypeDef::Enum(e) => {
                    if !e.is_overlay {
                        tree.module(&path).enums.push(TypeId(i));
                    }
                }
            }
        }
        tree
    }

    /// Whether a value of `ty` has defaults of its own to apply: it is an object type of this
    /// package with defaults ([`defaults`]).
    pub fn has_defaults(&self, ty: &schemagen_schema::Type) -> bool {
        matches!(ty, schemagen_schema::Type::Object(id) if self.with_defaults.contains(id))
    }

    /// A resource's `replaceOnChanges` property paths (`a.b`, `list[*].c`), in wire-name order.
    pub fn replace_paths(&self, res: &Resource) -> Result<Vec<String>, OutputError> {
        replace::replace_paths(self.pkg, &self.replacing_types, res)
    }
}

/// The provider (when given), then `resources` in schema order: the one iteration over "the
/// provider and the resources" every generator makes.
pub fn with_provider<'a>(provider: Option<&'a Resource>, resources: &'a [Resource]) -> impl Iterator<Item = (ResRef, &'a Resource)> {
    provider
        .map(|p| (ResRef::Provider, p))
        .into_iter()
        .chain(resources.iter().enumerate().map(|(i, r)| (ResRef::Resource(ResourceId(i)), r)))
}

/// The provider the schema declares (none when it declares none), then every resource.
pub fn declared_resources(pkg: &Package) -> impl Iterator<Item = &Resource> {
    with_provider(pkg.provider.as_ref(), &pkg.resources).map(|(_, r)| r)
}

/// Pulumi's binder sorts every property list by wire name.
pub fn by_name(props: &[Property]) -> Vec<&Property> {
    let mut v: Vec<&Property> = props.iter().collect();
    v.sort_by(|a, b| a.name.cmp(&b.name));
    v
}

/// The output properties Pulumi marks secret (`additionalSecretOutputs`), in wire-name order.
pub fn secret_outputs(res: &Resource) -> Vec<&str> {
    by_name(&res.properties).into_iter().filter(|p| p.secret).map(|p| p.name.as_str()).collect()
}

/// The alias types of a resource (`aliases[].type`), in schema order.
pub fn alias_types(res: &Resource) -> Vec<&str> {
    res.aliases.iter().filter_map(|a| a.kind.as_deref()).collect()
}

/// What a missing input falls back to: the schema's `default`, then the environment variables
/// of `defaultInfo` (the first one set wins).
#[derive(Debug, Clone, Copy)]
pub struct Fallback<'p> {
    pub value: Option<&'p Value>,
    pub environment: &'p [String],
}

/// A property's fallback, if it has one.
pub fn fallback(prop: &Property) -> Option<Fallback<'_>> {
    let environment: &[String] = prop.default_info.as_ref().map_or(&[], |d| &d.environment);
    (prop.default.is_some() || !environment.is_empty()).then_some(Fallback { value: prop.default.as_deref(), environment })
}
