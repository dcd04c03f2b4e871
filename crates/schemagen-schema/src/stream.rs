//! A JSON schema bound while it is read: each type, resource and function is bound as soon as
//! its definition is parsed, and its raw form dropped, so the raw schema (twice the size of the
//! model) is never whole in memory.
//!
//! This holds for the usual layout, where the keys every token depends on (`name`, `meta`,
//! `allowedPackageNames`) come before the definitions and the sections come in the order
//! `types`, `provider`, `resources`, `functions`. For any other schema, one with a reference
//! to a definition it lacks, or one that does not parse, [`bind_json`] gives `None` and the
//! caller binds the whole raw spec instead, which reports every problem where it is.

use std::fmt;
use std::marker::PhantomData;
use std::sync::mpsc;

use serde::de::{self, Deserialize, DeserializeSeed, Deserializer, MapAccess, Visitor};
use serde_json::value::RawValue;

use crate::bind::{Binder, Header};
use crate::deps::Dependencies;
use crate::diag::{escape_segment, Diagnostic};
use crate::model::Package;
use crate::raw;

/// The bound package, its diagnostics and the pointers of the keys it ignored; `None` when
/// the schema is not one this reads (see the module documentation).
///
/// Reading and binding overlap: this thread parses, another binds each definition as it
/// arrives, so on a machine with two cores the run takes about the longer of the two.
pub(crate) fn bind_json(text: &str, deps: &mut Dependencies) -> Option<(Package, Vec<Diagnostic>, Vec<String>)> {
    let (read, binding) = std::thread::scope(|scope| {
        let (queue, arrivals) = mpsc::sync_channel::<Vec<Definition>>(QUEUE_LENGTH);
        let mut binding = Binding { binder: None, deps: Some(deps), refused: false };
        let worker = std::thread::Builder::new()
            .name("schemagen-bind".into())
            .stack_size(crate::PARSE_STACK)
            .spawn_scoped(scope, move || {
                for batch in arrivals {
                    for definition in batch {
                        if !binding.take(definition) {
                            binding.refused = true;
                            return binding;
                        }
                    }
                }
                binding
            })
            // No thread to be had: the caller binds the whole spec on this one.
            .ok()?;
        // A send fails once the binder has stopped, which stops reading too.
        let mut batch = Vec::with_capacity(BATCH);
        let read = read(text, &mut |definition| {
            batch.push(definition);
            batch.len() < BATCH || queue.send(std::mem::replace(&mut batch, Vec::with_capacity(BATCH))).is_ok()
        });
        // Should the binder have stopped, its result says so.
        let _ = queue.send(batch);
        drop(queue);
        let binding = worker.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        Some((read?, binding))
    })?;
    let Read { buffered, mut ignored } = read;
    let mut spec = header_spec(&buffered, Some(&mut ignored)).ok()?;
    let header = Header::of(&spec);
    let mut binder = match binding {
        Binding { refused: true, .. } => return None,
        // Keys after the definitions must not change what the tokens were bound against.
        Binding { binder: Some(b), .. } if *b.header() == header => b,
        Binding { binder: None, deps: Some(deps), .. } => Binder::new(header, deps, true),
        _ => return None,
    };
    if !binder.resolve_pending() {
        return None;
    }
    let (package, diagnostics) = binder.finish(&mut spec);
    Some((package, diagnostics, ignored))
}

/// How many batches may wait for the binder: enough to ride out one slow definition, few
/// enough that the raw schema is never much in memory.
const QUEUE_LENGTH: usize = 4;

/// Definitions handed over at a time: one hand-over per definition costs more in waking the
/// binder than the binding itself.
const BATCH: usize = 64;

/// One definition as read, in reading order; the header comes before the first.
enum Definition {
    Header(Header),
    Type(String, raw::ComplexTypeSpec),
    Provider(raw::ResourceSpec),
    Resource(String, raw::ResourceSpec),
    Function(String, raw::FunctionSpec),
}

/// The binding side: the binder, once the header has come.
struct Binding<'d> {
    binder: Option<Binder<'d>>,
    /// Until the binder takes them.
    deps: Option<&'d mut Dependencies>,
    /// A definition could not be bound (a key defined twice): the whole spec must be.
    refused: bool,
}

impl Binding<'_> {
    /// Binds one definition; `false` when reading must stop (a key defined twice).
    fn take(&mut self, definition: Definition) -> bool {
        match (definition, self.binder.as_mut()) {
            (Definition::Header(header), None) => match self.deps.take() {
                Some(deps) => {
                    self.binder = Some(Binder::new(header, deps, true));
                    true
                }
                None => false,
            },
            (Definition::Type(key, spec), Some(binder)) => binder.add_type(key, spec),
            (Definition::Provider(spec), Some(binder)) => {
                binder.add_provider(spec);
                true
            }
            (Definition::Resource(key, spec), Some(binder)) => binder.add_resource(key, spec),
            (Definition::Function(key, spec), Some(binder)) => binder.add_function(key, spec),
            // A second header, or a definition before the first.
            _ => false,
        }
    }
}

/// What reading leaves besides the definitions it handed on.
struct Read<'t> {
    buffered: Vec<(String, &'t RawValue)>,
    ignored: Vec<String>,
}

/// Reads `text`, handing each definition to `hand_on` as soon as it is parsed; `None` when the
/// schema is not one this reads or `hand_on` refused a definition.
fn read<'t>(text: &'t str, hand_on: &mut dyn FnMut(Definition) -> bool) -> Option<Read<'t>> {
    let mut top = Top { started: false, hand_on, buffered: Vec::new(), ignored: Vec::new(), section: None };
    let mut de = serde_json::Deserializer::from_str(text);
    de.deserialize_map(&mut top).ok()?;
    de.end().ok()?;
    let Top { buffered, ignored, .. } = top;
    Some(Read { buffered, ignored })
}

/// A section of definitions, in the order the sections must come.
#[derive(Clone, Copy, PartialEq, PartialOrd)]
enum Section {
    Types,
    Provider,
    Resources,
    Functions,
}

impl Section {
    fn of(key: &str) -> Option<Section> {
        Some(match key {
            "types" => Section::Types,
            "provider" => Section::Provider,
            "resources" => Section::Resources,
            "functions" => Section::Functions,
            _ => return None,
        })
    }

    fn key(self) -> &'static str {
        match self {
            Section::Types => "types",
            Section::Provider => "provider",
            Section::Resources => "resources",
            Section::Functions => "functions",
        }
    }
}

/// The top-level object, being read.
struct Top<'t, 'h> {
    /// Whether the header (made when the first section starts, from the keys before it) has
    /// been handed on.
    started: bool,
    hand_on: &'h mut dyn FnMut(Definition) -> bool,
    /// Every top-level key but the sections, with its value's text: read into the raw spec
    /// once the keys the binder needs are all there, and again, with every key, at the end.
    buffered: Vec<(String, &'t RawValue)>,
    ignored: Vec<String>,
    /// The last section read.
    section: Option<Section>,
}

/// Why reading stops; the caller then binds the whole raw spec, which says what is wrong.
fn stop<E: de::Error>() -> E {
    E::custom("the schema is bound as a whole")
}

impl<'t> Visitor<'t> for &mut Top<'t, '_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a package schema object")
    }

    fn visit_map<A: MapAccess<'t>>(self, mut map: A) -> Result<(), A::Error> {
        while let Some(key) = map.next_key::<String>()? {
            let Some(section) = Section::of(&key) else {
                let value: &'t RawValue = map.next_value()?;
                // Read again on its own later, so one level shallower than here: a value at
                // the parser's depth limit would pass there though it fails here.
                if depth(value.get()) >= DEPTH_LIMIT {
                    return Err(stop());
                }
                self.buffered.push((key, value));
                continue;
            };
            // A section out of order, or twice.
            if self.section.is_some_and(|last| last >= section) {
                return Err(stop());
            }
            self.section = Some(section);
            if !self.started {
                let spec = header_spec(&self.buffered, None).map_err(|_| stop::<A::Error>())?;
                self.started = true;
                if !(self.hand_on)(Definition::Header(Header::of(&spec))) {
                    return Err(stop());
                }
            }
            let hand_on = &mut *self.hand_on;
            let ignored = &mut self.ignored;
            match section {
                Section::Provider => {
                    let provider: Option<raw::ResourceSpec> = map.next_value_seed(Tracked::new(section.key(), None, ignored))?;
                    if provider.is_some_and(|p| !hand_on(Definition::Provider(p))) {
                        return Err(stop());
                    }
                }
                _ => map.next_value_seed(Members { section, hand_on, ignored })?,
            }
        }
        Ok(())
    }
}

/// serde_json's nesting limit.
const DEPTH_LIMIT: usize = 128;

/// How deeply `json`'s arrays and objects nest, counted up to [`DEPTH_LIMIT`].
fn depth(json: &str) -> usize {
    let (mut depth, mut deepest) = (0usize, 0usize);
    let mut bytes = json.bytes();
    while let Some(b) = bytes.next() {
        match b {
            b'"' => {
                while let Some(c) = bytes.next() {
                    match c {
                        b'\\' => {
                            bytes.next();
                        }
                        b'"' => break,
                        _ => {}
                    }
                }
            }
            b'[' | b'{' => {
                depth += 1;
                deepest = deepest.max(depth);
                if deepest >= DEPTH_LIMIT {
                    break;
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    deepest
}

/// The raw spec of the buffered top-level keys (no definitions), recording the keys it
/// ignores when `ignored` is given.
fn header_spec(buffered: &[(String, &RawValue)], ignored: Option<&mut Vec<String>>) -> Result<raw::PackageSpec, serde_json::Error> {
    let entries = buffered.iter().map(|(k, v)| (k.as_str(), *v));
    let map = de::value::MapDeserializer::<_, serde_json::Error>::new(entries);
    match ignored {
        Some(ignored) => {
            let mut record = |path: serde_ignored::Path<'_>| ignored.push(crate::ignored_pointer(&path));
            raw::PackageSpec::deserialize(serde_ignored::Deserializer::new(map, &mut record))
        }
        None => raw::PackageSpec::deserialize(map),
    }
}

/// The members of a section, each handed on as it is read.
struct Members<'a, 'h> {
    section: Section,
    hand_on: &'a mut (dyn FnMut(Definition) -> bool + 'h),
    ignored: &'a mut Vec<String>,
}

impl<'de> DeserializeSeed<'de> for Members<'_, '_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, de: D) -> Result<(), D::Error> {
        de.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for Members<'_, '_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let Members { section, hand_on, ignored } = self;
        while let Some(key) = map.next_key::<String>()? {
            let definition = match section {
                Section::Types => {
                    let spec = map.next_value_seed(Tracked::new(section.key(), Some(&key), &mut *ignored))?;
                    Definition::Type(key, spec)
                }
                Section::Resources => {
                    let spec = map.next_value_seed(Tracked::new(section.key(), Some(&key), &mut *ignored))?;
                    Definition::Resource(key, spec)
                }
                Section::Functions => {
                    let spec = map.next_value_seed(Tracked::new(section.key(), Some(&key), &mut *ignored))?;
                    Definition::Function(key, spec)
                }
                Section::Provider => return Err(stop()),
            };
            // Refused: a key defined twice.
            if !hand_on(definition) {
                return Err(stop());
            }
        }
        Ok(())
    }
}

/// A value read with its ignored keys recorded, as pointers from the top of the document.
struct Tracked<'a, T> {
    section: &'static str,
    key: Option<&'a str>,
    ignored: &'a mut Vec<String>,
    value: PhantomData<T>,
}

impl<'a, T> Tracked<'a, T> {
    fn new(section: &'static str, key: Option<&'a str>, ignored: &'a mut Vec<String>) -> Self {
        Tracked { section, key, ignored, value: PhantomData }
    }
}

impl<'de, T: Deserialize<'de>> DeserializeSeed<'de> for Tracked<'_, T> {
    type Value = T;

    fn deserialize<D: Deserializer<'de>>(self, de: D) -> Result<T, D::Error> {
        let Tracked { section, key, ignored, .. } = self;
        serde_ignored::deserialize(de, |path| {
            let member = key.map(|k| format!("/{}", escape_segment(k))).unwrap_or_default();
            ignored.push(format!("/{section}{member}{}", crate::ignored_pointer(&path)));
        })
    }
}

#[cfg(test)]
mod tests {
    use std::path::{Path, PathBuf};

    use super::{bind_json, depth, DEPTH_LIMIT};
    use crate::deps::Dependencies;

    /// Every JSON schema of the shared fixtures and of the bad-schema tests.
    fn json_schemas() -> Vec<PathBuf> {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let fixtures = root.join("../../../shared/fixtures");
        let mut dirs = vec![root.join("tests/bad"), fixtures.join("bench")];
        let codegen = fixtures.join("pulumi-codegen");
        dirs.extend(std::fs::read_dir(&codegen).expect("the shared fixtures are there").map(|e| e.expect("entry").path()));
        let mut out: Vec<PathBuf> = dirs
            .iter()
            .filter_map(|d| std::fs::read_dir(d).ok())
            .flatten()
            .map(|e| e.expect("entry").path())
            .filter(|p| p.extension().is_some_and(|e| e == "json"))
            .collect();
        out.sort();
        out
    }

    /// Bound in reading order, a schema binds exactly as when it is bound whole: same model,
    /// same diagnostics in the same order, same ignored keys.
    #[test]
    fn reading_order_binds_as_the_whole_spec() {
        let deps_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/fixtures/pulumi-codegen/_deps");
        let mut streamed = 0;
        for path in json_schemas() {
            let text = std::fs::read_to_string(&path).expect("readable");
            let Some((package, diagnostics, mut ignored)) = bind_json(&text, &mut Dependencies::new(Some(deps_dir.clone()))) else {
                continue;
            };
            streamed += 1;
            let (mut spec, mut whole_ignored) = crate::deserialize(&text, crate::Format::Json).unwrap_or_else(|_| panic!("{} parses", path.display()));
            let (whole, whole_diagnostics) = crate::bind::bind(&mut spec, &mut Dependencies::new(Some(deps_dir.clone())));
            assert_eq!(format!("{package:?}"), format!("{whole:?}"), "{}", path.display());
            assert_eq!(format!("{diagnostics:?}"), format!("{whole_diagnostics:?}"), "{}", path.display());
            ignored.sort();
            whole_ignored.sort();
            assert_eq!(ignored, whole_ignored, "{}", path.display());
        }
        assert!(streamed > 10, "only {streamed} schemas were bound in reading order");
    }

    #[test]
    fn the_usual_layout_is_bound_in_reading_order() {
        let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/fixtures/bench/aws-native.json")).expect("readable");
        assert!(bind_json(&text, &mut Dependencies::default()).is_some());
    }

    #[test]
    fn depth_counts_brackets_outside_strings() {
        assert_eq!(depth("1"), 0);
        assert_eq!(depth(r#"{"a": [1, {"b": "[[[{"}]}"#), 3);
        assert_eq!(depth(r#"["\"[", []]"#), 2);
        let deep = "[".repeat(500);
        assert_eq!(depth(&deep), DEPTH_LIMIT);
    }
}
