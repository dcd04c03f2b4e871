//! Typed Pulumi resources for Rust.
//!
//! ```
//! use schemagen_runtime::{PulumiResource, Resource};
//!
//! #[derive(PulumiResource)]
//! #[pulumi(schema = "../../schema/aws.json", token = "aws:apigateway/integrationResponse:IntegrationResponse")]
//! pub struct IntegrationResponse;
//!
//! let args = IntegrationResponseArgs::new("GET", "resource-id", "rest-api-id", "200").with_selection_pattern("-");
//! assert_eq!(IntegrationResponse::TOKEN, "aws:apigateway/integrationResponse:IntegrationResponse");
//! assert_eq!(args.status_code, "200");
//! ```
//!
//! (This example reads the repository's default schema, two folders above this crate.)
//!
//! The derive reads the schema (relative to the using crate's `CARGO_MANIFEST_DIR`) at compile
//! time and adds, next to the struct, `IntegrationResponseArgs` (inputs), `IntegrationResponseState`
//! (state inputs, all optional), `IntegrationResponseOutputs` (outputs and `id`), the object and
//! enum types they use, and an implementation of [`Resource`]. Every type serializes with the
//! schema's wire names, so it reads and writes exactly the property maps the Pulumi engine
//! exchanges. A struct that declares its own fields is checked against the resource's inputs
//! instead, and gains a `From` conversion into the `…Args` type.
//!
//! The object and enum types go next to the struct under their schema names, so two derives whose
//! resources share a type belong in separate modules.
//!
//! `#[pulumi(schema = "…", function = "tls:index/getPublicKey:getPublicKey")]` derives a function
//! instead: `…Args`, `…Result` and an implementation of [`Function`].
//!
//! `schemagen sdk --lang rust` writes the same items for every resource and function of a schema
//! as a crate that depends on this one.
//!
//! Schema types map to Rust as follows: `string` → `String`, `integer` → `i64`, `number` → `f64`,
//! `boolean` → `bool`, arrays → `Vec`, maps → `BTreeMap<String, _>`, `secret` properties →
//! [`Secret`], `Asset` → [`AssetOrArchive`], `Archive` → [`Archive`], `Any`/`Json` →
//! `serde_json::Value`, unions → [`OneOf2`]…[`OneOf8`] (a wider union nests: its eighth alternative is a
//! union of the rest), resource references → [`ResourceReference`],
//! enums → Rust enums with the schema's values on the wire.
//!
//! An optional input the schema gives a `default` reads as that default when it is absent from
//! the map being deserialised (as Pulumi's SDKs apply defaults to inputs); built in code, it
//! stays unset until set. `defaultInfo` environment variables are named in the field's docs.

mod asset;
mod function;
mod one_of;
mod reference;
mod resource;
mod secret;
mod sig;

pub use asset::{Archive, Asset, AssetOrArchive};
pub use function::{Function, Method};
pub use one_of::{OneOf2, OneOf3, OneOf4, OneOf5, OneOf6, OneOf7, OneOf8};
pub use reference::ResourceReference;
pub use resource::Resource;
#[cfg(feature = "derive")]
pub use schemagen_macros::PulumiResource;
pub use secret::Secret;

/// What generated code reaches through; not a public API.
#[doc(hidden)]
pub mod __private {
    pub use serde;
    pub use serde_json;

    /// How the derive checks a declared field against the schema: the field's value is moved
    /// through this trait, which only `T` itself implements, so a wrong type is one error at
    /// the field that names both types.
    #[diagnostic::on_unimplemented(
        message = "this field has type `{Self}`, but the schema's property has type `{T}`",
        label = "expected `{T}` here"
    )]
    pub trait FieldType<T> {
        fn into_field(self) -> T;
    }

    impl<T> FieldType<T> for T {
        fn into_field(self) -> T {
            self
        }
    }

    /// The schema's default for an absent field, from its JSON text; `None` (the field stays
    /// unset) when the schema's default does not fit the field's type.
    pub fn schema_default<T: serde::de::DeserializeOwned>(json: &str) -> Option<T> {
        serde_json::from_str(json).ok()
    }

    /// Reads a property the schema fixes to one `const` value (given as JSON text), rejecting
    /// any other, so a union of objects told apart by a constant picks the right one. `null` is
    /// accepted for an optional property.
    pub fn expect_const<'de, D, T>(deserializer: D, expected: &str, optional: bool) -> Result<T, D::Error>
    where
        D: serde::Deserializer<'de>,
        T: serde::de::DeserializeOwned,
    {
        use serde::de::Error;
        use serde::Deserialize;
        let found = serde_json::Value::deserialize(deserializer)?;
        let want: serde_json::Value = serde_json::from_str(expected).map_err(D::Error::custom)?;
        let same = match (found.as_f64(), want.as_f64()) {
            (Some(a), Some(b)) => a == b,
            _ => found == want,
        };
        if !same && !(optional && found.is_null()) {
            return Err(D::Error::custom(format!("expected the constant {want}, found {found}")));
        }
        serde_json::from_value(found).map_err(D::Error::custom)
    }
}
