//! How each object type is used, per shape: as an input, an output, a resource's output, or
//! plain (reached from a function's arguments or results). Pulumi's generators write a type's
//! input class only when it is used as an input, and so on, so every language needs this.

use std::collections::HashMap;

use schemagen_schema::{FunctionOutputs, Package, Resource};

use super::types::{reachable_beyond, Binder, Owner, Reached, Ty};

/// How an object type is used in one shape.
#[derive(Debug, Clone, Copy, Default)]
pub struct Usage {
    pub input: bool,
    pub output: bool,
    pub resource_output: bool,
    /// Reached from a function's inputs or outputs.
    pub plain: bool,
}

/// Usage by (token, input shape), for this package's object types.
pub type UsageMap = HashMap<(String, bool), Usage>;

/// Whether the local object type `token` is used as an input (else: as an output) in any shape.
pub fn used_as(usage: &UsageMap, token: &str, input: bool) -> bool {
    [false, true].iter().any(|shape| usage.get(&(token.to_string(), *shape)).is_some_and(|u| if input { u.input } else { u.output }))
}

/// What a marking sets on the usage of the shapes it reaches.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
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
}

/// Marks usages; each kind of marking remembers the shapes it reached (marking twice changes
/// nothing), so marking from many roots costs the size of the type graph once per kind.
struct Marker<'p> {
    pkg: &'p Package,
    usage: UsageMap,
    marked: HashMap<Mark, Reached>,
}

/// The usage of every object shape of `pkg`: config is output-shaped; resources' outputs,
/// inputs and state (`provider` is the declared one as SDKs see it; a default provider has
/// none); functions' (and methods') arguments and results, plain.
pub fn usage(pkg: &Package, provider: Option<&Resource>) -> UsageMap {
    let binder = Binder::new(pkg);
    let mut m = Marker { pkg, usage: UsageMap::new(), marked: HashMap::new() };
    let config: Vec<Ty> = pkg.config.iter().map(|p| binder.property(p, false)).collect();
    m.mark(&config, Mark::Output);
    if let Some(p) = provider {
        m.resource(p);
    }
    for r in &pkg.resources {
        m.resource(r);
    }
    for f in &pkg.functions {
        if let Some(inputs) = &f.inputs {
            let ins: Vec<Ty> = inputs.properties.iter().map(|p| binder.property(p, false)).collect();
            m.mark(&ins, Mark::PlainInput);
        }
        if let FunctionOutputs::Object(out) = &f.outputs {
            let outs: Vec<Ty> = out.properties.iter().map(|p| binder.property(p, false)).collect();
            m.mark(&outs, Mark::PlainOutput);
        }
    }
    m.usage
}

impl Marker<'_> {
    fn resource(&mut self, r: &Resource) {
        let binder = Binder::new(self.pkg);
        let outs: Vec<Ty> = r.properties.iter().map(|p| binder.property(p, false)).collect();
        self.mark(&outs, Mark::ResourceOutput);
        let ins: Vec<Ty> = r.input_properties.iter().map(|p| binder.property(p, true)).collect();
        self.mark(&ins, Mark::Input);
        if let Some(state) = &r.state_inputs {
            let st: Vec<Ty> = state.properties.iter().map(|p| binder.property(p, true)).collect();
            self.mark(&st, Mark::Input);
        }
    }

    /// Marks every local object shape reachable from `types` (through object properties).
    fn mark(&mut self, types: &[Ty], mark: Mark) {
        for t in reachable_beyond(self.pkg, types, self.marked.entry(mark).or_default()) {
            if let Ty::Object { named, input_shape } = t {
                if named.owner == Owner::Local {
                    mark.apply(self.usage.entry((named.token, input_shape)).or_default());
                }
            }
        }
    }
}
