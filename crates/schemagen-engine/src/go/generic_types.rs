//! Go type expressions of the generic (`pulumix`) variant: `pulumix.Input[T]` and
//! `pulumix.Output[T]` over plain Go types, `pulumix.ArrayOutput[T]`/`MapOutput[T]` for
//! collections of primitives and `pulumix.GPtrOutput`/`GArrayOutput`/`GMapOutput` over named
//! types, spelled as Pulumi's Go generator spells them in side-by-side `x/` packages.

use crate::model::Ty;

use super::types::{is_input, Scope};

impl Scope<'_, '_> {
    /// The Go type a generic output or input is over, and whether it counts as a primitive
    /// (enums do; objects, resources and collections do not); `shaped` names objects by the
    /// shape they are bound in (`FooArgs` for an input shape, but a dependency's type by its
    /// plain type where its SDK declares no `…Args`), else by their output type.
    fn generic_element(&self, t: &Ty, shaped: bool) -> (String, bool) {
        let name = |args: bool| {
            if args && !self.lacks_family(t, false) {
                self.shaped_name(t)
            } else {
                self.name_of(t, false)
            }
        };
        match t {
            Ty::Input(i) | Ty::Optional(i) => self.generic_element(i, shaped),
            Ty::Str => ("string".into(), true),
            Ty::Bool => ("bool".into(), true),
            Ty::Int => ("int".into(), true),
            Ty::Number => ("float64".into(), true),
            Ty::Archive => ("pulumi.Archive".into(), true),
            Ty::Asset => ("pulumi.AssetOrArchive".into(), true),
            Ty::Any | Ty::Json => ("any".into(), true),
            Ty::Token(u) => u.as_deref().map_or_else(|| ("any".into(), true), |u| self.generic_element(u, shaped)),
            Ty::Array(e) => (format!("[]{}", self.generic_element(e, shaped).0), false),
            Ty::Map(e) => (format!("map[string]{}", self.generic_element(e, shaped).0), false),
            Ty::Union { .. } => match self.relaxed(t) {
                Some(e) => self.generic_element(e, shaped),
                None => ("any".into(), true),
            },
            Ty::Enum { .. } | Ty::Object { .. } | Ty::Resource { .. } => match name(shaped) {
                Some(n) => (n, matches!(t.unwrapped(), Ty::Enum { .. })),
                // Nothing to name: the untyped value.
                None => ("any".into(), true),
            },
        }
    }

    /// The plain Go type a `pulumix.Input` of `t` carries: objects by pointer, collections of them
    /// as `[]*Foo`.
    fn generic_input_impl(&self, t: &Ty) -> String {
        match t.unwrapped() {
            Ty::Array(e) => format!("[]{}", self.generic_input_impl(e)),
            Ty::Map(e) => format!("map[string]{}", self.generic_input_impl(e)),
            Ty::Union { .. } => match self.relaxed(t) {
                Some(e) => self.generic_input_impl(e),
                None => "any".into(),
            },
            _ if self.is_object(t) => format!("*{}", self.generic_element(t, true).0),
            _ => self.generic_element(t, true).0,
        }
    }

    /// The plain type of a value in the generic variant: a pointer when optional (collections
    /// and objects, already nil-able or pointers, take none).
    pub(crate) fn generic_plain(&self, t: &Ty) -> String {
        let inner = self.generic_input_impl(t);
        let collection = matches!(t.unwrapped(), Ty::Array(_) | Ty::Map(_));
        // Go's untyped value (`any`) holds nil already.
        if matches!(t, Ty::Optional(_)) && !collection && !inner.starts_with('*') && inner != "any" {
            format!("*{inner}")
        } else {
            inner
        }
    }

    /// `pulumix.Input[T]` of a value.
    pub(crate) fn generic_input(&self, t: &Ty) -> String {
        format!("pulumix.Input[{}]", self.generic_plain(t))
    }

    /// A field's type in an input shape of the generic variant: `pulumix.Input[T]` of an
    /// `Input`, else (a plain property) its generic plain type.
    pub(crate) fn generic_arg(&self, t: &Ty) -> String {
        if is_input(t) {
            self.generic_input(t)
        } else {
            self.generic_plain(t)
        }
    }

    /// The generic output type of a value.
    pub(crate) fn generic_output(&self, t: &Ty) -> String {
        if matches!(t, Ty::Optional(_)) {
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

    fn generic_output_required(&self, t: &Ty) -> String {
        // A collection of a dependency's type whose SDK declares no `…Output` for it is a
        // collection of plain values, as one of primitives is.
        let collection = |kind: &str, e: &Ty| {
            let (elem, primitive) = self.generic_element(e, false);
            if primitive || self.lacks_family(e, true) {
                format!("pulumix.{kind}Output[{elem}]")
            } else {
                format!("pulumix.G{kind}Output[{elem}, {elem}Output]")
            }
        };
        match t.unwrapped() {
            Ty::Array(e) => collection("Array", e),
            Ty::Map(e) => collection("Map", e),
            Ty::Token(Some(u)) => self.generic_output_required(u),
            Ty::Union { .. } => match self.relaxed(t) {
                Some(e) => self.generic_output_required(e),
                None => "pulumix.Output[interface{}]".into(),
            },
            // A dependency's object whose SDK declares no `…Output`: an output of the same
            // pointer `GPtrOutput` is over.
            Ty::Object { .. } if self.lacks_family(t, true) => {
                format!("pulumix.Output[*{}]", self.generic_element(t, false).0)
            }
            // The variant names other packages' legacy resources, whose output is an output of
            // a pointer to the resource (`ToOutput` gives `Output[*Res]`), not `OutputOf[Res]`.
            Ty::Resource { .. } if self.is_elsewhere(t) => {
                format!("pulumix.Output[*{}]", self.generic_element(t, false).0)
            }
            Ty::Object { .. } | Ty::Resource { .. } if self.named(t).is_some() => {
                let name = self.generic_element(t, false).0;
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
