//! The TypeScript naming table of one package: every resource, function, method, object type,
//! enum and module named once, by the rules of the parent module. The nodejs SDK prints these
//! names and the docs pages read the functions' from here; where the 2020 docs spelled a name
//! differently (before it was made an identifier), the entry holds both and says which is which.
//! Names that would fold into one in their scope are told apart there ([`Scope`]): the classes
//! and functions one module exports, the files of one folder, the folders and type namespaces
//! of one parent module.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use schemagen_schema::{FunctionId, Package, ResourceId, TypeDef, TypeId};

use super::{enum_member, enum_type, external_package, folder, function_ident, function_name, module, module_dir, namespace, object_type, resource_class};
use crate::names::go::{camel, strings_title, title};
use crate::names::ident::{enum_value_name, Scope};

/// A function's names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FunctionNames {
    /// The exported function the SDK declares, made an identifier (`delete` → `delete_`).
    pub sdk: String,
    /// Its `Output` form (`{sdk}Output`).
    pub output: String,
    /// Its argument and result interfaces, the SDK name title-cased before `Args`, `Result`,
    /// `OutputArgs`.
    pub args: String,
    pub result: String,
    pub output_args: String,
    /// The name the 2020 docs print: the same rule, not made an identifier (`delete`).
    pub docs: String,
    /// The 2020 docs' argument and result type names (`GetVpcArgs`, `GetVpcResult`).
    pub docs_args: String,
    pub docs_result: String,
}

/// A resource method's names (the function it calls has its own, unused here).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MethodNames {
    /// The method on the class (`getKubeconfig`, `delete_`).
    pub method: String,
    /// Its argument and result interfaces, inside the class's namespace: the method's schema
    /// name title-cased before `Args`, `Result`.
    pub args: String,
    pub result: String,
}

/// What every resource object has from its base classes (and, besides, the runtime's
/// [`schemagen_schema::NODE_RESOURCE_FIELDS`]): a method of the same name would clash with it or
/// be hidden by it.
const INSTANCE_MEMBERS: &[&str] = &["constructor", "urn", "id", "getProvider", "initialize", "getData", "registerOutputs"];

/// The names of a resource's methods: camelCased identifiers, claimed in the class beside its
/// properties (its outputs, named as the schema spells them) and what every resource object
/// has ([`INSTANCE_MEMBERS`]), exact
/// names first; their interfaces in the class's namespace, named after one stem per method.
fn resource_methods(r: &schemagen_schema::Resource) -> Vec<(FunctionId, MethodNames)> {
    let base = INSTANCE_MEMBERS.iter().chain(&schemagen_schema::NODE_RESOURCE_FIELDS).copied();
    let mut members = Scope::new(base.chain(r.properties.iter().map(|p| p.name.as_str())));
    let wanted: Vec<(String, bool)> = r
        .methods
        .iter()
        .map(|m| {
            let name = super::ident(&camel(&m.name));
            let exact = name == m.name;
            (name, exact)
        })
        .collect();
    let names = members.claim_all(&wanted);
    let mut types = Scope::default();
    r.methods
        .iter()
        .zip(names)
        .map(|(m, method)| {
            let stem = types.claim_forms(&super::plain_ident(&title(&m.name)), |s| vec![format!("{s}Args"), format!("{s}Result")]);
            (m.function, MethodNames { method, args: format!("{stem}Args"), result: format!("{stem}Result") })
        })
        .collect()
}

/// A resource's class and the interfaces beside it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResourceNames {
    pub class: String,
    /// `{class}Args`, `{class}State`.
    pub args: String,
    pub state: String,
}

impl ResourceNames {
    fn of(class: String) -> Self {
        ResourceNames { args: format!("{class}Args"), state: format!("{class}State"), class }
    }
}

/// An object type's two shapes' names: `…Args` for the input shape, unless the package's
/// compatibility mode keeps the plain name there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ObjectNames {
    pub plain: String,
    pub args: String,
    /// The name the 2020 docs print for either shape: title-cased, not made an identifier.
    pub docs: String,
}

impl ObjectNames {
    fn of(token_name: &str) -> Self {
        ObjectNames::named(object_type(token_name, false, false), token_name)
    }

    /// The shapes of the type named `plain` in its namespace.
    fn named(plain: String, token_name: &str) -> Self {
        ObjectNames { args: format!("{plain}Args"), plain, docs: title(token_name) }
    }

    /// The name of one shape; `legacy_compat` (`kubernetes20`, `tfbridge20`) keeps the input
    /// shape's plain name.
    pub fn shape(&self, input_shape: bool, legacy_compat: bool) -> &str {
        if input_shape && !legacy_compat {
            &self.args
        } else {
            &self.plain
        }
    }
}

/// An enum's type and member names (members in schema order).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EnumNames {
    pub name: String,
    pub members: Vec<String>,
    /// The name the 2020 docs print: title-cased, not made an identifier.
    pub docs: String,
}

impl EnumNames {
    /// The enum named `name` in its namespace; members that fold into one are told apart.
    fn of(e: &schemagen_schema::EnumType, name: String) -> Self {
        let mut scope = Scope::default();
        let members = e.values.iter().map(|v| scope.claim(&enum_member(&enum_value_name(v), &name))).collect();
        EnumNames { name, members, docs: title(&e.token.name) }
    }
}

/// Where a schema module's things are in TypeScript.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModuleNames {
    /// The nodejs module (`language.nodejs.moduleToPackage`, else the schema module).
    pub path: String,
    /// `a.b.` for module `a/b` (nothing for the root): how its types are reached below
    /// `inputs.`/`outputs.`/`enums.`.
    pub namespace_path: String,
}

impl ModuleNames {
    fn of(pkg: &Package, schema_module: &str) -> Self {
        let path = module(pkg, schema_module);
        let namespace_path = path.split('/').filter(|p| !p.is_empty()).map(|p| namespace(p) + ".").collect();
        ModuleNames { path, namespace_path }
    }
}

/// Where a nodejs module (`a/b`) is written: its folder and its namespace below
/// `inputs.`/`outputs.`/`enums.`, each its last part claimed among its parent's.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Place {
    /// The folder (`a/b`), and its last part.
    dir: String,
    dir_name: String,
    /// The namespaces, each followed by `.` (`a.b.`), and the last one.
    namespace_path: String,
    namespace: String,
}

/// What one module folder writes a file for: the provider, a resource, a function.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Written {
    Provider,
    Resource(ResourceId),
    Function(FunctionId),
}

/// The files of one module folder ([`NodeNames::files`]), without `.ts`.
#[derive(Debug, Clone, Default)]
pub struct FolderFiles {
    stems: HashMap<Written, String>,
}

impl FolderFiles {
    /// The file of `w`, which the folder writes (the table lists what every folder writes, by
    /// the module tree's own rule).
    pub fn stem(&self, w: Written) -> &str {
        self.stems.get(&w).map(String::as_str).expect("the table lists every file a module folder writes")
    }
}

/// Every TypeScript name of one package, assigned once ([`NodeNames::new`]).
#[derive(Debug, Clone)]
pub struct NodeNames {
    resources: Vec<ResourceNames>,
    provider: ResourceNames,
    functions: Vec<FunctionNames>,
    function_ids: HashMap<String, FunctionId>,
    methods: HashMap<FunctionId, MethodNames>,
    objects: HashMap<TypeId, ObjectNames>,
    enums: HashMap<TypeId, EnumNames>,
    modules: HashMap<String, ModuleNames>,
    /// Folders and namespaces, by nodejs module (every module's ancestors too).
    places: HashMap<String, Place>,
    /// What each nodejs module writes a file for, in order (the provider, resources, functions).
    written: BTreeMap<String, Vec<Written>>,
    /// The config variables `config/vars.ts` exports, in schema order.
    config: Vec<String>,
    /// The bindings of the dependencies' SDKs a file imports, by package name.
    dependencies: HashMap<String, String>,
}

impl NodeNames {
    pub fn new(pkg: &Package) -> Self {
        // One module's index exports its resources' classes and its functions: those that fold
        // into one are told apart, in schema order (the provider's class is the root's).
        let mut exported: HashMap<String, Scope> = HashMap::new();
        let mut written: BTreeMap<String, Vec<Written>> = BTreeMap::new();
        exported.entry(String::new()).or_default().reserve("Provider");
        written.entry(String::new()).or_default().push(Written::Provider);
        let resources = pkg
            .resources
            .iter()
            .enumerate()
            .map(|(i, r)| {
                let path = module(pkg, &r.token.module);
                if !r.is_overlay {
                    written.entry(path.clone()).or_default().push(Written::Resource(ResourceId(i)));
                }
                ResourceNames::of(exported.entry(path).or_default().claim(&resource_class(&r.token.name, r.is_provider)))
            })
            .collect();
        let functions = pkg
            .functions
            .iter()
            .enumerate()
            .map(|(i, f)| {
                let path = module(pkg, &f.token.module);
                let names = function_names(&f.token.name);
                if f.method_of.is_none() {
                    if !f.is_overlay {
                        written.entry(path.clone()).or_default().push(Written::Function(FunctionId(i)));
                    }
                    let sdk = exported.entry(path).or_default().claim(&names.sdk);
                    return names.exported_as(sdk);
                }
                names
            })
            .collect();
        let function_ids = pkg.functions.iter().enumerate().map(|(i, f)| (f.token.full.clone(), FunctionId(i))).collect();
        let methods = pkg.provider.iter().chain(&pkg.resources).flat_map(resource_methods).collect();
        let mut objects = HashMap::new();
        let mut enums = HashMap::new();
        let mut modules = HashMap::new();
        let mut module_of = |m: &str| {
            modules.entry(m.to_string()).or_insert_with(|| ModuleNames::of(pkg, m));
        };
        module_of("");
        for r in &pkg.resources {
            module_of(&r.token.module);
        }
        for f in &pkg.functions {
            module_of(&f.token.module);
        }
        // A module's object types share its namespace in the type files, its enums theirs.
        let mut object_scopes: HashMap<String, Scope> = HashMap::new();
        let mut enum_scopes: HashMap<String, Scope> = HashMap::new();
        for (i, t) in pkg.types.iter().enumerate() {
            module_of(&t.token().module);
            let path = module(pkg, &t.token().module);
            match t {
                TypeDef::Object(o) => {
                    let plain = object_scopes.entry(path).or_default().claim(&object_type(&o.token.name, false, false));
                    objects.insert(TypeId(i), ObjectNames::named(plain, &o.token.name));
                }
                TypeDef::Enum(e) => {
                    let name = enum_scopes.entry(path).or_default().claim(&enum_type(&e.token.name));
                    enums.insert(TypeId(i), EnumNames::of(e, name));
                }
            }
        }
        let places = places(modules.values().map(|m| m.path.as_str()).chain(written.keys().map(String::as_str)));
        for m in modules.values_mut() {
            if let Some(place) = places.get(&m.path) {
                m.namespace_path = place.namespace_path.clone();
            }
        }
        // `config/vars.ts` binds `__config` beside its variables and defines each with the
        // global `Object`, which a variable of that name would shadow.
        let mut vars = Scope::new(["__config", "Object"]);
        let config = pkg.config.iter().map(|p| vars.claim(&super::ident(&p.name))).collect();
        // One file may import every dependency: their bindings are told apart in one scope.
        let mut imported = Scope::default();
        let dependencies = pkg.dependencies.iter().map(|d| (d.name.clone(), imported.claim(&external_package(&d.name)))).collect();
        let provider = ResourceNames::of("Provider".into());
        NodeNames { resources, provider, functions, function_ids, methods, objects, enums, modules, places, written, config, dependencies }
    }

    /// The exported name of config variable `i` (in schema order).
    pub fn config_var(&self, i: usize) -> &str {
        &self.config[i]
    }

    /// The binding of the dependency `package`'s SDK (by the same rule for a package the
    /// schema does not list).
    pub fn dependency(&self, package: &str) -> String {
        self.dependencies.get(package).cloned().unwrap_or_else(|| external_package(package))
    }

    /// The folder of nodejs module `path` (`a/b`; "" for the root).
    pub fn folder(&self, path: &str) -> String {
        self.places.get(path).map_or_else(|| module_dir(path), |p| p.dir.clone())
    }

    /// The last part of [`Self::folder`]: how its parent's folder holds it.
    pub fn folder_name(&self, path: &str) -> String {
        self.places.get(path).map_or_else(|| module_dir(path.rsplit('/').next().unwrap_or(path)), |p| p.dir_name.clone())
    }

    /// The namespace nodejs module `path` has below its parent's in the type files.
    pub fn namespace(&self, path: &str) -> String {
        self.places.get(path).map_or_else(|| namespace(path.rsplit('/').next().unwrap_or(path)), |p| p.namespace.clone())
    }

    /// The files of the folder of nodejs module `path`, claimed among themselves and the
    /// folder's own files (`reserved`: `index`, `utilities`, `input`, ...): a name the folder
    /// holds, or another file's, takes `_`.
    pub fn files(&self, path: &str, reserved: &[&str]) -> FolderFiles {
        let mut scope = Scope::new(reserved.iter().copied());
        let stems = self
            .written
            .get(path)
            .into_iter()
            .flatten()
            .map(|w| {
                let name = match w {
                    Written::Provider => self.provider(),
                    Written::Resource(id) => self.resource(*id),
                    Written::Function(id) => &self.function(*id).sdk,
                };
                (*w, scope.claim(&camel(name)))
            })
            .collect();
        FolderFiles { stems }
    }

    /// The class of the provider.
    pub fn provider(&self) -> &'static str {
        "Provider"
    }

    pub fn resource(&self, id: ResourceId) -> &str {
        &self.resources[id.0].class
    }

    /// The class of a resource (the provider's for `None`) and its interfaces.
    pub fn resource_names(&self, id: Option<ResourceId>) -> &ResourceNames {
        id.map_or(&self.provider, |id| &self.resources[id.0])
    }

    pub fn function(&self, id: FunctionId) -> &FunctionNames {
        &self.functions[id.0]
    }

    /// The function whose token is `token`.
    pub fn function_named(&self, token: &str) -> Option<&FunctionNames> {
        self.function_ids.get(token).map(|id| self.function(*id))
    }

    /// The names of the method that calls function `id`, when it is one.
    pub fn method(&self, id: FunctionId) -> Option<&MethodNames> {
        self.methods.get(&id)
    }

    pub fn object(&self, id: TypeId) -> Option<&ObjectNames> {
        self.objects.get(&id)
    }

    pub fn enumeration(&self, id: TypeId) -> Option<&EnumNames> {
        self.enums.get(&id)
    }

    /// The name the 2020 docs print for the object type or enum `id`.
    pub fn docs_type(&self, id: TypeId) -> Option<&str> {
        match (self.objects.get(&id), self.enums.get(&id)) {
            (Some(o), _) => Some(&o.docs),
            (None, Some(e)) => Some(&e.docs),
            (None, None) => None,
        }
    }

    /// A property's name, on the pages and in the SDK: its schema name ([`super::property_name`]).
    pub fn docs_property(&self, schema_name: &str) -> String {
        super::property_name(schema_name)
    }

    /// The module of a schema module this package declares something in.
    pub fn module(&self, schema_module: &str) -> Option<&ModuleNames> {
        self.modules.get(schema_module)
    }
}

/// The folder and namespace of every module in `paths` and of their ancestors: a module's last
/// part, lower-cased for its folder, is claimed among its parent's folders, and as a namespace
/// among its parent's namespaces, in path order.
fn places<'a>(paths: impl IntoIterator<Item = &'a str>) -> HashMap<String, Place> {
    let mut all: BTreeSet<String> = BTreeSet::new();
    for p in paths {
        let mut cur = p;
        all.insert(cur.to_string());
        while let Some((parent, _)) = cur.rsplit_once('/') {
            all.insert(parent.to_string());
            cur = parent;
        }
    }
    let root = Place { dir: String::new(), dir_name: String::new(), namespace_path: String::new(), namespace: String::new() };
    let mut places: HashMap<String, Place> = HashMap::new();
    let mut folders: HashMap<String, Scope> = HashMap::new();
    let mut namespaces: HashMap<String, Scope> = HashMap::new();
    // Path order puts every parent before its children.
    for path in &all {
        let parts: Vec<&str> = path.split('/').filter(|p| !p.is_empty()).collect();
        let Some((last, parent_parts)) = parts.split_last() else {
            places.insert(path.clone(), root.clone());
            continue;
        };
        let parent = parent_parts.join("/");
        let above = places.get(&parent).cloned().unwrap_or_else(|| root.clone());
        let dir_name = folders.entry(parent.clone()).or_default().claim(&folder(&last.to_lowercase()));
        let ns = namespaces.entry(parent).or_default().claim(&namespace(last));
        let dir = if above.dir.is_empty() { dir_name.clone() } else { format!("{}/{dir_name}", above.dir) };
        places.insert(path.clone(), Place { dir, dir_name, namespace_path: format!("{}{ns}.", above.namespace_path), namespace: ns });
    }
    places
}

fn function_names(member: &str) -> FunctionNames {
    let docs = function_name(member);
    FunctionNames {
        sdk: String::new(),
        output: String::new(),
        args: String::new(),
        result: String::new(),
        output_args: String::new(),
        docs_args: strings_title(&format!("{docs}Args")),
        docs_result: title(&docs) + "Result",
        docs,
    }
    .exported_as(function_ident(member))
}

impl FunctionNames {
    /// The names of the function exported as `sdk`.
    fn exported_as(self, sdk: String) -> Self {
        let types = title(&sdk);
        FunctionNames {
            output: format!("{sdk}Output"),
            args: format!("{types}Args"),
            result: format!("{types}Result"),
            output_args: format!("{types}OutputArgs"),
            sdk,
            ..self
        }
    }
}

/// Names the table does not hold, by the same rules: a type or resource of a dependency that an
/// external `$ref` names but the dependency's schema lacks, a module nothing is declared in.
pub mod by_rule {
    use super::*;

    pub fn object(token_name: &str) -> ObjectNames {
        ObjectNames::of(token_name)
    }

    pub fn enum_name(token_name: &str) -> String {
        enum_type(token_name)
    }

    pub fn resource(token_name: &str) -> String {
        resource_class(token_name, false)
    }

    pub fn module(pkg: &Package, schema_module: &str) -> ModuleNames {
        ModuleNames::of(pkg, schema_module)
    }

    pub fn function(token_name: &str) -> FunctionNames {
        function_names(token_name)
    }

    /// The name the 2020 docs print for a named type the package does not define.
    pub fn docs_type(token_name: &str) -> String {
        title(token_name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn function_entries_hold_the_sdk_and_the_2020_names() {
        let names = function_names("delete");
        assert_eq!((names.sdk.as_str(), names.args.as_str(), names.output.as_str()), ("delete_", "Delete_Args", "delete_Output"));
        assert_eq!((names.docs.as_str(), names.docs_args.as_str(), names.docs_result.as_str()), ("delete", "DeleteArgs", "DeleteResult"));
        let names = function_names("GetURLs");
        assert_eq!((names.sdk.as_str(), names.docs_result.as_str()), ("getURLs", "GetURLsResult"));
    }

    #[test]
    fn folders_and_namespaces_folding_into_one_are_told_apart() {
        let places = places(["a-b/c", "a_b", "types"]);
        let dirs: Vec<(&str, &str)> = ["a-b", "a-b/c", "a_b", "types"].iter().map(|p| (places[*p].dir.as_str(), places[*p].namespace_path.as_str())).collect();
        assert_eq!(dirs, [("a_b", "a_b."), ("a_b/c", "a_b.c."), ("a_b_", "a_b_."), ("types", "types.")]);
    }

    #[test]
    fn object_shapes() {
        let o = ObjectNames::of("container");
        assert_eq!((o.shape(true, false), o.shape(true, true), o.shape(false, false)), ("ContainerArgs", "Container", "Container"));
    }
}
