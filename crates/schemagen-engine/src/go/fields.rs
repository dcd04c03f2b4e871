//! Struct fields of the Go SDK: a property in its plain (wire), input and output forms, and the
//! aligned struct bodies gofmt would print.

use schemagen_schema::Property;

use super::text::{self, Row};
use super::types::Scope;
use crate::names::go as names;

/// How a property is spelled in Go.
pub(crate) struct Field<'p> {
    pub(crate) prop: &'p Property,
    pub(crate) name: String,
    pub(crate) doc: String,
}

/// The fields of the structs of `props` (in wire-name order), named by the naming table in the
/// scope of `owner`'s types and its `methods`.
pub(crate) fn fields<'p>(props: &'p [Property], indent: &str, owner: &str, methods: &[String]) -> Vec<Field<'p>> {
    let sorted = crate::model::by_name(props);
    let names = names::struct_fields(&sorted, owner, methods);
    sorted
        .into_iter()
        .zip(names)
        .map(|(p, name)| Field { prop: p, name, doc: text::doc(p.description.as_deref(), p.deprecation_message.as_deref(), indent) })
        .collect()
}

/// Which form a struct's fields take.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Form {
    /// Results and output-only structs: plain types (the output shape's values).
    Plain,
    /// A struct an input shape resolves into (the unexported wire struct of a resource's or
    /// method's args, an object type's plain struct beside its `…Args`, a function's args
    /// beside its `…OutputArgs`): plain types, but untyped where the input is (a value is
    /// marshaled as the type its input resolves to, and an untyped input resolves to an
    /// untyped value). The generic variant's inputs are typed (`pulumix.Input[T]`).
    Resolved,
    /// An input shape (`…Args`): `Input` types, and plain properties' plain types with objects
    /// as their `…Args`.
    Input,
    /// Outputs: output types.
    Output,
}

impl Form {
    /// The field type of `p`; `optional_all` makes it optional whatever the schema says.
    pub(crate) fn ty(self, scope: &Scope, p: &Property, optional_all: bool) -> String {
        match self {
            Form::Plain => scope.plain(&scope.bind(p, false, optional_all)),
            Form::Resolved => match scope.untyped_input(&scope.bind(p, true, optional_all)) {
                Some(u) if !scope.generic => u.plain().into(),
                _ => scope.plain(&scope.bind(p, false, optional_all)),
            },
            Form::Input => scope.arg(&scope.bind(p, true, optional_all)),
            Form::Output => scope.output(&scope.bind(p, false, optional_all)),
        }
    }
}

/// An aligned struct body (each line indented by one tab, newline-terminated); `tags` adds the
/// `pulumi:"…"` tag, `docs` the field's doc comment.
pub(crate) fn body(scope: &Scope, fields: &[Field], form: Form, tags: bool, docs: bool, optional_all: bool) -> String {
    body_by(fields, tags, docs, &|p| form.ty(scope, p, optional_all))
}

/// An aligned struct body whose field types `ty` gives.
pub(crate) fn body_by(fields: &[Field], tags: bool, docs: bool, ty: &dyn Fn(&Property) -> String) -> String {
    let rows: Vec<Row> = fields
        .iter()
        .flat_map(|f| {
            let mut cells = vec![f.name.clone(), ty(f.prop)];
            if tags {
                cells.push(text::tag(&f.prop.name));
            }
            let doc = (docs && !f.doc.is_empty()).then(|| Row::Doc(f.doc.clone()));
            doc.into_iter().chain(std::iter::once(Row::Cells(cells)))
        })
        .collect();
    if fields.len() == 1 {
        // gofmt does not align a struct with one field: single spaces.
        if let Some(Row::Cells(c)) = rows.last() {
            let doc = if let Some(Row::Doc(d)) = rows.first() { d.clone() } else { String::new() };
            return format!("{doc}\t{}\n", c.join(" "));
        }
    }
    text::align(&rows, "\t")
}
