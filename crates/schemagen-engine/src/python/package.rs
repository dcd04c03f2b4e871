//! Lays the package out: walks the module plan and renders every file of every module.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use rayon::prelude::*;
use schemagen_schema::{Package, Property, Resource, Type, TypeDef};

use super::annotate::{Annotator, PkgSettings};
use super::escape::{double_quoted, literal, single_quoted};
use super::meta;
use super::module::{default_view, deprecation_text, description_lines, rel_import, ModuleBuilder};
use super::plan::{ModPlan, Plan};
use super::render::*;
use crate::model::{Model, ResRef, Ty};
use super::view::Header;
use crate::names::python::{py_name, ClassUse, ModuleDefs, ObjectUses};
use crate::{GeneratedFile, OutputError};

const BASE_TYPINGS: [&str; 6] = ["Any", "Mapping", "Optional", "Sequence", "Union", "overload"];

struct Ctx<'a> {
    pkg: &'a Package,
    model: Model<'a>,
    settings: PkgSettings,
    deps: HashMap<String, PkgSettings>,
    plan: Plan,
    version: meta::Version,
}

impl<'a> Ctx<'a> {
    fn builder(&'a self, module: &str) -> ModuleBuilder<'a> {
        ModuleBuilder {
            pkg: self.pkg,
            ann: Annotator {
                local: &self.settings,
                deps: &self.deps,
                usage: self.model.usage(),
                module: module.to_string(),
                in_types_file: false,
            },
            binder: self.model.binder(),
            imports: BTreeSet::new(),
            needs_literal: false,
            model: &self.model,
            imported: Default::default(),
        }
    }

    /// The header of a module; `sdk` brings the Pulumi SDK and the builder's imports.
    fn header(&self, module: &str, sdk: Option<&ModuleBuilder<'_>>, extra: &[&'static str]) -> Header {
        let mut typings: Vec<&'static str> = BASE_TYPINGS.to_vec();
        typings.extend_from_slice(extra);
        if sdk.is_some_and(|b| b.needs_literal) {
            typings.push("Literal");
        }
        Header {
            needs_sdk: sdk.is_some(),
            typed_dict: self.settings.typed_dicts(),
            typings,
            root: rel_import(module, ""),
            imports: sdk.map(|b| b.imports.iter().cloned().collect()).unwrap_or_default(),
        }
    }

    fn resource(&self, r: ResRef) -> &Resource {
        self.model.resource(r)
    }

    /// The fully qualified import name of a module.
    fn fqn(&self, path: &str) -> String {
        self.settings.names.import_names(path).fqn
    }

    /// The name a parent module binds a child module to.
    fn short_name(&self, path: &str) -> String {
        self.settings.names.import_names(path).short
    }

    fn used_as(&self, token: &str, input: bool) -> bool {
        self.model.used_as(token, input)
    }
}

pub fn package(pkg: &Package, options: &super::SdkOptions, sink: &dyn crate::output::FileSink) -> Result<(), OutputError> {
    let mut settings = PkgSettings::of(pkg);
    let deps = pkg.dependencies.iter().map(|d| (d.name.clone(), PkgSettings::of(d))).collect();
    let model = Model::new(pkg);
    let plan = Plan::new(&model, &settings);
    let version = meta::Version::of(pkg, options);
    assign_files(&mut settings, &model, &plan);
    let ctx = Ctx { pkg, model, settings, deps, plan, version };
    let root = ctx.settings.names.package().to_string();
    // Each module is rendered on its own rayon task; its files go to the sink when it is done.
    let modules: Vec<_> = ctx.plan.modules.iter().filter(|(path, _)| !ctx.plan.is_empty(path)).collect();
    // At least a file per resource and function and an `__init__.py` per module.
    let written = |m: &ModPlan| {
        let resources = m.contents.resources.iter().filter(|r| !ctx.resource(**r).is_overlay).count();
        resources + m.contents.functions.iter().filter(|f| !ctx.pkg.function(**f).is_overlay).count() + 1
    };
    sink.expect(modules.iter().map(|(_, m)| written(m)).sum());
    modules.par_iter().try_for_each(|(path, m)| {
        let dir = if path.is_empty() { root.clone() } else { format!("{root}/{path}") };
        module_files(&ctx, path, m)?.into_iter().try_for_each(|(name, contents)| sink.put(GeneratedFile::new(format!("{dir}/{name}"), contents)?))
    })?;
    sink.put(GeneratedFile::new(format!("{root}/pulumi-plugin.json"), render(&PluginFile { json: meta::plugin_json(pkg, &ctx.version) })?)?)?;
    sink.put(GeneratedFile::new("pyproject.toml", render(&meta::pyproject(pkg, &ctx.settings, &ctx.deps, &ctx.version))?)?)
}

/// Names every module's files, functions and classes in the naming table, before any is
/// rendered: a module's types file imports its resources by their files, and every module
/// names other modules' classes.
fn assign_files(settings: &mut PkgSettings, model: &Model<'_>, plan: &Plan) {
    // In path order: the root module (the empty path) first, whose classes the others import.
    let paths: Vec<String> = plan.modules.keys().filter(|p| !plan.is_empty(p)).cloned().collect();
    settings.names.assign_import_names(&paths);
    let legacy = settings.legacy_object_names();
    for path in &paths {
        let m = &plan.modules[path];
        let children: Vec<String> = m.children.iter().filter(|c| !plan.is_empty(c)).cloned().collect();
        // The classes `_inputs.py` and `outputs.py` write for each object type, as they decide.
        let objects = m
            .contents
            .types
            .iter()
            .filter_map(|id| match model.pkg.type_def(*id) {
                TypeDef::Object(o) => Some(&o.token),
                TypeDef::Enum(_) => None,
            })
            .map(|token| {
                let used_plainly = legacy && model.usage_of(&token.full, false).is_some_and(|u| u.plain);
                let uses = [false, true]
                    .into_iter()
                    .flat_map(|shape| model.usage_of(&token.full, shape).map(|u| (shape, *u)))
                    .flat_map(|(shape, u)| {
                        [(true, u.input), (false, u.output)].into_iter().filter(|(_, used)| *used).map(move |(input, _)| ClassUse { input, input_shape: shape, used_plainly: used_plainly && !input })
                    })
                    .collect();
                ObjectUses { token, uses }
            })
            .collect();
        let enums = m.contents.enums.iter().copied().filter(|id| matches!(model.pkg.type_def(*id), TypeDef::Enum(_))).collect();
        settings.names.assign_module(ModuleDefs {
            path,
            children: &children,
            resources: m.contents.resources.iter().map(|r| model.resource(*r)).filter(|r| !r.is_overlay).collect(),
            functions: m.contents.functions.iter().map(|f| model.pkg.function(*f)).filter(|f| !f.is_overlay).collect(),
            objects,
            enums,
            typed_dicts: settings.typed_dicts(),
            legacy,
        });
    }
}

/// Every file of one module, by file name.
fn module_files(ctx: &Ctx<'_>, path: &str, m: &ModPlan) -> Result<Vec<(String, String)>, OutputError> {
    let mut out = Vec::new();
    let mut exports: Vec<String> = Vec::new();

    if path.is_empty() {
        out.push(("_utilities.py".into(), render(&meta::utilities(ctx.pkg, &ctx.settings, &ctx.version))?));
        out.push(("py.typed".into(), String::new()));
        out.push(("README.md".into(), render(&ReadmeFile { readme: meta::readme(ctx.pkg) })?));
    }

    for r in &m.contents.resources {
        let res = ctx.resource(*r);
        if res.is_overlay {
            continue;
        }
        let mut b = ctx.builder(path);
        let views = b.resource(res)?;
        let file = ctx.settings.names.resource_file(&res.token.full, &res.token.name).file;
        let header = ctx.header(path, Some(&b), &[]);
        out.push((format!("{file}.py"), render(&ResourceFile { header, args: views.args, state: views.state, res: views.resource })?));
        exports.push(file);
    }

    for id in &m.contents.functions {
        let f = ctx.pkg.function(*id);
        if f.is_overlay {
            continue;
        }
        let mut b = ctx.builder(path);
        let names = ctx.settings.names.function(&f.token.full).expect("every module's functions are named before it is rendered");
        let fn_name = names.name.clone();
        let views = b.function(f, names);
        let header = ctx.header(path, Some(&b), if views.awaitable_none { &["Awaitable"] } else { &[] });
        let file = FunctionFile {
            header,
            all: views.all.iter().map(|a| single_quoted(a)).collect(),
            name: fn_name.clone(),
            deprecation: f.deprecation_message.as_deref().map(deprecation_text),
            result: views.result,
            defs: views.defs,
        };
        let name = names.file.clone();
        out.push((format!("{name}.py"), render(&file)?));
        exports.push(name);
    }

    let mut type_names = (Vec::new(), false);
    for input in [true, false] {
        if let Some((text, names)) = types_file(ctx, path, m, input)? {
            out.push((if input { "_inputs.py" } else { "outputs.py" }.into(), text));
            if input {
                type_names.0 = names;
            } else {
                type_names.1 = true;
            }
        }
    }
    if m.is_config {
        let (vars, stubs) = config_files(ctx, path, type_names)?;
        out.push(("vars.py".into(), vars));
        out.push(("__init__.pyi".into(), stubs));
    }
    if !m.contents.enums.is_empty() {
        out.push(("_enums.py".into(), enums_file(ctx, path, m)?));
        exports.push("_enums".into());
    }

    if m.is_config {
        exports.sort_by_key(|e| py_name(e));
        out.push(("__init__.py".into(), render(&ConfigInitFile { header: ctx.header(path, None, &[]), exports })?));
        return Ok(out);
    }
    exports.sort_by_key(|e| py_name(e));
    let mut child_paths: Vec<&String> = m.children.iter().filter(|c| !ctx.plan.is_empty(c)).collect();
    child_paths.sort_by_key(|c| py_name(c));
    let init = InitFile {
        header: ctx.header(path, None, &[]),
        exports,
        has_inputs: m.contents.types.iter().any(|id| ctx.used_as(&ctx.pkg.type_def(*id).token().full, true)),
        has_outputs: m.contents.types.iter().any(|id| ctx.used_as(&ctx.pkg.type_def(*id).token().full, false)),
        children: child_paths
            .iter()
            .map(|c| ChildModule { short: ctx.short_name(c), fqn: ctx.fqn(c), fqn_lit: single_quoted(&ctx.fqn(c)) })
            .collect(),
        registration: path.is_empty().then(|| registration(ctx)),
    };
    out.push(("__init__.py".into(), render(&init)?));
    Ok(out)
}

/// `_inputs.py` or `outputs.py` of a module, when it has such types, with the classes it defines.
fn types_file(ctx: &Ctx<'_>, path: &str, m: &ModPlan, input: bool) -> Result<Option<(String, Vec<String>)>, OutputError> {
    let mut b = ctx.builder(path);
    b.ann.in_types_file = true;
    let mut classes = Vec::new();
    let mut all = Vec::new();
    for id in &m.contents.types {
        let TypeDef::Object(obj) = ctx.pkg.type_def(*id) else { continue };
        for shape in [false, true] {
            let Some(u) = ctx.model.usage_of(&obj.token.full, shape) else { continue };
            if (input && !u.input) || (!input && !u.output) {
                continue;
            }
            let props: Vec<Ty> = obj.properties.iter().map(|p| b.binder.property(p, shape)).collect();
            b.collect_imports(&props, input, None);
            let c = b.object_class(obj, input, shape, !input && u.resource_output);
            all.push(c.name.clone());
            if let Some(d) = &c.dict {
                all.push(d.name.clone());
            }
            classes.push(c);
        }
    }
    if classes.is_empty() {
        return Ok(None);
    }
    // _inputs.py defines this module's input types itself.
    b.remove_star("._inputs");
    if !m.contents.enums.is_empty() {
        b.import_star("._enums");
    }
    let header = ctx.header(path, Some(&b), &[]);
    let all_lits = all.iter().map(|n| single_quoted(n)).collect();
    Ok(Some((render(&TypesFile { header, all: all_lits, classes })?, all)))
}

fn enums_file(ctx: &Ctx<'_>, path: &str, m: &ModPlan) -> Result<String, OutputError> {
    let b = ctx.builder(path);
    let mut enums = Vec::new();
    for id in &m.contents.enums {
        let TypeDef::Enum(e) = ctx.pkg.type_def(*id) else { continue };
        let Some(names) = ctx.settings.names.enumeration(*id) else { continue };
        let name = names.class.clone();
        let element = b.binder.bare(&e.element);
        if matches!(element, Ty::Bool) {
            return Err(OutputError::Unsupported(format!("enum `{}`: Python enums cannot be boolean", e.token.full)));
        }
        let mut members = Vec::new();
        for (v, member) in e.values.iter().zip(&names.members) {
            let value = literal(&v.value).unwrap_or_else(|| "None".into());
            members.push((member.clone(), value, description_lines(v.description.as_deref())));
        }
        enums.push(EnumView {
            name_lit: single_quoted(&name),
            name,
            token_lit: double_quoted(&e.token.full),
            base: b.ann.annotate(&element, Default::default()),
            doc: description_lines(e.description.as_deref()),
            members,
        });
    }
    render(&EnumsFile { header: ctx.header(path, None, &[]), enums })
}

/// `config/vars.py` and its type stubs `config/__init__.pyi`. `types` are the config module's
/// input classes and whether it has output types.
fn config_files(ctx: &Ctx<'_>, path: &str, (input_classes, has_outputs): (Vec<String>, bool)) -> Result<(String, String), OutputError> {
    let mut b = ctx.builder(path);
    let types: Vec<Ty> = ctx.pkg.config.iter().map(|p| b.binder.property(p, false)).collect();
    b.collect_imports(&types, false, None);
    // The variables are members of the config module's class, beside `outputs`.
    let var_names = ctx.settings.names.config_vars();
    let vars_of = |stub: bool| -> Vec<ConfigVar> {
        ctx.pkg
            .config
            .iter()
            .map(|p: &Property| {
                // Config getters read strings; only primitives are converted, as Pulumi does.
                let (ty, getter, bound) = match &p.ty {
                    Type::Boolean => ("bool", "get_bool", Ty::Bool),
                    Type::Integer => ("int", "get_int", Ty::Int),
                    Type::Number => ("float", "get_float", Ty::Number),
                    _ => ("str", "get", Ty::Str),
                };
                let ty = if p.default.is_some() { ty.to_string() } else { format!("Optional[{ty}]") };
                let name = if stub { ctx.settings.names.config_stub(&p.name) } else { var_names.get(&p.name) };
                ConfigVar {
                    name,
                    ty,
                    doc: description_lines(p.description.as_deref()),
                    getter,
                    key_lit: single_quoted(&p.name),
                    default: default_view(p, &bound),
                }
            })
            .collect()
    };
    let vars = ConfigVarsFile {
        header: ctx.header(path, Some(&b), &[]),
        namespace_lit: single_quoted(&ctx.pkg.name),
        vars: vars_of(false),
        input_classes,
        has_outputs,
    };
    let stubs = ConfigStubsFile { header: ctx.header(path, Some(&b), &[]), vars: vars_of(true) };
    Ok((render(&vars)?, render(&stubs)?))
}

/// What the root `__init__.py` registers: each module's resource classes by token, and the
/// provider, so the runtime can rehydrate resources from references and `get`.
fn registration(ctx: &Ctx<'_>) -> Registration {
    let mut modules: BTreeMap<String, serde_json::Value> = BTreeMap::new();
    let mut packages = Vec::new();
    for (path, m) in &ctx.plan.modules {
        let mut by_mod: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
        for r in &m.contents.resources {
            let res = ctx.resource(*r);
            if res.is_overlay {
                continue;
            }
            if res.is_provider {
                packages.push(serde_json::json!({
                    "pkg": ctx.pkg.name, "token": res.token.full, "fqn": ctx.fqn(path), "class": "Provider",
                }));
            } else {
                by_mod.entry(res.token.module_part.clone()).or_default().insert(res.token.full.clone(), ctx.settings.names.resource_class(&res.token.full, &res.token.name, false));
            }
        }
        for (module, classes) in by_mod {
            let entry = serde_json::json!({"pkg": ctx.pkg.name, "mod": module, "fqn": ctx.fqn(path), "classes": classes});
            modules.insert(format!("{}:{module}", ctx.pkg.name), entry);
        }
    }
    let pretty = |v: serde_json::Value| {
        let mut buf = Vec::new();
        let mut ser = serde_json::Serializer::with_formatter(&mut buf, serde_json::ser::PrettyFormatter::with_indent(b" "));
        serde::Serialize::serialize(&v, &mut ser).expect("JSON values serialize");
        double_quoted(&String::from_utf8(buf).expect("serde_json writes UTF-8"))
    };
    Registration {
        modules_lit: pretty(serde_json::Value::Array(modules.into_values().collect())),
        packages_lit: pretty(serde_json::Value::Array(packages)),
    }
}
