use serde::de::DeserializeOwned;
use serde::Serialize;

/// A Pulumi resource type, implemented by `#[derive(PulumiResource)]` and by generated SDKs.
pub trait Resource {
    /// The resource's schema token, e.g. `aws:apigateway/integrationResponse:IntegrationResponse`.
    const TOKEN: &'static str;
    /// The inputs the engine sends on create and update.
    type Args: Serialize + DeserializeOwned;
    /// The state inputs used to look up an existing resource (every field optional).
    type State: Serialize + DeserializeOwned + Default;
    /// The outputs, including `id`.
    type Outputs: Serialize + DeserializeOwned;
}
