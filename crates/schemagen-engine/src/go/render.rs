//! The askama templates of the Go SDK (`templates/go/`) and the views they read.

use askama::Template;

use super::types::Imports;

/// Import lines in gofmt's order: the standard library first, then everything else, each group
/// sorted by path.
pub(crate) fn import_groups(imports: Imports) -> Vec<Vec<String>> {
    let (std, other): (Vec<_>, Vec<_>) = imports.into_iter().partition(|(p, _)| !p.split('/').next().unwrap_or("").contains('.') && !p.contains("/pulumi/") && is_std(p));
    let line = |(p, a): (String, String)| if a.is_empty() { super::text::quote(&p) } else { format!("{a} {}", super::text::quote(&p)) };
    let mut groups = Vec::new();
    for g in [std, other] {
        if !g.is_empty() {
            groups.push(g.into_iter().map(line).collect());
        }
    }
    groups
}

/// The standard library packages generated code imports.
fn is_std(p: &str) -> bool {
    matches!(p, "context" | "reflect" | "errors" | "fmt" | "os" | "strconv" | "strings" | "regexp")
}

/// The `ToOutput(ctx) pulumix.Output[T]` methods of a file's types, written when the schema asks
/// for generic (`pulumix`) side-by-side packages so that every legacy input and output is also a
/// `pulumix.Input[T]`: (receiver, element type, the output whose state it holds).
#[derive(Default)]
pub(crate) struct ToOutputs(pub(crate) Vec<(String, String, String)>);

impl ToOutputs {
    /// An input type `recv` (receiver `var`) converting through `To<name>OutputWithContext`.
    pub(crate) fn input(&mut self, var: &str, recv: &str, elem: &str, name: &str) {
        self.0.push((format!("{var} {recv}"), elem.to_string(), format!("{var}.To{name}OutputWithContext(ctx)")));
    }

    /// The output type `<name>Output` of element `elem`.
    pub(crate) fn output(&mut self, name: &str, elem: &str) {
        self.0.push((format!("o {name}Output"), elem.to_string(), "o".to_string()));
    }
}

/// A getter of the generic variant: its output type, the value type it flattens to, and whether
/// the result is converted into a collection or pointer output.
pub(crate) struct XGetter {
    pub(crate) doc: String,
    pub(crate) name: String,
    pub(crate) field: String,
    pub(crate) ty: String,
    pub(crate) elem: String,
    pub(crate) cast: bool,
    pub(crate) plain: bool,
    /// The getter reads the field's address.
    pub(crate) addr: bool,
}

impl XGetter {
    /// The getter of `field`, of output type `ty` over values of type `elem`.
    pub(crate) fn new(field: &super::fields::Field, ty: String, elem: String) -> Self {
        XGetter {
            doc: field.doc.trim_start_matches('\t').replace("\n\t", "\n"),
            name: field.name.clone(),
            field: field.name.clone(),
            cast: super::generic_types::needs_cast(&ty),
            ty,
            elem,
            plain: field.prop.plain,
            addr: false,
        }
    }
}

pub(crate) struct Getter {
    pub(crate) doc: String,
    pub(crate) name: String,
    pub(crate) field: String,
    pub(crate) ty: String,
}

#[derive(Template)]
#[template(path = "go/resource.go")]
pub(crate) struct ResourceFile {
    pub(crate) pkg_name: String,
    /// The name of the package's `internal` helpers package.
    pub(crate) internal: String,
    pub(crate) imports: Vec<Vec<String>>,
    pub(crate) doc: String,
    pub(crate) name: String,
    pub(crate) lower: String,
    pub(crate) state_kind: &'static str,
    pub(crate) fields: String,
    /// (field, error message literal).
    pub(crate) required: Vec<(String, String)>,
    pub(crate) has_required: bool,
    pub(crate) defaults: Vec<String>,
    /// (field, input type).
    pub(crate) secret_inputs: Vec<(String, String)>,
    pub(crate) secret_outputs: Vec<String>,
    pub(crate) replace_on_changes: Vec<String>,
    pub(crate) aliases: Vec<String>,
    pub(crate) register: &'static str,
    pub(crate) token: String,
    pub(crate) custom: bool,
    pub(crate) wire_state: String,
    pub(crate) state_fields: String,
    pub(crate) wire_args: String,
    pub(crate) args_fields: String,
    pub(crate) methods: Vec<String>,
    /// (suffix, Go collection prefix, example literal).
    pub(crate) containers: Vec<(String, String, String)>,
    pub(crate) getters: Vec<Getter>,
    pub(crate) x_getters: Vec<XGetter>,
    /// The generic (`pulumix`) variant.
    pub(crate) generic: bool,
    pub(crate) to_outputs: Vec<(String, String, String)>,
    pub(crate) registrations: Vec<String>,
}

#[derive(Template)]
#[template(path = "go/method.go")]
pub(crate) struct MethodView {
    pub(crate) doc: String,
    pub(crate) res: String,
    pub(crate) name: String,
    pub(crate) prefix: String,
    pub(crate) lower_prefix: String,
    pub(crate) token: String,
    pub(crate) has_args: bool,
    pub(crate) wire_args: String,
    pub(crate) args_fields: String,
    pub(crate) result: Option<String>,
    pub(crate) result_getters: Vec<Getter>,
    pub(crate) result_plain: Vec<String>,
}

/// One object type's families in `pulumiTypes.go`.
pub(crate) struct ObjectView {
    pub(crate) doc: String,
    pub(crate) name: String,
    pub(crate) lower: String,
    pub(crate) plain_fields: String,
    pub(crate) args_fields: String,
    /// `Defaults()` bodies for the plain and args shapes, when some property has a default.
    pub(crate) plain_defaults: Option<String>,
    pub(crate) args_defaults: Option<String>,
    pub(crate) input: bool,
    pub(crate) ptr_input: bool,
    pub(crate) output: bool,
    pub(crate) ptr_output: bool,
    pub(crate) getters: Vec<ObjGetter>,
}

pub(crate) struct ObjGetter {
    pub(crate) doc: String,
    pub(crate) name: String,
    pub(crate) field: String,
    /// Output type of the getter on `…Output`.
    pub(crate) ty: String,
    /// The plain field type.
    pub(crate) plain: String,
    /// Output type and plain type of the getter on `…PtrOutput` (lifting `nil`).
    pub(crate) ptr_ty: String,
    pub(crate) ptr_plain: String,
    /// Whether the ptr getter needs `&v.Field` (a plain value that is not nil-able).
    pub(crate) ptr_addr: bool,
    /// The generic getter converts its apply's result into a collection or pointer output.
    pub(crate) cast: bool,
}

/// A nested collection (`FooArrayArray`, `FooArrayMap`) or a collection of a named type.
pub(crate) struct CollectionView {
    /// `FooArray`.
    pub(crate) name: String,
    /// `[]` or `map[string]`.
    pub(crate) go_prefix: String,
    /// The element's name (`Foo`), for `FooInput` / `FooOutput`.
    pub(crate) elem: String,
    /// The element's plain type (`Foo`, `[]Foo`, `*Res`).
    pub(crate) elem_plain: String,
    pub(crate) is_array: bool,
    pub(crate) input: bool,
    /// The example literal in the input's doc comment.
    pub(crate) example: String,
}

#[derive(Template)]
#[template(path = "go/types.go")]
pub(crate) struct TypesFile {
    pub(crate) pkg_name: String,
    /// The name of the package's `internal` helpers package.
    pub(crate) internal: String,
    pub(crate) imports: Vec<Vec<String>>,
    pub(crate) objects: Vec<ObjectView>,
    pub(crate) collections: Vec<CollectionView>,
    pub(crate) to_outputs: Vec<(String, String, String)>,
    /// The generic (`pulumix`) variant.
    pub(crate) generic: bool,
    pub(crate) registrations: Vec<String>,
}

pub(crate) struct EnumView {
    pub(crate) doc: String,
    pub(crate) name: String,
    pub(crate) lower: String,
    /// The Go primitive (`string`, `float64`).
    pub(crate) underlying: String,
    /// `String`, `Float64`, … (the pulumi builtin it converts to).
    pub(crate) builtin: String,
    /// The aligned `const` block body.
    pub(crate) members: String,
    /// The `//\t<Member>` lines of the input's doc comment.
    pub(crate) examples: String,
    /// (suffix, Go collection prefix, example literal) for `Array` and `Map`.
    pub(crate) collections: Vec<(String, String, String)>,
    /// Used as an input: the conversions on the enum and its `Input`/`PtrInput` types.
    pub(crate) input: bool,
    /// Used as an output: its `Output`/`PtrOutput` types.
    pub(crate) output: bool,
}

#[derive(Template)]
#[template(path = "go/enums.go")]
pub(crate) struct EnumsFile {
    pub(crate) pkg_name: String,
    pub(crate) imports: Vec<Vec<String>>,
    pub(crate) enums: Vec<EnumView>,
    pub(crate) to_outputs: Vec<(String, String, String)>,
    /// The generic (`pulumix`) variant: no registrations.
    pub(crate) generic: bool,
    pub(crate) registrations: Vec<String>,
}

pub(crate) struct FnView {
    pub(crate) doc: String,
    pub(crate) name: String,
    pub(crate) token: String,
    /// The args struct's name (`GetFooArgs`), when the function takes inputs.
    pub(crate) args: Option<String>,
    pub(crate) args_fields: String,
    pub(crate) output_args_fields: String,
    pub(crate) args_defaults: Option<String>,
    /// The result struct's name, when the function returns an object.
    pub(crate) result: Option<String>,
    pub(crate) result_fields: String,
    pub(crate) result_getters: Vec<Getter>,
    pub(crate) result_plain: Vec<String>,
    pub(crate) result_defaults: Option<String>,
    pub(crate) output_form: bool,
    pub(crate) generics: bool,
    /// The generic (`pulumix`) variant of the `…Output` form.
    pub(crate) generic: bool,
    pub(crate) x_output_args_fields: String,
    /// (field, plain type) of each argument, in order, as the output form resolves them.
    pub(crate) x_resolved: Vec<(String, String)>,
    /// The args struct literal's fields from the resolved values, aligned.
    pub(crate) x_resolved_fields: String,
    pub(crate) x_getters: Vec<XGetter>,
}

#[derive(Template)]
#[template(path = "go/function.go")]
pub(crate) struct FunctionFile {
    pub(crate) pkg_name: String,
    /// The name of the package's `internal` helpers package.
    pub(crate) internal: String,
    pub(crate) imports: Vec<Vec<String>>,
    pub(crate) f: FnView,
}

pub(crate) struct ConfigGetter {
    pub(crate) doc: String,
    pub(crate) name: String,
    pub(crate) key: String,
    pub(crate) ty: String,
    /// `config.Get…` suffix (`""`, `Bool`, `Int`, `Float64`, `Object`).
    pub(crate) getter: String,
    /// The fallback block, when the key has a default.
    pub(crate) fallback: Option<String>,
}

#[derive(Template)]
#[template(path = "go/config.go")]
pub(crate) struct ConfigFile {
    pub(crate) pkg_name: String,
    /// The name of the package's `internal` helpers package.
    pub(crate) internal: String,
    pub(crate) imports: Vec<Vec<String>>,
    pub(crate) getters: Vec<ConfigGetter>,
}

#[derive(Template)]
#[template(path = "go/init.go")]
pub(crate) struct InitFile {
    pub(crate) pkg_name: String,
    /// The name of the package's `internal` helpers package.
    pub(crate) internal: String,
    pub(crate) imports: Vec<Vec<String>>,
    /// The resource modules registered (token module parts as written, quoted), sorted.
    pub(crate) modules: Vec<String>,
    /// (token literal, resource name).
    pub(crate) constructs: Vec<(String, String)>,
    pub(crate) package_name: String,
    pub(crate) provider: Option<(String, String)>,
}

#[derive(Template)]
#[template(path = "go/doc.go")]
pub(crate) struct DocFile {
    pub(crate) pkg_name: String,
    pub(crate) doc: String,
}

#[derive(Template)]
#[template(path = "go/utilities.go")]
pub(crate) struct UtilitiesFile {
    pub(crate) pkg_name: String,
    pub(crate) package_regex: String,
    pub(crate) plugin_download_url: Option<String>,
}

#[derive(Template)]
#[template(path = "go/version.go")]
pub(crate) struct VersionFile {
    pub(crate) pkg_name: String,
}

#[derive(Template)]
#[template(path = "go/go.mod")]
pub(crate) struct GoMod {
    pub(crate) module_path: String,
    pub(crate) sdk_version: &'static str,
}

/// `pulumi-plugin.json`; every value is a JSON literal.
#[derive(Template)]
#[template(path = "go/plugin.json")]
pub(crate) struct PluginFile {
    pub(crate) name: String,
    pub(crate) version: Option<String>,
    pub(crate) server: Option<String>,
}
