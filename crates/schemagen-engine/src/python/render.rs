//! Lays the package out: one askama template per kind of file, fed with views from [`build`].

use std::collections::{BTreeMap, BTreeSet, HashMap};

use askama::Template;
use schemagen_schema::{Package, Property, Resource, Type, TypeDef};

use super::annotate::{primitive_literal, Annotator, PkgSettings};
use super::build::{rel_import, ModuleBuilder};
use super::escape::{doc_lines, double_quoted, single_quoted};
use super::plan::{ModPlan, Plan, ResRef};
use super::types::{Binder, PyType};
use super::view::*;
use crate::names::python::{py_class_name, py_name, token_name, enum_member_name, valid_identifier};
use crate::{GeneratedFile, OutputError};

#[derive(Template)]
#[template(path = "python/resource.py")]
struct ResourceFile {
    header: Header,
    all: Vec<String>,
    args: ClassView,
    state: Option<ClassView>,
    res: ResourceView,
}

#[derive(Template)]
#[template(path = "python/function.py")]
struct FunctionFile {
    header: Header,
    all: Vec<String>,
    deprecation_lit: Option<String>,
    result: Option<ResultClass>,
    defs: Vec<FunctionDef>,
}

#[derive(Template)]
#[template(path = "python/types.py")]
struct TypesFile {
    header: Header,
    all: Vec<String>,
    classes: Vec<ClassView>,
}

struct EnumView {
    name: String,
    name_lit: String,
    token_lit: String,
    base: String,
    doc: Vec<String>,
    members: Vec<(String, String, Vec<String>)>,
}

#[derive(Template)]
#[template(path = "python/enums.py")]
struct EnumsFile {
    header: Header,
    enums: Vec<EnumView>,
}

#[derive(Template)]
#[template(path = "python/init.py")]
struct InitFile {
    header: Header,
    exports: Vec<String>,
    has_inputs: bool,
    has_outputs: bool,
    children: Vec<(String, String)>,
    fqn_lits: Vec<String>,
    registration: Option<(String, String)>,
}

#[derive(Template)]
#[template(path = "python/config_init.py")]
struct ConfigInitFile {
    header: Header,
}

struct ConfigVar {
    name: String,
    ty: String,
    doc: Vec<String>,
    fetch: String,
}

#[derive(Template)]
#[template(path = "python/config_vars.py")]
struct ConfigVarsFile {
    header: Header,
    namespace_lit: String,
    vars: Vec<ConfigVar>,
}

#[derive(Template)]
#[template(path = "python/config_stubs.pyi")]
struct ConfigStubsFile {
    header: Header,
    vars: Vec<ConfigVar>,
}

#[derive(Template)]
#[template(path = "python/utilities.py")]
struct UtilitiesFile {
    py_pkg_lit: String,
    version_lit: String,
    download_url_lit: String,
}

#[derive(Template)]
#[template(path = "python/README.md")]
struct ReadmeFile {
    readme: String,
}

#[derive(Template)]
#[template(path = "python/plugin.json")]
struct PluginFile {
    json: String,
}

#[derive(Template)]
#[template(path = "python/pyproject.toml")]
struct PyprojectFile {
    name_lit: String,
    version_lit: String,
    description_lit: String,
    keywords: Vec<String>,
    dependencies: Vec<String>,
    license_lit: Option<String>,
    urls: Vec<(String, String)>,
    pkg_lit: String,
}

const BASE_TYPINGS: [&str; 6] = ["Any", "Mapping", "Optional", "Sequence", "Union", "overload"];

fn render(t: &impl Template) -> Result<String, OutputError> {
    // askama drops a template's final newline; every file ends with one.
    t.render().map(|s| s + "\n").map_err(|e| OutputError::Unsupported(format!("template error: {e}")))
}

/// The provider resource Pulumi's binder creates when a schema declares none.
fn default_provider(pkg: &Package) -> Resource {
    Resource {
        token: schemagen_schema::Token {
            full: format!("pulumi:providers:{}", pkg.name),
            package: "pulumi".into(),
            module_part: "providers".into(),
            module: String::new(),
            name: pkg.name.clone(),
        },
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
    }
}

struct Ctx<'a> {
    pkg: &'a Package,
    settings: PkgSettings,
    deps: HashMap<String, PkgSettings>,
    plan: Plan,
    provider: Resource,
}

impl<'a> Ctx<'a> {
    fn annotator(&self, module: &str) -> Annotator<'_> {
        Annotator { local: &self.settings, deps: &self.deps, usage: &self.plan.usage, module: module.to_string() }
    }

    fn builder(&'a self, module: &str) -> ModuleBuilder<'a> {
        ModuleBuilder {
            pkg: self.pkg,
            ann: self.annotator(module),
            binder: Binder::new(self.pkg),
            imports: BTreeSet::new(),
            needs_literal: false,
        }
    }

    fn header(&self, module: &str, b: Option<&ModuleBuilder<'_>>, extra: &[&str]) -> Header {
        let mut typings: Vec<&str> = BASE_TYPINGS.to_vec();
        typings.extend_from_slice(extra);
        if b.is_some_and(|b| b.needs_literal) {
            typings.push("Literal");
        }
        Header {
            needs_sdk: b.is_some(),
            typed_dict: self.settings.typed_dicts(),
            typings: typings.join(", "),
            utilities_import: format!("from {} import _utilities", rel_import(module, "")),
            imports: b.map(|b| b.imports.iter().cloned().collect()).unwrap_or_default(),
        }
    }

    fn resource(&self, r: ResRef) -> &Resource {
        match r {
            ResRef::Provider => self.pkg.provider.as_ref().unwrap_or(&self.provider),
            ResRef::Resource(id) => self.pkg.resource(id),
        }
    }

    /// The unqualified import name of a child module (its last part).
    fn short_name(path: &str) -> String {
        py_name(path.rsplit('/').next().unwrap_or(path))
    }

    fn fqn(&self, path: &str) -> String {
        if path.is_empty() {
            self.settings.py_pkg.clone()
        } else {
            let parts: Vec<String> = path.split('/').map(py_name).collect();
            format!("{}.{}", self.settings.py_pkg, parts.join("."))
        }
    }

    fn has_types(&self, m: &ModPlan, input: bool) -> bool {
        m.types.iter().any(|id| {
            let tok = &self.pkg.type_def(*id).token().full;
            [false, true].iter().any(|shape| {
                self.plan.usage.get(&(tok.clone(), *shape)).is_some_and(|u| if input { u.input } else { u.output })
            })
        })
    }
}

pub fn package(pkg: &Package) -> Result<Vec<GeneratedFile>, OutputError> {
    let settings = PkgSettings::of(pkg);
    let deps = pkg.dependencies.iter().map(|d| (d.name.clone(), PkgSettings::of(d))).collect();
    let plan = Plan::new(pkg, &settings);
    let ctx = Ctx { pkg, settings, deps, plan, provider: default_provider(pkg) };
    let root = ctx.settings.py_pkg.clone();
    let mut files = Vec::new();
    let mut add = |path: String, contents: String| -> Result<(), OutputError> {
        files.push(GeneratedFile::new(path, contents)?);
        Ok(())
    };

    for (path, m) in &ctx.plan.modules {
        if ctx.plan.is_empty(path) {
            continue;
        }
        let dir = if path.is_empty() { root.clone() } else { format!("{root}/{path}") };
        let mut exports: Vec<String> = Vec::new();
        let children_short: BTreeSet<String> =
            m.children.iter().filter(|c| !ctx.plan.is_empty(c)).map(|c| Ctx::short_name(c)).collect();
        let file_name = |base: String| if children_short.contains(&base) { base + "_" } else { base };

        if path.is_empty() {
            add(format!("{dir}/_utilities.py"), render(&utilities(&ctx))?)?;
            add(format!("{dir}/py.typed"), String::new())?;
            add(format!("{dir}/README.md"), render(&ReadmeFile { readme: readme(pkg) })?.trim_end().to_string() + "\n")?;
        }
        if m.is_config {
            let (vars_file, stubs) = config_files(&ctx, path)?;
            add(format!("{dir}/vars.py"), vars_file)?;
            add(format!("{dir}/__init__.pyi"), stubs)?;
        }

        // Input types that would take a resource's `<Name>Args` name push it to `<Name>InitArgs`.
        let input_type_names: BTreeSet<String> = {
            let ann = ctx.annotator(path);
            m.types
                .iter()
                .flat_map(|id| {
                    let t = ctx.pkg.type_def(*id).token();
                    let named = super::types::Named { owner: super::types::Owner::Local, token: t.full.clone(), module: t.module.clone(), name: t.name.clone() };
                    [false, true]
                        .into_iter()
                        .filter(|shape| ctx.plan.usage.get(&(t.full.clone(), *shape)).is_some_and(|u| u.input))
                        .map(|shape| ann.object_class_name(&named, shape, true))
                        .collect::<Vec<_>>()
                })
                .collect()
        };

        for r in &m.resources {
            let res = ctx.resource(*r);
            if res.is_overlay {
                continue;
            }
            let mut b = ctx.builder(path);
            let name = if res.is_provider { "Provider".to_string() } else { py_class_name(&res.token.name) };
            let mut args_name = format!("{name}Args");
            if input_type_names.contains(&args_name) {
                args_name = format!("{name}InitArgs");
            }
            let (args, state, view) = b.resource(res, args_name.clone());
            let stem = file_name(if res.is_provider { "provider".into() } else { b.resource_file(&res.token.name, path) });
            let header = ctx.header(path, Some(&b), &[]);
            let file = ResourceFile { header, all: vec![single_quoted(&args_name), single_quoted(&name)], args, state, res: view };
            add(format!("{dir}/{stem}.py"), render(&file)?)?;
            exports.push(stem);
        }

        for id in &m.functions {
            let f = ctx.pkg.function(*id);
            if f.is_overlay {
                continue;
            }
            let mut b = ctx.builder(path);
            let (result, defs, all) = b.function(f);
            let no_outputs = !matches!(&f.outputs, schemagen_schema::FunctionOutputs::Object(o) if !o.properties.is_empty());
            let header = ctx.header(path, Some(&b), if no_outputs { &["Awaitable"] } else { &[] });
            let file = FunctionFile {
                header,
                all: all.iter().map(|a| single_quoted(a)).collect(),
                deprecation_lit: f.deprecation_message.as_deref().map(double_quoted),
                result,
                defs,
            };
            let stem = file_name(py_name(&token_name(&f.token.name)));
            add(format!("{dir}/{stem}.py"), render(&file)?)?;
            exports.push(stem);
        }

        for input in [true, false] {
            if let Some(text) = types_file(&ctx, path, m, input)? {
                add(format!("{dir}/{}", if input { "_inputs.py" } else { "outputs.py" }), text)?;
            }
        }

        if !m.enums.is_empty() {
            add(format!("{dir}/_enums.py"), enums_file(&ctx, path, m)?)?;
            exports.push("_enums".into());
        }

        if m.is_config {
            let header = ctx.header(path, None, &[]);
            add(format!("{dir}/__init__.py"), render(&ConfigInitFile { header })?)?;
            continue;
        }
        exports.sort_by_key(|e| py_name(e));
        let mut children: Vec<&String> = m.children.iter().filter(|c| !ctx.plan.is_empty(c)).collect();
        children.sort_by_key(|c| py_name(c));
        let children: Vec<(String, String)> = children.iter().map(|c| (Ctx::short_name(c), ctx.fqn(c))).collect();
        let registration = if path.is_empty() { Some(registration(&ctx)) } else { None };
        let init = InitFile {
            header: ctx.header(path, None, &[]),
            exports,
            has_inputs: ctx.has_types(m, true),
            has_outputs: ctx.has_types(m, false),
            fqn_lits: children.iter().map(|(_, f)| single_quoted(f)).collect(),
            children,
            registration,
        };
        add(format!("{dir}/__init__.py"), render(&init)?)?;
    }

    add(format!("{root}/pulumi-plugin.json"), render(&PluginFile { json: plugin_json(pkg) })?)?;
    add("pyproject.toml".into(), render(&pyproject(&ctx))?)?;
    files.sort_by(|a, b| a.path().cmp(b.path()));
    Ok(files)
}

fn types_file(ctx: &Ctx<'_>, path: &str, m: &ModPlan, input: bool) -> Result<Option<String>, OutputError> {
    let mut b = ctx.builder(path);
    let mut classes = Vec::new();
    let mut all = Vec::new();
    for id in &m.types {
        let TypeDef::Object(obj) = ctx.pkg.type_def(*id) else { continue };
        for shape in [false, true] {
            let Some(u) = ctx.plan.usage.get(&(obj.token.full.clone(), shape)) else { continue };
            if (input && !u.input) || (!input && !u.output) {
                continue;
            }
            let props: Vec<PyType> = obj.properties.iter().map(|p| b.binder.property(p, shape)).collect();
            if input {
                // Inside _inputs.py, this module's input types need no import.
                b.collect_imports(&props, true, None);
                b.imports.remove("from ._inputs import *");
            } else {
                b.collect_imports(&props, false, None);
            }
            let c = b.object_class(obj, input, shape, !input && u.resource_output);
            all.push(single_quoted(&c.name));
            if let Some(d) = &c.dict {
                all.push(single_quoted(&d.name));
            }
            classes.push(c);
        }
    }
    if !m.enums.is_empty() {
        b.imports.insert("from ._enums import *".into());
    }
    if classes.is_empty() {
        return Ok(None);
    }
    let header = ctx.header(path, Some(&b), &[]);
    Ok(Some(render(&TypesFile { header, all, classes })?))
}

fn enums_file(ctx: &Ctx<'_>, path: &str, m: &ModPlan) -> Result<String, OutputError> {
    let ann = ctx.annotator(path);
    let mut enums = Vec::new();
    for id in &m.enums {
        let TypeDef::Enum(e) = ctx.pkg.type_def(*id) else { continue };
        let name = py_class_name(&e.token.name);
        let element = Binder::new(ctx.pkg).bare(&e.element);
        if matches!(element, PyType::Bool) {
            return Err(OutputError::Unsupported(format!("enum `{}`: boolean enums cannot be written in Python", e.token.full)));
        }
        let base = ann.annotate(&element, Default::default());
        let mut members = Vec::new();
        let mut used = BTreeSet::new();
        for v in &e.values {
            let raw = v.name.clone().unwrap_or_else(|| match &v.value {
                serde_json::Value::String(s) => s.clone(),
                other => other.to_string(),
            });
            let mut member = enum_member_name(&raw, &e.token.name);
            while !used.insert(member.clone()) {
                member.push('_');
            }
            let value = primitive_literal(&v.value).unwrap_or_else(|| "None".into());
            members.push((member, value, v.description.as_deref().map(doc_lines).unwrap_or_default()));
        }
        enums.push(EnumView {
            name_lit: single_quoted(&name),
            name,
            token_lit: double_quoted(&e.token.full),
            base,
            doc: e.description.as_deref().map(doc_lines).unwrap_or_default(),
            members,
        });
    }
    render(&EnumsFile { header: ctx.header(path, None, &[]), enums })
}

fn config_files(ctx: &Ctx<'_>, path: &str) -> Result<(String, String), OutputError> {
    let mut b = ctx.builder(path);
    let binder = Binder::new(ctx.pkg);
    let types: Vec<PyType> = ctx.pkg.config.iter().map(|p| binder.property(p, false)).collect();
    b.collect_imports(&types, false, None);
    let vars_of = |stub: bool| -> Vec<ConfigVar> {
        ctx.pkg
            .config
            .iter()
            .map(|p: &Property| {
                let prim = match &p.ty {
                    Type::Boolean => ("bool", "get_bool"),
                    Type::Integer => ("int", "get_int"),
                    Type::Number => ("float", "get_float"),
                    _ => ("str", "get"),
                };
                let default = config_default(p);
                let ty = if p.default.is_some() { prim.0.to_string() } else { format!("Optional[{}]", prim.0) };
                let name = if stub && valid_identifier(&p.name) == p.name { p.name.clone() } else { py_name(&p.name) };
                let mut fetch = format!("__config__.{}({})", prim.1, single_quoted(&p.name));
                if let Some(d) = default {
                    fetch = format!("{fetch} or {d}");
                }
                ConfigVar { name, ty, doc: p.description.as_deref().map(doc_lines).unwrap_or_default(), fetch }
            })
            .collect()
    };
    let vars = render(&ConfigVarsFile { header: ctx.header(path, Some(&b), &[]), namespace_lit: single_quoted(&ctx.pkg.name), vars: vars_of(false) })?;
    let stubs = render(&ConfigStubsFile { header: ctx.header(path, Some(&b), &[]), vars: vars_of(true) })?;
    Ok((vars, stubs))
}

fn config_default(p: &Property) -> Option<String> {
    let value = p.default.as_ref().and_then(primitive_literal);
    let env = p.default_info.as_ref().map(|d| &d.environment).filter(|e| !e.is_empty());
    match (env, value) {
        (None, v) => v,
        (Some(vars), v) => {
            let f = match &p.ty {
                Type::Boolean => "_utilities.get_env_bool",
                Type::Integer => "_utilities.get_env_int",
                Type::Number => "_utilities.get_env_float",
                _ => "_utilities.get_env",
            };
            let args = vars.iter().map(|e| single_quoted(e)).collect::<Vec<_>>().join(", ");
            Some(match v {
                Some(v) => format!("({f}({args}) or {v})"),
                None => format!("{f}({args})"),
            })
        }
    }
}

/// The JSON the root `__init__.py` hands to `_utilities.register`, as Python string literals.
fn registration(ctx: &Ctx<'_>) -> (String, String) {
    let mut modules: BTreeMap<String, serde_json::Value> = BTreeMap::new();
    let mut packages = Vec::new();
    for (path, m) in &ctx.plan.modules {
        let mut by_mod: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
        for r in &m.resources {
            let res = ctx.resource(*r);
            if res.is_overlay {
                continue;
            }
            if res.is_provider {
                packages.push(serde_json::json!({
                    "pkg": ctx.pkg.name, "token": res.token.full, "fqn": ctx.fqn(path), "class": "Provider",
                }));
                continue;
            }
            by_mod.entry(res.token.module_part.clone()).or_default().insert(res.token.full.clone(), token_name(&res.token.name));
        }
        for (module, classes) in by_mod {
            let key = format!("{}:{module}", ctx.pkg.name);
            modules.insert(key, serde_json::json!({"pkg": ctx.pkg.name, "mod": module, "fqn": ctx.fqn(path), "classes": classes}));
        }
    }
    let pretty = |v: &serde_json::Value| {
        let mut buf = Vec::new();
        let fmt = serde_json::ser::PrettyFormatter::with_indent(b" ");
        let mut ser = serde_json::Serializer::with_formatter(&mut buf, fmt);
        serde::Serialize::serialize(v, &mut ser).expect("JSON values serialize");
        String::from_utf8(buf).expect("serde_json writes UTF-8")
    };
    let modules = serde_json::Value::Array(modules.into_values().collect());
    let packages = serde_json::Value::Array(packages);
    (double_quoted(&pretty(&modules)), double_quoted(&pretty(&packages)))
}

fn utilities(ctx: &Ctx<'_>) -> UtilitiesFile {
    let opt = |v: Option<&str>| v.map_or_else(|| "None".to_string(), double_quoted);
    UtilitiesFile {
        py_pkg_lit: double_quoted(&ctx.settings.py_pkg),
        version_lit: opt(ctx.pkg.version.as_deref()),
        download_url_lit: opt(ctx.pkg.plugin_download_url.as_deref().filter(|u| !u.is_empty())),
    }
}

fn readme(pkg: &Package) -> String {
    if let Some(r) = pkg.language.python.as_ref().and_then(|p| p.readme.clone()).filter(|r| !r.is_empty()) {
        return r;
    }
    let mut text = pkg.description.clone().unwrap_or_default();
    if let Some(a) = pkg.attribution.as_deref().filter(|a| !a.is_empty()) {
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        text.push_str(a);
    }
    text
}

fn plugin_json(pkg: &Package) -> String {
    let mut v = serde_json::Map::new();
    v.insert("resource".into(), true.into());
    v.insert("name".into(), pkg.name.clone().into());
    let respect = pkg.language.python.as_ref().is_some_and(|p| p.respect_schema_version);
    if let (true, Some(ver)) = (respect, &pkg.version) {
        v.insert("version".into(), ver.clone().into());
    }
    if let Some(url) = pkg.plugin_download_url.as_deref().filter(|u| !u.is_empty()) {
        v.insert("server".into(), url.into());
    }
    serde_json::to_string_pretty(&serde_json::Value::Object(v)).expect("JSON values serialize")
}

fn pyproject(ctx: &Ctx<'_>) -> PyprojectFile {
    let pkg = ctx.pkg;
    let mut deps: BTreeMap<String, String> = BTreeMap::new();
    deps.insert("parver".into(), ">=0.2.1".into());
    deps.insert("pulumi".into(), ">=3.0.0,<4.0.0".into());
    deps.insert("semver".into(), ">=2.8.1".into());
    for d in &pkg.dependencies {
        if let Some(v) = &d.version {
            deps.insert(crate::names::python::py_pack(d.namespace.as_deref(), &d.name), format!(">={v}"));
        }
    }
    if let Some(py) = &pkg.language.python {
        for (k, v) in &py.requires {
            deps.insert(k.clone(), v.clone());
        }
    }
    if ctx.settings.typed_dicts() {
        deps.insert("typing-extensions".into(), ">=4.11,<5; python_version < \"3.11\"".into());
    }
    let mut urls = Vec::new();
    if let Some(h) = &pkg.homepage {
        urls.push(("Homepage".to_string(), double_quoted(h)));
    }
    if let Some(r) = &pkg.repository {
        urls.push(("Repository".to_string(), double_quoted(r)));
    }
    let description = pkg.description.as_deref().and_then(|d| d.lines().next()).unwrap_or_default();
    PyprojectFile {
        name_lit: double_quoted(&ctx.settings.py_pkg),
        version_lit: double_quoted(&pep440(pkg.version.as_deref().unwrap_or("0.0.0"))),
        description_lit: double_quoted(description),
        keywords: pkg.keywords.iter().map(|k| double_quoted(k)).collect(),
        dependencies: deps.into_iter().map(|(k, v)| double_quoted(&format!("{k}{v}"))).collect(),
        license_lit: pkg.license.as_deref().map(double_quoted),
        urls,
        pkg_lit: double_quoted(&ctx.settings.py_pkg),
    }
}

/// A semver version in PEP 440 form (`1.2.3-alpha.4` → `1.2.3a4`); unknown suffixes are dropped.
fn pep440(v: &str) -> String {
    let (core, pre) = v.split_once('-').map_or((v, None), |(c, p)| (c, Some(p)));
    let core: String = core.split('+').next().unwrap_or(core).to_string();
    let Some(pre) = pre else { return core };
    let pre = pre.split('+').next().unwrap_or(pre);
    let digits: String = pre.chars().filter(|c| c.is_ascii_digit()).collect();
    let n = if digits.is_empty() { "0".to_string() } else { digits };
    let tag = if pre.starts_with("alpha") {
        "a"
    } else if pre.starts_with("beta") {
        "b"
    } else if pre.starts_with("rc") {
        "rc"
    } else {
        return format!("{core}.dev{n}");
    };
    format!("{core}{tag}{n}")
}
