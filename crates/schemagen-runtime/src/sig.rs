//! The Pulumi property-map signatures: an object whose `SIG_KEY` entry holds one of these values
//! is a secret, asset, archive or resource reference rather than a plain object.

pub const SIG_KEY: &str = "4dabf18193072939515e22adb298388d";
pub const SECRET: &str = "1b47061264138c4ac30d75fd1eb44270";
pub const ASSET: &str = "c44067f5952c0a294b673a41bacd8c17";
pub const ARCHIVE: &str = "0def7320c3a5731c473e5ecbe6d01bc7";
pub const RESOURCE_REFERENCE: &str = "5cf8f73096256a8f31e491e813e4eb8e";

use serde_json::{Map, Value};

/// The signature of `value`, if it is a signed object.
pub fn of(value: &Value) -> Option<&str> {
    value.as_object()?.get(SIG_KEY)?.as_str()
}

/// A signed object: `{SIG_KEY: sig, ...fields}`.
pub fn signed(sig: &str, fields: impl IntoIterator<Item = (&'static str, Value)>) -> Value {
    let mut map = Map::new();
    map.insert(SIG_KEY.to_string(), Value::String(sig.to_string()));
    for (k, v) in fields {
        map.insert(k.to_string(), v);
    }
    Value::Object(map)
}

/// The string field `key` of a signed object, if present.
pub fn string_field(value: &Value, key: &str) -> Option<String> {
    value.get(key)?.as_str().map(str::to_string)
}
