//! Default values in the Go SDK: the statements a resource constructor runs to fill in missing
//! inputs (constants, schema defaults, `defaultInfo` environment variables, nested objects'
//! own defaults), and the `Defaults()` methods of object types, function arguments and results.
//! Pulumi's Go SDKs apply defaults on the client; which statement a property gets follows from
//! its bound type (plain or `Input`, optional or not) the way Pulumi's Go generator decides.

use schemagen_schema::Property;

use super::fields::Field;
use super::resource::literal;
use super::text;
use super::types::Scope;
use crate::model::{Model, Ty};
use crate::names::go as names;

/// Where the statements run.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Site {
    /// `New<Resource>`, on `args`: constants are set too, nested objects get their defaults
    /// through an apply.
    Constructor,
    /// A `Defaults()` method, on `tmp`; `input_shape` for an `…Args` struct.
    Method { input_shape: bool },
}

/// Whether any of `fields` has defaults to apply (so a `Defaults()` method is written).
fn any_defaults(model: &Model, fields: &[Field]) -> bool {
    fields.iter().any(|f| crate::model::fallback(f.prop).is_some() || model.has_defaults(&f.prop.ty))
}

/// The body of a `Defaults()` method over `fields` (statements on `tmp`, one tab in), if any
/// property has defaults.
pub(crate) fn method_body(scope: &Scope, fields: &[Field], input_shape: bool) -> Option<String> {
    any_defaults(&scope.own.model, fields).then(|| statements(scope, fields, Site::Method { input_shape }, false))
}

/// The statements for `fields` at `site`, one tab in; `optional_all` treats every property as
/// optional (a provider's inputs).
pub(crate) fn statements(scope: &Scope, fields: &[Field], site: Site, optional_all: bool) -> String {
    let mut out = Lines::default();
    for f in fields {
        property(scope, f.prop, &f.name, site, optional_all, &mut out);
    }
    out.text
}

/// Lines of Go, indented by nesting.
#[derive(Default)]
struct Lines {
    text: String,
    depth: usize,
}

impl Lines {
    fn line(&mut self, l: &str) {
        if l.starts_with('}') {
            self.depth = self.depth.saturating_sub(1);
        }
        self.text.extend(std::iter::repeat_n('\t', self.depth + 1));
        self.text.push_str(l);
        self.text.push('\n');
        if l.ends_with('{') {
            self.depth += 1;
        }
    }
}

fn property(scope: &Scope, p: &Property, field: &str, site: Site, optional_all: bool, out: &mut Lines) {
    let obj = if site == Site::Constructor { "args" } else { "tmp" };
    let optional = optional_all || !p.required;
    let input_shape = matches!(site, Site::Constructor | Site::Method { input_shape: true });
    // The field holds an `Input` (else a plain Go value).
    let is_input = input_shape && !p.plain;
    // The field as declared here, and the value it resolves to.
    let bound = scope.bind(p, input_shape, optional_all);
    let resolved = scope.bind(p, false, optional_all);
    let nil_type = is_input || optional || scope.is_nil_type(&bound);
    let assign = |out: &mut Lines, value: &str, indirect: bool| {
        if is_input {
            let ctor = if scope.generic {
                if optional { "pulumix.Ptr" } else { "pulumix.Val" }.to_string()
            } else if scope.is_enum(&bound) {
                String::new()
            } else {
                scope.input(&bound).trim_end_matches("Input").to_string()
            };
            let value = if ctor.is_empty() { value.to_string() } else { format!("{ctor}({value})") };
            out.line(&format!("{obj}.{field} = {value}"));
        } else if indirect {
            let local = format!("{}_", names::unexported(&p.name));
            out.line(&format!("{local} := {value}"));
            out.line(&format!("{obj}.{field} = &{local}"));
        } else {
            out.line(&format!("{obj}.{field} = {value}"));
        }
    };
    let indirect = if site == Site::Constructor { nil_type } else { optional };

    if let (Some(c), Site::Constructor) = (&p.const_value, site) {
        if let Some(lit) = literal(&bound, c) {
            assign(out, &lit, indirect);
        }
        return;
    }
    if let Some(fallback) = crate::model::fallback(p) {
        let environment = fallback.environment;
        let value = fallback.value.and_then(|v| literal(&bound, v)).map(|lit| {
            if scope.is_enum(&bound) {
                format!("{}({lit})", scope.plain(bound.unwrapped()))
            } else {
                lit
            }
        });
        if value.is_none() && environment.is_empty() {
            return;
        }
        out.line(&if nil_type {
            format!("if {obj}.{field} == nil {{")
        } else {
            format!("if {}.IsZero({obj}.{field}) {{", scope.internal())
        });
        if environment.is_empty() {
            assign(out, value.as_deref().unwrap_or_default(), indirect);
        } else {
            let (parser, ty) = match bound.unwrapped() {
                Ty::Array(_) => (format!("{}.ParseEnvStringArray", scope.internal()), "pulumi.StringArray"),
                Ty::Bool => (format!("{}.ParseEnvBool", scope.internal()), "bool"),
                Ty::Int => (format!("{}.ParseEnvInt", scope.internal()), "int"),
                Ty::Number => (format!("{}.ParseEnvFloat", scope.internal()), "float64"),
                _ => ("nil".to_string(), "string"),
            };
            let vars: Vec<String> = environment.iter().map(|e| text::quote(e)).collect();
            out.line(&format!(
                "if d := {}.GetEnvOrDefault({}, {parser}, {}); d != nil {{",
                scope.internal(),
                value.as_deref().unwrap_or("nil"),
                vars.join(", ")
            ));
            assign(out, &format!("d.({ty})"), indirect);
            out.line("}");
        }
        out.line("}");
        return;
    }
    // An object's own defaults apply where it is named (not where it is written untyped).
    if !scope.own.model.has_defaults(&p.ty) || !scope.is_object(&bound) {
        return;
    }
    match site {
        Site::Constructor if scope.generic => {
            let ty = scope.generic_plain(&bound);
            out.line(&format!("if args.{field} != nil {{"));
            out.line(&format!("args.{field} = pulumix.Apply(args.{field}, func(o {ty}) {ty} {{ return o.Defaults() }})"));
            out.line("}");
        }
        Site::Constructor if p.plain => {
            if optional {
                out.line(&format!("if args.{field} != nil {{"));
            }
            out.line(&format!("args.{field} = args.{field}.Defaults()"));
            if optional {
                out.line("}");
            }
        }
        Site::Constructor => {
            let output = scope.output(&bound);
            let to_output = format!("To{}", output.rsplit('.').next().unwrap_or(&output));
            let resolved = scope.plain(&resolved);
            let deref = if optional { "" } else { "*" };
            let value = format!(
                "args.{field}.{to_output}().ApplyT(func(v {resolved}) {resolved} {{ return {deref}v.Defaults() }}).({output})"
            );
            if optional {
                out.line(&format!("if args.{field} != nil {{"));
                out.line(&format!("args.{field} = {value}"));
                out.line("}");
            } else {
                out.line(&format!("args.{field} = {value}"));
            }
        }
        // An `Input` is not resolved here: its nested defaults apply where it is resolved.
        Site::Method { .. } if is_input => {}
        Site::Method { .. } => {
            let deref = if optional { "" } else { "*" };
            out.line(&format!("tmp.{field} = {deref}tmp.{field}.Defaults()"));
        }
    }
}
