//! The items generated for schema objects, enums and resources. Everything here is shared by the
//! derive and the SDK: both call [`resource_items`] and [`type_items`].

use proc_macro2::{Ident, Literal, Span, TokenStream};
use quote::{quote, ToTokens};
use syn::ext::IdentExt;
use schemagen_schema::{EnumType, Function, FunctionOutputs, ObjectType, Property, Resource, Type, TypeDef, TypeId};
use serde_json::Value;

use super::docs::{described, described_deprecated, doc_attrs, doc_with_deprecation};
use super::syntax::{default_from_new, doc_attr, global_path, ident_type, impl_block, list_attr, named_field, named_struct, new_fn, path_type, setter_fn, word_attr, Init, Items};
use super::types::{closure, referenced_types, string_type, TypeContext};
use crate::names::ident::Scope;
use crate::names::rust::{default_reader, const_reader, enum_variant, function_item_names, resource_item_names, setter, snake};

const SERDE_ATTRS: &str = "::schemagen_runtime::__private::serde";

fn derives(extra: TokenStream) -> [syn::Attribute; 2] {
    [
        list_attr(
            "derive",
            quote! {
                ::std::fmt::Debug,
                ::std::clone::Clone,
                ::std::cmp::PartialEq,
                #extra
                ::schemagen_runtime::__private::serde::Serialize,
                ::schemagen_runtime::__private::serde::Deserialize,
            },
        ),
        list_attr("serde", quote!(crate = #SERDE_ATTRS)),
    ]
}

fn docs_of(lines: Vec<String>) -> Vec<syn::Attribute> {
    lines.iter().map(|line| doc_attr(line)).collect()
}

/// One struct field: its Rust name, wire name, type and whether it may be absent.
pub struct Field<'a> {
    pub ident: Ident,
    pub prop: &'a Property,
    pub ty: syn::Type,
    pub optional: bool,
    /// Whether an absent value reads as the schema's default: only inputs have defaults
    /// applied (as Pulumi's SDKs apply them); an absent output or state stays absent.
    pub defaulted: bool,
}

impl Field<'_> {
    /// The schema's `const` value, when this field has one that can be checked on the wire
    /// (a secret's envelope hides its value, so secrets are not checked).
    fn checked_const(&self) -> Option<&Value> {
        self.prop.const_value.as_deref().filter(|_| !self.prop.secret)
    }

    /// The associated function that reads this field when it has a checked constant.
    fn const_reader(&self) -> Ident {
        Ident::new(&const_reader(&self.ident.to_string()), Span::call_site())
    }

    /// The schema default an absent optional field reads as, as JSON text. Secrets are left out:
    /// their envelope is the engine's, not the schema's.
    fn default_json(&self) -> Option<String> {
        let value = crate::model::fallback(self.prop)?.value?;
        (self.defaulted && self.optional && !self.prop.secret && self.checked_const().is_none()).then(|| value.to_string())
    }

    /// The associated function that gives this field its schema default when it is absent.
    fn default_reader(&self) -> Ident {
        Ident::new(&default_reader(&self.ident.to_string()), Span::call_site())
    }

    /// A required string constant needs no constructor parameter: its one value is filled in.
    fn fixed_string(&self) -> Option<&str> {
        self.checked_const().and_then(Value::as_str).filter(|_| !self.optional && self.ty == string_type())
    }

    /// The field's full type (`Option<…>` when it may be absent).
    pub fn full_type(&self) -> syn::Type {
        if self.optional {
            path_type(global_path(&["std", "option", "Option"], vec![self.ty.clone()]))
        } else {
            self.ty.clone()
        }
    }

    fn syntax(&self, owner: &Ident) -> syn::Field {
        let Field { ident, prop, optional, .. } = self;
        let mut attrs = docs_of(described_deprecated(described_with_default(prop).as_deref(), prop.deprecation_message.as_deref()));
        let wire = &prop.name;
        let ty = self.full_type();
        // `rename` only where the Rust name differs from the wire name.
        let mut parts = Vec::new();
        if *ident != wire.as_str() {
            parts.push(quote!(rename = #wire));
        }
        if *optional {
            if self.default_json().is_some() {
                let reader = format!("{owner}::{}", self.default_reader());
                parts.push(quote!(default = #reader, skip_serializing_if = "::std::option::Option::is_none"));
            } else {
                parts.push(quote!(default, skip_serializing_if = "::std::option::Option::is_none"));
            }
        }
        if self.checked_const().is_some() {
            let reader = format!("{owner}::{}", self.const_reader());
            parts.push(quote!(deserialize_with = #reader));
        }
        if !parts.is_empty() {
            attrs.push(list_attr("serde", quote!(#(#parts),*)));
        }
        named_field(attrs, ident, ty)
    }
}

/// The description, followed by the schema's constant value or its fallback (the default an
/// absent field reads as, and the environment variables the provider reads it from).
fn described_with_default(prop: &Property) -> Option<String> {
    let environment = |vars: &[String]| {
        let quoted: Vec<String> = vars.iter().map(|v| format!("`{v}`")).collect();
        match quoted.as_slice() {
            [one] => format!("When unset, Pulumi's SDKs read it from the environment variable {one}."),
            many => format!("When unset, Pulumi's SDKs read it from the first of the environment variables {} that is set.", many.join(", ")),
        }
    };
    let note = match (&prop.const_value, crate::model::fallback(prop)) {
        (Some(c), _) => Some(format!("Always `{c}`.")),
        (None, Some(f)) => {
            let parts: Vec<String> = f.value.map(|d| format!("Default: `{d}`.")).into_iter()
                .chain((!f.environment.is_empty()).then(|| environment(f.environment)))
                .collect();
            Some(parts.join(" "))
        }
        _ => None,
    };
    match (prop.description.as_deref().map(str::trim_end).filter(|d| !d.is_empty()), note) {
        (Some(d), Some(n)) => Some(format!("{d}\n\n{n}")),
        (d, n) => d.map(str::to_string).or(n),
    }
}

/// How a struct's fields are read.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// A resource's or function's inputs, and object types used only as inputs: absent
    /// optional ones read as the schema's default.
    Inputs,
    /// State inputs, where every input may be absent.
    State,
    /// Outputs, and object types used as outputs (read from the engine as they are).
    Outputs,
}

/// The fields for `props`, read as `side` says.
pub fn fields<'a>(cx: &TypeContext<'_>, props: &'a [Property], owner: Option<TypeId>, side: Side) -> Vec<Field<'a>> {
    let names = Scope::numbered([]).claim_each(props.iter().map(|p| snake(&p.name)));
    props
        .iter()
        .zip(names)
        .map(|(prop, name)| Field {
            ident: Ident::new(&name, Span::call_site()),
            prop,
            ty: cx.property_type(prop, owner),
            optional: side == Side::State || !prop.required,
            defaulted: side == Side::Inputs,
        })
        .collect()
}

fn struct_item(name: &Ident, mut docs: Vec<syn::Attribute>, extra_derives: TokenStream, fields: &[Field<'_>]) -> Items {
    docs.extend(derives(extra_derives));
    let mut items = Items::default();
    items.tree(named_struct(docs, name, fields.iter().map(|f| f.syntax(name))));
    let readers: Vec<TokenStream> = fields
        .iter()
        .filter_map(|f| {
            let expected = f.checked_const()?.to_string();
            let (reader, ty, optional) = (f.const_reader(), f.full_type(), f.optional);
            Some(quote! {
                fn #reader<'de, __D: ::schemagen_runtime::__private::serde::Deserializer<'de>>(
                    deserializer: __D,
                ) -> ::std::result::Result<#ty, __D::Error> {
                    ::schemagen_runtime::__private::expect_const(deserializer, #expected, #optional)
                }
            })
        })
        .collect();
    let defaults = fields.iter().filter_map(|f| {
        let json = f.default_json()?;
        let (reader, ty) = (f.default_reader(), f.full_type());
        Some(quote! {
            fn #reader() -> #ty {
                ::schemagen_runtime::__private::schema_default(#json)
            }
        })
    });
    let readers: Vec<TokenStream> = readers.into_iter().chain(defaults).collect();
    if !readers.is_empty() {
        items.tokens(quote!(impl #name { #(#readers)* }));
    }
    items
}

/// `new` with every required field as a parameter (so none can be left out) and a `with_…`
/// setter per optional field. `what` names one field in the docs ("input" for resource args,
/// "field" for objects).
fn constructor(name: &Ident, fields: &[Field<'_>], what: &str) -> Items {
    let required: Vec<&Field<'_>> = fields.iter().filter(|f| !f.optional && f.fixed_string().is_none()).collect();
    let inits = fields.iter().map(|f| {
        let init = if f.optional {
            Init::Unset
        } else if let Some(fixed) = f.fixed_string() {
            Init::Fixed(fixed)
        } else {
            Init::Param(f.ty.clone())
        };
        (&f.ident, init)
    });
    let doc = if required.is_empty() {
        format!(" With every optional {what} unset.")
    } else {
        let names: Vec<String> = required.iter().map(|f| format!("`{}`", f.prop.name)).collect();
        format!(" With the required {what}s {}; every other {what} unset.", names.join(", "))
    };
    let new = new_fn(vec![doc_attr(&doc), list_attr("allow", quote!(clippy::too_many_arguments))], inits.collect());
    let setters = fields.iter().filter(|f| f.optional).map(|f| {
        let setter = Ident::new(&setter(&f.ident.to_string()), Span::call_site());
        let doc = format!(" Sets `{}`.", f.prop.name);
        setter_fn(vec![doc_attr(&doc), word_attr("must_use")], setter, &f.ident, f.ty.clone())
    });
    // Parameter names are the schema's property names, which may be what clippy calls
    // placeholders (`foo`) or digits alone.
    let allow = list_attr("allow", quote!(clippy::disallowed_names, clippy::just_underscores_and_digits));
    let mut items = Items::default();
    items.tree(impl_block(vec![allow], None, ident_type(name), std::iter::once(new).chain(setters).collect()));
    // Nothing is required: `Default` is the same empty value.
    if required.is_empty() {
        items.tree(default_from_new(name));
    }
    items
}

/// The names of the items generated for a resource whose marker struct is `name`.
pub struct ResourceIdents {
    pub name: Ident,
    pub args: Ident,
    pub state: Ident,
    pub outputs: Ident,
}

impl ResourceIdents {
    pub fn new(name: &Ident) -> Self {
        // A raw `r#Name` is a name like any other; only its text without `r#` takes a suffix.
        let [_, args, state, outputs] =
            resource_item_names(&name.unraw().to_string()).map(|n| Ident::new(&n, name.span()));
        ResourceIdents { name: name.clone(), args, state, outputs }
    }
}

/// `…Args`, `…State`, `…Outputs` and `impl schemagen_runtime::Resource` for the resource, named after
/// `name` (the derive's struct, or the SDK's marker struct). Types are referred to by their bare
/// names; the caller puts [`type_items`] in scope.
pub fn resource_items(cx: &TypeContext<'_>, res: &Resource, name: &Ident) -> TokenStream {
    resource_syntax(cx, res, name).into_token_stream()
}

/// [`resource_items`], as built.
pub(crate) fn resource_syntax(cx: &TypeContext<'_>, res: &Resource, name: &Ident) -> Items {
    let ids = ResourceIdents::new(name);
    let token = &res.token.full;
    let ResourceIdents { args, state, outputs, .. } = &ids;

    let arg_fields = fields(cx, &res.input_properties, None, Side::Inputs);
    let args_doc = format!(" The inputs of [`{name}`] (`{token}`), with the schema's names on the wire.");
    let mut items = struct_item(args, vec![doc_attr(&args_doc)], TokenStream::new(), &arg_fields);
    items.append(constructor(args, &arg_fields, "input"));

    let state_props: &[Property] = res.state_inputs.as_ref().map_or(&[], |s| &s.properties);
    let state_fields = fields(cx, state_props, None, Side::State);
    let state_doc = format!(" The state inputs of [`{name}`], used to look up an existing resource; all optional.");
    items.append(struct_item(state, vec![doc_attr(&state_doc)], quote!(::std::default::Default,), &state_fields));

    let mut output_fields = fields(cx, &res.properties, None, Side::Outputs);
    let id_prop = id_property();
    if !res.properties.iter().any(|p| p.name == "id") {
        let taken: Vec<String> = output_fields.iter().map(|f| f.ident.to_string()).collect();
        let ident = Scope::numbered(taken.iter().map(String::as_str)).claim("id");
        output_fields.insert(
            0,
            Field {
                ident: Ident::new(&ident, Span::call_site()),
                prop: &id_prop,
                ty: string_type(),
                optional: false,
                defaulted: false,
            },
        );
    }
    let outputs_doc = format!(" The outputs of [`{name}`], including its `id`.");
    items.append(struct_item(outputs, vec![doc_attr(&outputs_doc)], TokenStream::new(), &output_fields));
    items.tokens(quote! {
        impl ::schemagen_runtime::Resource for #name {
            const TOKEN: &'static str = #token;
            type Args = #args;
            type State = #state;
            type Outputs = #outputs;
        }
    });
    items
}

/// The names of the items generated for a function whose marker struct is `name`.
pub struct FunctionIdents {
    pub args: Ident,
    pub result: Ident,
}

impl FunctionIdents {
    pub fn new(name: &Ident) -> Self {
        let [_, args, result] = function_item_names(&name.unraw().to_string()).map(|n| Ident::new(&n, name.span()));
        FunctionIdents { args, result }
    }
}

/// `…Args`, `…Result` and `impl schemagen_runtime::Function` for the function, named after
/// `name` (the derive's struct, or the SDK's marker struct). A function without inputs takes an
/// empty `…Args`; one without outputs returns an empty `…Result`; one that returns a plain type
/// (newer schemas) has `…Result` as an alias of it.
pub fn function_items(cx: &TypeContext<'_>, f: &Function, name: &Ident) -> TokenStream {
    function_syntax(cx, f, name).into_token_stream()
}

/// [`function_items`], as built.
pub(crate) fn function_syntax(cx: &TypeContext<'_>, f: &Function, name: &Ident) -> Items {
    let FunctionIdents { args, result, .. } = FunctionIdents::new(name);
    let token = &f.token.full;
    let inputs: &[Property] = f.inputs.as_ref().map_or(&[], |i| &i.properties);
    let arg_fields = fields(cx, inputs, None, Side::Inputs);
    let args_doc = format!(" The arguments of [`{name}`] (`{token}`), with the schema's names on the wire.");
    let mut items = struct_item(&args, vec![doc_attr(&args_doc)], TokenStream::new(), &arg_fields);
    items.append(constructor(&args, &arg_fields, "argument"));
    let result_doc = format!(" What [`{name}`] returns.");
    match &f.outputs {
        FunctionOutputs::Type { ty, .. } => {
            let ty = cx.property_type(&Property::new("result", ty.clone()), None);
            items.tokens(quote!(#[doc = #result_doc] pub type #result = #ty;));
        }
        FunctionOutputs::Object(shape) => {
            let result_fields = fields(cx, &shape.properties, None, Side::Outputs);
            items.append(struct_item(&result, vec![doc_attr(&result_doc)], TokenStream::new(), &result_fields));
        }
        FunctionOutputs::None => items.append(struct_item(&result, vec![doc_attr(&result_doc)], quote!(::std::default::Default,), &[])),
    }
    items.tokens(quote! {
        impl ::schemagen_runtime::Function for #name {
            const TOKEN: &'static str = #token;
            type Args = #args;
            type Result = #result;
        }
    });
    items
}

/// Every object and enum type the function's arguments and result use, in schema order.
pub fn function_types(cx: &TypeContext<'_>, f: &Function) -> Vec<TypeId> {
    let mut roots = Vec::new();
    for p in f.inputs.iter().flat_map(|i| i.properties.iter()) {
        referenced_types(&p.ty, &mut roots);
    }
    match &f.outputs {
        FunctionOutputs::Object(shape) => shape.properties.iter().for_each(|p| referenced_types(&p.ty, &mut roots)),
        FunctionOutputs::Type { ty, .. } => referenced_types(ty, &mut roots),
        FunctionOutputs::None => {}
    }
    closure(cx.pkg, roots)
}

/// What a failed derive still defines, so that the one error it reports is not followed by a
/// wave of errors about missing items: the resource's (or function's) items with no fields,
/// and its trait impl with the token as written.
pub fn placeholder_items(name: &Ident, token: &str, function: bool) -> TokenStream {
    let empty = |ident: &Ident, extra: TokenStream| struct_item(ident, vec![doc_attr(" Not generated: the derive failed.")], extra, &[]);
    if function {
        let FunctionIdents { args, result } = FunctionIdents::new(name);
        let (args_item, result_item) = (empty(&args, quote!(::std::default::Default,)), empty(&result, TokenStream::new()));
        quote! {
            #args_item
            #result_item
            impl ::schemagen_runtime::Function for #name {
                const TOKEN: &'static str = #token;
                type Args = #args;
                type Result = #result;
            }
        }
    } else {
        let ResourceIdents { args, state, outputs, .. } = ResourceIdents::new(name);
        let args_item = empty(&args, quote!(::std::default::Default,));
        let state_item = empty(&state, quote!(::std::default::Default,));
        let outputs_item = empty(&outputs, TokenStream::new());
        quote! {
            #args_item
            #state_item
            #outputs_item
            impl ::schemagen_runtime::Resource for #name {
                const TOKEN: &'static str = #token;
                type Args = #args;
                type State = #state;
                type Outputs = #outputs;
            }
        }
    }
}

/// The `id` output every resource has, whether or not its schema lists it.
fn id_property() -> Property {
    Property {
        description: Some("The provider-assigned unique ID of the resource.".into()),
        required: true,
        ..Property::new("id", Type::String)
    }
}

/// Every object and enum type the resource's inputs, state and outputs use, in schema order.
pub fn resource_types(cx: &TypeContext<'_>, res: &Resource) -> Vec<TypeId> {
    let state = res.state_inputs.iter().flat_map(|s| s.properties.iter());
    let mut roots = Vec::new();
    for p in res.input_properties.iter().chain(&res.properties).chain(state) {
        referenced_types(&p.ty, &mut roots);
    }
    closure(cx.pkg, roots)
}

/// The items for the given object and enum types.
pub fn type_items(cx: &TypeContext<'_>, ids: &[TypeId]) -> TokenStream {
    type_syntax(cx, ids).into_token_stream()
}

/// [`type_items`], as built.
pub(crate) fn type_syntax(cx: &TypeContext<'_>, ids: &[TypeId]) -> Items {
    let mut items = Items::default();
    for id in ids {
        match cx.pkg.type_def(*id) {
            TypeDef::Object(o) => items.append(object_item(cx, *id, o)),
            TypeDef::Enum(e) => items.tokens(enum_item(cx, *id, e)),
        }
    }
    items
}

fn object_item(cx: &TypeContext<'_>, id: TypeId, o: &ObjectType) -> Items {
    let name = cx.type_ident(id);
    let side = if cx.is_input_only(id) { Side::Inputs } else { Side::Outputs };
    let fields = fields(cx, &o.properties, Some(id), side);
    let mut docs = docs_of(described(o.description.as_deref()));
    if docs.is_empty() {
        docs.push(doc_attr(&format!(" Schema type `{}`.", o.token.full)));
    }
    let mut items = struct_item(&name, docs, TokenStream::new(), &fields);
    items.append(constructor(&name, &fields, "field"));
    items
}

fn enum_item(cx: &TypeContext<'_>, id: TypeId, e: &EnumType) -> TokenStream {
    let name = cx.type_ident(id);
    let docs = doc_attrs(e.description.as_deref());
    let variant_names = Scope::numbered([]).claim_each(e.values.iter().map(|v| enum_variant(v.name.as_deref(), &v.value)));
    let variants: Vec<Ident> = variant_names.iter().map(|n| Ident::new(n, Span::call_site())).collect();
    let variant_items = e.values.iter().zip(&variants).map(|(v, ident)| {
        let docs = doc_with_deprecation(v.description.as_deref(), v.deprecation_message.as_deref());
        quote!(#docs #ident,)
    });
    let values: Vec<TokenStream> = e.values.iter().map(|v| value_literal(&v.value, &e.element)).collect();
    let (prim, ser, de) = enum_serde(&name, &variants, &values, e);
    let is_float = matches!(e.element, Type::Number);
    let eq = if is_float { TokenStream::new() } else { quote!(::std::cmp::Eq, ::std::hash::Hash,) };
    quote! {
        #docs
        #[derive(::std::fmt::Debug, ::std::clone::Clone, ::std::marker::Copy, ::std::cmp::PartialEq, #eq)]
        pub enum #name { #(#variant_items)* }
        impl #name {
            /// The value the schema gives this variant, as sent on the wire.
            pub fn value(&self) -> #prim {
                match *self { #( #name::#variants => #values, )* }
            }
        }
        impl ::schemagen_runtime::__private::serde::Serialize for #name {
            fn serialize<__S: ::schemagen_runtime::__private::serde::Serializer>(&self, serializer: __S) -> ::std::result::Result<__S::Ok, __S::Error> {
                #ser
            }
        }
        // Values are compared one by one, and a schema's value may be the empty string.
        #[allow(clippy::comparison_to_empty)]
        impl<'de> ::schemagen_runtime::__private::serde::Deserialize<'de> for #name {
            fn deserialize<__D: ::schemagen_runtime::__private::serde::Deserializer<'de>>(deserializer: __D) -> ::std::result::Result<Self, __D::Error> {
                #de
            }
        }
    }
}

/// The primitive type, `Serialize` body and `Deserialize` body of an enum: the wire value is
/// the schema's value, whatever its type (string, integer, number or boolean). `values` are the
/// variants' values as literals, in order.
fn enum_serde(name: &Ident, variants: &[Ident], values: &[TokenStream], e: &EnumType) -> (TokenStream, TokenStream, TokenStream) {
    let expected = format!(
        "one of {}",
        e.values.iter().map(|v| v.value.to_string()).collect::<Vec<_>>().join(", ")
    );
    let serde = quote!(::schemagen_runtime::__private::serde);
    let (prim, ser_fn, unexpected) = match e.element {
        Type::Integer => (quote!(i64), quote!(serialize_i64), quote!(Signed(other))),
        Type::Number => (quote!(f64), quote!(serialize_f64), quote!(Float(other))),
        Type::Boolean => (quote!(bool), quote!(serialize_bool), quote!(Bool(other))),
        _ => (quote!(&'static str), quote!(serialize_str), quote!(Str(&other))),
    };
    let ser = quote!(serializer.#ser_fn(self.value()));
    let read = match e.element {
        Type::Integer | Type::Number | Type::Boolean => quote!(let other = <#prim as #serde::Deserialize>::deserialize(deserializer)?;),
        _ => quote!(let other = <::std::string::String as #serde::Deserialize>::deserialize(deserializer)?;),
    };
    // Comparing with `==` rather than matching keeps floats and strings on one code path.
    let de = quote! {
        #read
        #( if other == #values { return ::std::result::Result::Ok(#name::#variants); } )*
        ::std::result::Result::Err(<__D::Error as #serde::de::Error>::invalid_value(
            #serde::de::Unexpected::#unexpected,
            &#expected,
        ))
    };
    (prim, ser, de)
}

/// A whole number written as a float (`3.0`, `-0`), which an integer enum may hold.
fn whole(n: &serde_json::Number) -> Option<i64> {
    let f = n.as_f64()?;
    // The cast saturates; the range check keeps only values it represents exactly.
    (f.fract() == 0.0 && f.abs() <= 9_007_199_254_740_992.0).then_some(f as i64)
}

/// The value as a Rust literal of the enum's element type (a number enum's `1` is `1f64`).
fn value_literal(v: &Value, element: &Type) -> TokenStream {
    let signed = |negative: bool, lit: Literal| if negative { quote!(-#lit) } else { quote!(#lit) };
    match (v, element) {
        (Value::Bool(b), _) => quote!(#b),
        (Value::Number(n), Type::Number) => {
            let f = n.as_f64().unwrap_or_default();
            signed(f.is_sign_negative(), Literal::f64_suffixed(f.abs()))
        }
        (Value::Number(n), _) => match n.as_i64().or_else(|| whole(n)) {
            Some(i) => signed(i < 0, Literal::u64_unsuffixed(i.unsigned_abs())),
            None => {
                let f = n.as_f64().unwrap_or_default();
                signed(f.is_sign_negative(), Literal::f64_suffixed(f.abs()))
            }
        },
        (Value::String(s), _) => {
            let lit = Literal::string(s);
            quote!(#lit)
        }
        (other, _) => {
            let lit = Literal::string(&other.to_string());
            quote!(#lit)
        }
    }
}
