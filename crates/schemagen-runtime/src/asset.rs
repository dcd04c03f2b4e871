use std::collections::BTreeMap;

use serde::de::Error as _;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::Value;

use crate::sig;

/// A file-like value: literal text, a local path or a URI (`pulumi.json#/Asset` payloads).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Asset {
    Text(String),
    Path(String),
    Uri(String),
}

/// A collection of assets: named members, a local folder or archive file, or a URI.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Archive {
    Assets(BTreeMap<String, AssetOrArchive>),
    Path(String),
    Uri(String),
}

/// What a `pulumi.json#/Asset` property holds: Pulumi lets an archive stand wherever an asset may.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AssetOrArchive {
    Asset(Asset),
    Archive(Archive),
}

impl Asset {
    fn to_value(&self) -> Value {
        let (key, v) = match self {
            Asset::Text(t) => ("text", t),
            Asset::Path(p) => ("path", p),
            Asset::Uri(u) => ("uri", u),
        };
        sig::signed(sig::ASSET, [(key, Value::String(v.clone()))])
    }
    fn from_value(value: &Value) -> Result<Self, String> {
        if sig::of(value) != Some(sig::ASSET) {
            return Err("expected a Pulumi asset (an object signed as an asset)".into());
        }
        if let Some(t) = sig::string_field(value, "text") {
            return Ok(Asset::Text(t));
        }
        if let Some(p) = sig::string_field(value, "path") {
            return Ok(Asset::Path(p));
        }
        if let Some(u) = sig::string_field(value, "uri") {
            return Ok(Asset::Uri(u));
        }
        Err("an asset needs one of `text`, `path` or `uri`".into())
    }
}

impl Archive {
    fn to_value(&self) -> Value {
        let field = match self {
            Archive::Assets(members) => {
                ("assets", Value::Object(members.iter().map(|(k, v)| (k.clone(), v.to_value())).collect()))
            }
            Archive::Path(p) => ("path", Value::String(p.clone())),
            Archive::Uri(u) => ("uri", Value::String(u.clone())),
        };
        sig::signed(sig::ARCHIVE, [field])
    }
    fn from_value(value: &Value) -> Result<Self, String> {
        if sig::of(value) != Some(sig::ARCHIVE) {
            return Err("expected a Pulumi archive (an object signed as an archive)".into());
        }
        if let Some(members) = value.get("assets").and_then(Value::as_object) {
            let members = members
                .iter()
                .map(|(k, v)| AssetOrArchive::from_value(v).map(|m| (k.clone(), m)))
                .collect::<Result<_, _>>()?;
            return Ok(Archive::Assets(members));
        }
        if let Some(p) = sig::string_field(value, "path") {
            return Ok(Archive::Path(p));
        }
        if let Some(u) = sig::string_field(value, "uri") {
            return Ok(Archive::Uri(u));
        }
        Err("an archive needs one of `assets`, `path` or `uri`".into())
    }
}

impl AssetOrArchive {
    fn to_value(&self) -> Value {
        match self {
            AssetOrArchive::Asset(a) => a.to_value(),
            AssetOrArchive::Archive(a) => a.to_value(),
        }
    }
    fn from_value(value: &Value) -> Result<Self, String> {
        match sig::of(value) {
            Some(sig::ASSET) => Asset::from_value(value).map(AssetOrArchive::Asset),
            Some(sig::ARCHIVE) => Archive::from_value(value).map(AssetOrArchive::Archive),
            _ => Err("expected a Pulumi asset or archive".into()),
        }
    }
}

macro_rules! via_value {
    ($($ty:ty),*) => {$(
        impl Serialize for $ty {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                self.to_value().serialize(serializer)
            }
        }
        impl<'de> Deserialize<'de> for $ty {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let value = Value::deserialize(deserializer)?;
                <$ty>::from_value(&value).map_err(D::Error::custom)
            }
        }
    )*};
}

via_value!(Asset, Archive, AssetOrArchive);
