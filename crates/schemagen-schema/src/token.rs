//! Tokens (`pkg:module:Name`) and the module each one belongs to.

use regex::Regex;

use crate::model::Token;

/// Splits and checks tokens and computes modules through `meta.moduleFormat`.
pub struct TokenRules {
    module_format: Regex,
}

impl TokenRules {
    /// `format` is `meta.moduleFormat`; Pulumi matches it unanchored and takes group 1.
    pub fn new(format: &str) -> Result<Self, regex::Error> {
        Ok(TokenRules { module_format: Regex::new(format)? })
    }

    /// Splits a token; `Err` says what is wrong with it.
    pub fn parse(&self, full: &str) -> Result<Token, String> {
        let mut parts = full.splitn(3, ':');
        let (Some(package), Some(module_part), Some(name)) = (parts.next(), parts.next(), parts.next())
        else {
            return Err(format!("`{full}` is not a token: a token has three parts, `package:module:Name`"));
        };
        if let Some(c) = full.chars().find(|c| c.is_control()) {
            return Err(format!(
                "token `{}` contains the control character U+{:04X}, which no generated name or file name can hold",
                full.escape_debug(),
                u32::from(c)
            ));
        }
        if package.is_empty() {
            return Err(format!("token `{full}` has an empty package part"));
        }
        if name.is_empty() {
            return Err(format!("token `{full}` has an empty name part"));
        }
        if name.contains(':') {
            return Err(format!("token `{full}` has more than three `:`-separated parts"));
        }
        Ok(Token {
            full: full.to_string(),
            package: package.to_string(),
            module_part: module_part.to_string(),
            module: self.module_of(package, module_part),
            name: name.to_string(),
        })
    }

    fn module_of(&self, package: &str, module_part: &str) -> String {
        if package == "pulumi" && module_part == "providers" {
            return String::new();
        }
        let module = self
            .module_format
            .captures(module_part)
            .and_then(|c| c.get(1))
            .map_or(module_part, |m| m.as_str());
        if module == "index" || module.starts_with("index/") {
            String::new()
        } else {
            module.to_string()
        }
    }
}

/// `%2F`-style escapes appear in `$ref`s; tokens themselves are plain.
pub fn percent_decode(s: &str) -> String {
    if !s.contains('%') {
        return s.to_string();
    }
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() && s.is_char_boundary(i + 3) {
            if let Ok(v) = u8::from_str_radix(&s[i + 1..i + 3], 16) {
                out.push(v);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8(out).unwrap_or_else(|_| s.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn module_format_takes_group_one() {
        let rules = TokenRules::new("(.*)(?:/[^/]*)").unwrap();
        let t = rules.parse("aws:apigateway/integrationResponse:IntegrationResponse").unwrap();
        assert_eq!(t.module, "apigateway");
        assert_eq!(t.name, "IntegrationResponse");
        assert_eq!(rules.parse("aws:index/provider:Provider").unwrap().module, "");
    }

    #[test]
    fn default_format_and_empty_module() {
        let rules = TokenRules::new("(.*)").unwrap();
        assert_eq!(rules.parse("example::Foo").unwrap().module, "");
        assert_eq!(rules.parse("example:nested/module:Foo").unwrap().module, "nested/module");
        assert!(rules.parse("nope").is_err());
        assert!(rules.parse("a:b:").is_err());
    }

    #[test]
    fn decodes_percent_escapes() {
        assert_eq!(percent_decode("random:index%2FrandomPet:RandomPet"), "random:index/randomPet:RandomPet");
        assert_eq!(percent_decode("100%"), "100%");
        assert_eq!(percent_decode("%zz"), "%zz");
    }
}
