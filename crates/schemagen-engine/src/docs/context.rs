//! Package-wide facts every page needs: the module tree, and each language's naming table,
//! built once per package and read by every page — Go's (what each Go package declares, the
//! pages' titles, file names and type headings), TypeScript's, C#'s and Python's
//! (`crate::names`), and the legacy Python camel/snake tables (`python_case.rs`). Where the 2020
//! pages spelled a name by a rule of their own, the table holds that spelling beside the SDK's.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

use schemagen_schema::{Function, ModuleFormat, Package, Resource, Token};

use crate::model::{Model, ModuleTree};
use crate::names::python::PyNames;
use crate::names::nodejs::{by_rule, FunctionNames, NodeNames};
use crate::names::go::{self as go_names, PageName, TypeHeading};
use crate::names::csharp::{CsModule, CsNames};

use super::lang::Lang;
use super::python_case::PythonCaseTables;

/// Everything about a package that does not depend on the page being written.
pub struct DocsContext<'p> {
    pub pkg: &'p Package,
    /// Resources per module in token order (the provider first, in the root module).
    pub modules: ModuleTree<Module<'p>>,
    /// What each Go package declares, and the Go SDK's function names.
    go: go_names::GoNames,
    /// The TypeScript names (the 2020 ones where the pages print those).
    node: NodeNames,
    /// The C# names.
    pub csharp: CsNames,
    /// The Python names (the 2020 ones where the pages print those).
    python: PyNames,
    python_case: PythonCaseTables,
    pub major_version: Option<u64>,
    /// The provider's module: `meta.moduleFormat` applied to `providers`, as the 2020 binder did
    /// (so `providers` under the default format, the root under `(.*)(?:/[^/]*)`).
    provider_module: String,
    /// The 2020 generator special-cased the `kubernetes` package (see `kubernetes.rs`).
    pub kubernetes: bool,
    module_format: Option<ModuleFormat>,
    /// Kubernetes resources' page modules (their token module with API-group suffixes trimmed).
    kubernetes_modules: HashMap<String, String>,
}

#[derive(Default)]
pub struct Module<'p> {
    pub resources: Vec<&'p Resource>,
    pub functions: Vec<&'p Function>,
}

impl<'p> DocsContext<'p> {
    /// The provider is the schema's, or the empty one the 2020 binder always created.
    pub fn new(model: &'p Model<'_>) -> Self {
        let pkg = model.pkg;
        // The provider first, then the resources in token order.
        let mut resources: Vec<&Resource> = model.resources_as_declared().map(|(_, r)| r).collect();
        resources[1..].sort_by(|a, b| a.token.full.cmp(&b.token.full));
        // A provider method is documented with the provider, not on a page of its own.
        let mut functions: Vec<&Function> = pkg.functions.iter().filter(|f| !Model::is_provider_method(f)).collect();
        functions.sort_by(|a, b| a.token.full.cmp(&b.token.full));

        let module_format = ModuleFormat::of(pkg).ok();
        let kubernetes = super::kubernetes::is_kubernetes(pkg);
        // The languages' tables do not depend on one another: each is built on a core of its own.
        let python_case = || {
            // The Kubernetes SDK named nested properties by PyName alone (`python_property_name`).
            if kubernetes {
                return PythonCaseTables::default();
            }
            let props = resources.iter().flat_map(|r| r.properties.iter().chain(&r.input_properties));
            PythonCaseTables::record(pkg, props)
        };
        let ((node, csharp), (python, python_case)) =
            rayon::join(|| rayon::join(|| NodeNames::new(pkg), || CsNames::new(pkg)), || rayon::join(|| PyNames::new(pkg), python_case));
        let mut ctx = DocsContext {
            pkg,
            modules: ModuleTree::new(),
            go: go_names::GoNames::default(),
            node,
            csharp,
            python,
            python_case,
            major_version: pkg.version.as_deref().and_then(major_version),
            provider_module: token_module(module_format.as_ref(), "providers"),
            kubernetes,
            module_format,
            kubernetes_modules: HashMap::new(),
        };
        if ctx.kubernetes {
            ctx.provider_module = super::kubernetes::page_module(&ctx.provider_module);
            for r in &resources[1..] {
                let module = super::kubernetes::page_module(&r.token.module);
                ctx.kubernetes_modules.insert(r.token.full.clone(), module);
            }
        }

        // Index pages list child modules: the 2020 generator hung every module under the root,
        // whatever its depth, except that Kubernetes resource modules hang under their path
        // parent (`core/v1` under `core`).
        let mut modules: ModuleTree<Module<'p>> = ModuleTree::new();
        let flat = |_: &str| String::new();
        for r in &resources {
            let module = ctx.resource_module(r).to_string();
            let nested = |m: &str| ctx.kubernetes_parent(m);
            let parent: &dyn Fn(&str) -> String = if ctx.kubernetes { &nested } else { &flat };
            modules.module_under(&module, parent).resources.push(r);
        }
        let go_resources: Vec<(String, &Resource)> =
            resources.iter().map(|r| (ctx.lang_module(ctx.resource_module(r), Lang::Go), *r)).collect();
        for f in &functions {
            modules.module_under(&f.token.module, &flat).functions.push(f);
        }
        let go_functions: Vec<(String, &Function)> = functions.iter().map(|f| (ctx.lang_module(&f.token.module, Lang::Go), *f)).collect();
        ctx.go = go_names::GoNames::new(&go_resources, &go_functions);
        ctx.modules = modules;
        ctx.claim_page_stems();
        ctx
    }

    /// Keeps every page clear of its folder's index page and of the folders beside it: a root
    /// resource `S3` beside a module `s3` would give `s3.md` and `s3/_index.md` one URL (Hugo
    /// lower-cases paths), and a resource `_index` would be its module's index page. Such a page
    /// gets `_` appended until its stem is free, as does a page named like one before it in its
    /// folder (a resource `Provider` in the provider's module); every other page keeps the 2020
    /// name. A resource's method pages live in a folder named by the resource's page, which is
    /// therefore never a module's folder.
    fn claim_page_stems(&mut self) {
        let pkg = self.pkg;
        let dirs: Vec<(String, Vec<(&'p str, bool)>)> = self
            .modules
            .iter()
            .map(|(name, node)| {
                let pages = node.contents.resources.iter().map(|r| (r.token.full.as_str(), false));
                let pages = pages.chain(node.contents.functions.iter().map(|f| (f.token.full.as_str(), true)));
                (self.module_dir(name).to_lowercase(), pages.collect())
            })
            .collect();
        let mut folders: HashSet<String> = HashSet::new();
        for (dir, _) in dirs.iter().filter(|(dir, _)| !dir.is_empty()) {
            // `a/b` makes the folders `a` and `a/b`.
            folders.extend(dir.match_indices('/').map(|(i, _)| dir[..i].to_string()));
            folders.insert(dir.clone());
        }
        let owner_of = |token: &str| {
            let f = pkg.function_by_token(token).map(|id| &pkg.functions[id.0])?;
            match f.method_of {
                Some(schemagen_schema::MethodOf::Resource(r)) => Some(pkg.resources[r.0].token.full.as_str()),
                _ => None,
            }
        };
        for (dir, pages) in &dirs {
            let (methods, plain): (Vec<_>, Vec<_>) = pages.iter().partition(|(token, function)| *function && owner_of(token).is_some());
            let at = |stem: &str| if dir.is_empty() { stem.to_string() } else { format!("{dir}/{stem}") };
            let stems: Vec<String> = plain.iter().map(|(token, function)| self.page_stem(token, *function)).collect();
            for ((token, function), stem) in plain.iter().zip(claim_names(&stems, |stem| !folders.contains(&at(stem)))) {
                if let Some(page) = self.go.page_mut(token, *function) {
                    page.stem = stem;
                }
            }
            // A method's page is `<owner's page>/<method>`, named clear of its siblings.
            let mut by_owner: indexmap::IndexMap<&str, Vec<&str>> = indexmap::IndexMap::new();
            for (token, _) in methods {
                by_owner.entry(owner_of(token).unwrap_or_default()).or_default().push(token);
            }
            for (owner, methods) in by_owner {
                let owner_stem = self.page_stem(owner, false);
                let names: Vec<String> =
                    methods.iter().map(|token| self.page_stem(token, true).rsplit_once('/').map_or_else(String::new, |(_, m)| m.to_string())).collect();
                for (token, name) in methods.iter().zip(claim_names(&names, |_| true)) {
                    if let Some(page) = self.go.page_mut(token, true) {
                        page.stem = format!("{owner_stem}/{name}");
                    }
                }
            }
        }
    }

    /// The page stem the naming table holds for a resource's or function's token.
    fn page_stem(&self, token: &str, function: bool) -> String {
        let page = if function { self.go.function_page(token) } else { self.go.resource_page(token) };
        page.map(|p| p.stem.clone()).unwrap_or_default()
    }

    /// `path.Dir` of a Kubernetes module, read back as a token's module (`meta.moduleFormat`,
    /// then the API-group suffixes trimmed).
    fn kubernetes_parent(&self, module: &str) -> String {
        match module.rsplit_once('/') {
            None => String::new(),
            Some((parent, _)) => super::kubernetes::page_module(&self.module_of(parent)),
        }
    }

    /// The 2020 `TokenToModule` of a module part: `meta.moduleFormat`'s first group, `index` as root.
    fn module_of(&self, module_part: &str) -> String {
        token_module(self.module_format.as_ref(), module_part)
    }

    /// The folder (and index title) of a module: for Kubernetes, its Go package name.
    pub fn module_dir(&self, module: &str) -> String {
        if self.kubernetes {
            self.lang_module(module, Lang::Go)
        } else {
            module.to_string()
        }
    }

    /// The module's name in a language: `moduleToPackage` (Go, Node.js) or `namespaces` (C#).
    pub fn lang_module(&self, module: &str, lang: Lang) -> String {
        match lang {
            Lang::Go => go_names::package(self.pkg, module),
            Lang::CSharp => self.csharp_module(module).namespace.clone(),
            Lang::NodeJs => self.node.module(module).map_or_else(|| by_rule::module(self.pkg, module).path, |m| m.path.clone()),
            Lang::Python => module.to_string(),
        }
    }

    /// A resource's page: its title and file name (without `.md`), which index pages link to.
    pub fn resource_page(&self, r: &Resource) -> Cow<'_, PageName> {
        self.go.resource_page(&r.token.full).map_or_else(|| Cow::Owned(PageName::of_resource(r)), Cow::Borrowed)
    }

    /// A function's page: its title and file name (without `.md`).
    pub fn function_page(&self, f: &Function) -> Cow<'_, PageName> {
        self.go.function_page(&f.token.full).map_or_else(|| Cow::Owned(PageName::of_function(f)), Cow::Borrowed)
    }

    /// A named type's Go name, as a page in Go package `go_pkg` (the token's module's) prints it.
    pub fn go_type_name(&self, token: &Token, go_pkg: &str) -> String {
        self.go.type_name(go_pkg, &token.name, super::escape::html)
    }

    /// A named type's TypeScript name on the pages.
    pub fn nodejs_type_name(&self, token: &Token) -> Cow<'_, str> {
        match self.pkg.type_by_token(&token.full).and_then(|id| self.node.docs_type(id)) {
            Some(name) => Cow::Borrowed(name),
            None => Cow::Owned(by_rule::docs_type(&token.name)),
        }
    }

    /// A named type's C# class.
    pub fn csharp_type_name(&self, token: &Token) -> String {
        self.csharp.type_name(token)
    }

    /// A schema module's C# namespace parts (a page's module may hold nothing of the schema's).
    pub fn csharp_module(&self, module: &str) -> Cow<'_, CsModule> {
        self.csharp.module(module).map_or_else(|| Cow::Owned(CsModule::of(self.pkg, module)), Cow::Borrowed)
    }

    /// A function's C# static class.
    pub fn csharp_function(&self, f: &Function) -> String {
        self.csharp.function(f)
    }

    /// A function's TypeScript names.
    pub fn nodejs_function(&self, f: &Function) -> Cow<'_, FunctionNames> {
        self.node.function_named(&f.token.full).map_or_else(|| Cow::Owned(by_rule::function(&f.token.name)), Cow::Borrowed)
    }

    /// `language.csharp.namespaces` (empty when the schema has none).
    pub fn csharp_namespaces(&self) -> &'p indexmap::IndexMap<String, String> {
        static NONE: std::sync::LazyLock<indexmap::IndexMap<String, String>> = std::sync::LazyLock::new(Default::default);
        self.pkg.language.csharp.as_ref().map_or(&NONE, |c| &c.namespaces)
    }

    /// The Go function name, looked up by the *schema* module as the 2020 docs did (so a module
    /// renamed through `moduleToPackage` falls back to the plain title-cased name).
    pub fn go_function_name(&self, f: &Function) -> String {
        self.go.function_name(&f.token.module, &f.token.full).map_or_else(|| go_names::title(&f.token.name), str::to_string)
    }

    /// A property's name in `lang`, from that language's table; `nested` for a supporting
    /// type's property.
    pub fn property_name(&self, p: &schemagen_schema::Property, lang: Lang, nested: bool) -> String {
        match lang {
            Lang::NodeJs => self.node.docs_property(&p.name),
            Lang::Go => self.go.docs_property(&p.name),
            Lang::CSharp => self.csharp.property(p),
            Lang::Python => self.python_property_name(&p.name, nested),
        }
    }

    /// A property's Python name: the 2020 PyName at the top level (and everywhere for
    /// Kubernetes); the camel/snake tables for properties of supporting types.
    pub fn python_property_name(&self, name: &str, nested: bool) -> String {
        if nested && !self.kubernetes {
            self.python_nested_name(name)
        } else {
            self.python.docs_property(name)
        }
    }

    /// A function's Python name, under the 2020 PyName rule.
    pub fn python_function_name(&self, f: &Function) -> String {
        self.python.docs_function(&f.token.full, &f.token.name)
    }

    /// An object type's name in the 2020 pages' Python `Dict[…]`.
    pub fn python_type_name(&self, token: &Token) -> String {
        self.python.docs_type(&token.full, &token.name)
    }

    /// The link from a parent's index page to a module's folder named `dir_name`.
    pub fn module_link(&self, dir_name: &str) -> String {
        self.go.module_link(dir_name)
    }

    /// How the pages head and link the supporting type `token`.
    pub fn type_heading(&self, token: &Token) -> TypeHeading {
        self.go.heading(token)
    }

    /// The anchor a link to the supporting type `token` points at.
    pub fn type_link_anchor(&self, token: &Token) -> String {
        TypeHeading::link_anchor(&token.name)
    }

    /// A nested (supporting type) property's Python name: the tables, else the schema name.
    pub fn python_nested_name(&self, name: &str) -> String {
        self.python_case.nested_name(name)
    }

    /// The module a resource's page lives in.
    pub fn resource_module<'r>(&'r self, r: &'r Resource) -> &'r str {
        if r.is_provider {
            &self.provider_module
        } else if let Some(module) = self.kubernetes_modules.get(&r.token.full) {
            module
        } else {
            &r.token.module
        }
    }
}

/// The display names the 2020 generator hard-coded for its TOC; others print as-is.
pub fn format_title_text(name: &str) -> String {
    const TITLES: [(&str, &str); 37] = [
        ("aiven", "Aiven"), ("alicloud", "AliCloud"), ("aws", "AWS"), ("azure", "Azure"),
        ("azuread", "Azure AD"), ("cloudamqp", "CloudAMQP"), ("cloudflare", "Cloudflare"),
        ("consul", "Consul"), ("datadog", "Datadog"), ("digitalocean", "Digital Ocean"),
        ("dnsimple", "DNSimple"), ("docker", "Docker"), ("f5bigip", "f5 BIG-IP"), ("fastly", "Fastly"),
        ("gcp", "GCP"), ("github", "GitHub"), ("gitlab", "GitLab"), ("kafka", "Kafka"),
        ("keycloak", "Keycloak"), ("kong", "Kong"), ("kubernetes", "Kubernetes"), ("linode", "Linode"),
        ("mailgun", "Mailgun"), ("mysql", "MySQL"), ("newrelic", "New Relic"), ("okta", "Okta"),
        ("openstack", "Open Stack"), ("packet", "Packet"), ("postgresql", "PostgreSQL"),
        ("rabbitmq", "RabbitMQ"), ("rancher2", "Rancher 2"), ("random", "Random"),
        ("signalfx", "SignalFx"), ("spotinst", "Spotinst"), ("tls", "TLS"), ("vault", "Vault"),
        ("vsphere", "vSphere"),
    ];
    TITLES.iter().find(|(k, _)| *k == name).map_or_else(|| name.to_string(), |(_, v)| v.to_string())
}

/// The major version of a semver string (`2.2.0` → 2), for the `/vN/` in Go import paths.
fn major_version(v: &str) -> Option<u64> {
    let v = semver_display(v);
    let digits: String = v.chars().take_while(char::is_ascii_digit).collect();
    digits.parse().ok()
}

/// A version as the 2020 binder's tolerant semver parse printed it back: trimmed, without a
/// leading `v`, short versions padded with `.0` (`v1.2` → `1.2.0`).
pub fn semver_display(v: &str) -> String {
    let v = v.trim();
    let v = v.strip_prefix('v').unwrap_or(v);
    let mut parts: Vec<&str> = v.splitn(3, '.').collect();
    if parts.len() < 3 && !parts.last().is_some_and(|p| p.contains(['+', '-'])) {
        while parts.len() < 3 {
            parts.push("0");
        }
    }
    parts.join(".")
}

/// The 2020 `TokenToModule`, with no valid format (a package not loaded from a schema) as the root.
fn token_module(module_format: Option<&ModuleFormat>, module_part: &str) -> String {
    module_format.map(|f| f.module_of_2020(module_part)).unwrap_or_default()
}

/// The names of the pages of one folder, in order: each kept when it is free (`free_here`, not
/// the folder's `_index`, not claimed by a page before it, compared as Hugo compares paths:
/// lower-cased), else given `_` until it is. Every free name is claimed before any is renamed.
fn claim_names(names: &[String], free_here: impl Fn(&str) -> bool) -> Vec<String> {
    let free = |name: &str| name != "_index" && free_here(name);
    let mut taken: HashSet<String> = HashSet::new();
    let kept: Vec<bool> = names.iter().map(|n| free(&n.to_lowercase()) && taken.insert(n.to_lowercase())).collect();
    names
        .iter()
        .zip(kept)
        .map(|(name, kept)| {
            if kept {
                return name.clone();
            }
            let (mut claimed, mut folded) = (name.clone(), name.to_lowercase());
            while !free(&folded) || taken.contains(&folded) {
                claimed.push('_');
                folded.push('_');
            }
            taken.insert(folded);
            claimed
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use schemagen_schema::{Format, LoadOptions};

    use super::*;

    #[test]
    fn nested_python_names_follow_the_2020_tables() {
        let schema = r##"{"name": "p", "types": {
            "p:index:T": {"type": "object", "properties": {
                "someThing": {"type": "string"},
                "otherThing": {"type": "string", "language": {"python": {"mapCase": false}}}}},
            "p:index:U": {"type": "object", "properties": {"listItem": {"type": "string"}}}},
          "resources": {"p:index:R": {"inputProperties": {
            "cfg": {"$ref": "#/types/p:index:T"},
            "items": {"type": "array", "items": {"$ref": "#/types/p:index:U"}}}}}}"##;
        let pkg = schemagen_schema::parse(schema, "p.json", Format::Json, &LoadOptions::default()).expect("schema").package;
        let model = Model::new(&pkg);
        let ctx = DocsContext::new(&model);
        assert_eq!(ctx.python_nested_name("someThing"), "some_thing", "recorded through a direct object property");
        assert_eq!(ctx.python_nested_name("otherThing"), "otherThing", "mapCase false keeps it out of the tables");
        assert_eq!(ctx.python_nested_name("listItem"), "listItem", "arrays are not recursed: raw camelCase");
        assert_eq!(ctx.python_nested_name("cfg"), "cfg");
    }

    #[test]
    fn versions_print_as_the_tolerant_semver_parse_did() {
        assert_eq!(semver_display("2.2.0"), "2.2.0");
        assert_eq!(semver_display(" v1.2 "), "1.2.0");
        assert_eq!(semver_display("3.0.0-alpha.1+b"), "3.0.0-alpha.1+b");
        assert_eq!(major_version("v2.2.0"), Some(2));
    }

    #[test]
    fn provider_module_follows_the_module_format() {
        let module = |f: &str| token_module(ModuleFormat::new(f).ok().as_ref(), "providers");
        assert_eq!(module("(.*)"), "providers");
        assert_eq!(module("(.*)(?:/[^/]*)"), "");
    }
}
