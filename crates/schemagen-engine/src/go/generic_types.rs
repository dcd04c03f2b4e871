//! Go type expressions of the generic (`pulumix`) variant: `pulumix.Input[T]` and
//! `pulumix.Output[T]` over plain Go types, `pulumix.ArrayOutput[T]`/`MapOutput[T]` for
//! collections of primitives and `pulumix.GPtrOutput`/`GArrayOutput`/`GMapOutput` over named
//! types, spelled as Pulumi's Go generator spells them in side-by-side `x/` packages.

use schemagen_schema::Type;

use super::types::Scope;

impl Scope<'_, '_> {
    /// The Go type a generic output or input is over, and whether it counts as a primitive
    /// (enums do; objects, resources and collections do not); `args` names objects by their
    /// input shape.
    pub(crate) fn generic_element(&self, t: &Type, args: bool) -> (String, bool) {
        match t {
            Type::String => ("string".into(), true),
            Type::Boolean => ("bool".into(), true),
            Type::Integer => ("int".into(), true),
            Type::Number => ("float64".into(), true),
            Type::Archive => ("pulumi.Archive".into(), true),
            Type::Asset => ("pulumi.AssetOrArchive".into(), true),
            Type::Any | Type::Json => ("any".into(), true),
            Type::Token { underlying, .. } => self.generic_element(underlying, args),
            Type::Array(e) => (format!("[]{}", self.generic_element(e, args).0), false),
            Type::Map(e) => (format!("map[string]{}", self.generic_element(e, args).0), false),
            Type::Union(_) => match self.relaxed(t) {
                Some(e) => self.generic_element(e, args),
                None => ("any".into(), true),
            },
            _ if self.is_enum(t) => (self.name_of(t, false), true),
            _ if self.is_object(t) => (self.name_of(t, args), false),
            _ => (self.name_of(t, false), false),
        }
    }

    /// The plain Go type a `pulumix.Input` of `t` carries: objects by pointer, collections of them
    /// as `[]*Foo`.
    fn generic_input_impl(&self, t: &Type, args: bool) -> String {
        match t {
            Type::Array(e) => format!("[]{}", self.generic_input_impl(e, args)),
            Type::Map(e) => format!("map[string]{}", self.generic_input_impl(e, args)),
            Type::Union(_) => match self.relaxed(t) {
                Some(e) => self.generic_input_impl(e, args),
                None => "any".into(),
            },
            _ if self.is_object(t) => format!("*{}", self.name_of(t, args)),
            _ => self.generic_element(t, args).0,
        }
    }

    /// The plain type of a property in the generic variant: a pointer when optional (collections
    /// and objects, already nil-able or pointers, take none).
    pub(crate) fn generic_plain(&self, t: &Type, optional: bool, args: bool) -> String {
        let inner = self.generic_input_impl(t, args);
        let pointer = optional && !matches!(t, Type::Array(_) | Type::Map(_)) && !inner.starts_with('*');
        if pointer {
            format!("*{inner}")
        } else {
            inner
        }
    }

    /// `pulumix.Input[T]` of a property.
    pub(crate) fn generic_input(&self, t: &Type, optional: bool, args: bool) -> String {
        format!("pulumix.Input[{}]", self.generic_plain(t, optional, args))
    }

    /// The generic output type of a property.
    pub(crate) fn generic_output(&self, t: &Type, optional: bool) -> String {
        if optional {
            let (elem, primitive) = self.generic_element(t, false);
            if elem == "any" {
                return "pulumix.Output[any]".into();
            }
            if primitive {
                return format!("pulumix.Output[*{elem}]");
            }
        }
        self.generic_output_required(t)
    }

    fn generic_output_required(&self, t: &Type) -> String {
        let collection = |kind: &str, e: &Type| {
            let (elem, primitive) = self.generic_element(e, false);
            if primitive {
                format!("pulumix.{kind}Output[{elem}]")
            } else {
                format!("pulumix.G{kind}Output[{elem}, {elem}Output]")
            }
        };
        match t {
            Type::Array(e) => collection("Array", e),
            Type::Map(e) => collection("Map", e),
            Type::Token { underlying, .. } => self.generic_output_required(underlying),
            Type::Union(_) => match self.relaxed(t) {
                Some(e) => self.generic_output_required(e),
                None => "pulumix.Output[interface{}]".into(),
            },
            _ if self.is_enum(t) => format!("pulumix.Output[{}]", self.name_of(t, false)),
            _ if self.is_object(t) || Self::is_resource(t) => {
                let name = self.name_of(t, false);
                format!("pulumix.GPtrOutput[{name}, {name}Output]")
            }
            _ => format!("pulumix.Output[{}]", self.generic_element(t, false).0),
        }
    }
}

/// Whether a generic output is a struct over an `OutputState` that an apply's result has to
/// be converted into (the collection and pointer outputs), rather than a `pulumix.Output[T]`.
pub(crate) fn needs_cast(output: &str) -> bool {
    ["pulumix.ArrayOutput", "pulumix.MapOutput", "pulumix.GPtrOutput", "pulumix.GArrayOutput", "pulumix.GMapOutput"]
        .iter()
        .any(|p| output.starts_with(p))
}
