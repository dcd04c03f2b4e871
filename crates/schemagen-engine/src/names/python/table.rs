//! The Python naming table of one package: its import name, its modules, its resources', object
//! types', functions', methods' and enums' classes and names, named once by the rules of the
//! parent module; then ([`PyNames::assign_module`]) the files of each module and the functions
//! they define, claimed in the module's scope. The Python SDK looks every name up here.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use indexmap::IndexMap;
use schemagen_schema::{EnumType, Function, FunctionId, FunctionOutputs, Package, Property, Resource, TypeDef, TypeId};

use super::{
    class_member_names, parameter_names, property_names, property_names_besides, PropNames, FUNCTION_RESERVED, GET_RESERVED, INIT_RESERVED, METHOD_RESERVED,
};
use super::{enum_member_name, import_alias, py_class_name, py_name, py_name_with, py_pack, python_case, python_module, typed_dict, valid_identifier, PyNameRule, FILE_GLOBALS, MODULE_FILES, OWN_ALIASES};
use crate::names::go::strings_title;
use crate::names::ident::{claim_forms_across, enum_value_name, exact_first, is_identifier, Scope, PYTHON};

/// An enum's class and its members' names, in schema order: two values whose names fold to
/// one member stay distinct.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EnumNames {
    pub class: String,
    pub members: Vec<String>,
    /// Its schema name is an identifier as written: it claims its class before those made one.
    exact: bool,
}

impl EnumNames {
    fn of(e: &EnumType) -> Self {
        let mut scope = Scope::new([]);
        let members = e
            .values
            .iter()
            .map(|v| scope.claim(&enum_member_name(&enum_value_name(v), &e.token.name)))
            .collect();
        EnumNames { class: py_class_name(&e.token.name), members, exact: is_identifier(&e.token.name, &PYTHON) }
    }
}

/// A resource's names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResourceNames {
    /// Its class (`Provider` for the provider).
    pub class: String,
    /// What its docstrings call it: its token's name made a class name, the provider's too.
    pub described: String,
    /// The module file it wants, before its module's scope ([`PyNames::assign_module`]) has
    /// claimed it: snake_case, or the class itself under kubernetes20 compatibility.
    wanted_file: String,
}

impl ResourceNames {
    fn of(r: &Resource, kubernetes20: bool) -> Self {
        let described = py_class_name(&r.token.name);
        let class = if r.is_provider { "Provider".to_string() } else { described.clone() };
        let wanted_file = if r.is_provider {
            "provider".to_string()
        } else if kubernetes20 {
            described.clone()
        } else {
            py_name(&described)
        };
        ResourceNames { class, described, wanted_file }
    }
}

/// An object type's classes, one per shape and direction, as they are defined and referred to.
/// The input classes (`_inputs.py`) and the output classes (`outputs.py`) are named in
/// different scopes ([`PyNames::assign_module`]): each side has a stem its classes are named
/// after.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ObjectNames {
    /// The output class of the plain shape (and, under the legacy naming, of both shapes).
    pub plain: String,
    /// The output class of the input shape (`…Args`).
    pub args: String,
    /// The legacy naming's class for a type used plainly, as a function's result (`…Result`).
    pub result: String,
    /// The input class of the plain shape.
    pub input_plain: String,
    /// The input class of the input shape (`…Args`; under the legacy naming, of both shapes).
    pub input_args: String,
}

/// What an object type's classes append to their side's stem: a use's class, and under the
/// legacy naming.
const ARGS: &str = "Args";
const RESULT: &str = "Result";

impl ObjectNames {
    fn of(token_name: &str) -> Self {
        let stem = python_case(&py_class_name(token_name));
        let mut names = ObjectNames { plain: String::new(), args: String::new(), result: String::new(), input_plain: String::new(), input_args: String::new() };
        names.name_outputs(&stem);
        names.name_inputs(&stem);
        names
    }

    fn name_outputs(&mut self, stem: &str) {
        self.args = format!("{stem}{ARGS}");
        self.result = format!("{stem}{RESULT}");
        self.plain = stem.to_string();
    }

    fn name_inputs(&mut self, stem: &str) {
        self.input_args = format!("{stem}{ARGS}");
        self.input_plain = stem.to_string();
    }

    /// The class of one use: `legacy` (kubernetes20, tfbridge20) names by the value's direction,
    /// `Args` for an input and `Result` for an output of a type also used plainly; otherwise by
    /// its shape.
    pub fn class(&self, input_shape: bool, input: bool, used_plainly: bool, legacy: bool) -> &str {
        match (legacy, input, used_plainly, input_shape) {
            (true, true, _, _) => &self.input_args,
            (true, false, true, _) => &self.result,
            (true, false, false, _) => &self.plain,
            (false, true, _, true) => &self.input_args,
            (false, true, _, false) => &self.input_plain,
            (false, false, _, true) => &self.args,
            (false, false, _, false) => &self.plain,
        }
    }

    /// What the class of `used` appends to its side's stem.
    fn suffix(used: ClassUse, legacy: bool) -> &'static str {
        match (legacy, used.input, used.used_plainly, used.input_shape) {
            (true, true, _, _) => ARGS,
            (true, false, true, _) => RESULT,
            (true, false, false, _) | (false, _, _, false) => "",
            (false, _, _, true) => ARGS,
        }
    }
}

/// One class an object type's module writes for it: for a shape, in a direction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClassUse {
    pub input: bool,
    pub input_shape: bool,
    /// Under the legacy naming: an output of a type also used plainly.
    pub used_plainly: bool,
}

/// An object type of one module and the classes the module writes for it.
#[derive(Debug, Clone)]
pub struct ObjectUses<'a> {
    pub token: &'a schemagen_schema::Token,
    pub uses: Vec<ClassUse>,
}

/// What one module defines, named by [`PyNames::assign_module`].
pub struct ModuleDefs<'a> {
    /// The module's path (`a/b`; empty for the root, which is assigned first).
    pub path: &'a str,
    /// The module's child modules that are written.
    pub children: &'a [String],
    pub resources: Vec<&'a Resource>,
    pub functions: Vec<&'a Function>,
    pub objects: Vec<ObjectUses<'a>>,
    pub enums: Vec<TypeId>,
    /// Input classes have TypedDicts beside them (`…Dict`).
    pub typed_dicts: bool,
    /// The legacy naming of object types' classes (kubernetes20, tfbridge20).
    pub legacy: bool,
}

/// A resource method's names.
#[derive(Debug, Clone)]
pub struct MethodNames {
    /// The method on the class (snake_case).
    pub method: String,
    /// Its result class, nested in the resource's class.
    pub result: String,
    /// Its arguments' parameters, by wire name: required first, then by wire name, each kept
    /// clear of what the method's body uses besides ([`METHOD_RESERVED`]).
    pub params: PropNames,
}

/// The Python names of one resource's properties and of its constructor's and `get`'s
/// parameters, by wire name, and of its methods.
#[derive(Debug, Clone)]
pub struct ResourceProps {
    /// One name per wire name across the args class, the state class and the resource's
    /// getters, which all key the same property bag (clear of the resource class's own
    /// members, [`RESOURCE_MEMBERS`], and of its methods).
    pub props: PropNames,
    /// `__init__`'s parameters for the inputs ([`INIT_RESERVED`]).
    pub init: PropNames,
    /// `get`'s parameters for the state inputs ([`GET_RESERVED`]).
    pub get: PropNames,
    /// The methods and their result classes (nested in the resource's class), in the
    /// resource's order.
    pub methods: Vec<(String, String)>,
}

/// What a resource's class defines or inherits that the runtime calls: a property or method
/// of that name would replace it.
pub const RESOURCE_MEMBERS: [&str; 7] = [
    "_internal_init", "translate_output_property", "translate_input_property", "get_provider", "_get_providers", "pulumi_resource_name",
    "pulumi_resource_type",
];
/// What a custom resource's class defines besides ([`RESOURCE_MEMBERS`]).
pub const CUSTOM_RESOURCE_MEMBERS: [&str; 2] = ["get", "exists"];

impl ResourceProps {
    fn of(r: &Resource) -> Self {
        let state: &[Property] = r.state_inputs.as_ref().map_or(&[], |s| &s.properties[..]);
        let wires = r.input_properties.iter().chain(&r.properties).chain(state).map(|p| p.name.as_str());
        let custom: &[&str] = if r.is_provider || r.is_component { &[] } else { &CUSTOM_RESOURCE_MEMBERS };
        let members: Vec<&str> = RESOURCE_MEMBERS.iter().chain(custom).copied().collect();
        let method_names: Vec<&str> = r.methods.iter().map(|m| m.name.as_str()).collect();
        let (props, methods) = class_member_names(wires, &members, &method_names);
        // The result classes are members of the same class body.
        let mut results = Scope::new(members.iter().copied().chain(methods.iter().map(String::as_str)));
        let methods = methods.into_iter().zip(&method_names).map(|(name, wire)| (name, results.claim(&format!("{}Result", py_class_name(wire))))).collect();
        let init = params(&by_wire(&r.input_properties), &props, &INIT_RESERVED);
        let get = params(&by_wire(state), &props, &GET_RESERVED);
        ResourceProps { props, init, get, methods }
    }
}

/// The Python names of a function's (or method's) arguments and result fields, by wire name.
#[derive(Debug, Clone)]
pub struct FunctionProps {
    pub inputs: PropNames,
    /// The result class's fields: the outputs object's properties, or the one field `res` a
    /// method's plain non-object result is read from.
    pub outputs: PropNames,
    /// The function's parameters, in wire-name order, clear of [`FUNCTION_RESERVED`].
    pub params: PropNames,
}

impl FunctionProps {
    fn of(f: &Function) -> Self {
        let inputs_of: &[Property] = f.inputs.as_ref().map_or(&[], |i| &i.properties[..]);
        let inputs = property_names(inputs_of.iter().map(|p| p.name.as_str()));
        let outputs = match &f.outputs {
            FunctionOutputs::Object(o) => property_names(o.properties.iter().map(|p| p.name.as_str())),
            _ => property_names([RESULT_FIELD]),
        };
        let params = params(&by_wire(inputs_of), &inputs, &FUNCTION_RESERVED);
        FunctionProps { inputs, outputs, params }
    }
}

/// The field a method's plain non-object result is read from.
pub const RESULT_FIELD: &str = "res";

/// `props` in wire-name order.
fn by_wire(props: &[Property]) -> Vec<&Property> {
    let mut v: Vec<&Property> = props.iter().collect();
    v.sort_by(|a, b| a.name.cmp(&b.name));
    v
}

/// Parameters for `ordered` (named `names`) in a function that also takes or uses `reserved`.
fn params(ordered: &[&Property], names: &PropNames, reserved: &[&str]) -> PropNames {
    let python: Vec<String> = ordered.iter().map(|p| names.get(&p.name)).collect();
    let params = parameter_names(&python.iter().map(String::as_str).collect::<Vec<_>>(), reserved);
    PropNames::of(ordered.iter().map(|p| p.name.as_str()).zip(params))
}

/// A method's arguments (its `__self__` aside): required first, then by wire name.
fn method_params(f: &Function) -> PropNames {
    let mut args: Vec<&Property> = f.inputs.as_ref().map(|i| i.properties.iter().filter(|p| p.name != "__self__").collect()).unwrap_or_default();
    args.sort_by(|a, b| b.required.cmp(&a.required).then_with(|| a.name.cmp(&b.name)));
    let names = property_names(args.iter().map(|p| p.name.as_str()));
    params(&args, &names, &METHOD_RESERVED)
}

/// What a resource's module names after it ([`PyNames::assign_module`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResourceFile {
    /// The module file.
    pub file: String,
    /// Its args class: `<Class>Args`, or `<Class>InitArgs` where an input type of the module
    /// has the first.
    pub args: String,
    /// Its state class (`_<Class>State`).
    pub state: String,
}

/// A function's names in its module ([`PyNames::assign_module`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FunctionNames {
    /// The function (`get_x`), and its output form (`get_x_output`).
    pub name: String,
    pub output: String,
    /// The module file it is written to.
    pub file: String,
    /// Its result class (`GetXResult`), and the awaitable one its plain form returns.
    pub result: String,
    pub awaitable: String,
}

/// A function's output form, named after it.
fn output_form(name: &str) -> String {
    format!("{name}_output")
}

/// The awaitable form of a function's result class.
fn awaitable_form(result: &str) -> String {
    format!("Awaitable{result}")
}

/// How a module is imported: the name its parent binds it to, and its full import name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModuleNames {
    pub short: String,
    pub fqn: String,
}

/// The Python names of one package ([`PyNames::new`]).
#[derive(Debug, Clone, Default)]
pub struct PyNames {
    /// The package's import name (`language.python.packageName`, else [`Self::pack`]).
    package: String,
    /// The import name another package uses for it (never the override).
    pack: String,
    overrides: IndexMap<String, String>,
    /// kubernetes20 compatibility: a resource's module file is named like its class.
    kubernetes20: bool,
    /// Python modules, by schema module.
    modules: HashMap<String, String>,
    /// Resources, by token.
    resources: HashMap<String, ResourceNames>,
    /// Object types, by token.
    objects: HashMap<String, ObjectNames>,
    enums: HashMap<TypeId, EnumNames>,
    enum_ids: HashMap<String, TypeId>,
    methods: HashMap<FunctionId, MethodNames>,
    /// Filled in module by module ([`Self::assign_module`]): resources' files by token,
    /// functions' names by token, modules' import names by Python module.
    files: HashMap<String, ResourceFile>,
    functions: HashMap<String, FunctionNames>,
    module_names: HashMap<String, ModuleNames>,
    /// What every file of every module binds besides what its module defines: the generator's
    /// globals and aliases, and the top-level modules it may import, bare and aliased
    /// ([`Self::assign_import_names`]).
    bound_in_every_file: Arc<HashSet<String>>,
    /// The 2020 docs' names where they differ from the SDK's: functions' (PyName's 2020
    /// rule) and object types' (Go's `strings.Title`, as that generator printed `Dict[…]`),
    /// by token.
    docs_functions: HashMap<String, String>,
    docs_types: HashMap<String, String>,
    /// Property names: of object types, resources and functions by token, and the config
    /// variables (members of the config module's class, beside `outputs`).
    object_props: HashMap<String, PropNames>,
    resource_props: HashMap<String, ResourceProps>,
    function_props: HashMap<String, FunctionProps>,
    config: PropNames,
    /// The classes of the root module's resources and of the provider, which other modules
    /// import by name ([`Self::assign_module`] of the root fills it).
    root_classes: Vec<String>,
    /// The (module, root class) pairs where the module binds the root class's name itself:
    /// there the root class is imported under an alias ([`Self::root_class_alias`]).
    shadowed_root_classes: HashSet<(String, String)>,
}

/// The helpers an output class declares when a property's Python name is not its wire name:
/// reading such a key warns and forwards to the property (`__key_warning` as written, before
/// Python mangles it).
const KEY_WARNING_HELPERS: [&str; 2] = ["get", "__key_warning"];

/// The Python names of an object type's properties: clear of [`KEY_WARNING_HELPERS`] when the
/// output class has them (renaming one property to `get_` leaves the helpers in place, and is
/// itself such a rename); as they are otherwise, as Pulumi names them.
fn object_property_names(properties: &[Property]) -> PropNames {
    let wires = || properties.iter().map(|p| p.name.as_str());
    let names = property_names(wires());
    if properties.iter().any(|p| names.get(&p.name) != p.name) {
        property_names_besides(wires(), &KEY_WARNING_HELPERS)
    } else {
        names
    }
}

/// What one type definition is named, before it enters the table.
enum TypeNames {
    Object(ObjectNames, PropNames, String),
    Enum(EnumNames),
}

impl PyNames {
    pub fn new(pkg: &Package) -> Self {
        let py = pkg.language.python.as_ref();
        let kubernetes20 = py.and_then(|p| p.compatibility.as_deref()) == Some("kubernetes20");
        let pack = py_pack(pkg.namespace.as_deref(), &pkg.name);
        let mut names = PyNames {
            // The package name is a folder and an import name: keep it an identifier.
            package: py.and_then(|p| p.package_name.as_deref()).map(valid_identifier).unwrap_or_else(|| pack.clone()),
            pack,
            overrides: py.map(|p| p.module_name_overrides.clone()).unwrap_or_default(),
            kubernetes20,
            ..Default::default()
        };
        let module_of = |names: &mut PyNames, m: &str| {
            if !names.modules.contains_key(m) {
                let path = module_path(m, &names.overrides);
                names.modules.insert(m.to_string(), path);
            }
        };
        module_of(&mut names, "");
        // The provider as the SDK writes it (its outputs that are not strings dropped).
        let provider = pkg.provider.as_ref().map(|_| crate::model::provider::sdk_provider(pkg));
        // Each definition is named on its own, on every core; the table is filled in order.
        let resources: Vec<&Resource> = provider.as_deref().into_iter().chain(&pkg.resources).collect();
        let resource_names = crate::names::map_in_order(&resources, |r| {
            let props = ResourceProps::of(r);
            let methods: Vec<(FunctionId, MethodNames)> = r
                .methods
                .iter()
                .zip(&props.methods)
                .map(|(m, (method, result))| {
                    (m.function, MethodNames { method: method.clone(), result: result.clone(), params: method_params(pkg.function(m.function)) })
                })
                .collect();
            (ResourceNames::of(r, kubernetes20), props, methods)
        });
        for (r, (resource, props, methods)) in resources.iter().zip(resource_names) {
            module_of(&mut names, &r.token.module);
            names.resources.insert(r.token.full.clone(), resource);
            names.methods.extend(methods);
            names.resource_props.insert(r.token.full.clone(), props);
        }
        let function_names =
            crate::names::map_in_order(&pkg.functions, |f| (py_name_with(&f.token.name, PyNameRule::Legacy2020), FunctionProps::of(f)));
        for (f, (docs, props)) in pkg.functions.iter().zip(function_names) {
            module_of(&mut names, &f.token.module);
            names.docs_functions.insert(f.token.full.clone(), docs);
            names.function_props.insert(f.token.full.clone(), props);
        }
        let type_names = crate::names::map_in_order(&pkg.types, |t| match t {
            TypeDef::Object(o) => TypeNames::Object(
                ObjectNames::of(&o.token.name),
                object_property_names(&o.properties),
                by_rule::docs_type(&o.token.name),
            ),
            TypeDef::Enum(e) => TypeNames::Enum(EnumNames::of(e)),
        });
        for (i, (t, named)) in pkg.types.iter().zip(type_names).enumerate() {
            module_of(&mut names, &t.token().module);
            match named {
                TypeNames::Object(object, props, docs) => {
                    names.objects.insert(t.token().full.clone(), object);
                    names.object_props.insert(t.token().full.clone(), props);
                    names.docs_types.insert(t.token().full.clone(), docs);
                }
                TypeNames::Enum(e) => {
                    names.enums.insert(TypeId(i), e);
                    names.enum_ids.insert(t.token().full.clone(), TypeId(i));
                }
            }
        }
        names.config = property_names_besides(pkg.config.iter().map(|p| p.name.as_str()), &["outputs"]);
        names
    }

    /// The names of an object type's properties.
    pub fn object_properties(&self, token: &str) -> &PropNames {
        self.object_props.get(token).unwrap_or(&NO_PROPS)
    }

    /// The names of a resource's properties and parameters (the model's own provider, which
    /// the schema lacks, named by the same rule).
    pub fn resource_properties(&self, r: &Resource) -> std::borrow::Cow<'_, ResourceProps> {
        self.resource_props.get(&r.token.full).map_or_else(|| std::borrow::Cow::Owned(ResourceProps::of(r)), std::borrow::Cow::Borrowed)
    }

    /// The names of a function's arguments, result fields and parameters.
    pub fn function_properties(&self, f: &Function) -> std::borrow::Cow<'_, FunctionProps> {
        self.function_props.get(&f.token.full).map_or_else(|| std::borrow::Cow::Owned(FunctionProps::of(f)), std::borrow::Cow::Borrowed)
    }

    /// The config variables' names (members of the config module's class).
    pub fn config_vars(&self) -> &PropNames {
        &self.config
    }

    /// A config variable's name in the config module's type stubs: as the schema spells it
    /// when that is an identifier, else its name in the module.
    pub fn config_stub(&self, wire: &str) -> String {
        if valid_identifier(wire) == wire {
            wire.to_string()
        } else {
            self.config.get(wire)
        }
    }

    /// The package's import name, and its folder.
    pub fn package(&self) -> &str {
        &self.package
    }

    /// The import name another package uses for this one.
    pub fn pack(&self) -> &str {
        &self.pack
    }

    /// The Python module (`a/b`, "" for the root) a schema module goes to.
    pub fn module(&self, schema_module: &str) -> String {
        self.modules.get(schema_module).cloned().unwrap_or_else(|| module_path(schema_module, &self.overrides))
    }

    /// A resource's names: the table's, or for a token the package lacks, the same rule's.
    pub fn resource(&self, token: &str, token_name: &str) -> ResourceNames {
        self.resources.get(token).cloned().unwrap_or_else(|| by_rule::resource(token_name))
    }

    /// The names of a resource of this package (the provider the model adds when the schema
    /// has none included).
    pub fn resource_of(&self, r: &Resource) -> ResourceNames {
        self.resources.get(&r.token.full).cloned().unwrap_or_else(|| ResourceNames::of(r, self.kubernetes20))
    }

    /// The class of a resource (`Provider` for the provider).
    pub fn resource_class(&self, token: &str, token_name: &str, is_provider: bool) -> String {
        if is_provider {
            return "Provider".into();
        }
        self.resource(token, token_name).class
    }

    /// An object type's classes: the table's, or for a token the package lacks, the rule's.
    pub fn object(&self, token: &str, token_name: &str) -> std::borrow::Cow<'_, ObjectNames> {
        self.objects.get(token).map_or_else(|| std::borrow::Cow::Owned(ObjectNames::of(token_name)), std::borrow::Cow::Borrowed)
    }

    pub fn enumeration(&self, id: TypeId) -> Option<&EnumNames> {
        self.enums.get(&id)
    }

    /// The class of the enum whose token is `token`.
    pub fn enum_class(&self, token: &str) -> Option<&str> {
        self.enum_ids.get(token).and_then(|id| self.enumeration(*id)).map(|e| e.class.as_str())
    }

    /// The names of the method that calls function `id`, when it is one.
    pub fn method(&self, id: FunctionId) -> Option<&MethodNames> {
        self.methods.get(&id)
    }

    /// The names one module's files, classes and functions take. A module's files are
    /// claimed among its files and the generator's, each ([`MODULE_FILES`], [`FILE_GLOBALS`],
    /// its written children's names: a file or function named like a child package would be
    /// shadowed by it): its resources', then its functions', each in the order below. Every class and function the
    /// module's package exports (`from .x import *` of each file, the input classes, the enums)
    /// is one scope with the names every file of it binds; the output classes (`outputs.py`,
    /// which imports the enums) another. In each, names of the same kind claim in order, those
    /// whose schema name is an identifier as written first: resources (the provider's classes
    /// are its own), enums, the input classes of each object type, resources' args classes
    /// (`<Class>Args`, or `<Class>InitArgs` where an input class has the first, as Pulumi
    /// names it), functions (and their output forms), functions' result classes (and their
    /// awaitable forms). A class that is taken renames with every class named after it (`A_`
    /// with `A_Args`, `_A_State`; an object type's input and output classes together).
    pub fn assign_module(&mut self, defs: ModuleDefs<'_>) {
        let shorts: Vec<String> = defs.children.iter().map(|c| self.import_names(c).short).collect();
        let mut stems = Scope::new(MODULE_FILES.iter().copied().chain(FILE_GLOBALS).chain(shorts.iter().map(String::as_str)));
        let wanted: Vec<(String, bool)> = defs.resources.iter().map(|r| (self.resource_of(r).wanted_file, is_identifier(&r.token.name, &PYTHON))).collect();
        let resource_files = stems.claim_all(&wanted);
        // What every file of the module binds besides what the module defines: modules it
        // imports (the top-level ones bare or aliased, its own resource files aliased) and its
        // children, which its package binds.
        let mut bound: Vec<String> = shorts.clone();
        bound.extend(resource_files.iter().map(|m| import_alias(m)));
        let mut exported = Scope::over(self.bound_in_every_file.clone(), bound.iter().map(String::as_str));
        let mut outputs = Scope::over(self.bound_in_every_file.clone(), bound.iter().map(String::as_str));

        let (providers, resources): (Vec<&Resource>, Vec<&Resource>) = defs.resources.iter().partition(|r| r.is_provider);
        for p in &providers {
            let class = self.resource_of(p).class;
            for name in [state_class(&class), class] {
                exported.reserve(&name);
            }
        }
        let wanted: Vec<(String, bool)> = resources.iter().map(|r| (self.resource_of(r).class, is_identifier(&r.token.name, &PYTHON))).collect();
        let classes = exported.claim_all_with(&wanted, |scope, _, class| scope.claim_forms(class, |c| vec![c.to_string(), state_class(c)]));
        for (r, class) in resources.iter().zip(classes) {
            if let Some(names) = self.resources.get_mut(&r.token.full) {
                names.class = class;
            }
        }

        let (ids, wanted): (Vec<TypeId>, Vec<(String, bool)>) = defs.enums.iter().filter_map(|id| self.enums.get(id).map(|e| (*id, (e.class.clone(), e.exact)))).unzip();
        for (id, class) in ids.iter().zip(exported.claim_all(&wanted)) {
            outputs.reserve(&class);
            if let Some(e) = self.enums.get_mut(id) {
                e.class = class;
            }
        }

        // Each object type's classes share a stem: its input classes' forms are claimed among
        // the exported names, its output classes' among the output classes.
        let suffixes = |o: &ObjectUses<'_>, input: bool| -> Vec<String> {
            let mut suffixes = Vec::new();
            for u in o.uses.iter().filter(|u| u.input == input) {
                let suffix = ObjectNames::suffix(*u, defs.legacy);
                if input && defs.typed_dicts {
                    suffixes.push(typed_dict(suffix));
                }
                suffixes.push(suffix.to_string());
            }
            suffixes
        };
        let wanted: Vec<(String, bool)> = defs.objects.iter().map(|o| (python_case(&py_class_name(&o.token.name)), is_identifier(&o.token.name, &PYTHON))).collect();
        for i in exact_first(&wanted) {
            let o = &defs.objects[i];
            let (inputs, outputs_) = (suffixes(o, true), suffixes(o, false));
            let forms = |suffixes: &[String], stem: &str| suffixes.iter().map(|x| format!("{stem}{x}")).collect::<Vec<_>>();
            let stem = claim_forms_across(&wanted[i].0, &mut [(&mut exported, &|s| forms(&inputs, s)), (&mut outputs, &|s| forms(&outputs_, s))]);
            let names = self.objects.entry(o.token.full.clone()).or_insert_with(|| ObjectNames::of(&o.token.name));
            names.name_inputs(&stem);
            names.name_outputs(&stem);
        }

        for (r, file) in defs.resources.iter().zip(resource_files) {
            let class = self.resource_of(r).class;
            let mut args = format!("{class}Args");
            if exported.contains(&args) {
                args = exported.claim(&format!("{class}InitArgs"));
            } else {
                exported.reserve(&args);
            }
            self.files.insert(r.token.full.clone(), ResourceFile { file, args, state: state_class(&class) });
        }

        if defs.path.is_empty() {
            self.root_classes = defs.resources.iter().map(|r| self.resource_of(r).class).collect();
        } else {
            let shadowed = self.root_classes.iter().filter(|c| exported.contains(c) || outputs.contains(c)).map(|c| (defs.path.to_string(), c.clone()));
            self.shadowed_root_classes.extend(shadowed.collect::<Vec<_>>());
        }

        let wanted: Vec<(String, bool)> = defs.functions.iter().map(|f| (py_name(&py_class_name(&f.token.name)), is_identifier(&f.token.name, &PYTHON))).collect();
        let names = exported.claim_all_with(&wanted, |scope, _, name| scope.claim_forms(name, |n| vec![n.to_string(), output_form(n)]));
        let wanted: Vec<(String, bool)> = defs.functions.iter().zip(&wanted).map(|(f, (_, exact))| (py_class_name(&format!("{}Result", py_class_name(&f.token.name))), *exact)).collect();
        let results = exported.claim_all_with(&wanted, |scope, _, result| scope.claim_forms(result, |r| vec![r.to_string(), awaitable_form(r)]));
        let files = stems.claim_all(&names.iter().zip(&wanted).map(|(name, (_, exact))| (name.clone(), *exact)).collect::<Vec<_>>());
        for (((f, name), result), file) in defs.functions.iter().zip(names).zip(results).zip(files) {
            let names = FunctionNames { output: output_form(&name), awaitable: awaitable_form(&result), name, file, result };
            self.functions.insert(f.token.full.clone(), names);
        }
    }

    /// The name a file of `module` binds the root module's resource class `class` to (the
    /// provider's too): the class itself, or `_root_<class>` where the module binds that name.
    pub fn root_class_alias(&self, module: &str, class: &str) -> Option<String> {
        self.shadowed_root_classes.contains(&(module.to_string(), class.to_string())).then(|| format!("_root_{class}"))
    }

    /// The module file and classes of a resource of this package: those its module assigned,
    /// or for one no module writes (an overlay), those it wants.
    pub fn resource_file(&self, token: &str, token_name: &str) -> ResourceFile {
        self.files.get(token).cloned().unwrap_or_else(|| {
            let names = self.resource(token, token_name);
            ResourceFile { args: format!("{}Args", names.class), state: state_class(&names.class), file: names.wanted_file }
        })
    }

    /// A function's names, once its module is assigned.
    pub fn function(&self, token: &str) -> Option<&FunctionNames> {
        self.functions.get(token)
    }

    /// How the Python module `path` is imported: its last part snake_cased, and the package's
    /// import name with each part snake_cased.
    pub fn import_names(&self, path: &str) -> ModuleNames {
        if let Some(names) = self.module_names.get(path) {
            return names.clone();
        }
        let mut fqn = self.package.clone();
        for part in path.split('/').filter(|p| !p.is_empty()) {
            fqn.push('.');
            fqn.push_str(&py_name(part));
        }
        ModuleNames { short: py_name(path.rsplit('/').next().unwrap_or(path)), fqn }
    }

    /// The name the 2020 docs print for function `token` (by the same rule for one the package
    /// lacks).
    pub fn docs_function(&self, token: &str, token_name: &str) -> String {
        self.docs_functions.get(token).cloned().unwrap_or_else(|| py_name_with(token_name, PyNameRule::Legacy2020))
    }

    /// The name the 2020 docs print for object type `token` inside `Dict[…]`.
    pub fn docs_type(&self, token: &str, token_name: &str) -> String {
        self.docs_types.get(token).cloned().unwrap_or_else(|| by_rule::docs_type(token_name))
    }

    /// A property's name on the 2020 pages' Python tab, where no recorded camel/snake table
    /// names it: PyName's 2020 rule (a property's name does not depend on its owner).
    pub fn docs_property(&self, schema_name: &str) -> String {
        py_name_with(schema_name, PyNameRule::Legacy2020)
    }

    /// Records the import names of every Python module in `paths`.
    pub fn assign_import_names<'a>(&mut self, paths: impl IntoIterator<Item = &'a String>) {
        for path in paths {
            let names = self.import_names(path);
            self.module_names.insert(path.clone(), names);
        }
        let top: Vec<&str> = self.module_names.iter().filter(|(p, _)| !p.is_empty() && !p.contains('/')).map(|(_, m)| m.short.as_str()).collect();
        let mut bound: HashSet<String> = FILE_GLOBALS.iter().chain(&OWN_ALIASES).chain(&["outputs"]).map(|s| s.to_string()).collect();
        bound.extend(top.iter().map(|m| m.to_string()));
        bound.extend(top.iter().map(|m| import_alias(m)));
        self.bound_in_every_file = Arc::new(bound);
    }
}

static NO_PROPS: std::sync::LazyLock<PropNames> = std::sync::LazyLock::new(PropNames::default);

/// The Python module a schema module goes to under `overrides`. A module named like a file
/// the generator writes beside it (`outputs`) would hide that file: it takes a `_`. (A `config`
/// module is the package's config module, as Pulumi has it.)
fn module_path(schema_module: &str, overrides: &IndexMap<String, String>) -> String {
    let path = python_module(schema_module, overrides);
    if path.is_empty() {
        return path;
    }
    let parts: Vec<String> = path.split('/').map(|p| if MODULE_FILES.contains(&p) { format!("{p}_") } else { p.to_string() }).collect();
    parts.join("/")
}

/// The class of a resource's state: `_<Class>State`, as Pulumi names it, unless the class starts
/// with `_` already: `__XState` would be mangled inside the resource's class body, where `get`
/// reads it.
fn state_class(class: &str) -> String {
    if class.starts_with('_') {
        format!("{class}State")
    } else {
        format!("_{class}State")
    }
}

/// Names the tables do not hold, by the same rules: a dependency's resource, type or module
/// that its schema lacks (or a dependency without a schema).
pub mod by_rule {
    use super::*;

    pub fn resource(token_name: &str) -> ResourceNames {
        let described = py_class_name(token_name);
        ResourceNames { class: described.clone(), wanted_file: py_name(&described), described }
    }

    pub fn object(token_name: &str) -> ObjectNames {
        ObjectNames::of(token_name)
    }

    /// A dependency's module when its settings are unknown: no overrides, and no `_` after a
    /// part named like a generated file.
    pub fn module(schema_module: &str) -> String {
        python_module(schema_module, &IndexMap::new())
    }

    /// A dependency's import name when its settings are unknown.
    pub fn pack(name: &str) -> String {
        py_pack(None, name)
    }

    /// The module a dependency's provider class is imported from, whatever its settings.
    pub fn provider_pack(name: &str) -> String {
        super::super::external_provider_pack(name)
    }

    pub fn enum_class(token_name: &str) -> String {
        py_class_name(token_name)
    }

    /// A type name as the 2020 docs print it in `List[…]`, `Dict[…]`: Go's `strings.Title`.
    pub fn docs_type(name: &str) -> String {
        strings_title(name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An output class whose properties are not all named by their wire names declares `get`
    /// (reading a wire key warns and forwards): a property `get` then takes another name.
    #[test]
    fn a_property_get_is_renamed_only_beside_the_key_helpers() {
        let schema = serde_json::json!({"name": "p", "types": {
            "p:index:Renamed": {"type": "object", "properties": {"get": {"type": "string"}, "fooBar": {"type": "string"}}},
            "p:index:Plain": {"type": "object", "properties": {"get": {"type": "string"}, "foo": {"type": "string"}}}
        }});
        let loaded = schemagen_schema::parse(&schema.to_string(), "p.json", schemagen_schema::Format::Json, &Default::default())
            .unwrap_or_else(|e| panic!("{e}"));
        let names = PyNames::new(&loaded.package);
        assert_eq!(names.object_properties("p:index:Renamed").get("get"), "get_");
        assert_eq!(names.object_properties("p:index:Renamed").get("fooBar"), "foo_bar");
        assert_eq!(names.object_properties("p:index:Plain").get("get"), "get");
    }

    #[test]
    fn object_classes_by_shape_and_legacy_naming() {
        let o = ObjectNames::of("container");
        let classes = [(true, true, false, false), (false, false, false, false), (false, true, false, true), (false, false, true, true), (false, false, false, true)]
            .map(|(shape, input, plainly, legacy)| o.class(shape, input, plainly, legacy).to_string());
        assert_eq!(classes, ["ContainerArgs", "Container", "ContainerArgs", "ContainerResult", "Container"]);
        // A leading underscore stays; the first letter after it is capitalised, as the class
        // is defined and as every annotation names it.
        assert_eq!(ObjectNames::of("_foo-bar").args, "_Foo_barArgs");
    }
}
