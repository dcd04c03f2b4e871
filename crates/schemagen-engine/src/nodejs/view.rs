//! The nodejs view over the SDK model: the package's settings (`language.nodejs`), where each
//! module's files go, and every schema type printed as TypeScript, named by the package's
//! naming table (`names::nodejs::NodeNames`).

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use schemagen_schema::lang::NodePackage;
use schemagen_schema::{Package, Property, TypeDef};

use crate::model::{Binder, Named, Owner, Ty};
use crate::names::ident::Scope;
use crate::names::nodejs::{by_rule, ModuleNames, NodeNames};

/// `language.nodejs.compatibility` values under which input types keep their plain names.
const LEGACY_COMPAT: [&str; 2] = ["kubernetes20", "tfbridge20"];

/// How one package (ours or a dependency) names things in TypeScript.
pub struct Naming<'p> {
    pub pkg: &'p Package,
    pub node: NodePackage,
    pub names: NodeNames,
}

impl<'p> Naming<'p> {
    pub fn of(pkg: &'p Package) -> Self {
        Naming { pkg, node: pkg.language.nodejs.clone().unwrap_or_default(), names: NodeNames::new(pkg) }
    }

    pub fn compat(&self, name: &str) -> bool {
        self.node.compatibility.as_deref() == Some(name)
    }

    pub fn legacy_compat(&self) -> bool {
        LEGACY_COMPAT.iter().any(|c| self.compat(c))
    }

    /// Where a schema module's things are (a dependency's `$ref` may name a module the
    /// dependency declares nothing in).
    fn module_names(&self, schema_module: &str) -> std::borrow::Cow<'_, ModuleNames> {
        match self.names.module(schema_module) {
            Some(m) => std::borrow::Cow::Borrowed(m),
            None => std::borrow::Cow::Owned(by_rule::module(self.pkg, schema_module)),
        }
    }

    /// The nodejs module (path of namespaces and folders) of a schema module.
    pub fn module(&self, schema_module: &str) -> String {
        self.module_names(schema_module).path.clone()
    }

    /// `a.b.` for module `a/b` (nothing for the root): how types of that module are reached
    /// below `inputs.`/`outputs.`/`enums.`.
    pub fn namespace_path(&self, schema_module: &str) -> String {
        self.module_names(schema_module).namespace_path.clone()
    }

    /// The name of an object type of this package in one shape.
    fn object_name(&self, named: &Named, input_shape: bool, legacy_compat: bool) -> String {
        match self.pkg.type_by_token(&named.token).and_then(|id| self.names.object(id)) {
            Some(o) => o.shape(input_shape, legacy_compat).to_string(),
            None => by_rule::object(&named.name).shape(input_shape, legacy_compat).to_string(),
        }
    }

    fn enum_name(&self, named: &Named) -> String {
        match self.pkg.type_by_token(&named.token).and_then(|id| self.names.enumeration(id)) {
            Some(e) => e.name.clone(),
            None => by_rule::enum_name(&named.name),
        }
    }

    /// The class of a resource of this package (the provider's when `is_provider`).
    pub fn resource_class(&self, named: &Named, is_provider: bool) -> String {
        if is_provider {
            return self.names.provider().to_string();
        }
        match self.pkg.resource_by_token(&named.token) {
            Some(id) => self.names.resource(id).to_string(),
            None => by_rule::resource(&named.name),
        }
    }
}

/// A TypeScript type, kept structured so that unions nest and parenthesize correctly.
#[derive(Debug, Clone, PartialEq)]
pub enum Ts {
    Name(String),
    Union(Vec<Ts>),
    Array(Box<Ts>),
    Map(Box<Ts>),
}

impl Ts {
    fn name(s: impl Into<String>) -> Ts {
        Ts::Name(s.into())
    }

    /// A union, flattened, without repeats; a single member is itself.
    pub fn union(parts: impl IntoIterator<Item = Ts>) -> Ts {
        let mut flat: Vec<Ts> = Vec::new();
        for p in parts {
            match p {
                Ts::Union(inner) => {
                    for i in inner {
                        if !flat.contains(&i) {
                            flat.push(i);
                        }
                    }
                }
                other => {
                    if !flat.contains(&other) {
                        flat.push(other);
                    }
                }
            }
        }
        if flat.len() == 1 {
            flat.pop().expect("one element")
        } else {
            Ts::Union(flat)
        }
    }

    pub fn or_undefined(self) -> Ts {
        Ts::union([self, Ts::name("undefined")])
    }

    pub fn print(&self) -> String {
        match self {
            Ts::Name(n) => n.clone(),
            Ts::Union(parts) => parts.iter().map(Ts::print).collect::<Vec<_>>().join(" | "),
            Ts::Array(e) => match e.as_ref() {
                Ts::Union(_) => format!("({})[]", e.print()),
                other => format!("{}[]", other.print()),
            },
            Ts::Map(e) => format!("{{[key: string]: {}}}", e.print()),
        }
    }
}

/// Prints model types as TypeScript for our package.
pub struct Printer<'a, 'p> {
    pub naming: &'a Naming<'p>,
    /// Dependencies' naming, by package name.
    pub deps: &'a BTreeMap<String, Naming<'p>>,
    /// Our input-shape types that functions' `Output` forms take: named `…Args` even where the
    /// compatibility mode drops the suffix.
    pub output_form_inputs: &'a HashSet<String>,
    /// The names the file being printed gives the resource classes it imports under an alias.
    pub aliases: Option<&'a ResourceAliases>,
}

/// The local names a file gives resource classes it imports where two bindings would share a
/// name ([`Imports::aliases`]), by (nodejs module path, class).
pub type ResourceAliases = HashMap<(String, String), String>;

impl<'a, 'p> Printer<'a, 'p> {
    /// This printer for a file that imports resource classes under `aliases`.
    pub fn with_aliases(&self, aliases: &'a ResourceAliases) -> Printer<'a, 'p> {
        Printer { naming: self.naming, deps: self.deps, output_form_inputs: self.output_form_inputs, aliases: Some(aliases) }
    }

    fn naming_of(&self, owner: &Owner) -> Option<&Naming<'p>> {
        match owner {
            Owner::Local => Some(self.naming),
            Owner::External(p) => self.deps.get(p),
        }
    }

    /// `input`: the type is printed for an input position (`inputs.` rather than `outputs.`).
    pub fn ts(&self, ty: &Ty, input: bool) -> Ts {
        match ty {
            Ty::Bool => Ts::name("boolean"),
            Ty::Int | Ty::Number => Ts::name("number"),
            Ty::Str => Ts::name("string"),
            Ty::Any | Ty::Json => Ts::name("any"),
            Ty::Archive => Ts::name("pulumi.asset.Archive"),
            Ty::Asset => Ts::Union(vec![Ts::name("pulumi.asset.Asset"), Ts::name("pulumi.asset.Archive")]),
            Ty::Input(inner) => self.input(inner, input, false),
            Ty::Optional(inner) => self.ts(inner, input).or_undefined(),
            Ty::Array(e) => Ts::Array(Box::new(self.ts(e, input))),
            Ty::Map(e) => Ts::Map(Box::new(self.ts(e, input))),
            Ty::Object { named, input_shape } => Ts::Name(self.object(named, input, *input_shape)),
            Ty::Enum { named, .. } => Ts::Name(self.enum_ref(named)),
            Ty::Resource { named, is_provider } => Ts::Name(self.resource(named, *is_provider)),
            Ty::Token(u) => u.as_ref().map_or(Ts::name("any"), |u| self.ts(u, input)),
            Ty::Union { elements, .. } => Ts::union(elements.iter().map(|e| self.ts(e, input))),
        }
    }

    /// `pulumi.Input<T>` (`any` stays `any`); the members of a union of inputs are unwrapped
    /// first, so it is `Input<A | B>`, not `Input<Input<A> | Input<B>>`.
    fn input(&self, inner: &Ty, input: bool, or_undefined: bool) -> Ts {
        let t = match inner {
            Ty::Union { elements, .. } => Ts::union(elements.iter().map(|e| match e {
                Ty::Input(i) => self.ts(i, input),
                other => self.ts(other, input),
            })),
            other => self.ts(other, input),
        };
        if t == Ts::name("any") {
            return t;
        }
        let t = if or_undefined { t.or_undefined() } else { t };
        Ts::Name(format!("pulumi.Input<{}>", t.print()))
    }

    /// A property's type as an interface member shows it, and whether it is optional (`?:`):
    /// an optional input is `Input<T | undefined>`, an optional plain or output value is `T`.
    pub fn member(&self, ty: &Ty, input: bool) -> (String, bool) {
        match ty {
            Ty::Optional(inner) => match inner.as_ref() {
                Ty::Input(i) => {
                    let t = self.input(i, input, true);
                    let t = if t == Ts::name("any") { t.or_undefined() } else { t };
                    (t.print(), true)
                }
                other => (self.ts(other, input).print(), true),
            },
            other => (self.ts(other, input).print(), false),
        }
    }

    /// A property's member type and optionality; a `const` string property prints as its literal.
    pub fn prop_member(&self, ty: &Ty, prop: &Property, input: bool) -> (String, bool) {
        let (t, optional) = self.member(ty, input);
        (with_const(t, prop), optional)
    }

    /// A property's type; a `const` string property prints as its literal.
    pub fn prop_ts(&self, ty: &Ty, prop: &Property, input: bool) -> String {
        with_const(self.ts(ty, input).print(), prop)
    }

    fn object(&self, named: &Named, input: bool, input_shape: bool) -> String {
        let Some(naming) = self.naming_of(&named.owner) else { return "any".into() };
        let root = if input { "inputs." } else { "outputs." };
        let legacy = naming.legacy_compat() && !(input && named.owner == Owner::Local && self.output_form_inputs.contains(&named.token));
        let name = naming.object_name(named, input_shape, legacy);
        match &named.owner {
            Owner::Local => format!("{root}{}{name}", naming.namespace_path(&named.module)),
            Owner::External(p) => {
                let root = if input { "types.input." } else { "types.output." };
                format!("{}.{root}{}{name}", self.naming.names.dependency(p), naming.namespace_path(&named.module))
            }
        }
    }

    fn enum_ref(&self, named: &Named) -> String {
        let Some(naming) = self.naming_of(&named.owner) else { return "any".into() };
        let name = naming.enum_name(named);
        match &named.owner {
            Owner::Local => format!("enums.{}{name}", naming.namespace_path(&named.module)),
            Owner::External(p) => format!("{}.{}{name}", self.naming.names.dependency(p), naming.namespace_path(&named.module)),
        }
    }

    fn resource(&self, named: &Named, is_provider: bool) -> String {
        match (&named.owner, is_provider) {
            (Owner::Local, _) => {
                let class = self.naming.resource_class(named, is_provider);
                let Some(aliases) = self.aliases.filter(|a| !a.is_empty()) else { return class };
                let module = if is_provider { String::new() } else { self.naming.module(&named.module) };
                let key = (module, class);
                aliases.get(&key).cloned().unwrap_or(key.1)
            }
            (Owner::External(p), true) => format!("{}.Provider", self.naming.names.dependency(p)),
            (Owner::External(p), false) => {
                let (path, class) = match self.naming_of(&named.owner) {
                    Some(n) => (n.namespace_path(&named.module), n.resource_class(named, false)),
                    None => (String::new(), by_rule::resource(&named.name)),
                };
                format!("{}.{path}{class}", self.naming.names.dependency(p))
            }
        }
    }
}

/// `string` in a printed type replaced by the literal of a `const` string value.
fn with_const(printed: String, prop: &Property) -> String {
    match prop.const_value.as_deref() {
        Some(serde_json::Value::String(v)) => replace_word(&printed, "string", &super::escape::string_literal(v)),
        _ => printed,
    }
}

/// `word` replaced where it stands alone (not inside a longer name).
fn replace_word(text: &str, word: &str, with: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(i) = rest.find(word) {
        let before = rest[..i].chars().next_back();
        let after = rest[i + word.len()..].chars().next();
        let part = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '.' || c == '$');
        out.push_str(&rest[..i]);
        out.push_str(if part(before) || part(after) { word } else { with });
        rest = &rest[i + word.len()..];
    }
    out.push_str(rest);
    out
}

/// What a file imports, collected from the types it prints.
#[derive(Debug, Default)]
pub struct Imports {
    /// It names this package's object types or enums (`inputs`, `outputs`, `enums`).
    pub nested: bool,
    /// Other packages' SDKs, by package name.
    pub external: BTreeSet<String>,
    /// Resources of this package, by the module (nodejs path) that exports them.
    pub local: BTreeMap<String, BTreeSet<String>>,
    seen: HashSet<(u8, String)>,
}

impl Imports {
    /// Adds what `ty` needs; object types of this package are searched into (their properties'
    /// resources are imported too), except `skip` (a resource does not import itself).
    pub fn add(&mut self, pkg: &Package, naming: &Naming<'_>, ty: &Ty, skip: Option<&str>) {
        let binder = Binder::new(pkg);
        let mut stack = vec![ty.clone()];
        while let Some(t) = stack.pop() {
            let mut found = Vec::new();
            t.visit_shallow(&mut found);
            for n in found {
                match n {
                    Ty::Object { named, .. } | Ty::Enum { named, .. } if named.owner != Owner::Local => {
                        if let Owner::External(p) = &named.owner {
                            self.external.insert(p.clone());
                        }
                    }
                    Ty::Object { named, .. } => {
                        self.nested = true;
                        if self.seen.insert((0, named.token.clone())) {
                            if let Some(TypeDef::Object(o)) = pkg.type_by_token(&named.token).map(|id| pkg.type_def(id)) {
                                stack.extend(o.properties.iter().map(|p| binder.property(p, false)));
                            }
                        }
                    }
                    Ty::Enum { .. } => self.nested = true,
                    Ty::Resource { named, is_provider } => match &named.owner {
                        Owner::External(p) => {
                            self.external.insert(p.clone());
                        }
                        Owner::Local if Some(named.token.as_str()) == skip => {}
                        Owner::Local => {
                            let module = if *is_provider { String::new() } else { naming.module(&named.module) };
                            self.local.entry(module).or_default().insert(naming.resource_class(named, *is_provider));
                        }
                    },
                    _ => {}
                }
            }
        }
    }

    /// Local names for the resource classes this file imports that would otherwise bind one
    /// name twice: classes of one name from several modules, or a class named like one of
    /// `own`, the names the file (in module `module`) declares. Those of `module` itself keep
    /// their names, the others are `_<folder>_<Class>` (`_root_<Class>` from the root).
    pub fn aliases(&self, naming: &Naming<'_>, module: &str, own: &[&str]) -> ResourceAliases {
        let mut modules_of: HashMap<&str, usize> = HashMap::new();
        for class in self.local.values().flatten() {
            *modules_of.entry(class.as_str()).or_default() += 1;
        }
        let mut aliases = ResourceAliases::new();
        if modules_of.values().all(|n| *n == 1) && !own.iter().any(|o| modules_of.contains_key(o)) {
            return aliases;
        }
        let mut scope = Scope::new(own.iter().copied().chain(self.local.values().flatten().map(String::as_str)));
        for (m, classes) in self.local.iter().filter(|(m, _)| m.as_str() != module) {
            let folder = naming.names.folder(m);
            let place = if folder.is_empty() { "root".to_string() } else { folder.replace('/', "_") };
            for class in classes.iter().filter(|c| modules_of[c.as_str()] > 1 || own.contains(&c.as_str())) {
                let alias = scope.claim(&crate::names::nodejs::plain_ident(&format!("_{place}_{class}")));
                aliases.insert((m.clone(), class.clone()), alias);
            }
        }
        aliases
    }

    /// The import lines of a file in module `module` (`""` the root) that also names `utilities`
    /// when `utilities` is set, importing resource classes under `aliases`.
    pub fn lines(&self, naming: &Naming<'_>, module: &str, contains_enums: bool, utilities: bool, aliases: &ResourceAliases) -> Vec<String> {
        let root = rel_root(module);
        let mut out = vec!["import * as pulumi from \"@pulumi/pulumi\";".to_string()];
        if self.nested {
            out.push(format!("import * as inputs from \"{root}/types/input\";"));
            out.push(format!("import * as outputs from \"{root}/types/output\";"));
            if contains_enums {
                out.push(format!("import * as enums from \"{root}/types/enums\";"));
            }
        }
        if utilities {
            out.push(format!("import * as utilities from \"{root}/utilities\";"));
        }
        for p in &self.external {
            let module = naming_dep_module(naming, p);
            out.push(format!("import * as {} from {};", naming.names.dependency(p), super::escape::string_literal(&module)));
        }
        for (m, items) in &self.local {
            let path = rel_module(&naming.names.folder(module), &naming.names.folder(m));
            let list: Vec<String> = items
                .iter()
                .map(|c| aliases.get(&(m.clone(), c.clone())).map_or_else(|| c.clone(), |a| format!("{c} as {a}")))
                .collect();
            out.push(format!("import {{ {} }} from {};", list.join(", "), super::escape::string_literal(&path)));
        }
        out
    }
}

/// The npm package another package's SDK is imported from.
fn naming_dep_module(naming: &Naming<'_>, dep: &str) -> String {
    let _ = naming;
    format!("@pulumi/{dep}")
}

/// The path from a module's folder to the package root (`.`, `..`, `../..`).
pub fn rel_root(module: &str) -> String {
    let depth = module.split('/').filter(|p| !p.is_empty()).count();
    if depth == 0 {
        ".".into()
    } else {
        vec![".."; depth].join("/")
    }
}

/// The import path from the folder `from_dir` to the index of the folder `to_dir`.
fn rel_module(from_dir: &str, to_dir: &str) -> String {
    if from_dir == to_dir {
        return "./index".into();
    }
    let f: Vec<&str> = from_dir.split('/').filter(|p| !p.is_empty()).collect();
    let t: Vec<&str> = to_dir.split('/').filter(|p| !p.is_empty()).collect();
    let common = f.iter().zip(&t).take_while(|(a, b)| a == b).count();
    let mut parts: Vec<String> = vec!["..".into(); f.len() - common];
    parts.extend(t[common..].iter().map(|s| s.to_string()));
    // A folder named into is named by its index: a file of the folder's name beside it (a
    // module `utilities` beside `utilities.ts`) would be resolved first.
    if common < t.len() {
        parts.push("index".into());
    }
    if parts.is_empty() {
        "./index".into()
    } else if parts[0] == ".." {
        parts.join("/")
    } else {
        format!("./{}", parts.join("/"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_paths() {
        assert_eq!(rel_root(""), ".");
        assert_eq!(rel_root("a/b"), "../..");
        assert_eq!(rel_module("", ""), "./index");
        assert_eq!(rel_module("mod", ""), "..");
        assert_eq!(rel_module("", "mod"), "./mod/index");
        assert_eq!(rel_module("a/b", "a/c"), "../c/index");
        assert_eq!(rel_module("a/b", "a"), "..");
    }

    #[test]
    fn unions_flatten_and_arrays_parenthesize() {
        let u = Ts::union([Ts::name("a"), Ts::Union(vec![Ts::name("b"), Ts::name("a")])]);
        assert_eq!(u.print(), "a | b");
        assert_eq!(Ts::Array(Box::new(u.clone())).print(), "(a | b)[]");
        assert_eq!(u.or_undefined().print(), "a | b | undefined");
    }
}
