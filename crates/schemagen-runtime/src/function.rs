use serde::de::DeserializeOwned;
use serde::Serialize;

/// A Pulumi function (an invoke), implemented by `#[derive(PulumiResource)]` with
/// `function = "…"` and by generated SDKs.
pub trait Function {
    /// The function's schema token, e.g. `tls:index/getPublicKey:getPublicKey`.
    const TOKEN: &'static str;
    /// The arguments the engine is called with.
    type Args: Serialize + DeserializeOwned;
    /// What the function returns.
    type Result: Serialize + DeserializeOwned;
}

/// A method of a resource: a function whose arguments include the resource itself (`__self__`).
pub trait Method: Function {
    /// The resource the method belongs to.
    type Resource: crate::Resource;
    /// The method's name on the resource, as the schema spells it.
    const NAME: &'static str;
}
