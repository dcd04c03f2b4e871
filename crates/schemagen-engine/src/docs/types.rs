//! Type strings and links per language, as the 2020 docs printed them for a property:
//! each language's SDK type name, stripped of module qualifiers for display, linked to the
//! built-in type's reference or to a supporting type's anchor on the same page.

use crate::names::python::by_rule as py_by_rule;

use super::context::DocsContext;
use super::escape::{go_html_escape_string, html, wbr};
use super::lang::Lang;
use super::model::{DocType, Prim};

/// A type as one language shows it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PropType {
    /// The language's type name (used where no display name is set).
    pub name: String,
    /// The name shown on the page; may hold `<wbr>` and entities, inserted raw.
    pub display: String,
    /// `""` or `"#"` for no link.
    pub link: String,
}

impl PropType {
    /// A named API type with a link, as the signatures use them.
    pub fn linked(name: impl Into<String>, link: impl Into<String>) -> Self {
        PropType { name: name.into(), display: String::new(), link: link.into() }
    }
    pub fn has_link(&self) -> bool {
        !(self.link.is_empty() || self.link == "#")
    }
    /// What linkify prints: the display name, else the name.
    pub fn shown(&self) -> &str {
        if self.display.is_empty() {
            &self.name
        } else {
            &self.display
        }
    }
}

/// A token's member name for use inside a type string: escaped, so a hostile name cannot add
/// markup where the 2020 generator inserted type strings raw (identifiers are unchanged).
fn member(name: &str) -> String {
    html(name)
}

pub struct TypePrinter<'c, 'p> {
    pub ctx: &'c DocsContext<'p>,
    /// The schema module of the page being written.
    pub module: &'c str,
}

impl TypePrinter<'_, '_> {
    /// The property type for `lang`; `optional` is `!required`; `word_breaks` is set for
    /// property lists.
    pub fn property_type(&self, t: &DocType<'_>, lang: Lang, input: bool, optional: bool, word_breaks: bool) -> PropType {
        let lang_module = self.ctx.lang_module(self.module, lang);
        let lang_string = self.lang_type_string(t, lang, &lang_module, input, optional);

        let link = match t {
            DocType::Array(e) => self.property_type(e, lang, input, optional, false).link,
            DocType::Object(token) => format!("#{}", self.ctx.type_link_anchor(token)),
            DocType::Prim(p) => builtin_link(lang, p.schema_name()),
            _ => String::new(),
        };

        let mut display = if t.is_primitive() {
            lang_string.clone()
        } else {
            self.clean_type_string(t, &lang_string, lang, &lang_module, input)
        };
        if word_breaks {
            if lang == Lang::CSharp {
                display = go_html_escape_string(&display);
            }
            display = wbr(&display);
        }
        PropType {
            name: clean_optional_marker(&lang_string, lang).to_string(),
            display: clean_optional_marker(&display, lang).to_string(),
            link,
        }
    }

    /// The language's full type string (with module qualifiers and optional markers).
    pub fn lang_type_string(&self, t: &DocType<'_>, lang: Lang, lang_module: &str, input: bool, optional: bool) -> String {
        match lang {
            Lang::NodeJs => {
                let qualifier = if input { "inputs." } else { "outputs." };
                let s = self.nodejs(t, input, optional).replace(qualifier, "");
                if optional {
                    s.replace(" | undefined", "?")
                } else {
                    s
                }
            }
            // The 2020 Go helper looked Kubernetes' root types up in its `providers` package.
            Lang::Go if self.ctx.kubernetes && lang_module.is_empty() => self.go(t, "providers", optional),
            Lang::Go => self.go(t, lang_module, optional),
            Lang::CSharp => self.csharp(t, if input { "Inputs" } else { "Outputs" }, input, true, optional),
            Lang::Python => self.python(t),
        }
    }

    fn nodejs(&self, t: &DocType<'_>, input: bool, optional: bool) -> String {
        let typ = match t {
            DocType::Array(e) => format!("{}[]", self.nodejs(e, input, false)),
            DocType::Map(e) => format!("{{[key: string]: {}}}", self.nodejs(e, input, false)),
            DocType::Object(token) => {
                let root = if input { "inputs." } else { "outputs." };
                let module = if token.module.is_empty() {
                    String::new()
                } else {
                    format!("{}.", member(&token.module).replace('/', "."))
                };
                format!("{root}{module}{}", member(&self.ctx.nodejs_type_name(token)))
            }
            DocType::Token { token, .. } => member(&self.ctx.nodejs_type_name(token)),
            DocType::Union(es) => {
                return es.iter().map(|e| self.nodejs(e, input, false)).collect::<Vec<_>>().join(" | ");
            }
            DocType::Prim(p) => match p {
                Prim::Bool => "boolean",
                Prim::Int | Prim::Number => "number",
                Prim::String => "string",
                Prim::Archive => "pulumi.asset.Archive",
                Prim::Asset => "pulumi.asset.Asset | pulumi.asset.Archive",
                Prim::Any => "any",
            }
            .to_string(),
        };
        if optional {
            typ + " | undefined"
        } else {
            typ
        }
    }

    fn go(&self, t: &DocType<'_>, go_pkg: &str, optional: bool) -> String {
        let typ = match t {
            DocType::Array(e) => return format!("[]{}", self.go(e, go_pkg, false)),
            DocType::Map(e) => return format!("map[string]{}", self.go(e, go_pkg, false)),
            DocType::Object(token) | DocType::Token { token, underlying: None } => {
                let module = self.ctx.lang_module(&token.module, Lang::Go);
                let name = member(&self.ctx.go_type_name(token, &module));
                if module == go_pkg {
                    name
                } else {
                    format!("{}.{name}", member(&module).replace('/', ""))
                }
            }
            DocType::Token { underlying: Some(u), .. } => return self.go(u, go_pkg, optional),
            DocType::Union(_) => return "interface{}".to_string(),
            DocType::Prim(p) => match p {
                Prim::Bool => "bool".to_string(),
                Prim::Int => "int".to_string(),
                Prim::Number => "float64".to_string(),
                Prim::String => "string".to_string(),
                Prim::Archive => return "pulumi.Archive".to_string(),
                Prim::Asset => return "pulumi.AssetOrArchive".to_string(),
                Prim::Any => return "interface{}".to_string(),
            },
        };
        if optional {
            format!("*{typ}")
        } else {
            typ
        }
    }

    /// `Pulumi.<Package>[.<Module>]` for a token.
    fn csharp_namespace(&self, package: &str, module: &str) -> String {
        let pkg = format!("Pulumi.{}", member(&self.ctx.csharp.package_namespace(package, self.ctx.csharp_namespaces())));
        if module.is_empty() {
            pkg
        } else {
            format!("{pkg}.{}", member(&self.ctx.csharp_module(module).qualified))
        }
    }

    fn csharp(&self, t: &DocType<'_>, qualifier: &str, input: bool, initializers: bool, optional: bool) -> String {
        let mut optional = optional;
        let typ = match t {
            DocType::Array(e) => {
                let element = self.csharp(e, qualifier, input, false, false);
                if initializers {
                    format!("List<{element}>")
                } else {
                    optional = false;
                    format!("ImmutableArray<{element}>")
                }
            }
            DocType::Map(e) => {
                let element = self.csharp(e, qualifier, input, false, false);
                if initializers {
                    format!("Dictionary<string, {element}>")
                } else {
                    format!("ImmutableDictionary<string, {element}>")
                }
            }
            DocType::Object(token) => {
                let ns = self.csharp_namespace(&token.package, &token.module);
                let suffix = if input { "Args" } else { "" };
                format!("{ns}.{qualifier}.{}{suffix}", member(&self.ctx.csharp_type_name(token)))
            }
            DocType::Token { underlying: Some(u), .. } => return self.csharp(u, qualifier, input, initializers, optional),
            DocType::Token { token, underlying: None } => {
                let ns = self.csharp_namespace(&token.package, &token.module);
                format!("{ns}.{}", member(&self.ctx.csharp_type_name(token)))
            }
            DocType::Union(es) => {
                let mut elements: Vec<String> = Vec::new();
                for e in es {
                    let s = self.csharp(e, qualifier, input, false, false);
                    if !elements.contains(&s) {
                        elements.push(s);
                    }
                }
                if elements.len() == 1 {
                    return self.csharp(&es[0], qualifier, input, initializers, optional);
                }
                let last = elements.pop().unwrap_or_default();
                let mut typ: String = elements.iter().map(|e| format!("Union<{e}, ")).collect();
                typ.push_str(&last);
                typ.push_str(&">".repeat(elements.len()));
                typ
            }
            DocType::Prim(p) => match p {
                Prim::Bool => "bool",
                Prim::Int => "int",
                Prim::Number => "double",
                Prim::String => "string",
                Prim::Archive => "Archive",
                Prim::Asset => "AssetOrArchive",
                Prim::Any => "object",
            }
            .to_string(),
        };
        if optional {
            typ + "?"
        } else {
            typ
        }
    }

    /// Strips namespaces and module prefixes from the display name, the 2020 way: Go keeps the
    /// part after the last `.`; Node.js and C# drop the qualifier of the module the (first
    /// non-primitive element) type lives in.
    fn clean_type_string(&self, t: &DocType<'_>, s: &str, lang: Lang, lang_module: &str, input: bool) -> String {
        match lang {
            Lang::Go => return s.rsplit('.').next().unwrap_or(s).to_string(),
            Lang::Python => return s.to_string(),
            Lang::NodeJs | Lang::CSharp => {}
        }
        let mut module = lang_module.to_string();
        let mut schema_module = self.module;
        match t {
            DocType::Array(e) if !e.is_primitive() => return self.clean_type_string(e, s, lang, lang_module, input),
            DocType::Union(es) => {
                if let Some(e) = es.iter().find(|e| !e.is_primitive()) {
                    return self.clean_type_string(e, s, lang, lang_module, input);
                }
            }
            DocType::Object(token) if token.module != self.module => {
                module = self.ctx.lang_module(&token.module, lang);
                schema_module = &token.module;
            }
            _ => {}
        }
        if lang == Lang::NodeJs {
            let s = if self.ctx.kubernetes { super::kubernetes::strip_nodejs_prefixes(s) } else { s.to_string() };
            let prefix = format!("{}.", member(&module).replace('/', "."));
            return s.replace(&prefix, "");
        }
        let qualifier = if input { "Inputs" } else { "Outputs" };
        let pkg = member(&self.ctx.csharp.package);
        let prefix = if module.is_empty() {
            format!("Pulumi.{pkg}.{qualifier}.")
        } else {
            format!("Pulumi.{pkg}.{}.{qualifier}.", member(&self.ctx.csharp_module(schema_module).stripped))
        };
        s.replace(&prefix, "")
    }

    /// The Python type as the 2020 docs printed it (no `Optional`, `float` for integers, `Dict[T]`
    /// for objects).
    fn python(&self, t: &DocType<'_>) -> String {
        match python_kind(t) {
            PyKind::List => {
                let element = match unwrap_token(t) {
                    DocType::Array(e) => e.schema_string(),
                    other => other.schema_string(),
                };
                match element_type_name(&element).as_str() {
                    "string" => "List[str]".to_string(),
                    name => format!("List[{}]", py_by_rule::docs_type(name)),
                }
            }
            PyKind::Dict => match t {
                DocType::Union(es) => es
                    .iter()
                    .map(|e| if e.is_primitive() { e.schema_string() } else { self.python(e) })
                    .collect::<Vec<_>>()
                    .join(" | "),
                DocType::Map(e) => {
                    if let DocType::Union(_) = **e {
                        return self.python(e);
                    }
                    match element_type_name(&e.schema_string()).as_str() {
                        "string" => "Dict[str, str]".to_string(),
                        "any" => "Dict[str, Any]".to_string(),
                        name => format!("Dict[str, {}]", py_by_rule::docs_type(name)),
                    }
                }
                DocType::Object(token) => format!("Dict[{}]", member(&self.ctx.python_type_name(token))),
                _ => "Dict[str, Any]".to_string(),
            },
            PyKind::Plain(name) => name.to_string(),
        }
    }
}

fn unwrap_token<'a, 'p>(t: &'a DocType<'p>) -> &'a DocType<'p> {
    match t {
        DocType::Token { underlying: Some(u), .. } => unwrap_token(u),
        other => other,
    }
}

/// How the 2020 docs printed a type in Python: a list or dict form, or a plain type name.
enum PyKind {
    List,
    Dict,
    Plain(&'static str),
}

fn python_kind(t: &DocType<'_>) -> PyKind {
    match t {
        DocType::Array(_) => PyKind::List,
        DocType::Map(_) | DocType::Object(_) | DocType::Union(_) => PyKind::Dict,
        DocType::Token { underlying: Some(u), .. } => python_kind(u),
        DocType::Token { underlying: None, .. } => PyKind::Dict,
        DocType::Prim(p) => match p {
            Prim::Bool => PyKind::Plain("bool"),
            Prim::Int | Prim::Number => PyKind::Plain("float"),
            Prim::String => PyKind::Plain("str"),
            Prim::Archive => PyKind::Plain("pulumi.Archive"),
            Prim::Asset => PyKind::Plain("Union[pulumi.Asset, pulumi.Archive]"),
            // `Any` printed as the dict form, `Dict[str, Any]`.
            Prim::Any => PyKind::Dict,
        },
    }
}

/// The member name of a `pkg:mod:Name` type string (any other string as is), without a
/// leading `_`. Tokens in `schema_string` are already escaped; `<`/`>` of `Array<…>` are not.
fn element_type_name(s: &str) -> String {
    let parts: Vec<&str> = s.split(':').collect();
    let name = if parts.len() == 3 { parts[2] } else { s };
    name.strip_prefix('_').unwrap_or(name).to_string()
}

/// Where a built-in type's reference lives, per language (`schema_name` is the schema's name
/// for it, so Node.js links to `…/Global_Objects/integer`, as in 2020).
pub fn builtin_link(lang: Lang, schema_name: &str) -> String {
    match lang {
        Lang::NodeJs => format!("https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/{schema_name}"),
        Lang::Go => format!("https://golang.org/pkg/builtin/#{schema_name}"),
        Lang::CSharp => "https://docs.microsoft.com/en-us/dotnet/csharp/language-reference/builtin-types/built-in-types".to_string(),
        Lang::Python => "https://docs.python.org/3/library/stdtypes.html".to_string(),
    }
}

fn clean_optional_marker(s: &str, lang: Lang) -> &str {
    match lang {
        Lang::NodeJs | Lang::CSharp => s.strip_suffix('?').unwrap_or(s),
        Lang::Go => s.strip_prefix('*').unwrap_or(s),
        Lang::Python => s,
    }
}

#[cfg(test)]
mod tests {
    //! The type table and link rules of the 2020 format notes (docs-format-2020.md §2.4, §2.5).

    use schemagen_schema::{Format, LoadOptions, Package};

    use super::super::context::DocsContext;
    use super::super::model::DocType;
    use super::*;

    const SCHEMA: &str = r##"{
      "name": "aws", "version": "2.2.0", "meta": {"moduleFormat": "(.*)(?:/[^/]*)"},
      "types": {"aws:s3/BucketCors:BucketCors": {"type": "object", "properties": {"x": {"type": "string"}}}},
      "resources": {"aws:s3/bucket:Bucket": {"inputProperties": {
        "s": {"type": "string"}, "i": {"type": "integer"}, "n": {"type": "number"}, "b": {"type": "boolean"},
        "any": {"$ref": "pulumi.json#/Any"}, "archive": {"$ref": "pulumi.json#/Archive"}, "asset": {"$ref": "pulumi.json#/Asset"},
        "strings": {"type": "array", "items": {"type": "string"}}, "ints": {"type": "array", "items": {"type": "integer"}},
        "smap": {"type": "object", "additionalProperties": {"type": "string"}},
        "imap": {"type": "object", "additionalProperties": {"type": "integer"}},
        "cors": {"$ref": "#/types/aws:s3/BucketCors:BucketCors"},
        "corsList": {"type": "array", "items": {"$ref": "#/types/aws:s3/BucketCors:BucketCors"}},
        "restApi": {"oneOf": [{"type": "string"}, {"type": "string", "$ref": "#/types/aws:apigateway/restApi:RestApi"}]},
        "token": {"type": "string", "$ref": "#/types/aws:apigateway/restApi:RestApi"}
      }}}
    }"##;

    fn package() -> Package {
        schemagen_schema::parse(SCHEMA, "t.json", Format::Json, &LoadOptions::default()).expect("schema").package
    }

    /// (display, link) of input property `name` in `lang`, required, without word breaks.
    fn shown(pkg: &Package, name: &str, lang: Lang, input: bool) -> (String, String) {
        let model = crate::model::Model::new(pkg);
        let ctx = DocsContext::new(&model);
        let printer = TypePrinter { ctx: &ctx, module: "s3" };
        let p = pkg.resources[0].input(name).expect("property");
        let t = printer.property_type(&DocType::of(pkg, &p.ty), lang, input, false, false);
        (t.display, t.link)
    }

    #[test]
    fn type_table_of_the_format_notes() {
        let pkg = package();
        let rows: [(&str, [&str; 4]); 15] = [
            ("s", ["string", "str", "string", "string"]),
            ("i", ["number", "float", "int", "int"]),
            ("n", ["number", "float", "float64", "double"]),
            ("b", ["boolean", "bool", "bool", "bool"]),
            ("any", ["any", "Dict[str, Any]", "interface{}", "object"]),
            ("archive", ["pulumi.asset.Archive", "pulumi.Archive", "pulumi.Archive", "Archive"]),
            ("asset", ["pulumi.asset.Asset | pulumi.asset.Archive", "Union[pulumi.Asset, pulumi.Archive]", "pulumi.AssetOrArchive", "AssetOrArchive"]),
            ("strings", ["string[]", "List[str]", "[]string", "List<string>"]),
            ("ints", ["number[]", "List[Integer]", "[]int", "List<int>"]),
            ("smap", ["{[key: string]: string}", "Dict[str, str]", "map[string]string", "Dictionary<string, string>"]),
            ("imap", ["{[key: string]: number}", "Dict[str, Integer]", "map[string]int", "Dictionary<string, int>"]),
            ("cors", ["BucketCors", "Dict[BucketCors]", "BucketCors", "BucketCorsArgs"]),
            ("corsList", ["BucketCors[]", "List[BucketCors]", "[]BucketCors", "List<BucketCorsArgs>"]),
            ("restApi", ["string | RestApi", "string | str", "interface{}", "string"]),
            ("token", ["RestApi", "str", "string", "string"]),
        ];
        for (name, [node, py, go, cs]) in rows {
            for (lang, want) in [(Lang::NodeJs, node), (Lang::Python, py), (Lang::Go, go), (Lang::CSharp, cs)] {
                assert_eq!(shown(&pkg, name, lang, true).0, want, "{name} in {lang:?}");
            }
        }
        assert_eq!(shown(&pkg, "cors", Lang::CSharp, false).0, "BucketCors", "outputs have no Args suffix");
    }

    #[test]
    fn links_of_the_format_notes() {
        let pkg = package();
        let mdn = "https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/";
        assert_eq!(shown(&pkg, "i", Lang::NodeJs, true).1, format!("{mdn}integer"));
        assert_eq!(shown(&pkg, "any", Lang::NodeJs, true).1, format!("{mdn}pulumi:pulumi:Any"));
        assert_eq!(shown(&pkg, "s", Lang::Go, true).1, "https://golang.org/pkg/builtin/#string");
        assert_eq!(shown(&pkg, "b", Lang::Python, true).1, "https://docs.python.org/3/library/stdtypes.html");
        assert_eq!(shown(&pkg, "cors", Lang::Go, true).1, "#bucketcors");
        assert_eq!(shown(&pkg, "corsList", Lang::NodeJs, true).1, "#bucketcors");
        assert_eq!(shown(&pkg, "strings", Lang::CSharp, true).1, builtin_link(Lang::CSharp, "string"));
        for unlinked in ["smap", "restApi", "token"] {
            assert_eq!(shown(&pkg, unlinked, Lang::NodeJs, true).1, "", "{unlinked}");
        }
    }

    #[test]
    fn word_breaks_and_csharp_escaping() {
        let pkg = package();
        let model = crate::model::Model::new(&pkg);
        let ctx = DocsContext::new(&model);
        let printer = TypePrinter { ctx: &ctx, module: "s3" };
        let p = pkg.resources[0].input("smap").expect("property");
        let t = printer.property_type(&DocType::of(&pkg, &p.ty), Lang::CSharp, true, true, true);
        assert_eq!(t.display, "Dictionary&lt;string, string&gt;");
        let p = pkg.resources[0].input("restApi").expect("property");
        let t = printer.property_type(&DocType::of(&pkg, &p.ty), Lang::NodeJs, true, true, true);
        assert_eq!(t.display, "string | Rest<wbr>Api");
    }
}
