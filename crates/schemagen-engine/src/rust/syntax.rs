//! Syntax trees built directly, for the shapes that every struct, field and constructor repeats.
//! Quoting them and parsing the tokens back was most of the SDK's time; a tree built here is the
//! one syn would parse from those tokens, so prettyplease prints it the same. Names come in as
//! [`Ident`]s and text as string literals, so a schema's names and descriptions stay what they
//! are in quoted code: an identifier, or the contents of a literal.

use proc_macro2::{Ident, Span, TokenStream};
use quote::ToTokens;
use syn::punctuated::Punctuated;
use syn::token;

pub(crate) fn ident(name: &str) -> Ident {
    Ident::new(name, Span::call_site())
}

/// `::first::…::last`, with `args` as the generic arguments of its last segment.
pub(crate) fn global_path(segments: &[&str], args: Vec<syn::Type>) -> syn::Path {
    path_of(Some(token::PathSep::default()), segments.iter().map(|s| ident(s)), args)
}

/// A path of `idents` that starts where it is written (`Self::new`, `crate::types::Config`).
pub(crate) fn local_path(idents: impl IntoIterator<Item = Ident>) -> syn::Path {
    path_of(None, idents, Vec::new())
}

fn path_of(leading_colon: Option<token::PathSep>, idents: impl IntoIterator<Item = Ident>, args: Vec<syn::Type>) -> syn::Path {
    let mut segments: Punctuated<syn::PathSegment, token::PathSep> =
        idents.into_iter().map(|ident| syn::PathSegment { ident, arguments: syn::PathArguments::None }).collect();
    if let Some(last) = segments.last_mut().filter(|_| !args.is_empty()) {
        last.arguments = syn::PathArguments::AngleBracketed(syn::AngleBracketedGenericArguments {
            colon2_token: None,
            lt_token: token::Lt::default(),
            args: args.into_iter().map(syn::GenericArgument::Type).collect(),
            gt_token: token::Gt::default(),
        });
    }
    syn::Path { leading_colon, segments }
}

pub(crate) fn path_type(path: syn::Path) -> syn::Type {
    syn::Type::Path(syn::TypePath { qself: None, path })
}

pub(crate) fn ident_type(name: &Ident) -> syn::Type {
    path_type(local_path([name.clone()]))
}

fn self_type() -> syn::Type {
    ident_type(&ident("Self"))
}

pub(crate) fn path_expr(path: syn::Path) -> syn::Expr {
    syn::Expr::Path(syn::ExprPath { attrs: Vec::new(), qself: None, path })
}

fn ident_expr(name: &Ident) -> syn::Expr {
    path_expr(local_path([name.clone()]))
}

pub(crate) fn str_expr(text: &str) -> syn::Expr {
    syn::Expr::Lit(syn::ExprLit { attrs: Vec::new(), lit: syn::Lit::Str(syn::LitStr::new(text, Span::call_site())) })
}

/// `func(args…)`.
fn call(func: syn::Expr, args: impl IntoIterator<Item = syn::Expr>) -> syn::Expr {
    syn::Expr::Call(syn::ExprCall { attrs: Vec::new(), func: Box::new(func), paren_token: token::Paren::default(), args: args.into_iter().collect() })
}

/// `name.into()`.
fn into_call(name: &Ident) -> syn::Expr {
    syn::Expr::MethodCall(syn::ExprMethodCall {
        attrs: Vec::new(),
        receiver: Box::new(ident_expr(name)),
        dot_token: token::Dot::default(),
        method: ident("into"),
        turbofish: None,
        paren_token: token::Paren::default(),
        args: Punctuated::new(),
    })
}

fn outer(meta: syn::Meta) -> syn::Attribute {
    syn::Attribute {
        pound_token: token::Pound::default(),
        style: syn::AttrStyle::Outer,
        bracket_token: token::Bracket::default(),
        meta,
    }
}

/// `#[doc = "text"]`, which prettyplease prints as a `///` line.
pub(crate) fn doc_attr(text: &str) -> syn::Attribute {
    outer(syn::Meta::NameValue(syn::MetaNameValue {
        path: local_path([ident("doc")]),
        eq_token: token::Eq::default(),
        value: str_expr(text),
    }))
}

/// `#![doc = "text"]`: a module's or crate's own docs.
#[cfg(feature = "rust-sdk")]
pub(crate) fn inner_doc_attr(text: &str) -> syn::Attribute {
    syn::Attribute { style: syn::AttrStyle::Inner(token::Not::default()), ..doc_attr(text) }
}

/// `#[name(tokens)]`; syn keeps an attribute's arguments as tokens, unparsed, in any case.
pub(crate) fn list_attr(name: &str, tokens: TokenStream) -> syn::Attribute {
    outer(syn::Meta::List(syn::MetaList {
        path: local_path([ident(name)]),
        delimiter: syn::MacroDelimiter::Paren(token::Paren::default()),
        tokens,
    }))
}

/// `#[name]`.
pub(crate) fn word_attr(name: &str) -> syn::Attribute {
    outer(syn::Meta::Path(local_path([ident(name)])))
}

fn public() -> syn::Visibility {
    syn::Visibility::Public(token::Pub::default())
}

/// `pub struct name { fields }`.
pub(crate) fn named_struct(attrs: Vec<syn::Attribute>, name: &Ident, fields: impl IntoIterator<Item = syn::Field>) -> syn::Item {
    let mut named = Punctuated::new();
    for field in fields {
        // Each field is written with its comma, the last one too.
        named.push_value(field);
        named.push_punct(token::Comma::default());
    }
    syn::Item::Struct(syn::ItemStruct {
        attrs,
        vis: public(),
        struct_token: token::Struct::default(),
        ident: name.clone(),
        generics: syn::Generics::default(),
        fields: syn::Fields::Named(syn::FieldsNamed { brace_token: token::Brace::default(), named }),
        semi_token: None,
    })
}

/// `pub name: ty` with its attributes.
pub(crate) fn named_field(attrs: Vec<syn::Attribute>, name: &Ident, ty: syn::Type) -> syn::Field {
    syn::Field {
        attrs,
        vis: public(),
        mutability: syn::FieldMutability::None,
        ident: Some(name.clone()),
        colon_token: Some(token::Colon::default()),
        ty,
    }
}

/// `impl [trait_ for] self_ty { items }`.
pub(crate) fn impl_block(attrs: Vec<syn::Attribute>, trait_: Option<syn::Path>, self_ty: syn::Type, items: Vec<syn::ImplItem>) -> syn::Item {
    syn::Item::Impl(syn::ItemImpl {
        attrs,
        defaultness: None,
        unsafety: None,
        impl_token: token::Impl::default(),
        generics: syn::Generics::default(),
        trait_: trait_.map(|path| (None, path, token::For::default())),
        self_ty: Box::new(self_ty),
        brace_token: token::Brace::default(),
        items,
    })
}

/// `name: impl ::std::convert::Into<ty>`: a parameter that takes whatever converts into `ty`.
fn into_param(name: &Ident, ty: syn::Type) -> syn::FnArg {
    let bound = syn::TypeParamBound::Trait(syn::TraitBound {
        paren_token: None,
        modifier: syn::TraitBoundModifier::None,
        lifetimes: None,
        path: global_path(&["std", "convert", "Into"], vec![ty]),
    });
    syn::FnArg::Typed(syn::PatType {
        attrs: Vec::new(),
        pat: Box::new(syn::Pat::Ident(syn::PatIdent { attrs: Vec::new(), by_ref: None, mutability: None, ident: name.clone(), subpat: None })),
        colon_token: token::Colon::default(),
        ty: Box::new(syn::Type::ImplTrait(syn::TypeImplTrait { impl_token: token::Impl::default(), bounds: [bound].into_iter().collect() })),
    })
}

/// A method or associated function returning `Self`.
fn returning_self(attrs: Vec<syn::Attribute>, vis: syn::Visibility, name: Ident, inputs: Punctuated<syn::FnArg, token::Comma>, stmts: Vec<syn::Stmt>) -> syn::ImplItem {
    syn::ImplItem::Fn(syn::ImplItemFn {
        attrs,
        vis,
        defaultness: None,
        sig: syn::Signature {
            constness: None,
            asyncness: None,
            unsafety: None,
            abi: None,
            fn_token: token::Fn::default(),
            ident: name,
            generics: syn::Generics::default(),
            paren_token: token::Paren::default(),
            inputs,
            variadic: None,
            output: syn::ReturnType::Type(token::RArrow::default(), Box::new(self_type())),
        },
        block: syn::Block { brace_token: token::Brace::default(), stmts },
    })
}

/// How a constructor fills in one field.
pub(crate) enum Init<'a> {
    /// `::std::option::Option::None`.
    Unset,
    /// `::std::string::String::from("value")`.
    Fixed(&'a str),
    /// `name.into()`, from the parameter of the same name.
    Param(syn::Type),
}

/// `pub fn new(params) -> Self { Self { fields } }`, taking each [`Init::Param`] field as a
/// parameter in field order.
pub(crate) fn new_fn(attrs: Vec<syn::Attribute>, fields: Vec<(&Ident, Init<'_>)>) -> syn::ImplItem {
    let mut params = Punctuated::new();
    let mut inits = Punctuated::new();
    for (name, init) in fields {
        let expr = match init {
            Init::Unset => path_expr(global_path(&["std", "option", "Option", "None"], Vec::new())),
            Init::Fixed(value) => call(path_expr(global_path(&["std", "string", "String", "from"], Vec::new())), [str_expr(value)]),
            Init::Param(ty) => {
                params.push(into_param(name, ty));
                into_call(name)
            }
        };
        inits.push(syn::FieldValue {
            attrs: Vec::new(),
            member: syn::Member::Named(name.clone()),
            colon_token: Some(token::Colon::default()),
            expr,
        });
    }
    let body = syn::Expr::Struct(syn::ExprStruct {
        attrs: Vec::new(),
        qself: None,
        path: local_path([ident("Self")]),
        brace_token: token::Brace::default(),
        fields: inits,
        dot2_token: None,
        rest: None,
    });
    returning_self(attrs, public(), ident("new"), params, vec![syn::Stmt::Expr(body, None)])
}

/// `pub fn setter(mut self, field: impl Into<ty>) -> Self { self.field = Some(field.into()); self }`.
pub(crate) fn setter_fn(attrs: Vec<syn::Attribute>, setter: Ident, field: &Ident, ty: syn::Type) -> syn::ImplItem {
    let receiver = syn::FnArg::Receiver(syn::Receiver {
        attrs: Vec::new(),
        reference: None,
        mutability: Some(token::Mut::default()),
        self_token: token::SelfValue::default(),
        colon_token: None,
        ty: Box::new(self_type()),
    });
    let target = syn::Expr::Field(syn::ExprField {
        attrs: Vec::new(),
        base: Box::new(ident_expr(&ident("self"))),
        dot_token: token::Dot::default(),
        member: syn::Member::Named(field.clone()),
    });
    let some = call(path_expr(global_path(&["std", "option", "Option", "Some"], Vec::new())), [into_call(field)]);
    let assign = syn::Expr::Assign(syn::ExprAssign { attrs: Vec::new(), left: Box::new(target), eq_token: token::Eq::default(), right: Box::new(some) });
    let stmts = vec![syn::Stmt::Expr(assign, Some(token::Semi::default())), syn::Stmt::Expr(ident_expr(&ident("self")), None)];
    returning_self(attrs, public(), setter, [receiver, into_param(field, ty)].into_iter().collect(), stmts)
}

/// `impl ::std::default::Default for name { fn default() -> Self { Self::new() } }`.
pub(crate) fn default_from_new(name: &Ident) -> syn::Item {
    let body = call(path_expr(local_path([ident("Self"), ident("new")])), []);
    let default = returning_self(Vec::new(), syn::Visibility::Inherited, ident("default"), Punctuated::new(), vec![syn::Stmt::Expr(body, None)]);
    impl_block(Vec::new(), Some(global_path(&["std", "default", "Default"], Vec::new())), ident_type(name), vec![default])
}

/// Items as they are made: syntax trees for the shapes built here, tokens for the rest (rare
/// enough, or irregular enough, that parsing them back costs little).
#[derive(Default)]
pub struct Items(Vec<Built>);

enum Built {
    Tree(syn::Item),
    Tokens(TokenStream),
}

impl Items {
    pub(crate) fn tree(&mut self, item: syn::Item) {
        self.0.push(Built::Tree(item));
    }

    pub(crate) fn tokens(&mut self, tokens: TokenStream) {
        if !tokens.is_empty() {
            self.0.push(Built::Tokens(tokens));
        }
    }

    pub(crate) fn append(&mut self, mut other: Items) {
        self.0.append(&mut other.0);
    }

    /// Every item as a syntax tree, in order; tokens that do not parse as items are an error.
    #[cfg(feature = "rust-sdk")]
    pub(crate) fn into_trees(self, out: &mut Vec<syn::Item>) -> syn::Result<()> {
        for built in self.0 {
            match built {
                Built::Tree(item) => out.push(item),
                Built::Tokens(tokens) => out.extend(syn::parse2::<syn::File>(tokens)?.items),
            }
        }
        Ok(())
    }
}

impl ToTokens for Items {
    fn to_tokens(&self, out: &mut TokenStream) {
        for built in &self.0 {
            match built {
                Built::Tree(item) => item.to_tokens(out),
                Built::Tokens(tokens) => out.extend(tokens.clone()),
            }
        }
    }
}
