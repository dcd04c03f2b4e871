//! Tokens (`pkg:module:Name`) and the module each one belongs to.

use regex::Regex;

use crate::model::{Package, Token};

/// `meta.moduleFormat`, the one place a token's module is computed: splits and checks tokens,
/// and gives the module of a token's middle part, under today's rule and under the 2020
/// binder's (which the reference docs of that time follow).
#[derive(Debug, Clone)]
pub struct ModuleFormat {
    module_format: Regex,
}

impl ModuleFormat {
    /// `format` is `meta.moduleFormat`; Pulumi matches it unanchored and takes group 1.
    pub fn new(format: &str) -> Result<Self, regex::Error> {
        Ok(ModuleFormat { module_format: Regex::new(format)? })
    }

    /// The format of `pkg`: its `meta.moduleFormat`, `(.*)` when it has none.
    pub fn of(pkg: &Package) -> Result<Self, regex::Error> {
        Self::new(if pkg.module_format.is_empty() { "(.*)" } else { &pkg.module_format })
    }

    /// The 2020 binder's `TokenToModule`: the format's first group, where `index` and a part
    /// the format does not match are the root (today's rule keeps an unmatched part whole and
    /// roots `index/…` too).
    pub fn module_of_2020(&self, module_part: &str) -> String {
        match self.module_format.captures(module_part).and_then(|c| c.get(1)) {
            Some(m) if m.as_str() != "index" => m.as_str().to_string(),
            _ => String::new(),
        }
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

    /// The module part after `meta.moduleFormat`, before `index` is read as the root.
    pub fn formatted_module<'a>(&self, module_part: &'a str) -> &'a str {
        self.module_format.captures(module_part).and_then(|c| c.get(1)).map_or(module_part, |m| m.as_str())
    }

    fn module_of(&self, package: &str, module_part: &str) -> String {
        if package == "pulumi" && module_part == "providers" {
            return String::new();
        }
        let module = self.formatted_module(module_part);
        if module == "index" || module.starts_with("index/") {
            String::new()
        } else {
            module.to_string()
        }
    }
}

/// Characters that no file name may hold on some system generated files go to (Windows).
const NOT_IN_FILE_NAMES: [char; 7] = ['\\', '<', '>', '"', '|', '?', '*'];

/// Why a `/`-separated part of a token cannot become folder and file names on every system, if
/// it cannot: a character Windows refuses, or an element that is `.`, `..` or (unless
/// `empty_elements`) empty. The docs name a page after its module and its resource or function.
pub fn file_path_problem(part: &str, empty_elements: bool) -> Option<String> {
    if let Some(c) = part.chars().find(|c| NOT_IN_FILE_NAMES.contains(c)) {
        return Some(format!("`{c}` cannot be part of a file name on every system"));
    }
    part.split('/')
        .find(|e| *e == "." || *e == ".." || (!empty_elements && e.is_empty()))
        .map(|e| if e.is_empty() { "an empty path element (`//`, or `/` at an end) names no file".to_string() } else { format!("the path element `{e}` names no file") })
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
        let rules = ModuleFormat::new("(.*)(?:/[^/]*)").unwrap();
        let t = rules.parse("aws:apigateway/integrationResponse:IntegrationResponse").unwrap();
        assert_eq!(t.module, "apigateway");
        assert_eq!(t.name, "IntegrationResponse");
        assert_eq!(rules.parse("aws:index/provider:Provider").unwrap().module, "");
    }

    #[test]
    fn default_format_and_empty_module() {
        let rules = ModuleFormat::new("(.*)").unwrap();
        assert_eq!(rules.parse("example::Foo").unwrap().module, "");
        assert_eq!(rules.parse("example:nested/module:Foo").unwrap().module, "nested/module");
        assert!(rules.parse("nope").is_err());
        assert!(rules.parse("a:b:").is_err());
    }

    #[test]
    fn parts_that_cannot_be_file_names() {
        assert_eq!(file_path_problem("Bucket", false), None);
        assert_eq!(file_path_problem("Bucket/method", false), None);
        assert_eq!(file_path_problem("a//b", true), None);
        assert!(file_path_problem("a\"b", false).is_some_and(|p| p.contains('"')));
        assert!(file_path_problem("x*/y", false).is_some());
        assert!(file_path_problem("..", true).is_some());
        assert!(file_path_problem("a/./b", true).is_some());
        assert!(file_path_problem("a/", false).is_some());
    }

    #[test]
    fn decodes_percent_escapes() {
        assert_eq!(percent_decode("random:index%2FrandomPet:RandomPet"), "random:index/randomPet:RandomPet");
        assert_eq!(percent_decode("100%"), "100%");
        assert_eq!(percent_decode("%zz"), "%zz");
    }
}
