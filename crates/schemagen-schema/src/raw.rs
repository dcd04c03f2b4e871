//! The schema exactly as written: serde mirrors of the Pulumi Package Schema metaschema.
//!
//! Nothing here is resolved or checked beyond JSON shape; `bind` turns it into the model.
//! Maps are `IndexMap` because output order follows the schema's own order.

use indexmap::IndexMap;
use serde::Deserialize;
use serde_json::Value;

pub type Map<T> = IndexMap<String, T>;

/// The maps a big schema has by the hundred thousand (definitions, properties), keyed by
/// names the schema chose: hashed fast, with a per-process seed.
pub type FastMap<T> = IndexMap<String, T, foldhash::fast::RandomState>;

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PackageSpec {
    pub name: Option<String>,
    pub display_name: Option<String>,
    pub version: Option<String>,
    pub description: Option<String>,
    #[serde(default)]
    pub keywords: Vec<String>,
    pub homepage: Option<String>,
    pub license: Option<String>,
    pub attribution: Option<String>,
    pub repository: Option<String>,
    pub logo_url: Option<String>,
    /// `$schema`: the metaschema URL some schemas name; tolerated, not used.
    #[serde(rename = "$schema")]
    #[expect(dead_code, reason = "a metaschema key the model does not keep: declared so that it is not reported as unknown")]
    pub metaschema: Option<String>,
    #[serde(rename = "pluginDownloadURL")]
    pub plugin_download_url: Option<String>,
    pub publisher: Option<String>,
    pub namespace: Option<String>,
    pub meta: Option<MetadataSpec>,
    #[serde(default)]
    pub allowed_package_names: Vec<String>,
    pub config: Option<ConfigSpec>,
    #[serde(default, deserialize_with = "crate::unique::map")]
    pub types: FastMap<ComplexTypeSpec>,
    pub provider: Option<ResourceSpec>,
    #[serde(default, deserialize_with = "crate::unique::map")]
    pub resources: FastMap<ResourceSpec>,
    #[serde(default, deserialize_with = "crate::unique::map")]
    pub functions: FastMap<FunctionSpec>,
    #[serde(default, deserialize_with = "crate::unique::map")]
    pub language: Map<Value>,
    #[expect(dead_code, reason = "a metaschema key the model does not keep: declared so that it is not reported as unknown")]
    pub parameterization: Option<Value>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct MetadataSpec {
    pub module_format: Option<String>,
    #[expect(dead_code, reason = "a metaschema key the model does not keep: declared so that it is not reported as unknown")]
    pub support_pack: Option<bool>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ConfigSpec {
    #[serde(default, deserialize_with = "crate::unique::map")]
    pub variables: FastMap<PropertySpec>,
    #[serde(default)]
    pub required: Vec<String>,
    /// Older schemas spell the required list `defaults`.
    #[serde(default)]
    pub defaults: Vec<String>,
}

// No `#[serde(flatten)]` anywhere: flatten buffers every value it touches, which would make a
// 45 MB schema parse several times slower, and it hides unknown keys from `serde_ignored`.
// The shared fields of the metaschema's object specs are therefore written out per struct.

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ObjectTypeSpec {
    pub description: Option<String>,
    #[serde(default, deserialize_with = "crate::unique::map")]
    pub properties: FastMap<PropertySpec>,
    #[serde(rename = "type")]
    #[expect(dead_code, reason = "a metaschema key the model does not keep: declared so that it is not reported as unknown")]
    pub kind: Option<String>,
    #[serde(default)]
    pub required: Vec<String>,
    #[serde(default, deserialize_with = "crate::unique::map")]
    pub language: Map<Value>,
    #[serde(default)]
    #[expect(dead_code, reason = "a metaschema key the model does not keep: declared so that it is not reported as unknown")]
    pub is_overlay: bool,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ComplexTypeSpec {
    pub description: Option<String>,
    #[serde(default, deserialize_with = "crate::unique::map")]
    pub properties: FastMap<PropertySpec>,
    #[serde(rename = "type")]
    pub kind: Option<String>,
    #[serde(default)]
    pub required: Vec<String>,
    #[serde(rename = "enum")]
    pub enum_values: Option<Vec<EnumValueSpec>>,
    #[serde(default, deserialize_with = "crate::unique::map")]
    pub language: Map<Value>,
    #[serde(default)]
    pub is_overlay: bool,
    #[serde(default)]
    #[expect(dead_code, reason = "a metaschema key the model does not keep: declared so that it is not reported as unknown")]
    pub overlay_supported_languages: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct EnumValueSpec {
    pub name: Option<String>,
    pub description: Option<String>,
    pub value: Value,
    pub deprecation_message: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ResourceSpec {
    pub description: Option<String>,
    #[serde(default, deserialize_with = "crate::unique::map")]
    pub properties: FastMap<PropertySpec>,
    #[serde(rename = "type")]
    #[expect(dead_code, reason = "a metaschema key the model does not keep: declared so that it is not reported as unknown")]
    pub kind: Option<String>,
    #[serde(default)]
    pub required: Vec<String>,
    #[serde(default, deserialize_with = "crate::unique::map")]
    pub input_properties: FastMap<PropertySpec>,
    #[serde(default)]
    pub required_inputs: Vec<String>,
    pub state_inputs: Option<ObjectTypeSpec>,
    #[serde(default)]
    pub aliases: Vec<AliasSpec>,
    pub deprecation_message: Option<String>,
    #[serde(default)]
    pub is_component: bool,
    #[serde(default, deserialize_with = "crate::unique::map")]
    pub methods: FastMap<String>,
    #[serde(default, deserialize_with = "crate::unique::map")]
    pub language: Map<Value>,
    #[serde(default)]
    pub is_overlay: bool,
    #[serde(default)]
    #[expect(dead_code, reason = "a metaschema key the model does not keep: declared so that it is not reported as unknown")]
    pub overlay_supported_languages: Vec<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct AliasSpec {
    pub name: Option<String>,
    pub project: Option<String>,
    #[serde(rename = "type")]
    pub kind: Option<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct FunctionSpec {
    pub description: Option<String>,
    pub inputs: Option<ObjectTypeSpec>,
    #[serde(default)]
    pub multi_argument_inputs: Vec<String>,
    /// An object type (`properties`, `required`), or in newer schemas any type spec
    /// (`{"type": "number"}`); `bind` decides which by the keys present.
    pub outputs: Option<PropertySpec>,
    pub deprecation_message: Option<String>,
    #[serde(default)]
    pub is_overlay: bool,
    #[serde(default, deserialize_with = "crate::unique::map")]
    pub language: Map<Value>,
}

/// A property, and also a bare type spec (array `items`, map values, `oneOf` members,
/// non-object function returns): the metaschema's `typeSpec` is a subset of `propertySpec`.
/// The rarely present members are boxed: a big schema has hundreds of thousands of these.
// A boxed `Vec` or `String` is one word where the collection itself is three.
#[allow(clippy::box_collection)]
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PropertySpec {
    #[serde(rename = "type")]
    pub kind: Option<String>,
    #[serde(rename = "$ref")]
    pub reference: Option<String>,
    pub additional_properties: Option<Box<PropertySpec>>,
    pub items: Option<Box<PropertySpec>>,
    pub one_of: Option<Box<Vec<PropertySpec>>>,
    pub discriminator: Option<Box<DiscriminatorSpec>>,
    #[serde(default)]
    pub plain: bool,
    pub description: Option<String>,
    #[serde(rename = "const")]
    pub const_value: Option<Box<Value>>,
    pub default: Option<Box<Value>>,
    pub default_info: Option<Box<DefaultInfoSpec>>,
    pub deprecation_message: Option<Box<String>>,
    /// `None` when absent or empty.
    #[serde(default, deserialize_with = "crate::unique::boxed_map")]
    pub language: Option<Box<Map<Value>>>,
    #[serde(default)]
    pub secret: bool,
    #[serde(default)]
    pub replace_on_changes: bool,
    #[serde(default)]
    pub will_replace_on_changes: bool,
    // Only meaningful for a function's object `outputs`; harmless elsewhere.
    #[serde(default, deserialize_with = "crate::unique::optional_boxed_map")]
    pub properties: Option<Box<FastMap<PropertySpec>>>,
    #[serde(default)]
    pub required: Vec<String>,
}

#[derive(Debug, Default, Deserialize, Clone)]
#[serde(rename_all = "camelCase")]
pub struct DiscriminatorSpec {
    pub property_name: String,
    #[serde(default, deserialize_with = "crate::unique::map")]
    pub mapping: Map<String>,
}

#[derive(Debug, Default, Deserialize, Clone)]
#[serde(rename_all = "camelCase")]
pub struct DefaultInfoSpec {
    #[serde(default)]
    pub environment: Vec<String>,
    #[serde(default, deserialize_with = "crate::unique::map")]
    pub language: Map<Value>,
}
