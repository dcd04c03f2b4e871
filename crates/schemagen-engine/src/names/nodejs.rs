//! TypeScript names as Pulumi's 2020 Node.js generator and docs printed them.

use super::go::{camel, title};

/// The module a schema module goes to: `language.nodejs.moduleToPackage`, else the module.
pub fn module(pkg: &schemagen_schema::Package, module: &str) -> String {
    pkg.language.nodejs.as_ref().and_then(|n| n.module_to_package.get(module)).cloned().unwrap_or_else(|| module.to_string())
}

/// A property keeps its schema name in TypeScript (`restApi`).
pub fn property_name(schema_name: &str) -> String {
    schema_name.to_string()
}

/// A function's exported name: the token's member name, title-cased then camel-cased
/// (`getVpc` → `getVpc`, `GetVpc` → `getVpc`).
pub fn function_name(member: &str) -> String {
    camel(&title(member))
}

/// The name of a function's result type (`getVpc` → `GetVpcResult`).
pub fn function_result_name(member: &str) -> String {
    title(&function_name(member)) + "Result"
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nodejs_names_follow_the_2020_rules() {
        assert_eq!(property_name("restApi"), "restApi");
        assert_eq!(function_name("getVpc"), "getVpc");
        assert_eq!(function_name("GetURLs"), "getURLs");
        assert_eq!(function_result_name("getVpc"), "GetVpcResult");
    }
}
