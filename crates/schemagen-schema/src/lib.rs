//! Reads a Pulumi Package Schema (JSON or YAML) into one typed, bound model.
//!
//! `raw` mirrors the metaschema, `bind` resolves references and checks the schema, `model` is what
//! every generator reads. This crate knows nothing of any output language.

mod bind;
mod deps;
mod diag;
pub mod lang;
mod locate;
pub mod model;
mod nesting;
mod raw;
mod stream;
mod token;
mod unique;
mod values;

use std::fmt;
use std::path::{Path, PathBuf};

pub use diag::{escape_segment as escape_pointer_segment, Diagnostic, Location, Related, Severity};
pub use model::*;
pub use token::ModuleFormat;

/// The fields @pulumi/pulumi (the Node.js SDK's runtime) keeps on every resource object, where
/// it also keeps the resource's properties under their schema names: `check` refuses a resource
/// property of one of these names, and the TypeScript SDK names no method after one.
pub const NODE_RESOURCE_FIELDS: [&str; 17] = [
    "__pulumiResource", "__pulumiType", "__pulumiCustomResource", "__pulumiComponentResource", "__providers", "__transformations",
    "__name", "__parentResource", "__childResources", "__prov", "__protect", "__version", "__pluginDownloadURL", "__aliases",
    "__remote", "__registered", "__data",
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Json,
    Yaml,
}

impl Format {
    /// By extension; otherwise by the first non-blank character (`{` means JSON).
    pub fn detect(path: &Path, text: &str) -> Format {
        match path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase).as_deref() {
            Some("json") => Format::Json,
            Some("yaml" | "yml") => Format::Yaml,
            _ if text.trim_start().starts_with('{') => Format::Json,
            _ => Format::Yaml,
        }
    }
}

#[derive(Debug, Clone, Default)]
pub struct LoadOptions {
    /// Folder of `<name>-<version>.json` schemas that external references point into.
    pub deps: Option<PathBuf>,
}

/// A schema that bound without errors, and the warnings found on the way.
#[derive(Debug)]
pub struct Loaded {
    pub package: Package,
    pub warnings: Vec<Diagnostic>,
    /// The text the warnings locate into, when there are warnings and [`load`] read the file,
    /// so that showing them takes no second read; `None` otherwise. Worth dropping once shown:
    /// it is as big as the schema.
    pub source: Option<String>,
}

/// Everything wrong with a schema (errors and warnings, in document order).
#[derive(Debug)]
pub struct LoadError {
    /// The file as the user named it.
    pub file: String,
    /// The text, when it could be read, for rendering snippets.
    pub source: Option<String>,
    pub diagnostics: Vec<Diagnostic>,
    /// Why the file could not be read, when that is the failure (the schema itself is then
    /// not at fault).
    pub read_error: Option<std::io::Error>,
}

impl LoadError {
    pub fn error_count(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.is_error()).count()
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, d) in self.diagnostics.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{}", d.display(&self.file))?;
        }
        Ok(())
    }
}

impl std::error::Error for LoadError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.read_error.as_ref().map(|e| e as _)
    }
}

/// Reads, parses and binds the schema at `path`.
pub fn load(path: &Path, opts: &LoadOptions) -> Result<Loaded, LoadError> {
    load_with(path, deps::Dependencies::new(opts.deps.clone()))
}

/// [`load`], with the dependencies (and the chain of packages being loaded) given.
fn load_with(path: &Path, deps: deps::Dependencies) -> Result<Loaded, LoadError> {
    let file = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|e| LoadError {
        file: file.clone(),
        source: None,
        diagnostics: vec![Diagnostic::error("", format!("cannot read the schema: {e}"))],
        read_error: Some(e),
    })?;
    let text = match String::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let offset = e.utf8_error().valid_up_to();
            let text = String::from_utf8_lossy(e.as_bytes()).into_owned();
            let mut d = Diagnostic::error("", "the schema is not valid UTF-8");
            d.location = Some(locate::location_of_offset(&text, offset));
            return Err(LoadError { file, source: Some(text), diagnostics: vec![d], read_error: None });
        }
    };
    let text = without_bom(text);
    let format = Format::detect(path, &text);
    let mut loaded = match parse_with(&text, &file, format, deps) {
        Ok(loaded) => loaded,
        Err(mut e) => {
            e.source = Some(text);
            return Err(e);
        }
    };
    if !loaded.warnings.is_empty() {
        loaded.source = Some(text);
    }
    Ok(loaded)
}

/// A schema file's text as [`load`] parses it, and so as its diagnostics locate into it: a
/// byte-order mark, legal at the start of a UTF-8 file but not in JSON, removed.
pub fn without_bom(mut text: String) -> String {
    if text.starts_with('\u{feff}') {
        text.drain(..'\u{feff}'.len_utf8());
    }
    text
}

/// Stack for parsing: the deserializer recurses once per nesting level (up to its limit of
/// 128), through several adapter layers, which needs more than the 2 MiB an ordinary thread
/// (or a test) has in a debug build. Only touched pages are ever committed.
const PARSE_STACK: usize = 256 * 1024 * 1024;

/// Parses and binds schema text; `file` is only used to name it in diagnostics.
pub fn parse(text: &str, file: &str, format: Format, opts: &LoadOptions) -> Result<Loaded, LoadError> {
    parse_with(text, file, format, deps::Dependencies::new(opts.deps.clone())).map_err(|mut e| {
        e.source = Some(text.to_string());
        e
    })
}

/// Parses and binds `text`; a failure's `source` is left for the caller to give (the text may
/// be tens of megabytes, and [`load`] owns it already).
fn parse_with(text: &str, file: &str, format: Format, deps: deps::Dependencies) -> Result<Loaded, LoadError> {
    // The main thread's stack (8 MiB by default) is deep enough; it also allocates from the
    // main heap, which grows more cheaply than a spawned thread's arena.
    if std::thread::current().name() == Some("main") {
        return parse_on_this_thread(text, file, format, deps);
    }
    // Handed to whichever thread parses: the worker, or this one when no worker can start.
    let slot = std::sync::Mutex::new(Some(deps));
    let take = |slot: &std::sync::Mutex<Option<deps::Dependencies>>| {
        slot.lock().unwrap_or_else(std::sync::PoisonError::into_inner).take().unwrap_or_default()
    };
    std::thread::scope(|scope| {
        let worker = std::thread::Builder::new()
            .name("schemagen-parse".into())
            .stack_size(PARSE_STACK)
            .spawn_scoped(scope, || parse_on_this_thread(text, file, format, take(&slot)));
        match worker {
            Ok(handle) => handle.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
            // No thread to be had (a resource limit): parse here, with the stack there is.
            Err(_) => parse_on_this_thread(text, file, format, take(&slot)),
        }
    })
}

fn parse_on_this_thread(text: &str, file: &str, format: Format, mut deps: deps::Dependencies) -> Result<Loaded, LoadError> {
    let fail = |diagnostics: Vec<Diagnostic>| LoadError { file: file.to_string(), source: None, diagnostics, read_error: None };
    if text.trim().is_empty() {
        return Err(fail(vec![Diagnostic::error("", "the schema is empty")
            .with_help("a schema is a JSON or YAML object with at least `\"name\"`")]));
    }
    if let Some(offset) = not_an_object(text, format) {
        let mut d = Diagnostic::error("", "a schema is an object (`{\"name\": ...}`), but this document is not")
            .with_help("the top level holds `name`, `version`, `resources`, `types`, `functions`, ...");
        d.location = Some(locate::location_of_offset(text, offset));
        return Err(fail(vec![d]));
    }
    if format == Format::Yaml {
        if let Some(offset) = nesting::yaml_flow_too_deep(text) {
            let mut d = Diagnostic::error(
                "",
                format!("the document is nested more than {} levels deep", nesting::MAX_FLOW_DEPTH),
            );
            d.location = Some(locate::location_of_offset(text, offset));
            return Err(fail(vec![d]));
        }
    }
    let streamed = match format {
        // A copy: should the stream give up, the whole spec is bound with dependencies as
        // they were (none loaded yet, so the copy is cheap).
        Format::Json => stream::bind_json(text, &mut deps.clone()),
        Format::Yaml => None,
    };
    let (package, mut diagnostics, ignored) = match streamed {
        Some(bound) => bound,
        None => {
            let (mut spec, ignored) = match deserialize(text, format) {
                Ok(parsed) => parsed,
                Err(e) => return Err(fail(e.into_diagnostics(text, format))),
            };
            let (package, diagnostics) = bind::bind(&mut spec, &mut deps);
            (package, diagnostics, ignored)
        }
    };
    diagnostics.extend(ignored.into_iter().map(|p| {
        let key = diag::pointer_segments(&p).pop().unwrap_or_default();
        Diagnostic::warning(p, format!("unknown key `{key}` is ignored"))
    }));
    locate_all(text, format, &mut diagnostics);
    diagnostics.sort_by_key(|d| d.location.map(|l| l.offset));
    if diagnostics.iter().any(Diagnostic::is_error) {
        return Err(fail(diagnostics));
    }
    Ok(Loaded { package, warnings: diagnostics, source: None })
}

/// Where the document starts when it plainly is not an object (a JSON array or scalar, a YAML
/// sequence); the deserializer would otherwise report a confusing positional mismatch.
fn not_an_object(text: &str, format: Format) -> Option<usize> {
    let (start, line) = locate::lines_with_offsets(text).find(|(_, l)| {
        let t = l.trim();
        !t.is_empty() && !(format == Format::Yaml && (t.starts_with('#') || t.starts_with("---") || t.starts_with('%')))
    })?;
    let first = line.trim_start();
    let offset = start + (line.len() - first.len());
    let is_object = match format {
        Format::Json => first.starts_with('{'),
        Format::Yaml => !(first.starts_with("- ") || first == "-" || first.trim_end() == "-" || first.starts_with('[')),
    };
    (!is_object).then_some(offset)
}

/// Why the text did not even deserialize into the raw spec.
struct ParseFailure {
    pointer: String,
    location: Option<Location>,
    message: String,
    /// Set when the failure is a key written twice in one object.
    duplicate: Option<String>,
}

impl ParseFailure {
    /// The parser's error `e` at `pointer`. The byte offset of its line and column is found
    /// when the failure becomes a diagnostic.
    fn at<E: ErrorLocation + fmt::Display>(pointer: String, e: &E) -> Self {
        let location = e.location().map(|(line, column)| Location { line, column: column.max(1), offset: 0 });
        ParseFailure { pointer, location, message: e.to_string(), duplicate: None }
    }

    fn into_diagnostics(self, text: &str, format: Format) -> Vec<Diagnostic> {
        if let Some(key) = &self.duplicate {
            let pointer = format!("{}/{}", self.pointer, diag::escape_segment(key));
            let places = match format {
                Format::Json => locate::locate_json_all(text, &pointer),
                Format::Yaml => locate::locate_yaml_all(text, &pointer),
            };
            let what = if self.pointer.is_empty() { "the top level".to_string() } else { format!("`{}`", self.pointer) };
            let mut d = Diagnostic::error(pointer.clone(), format!("`{key}` is defined twice in {what}"))
                .with_help("keep one definition: the second would silently replace the first");
            d.location = places.get(1).copied().or(self.location).or_else(|| locate(text, format, &pointer));
            if let Some(first) = places.first().filter(|_| places.len() > 1) {
                d.related.push(Related {
                    message: format!("`{key}` is first defined here"),
                    pointer,
                    location: Some(*first),
                });
            }
            return vec![d];
        }
        let mut d = Diagnostic::error(self.pointer, describe_serde_message(&self.message));
        // A value of the wrong shape is best shown where it starts (its key); the parser's
        // position is after it. Syntax errors keep the parser's position.
        let shape_error = ["invalid type", "invalid value", "missing field", "unknown variant", "invalid length", "duplicate field"]
            .iter()
            .any(|p| d.message.starts_with(p));
        d.location = match self.location {
            Some(_) if shape_error && !d.pointer.is_empty() => locate(text, format, &d.pointer),
            // Re-derived from the offset so that every location follows one line rule (LF only,
            // as the locator and the snippets count); YAML's parser also breaks lines at a lone CR.
            Some(l) => Some(locate::location_of_offset(text, locate::offset_of_line_column(text, l.line, l.column))),
            None => locate(text, format, &d.pointer),
        };
        if let Some(help) = serde_help(&d.message) {
            d.help = Some(help);
        }
        vec![d]
    }
}

/// The raw spec and the pointers of the keys it ignored. The first pass records no path (that
/// costs an allocation per key, a third of the time on a big schema); only when it fails does a
/// second pass find the pointer of the failure.
fn deserialize(text: &str, format: Format) -> Result<(raw::PackageSpec, Vec<String>), ParseFailure> {
    let mut ignored: Vec<String> = Vec::new();
    match deserialize_pass(text, format, &mut ignored, false) {
        Ok(spec) => Ok((spec, ignored)),
        Err(_) => {
            let failure = match deserialize_pass(text, format, &mut Vec::new(), true) {
                Err(failure) => failure,
                // Both passes read the same text the same way; should they ever disagree, the
                // failure is still reported, at the top.
                Ok(_) => ParseFailure {
                    pointer: String::new(),
                    location: None,
                    message: "the schema could not be read".into(),
                    duplicate: None,
                },
            };
            Err(failure)
        }
    }
}

fn deserialize_pass(text: &str, format: Format, ignored: &mut Vec<String>, with_path: bool) -> Result<raw::PackageSpec, ParseFailure> {
    unique::reset();
    let parsed = match format {
        Format::Json => {
            let mut de = serde_json::Deserializer::from_str(text);
            deserialize_tracking(&mut de, ignored, with_path)
                .and_then(|spec| de.end().map(|()| spec).map_err(|e| ParseFailure::at(String::new(), &e)))
        }
        Format::Yaml => {
            let de = serde_norway::Deserializer::from_str(text);
            deserialize_tracking(de, ignored, with_path)
        }
    };
    let duplicate = unique::take_duplicate();
    parsed.map_err(|mut failure| {
        failure.duplicate = duplicate.filter(|_| failure.message.contains(unique::MESSAGE_PREFIX));
        failure
    })
}

/// Fills in the location of every diagnostic (and related place) that has none.
fn locate_all(text: &str, format: Format, diagnostics: &mut [Diagnostic]) {
    let mut slots: Vec<&mut Option<Location>> = Vec::new();
    let mut pointers: Vec<&str> = Vec::new();
    for d in diagnostics.iter_mut() {
        let Diagnostic { location, pointer, related, .. } = d;
        if location.is_none() {
            slots.push(location);
            pointers.push(pointer);
        }
        for r in related.iter_mut() {
            if r.location.is_none() {
                slots.push(&mut r.location);
                pointers.push(&r.pointer);
            }
        }
    }
    let found = locate_pointers(text, format, &pointers);
    for (slot, location) in slots.into_iter().zip(found) {
        *slot = location;
    }
}

/// Where each JSON pointer's node starts in the schema `text` it was parsed from, in one pass over
/// the text. A pointer to a node that does not exist locates the deepest ancestor that does
/// (where the node would have to be written).
pub fn locate_pointers(text: &str, format: Format, pointers: &[&str]) -> Vec<Option<Location>> {
    match format {
        Format::Json => locate::locate_json_many(text, pointers),
        Format::Yaml => locate::locate_yaml_many(text, pointers),
    }
}

fn locate(text: &str, format: Format, pointer: &str) -> Option<Location> {
    match format {
        Format::Json => locate::locate_json(text, pointer),
        Format::Yaml => locate::locate_yaml(text, pointer),
    }
}

/// serde's message without the location it appends (the diagnostic carries it) or the dotted
/// path serde_norway prepends (the diagnostic has the pointer), in a provider author's words.
fn describe_serde_message(msg: &str) -> String {
    static AT_LINE: std::sync::LazyLock<regex::Regex> =
        std::sync::LazyLock::new(|| regex::Regex::new(r" at line \d+ column \d+,?").expect("a valid pattern"));
    let stripped = AT_LINE.replace_all(msg, "");
    let mut msg = stripped.as_ref();
    if let Some((path, rest)) = msg.split_once(": ") {
        if !path.is_empty() && !path.contains(' ') && !rest.is_empty() && (path.contains('.') || path.contains('[')) {
            msg = rest;
        }
    }
    let mut out = msg.to_string();
    for (rust, schema) in [
        ("struct PackageSpec", "a package schema object"),
        ("struct PropertySpec", "a property or type object (e.g. `{\"type\": \"string\"}`)"),
        ("struct ResourceSpec", "a resource object"),
        ("struct FunctionSpec", "a function object"),
        ("struct ComplexTypeSpec", "a type definition object"),
        ("struct ObjectTypeSpec", "an object type (`{\"properties\": ...}`)"),
        ("struct EnumValueSpec", "an enum value object (`{\"value\": ...}`)"),
        ("struct AliasSpec", "an alias object"),
        ("struct ConfigSpec", "a config object (`{\"variables\": ...}`)"),
        ("struct MetadataSpec", "a meta object"),
        ("struct DiscriminatorSpec", "a discriminator object (`{\"propertyName\": ...}`)"),
        ("struct DefaultInfoSpec", "a defaultInfo object (`{\"environment\": [...]}`)"),
        ("a sequence", "an array"),
        ("invalid type: sequence", "invalid type: array"),
        ("invalid type: map", "invalid type: object"),
    ] {
        out = out.replace(rust, schema);
    }
    out
}

/// A hint for the serde errors people hit most.
fn serde_help(message: &str) -> Option<String> {
    if let Some(field) = message.strip_prefix("missing field `").and_then(|m| m.strip_suffix('`')) {
        return Some(format!("this object needs a `\"{field}\"` key"));
    }
    if message.starts_with("EOF while parsing") {
        return Some("the file ends early: check for an unclosed `{`, `[` or string".into());
    }
    if message.starts_with("trailing comma") {
        return Some("JSON does not allow a comma before `}` or `]`".into());
    }
    if message.starts_with("key must be a string") {
        return Some("JSON object keys are double-quoted strings".into());
    }
    if message.contains("recursion limit exceeded") {
        return Some("the schema nests more than 128 levels deep; no real schema does".into());
    }
    None
}

trait ErrorLocation {
    fn location(&self) -> Option<(usize, usize)>;
}

impl ErrorLocation for serde_json::Error {
    fn location(&self) -> Option<(usize, usize)> {
        (self.line() > 0).then(|| (self.line(), self.column()))
    }
}

impl ErrorLocation for serde_norway::Error {
    fn location(&self) -> Option<(usize, usize)> {
        serde_norway::Error::location(self).map(|l| (l.line(), l.column()))
    }
}

/// Deserializes the raw spec, recording the pointer of every ignored key and, on failure, the
/// pointer, location and message of the error.
fn deserialize_tracking<'de, D>(
    de: D,
    ignored: &mut Vec<String>,
    with_path: bool,
) -> Result<raw::PackageSpec, ParseFailure>
where
    D: serde::Deserializer<'de>,
    D::Error: ErrorLocation,
{
    use serde::Deserialize;
    let mut record = |path: serde_ignored::Path<'_>| ignored.push(ignored_pointer(&path));
    let tracked = serde_ignored::Deserializer::new(de, &mut record);
    if with_path {
        serde_path_to_error::deserialize(tracked).map_err(|e| ParseFailure::at(error_pointer(e.path()), e.inner()))
    } else {
        raw::PackageSpec::deserialize(tracked).map_err(|e| ParseFailure::at(String::new(), &e))
    }
}

fn error_pointer(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let mut out = String::new();
    for seg in path.iter() {
        match seg {
            Segment::Seq { index } => out.push_str(&format!("/{index}")),
            Segment::Map { key } => {
                out.push('/');
                out.push_str(&diag::escape_segment(key));
            }
            Segment::Enum { variant } => {
                out.push('/');
                out.push_str(&diag::escape_segment(variant));
            }
            Segment::Unknown => {}
        }
    }
    out
}

fn ignored_pointer(path: &serde_ignored::Path<'_>) -> String {
    use serde_ignored::Path as P;
    match path {
        P::Root => String::new(),
        P::Seq { parent, index } => format!("{}/{index}", ignored_pointer(parent)),
        P::Map { parent, key } => format!("{}/{}", ignored_pointer(parent), diag::escape_segment(key)),
        P::Some { parent } | P::NewtypeStruct { parent } | P::NewtypeVariant { parent } => ignored_pointer(parent),
    }
}
