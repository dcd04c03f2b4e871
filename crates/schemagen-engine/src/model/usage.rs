//! How each object type is used, per shape: as an input, an output, a resource's output, or
//! plain (reached from a function's arguments or results). Pulumi's generators write a type's
//! input class only when it is used as an input, and so on, so every language needs this.

use schemagen_schema::{FunctionOutputs, Package, Property, Resource, Type, TypeDef, TypeId};

/// How an object type is used in one shape.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Usage {
    pub input: bool,
    pub output: bool,
    pub resource_output: bool,
    /// Reached from a function's inputs or outputs.
    pub plain: bool,
}

impl Usage {
    fn is_used(&self) -> bool {
        self.input || self.output
    }
}

/// Usage by (type, input shape), for this package's object types.
pub struct UsageMap<'p> {
    pkg: &'p Package,
    /// Per type, its output shape's usage and its input shape's.
    by_type: Vec<[Usage; 2]>,
}

impl UsageMap<'_> {
    /// How the local object type `token` is used in one shape, if it is used that way at all.
    pub fn get(&self, token: &str, input_shape: bool) -> Option<&Usage> {
        self.pkg.type_by_token(token).and_then(|id| self.of(id, input_shape))
    }

    /// How the type `id` is used in one shape, if it is used that way at all.
    pub fn of(&self, id: TypeId, input_shape: bool) -> Option<&Usage> {
        self.by_type.get(id.0).map(|u| &u[usize::from(input_shape)]).filter(|u| u.is_used())
    }

    /// Whether the local object type `token` is used as an input (else: as an output) in any shape.
    pub fn used_as(&self, token: &str, input: bool) -> bool {
        [false, true].iter().any(|shape| self.get(token, *shape).is_some_and(|u| if input { u.input } else { u.output }))
    }
}

/// What a marking sets on the usage of the shapes it reaches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mark {
    Output,
    ResourceOutput,
    Input,
    PlainInput,
    PlainOutput,
}

impl Mark {
    fn apply(self, u: &mut Usage) {
        match self {
            Mark::Output => u.output = true,
            Mark::ResourceOutput => {
                u.output = true;
                u.resource_output = true;
            }
            Mark::Input => u.input = true,
            Mark::PlainInput => {
                u.input = true;
                u.plain = true;
            }
            Mark::PlainOutput => {
                u.output = true;
                u.plain = true;
            }
        }
    }

    /// This marking's bit for one shape, in [`Marker::reached`].
    fn bit(self, input_shape: bool) -> u16 {
        1 << (self as u16 * 2 + u16::from(input_shape))
    }
}

/// Marks usages; each kind of marking remembers the shapes it reached (marking twice changes
/// nothing), so marking from many roots costs the size of the type graph once per kind.
struct Marker<'p> {
    pkg: &'p Package,
    by_type: Vec<[Usage; 2]>,
    /// Per type, the (marking, shape) pairs that reached it.
    reached: Vec<u16>,
    /// The object shapes still to descend into.
    stack: Vec<(TypeId, bool)>,
}

/// The usage of every object shape of `pkg`: config is output-shaped; resources' outputs,
/// inputs and state (`provider` is the declared one as SDKs see it; a default provider has
/// none); functions' (and methods') arguments and results, plain.
pub fn usage<'p>(pkg: &'p Package, provider: Option<&Resource>) -> UsageMap<'p> {
    let mut m = Marker { pkg, by_type: vec![[Usage::default(); 2]; pkg.types.len()], reached: vec![0; pkg.types.len()], stack: Vec::new() };
    m.mark(&pkg.config, false, Mark::Output);
    if let Some(p) = provider {
        m.resource(p);
    }
    for r in &pkg.resources {
        m.resource(r);
    }
    for f in &pkg.functions {
        if let Some(inputs) = &f.inputs {
            m.mark(&inputs.properties, false, Mark::PlainInput);
        }
        if let FunctionOutputs::Object(out) = &f.outputs {
            m.mark(&out.properties, false, Mark::PlainOutput);
        }
    }
    UsageMap { pkg, by_type: m.by_type }
}

impl Marker<'_> {
    fn resource(&mut self, r: &Resource) {
        self.mark(&r.properties, false, Mark::ResourceOutput);
        self.mark(&r.input_properties, true, Mark::Input);
        if let Some(state) = &r.state_inputs {
            self.mark(&state.properties, true, Mark::Input);
        }
    }

    /// Marks every local object shape reachable from `props` bound in one shape (through object
    /// properties, which keep the shape they were reached in; as [`super::Binder`] binds them).
    fn mark(&mut self, props: &[Property], input_shape: bool, mark: Mark) {
        for p in props {
            self.reach(&p.ty, input_shape, mark);
        }
        while let Some((id, shape)) = self.stack.pop() {
            if let TypeDef::Object(o) = self.pkg.type_def(id) {
                for p in &o.properties {
                    self.reach(&p.ty, shape, mark);
                }
            }
        }
    }

    /// The object types `ty` names, looking through arrays, maps and union members (not a
    /// union's declared type, an enum's element or a named primitive: no object is there).
    fn reach(&mut self, ty: &Type, input_shape: bool, mark: Mark) {
        match ty {
            Type::Array(e) | Type::Map(e) => self.reach(e, input_shape, mark),
            Type::Union(u) => u.elements.iter().for_each(|e| self.reach(e, input_shape, mark)),
            Type::Object(id) => {
                let bit = mark.bit(input_shape);
                if self.reached[id.0] & bit == 0 {
                    self.reached[id.0] |= bit;
                    mark.apply(&mut self.by_type[id.0][usize::from(input_shape)]);
                    self.stack.push((*id, input_shape));
                }
            }
            _ => {}
        }
    }
}
