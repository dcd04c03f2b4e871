//! `schemagen sdk --lang nodejs` (alias `typescript`): an npm package API-compatible with what
//! Pulumi's Node.js generator (v3.276) writes, running on `@pulumi/pulumi` from npm.
//!
//! The language-neutral facts (usage shapes, `Input`/`Optional` wrapping, the module tree,
//! replace paths, secrets, defaults, aliases, methods) come from [`crate::model`]; this module
//! is the view over it: [`view`] prints model types as TypeScript, named by `names::nodejs`;
//! [`resource`], [`function`], [`types`] and [`index`] build what each file shows; the text is
//! in the askama templates under `templates/nodejs/` ([`render`]); [`escape`] makes schema
//! text safe inside literals and comments.

pub(crate) mod escape;
mod function;
mod index;
mod render;
mod resource;
mod types;
mod view;

use std::collections::{BTreeMap, BTreeSet, HashSet};

use schemagen_schema::{Package, TypeDef};

use crate::model::types::{reachable_beyond, Reached};
use crate::model::{Binder, Model, Owner, Ty};
use crate::GeneratedFile;
use view::{Naming, Printer};

/// Everything the files of one package are built from.
pub(crate) struct Gen<'p> {
    pkg: &'p Package,
    model: Model<'p>,
    naming: Naming<'p>,
    deps: BTreeMap<String, Naming<'p>>,
    contains_enums: bool,
    /// Object types whose defaults a `…ProvideDefaults` helper fills in.
    /// Input-shape object types reached from functions' `Output` forms (their arguments are
    /// `Input`s), by token: Pulumi writes their `Args` interfaces too.
    output_form_inputs: HashSet<String>,
    /// The schema modules of the object types (ours or a dependency's) reached from those
    /// arguments: Pulumi gives each a module folder.
    output_form_modules: BTreeSet<String>,
    /// Which resource outputs lead back to their resource: `pulumi.Output<T>` lifts `T`'s
    /// properties, which TypeScript cannot do for a type that contains the output itself.
    output_cycles: crate::model::output_cycles::OutputCycles,
}

impl<'p> Gen<'p> {
    fn new(pkg: &'p Package) -> Self {
        let deps = pkg.dependencies.iter().map(|d| (d.name.clone(), Naming::of(d))).collect();
        let contains_enums = pkg.types.iter().any(|t| matches!(t, TypeDef::Enum(e) if !e.is_overlay));
        let binder = Binder::new(pkg);
        let mut seen = Reached::new();
        let roots: Vec<Ty> = pkg
            .functions
            .iter()
            .filter(|f| has_result(f))
            .flat_map(|f| f.inputs.iter().flat_map(|i| &i.properties))
            .map(|p| binder.property(p, true))
            .collect();
        let mut output_form_inputs = HashSet::new();
        let mut output_form_modules = BTreeSet::new();
        for t in reachable_beyond(pkg, &roots, &mut seen) {
            if let Ty::Object { named, input_shape: true } = t {
                output_form_modules.insert(named.module.clone());
                if named.owner == Owner::Local {
                    output_form_inputs.insert(named.token);
                }
            }
        }
        Gen {
            pkg,
            model: Model::new(pkg),
            naming: Naming::of(pkg),
            deps,
            contains_enums,
            output_form_inputs,
            output_form_modules,
            output_cycles: crate::model::output_cycles::OutputCycles::of(pkg),
        }
    }

    fn printer(&self) -> Printer<'_, 'p> {
        Printer { naming: &self.naming, deps: &self.deps, output_form_inputs: &self.output_form_inputs, aliases: None }
    }
}

/// Whether a function returns something (an object without properties is nothing).
fn has_result(f: &schemagen_schema::Function) -> bool {
    match &f.outputs {
        schemagen_schema::FunctionOutputs::None => false,
        schemagen_schema::FunctionOutputs::Object(o) => !o.properties.is_empty(),
        schemagen_schema::FunctionOutputs::Type { .. } => true,
    }
}

/// The npm package for `pkg`: `package.json` and `tsconfig.json` at the top, one file per
/// resource and function, an `index.ts` per module, `types/`, `config/`.
pub fn generate(pkg: &Package) -> Result<Vec<GeneratedFile>, crate::OutputError> {
    crate::output::collect(|sink| generate_into(pkg, sink))
}

/// The npm package ([`generate`]), handed to `sink` file by file as it is rendered.
pub fn generate_into(pkg: &Package, sink: &dyn crate::output::FileSink) -> Result<(), crate::OutputError> {
    Gen::new(pkg).files(sink)
}
