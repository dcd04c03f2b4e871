//! C# names as Pulumi's 2020 .NET generator and docs printed them: the rules, and [`CsNames`],
//! which applies them once per package for the docs pages to look up.

use std::collections::HashMap;

use schemagen_schema::{Function, Package, Property, Token};

pub use super::go::title;

/// A property's C# name: `language.csharp.name` when the schema sets one, else Go's
/// `strings.Title` of the schema name (`restApi` → `RestApi`).
pub fn property_name(p: &Property) -> String {
    match p.language.csharp.as_ref().and_then(|c| c.name.as_deref()) {
        Some(name) if !name.is_empty() => name.to_string(),
        _ => super::go::strings_title(&p.name),
    }
}

/// A module's namespace name: its `language.csharp.namespaces` entry, else the module as it is.
pub fn namespace_name(pkg: &schemagen_schema::Package, module: &str) -> String {
    pkg.language.csharp.as_ref().and_then(|c| c.namespaces.get(module)).cloned().unwrap_or_else(|| module.to_string())
}

/// A package or module namespace: the `language.csharp.namespaces` entry, else `Title(name)`.
pub fn namespace(namespaces: &indexmap::IndexMap<String, String>, name: &str) -> String {
    namespaces.get(name).cloned().unwrap_or_else(|| title(name))
}

/// The C# names of one package, assigned once ([`CsNames::new`]). The 2020 pages spelled the
/// package two ways: `Pulumi.<Title>` for types and resources, and with every word title-cased
/// (Go's `strings.Title`) in function result types; the table holds both, named by where they
/// apply.
#[derive(Debug, Clone, Default)]
pub struct CsNames {
    /// The package's namespace part (`aws` → `Aws`), its first letter upper-cased.
    pub package: String,
    /// The package as function result types print it: every word title-cased.
    pub package_in_results: String,
    /// Schema modules' namespace parts, by schema module.
    modules: HashMap<String, CsModule>,
    /// The package's name, and its namespace part in a type's namespace
    /// (`language.csharp.namespaces`, else title-cased).
    name: String,
    package_qualified: String,
}

/// A schema module's C# namespace part, as the 2020 pages printed it in two places.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CsModule {
    /// `language.csharp.namespaces`, else the module as it is (resources and their types).
    pub namespace: String,
    /// Function result types: the module with every word title-cased, overrides ignored.
    pub in_results: String,
    /// A type's full namespace (`Pulumi.<Package>.<this>`): `language.csharp.namespaces`, else
    /// the module title-cased.
    pub qualified: String,
    /// What the pages strip from a type shown in this module: [`Self::namespace`] title-cased.
    pub stripped: String,
}

impl CsModule {
    pub fn of(pkg: &Package, module: &str) -> Self {
        let namespaces = pkg.language.csharp.as_ref().map(|c| &c.namespaces);
        let namespace = namespace_name(pkg, module);
        CsModule {
            stripped: title(&namespace),
            qualified: namespaces.map_or_else(|| title(module), |n| self::namespace(n, module)),
            namespace,
            in_results: super::go::strings_title(module),
        }
    }
}

impl CsNames {
    pub fn new(pkg: &Package) -> Self {
        let tokens = pkg.resources.iter().map(|r| &r.token).chain(pkg.functions.iter().map(|f| &f.token)).chain(pkg.types.iter().map(|t| t.token()));
        let mut modules = HashMap::new();
        for t in tokens {
            if !modules.contains_key(&t.module) {
                modules.insert(t.module.clone(), CsModule::of(pkg, &t.module));
            }
        }
        let package_qualified = pkg.language.csharp.as_ref().map_or_else(|| title(&pkg.name), |c| namespace(&c.namespaces, &pkg.name));
        CsNames {
            package: title(&pkg.name),
            package_in_results: super::go::strings_title(&pkg.name),
            modules,
            name: pkg.name.clone(),
            package_qualified,
        }
    }

    /// The namespace part of package `package` in a type's namespace: this package's, or by the
    /// same rule, under this package's `namespaces`, another's.
    pub fn package_namespace(&self, package: &str, namespaces: &indexmap::IndexMap<String, String>) -> String {
        if package == self.name {
            self.package_qualified.clone()
        } else {
            namespace(namespaces, package)
        }
    }

    /// A property's C# name ([`property_name`]).
    pub fn property(&self, p: &Property) -> String {
        property_name(p)
    }

    /// The static class of a function (`getVpc` → `GetVpc`). The 2020 generator named every
    /// function and type by the rule alone, so the table keeps no copy of these names.
    pub fn function(&self, f: &Function) -> String {
        title(&f.token.name)
    }

    /// The class of an object type or enum, of this package or another: its name title-cased.
    pub fn type_name(&self, token: &Token) -> String {
        title(&token.name)
    }

    /// The namespace parts of a schema module the package declares something in.
    pub fn module(&self, schema_module: &str) -> Option<&CsModule> {
        self.modules.get(schema_module)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn namespaces_use_overrides_then_title() {
        let mut ns = indexmap::IndexMap::new();
        ns.insert("apigateway".to_string(), "ApiGateway".to_string());
        assert_eq!(namespace(&ns, "apigateway"), "ApiGateway");
        assert_eq!(namespace(&ns, "s3"), "S3");
    }

    #[test]
    fn the_table_spells_the_package_both_ways() {
        let mut pkg = Package::default();
        pkg.name = "my-pkg".into();
        let names = CsNames::new(&pkg);
        assert_eq!((names.package.as_str(), names.package_in_results.as_str()), ("My-pkg", "My-Pkg"));
    }
}
