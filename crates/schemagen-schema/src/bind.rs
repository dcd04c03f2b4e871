//! Raw schema → bound model: resolve every reference, split every token, check what Pulumi's
//! own binder rejects. Every problem becomes a diagnostic; binding never stops at the first.

use foldhash::HashMap;
use foldhash::HashMapExt;

use serde_json::Value;

use crate::deps::Dependencies;
use crate::diag::{did_you_mean, escape_segment, Diagnostic};
use crate::lang::{self, ObjectLanguage, OutOfLine, PackageLanguage, PropertyLanguage, RawLanguages};
use crate::model::*;
use crate::raw;
use crate::token::{percent_decode, ModuleFormat};
use crate::values::{self, Misfit};

/// A JSON pointer built lazily: binding a big schema must not format a string per node.
#[derive(Clone, Copy)]
pub(crate) struct Path<'a> {
    parent: Option<&'a Path<'a>>,
    seg: &'a str,
    index: Option<usize>,
}

impl<'a> Path<'a> {
    pub(crate) const ROOT: Path<'static> = Path { parent: None, seg: "", index: None };
    fn key(&'a self, seg: &'a str) -> Path<'a> {
        Path { parent: Some(self), seg, index: None }
    }
    fn at(&'a self, index: usize) -> Path<'a> {
        Path { parent: Some(self), seg: "", index: Some(index) }
    }
    pub(crate) fn pointer(&self) -> String {
        let mut segs = Vec::new();
        let mut p = Some(self);
        while let Some(cur) = p {
            if cur.parent.is_some() {
                segs.push(match cur.index {
                    Some(i) => i.to_string(),
                    None => escape_segment(cur.seg),
                });
            }
            p = cur.parent;
        }
        segs.iter().rev().fold(String::new(), |mut acc, s| {
            acc.push('/');
            acc.push_str(s);
            acc
        })
    }
}

/// What a resource object of the Node.js SDK holds before @pulumi/pulumi sets its properties on
/// it under their schema names, besides [`NODE_RESOURCE_FIELDS`]: every object's
/// `hasOwnProperty`, which the runtime calls while it sets them (a property of that name fails
/// the registration).
const NODE_OBJECT_MEMBERS: [&str; 1] = ["hasOwnProperty"];

/// The one name no JavaScript object holds as a plain property: assigning `__proto__` (as
/// @pulumi/pulumi does for every property it serializes or deserializes, of resources, objects
/// and function arguments alike) replaces the object's prototype, and reading it returns the
/// prototype when the value is absent.
const JS_PROTOTYPE_KEY: &str = "__proto__";

/// How @pulumi/pulumi holds a property map's values: as keys of an object it (de)serializes
/// (every map but the configuration's), or read one by one by key (the configuration's).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Carried {
    AsObject,
    ByKey,
}

const PRIMITIVES: [&str; 6] = ["boolean", "integer", "number", "string", "array", "object"];

pub(crate) struct Binder<'d> {
    rules: ModuleFormat,
    package_name: String,
    /// The keys the binder was made from; every token depends on them.
    header: Header,
    /// False when the schema has no usable `name`: tokens are then not checked against it.
    name_known: bool,
    allowed_packages: Vec<String>,
    diags: Vec<Diagnostic>,
    type_index: FastIndex<TypeId>,
    resource_index: FastIndex<ResourceId>,
    function_index: FastIndex<FunctionId>,
    /// Per type, whether it is an enum: references need it before bodies are bound.
    type_is_enum: Vec<bool>,
    /// Per type, an enum's element type (when it declares a valid one), for checking literals.
    enum_element: Vec<Option<Type>>,
    /// Type tokens folded to lower case, with the pointer that defined them: generated names
    /// and files of `a:b:C` and `a:b:c` would collide.
    folded_types: HashMap<String, String>,
    /// Resource and function tokens folded to lower case, with the pointer that defined them:
    /// Pulumi's SDKs put both in one namespace, where `a:b:C` and `a:b:c` would collide.
    member_tokens: HashMap<String, String>,
    /// The first spelling of each module, by its lower-cased name: module folders that differ
    /// only in case collide on case-insensitive file systems.
    module_spellings: HashMap<String, String>,
    deps: &'d mut Dependencies,
    /// How many arrays, maps and unions enclose the type being bound.
    type_nesting: usize,
    /// "did you mean" for type tokens the schema does not define, by token: a big schema
    /// refers to one missing type many times, and each answer compares it with every type.
    type_suggestions: HashMap<String, Option<String>>,
    /// Set while definitions are bound in the order they are read, before all are known.
    pending: Option<Pending>,
    types: Vec<TypeDef>,
    provider: Option<Resource>,
    resources: Vec<Resource>,
    functions: Vec<Function>,
    /// Methods are linked once every function is bound.
    provider_methods: raw::FastMap<String>,
    resource_methods: Vec<(String, raw::FastMap<String>)>,
}

/// The package-level keys every token depends on: the package's name, `meta.moduleFormat` and
/// `allowedPackageNames`.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Header {
    name: Option<String>,
    module_format: Option<String>,
    allowed_package_names: Vec<String>,
}

impl Header {
    pub(crate) fn of(spec: &raw::PackageSpec) -> Header {
        Header {
            name: spec.name.clone(),
            module_format: spec.meta.as_ref().and_then(|m| m.module_format.clone()),
            allowed_package_names: spec.allowed_package_names.clone(),
        }
    }
}

/// What binding in reading order leaves open: references to definitions read later, and the
/// checks that need to know what such a reference is. A reference to the `k`th pending token
/// holds the id `PENDING | k` until [`Binder::resolve_pending`] replaces it.
#[derive(Default)]
struct Pending {
    /// By token: whether some reference to it has no primitive `type` beside it (see
    /// [`PendingSite`]).
    types: FastIndex<bool>,
    resources: FastIndex<()>,
    sites: Vec<PendingSite>,
    literals: Vec<PendingLiteral>,
    discriminators: Vec<PendingDiscriminator>,
}

/// Above every real index: no schema has that many definitions.
const PENDING: usize = 1 << (usize::BITS - 1);

/// With [`PENDING`], on a reference with a primitive `type` beside it: the rest is the index
/// of its [`PendingSite`].
const SITE: usize = 1 << (usize::BITS - 2);

/// A reference to a type not read yet, with a primitive `type` beside it: should the type
/// never be defined, the reference reads as that primitive, named (see
/// [`Binder::named_primitive`]), and is reported where it is.
struct PendingSite {
    token: usize,
    pointer: String,
    reference: String,
    primitive: String,
}

struct PendingLiteral {
    pointer: String,
    kind: &'static str,
    value: Value,
    ty: Type,
}

struct PendingDiscriminator {
    pointer: String,
    discriminator: raw::DiscriminatorSpec,
    elements: Vec<Type>,
}

/// Arrays, maps and unions nested deeper than this are an error. Each level is a pair of
/// brackets in a type annotation (two in Python's `Input[Sequence[...]]`), and Python's parser
/// stops at 200; real schemas nest a few levels.
const MAX_TYPE_NESTING: usize = 32;

/// Binds a whole raw spec: every definition is known before any body is bound.
pub(crate) fn bind(spec: &mut raw::PackageSpec, deps: &mut Dependencies) -> (Package, Vec<Diagnostic>) {
    let mut b = Binder::new(Header::of(spec), deps, false);
    for (key, t) in &spec.types {
        b.declare_type(key, t);
    }
    for key in spec.resources.keys() {
        b.resource_index.insert(key.clone(), ResourceId(b.resource_index.len()));
    }
    for key in spec.functions.keys() {
        b.function_index.insert(key.clone(), FunctionId(b.function_index.len()));
    }
    // Each raw definition is dropped as soon as it is bound: the raw spec and the model are
    // never both whole in memory. The keys are unique (the parser refuses a repeated one), so
    // every definition is accepted.
    for (key, t) in std::mem::take(&mut spec.types) {
        b.add_type(key, t);
    }
    if let Some(p) = spec.provider.take() {
        b.add_provider(p);
    }
    for (key, r) in std::mem::take(&mut spec.resources) {
        b.add_resource(key, r);
    }
    for (key, f) in std::mem::take(&mut spec.functions) {
        b.add_function(key, f);
    }
    b.finish(spec)
}

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Type,
    Resource,
    Function,
}

impl Kind {
    fn noun(self) -> &'static str {
        match self {
            Kind::Type => "type",
            Kind::Resource => "resource",
            Kind::Function => "function",
        }
    }
}

impl<'d> Binder<'d> {
    /// `in_reading_order`: definitions are bound as they are read, a reference to one not read
    /// yet is left pending (see [`Binder::resolve_pending`]); otherwise every definition is
    /// declared before any body is bound.
    pub(crate) fn new(header: Header, deps: &'d mut Dependencies, in_reading_order: bool) -> Binder<'d> {
        let mut early = Vec::new();
        let name = match header.name.as_deref() {
            Some(n) if !n.is_empty() => {
                // The docs and every SDK put the package in a folder of its name.
                let problem = if n.contains('/') { Some("`/` cannot be part of a folder name".to_string()) } else { crate::token::file_path_problem(n, false) };
                if let Some(problem) = problem {
                    early.push(Diagnostic::error("/name", format!("the package name `{n}` cannot name the folder generated for it: {problem}")));
                }
                n.to_string()
            }
            Some(_) => {
                early.push(Diagnostic::error("/name", "the package name is empty"));
                String::from("<unnamed>")
            }
            None => {
                early.push(
                    Diagnostic::error("", "missing required key `name`: every package schema names its package")
                        .with_help("add `\"name\": \"<package>\"` at the top level"),
                );
                String::from("<unnamed>")
            }
        };
        let format = header.module_format.as_deref().unwrap_or("(.*)");
        let rules = match ModuleFormat::new(format) {
            Ok(r) => r,
            Err(e) => {
                early.push(Diagnostic::error("/meta/moduleFormat", format!("`meta.moduleFormat` is not a valid regular expression: {e}")));
                ModuleFormat::new("(.*)").expect("the default module format is valid")
            }
        };
        deps.enter(header.name.as_deref().unwrap_or_default());
        Binder {
            rules,
            package_name: name,
            name_known: header.name.as_deref().is_some_and(|n| !n.is_empty()),
            allowed_packages: header.allowed_package_names.clone(),
            header,
            diags: early,
            type_index: FastIndex::default(),
            resource_index: FastIndex::default(),
            function_index: FastIndex::default(),
            type_is_enum: Vec::new(),
            enum_element: Vec::new(),
            folded_types: HashMap::new(),
            member_tokens: HashMap::new(),
            module_spellings: HashMap::new(),
            deps,
            type_nesting: 0,
            type_suggestions: HashMap::new(),
            pending: in_reading_order.then(Pending::default),
            types: Vec::new(),
            provider: None,
            resources: Vec::new(),
            functions: Vec::new(),
            provider_methods: raw::FastMap::default(),
            resource_methods: Vec::new(),
        }
    }

    pub(crate) fn header(&self) -> &Header {
        &self.header
    }

    /// Makes a type known, so that references to it resolve; `false` when it already is.
    fn declare_type(&mut self, key: &str, spec: &raw::ComplexTypeSpec) -> bool {
        if self.type_index.contains_key(key) {
            return false;
        }
        let is_enum = spec.enum_values.is_some();
        self.type_index.insert(key.to_string(), TypeId(self.type_is_enum.len()));
        self.type_is_enum.push(is_enum);
        self.enum_element.push(if is_enum { spec.kind.as_deref().and_then(primitive) } else { None });
        true
    }

    /// Binds the type `key` (the next one in schema order); `false` when `key` was bound already.
    pub(crate) fn add_type(&mut self, key: String, mut spec: raw::ComplexTypeSpec) -> bool {
        // Declared up front (see [`bind`]) at this position, or not yet; elsewhere is a repeat.
        match self.type_index.get(key.as_str()) {
            Some(id) if id.0 != self.types.len() => return false,
            Some(_) => {}
            None => {
                self.declare_type(&key, &spec);
            }
        }
        let root = Path::ROOT;
        let section = root.key("types");
        let path = section.key(&key);
        let token = self.register(&path, &key, Kind::Type);
        let def = self.type_def(&path, &mut spec, token);
        self.types.push(def);
        true
    }

    /// Binds the provider resource.
    pub(crate) fn add_provider(&mut self, mut spec: raw::ResourceSpec) {
        self.provider_methods = std::mem::take(&mut spec.methods);
        let root = Path::ROOT;
        let path = root.key("provider");
        let token = Token::provider(&self.package_name);
        self.provider = Some(self.resource(&path, &mut spec, token, true));
    }

    /// Binds the resource `key` (the next one in schema order); `false` when `key` was bound already.
    pub(crate) fn add_resource(&mut self, key: String, mut spec: raw::ResourceSpec) -> bool {
        if !claim_next(&mut self.resource_index, &key, self.resources.len(), ResourceId, |id| id.0) {
            return false;
        }
        let root = Path::ROOT;
        let section = root.key("resources");
        let path = section.key(&key);
        let token = self.register(&path, &key, Kind::Resource);
        self.resource_methods.push((key.clone(), std::mem::take(&mut spec.methods)));
        let def = self.resource(&path, &mut spec, token, false);
        self.resources.push(def);
        true
    }

    /// Binds the function `key` (the next one in schema order); `false` when `key` was bound already.
    pub(crate) fn add_function(&mut self, key: String, mut spec: raw::FunctionSpec) -> bool {
        if !claim_next(&mut self.function_index, &key, self.functions.len(), FunctionId, |id| id.0) {
            return false;
        }
        let root = Path::ROOT;
        let section = root.key("functions");
        let path = section.key(&key);
        let token = self.register(&path, &key, Kind::Function);
        let def = self.function(&path, &mut spec, token);
        self.functions.push(def);
        true
    }

    /// Points every pending reference at its definition and runs the checks that waited for
    /// it. `false` when a reference names a definition the schema does not have: its
    /// diagnostic needs the whole schema declared up front (see [`bind`]).
    pub(crate) fn resolve_pending(&mut self) -> bool {
        let Some(pending) = self.pending.take() else { return true };
        let mut types = Vec::with_capacity(pending.types.len());
        for (token, &plain) in &pending.types {
            match self.type_index.get(token) {
                Some(&id) => types.push(Some(self.type_ref(id))),
                None if plain => return false,
                None => types.push(None),
            }
        }
        let mut sites = Vec::with_capacity(pending.sites.len());
        for site in pending.sites {
            let ty = match &types[site.token] {
                Some(t) => t.clone(),
                None => {
                    let token = pending.types.get_index(site.token).map(|(t, _)| t.as_str()).unwrap_or_default();
                    match self.named_primitive(site.pointer, &site.reference, token, &site.primitive) {
                        Some(t) => t,
                        None => return false,
                    }
                }
            };
            sites.push(ty);
        }
        let mut resources = Vec::with_capacity(pending.resources.len());
        for token in pending.resources.keys() {
            match self.resource_index.get(token) {
                Some(&id) => resources.push(id),
                None => return false,
            }
        }
        if !types.is_empty() || !resources.is_empty() {
            let resolved = Resolved { types: &types, sites: &sites, resources: &resources };
            for t in &mut self.types {
                if let TypeDef::Object(o) = t {
                    resolved.properties(&mut o.properties);
                }
            }
            for r in self.provider.iter_mut().chain(self.resources.iter_mut()) {
                resolved.properties(&mut r.properties);
                resolved.properties(&mut r.input_properties);
                if let Some(s) = &mut r.state_inputs {
                    resolved.properties(&mut s.properties);
                }
            }
            for f in &mut self.functions {
                if let Some(s) = &mut f.inputs {
                    resolved.properties(&mut s.properties);
                }
                match &mut f.outputs {
                    FunctionOutputs::Object(s) => resolved.properties(&mut s.properties),
                    FunctionOutputs::Type { ty, .. } => resolved.ty(ty),
                    FunctionOutputs::None => {}
                }
            }
        }
        let resolved = Resolved { types: &types, sites: &sites, resources: &resources };
        for mut literal in pending.literals {
            resolved.ty(&mut literal.ty);
            self.check_literal_at(literal.pointer, literal.kind, &literal.value, &literal.ty);
        }
        for mut d in pending.discriminators {
            for e in &mut d.elements {
                resolved.ty(e);
            }
            self.check_discriminator(&d.pointer, &d.discriminator, &d.elements);
        }
        true
    }

    /// The bound package: links methods, binds `config` and the package's `language` (which
    /// may refer to any definition), and checks the version.
    pub(crate) fn finish(mut self, spec: &mut raw::PackageSpec) -> (Package, Vec<Diagnostic>) {
        let root = Path::ROOT;
        if let Some(v) = spec.version.as_deref() {
            if !is_tolerant_semver(v) {
                self.error(&root.key("version"), format!("version `{v}` is not a semantic version"))
                    .help = Some("write it as MAJOR.MINOR.PATCH, e.g. `1.2.3` or `1.2.3-alpha.1`".into());
            }
        }
        let mut functions = std::mem::take(&mut self.functions);
        let mut provider = self.provider.take();
        let mut resources = std::mem::take(&mut self.resources);
        if let Some(p) = provider.as_mut() {
            let methods = std::mem::take(&mut self.provider_methods);
            p.methods = self.bind_methods(&root.key("provider"), p, &methods, MethodOf::Provider, &mut functions);
        }
        let rpath = root.key("resources");
        let resource_methods = std::mem::take(&mut self.resource_methods);
        for (ri, ((key, methods), res)) in resource_methods.iter().zip(resources.iter_mut()).enumerate() {
            res.methods = self.bind_methods(&rpath.key(key), res, methods, MethodOf::Resource(ResourceId(ri)), &mut functions);
        }

        let config = spec.config.as_mut().map(|c| {
            let cpath = root.key("config");
            let mut required = c.required.clone();
            required.extend(c.defaults.iter().cloned());
            let vpath = cpath.key("variables");
            if c.variables.contains_key("version") {
                self.error(&vpath.key("version"), "`version` is a reserved configuration key")
                    .help = Some("Pulumi sets `version` itself; rename the variable".into());
            }
            self.properties(&vpath, std::mem::take(&mut c.variables), &required, &cpath.key("required"), Carried::ByKey)
        });

        let language = self.package_language(&root.key("language"), &mut spec.language);

        let Binder { diags, type_index, resource_index, function_index, deps, types, package_name, header, .. } = self;
        let package = Package {
            name: package_name,
            display_name: spec.display_name.take(),
            version: spec.version.take(),
            description: spec.description.take(),
            keywords: std::mem::take(&mut spec.keywords),
            homepage: spec.homepage.take(),
            license: spec.license.take(),
            attribution: spec.attribution.take(),
            repository: spec.repository.take(),
            logo_url: spec.logo_url.take(),
            plugin_download_url: spec.plugin_download_url.take(),
            publisher: spec.publisher.take(),
            namespace: spec.namespace.take(),
            allowed_package_names: header.allowed_package_names,
            module_format: header.module_format.unwrap_or_else(|| "(.*)".into()),
            config: config.unwrap_or_default(),
            types,
            provider,
            resources,
            functions,
            language,
            dependencies: deps.take_loaded(),
            type_index,
            resource_index,
            function_index,
        };
        (package, diags)
    }
}

/// Where the pending references of a schema point (see [`Pending`]).
struct Resolved<'a> {
    /// `None` for a type never defined: only [`PendingSite`]s refer to it.
    types: &'a [Option<Type>],
    sites: &'a [Type],
    resources: &'a [ResourceId],
}

impl Resolved<'_> {
    fn properties(&self, properties: &mut [Property]) {
        for p in properties {
            self.ty(&mut p.ty);
        }
    }

    fn ty(&self, ty: &mut Type) {
        match ty {
            Type::Object(id) if id.0 & PENDING != 0 => {
                let at = id.0 & !(PENDING | SITE);
                let resolved = if id.0 & SITE != 0 { self.sites.get(at) } else { self.types.get(at).and_then(Option::as_ref) };
                *ty = resolved.cloned().unwrap_or(Type::Any);
            }
            Type::Resource(id) if id.0 & PENDING != 0 => *id = self.resources[id.0 & !PENDING],
            Type::Array(inner) | Type::Map(inner) => self.ty(inner),
            Type::Token { underlying, .. } => self.ty(underlying),
            Type::Union(u) => {
                for e in &mut u.elements {
                    self.ty(e);
                }
                if let Some(d) = &mut u.declared {
                    self.ty(d);
                }
            }
            _ => {}
        }
    }
}

/// Whether a type holds a reference still pending (see [`Pending`]).
fn has_pending(ty: &Type) -> bool {
    match ty {
        Type::Object(id) => id.0 & PENDING != 0,
        Type::Resource(id) => id.0 & PENDING != 0,
        Type::Array(inner) | Type::Map(inner) => has_pending(inner),
        Type::Token { underlying, .. } => has_pending(underlying),
        Type::Union(u) => u.elements.iter().any(has_pending) || u.declared.as_deref().is_some_and(has_pending),
        _ => false,
    }
}

impl Binder<'_> {
    /// "did you mean" for a type token this schema does not define (see `type_suggestions`).
    fn type_suggestion(&mut self, token: &str) -> Option<String> {
        if let Some(known) = self.type_suggestions.get(token) {
            return known.clone();
        }
        let found = did_you_mean(token, self.type_index.keys().map(String::as_str));
        self.type_suggestions.insert(token.to_string(), found.clone());
        found
    }

    fn error(&mut self, path: &Path<'_>, message: impl Into<String>) -> &mut Diagnostic {
        self.error_at(path.pointer(), message)
    }

    fn error_at(&mut self, pointer: String, message: impl Into<String>) -> &mut Diagnostic {
        self.diags.push(Diagnostic::error(pointer, message));
        self.diags.last_mut().expect("just pushed")
    }

    fn warning(&mut self, path: &Path<'_>, message: impl Into<String>) -> &mut Diagnostic {
        self.warning_at(path.pointer(), message)
    }

    fn warning_at(&mut self, pointer: String, message: impl Into<String>) -> &mut Diagnostic {
        self.diags.push(Diagnostic::warning(pointer, message));
        self.diags.last_mut().expect("just pushed")
    }

    /// Parses the token `key` at `path` and checks it; a bad token still gets a placeholder
    /// so that indices stay aligned with the schema's own order.
    fn register(&mut self, path: &Path<'_>, key: &str, kind: Kind) -> Token {
        let path = *path;
        let token = match self.rules.parse(key) {
            Ok(t) => t,
            Err(msg) => {
                self.error(&path, format!("invalid {} token: {msg}", kind.noun()))
                    .help = Some(format!("write it as `{}:<module>:<Name>`", self.package_name));
                Token {
                    full: key.to_string(),
                    package: self.package_name.clone(),
                    module_part: String::new(),
                    module: String::new(),
                    name: key.rsplit(':').next().unwrap_or(key).to_string(),
                }
            }
        };
        // Methods of the provider resource itself are functions named `pulumi:providers:<pkg>/<method>`.
        let provider_method = kind == Kind::Function && token.package == "pulumi" && token.module_part == "providers";
        let foreign = token.package != self.package_name && !self.allowed_packages.contains(&token.package);
        if foreign && self.name_known && !provider_method {
            self.error(&path, format!(
                "{} token `{key}` belongs to package `{}`, but this schema is package `{}`",
                kind.noun(), token.package, self.package_name
            ))
            .help = Some(format!(
                "tokens in this schema start with `{}:`, or list `{}` in `allowedPackageNames`",
                self.package_name, token.package
            ));
        }
        if self.rules.formatted_module(&token.module_part).starts_with("index/") && !provider_method {
            let d = self.warning(&path, format!("invalid token '{key}' (nested modules under index are not allowed)"));
            d.pulumi_rejects = true;
            d.help = Some(format!(
                "this is Pulumi's binder: `pulumi package gen-sdk` rejects the schema; schemagen's docs and sdk \
                 generators still accept it and place the {} in the root module. Move it out of `index/` \
                 (e.g. `{}:{}:{}`)",
                kind.noun(),
                token.package,
                token.module_part.trim_start_matches("index/").to_lowercase(),
                token.name
            ));
        }
        let root_module = token.module_part.is_empty() || token.module_part.eq_ignore_ascii_case("index");
        if root_module && token.name.eq_ignore_ascii_case("provider") {
            self.error(&path, format!(
                "`{key}` is reserved: a {} named `provider` in the root module collides with the package's provider resource",
                kind.noun()
            ))
            .help = Some("rename it, or move it into a module (`<package>:<module>:Provider`)".into());
        }
        // The docs give every module a folder and every resource and function a page.
        let module_problem = crate::token::file_path_problem(&token.module, true).map(|p| (p, "module"));
        let name_problem = (kind != Kind::Type).then(|| crate::token::file_path_problem(&token.name, false)).flatten().map(|p| (p, "name"));
        if let Some((problem, part)) = module_problem.or(name_problem) {
            self.error(&path, format!("{} token `{key}` cannot name the files generated for it: in its {part}, {problem}", kind.noun()))
                .help = Some(format!("rename the {part} with letters, digits, `_`, `-` and `.`"));
        }
        // A module `a/b` also makes the folder `a`, which a module `A` would share on a
        // case-insensitive file system: every leading part of the path is registered.
        let mut prefix_end = 0;
        while prefix_end < token.module.len() {
            prefix_end = token.module[prefix_end..].find('/').map_or(token.module.len(), |i| prefix_end + i);
            let folder = &token.module[..prefix_end];
            prefix_end += 1;
            let first = self.module_spellings.entry(folder.to_lowercase()).or_insert_with(|| folder.to_string()).clone();
            if first != folder {
                let in_folder = if folder == token.module { String::new() } else { format!(" (folder `{folder}`)") };
                self.error(&path, format!(
                    "{} token `{key}` is in module `{}`{in_folder}, which differs from module `{first}` only in case; their folders would collide",
                    kind.noun(), token.module
                ))
                .help = Some(format!("spell the module `{first}` as elsewhere in the schema"));
                break;
            }
        }
        let pointer = path.pointer();
        let previous = match kind {
            Kind::Type => self.folded_types.insert(key.to_lowercase(), pointer.clone()),
            Kind::Resource | Kind::Function => self.member_tokens.insert(key.to_lowercase(), pointer.clone()),
        };
        if let Some(first) = previous {
            let mut segments = crate::diag::pointer_segments(&first);
            let first_token = segments.pop().unwrap_or_default();
            // Resources and functions share one namespace of pages and files; a token defined in
            // both is the same name, not a case variant.
            let (message, related, help) = if first_token == key {
                let first_kind = if segments.first().is_some_and(|s| s == "functions") { "function" } else { "resource" };
                (
                    format!("{} token `{key}` is also a {first_kind} token; generated names and files would collide", kind.noun()),
                    format!("the {first_kind} `{first_token}` is defined here"),
                    "rename one of them: a resource and a function cannot share a token".to_string(),
                )
            } else {
                (
                    format!("{} token `{key}` differs from `{first_token}` only in case; generated names and files would collide", kind.noun()),
                    format!("`{first_token}` is defined here"),
                    "rename one of them so that they differ in more than letter case".to_string(),
                )
            };
            let d = self.error(&path, message);
            d.related.push(crate::diag::Related { message: related, pointer: first, location: None });
            d.help = Some(help);
        }
        token
    }

    fn type_def(&mut self, path: &Path<'_>, spec: &mut raw::ComplexTypeSpec, token: Token) -> TypeDef {
        let language = self.object_language(&path.key("language"), &mut spec.language);
        if let Some(values) = spec.enum_values.as_mut() {
            let element = match spec.kind.as_deref().map(|k| (k, primitive(k))) {
                Some((_, Some(prim))) => prim,
                Some((other, None)) => {
                    self.error(&path.key("type"), format!(
                        "enum `{}` has type `{other}`; an enum's type is one of `string`, `integer`, `number`, `boolean`",
                        token.full
                    ));
                    Type::String
                }
                None => {
                    self.error(path, format!("enum `{}` is missing required key `type`", token.full))
                        .help = Some("add `\"type\": \"string\"` (or integer, number, boolean)".into());
                    Type::String
                }
            };
            let values_path = path.key("enum");
            let mut out = Vec::with_capacity(values.len());
            for (i, v) in values.iter_mut().enumerate() {
                let vpath = values_path.at(i);
                if let Err(Misfit::Expected(what)) = values::check(&v.value, &element, &|_| None) {
                    self.error(&vpath.key("value"), format!(
                        "enum value {} does not match the enum's type `{}`: expected {what}",
                        values::show(&v.value),
                        spec.kind.as_deref().unwrap_or("string")
                    ));
                }
                out.push(EnumValue {
                    name: v.name.take(),
                    description: v.description.take(),
                    value: std::mem::take(&mut v.value),
                    deprecation_message: v.deprecation_message.take(),
                });
            }
            return TypeDef::Enum(EnumType {
                token,
                description: spec.description.take(),
                element,
                values: out,
                language,
                is_overlay: spec.is_overlay,
            });
        }
        match spec.kind.as_deref() {
            Some("object") | None => {}
            Some(other) => {
                self.error(&path.key("type"), format!(
                    "type `{}` has `type: {other}` but no `enum`: a named type is an object (`\"type\": \"object\"`) or an enum",
                    token.full
                ));
            }
        }
        let properties = self.properties(&path.key("properties"), std::mem::take(&mut spec.properties), &spec.required, &path.key("required"), Carried::AsObject);
        TypeDef::Object(ObjectType {
            token,
            description: spec.description.take(),
            properties,
            language,
            is_overlay: spec.is_overlay,
        })
    }

    fn resource(&mut self, path: &Path<'_>, spec: &mut raw::ResourceSpec, token: Token, is_provider: bool) -> Resource {
        let (has_urn, has_id) = (spec.properties.contains_key("urn"), spec.properties.contains_key("id"));
        let state_keys = spec.state_inputs.iter().flat_map(|s| s.properties.keys().map(|k| ("stateInputs", k)));
        let keys = spec.properties.keys().map(|k| ("properties", k)).chain(spec.input_properties.keys().map(|k| ("inputProperties", k)));
        let unholdable: Vec<(&str, String)> = keys.chain(state_keys).filter(|(_, k)| NODE_OBJECT_MEMBERS.iter().chain(&crate::NODE_RESOURCE_FIELDS).any(|m| m == k)).map(|(at, k)| (at, k.clone())).collect();
        for (at, name) in unholdable {
            let (owner, state) = (path.key(at), path.key("stateInputs"));
            let ppath = if at == "stateInputs" { state.key("properties") } else { owner };
            self.error(&ppath.key(&name), format!(
                "resource property `{name}` cannot be held by the Node.js SDK: @pulumi/pulumi keeps a resource's properties on the resource object under their schema names, and that object has `{name}` already (registering the resource would fail or lose the value)"
            ))
            .help = Some("rename the property".into());
        }
        let properties = self.properties(&path.key("properties"), std::mem::take(&mut spec.properties), &spec.required, &path.key("required"), Carried::AsObject);
        let ppath = path.key("properties");
        if has_urn {
            self.warning(&ppath.key("urn"), "`urn` is a reserved property name: every resource has a `urn` output already");
        }
        if !spec.is_component && has_id {
            self.warning(&ppath.key("id"), "`id` is a reserved property name for custom resources: every one has an `id` output already");
        }
        if is_provider && spec.input_properties.contains_key("version") {
            self.error(&path.key("inputProperties").key("version"), "`version` is a reserved input of the provider resource")
                .help = Some("Pulumi passes the plugin version as `version`; rename the input".into());
        }
        let input_properties = self.properties(
            &path.key("inputProperties"),
            std::mem::take(&mut spec.input_properties),
            &spec.required_inputs,
            &path.key("requiredInputs"),
            Carried::AsObject,
        );
        let state_inputs = spec.state_inputs.as_mut().map(|s| self.shape(&path.key("stateInputs"), s));
        let aliases = spec
            .aliases
            .iter()
            .map(|a| Alias { name: a.name.clone(), project: a.project.clone(), kind: a.kind.clone() })
            .collect();
        Resource {
            token,
            description: spec.description.take(),
            properties,
            input_properties,
            state_inputs,
            aliases,
            deprecation_message: spec.deprecation_message.take(),
            is_component: spec.is_component,
            is_provider,
            methods: Vec::new(),
            language: self.object_language(&path.key("language"), &mut spec.language),
            is_overlay: spec.is_overlay,
        }
    }

    fn function(&mut self, path: &Path<'_>, spec: &mut raw::FunctionSpec, token: Token) -> Function {
        let inputs = spec.inputs.as_mut().map(|i| self.shape(&path.key("inputs"), i));
        let mpath = path.key("multiArgumentInputs");
        for (i, name) in spec.multi_argument_inputs.iter().enumerate() {
            if inputs.as_ref().is_none_or(|s| s.property(name).is_none()) {
                self.error(&mpath.at(i), format!("`multiArgumentInputs` names `{name}`, which is not an input of `{}`", token.full));
            }
        }
        if !spec.multi_argument_inputs.is_empty() {
            for p in inputs.iter().flat_map(|s| &s.properties) {
                if !spec.multi_argument_inputs.contains(&p.name) {
                    self.error(&mpath, format!("input `{}` of `{}` is missing from `multiArgumentInputs`", p.name, token.full))
                        .help = Some("with `multiArgumentInputs`, every input is an argument: list them all, in order".into());
                }
            }
        }
        let opath = path.key("outputs");
        let outputs = match spec.outputs.as_mut() {
            None => FunctionOutputs::None,
            Some(o) if o.properties.is_some() || (o.kind.as_deref() == Some("object") && o.reference.is_none() && o.additional_properties.is_none()) => {
                let props = o.properties.take().map(|p| *p).unwrap_or_default();
                FunctionOutputs::Object(ObjectShape {
                    description: o.description.take(),
                    properties: self.properties(&opath.key("properties"), props, &o.required, &opath.key("required"), Carried::AsObject),
                    language: OutOfLine::default(),
                })
            }
            Some(o) if o.kind.is_none() && o.reference.is_none() && o.one_of.is_none() => {
                // `"outputs": {}`: an object with no properties.
                FunctionOutputs::Object(ObjectShape { description: o.description.take(), ..ObjectShape::default() })
            }
            Some(o) => FunctionOutputs::Type { ty: self.ty(&opath, o), plain: o.plain },
        };
        Function {
            token,
            description: spec.description.take(),
            inputs,
            multi_argument_inputs: spec.multi_argument_inputs.clone(),
            outputs,
            deprecation_message: spec.deprecation_message.take(),
            is_overlay: spec.is_overlay,
            method_of: None,
            language: self.object_language(&path.key("language"), &mut spec.language),
        }
    }

    /// A method names a function `<resource token>/<method>` whose inputs take the resource as
    /// `__self__`; each function serves one method at most.
    fn bind_methods(
        &mut self,
        path: &Path<'_>,
        resource: &Resource,
        specs: &raw::FastMap<String>,
        owner: MethodOf,
        functions: &mut [Function],
    ) -> Vec<Method> {
        let resource_token = resource.token.full.as_str();
        let mpath = path.key("methods");
        let mut methods = Vec::new();
        for (mname, ftoken) in specs {
            let at = mpath.key(mname);
            let Some(fid) = self.function_index.get(ftoken).copied() else {
                let help = did_you_mean(ftoken, self.function_index.keys().map(String::as_str));
                self.error(&at, format!("method `{mname}` names function `{ftoken}`, which this schema does not define")).help = help;
                continue;
            };
            let f = &functions[fid.0];
            if f.method_of.is_some() || methods.iter().any(|m: &Method| m.function == fid) {
                self.error(&at, format!("function `{ftoken}` is already the method of a resource; a function serves one method"));
                continue;
            }
            if ftoken.rsplit_once('/').is_none_or(|(prefix, _)| prefix != resource_token) {
                self.error(&at, format!("method `{mname}` names function `{ftoken}`, whose token is not `{resource_token}/<method>`"))
                    .help = Some(format!("name the function `{resource_token}/{mname}`"));
                continue;
            }
            if f.inputs.as_ref().is_none_or(|i| i.property("__self__").is_none()) {
                self.error(&at, format!(
                    "method `{mname}` uses function `{ftoken}`, whose inputs have no `__self__` property"
                ))
                .help = Some(format!(
                    "a method's function takes the resource as `__self__`: `\"__self__\": {{\"$ref\": \"#/resources/{resource_token}\"}}`"
                ));
                continue;
            }
            if resource.output(mname).is_some() {
                self.error(&at, format!("method `{mname}` has the name of one of the resource's properties"))
                    .help = Some("rename the method or the property: SDKs give both the same member name".into());
            }
            functions[fid.0].method_of = Some(owner);
            methods.push(Method { name: mname.clone(), function: fid });
        }
        methods
    }

    fn shape(&mut self, path: &Path<'_>, spec: &mut raw::ObjectTypeSpec) -> ObjectShape {
        ObjectShape {
            description: spec.description.take(),
            properties: self.properties(&path.key("properties"), std::mem::take(&mut spec.properties), &spec.required, &path.key("required"), Carried::AsObject),
            language: self.object_language(&path.key("language"), &mut spec.language),
        }
    }

    /// Binds and consumes `specs`: each name moves into its property.
    fn properties(
        &mut self,
        path: &Path<'_>,
        specs: raw::FastMap<raw::PropertySpec>,
        required: &[String],
        required_path: &Path<'_>,
        carried: Carried,
    ) -> Vec<Property> {
        if carried == Carried::AsObject && specs.contains_key(JS_PROTOTYPE_KEY) {
            self.error(&path.key(JS_PROTOTYPE_KEY), format!(
                "a property named `{JS_PROTOTYPE_KEY}` cannot be passed through the Node.js SDK: assigning `{JS_PROTOTYPE_KEY}` to a JavaScript object replaces its prototype, so @pulumi/pulumi loses the value (and reading it when absent returns the prototype)"
            ))
            .help = Some("rename the property".into());
        }
        for (i, r) in required.iter().enumerate() {
            if !specs.contains_key(r) {
                let help = did_you_mean(r, specs.keys().map(String::as_str));
                self.error(&required_path.at(i), format!("`{r}` is listed as required but is not a property here")).help = help;
            }
        }
        // Folded name → index of the first property with it.
        let mut folded: HashMap<String, usize> = HashMap::new();
        let mut out: Vec<Property> = Vec::with_capacity(specs.len());
        for (name, mut spec) in specs {
            let ppath = path.key(&name);
            if name.is_empty() {
                self.error(&ppath, "a property name is empty");
            }
            let fold: String = name.chars().filter(|c| *c != '_' && *c != '-').flat_map(char::to_lowercase).collect();
            if let Some(first) = folded.get(&fold) {
                let first = out[*first].name.clone();
                self.error(&ppath, format!(
                    "properties `{first}` and `{name}` differ only in case or underscores; their generated names would collide (e.g. in Python)"
                ));
            }
            folded.insert(fold, out.len());
            let is_required = required.contains(&name);
            let mut property = self.property(&ppath, &name, &mut spec, is_required);
            property.name = name;
            out.push(property);
        }
        out
    }

    fn property(&mut self, path: &Path<'_>, name: &str, spec: &mut raw::PropertySpec, required: bool) -> Property {
        let ty = self.ty(path, spec);
        if let Some(value) = &spec.const_value {
            self.check_literal(&path.key("const"), "constant", value, &ty);
        }
        if let Some(value) = &spec.default {
            self.check_literal(&path.key("default"), "default", value, &ty);
        }
        if spec.default_info.as_ref().is_some_and(|d| d.environment.is_empty()) {
            self.error(&path.key("defaultInfo"), format!("`defaultInfo` of `{name}` lists no environment variable"))
                .help = Some("add `\"environment\": [\"VARIABLE\"]`, the variables the default is read from".into());
        }
        Property {
            // The caller moves the name in.
            name: String::new(),
            description: spec.description.take(),
            ty,
            required,
            plain: spec.plain,
            const_value: spec.const_value.take(),
            default: spec.default.take(),
            default_info: spec.default_info.as_mut().map(|d| {
                Box::new(DefaultInfo { environment: std::mem::take(&mut d.environment), language: std::mem::take(&mut d.language) })
            }),
            deprecation_message: spec.deprecation_message.take().map(|m| *m),
            secret: spec.secret,
            replace_on_changes: spec.replace_on_changes,
            will_replace_on_changes: spec.will_replace_on_changes,
            language: self.property_language(&path.key("language"), &mut spec.language.take().map(|l| *l).unwrap_or_default()),
        }
    }

    /// `kind` is "constant" or "default".
    fn check_literal(&mut self, path: &Path<'_>, kind: &'static str, value: &Value, ty: &Type) {
        if let Some(pending) = self.pending.as_mut().filter(|_| has_pending(ty)) {
            pending.literals.push(PendingLiteral { pointer: path.pointer(), kind, value: value.clone(), ty: ty.clone() });
            return;
        }
        if let Some(misfit) = self.literal_misfit(value, ty) {
            self.report_literal(path.pointer(), kind, value, misfit);
        }
    }

    fn check_literal_at(&mut self, pointer: String, kind: &str, value: &Value, ty: &Type) {
        if let Some(misfit) = self.literal_misfit(value, ty) {
            self.report_literal(pointer, kind, value, misfit);
        }
    }

    fn literal_misfit(&self, value: &Value, ty: &Type) -> Option<Misfit> {
        let elements = &self.enum_element;
        values::check(value, ty, &|id| elements.get(id.0).cloned().flatten()).err()
    }

    fn report_literal(&mut self, pointer: String, kind: &str, value: &Value, misfit: Misfit) {
        match misfit {
            Misfit::Expected(what) => {
                self.error_at(pointer, format!(
                    "{kind} value {} does not match the property's type: expected {what}",
                    values::show(value)
                ));
            }
            Misfit::NoLiterals(type_name) => {
                self.error_at(pointer, format!("a property of type {type_name} cannot have a {kind} value"))
                    .help = Some(format!("only boolean, integer, number and string properties (and enums of them) take a {kind}"));
            }
        }
    }

    fn ty(&mut self, path: &Path<'_>, spec: &raw::PropertySpec) -> Type {
        if self.type_nesting > MAX_TYPE_NESTING {
            self.error(path, format!("arrays, maps and unions nest more than {MAX_TYPE_NESTING} levels deep here"))
                .help = Some("generated type annotations cannot nest that deep (Python's parser stops at 200 brackets); wrap an inner level in an object type".into());
            return Type::Any;
        }
        self.type_nesting += 1;
        let t = self.ty_within(path, spec);
        self.type_nesting -= 1;
        t
    }

    fn ty_within(&mut self, path: &Path<'_>, spec: &raw::PropertySpec) -> Type {
        if let Some(reference) = &spec.reference {
            return self.reference(&path.key("$ref"), reference, spec);
        }
        if let Some(one_of) = &spec.one_of {
            let opath = path.key("oneOf");
            if one_of.len() < 2 {
                self.error(&opath, format!("`oneOf` lists {} type(s); a union needs at least two", one_of.len()))
                    .help = Some("for a single type, write it without `oneOf`".into());
            }
            let elements: Vec<Type> = one_of.iter().enumerate().map(|(i, e)| self.ty(&opath.at(i), e)).collect();
            let declared = match spec.kind.as_deref() {
                None => None,
                Some(k) => match primitive(k) {
                    Some(t) => Some(Box::new(t)),
                    None => {
                        self.error(&path.key("type"), format!(
                            "the type next to `oneOf` must be a primitive (boolean, integer, number, string), not `{k}`"
                        ));
                        None
                    }
                },
            };
            let discriminator = spec.discriminator.as_ref().map(|d| {
                let pointer = path.key("discriminator").pointer();
                match self.pending.as_mut() {
                    // Its targets may be types not read yet.
                    Some(pending) => pending.discriminators.push(PendingDiscriminator {
                        pointer,
                        discriminator: (**d).clone(),
                        elements: elements.clone(),
                    }),
                    None => self.check_discriminator(&pointer, d, &elements),
                }
                Discriminator { property_name: d.property_name.clone(), mapping: d.mapping.clone() }
            });
            return Type::Union(Box::new(Union { elements, declared, discriminator }));
        }
        if let Some(prim) = spec.kind.as_deref().and_then(primitive) {
            return prim;
        }
        match spec.kind.as_deref() {
            Some("array") => match &spec.items {
                Some(items) => Type::Array(Box::new(self.ty(&path.key("items"), items))),
                None => {
                    self.error(path, "an array type needs `items`").help =
                        Some("add `\"items\": {\"type\": \"string\"}` (or the element type)".into());
                    Type::Array(Box::new(Type::Any))
                }
            },
            Some("object") => match &spec.additional_properties {
                Some(ap) => Type::Map(Box::new(self.ty(&path.key("additionalProperties"), ap))),
                None => Type::Map(Box::new(Type::String)),
            },
            Some(other) => {
                let help = did_you_mean(other, PRIMITIVES).or_else(|| Some(format!("expected one of {}", PRIMITIVES.join(", "))));
                self.error(&path.key("type"), format!("unknown type `{other}`")).help = help;
                Type::Any
            }
            None => {
                self.error(path, "a type needs `type`, `$ref` or `oneOf`").help =
                    Some("e.g. `\"type\": \"string\"` or `\"$ref\": \"#/types/<token>\"`".into());
                Type::Any
            }
        }
    }

    /// The property name must be set; every mapping target must be a type of this schema, and
    /// one of the union's members.
    fn check_discriminator(&mut self, pointer: &str, d: &raw::DiscriminatorSpec, elements: &[Type]) {
        if d.property_name.is_empty() {
            self.error_at(format!("{pointer}/propertyName"), "the discriminator's `propertyName` is empty");
        }
        for (value, target) in &d.mapping {
            let at = || format!("{pointer}/mapping/{}", escape_segment(value));
            let Some((url, fragment)) = target.split_once('#') else {
                self.error_at(at(), format!("discriminator mapping `{value}` → `{target}` is not a reference"))
                    .help = Some("mapping targets look like `#/types/<token>`".into());
                continue;
            };
            if !url.is_empty() {
                continue; // another package's type: checked when that package is bound
            }
            let Some(token) = fragment.strip_prefix("/types/").map(percent_decode) else {
                self.error_at(at(), format!("discriminator mapping `{value}` → `{target}` does not name a type"))
                    .help = Some("mapping targets look like `#/types/<token>`".into());
                continue;
            };
            match self.type_index.get(&token).copied() {
                None => {
                    let help = did_you_mean(&token, self.type_index.keys().map(String::as_str));
                    self.error_at(at(), format!(
                        "discriminator mapping `{value}` refers to type `{token}`, which this schema does not define"
                    ))
                    .help = help;
                }
                Some(id) => {
                    let target_ty = self.type_ref(id);
                    if !elements.contains(&target_ty) {
                        self.warning_at(at(), format!(
                            "discriminator mapping `{value}` refers to `{token}`, which is not one of the union's `oneOf` types"
                        ));
                    }
                }
            }
        }
    }

    fn reference(&mut self, path: &Path<'_>, reference: &str, spec: &raw::PropertySpec) -> Type {
        match reference {
            "pulumi.json#/Any" => return Type::Any,
            "pulumi.json#/Json" => return Type::Json,
            "pulumi.json#/Archive" => return Type::Archive,
            "pulumi.json#/Asset" => return Type::Asset,
            _ => {}
        }
        if reference.starts_with("pulumi.json#") {
            self.error(path, format!("unknown built-in type `{reference}`")).help =
                Some("built-ins are pulumi.json#/Any, #/Archive, #/Asset and #/Json".into());
            return Type::Any;
        }
        let Some((url, fragment)) = reference.split_once('#') else {
            self.error(path, format!("`{reference}` is not a reference: expected `#/types/<token>`, `#/resources/<token>`, `#/provider` or `<schema url>#/...`"));
            return Type::Any;
        };
        // Pulumi's binder cleans the fragment as a path first: `#types/x`, `#/types/./x` and
        // `#//types/x` all mean `#/types/x`.
        let fragment = clean_fragment(fragment);
        if url.is_empty() {
            return self.local_reference(path, reference, &fragment, spec);
        }
        self.external_reference(path, reference, url, &fragment)
    }

    fn local_reference(&mut self, path: &Path<'_>, reference: &str, fragment: &str, spec: &raw::PropertySpec) -> Type {
        if fragment == "/provider" {
            return Type::Provider;
        }
        if let Some(token) = fragment.strip_prefix("/types/") {
            let token = percent_decode(token);
            if let Some(&id) = self.type_index.get(&token) {
                return self.type_ref(id);
            }
            let prim = spec.kind.as_deref().filter(|k| primitive(k).is_some());
            if let Some(pending) = self.pending.as_mut() {
                let (k, plain) = match pending.types.get_full_mut(&token) {
                    Some((k, _, plain)) => (k, plain),
                    None => {
                        let (k, _) = pending.types.insert_full(token, false);
                        (k, &mut pending.types[k])
                    }
                };
                let Some(prim) = prim else {
                    *plain = true;
                    return Type::Object(TypeId(PENDING | k));
                };
                // Should the type never be defined, this place reads as a named primitive,
                // which needs to know where it is.
                pending.sites.push(PendingSite { token: k, pointer: path.pointer(), reference: reference.to_string(), primitive: prim.to_string() });
                return Type::Object(TypeId(PENDING | SITE | (pending.sites.len() - 1)));
            }
            if let Some(t) = prim.and_then(|prim| self.named_primitive(path.pointer(), reference, &token, prim)) {
                return t;
            }
            let help = self.type_suggestion(&token);
            self.error(path, format!("`{reference}` refers to type `{token}`, which this schema does not define")).help = help;
            return Type::Any;
        }
        if let Some(token) = fragment.strip_prefix("/resources/") {
            let token = percent_decode(token);
            if token == format!("pulumi:providers:{}", self.package_name) {
                return Type::Provider;
            }
            if let Some(&id) = self.resource_index.get(&token) {
                return Type::Resource(id);
            }
            if let Some(pending) = self.pending.as_mut() {
                let (k, _) = pending.resources.insert_full(token, ());
                return Type::Resource(ResourceId(PENDING | k));
            }
            let help = did_you_mean(&token, self.resource_index.keys().map(String::as_str));
            self.error(path, format!("`{reference}` refers to resource `{token}`, which this schema does not define")).help = help;
            return Type::Any;
        }
        self.error(path, format!("`{reference}` is not a reference this schema can hold: expected `#/types/<token>`, `#/resources/<token>` or `#/provider`"));
        Type::Any
    }

    /// 2020-era bridged schemas name a primitive with a token that has no definition: the
    /// `prim` beside the `$ref` at `pointer`, named `token`. `None` when `token` is no token.
    fn named_primitive(&mut self, pointer: String, reference: &str, token: &str, prim: &str) -> Option<Type> {
        let underlying = primitive(prim)?;
        let t = self.rules.parse(token).ok()?;
        let suggestion = self.type_suggestion(token)
            .map_or_else(|| "define".to_string(), |s| format!("{s} Otherwise define"));
        self.warning_at(pointer, format!(
            "`{reference}` names type `{token}`, which this schema does not define; it is read as the `{prim}` \
             beside it, a named {prim} as 2020-era schemas wrote"
        ))
        .help = Some(format!(
            "Pulumi's current binder rejects it (type {token} not found in package {}); {suggestion} \
             the type, or drop the `$ref` and keep `\"type\": \"{prim}\"`",
            self.package_name
        ));
        Some(Type::Token { token: Box::new(t), underlying: Box::new(underlying) })
    }

    fn type_ref(&self, id: TypeId) -> Type {
        // Enum-ness is decided by the definition, known before any body is bound.
        if self.type_is_enum[id.0] { Type::Enum(id) } else { Type::Object(id) }
    }

    fn external_reference(&mut self, path: &Path<'_>, reference: &str, url: &str, fragment: &str) -> Type {
        let Some((package, version)) = parse_schema_url(url) else {
            self.error(path, format!("cannot tell which package `{reference}` refers to"))
                .help = Some("external references look like `/<package>/v<version>/schema.json#/types/<token>`".into());
            return Type::Any;
        };
        let (kind, raw_token) = if fragment == "/provider" {
            (RefKind::Provider, format!("pulumi:providers:{package}"))
        } else if let Some(t) = fragment.strip_prefix("/types/") {
            (RefKind::Type, percent_decode(t))
        } else if let Some(t) = fragment.strip_prefix("/resources/") {
            (RefKind::Resource, percent_decode(t))
        } else {
            self.error(path, format!("`{reference}`: the part after `#` must be `/types/<token>`, `/resources/<token>` or `/provider`"));
            return Type::Any;
        };
        let token = match self.rules.parse(&raw_token) {
            Ok(t) => t,
            Err(msg) => {
                self.error(path, format!("`{reference}`: {msg}"));
                return Type::Any;
            }
        };
        let package = if package.is_empty() { token.package.clone() } else { package };
        let resolved = match self.deps.resolve(&package, version.as_deref(), kind, &token.full) {
            Ok(r) => r,
            Err(msg) => {
                self.error(path, msg);
                None
            }
        };
        Type::External(Box::new(ExternalRef { package, version, url: reference.to_string(), kind, token, resolved }))
    }

    fn property_language(&mut self, path: &Path<'_>, raw: &mut RawLanguages) -> OutOfLine<PropertyLanguage> {
        if raw.is_empty() {
            return OutOfLine::default();
        }
        OutOfLine::from(PropertyLanguage {
            python: self.typed(path, raw, "python"),
            csharp: self.typed(path, raw, "csharp"),
            go: self.typed(path, raw, "go"),
            nodejs: self.typed(path, raw, "nodejs"),
            raw: std::mem::take(raw),
        })
    }

    fn object_language(&mut self, path: &Path<'_>, raw: &mut RawLanguages) -> OutOfLine<ObjectLanguage> {
        if raw.is_empty() {
            return OutOfLine::default();
        }
        OutOfLine::from(ObjectLanguage { nodejs: self.typed(path, raw, "nodejs"), raw: std::mem::take(raw) })
    }

    fn package_language(&mut self, path: &Path<'_>, raw: &mut RawLanguages) -> PackageLanguage {
        PackageLanguage {
            python: self.typed(path, raw, "python"),
            nodejs: self.typed(path, raw, "nodejs"),
            go: self.typed(path, raw, "go"),
            csharp: self.typed(path, raw, "csharp"),
            raw: std::mem::take(raw),
        }
    }

    fn typed<T: serde::de::DeserializeOwned + Default>(&mut self, path: &Path<'_>, raw: &RawLanguages, lang: &str) -> Option<T> {
        match lang::typed::<T>(raw, lang) {
            Ok(v) => v,
            Err(msg) => {
                self.error(&path.key(lang), format!("`language.{lang}` is malformed: {msg}"));
                None
            }
        }
    }
}

/// A reference's fragment as Go's `path.Clean` leaves it, always starting with `/`.
fn clean_fragment(fragment: &str) -> String {
    let mut segs: Vec<&str> = Vec::new();
    for seg in fragment.split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                segs.pop();
            }
            s => segs.push(s),
        }
    }
    let mut out = String::with_capacity(fragment.len() + 1);
    for s in segs {
        out.push('/');
        out.push_str(s);
    }
    if out.is_empty() {
        out.push('/');
    }
    out
}

fn primitive(kind: &str) -> Option<Type> {
    Some(match kind {
        "boolean" => Type::Boolean,
        "integer" => Type::Integer,
        "number" => Type::Number,
        "string" => Type::String,
        _ => return None,
    })
}

/// Semantic versions as Pulumi reads them (tolerantly): an optional `v`, one to three numeric
/// parts, then an optional `-prerelease` and `+build`.
fn is_tolerant_semver(v: &str) -> bool {
    let v = v.trim().trim_start_matches('v');
    let core_end = v.find(['-', '+']).unwrap_or(v.len());
    let (core, rest) = v.split_at(core_end);
    let parts: Vec<&str> = core.split('.').collect();
    let numeric = |p: &&str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
    let rest_ok = rest.is_empty()
        || (rest.len() > 1 && rest[1..].split(['.', '-', '+']).all(|id| !id.is_empty() && id.bytes().all(|b| b.is_ascii_alphanumeric())));
    (1..=3).contains(&parts.len()) && parts.iter().all(numeric) && rest_ok
}

/// `/aws/v4.0.0/schema.json` → (`aws`, `4.0.0`); `https://host/path/schema.json` → (`""`, None):
/// the package then comes from the token.
fn parse_schema_url(url: &str) -> Option<(String, Option<String>)> {
    let path = match url.split_once("://") {
        Some((_, rest)) => rest.split_once('/').map_or("", |(_, p)| p),
        None => url.trim_start_matches('/'),
    };
    let segs: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    match segs.as_slice() {
        [.., pkg, ver, "schema.json"] if ver.starts_with('v') && ver[1..].starts_with(|c: char| c.is_ascii_digit()) => {
            Some((pkg.to_string(), Some(ver[1..].to_string())))
        }
        [pkg, "schema.json"] if !url.contains("://") => Some((pkg.to_string(), None)),
        [.., last] if last.ends_with(".json") => Some((String::new(), None)),
        _ => None,
    }
}

/// Claims `key` for the definition bound next, at position `next` of its section; `false` when
/// `key` is a repeat of one bound elsewhere. It may have been declared up front (see [`bind`]) at
/// that very position, which is no repeat.
fn claim_next<I>(index: &mut FastIndex<I>, key: &str, next: usize, id: fn(usize) -> I, position: fn(&I) -> usize) -> bool {
    match index.get(key) {
        Some(found) => position(found) == next,
        None => {
            index.insert(key.to_string(), id(next));
            true
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{clean_fragment, is_tolerant_semver, parse_schema_url};

    #[test]
    fn versions() {
        for ok in ["1.2.3", "v1.2.3", "1.2", "0.0.1-alpha.1+build.5", "2.2.0", "4.11.2"] {
            assert!(is_tolerant_semver(ok), "{ok}");
        }
        for bad in ["", "one", "1.2.3.4", "1..2", "1.2.3-", "1.x"] {
            assert!(!is_tolerant_semver(bad), "{bad}");
        }
    }

    #[test]
    fn fragments_are_cleaned_as_paths() {
        for (raw, clean) in [
            ("/types/a:b:C", "/types/a:b:C"),
            ("types/a:b:C", "/types/a:b:C"),
            ("//types/./a:b/c:C", "/types/a:b/c:C"),
            ("/types/x/../a:b:C", "/types/a:b:C"),
            ("provider", "/provider"),
            ("", "/"),
        ] {
            assert_eq!(clean_fragment(raw), clean, "{raw}");
        }
    }

    #[test]
    fn schema_urls() {
        assert_eq!(parse_schema_url("/aws/v4.0.0/schema.json"), Some(("aws".into(), Some("4.0.0".into()))));
        assert_eq!(parse_schema_url("https://example.com/random/v4.11.2/schema.json"), Some(("random".into(), Some("4.11.2".into()))));
        assert_eq!(parse_schema_url("https://example.com/schema.json"), Some((String::new(), None)));
        assert_eq!(parse_schema_url("nonsense"), None);
    }
}
