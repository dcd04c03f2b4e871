//! The names the SDKs give a schema member, read from each language's naming rules, so that a
//! change of one language's name (an override, a case table) is reported for that language.

use schemagen_schema::Property;
use serde::Serialize;

use crate::names;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    Nodejs,
    Python,
    Go,
    Csharp,
}

impl Language {
    pub const ALL: [Language; 4] = [Language::Nodejs, Language::Python, Language::Go, Language::Csharp];

    /// As a reviewer knows it.
    pub fn label(self) -> &'static str {
        match self {
            Language::Nodejs => "TypeScript",
            Language::Python => "Python",
            Language::Go => "Go",
            Language::Csharp => "C#",
        }
    }
}

/// A property's name in `lang`'s SDK.
pub(super) fn property_name(p: &Property, lang: Language) -> String {
    let set = |name: Option<&str>| name.filter(|n| !n.is_empty()).map(str::to_string);
    match lang {
        Language::Nodejs => set(p.language.nodejs.as_ref().and_then(|l| l.name.as_deref()))
            .unwrap_or_else(|| names::nodejs::property_name(&p.name)),
        Language::Python => set(p.language.python.as_ref().and_then(|l| l.name.as_deref()))
            .unwrap_or_else(|| names::python::py_name(&p.name)),
        Language::Go => set(p.language.go.as_ref().and_then(|l| l.name.as_deref()))
            .unwrap_or_else(|| names::go::property_name(&p.name)),
        Language::Csharp => names::csharp::property_name(p),
    }
}

/// The key Python's camel/snake case tables give a property: its snake name when the property
/// is mapped (`language.python.mapCase`), else its wire name.
pub(super) fn python_case_key(p: &Property) -> (bool, String) {
    // A python block that does not say `mapCase: true` keeps the property out of the tables.
    let mapped = p.language.python.as_ref().is_none_or(|py| py.map_case.unwrap_or(false));
    let key = if mapped { names::python::py_name_with(&p.name, names::python::PyNameRule::Legacy2020) } else { p.name.clone() };
    (mapped, key)
}
