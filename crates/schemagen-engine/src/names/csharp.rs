//! C# names as Pulumi's 2020 .NET generator and docs printed them.

use schemagen_schema::Property;

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
}
