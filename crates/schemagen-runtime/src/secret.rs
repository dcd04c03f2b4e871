use std::fmt;

use serde::de::{DeserializeOwned, Error as _};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::Value;

use crate::sig;

/// A value the schema marks `secret`. On the wire it is Pulumi's secret envelope
/// (`{"4dabf…": "1b47…", "value": …}`); `Debug` never prints it.
///
/// Deserializing also accepts the bare value, which the engine sends when the program did not
/// mark it secret; it is a secret from then on, as the schema demands.
#[derive(Clone, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Secret<T>(T);

impl<T> Secret<T> {
    pub fn new(value: T) -> Self {
        Secret(value)
    }
    /// The secret value; the name makes every read of it visible in review.
    pub fn expose(&self) -> &T {
        &self.0
    }
    pub fn into_inner(self) -> T {
        self.0
    }
}

impl<T> From<T> for Secret<T> {
    fn from(value: T) -> Self {
        Secret(value)
    }
}

impl<T> fmt::Debug for Secret<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret([redacted])")
    }
}

impl<T: Serialize> Serialize for Secret<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(Some(2))?;
        map.serialize_entry(sig::SIG_KEY, sig::SECRET)?;
        map.serialize_entry("value", &self.0)?;
        map.end()
    }
}

impl<'de, T: DeserializeOwned> Deserialize<'de> for Secret<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = Value::deserialize(deserializer)?;
        let inner = match sig::of(&value) {
            Some(sig::SECRET) => match value {
                Value::Object(mut map) => map.remove("value").ok_or_else(|| D::Error::missing_field("value"))?,
                _ => unreachable!("a signed value is an object"),
            },
            _ => value,
        };
        serde_json::from_value(inner).map(Secret).map_err(D::Error::custom)
    }
}
