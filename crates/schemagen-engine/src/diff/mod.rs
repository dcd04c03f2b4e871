//! What a schema change breaks: every difference between two bound schemas that a user of the
//! provider or of one of its SDKs can notice, each with a severity, the path of what changed,
//! where it is in both files and, when it breaks some SDKs and not others, the languages and
//! their names.
//!
//! [`compare`] walks the two packages; [`render`] prints a [`Report`] as text, markdown or JSON.
//!
//! # JSON output
//!
//! `schemagen diff --format json` prints one object, whose fields are stable (new fields may be
//! added; none is renamed or removed without a major version):
//!
//! ```text
//! {
//!   "schema_version": 1,
//!   "old": {"file": "old.json", "package": "docker", "version": "4.11.2"},   // version: null when the schema has none
//!   "new": {"file": "new.json", "package": "docker", "version": "5.0.0"},
//!   "summary": {"breaking": 3, "warning": 1, "info": 12, "total": 16},
//!   "changes": [                       // sorted: breaking first, then by subject, then path
//!     {
//!       "severity": "breaking",        // "breaking" | "warning" | "info"
//!       "kind": "removed",             // see below
//!       "subject": {"kind": "resource", "token": "docker:index/container:Container"},
//!                                      // subject kinds: resource, provider, function, type, config
//!       "path": "inputs.ports[*].internal",   // "" for the subject itself; see below
//!       "message": "input `ports[*].internal` was removed",   // one line, for people
//!       "old": {"pointer": "/resources/docker:index~1container:Container/inputProperties/ports",
//!               "line": 12, "column": 9},
//!       "new": {"pointer": "...", "line": 14, "column": 9},
//!       "languages": [{"language": "python", "old": "foo_bar", "new": "foobar"}],
//!       "details": {...}               // per kind, see below
//!     }
//!   ]
//! }
//! ```
//!
//! - `path` starts with the member's role: `inputs.`, `outputs.` (resources), `arguments.`,
//!   `results.` (functions), `properties.` (object types), `values.` (enums), `methods.`,
//!   `variables.` (config); then the property's wire name, `[*]` for array items, `{*}` for map
//!   values, `.oneOf[i]` for a union's i-th element.
//! - `old` / `new`: the JSON pointer of the node in each file, and the line and column where it
//!   starts; when the file lacks the node (a removed or added thing), the line and column are
//!   those of its nearest ancestor that exists, which is where it was or would be written.
//!   `line`/`column` are null only for text that could not be located at all.
//! - `languages`: filled for changes that concern the SDKs' names: the language (`nodejs`,
//!   `python`, `go`, `csharp`) and the name there before and after.
//! - `kind` and its `details`: `removed` {}, `added` {"required": bool}, `renamed`
//!   {"from": token}, `required-changed` {"required": bool (now)}, `type-changed`
//!   {"old": type, "new": type}, `secret-changed` {"secret": bool}, `plain-changed`
//!   {"plain": bool}, `default-changed` {"old": value|null, "new": value|null},
//!   `replace-on-changes-changed` {"replace_on_changes": bool},
//!   `will-replace-on-changes-changed` {"will_replace_on_changes": bool}, `deprecated`
//!   {"message": text}, `undeprecated` {}, `enum-value-changed` {"old": value, "new": value},
//!   `language-name-changed` {} (see `languages`), `case-mapping-changed` {"map_case": bool}
//!   (Python's camel/snake tables; `languages` has the old and new key), `name-collision`
//!   {"name": name, "members": [wire names]} (`languages` has the language, the members
//!   joined as `old` and their one name as `new`).

mod compare;
mod langs;
mod locate;
pub mod render;
mod types;

use schemagen_schema::{Format, Package};
use serde::Serialize;
use serde_json::Value;

pub use compare::compare;
pub use langs::Language;

/// How much a change matters to the provider's users. Ordered: `Info < Warning < Breaking`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Nothing a user must do: an addition, a relaxation.
    Info,
    /// Programs keep compiling and stacks keep working, but behaviour changes (a default, a
    /// replacement, a deprecation).
    Warning,
    /// Programs stop compiling or stacks stop deploying as they did.
    Breaking,
}

impl Severity {
    pub fn label(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Breaking => "breaking",
        }
    }
}

/// One schema as the diff reads it: the bound package and the text it was parsed from, which
/// locations point into.
#[derive(Clone, Copy)]
pub struct Side<'a> {
    /// The file as the user named it.
    pub file: &'a str,
    pub text: &'a str,
    pub format: Format,
    pub package: &'a Package,
}

/// What holds a change.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Subject {
    pub kind: SubjectKind,
    /// The token (for `config`, the package name).
    pub token: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SubjectKind {
    Provider,
    Resource,
    Function,
    Type,
    Config,
}

impl SubjectKind {
    pub fn label(self) -> &'static str {
        match self {
            SubjectKind::Provider => "provider",
            SubjectKind::Resource => "resource",
            SubjectKind::Function => "function",
            SubjectKind::Type => "type",
            SubjectKind::Config => "config",
        }
    }
}

/// What changed, with what the change carries.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", content = "details", rename_all = "kebab-case")]
pub enum Kind {
    Removed {},
    Added { required: bool },
    /// The subject has a new token whose `aliases` name the old one.
    Renamed { from: String },
    RequiredChanged { required: bool },
    TypeChanged { old: String, new: String },
    SecretChanged { secret: bool },
    PlainChanged { plain: bool },
    DefaultChanged { old: Option<Value>, new: Option<Value> },
    ReplaceOnChangesChanged { replace_on_changes: bool },
    WillReplaceOnChangesChanged { will_replace_on_changes: bool },
    Deprecated { message: String },
    Undeprecated {},
    EnumValueChanged { old: Value, new: Value },
    /// The wire name is the same, a language's name is not (see [`Change::languages`]).
    LanguageNameChanged {},
    /// `language.python.mapCase` changed: the key of the property in Python's case tables.
    CaseMappingChanged { map_case: bool },
    /// Several members now have one name in a language.
    NameCollision { name: String, members: Vec<String> },
}

/// Where a change is in one file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Place {
    /// JSON pointer of the node (which may not exist in this file).
    pub pointer: String,
    /// Where the node, or its nearest existing ancestor, starts (1-based).
    pub line: Option<usize>,
    pub column: Option<usize>,
}

/// A name in one language, before and after.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LanguageName {
    pub language: Language,
    pub old: String,
    pub new: String,
}

/// One change.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Change {
    pub severity: Severity,
    #[serde(flatten)]
    pub kind: Kind,
    pub subject: Subject,
    /// Role and member path within the subject (`inputs.ports[*]`); empty for the subject itself.
    pub path: String,
    /// One line for a reviewer: what changed and why it matters.
    pub message: String,
    pub old: Place,
    pub new: Place,
    pub languages: Vec<LanguageName>,
}

/// The package as one side of a report names it.
#[derive(Debug, Clone, Serialize)]
pub struct Schema {
    pub file: String,
    pub package: String,
    pub version: Option<String>,
}

/// Count of changes per severity.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    pub breaking: usize,
    pub warning: usize,
    pub info: usize,
    pub total: usize,
}

/// Every change between two schemas, most severe first.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub old: Schema,
    pub new: Schema,
    pub changes: Vec<Change>,
}

impl Report {
    pub fn summary(&self) -> Summary {
        let mut s = Summary { total: self.changes.len(), ..Summary::default() };
        for c in &self.changes {
            match c.severity {
                Severity::Breaking => s.breaking += 1,
                Severity::Warning => s.warning += 1,
                Severity::Info => s.info += 1,
            }
        }
        s
    }

    /// Whether any change is at least `threshold` severe.
    pub fn has_at_least(&self, threshold: Severity) -> bool {
        self.changes.iter().any(|c| c.severity >= threshold)
    }
}
