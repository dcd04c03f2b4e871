//! The package's layout: every module's files and its `index.ts` (lazy loads, sub-modules,
//! resource registration for rehydration), `config/vars.ts`, `utilities.ts`, and the package
//! metadata (`package.json`, `tsconfig.json`, `README.md`).

use std::collections::{BTreeMap, BTreeSet};

use schemagen_schema::{FunctionOutputs, Property, Type};
use rayon::prelude::*;
use serde_json::{json, Map, Value};

use super::escape::{doc_comment, string_literal};
use super::render::*;
use super::view::{rel_root, Imports};
use super::Gen;
use crate::model::{Binder, Model, ResRef};
use crate::names::ident::Scope;
use crate::names::nodejs::{self as names, Written};
use crate::output::FileSink;
use crate::{GeneratedFile, OutputError};

/// Files on their way to the sink; the paths of the `.ts` ones are kept for `tsconfig.json`.
pub(super) struct Out<'s> {
    sink: &'s dyn FileSink,
    ts_files: Vec<String>,
}

impl Out<'_> {
    fn push(&mut self, (path, text): (String, String)) -> Result<(), OutputError> {
        if path.ends_with(".ts") {
            self.ts_files.push(path.clone());
        }
        self.sink.put(GeneratedFile::new(path, text)?)
    }

    /// A file that comes in parts ([`FileSink::put_parts`]).
    pub(super) fn push_parts(&mut self, path: &str, parts: &mut dyn Iterator<Item = Result<String, OutputError>>) -> Result<(), OutputError> {
        if path.ends_with(".ts") {
            self.ts_files.push(path.to_string());
        }
        self.sink.put_parts(path, parts)
    }
}

/// What decides which module folders exist and what each one's index exports.
#[derive(Clone, Copy)]
struct Folders<'a> {
    live: &'a BTreeSet<String>,
    has_config: bool,
    has_types: bool,
    config_shared: bool,
    types_shared: bool,
}

/// The `@pulumi/pulumi` range a package depends on unless its schema names one.
const PULUMI_RANGE: &str = "^3.269.0";
const TYPESCRIPT_RANGE: &str = "^4.7.0";
const NODE_TYPES_RANGE: &str = "^20";

impl Gen<'_> {
    /// Every file of the package, handed to `sink` as it is rendered.
    pub(super) fn files(&self, sink: &dyn FileSink) -> Result<(), OutputError> {
        let mut tree = self.model.module_tree(|m| self.naming.module(m));
        // Pulumi gives a folder to every module with resources, functions or enums, and to the
        // modules of the types functions' `Output` forms take.
        let mut live: BTreeSet<String> = BTreeSet::new();
        for (path, node) in tree.iter() {
            let c = &node.contents;
            let resources = c.resources.iter().any(|r| !self.model.resource(*r).is_overlay);
            if resources || !c.functions.is_empty() || !c.enums.is_empty() {
                live.insert(path.clone());
            }
        }
        for f in self.pkg.functions.iter().filter(|f| !Model::is_provider_method(f)) {
            live.insert(self.naming.module(&f.token.module));
        }
        for m in &self.output_form_modules {
            let path = self.naming.module(m);
            tree.module(&path);
            live.insert(path);
        }
        for p in live.clone() {
            let mut cur = p.as_str();
            while let Some((parent, _)) = cur.rsplit_once('/') {
                live.insert(parent.to_string());
                cur = parent;
            }
        }
        let k8s = self.naming.compat("kubernetes20");
        let has_config = !self.pkg.config.is_empty() && !k8s;
        let mut all_types = Vec::new();
        let mut enums: BTreeMap<String, Vec<schemagen_schema::TypeId>> = BTreeMap::new();
        let mut out = Out { sink, ts_files: Vec::new() };
        for (path, node) in tree.iter() {
            all_types.extend(node.contents.types.iter().copied());
            if !node.contents.enums.is_empty() {
                enums.insert(path.clone(), node.contents.enums.clone());
            }
        }
        let has_object_types = self.pkg.types.iter().any(|t| matches!(t, schemagen_schema::TypeDef::Object(_)));
        let has_types = has_object_types || self.contains_enums;

        // At least a file per resource and function of the module folders written.
        sink.expect(
            tree.iter()
                .filter(|(path, _)| path.is_empty() || live.contains(*path))
                .map(|(_, node)| {
                    let resources = node.contents.resources.iter().filter(|r| !self.model.resource(**r).is_overlay).count();
                    resources + node.contents.functions.iter().filter(|f| !self.pkg.function(**f).is_overlay).count()
                })
                .sum(),
        );
        // A schema module whose folder is one the package writes itself (`config` for the
        // config variables, `types` for the type namespaces) shares it: one index exports both.
        let schema_dir = |ours: &str| tree.iter().any(|(path, _)| live.contains(path) && self.naming.names.folder(path) == ours);
        let config_shared = has_config && schema_dir("config");
        let types_shared = has_types && schema_dir("types");
        let folders = Folders { live: &live, has_config, has_types, config_shared, types_shared };
        let written: Vec<(&String, &crate::model::Node<_>)> =
            tree.iter().filter(|(path, _)| path.is_empty() || live.contains(*path)).collect();
        // Each module folder is rendered on its own rayon task, and the two big type namespaces
        // on another: they read the model only, and each file goes to the sink when it is done.
        let (folder_ts, types_ts) = rayon::join(
            || {
                written
                    .par_iter()
                    .map(|(path, node)| {
                        let mut out = Out { sink, ts_files: Vec::new() };
                        self.module_folder(&folders, path, node, &mut out)?;
                        Ok(out.ts_files)
                    })
                    .collect::<Result<Vec<Vec<String>>, OutputError>>()
            },
            || {
                let mut out = Out { sink, ts_files: Vec::new() };
                self.type_namespaces(has_types, &enums, &mut out)?;
                Ok::<_, OutputError>(out.ts_files)
            },
        );
        out.ts_files.extend(folder_ts?.into_iter().flatten());
        out.ts_files.extend(types_ts?);

        if has_types && !types_shared {
            let mut ours = Scope::default();
            let children = self.types_children().into_iter().map(|c| names::submodule(c, true, &[], &mut ours)).collect();
            let imports = if has_object_types { vec!["import * as utilities from \"../utilities\";".to_string()] } else { vec![] };
            let index = IndexFile {
                imports,
                exports: vec![],
                enums: None,
                children,
                package: string_literal(&self.pkg.name),
                registrations: vec![],
                constructs: vec![],
                provider_token: None,
            };
            out.push(("types/index.ts".into(), render(&index)?))?;
        }

        let download = self.pkg.plugin_download_url.as_deref().map(string_literal);
        out.push(("utilities.ts".into(), render(&UtilitiesFile { download_url: download })?))?;
        out.push(("README.md".into(), self.readme()))?;
        out.push((".gitignore".into(), render(&GitignoreFile)?))?;
        out.push((".gitattributes".into(), render(&GitattributesFile)?))?;
        out.push(("package.json".into(), self.package_json()))?;
        let mut ts_files = std::mem::take(&mut out.ts_files);
        ts_files.extend(self.naming.node.extra_type_script_files.iter().cloned());
        ts_files.sort();
        let files = ts_files.iter().map(|f| Value::String(f.clone()).to_string()).collect();
        out.push(("tsconfig.json".into(), render(&TsconfigFile { files })?))
    }

    /// One module folder's files: its resources and functions, its `index.ts` (and the config
    /// files, in the root).
    fn module_folder(&self, folders: &Folders<'_>, path: &str, node: &crate::model::Node<crate::model::ModuleContents>, out: &mut Out<'_>) -> Result<(), OutputError> {
        let Folders { live, has_config, has_types, config_shared, types_shared } = *folders;
        let dir = self.naming.names.folder(path);
        let prefix = if dir.is_empty() { String::new() } else { format!("{dir}/") };
        let mut exports: Vec<Export> = Vec::new();
        let mut reserved: Vec<&str> = vec!["index"];
        if path.is_empty() {
            reserved.push("utilities");
        }
        if !node.contents.types.is_empty() {
            reserved.extend(["input", "output"]);
        }
        if has_config {
            reserved.push("vars");
        }
        if types_shared && dir == "types" {
            reserved.extend(["input", "output", "enums"]);
        }
        let mut children: BTreeSet<(String, bool)> = node
            .children
            .iter()
            .filter(|c| live.contains(*c))
            .map(|c| (self.naming.names.folder_name(c), false))
            .collect();
        if path.is_empty() {
            for (ours, wanted) in [("types", has_types), ("config", has_config)] {
                if wanted {
                    children.remove(&(ours.to_string(), false));
                    children.insert((ours.into(), true));
                }
            }
        }
        if types_shared && dir == "types" {
            children.extend(self.types_children().into_iter().map(|c| (c.into(), true)));
        }
        // A file named like a sub-folder would be what `./<folder>` resolves to.
        let taken_by_files: Vec<&str> = reserved.iter().copied().chain(children.iter().map(|(c, _)| c.as_str())).collect();
        let files = self.naming.names.files(path, &taken_by_files);
        let mut constructs = Vec::new();
        let mut eager: Vec<String> = Vec::new();
        let mut registrations = BTreeSet::new();
        let mut provider_token = None;
        for r in &node.contents.resources {
            let res = self.model.resource(*r);
            if res.is_overlay {
                continue;
            }
            let (res_names, written) = match r {
                ResRef::Provider => (self.naming.names.resource_names(None), Written::Provider),
                ResRef::Resource(id) => (self.naming.names.resource_names(Some(*id)), Written::Resource(*id)),
            };
            let class = res_names.class.clone();
            let text = self.resource_file(res, res_names, path)?;
            let stem = files.stem(written).to_string();
            out.push((format!("{prefix}{stem}.ts"), text))?;
            if res.methods.is_empty() {
                let mut types = vec![res_names.args.clone()];
                if res.state_inputs.is_some() {
                    types.push(res_names.state.clone());
                }
                exports.push(export(&stem, types, vec![class.clone()], vec![class.clone()]));
            } else {
                // A class merged with the namespace of its methods' types is exported whole.
                let mut e = export(&stem, vec![], vec![], vec![]);
                e.star = true;
                exports.push(e);
                eager.push(format!("import {{ {class} }} from {};", string_literal(&format!("./{stem}"))));
            }
            match r {
                ResRef::Provider => provider_token = Some(string_literal(&res.token.full)),
                ResRef::Resource(_) => {
                    registrations.insert(string_literal(&res.token.module_part));
                    constructs.push(Construct { token: string_literal(&res.token.full), class });
                }
            }
        }
        for id in &node.contents.functions {
            let f = self.pkg.function(*id);
            if f.is_overlay {
                continue;
            }
            let (name, text) = self.function_file(*id, path)?;
            let stem = files.stem(Written::Function(*id)).to_string();
            out.push((format!("{prefix}{stem}.ts"), text))?;
            let fn_names = self.naming.names.function(*id);
            let mut types = Vec::new();
            if f.inputs.is_some() {
                types.push(fn_names.args.clone());
            }
            if matches!(f.outputs, FunctionOutputs::Object(_)) && super::has_result(f) {
                types.push(fn_names.result.clone());
            }
            let mut lazy = vec![name.clone()];
            if super::has_result(f) {
                lazy.push(fn_names.output.clone());
                if f.inputs.as_ref().is_some_and(|i| !i.properties.is_empty()) {
                    types.push(fn_names.output_args.clone());
                }
            }
            exports.push(export(&stem, types, lazy, Vec::new()));
        }
        let vars = || Export { path: string_literal("./vars"), path_raw: "./vars".into(), types: vec![], lazy: vec![], classes: vec![], star: true };
        if config_shared && dir == "config" {
            exports.push(vars());
        }
        if path.is_empty() && has_config {
            out.push(("config/vars.ts".into(), self.config_file()?))?;
        }
        if path.is_empty() && has_config && !config_shared {
            let index = IndexFile {
                imports: vec![],
                exports: vec![vars()],
                enums: None,
                children: vec![],
                package: string_literal(&self.pkg.name),
                registrations: vec![],
                constructs: vec![],
                provider_token: None,
            };
            out.push(("config/index.ts".into(), render(&index)?))?;
        }
        exports.sort_by(|a, b| a.path_raw.cmp(&b.path_raw));

        let root = rel_root(path);
        let mut imports = Vec::new();
        let has_resources = node.contents.resources.iter().any(|r| !self.model.resource(*r).is_overlay);
        if has_resources {
            imports.push("import * as pulumi from \"@pulumi/pulumi\";".to_string());
        }
        if has_resources || !children.is_empty() || !node.contents.functions.is_empty() {
            imports.push(format!("import * as utilities from \"{root}/utilities\";"));
        }
        imports.extend(eager);
        let enums_export = (self.contains_enums && !node.contents.enums.is_empty()).then(|| {
            let sub = if dir.is_empty() { String::new() } else { format!("/{dir}") };
            string_literal(&format!("{root}/types/enums{sub}"))
        });
        let mut scope = Scope::new(exports.iter().flat_map(|e| e.types.iter().chain(&e.lazy)).map(String::as_str));
        let index = IndexFile {
            imports,
            exports,
            enums: enums_export,
            children: children.iter().map(|(c, ours)| names::submodule(c, *ours, &reserved, &mut scope)).collect(),
            package: string_literal(&self.pkg.name),
            registrations: registrations.into_iter().collect(),
            constructs,
            provider_token,
        };
        out.push((format!("{prefix}index.ts"), render(&index)?))?;
        Ok(())
    }

    /// `types/input.ts`, `types/output.ts` and the enum files.
    fn type_namespaces(&self, has_types: bool, enums: &BTreeMap<String, Vec<schemagen_schema::TypeId>>, out: &mut Out<'_>) -> Result<(), OutputError> {
    if has_types {
        // Every object type's module gets its namespace, used or not, as Pulumi writes it.
        let objects: Vec<schemagen_schema::TypeId> = self
            .pkg
            .types
            .iter()
            .enumerate()
            .filter(|(_, t)| matches!(t, schemagen_schema::TypeDef::Object(o) if !o.is_overlay))
            .map(|(i, _)| schemagen_schema::TypeId(i))
            .collect();
        self.types_files(&objects, out)?;
        if self.contains_enums {
            for f in self.enum_files(enums)? {
                out.push(f)?;
            }
        }
    }
        Ok(())
    }

    /// What `types/index.ts` exports: the enums (when there are any), input and output.
    fn types_children(&self) -> Vec<&'static str> {
        if self.contains_enums { vec!["enums", "input", "output"] } else { vec!["input", "output"] }
    }

    fn config_file(&self) -> Result<String, OutputError> {
        let binder = Binder::new(self.pkg);
        let mut imports = Imports::default();
        for p in &self.pkg.config {
            imports.add(self.pkg, &self.naming, &binder.property(p, false), None);
        }
        let own: Vec<&str> = (0..self.pkg.config.len()).map(|i| self.naming.names.config_var(i)).collect();
        let aliases = imports.aliases(&self.naming, "config", &own);
        let unaliased = self.printer();
        let printer = unaliased.with_aliases(&aliases);
        let vars = self
            .pkg
            .config
            .iter()
            .enumerate()
            .map(|(i, p)| {
                let (getter, cast) = self.config_getter(p);
                let mut fetch = format!("{cast}__config.{getter}({})", string_literal(&p.name));
                if let Some(dv) = self.default_value(p) {
                    fetch = format!("{fetch} ?? {dv}");
                }
                let mut opt = p.clone();
                opt.required = p.default.is_some();
                let ty = printer.prop_ts(&binder.property(&opt, false), p, false);
                ConfigVar {
                    doc: doc_comment(p.description.as_deref(), None, ""),
                    name: self.naming.names.config_var(i).to_string(),
                    name_lit: string_literal(self.naming.names.config_var(i)),
                    ty,
                    fetch,
                }
            })
            .collect();
        let file = ConfigFile { imports: imports.lines(&self.naming, "config", self.contains_enums, true, &aliases), namespace: string_literal(&self.pkg.name), vars };
        render(&file)
    }

    /// `get` for strings (with a cast for named string tokens), `getObject<T>` for the rest.
    fn config_getter(&self, p: &Property) -> (String, String) {
        match &p.ty {
            Type::String => ("get".into(), String::new()),
            Type::Token { underlying, .. } if **underlying == Type::String => ("get".into(), String::new()),
            _ => {
                let mut req = p.clone();
                req.required = true;
                let ty = self.printer().ts(&Binder::new(self.pkg).property(&req, false), false).print();
                (format!("getObject<{ty}>"), String::new())
            }
        }
    }

    fn readme(&self) -> String {
        let node = &self.naming.node;
        let mut readme = node.readme.clone().unwrap_or_default();
        if readme.is_empty() {
            readme = self.pkg.description.clone().unwrap_or_default();
            if !readme.is_empty() && !readme.ends_with('\n') {
                readme.push('\n');
            }
            if let Some(a) = &self.pkg.attribution {
                if !readme.is_empty() {
                    readme.push('\n');
                }
                readme.push_str(a);
            }
        }
        if !readme.is_empty() && !readme.ends_with('\n') {
            readme.push('\n');
        }
        readme
    }

    fn package_json(&self) -> String {
        let node = &self.naming.node;
        let name = node.package_name.clone().unwrap_or_else(|| format!("@pulumi/{}", self.pkg.name));
        let version = self.pkg.version.clone().filter(|_| node.respect_schema_version);
        let mut pkg = Map::new();
        pkg.insert("name".into(), json!(name));
        pkg.insert("version".into(), json!(version.clone().unwrap_or_else(|| "${VERSION}".into())));
        if let Some(d) = &node.package_description {
            pkg.insert("description".into(), json!(d));
        }
        if !self.pkg.keywords.is_empty() {
            pkg.insert("keywords".into(), json!(self.pkg.keywords));
        }
        for (key, v) in [("homepage", &self.pkg.homepage), ("repository", &self.pkg.repository), ("license", &self.pkg.license)] {
            if let Some(v) = v {
                pkg.insert(key.into(), json!(v));
            }
        }
        pkg.insert("scripts".into(), json!({"build": "tsc"}));
        let mut deps: BTreeMap<String, String> = node.dependencies.iter().map(|(k, v)| (k.clone(), v.clone())).collect();
        let mut dev: BTreeMap<String, String> = BTreeMap::new();
        dev.insert("typescript".into(), node.typescript_version.clone().unwrap_or_else(|| TYPESCRIPT_RANGE.into()));
        dev.insert("@types/node".into(), NODE_TYPES_RANGE.into());
        dev.extend(node.dev_dependencies.iter().map(|(k, v)| (k.clone(), v.clone())));
        if !deps.contains_key("@pulumi/pulumi") && !dev.contains_key("@pulumi/pulumi") {
            deps.insert("@pulumi/pulumi".into(), PULUMI_RANGE.into());
        }
        pkg.insert("dependencies".into(), json!(deps));
        pkg.insert("devDependencies".into(), json!(dev));
        let mut plugin = Map::new();
        plugin.insert("resource".into(), json!(true));
        plugin.insert("name".into(), json!(self.pkg.name));
        if let Some(v) = version {
            plugin.insert("version".into(), json!(v));
        }
        if let Some(s) = &self.pkg.plugin_download_url {
            plugin.insert("server".into(), json!(s));
        }
        pkg.insert("pulumi".into(), Value::Object(plugin));
        serde_json::to_string_pretty(&Value::Object(pkg)).unwrap_or_default() + "\n"
    }
}

fn export(stem: &str, types: Vec<String>, lazy: Vec<String>, classes: Vec<String>) -> Export {
    let path = format!("./{stem}");
    Export { path: string_literal(&path), path_raw: path, types, lazy, classes, star: false }
}
