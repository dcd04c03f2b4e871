//! Package-wide facts every page needs: the module tree, per-language module names, the Go
//! names each Go package declares, and the legacy Python camel/snake tables (`python_case.rs`).

use std::collections::{BTreeMap, HashMap, HashSet};

use schemagen_schema::{Function, FunctionOutputs, Package, Resource};

use crate::names::python::{py_name_with, PyNameRule};
use crate::names::go as go_names;

use super::lang::Lang;
use super::python_case::PythonCaseTables;

/// Everything about a package that does not depend on the page being written.
pub struct DocsContext<'p> {
    pub pkg: &'p Package,
    /// Resources per module in token order (the provider first, in the root module).
    pub modules: BTreeMap<String, Module<'p>>,
    /// Names each Go package declares (keyed by Go package path), for the `Type` suffix.
    go_declared: HashMap<String, HashSet<String>>,
    /// Function names as the Go SDK spelled them (`Get…` → `Lookup…` on a clash), keyed by
    /// Go package, then token.
    go_function_names: HashMap<String, HashMap<String, String>>,
    python_case: PythonCaseTables,
    pub major_version: Option<u64>,
    /// The provider's module: `meta.moduleFormat` applied to `providers`, as the 2020 binder did
    /// (so `providers` under the default format, the root under `(.*)(?:/[^/]*)`).
    provider_module: String,
    /// The 2020 generator special-cased the `kubernetes` package (see `kubernetes.rs`).
    pub kubernetes: bool,
    module_format: Option<regex::Regex>,
    /// Kubernetes resources' page modules (their token module with API-group suffixes trimmed).
    kubernetes_modules: HashMap<String, String>,
}

#[derive(Default)]
pub struct Module<'p> {
    pub resources: Vec<&'p Resource>,
    pub functions: Vec<&'p Function>,
    /// Modules listed on this module's index page (the 2020 generator hung every module under
    /// the root, whatever its depth).
    pub children: Vec<String>,
}

impl<'p> DocsContext<'p> {
    /// `provider` is the schema's provider, or the empty one the 2020 binder always created.
    pub fn new(pkg: &'p Package, provider: &'p Resource) -> Self {
        let mut resources: Vec<&Resource> = pkg.resources.iter().collect();
        resources.sort_by(|a, b| a.token.full.cmp(&b.token.full));
        let mut functions: Vec<&Function> = pkg.functions.iter().collect();
        functions.sort_by(|a, b| a.token.full.cmp(&b.token.full));

        let mut ctx = DocsContext {
            pkg,
            modules: BTreeMap::new(),
            go_declared: HashMap::new(),
            go_function_names: HashMap::new(),
            python_case: PythonCaseTables::default(),
            major_version: pkg.version.as_deref().and_then(major_version),
            provider_module: provider_module(&pkg.module_format),
            kubernetes: super::kubernetes::is_kubernetes(pkg),
            module_format: module_format_regex(&pkg.module_format),
            kubernetes_modules: HashMap::new(),
        };
        if ctx.kubernetes {
            ctx.provider_module = super::kubernetes::page_module(&ctx.provider_module);
            for r in &resources {
                let module = super::kubernetes::page_module(&r.token.module);
                ctx.kubernetes_modules.insert(r.token.full.clone(), module);
            }
        }

        ctx.module_entry("", false);
        for r in std::iter::once(provider).chain(resources.iter().copied()) {
            let module = ctx.resource_module(r).to_string();
            let nested = ctx.kubernetes;
            ctx.module_entry(&module, nested).resources.push(r);
            ctx.declare_go_resource(r);
        }
        // The Kubernetes SDK named nested properties by PyName alone (`python_property_name`).
        if !ctx.kubernetes {
            let props = std::iter::once(provider).chain(resources.iter().copied()).flat_map(|r| r.properties.iter().chain(&r.input_properties));
            ctx.python_case = PythonCaseTables::record(pkg, props);
        }
        for f in &functions {
            ctx.module_entry(&f.token.module, false).functions.push(f);
            ctx.declare_go_function(f);
        }
        ctx
    }

    /// The module's entry, created with its parent chain: the root for every module, except
    /// that Kubernetes resource modules hang under their path parent (`core/v1` under `core`).
    fn module_entry(&mut self, module: &str, nested: bool) -> &mut Module<'p> {
        if !self.modules.contains_key(module) {
            if !module.is_empty() {
                let parent = if nested { self.kubernetes_parent(module) } else { String::new() };
                self.module_entry(&parent, nested).children.push(module.to_string());
            }
            self.modules.insert(module.to_string(), Module::default());
        }
        self.modules.get_mut(module).expect("inserted above")
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
        let l = &self.pkg.language;
        let mapped = match lang {
            Lang::Go => l.go.as_ref().and_then(|g| g.module_to_package.get(module)),
            Lang::CSharp => l.csharp.as_ref().and_then(|c| c.namespaces.get(module)),
            Lang::NodeJs => l.nodejs.as_ref().and_then(|n| n.module_to_package.get(module)),
            Lang::Python => None,
        };
        mapped.cloned().unwrap_or_else(|| module.to_string())
    }

    /// `language.csharp.namespaces` (empty when the schema has none).
    pub fn csharp_namespaces(&self) -> &'p indexmap::IndexMap<String, String> {
        static NONE: std::sync::LazyLock<indexmap::IndexMap<String, String>> = std::sync::LazyLock::new(Default::default);
        self.pkg.language.csharp.as_ref().map_or(&NONE, |c| &c.namespaces)
    }

    fn declare_go_resource(&mut self, r: &Resource) {
        let name = resource_name(r);
        let set = self.go_declared.entry(self.lang_module(self.resource_module(r), Lang::Go)).or_default();
        set.insert(name.clone());
        set.insert(format!("{name}Args"));
        set.insert(format!("{}Args", go_names::camel(&name)));
        set.insert(format!("New{name}"));
        if !r.is_provider {
            set.insert(format!("{name}State"));
            set.insert(format!("{}State", go_names::camel(&name)));
            set.insert(format!("Get{name}"));
        }
    }

    fn declare_go_function(&mut self, f: &Function) {
        let go_pkg = self.lang_module(&f.token.module, Lang::Go);
        let set = self.go_declared.entry(go_pkg.clone()).or_default();
        let mut name = go_names::title(&f.token.name);
        if set.contains(&name) {
            if let Some(rest) = name.strip_prefix("New") {
                name = format!("Create{rest}");
            } else if let Some(rest) = name.strip_prefix("Get") {
                name = format!("Lookup{rest}");
            }
        }
        set.insert(name.clone());
        if f.inputs.is_some() {
            set.insert(format!("{name}Args"));
        }
        if matches!(f.outputs, FunctionOutputs::Object(_)) {
            set.insert(format!("{name}Result"));
        }
        self.go_function_names.entry(go_pkg).or_default().insert(f.token.full.clone(), name);
    }

    /// Whether the Go package of `module` already declares `name` (a type then gets `Type`).
    pub fn go_declares(&self, go_pkg: &str, name: &str) -> bool {
        self.go_declared.get(go_pkg).is_some_and(|s| s.contains(name))
    }

    /// The Go function name, looked up by the *schema* module as the 2020 docs did (so a module
    /// renamed through `moduleToPackage` falls back to the plain title-cased name).
    pub fn go_function_name(&self, f: &Function) -> String {
        self.go_function_names
            .get(&f.token.module)
            .and_then(|m| m.get(&f.token.full))
            .cloned()
            .unwrap_or_else(|| go_names::title(&f.token.name))
    }

    /// A property's Python name: PyName at the top level (and everywhere for Kubernetes); the
    /// tables for properties of supporting types.
    pub fn python_property_name(&self, name: &str, nested: bool) -> String {
        if nested && !self.kubernetes {
            self.python_nested_name(name)
        } else {
            py_name_with(name, PyNameRule::Legacy2020)
        }
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

/// A resource's page title and type name: `Provider`, or the title-cased member name.
pub fn resource_name(r: &Resource) -> String {
    if r.is_provider {
        "Provider".to_string()
    } else {
        go_names::strings_title(&r.token.name)
    }
}

/// A function's page title: the member name, title-cased as Go's `strings.Title` did.
pub fn function_title(f: &Function) -> String {
    go_names::strings_title(&f.token.name)
}

/// A resource page's file name (without `.md`), which index pages link to.
pub fn resource_page_stem(r: &Resource) -> String {
    resource_name(r).to_lowercase()
}

/// A function page's file name (without `.md`), which index pages link to.
pub fn function_page_stem(f: &Function) -> String {
    f.token.name.to_lowercase()
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

fn provider_module(module_format: &str) -> String {
    token_module(module_format_regex(module_format).as_ref(), "providers")
}

/// `meta.moduleFormat` compiled (`(.*)` when unset); `None` when it is no valid regex.
fn module_format_regex(module_format: &str) -> Option<regex::Regex> {
    regex::Regex::new(if module_format.is_empty() { "(.*)" } else { module_format }).ok()
}

/// The 2020 `TokenToModule`: the format's first group, with `index` (and no match, or no
/// valid format) as the root.
fn token_module(module_format: Option<&regex::Regex>, module_part: &str) -> String {
    match module_format.and_then(|re| re.captures(module_part)).and_then(|c| c.get(1)) {
        Some(m) if m.as_str() != "index" => m.as_str().to_string(),
        _ => String::new(),
    }
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
        let provider = pkg.resources[0].clone();
        let ctx = DocsContext::new(&pkg, &provider);
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
        assert_eq!(provider_module("(.*)"), "providers");
        assert_eq!(provider_module("(.*)(?:/[^/]*)"), "");
    }
}
