//! The bound schema: every reference resolved, every token split and given its module.
//!
//! Definitions live in flat vectors in schema order and refer to each other by index, so
//! cyclic types need no `Rc` and a 45 MB schema binds without per-node allocation churn.

use indexmap::IndexMap;
use serde_json::Value;

use crate::lang::{ObjectLanguage, OutOfLine, PackageLanguage, PropertyLanguage, ResourceLanguage};

/// Definitions by token, hashed fast (see `raw::FastMap`).
pub(crate) type FastIndex<T> = IndexMap<String, T, foldhash::fast::RandomState>;

/// Index of a type in [`Package::types`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TypeId(pub usize);

/// Index of a resource in [`Package::resources`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ResourceId(pub usize);

/// Index of a function in [`Package::functions`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FunctionId(pub usize);

#[derive(Debug, Clone, Default)]
pub struct Package {
    pub name: String,
    pub display_name: Option<String>,
    pub version: Option<String>,
    pub description: Option<String>,
    pub keywords: Vec<String>,
    pub homepage: Option<String>,
    pub license: Option<String>,
    pub attribution: Option<String>,
    pub repository: Option<String>,
    pub logo_url: Option<String>,
    pub plugin_download_url: Option<String>,
    pub publisher: Option<String>,
    pub namespace: Option<String>,
    /// Packages besides `name` whose tokens this schema may define.
    pub allowed_package_names: Vec<String>,
    /// `meta.moduleFormat` as written (the default is `(.*)`).
    pub module_format: String,
    pub config: Vec<Property>,
    /// Object and enum types, in schema order.
    pub types: Vec<TypeDef>,
    /// The provider resource (`pulumi:providers:<name>`), if the schema declares one.
    pub provider: Option<Resource>,
    /// Resources in schema order; the provider is not among them.
    pub resources: Vec<Resource>,
    pub functions: Vec<Function>,
    pub language: PackageLanguage,
    /// Schemas this one references through external `$ref`s and that were found in `--deps`.
    pub dependencies: Vec<Package>,
    pub(crate) type_index: FastIndex<TypeId>,
    pub(crate) resource_index: FastIndex<ResourceId>,
    pub(crate) function_index: FastIndex<FunctionId>,
}

impl Package {
    pub fn type_def(&self, id: TypeId) -> &TypeDef {
        &self.types[id.0]
    }
    pub fn resource(&self, id: ResourceId) -> &Resource {
        &self.resources[id.0]
    }
    pub fn function(&self, id: FunctionId) -> &Function {
        &self.functions[id.0]
    }
    pub fn type_by_token(&self, token: &str) -> Option<TypeId> {
        self.type_index.get(token).copied()
    }
    pub fn resource_by_token(&self, token: &str) -> Option<ResourceId> {
        self.resource_index.get(token).copied()
    }
    pub fn function_by_token(&self, token: &str) -> Option<FunctionId> {
        self.function_index.get(token).copied()
    }
    /// The provider resource: the schema's own, or the empty one Pulumi's binder creates when a
    /// schema declares none (every package has a provider, and generators write it as such).
    pub fn provider_or_default(&self) -> std::borrow::Cow<'_, Resource> {
        match &self.provider {
            Some(p) => std::borrow::Cow::Borrowed(p),
            None => std::borrow::Cow::Owned(Resource {
                token: Token::provider(&self.name),
                description: None,
                properties: Vec::new(),
                input_properties: Vec::new(),
                state_inputs: None,
                aliases: Vec::new(),
                deprecation_message: None,
                is_component: false,
                is_provider: true,
                methods: Vec::new(),
                language: Default::default(),
                is_overlay: false,
            }),
        }
    }
    /// The dependency schema an external reference points at, when it was loaded.
    pub fn dependency(&self, name: &str) -> Option<&Package> {
        self.dependencies.iter().find(|p| p.name == name)
    }
    /// Every module that holds at least one resource, function or type ("" is the root).
    pub fn modules(&self) -> Vec<&str> {
        let mut mods: Vec<&str> = self
            .resources
            .iter()
            .map(|r| r.token.module.as_str())
            .chain(self.functions.iter().map(|f| f.token.module.as_str()))
            .chain(self.types.iter().map(|t| t.token().module.as_str()))
            .collect();
        mods.sort_unstable();
        mods.dedup();
        mods
    }
}

/// A `pkg:module:Name` token, split, with the module computed through `meta.moduleFormat`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Token {
    /// The token as written in the schema.
    pub full: String,
    pub package: String,
    /// The middle part as written, e.g. `apigateway/integrationResponse`.
    pub module_part: String,
    /// The module after `meta.moduleFormat`; `""` for the root (`index`) module.
    pub module: String,
    /// The last part, e.g. `IntegrationResponse`.
    pub name: String,
}

impl Token {
    /// The token of `package`'s provider resource, `pulumi:providers:<package>`, which the
    /// schema never writes as a key: it lives in the root module under the package's name.
    pub fn provider(package: &str) -> Token {
        Token {
            full: format!("pulumi:providers:{package}"),
            package: "pulumi".into(),
            module_part: "providers".into(),
            module: String::new(),
            name: package.to_string(),
        }
    }
}

#[derive(Debug, Clone)]
pub enum TypeDef {
    Object(ObjectType),
    Enum(EnumType),
}

impl TypeDef {
    pub fn token(&self) -> &Token {
        match self {
            TypeDef::Object(o) => &o.token,
            TypeDef::Enum(e) => &e.token,
        }
    }
    pub fn description(&self) -> Option<&str> {
        match self {
            TypeDef::Object(o) => o.description.as_deref(),
            TypeDef::Enum(e) => e.description.as_deref(),
        }
    }
}

#[derive(Debug, Clone)]
pub struct ObjectType {
    pub token: Token,
    pub description: Option<String>,
    pub properties: Vec<Property>,
    pub language: OutOfLine<ObjectLanguage>,
    pub is_overlay: bool,
}

#[derive(Debug, Clone)]
pub struct EnumType {
    pub token: Token,
    pub description: Option<String>,
    /// The primitive every value has: string, integer, number or boolean.
    pub element: Type,
    pub values: Vec<EnumValue>,
    pub language: OutOfLine<ObjectLanguage>,
    pub is_overlay: bool,
}

#[derive(Debug, Clone)]
pub struct EnumValue {
    pub name: Option<String>,
    pub description: Option<String>,
    pub value: Value,
    pub deprecation_message: Option<String>,
}

/// The members of an anonymous object: a resource's inputs, a function's inputs or outputs.
#[derive(Debug, Clone, Default)]
pub struct ObjectShape {
    pub description: Option<String>,
    pub properties: Vec<Property>,
    pub language: OutOfLine<ObjectLanguage>,
}

impl ObjectShape {
    pub fn property(&self, name: &str) -> Option<&Property> {
        self.properties.iter().find(|p| p.name == name)
    }
}

#[derive(Debug, Clone)]
pub struct Property {
    /// The wire name, as the schema spells it.
    pub name: String,
    pub description: Option<String>,
    pub ty: Type,
    /// Whether the enclosing object lists it as required.
    pub required: bool,
    /// `plain: true` on the property's type: never an `Input`/`Output`.
    pub plain: bool,
    // The rarely present members are boxed (see `OutOfLine`).
    pub const_value: Option<Box<Value>>,
    pub default: Option<Box<Value>>,
    pub default_info: Option<Box<DefaultInfo>>,
    pub deprecation_message: Option<String>,
    pub secret: bool,
    pub replace_on_changes: bool,
    pub will_replace_on_changes: bool,
    pub language: OutOfLine<PropertyLanguage>,
}

impl Property {
    /// A property with only a name and a type: optional, not plain, no default, no language
    /// overrides. For properties a generator adds itself (a resource's `id`, a synthetic result).
    pub fn new(name: impl Into<String>, ty: Type) -> Self {
        Property {
            name: name.into(),
            description: None,
            ty,
            required: false,
            plain: false,
            const_value: None,
            default: None,
            default_info: None,
            deprecation_message: None,
            secret: false,
            replace_on_changes: false,
            will_replace_on_changes: false,
            language: Default::default(),
        }
    }
}

#[derive(Debug, Clone, Default)]
pub struct DefaultInfo {
    pub environment: Vec<String>,
    pub language: IndexMap<String, Value>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Type {
    Boolean,
    Integer,
    Number,
    String,
    /// `pulumi.json#/Any`, also an object with no declared shape.
    Any,
    /// `pulumi.json#/Json`.
    Json,
    /// `pulumi.json#/Archive`.
    Archive,
    /// `pulumi.json#/Asset` (an asset or an archive).
    Asset,
    Array(Box<Type>),
    /// A map from string keys (`additionalProperties`).
    Map(Box<Type>),
    Object(TypeId),
    Enum(TypeId),
    /// A `#/types/` token with no definition: a named alias of a primitive, as 2020-era
    /// bridged schemas wrote (`{"type": "string", "$ref": "#/types/aws:x/y:Y"}`).
    Token { token: Box<Token>, underlying: Box<Type> },
    Resource(ResourceId),
    /// `#/provider`, or a `#/resources/pulumi:providers:<pkg>` reference.
    Provider,
    // Boxed, as the rare big variants: every property holds a `Type`.
    Union(Box<Union>),
    /// A reference into another package's schema.
    External(Box<ExternalRef>),
}

impl Type {
    pub fn is_primitive(&self) -> bool {
        matches!(self, Type::Boolean | Type::Integer | Type::Number | Type::String)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Union {
    pub elements: Vec<Type>,
    /// The declared `type` next to `oneOf`, if any.
    pub declared: Option<Box<Type>>,
    pub discriminator: Option<Discriminator>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Discriminator {
    pub property_name: String,
    pub mapping: IndexMap<String, String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RefKind {
    Type,
    Resource,
    Provider,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ExternalRef {
    /// The package the reference names, e.g. `random`.
    pub package: String,
    /// The version in the reference (`4.11.2` for `/random/v4.11.2/schema.json`), if any.
    pub version: Option<String>,
    /// The reference as written.
    pub url: String,
    pub kind: RefKind,
    /// The referenced token, unescaped; for `#/provider` it is `pulumi:providers:<package>`.
    pub token: Token,
    /// What it resolved to in the loaded dependency, when one was loaded.
    pub resolved: Option<ExternalTarget>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExternalTarget {
    Object(TypeId),
    Enum(TypeId),
    Resource(ResourceId),
    Provider,
}

#[derive(Debug, Clone)]
pub struct Resource {
    pub token: Token,
    pub description: Option<String>,
    /// Output properties.
    pub properties: Vec<Property>,
    pub input_properties: Vec<Property>,
    /// `stateInputs`, when the schema has it (even if empty).
    pub state_inputs: Option<ObjectShape>,
    pub aliases: Vec<Alias>,
    pub deprecation_message: Option<String>,
    pub is_component: bool,
    pub is_provider: bool,
    pub methods: Vec<Method>,
    pub language: OutOfLine<ResourceLanguage>,
    pub is_overlay: bool,
}

impl Resource {
    pub fn input(&self, name: &str) -> Option<&Property> {
        self.input_properties.iter().find(|p| p.name == name)
    }
    pub fn output(&self, name: &str) -> Option<&Property> {
        self.properties.iter().find(|p| p.name == name)
    }
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Alias {
    pub name: Option<String>,
    pub project: Option<String>,
    pub kind: Option<String>,
}

/// The resource a method belongs to: the provider, or one of the resources.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MethodOf {
    Provider,
    Resource(ResourceId),
}

#[derive(Debug, Clone)]
pub struct Method {
    pub name: String,
    pub function: FunctionId,
}

#[derive(Debug, Clone)]
pub struct Function {
    pub token: Token,
    pub description: Option<String>,
    pub inputs: Option<ObjectShape>,
    pub multi_argument_inputs: Vec<String>,
    pub outputs: FunctionOutputs,
    pub deprecation_message: Option<String>,
    pub is_overlay: bool,
    /// The resource whose method this function implements, if any.
    pub method_of: Option<MethodOf>,
    pub language: OutOfLine<ObjectLanguage>,
}

#[derive(Debug, Clone)]
pub enum FunctionOutputs {
    None,
    Object(ObjectShape),
    /// A non-object return type (newer schemas).
    Type { ty: Type, plain: bool },
}
