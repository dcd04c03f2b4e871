use serde::de::Error as _;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::Value;

use crate::sig;

/// A reference to another resource (a `#/resources/…` or `#/provider` property).
#[derive(Debug, Clone, PartialEq)]
pub struct ResourceReference {
    pub urn: String,
    /// The resource's ID, absent for components.
    pub id: Option<Value>,
    pub package_version: Option<String>,
}

impl Serialize for ResourceReference {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut fields = vec![("urn", Value::String(self.urn.clone()))];
        if let Some(id) = &self.id {
            fields.push(("id", id.clone()));
        }
        if let Some(v) = &self.package_version {
            fields.push(("packageVersion", Value::String(v.clone())));
        }
        sig::signed(sig::RESOURCE_REFERENCE, fields).serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for ResourceReference {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = Value::deserialize(deserializer)?;
        if sig::of(&value) != Some(sig::RESOURCE_REFERENCE) {
            return Err(D::Error::custom("expected a Pulumi resource reference (an object signed as one)"));
        }
        let urn = sig::string_field(&value, "urn").ok_or_else(|| D::Error::missing_field("urn"))?;
        Ok(ResourceReference {
            urn,
            id: value.get("id").cloned(),
            package_version: sig::string_field(&value, "packageVersion"),
        })
    }
}
