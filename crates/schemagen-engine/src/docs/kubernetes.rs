//! What the 2020 generator did differently for the `kubernetes` package: page modules without
//! API-group suffixes, a real module tree, Go package names as folders, overlay modules without
//! Go, and SDK names that did not follow the schema-based generators.

use schemagen_schema::Package;

pub fn is_kubernetes(pkg: &Package) -> bool {
    pkg.name == "kubernetes"
}

/// The page module of a Kubernetes token module: `providers` is the root, and a trailing
/// `.k8s.io`, then `.apiserver`, then `.authorization` is dropped.
pub fn page_module(module: &str) -> String {
    if module == "providers" {
        return String::new();
    }
    let m = module.strip_suffix(".k8s.io").unwrap_or(module);
    let m = m.strip_suffix(".apiserver").unwrap_or(m);
    let m = m.strip_suffix(".authorization").unwrap_or(m);
    m.to_string()
}

/// Modules whose resources exist only in Node.js, Python and C# (no Go chooser tab).
pub fn is_overlay_module(module: &str) -> bool {
    module == "helm/v2" || module == "yaml"
}

/// The language chooser of a page.
pub fn chooser(kubernetes: bool, module: &str) -> &'static str {
    if kubernetes && is_overlay_module(module) {
        "javascript,typescript,python,csharp"
    } else {
        "javascript,typescript,python,go,csharp"
    }
}

/// Python constructor parameters of overlay resources, which the SDK wrote by hand.
pub fn overlay_python_params(module: &str) -> &'static [(&'static str, &'static str)] {
    match module {
        "helm/v2" | "helm/v3" => &[("config", ""), ("opts", "=None")],
        "yaml" => &[("file", ""), ("opts", "=None"), ("transformations", "=None"), ("resource_prefix", "=None")],
        "apiextensions" => &[("api_version", ""), ("kind", ""), ("metadata", "=None"), ("opts", "=None")],
        _ => &[],
    }
}

/// The Node.js SDK's module prefixes the 2020 docs stripped by hand from Kubernetes type names.
pub fn strip_nodejs_prefixes(s: &str) -> String {
    let mut s = s.to_string();
    for prefix in ["k8s.io.", "apiserver.", "rbac.authorization.v1.", "rbac.authorization.v1alpha1.", "rbac.authorization.v1beta1."] {
        s = s.replace(prefix, "");
    }
    s
}
