//! The provider as SDKs see it. Pulumi's binder keeps only the provider outputs whose values
//! are strings (strings, enums of strings, tokens over strings): a provider's other settings
//! reach the engine JSON-encoded and cannot be read back as typed outputs. What it drops is then
//! no output at all: no getter, and no output type used only there.

use std::borrow::Cow;

use schemagen_schema::{ExternalTarget, Package, Resource, Type, TypeDef};

/// The provider (declared or default) with only its string-valued outputs.
pub fn sdk_provider(pkg: &Package) -> Cow<'_, Resource> {
    let provider = pkg.provider_or_default();
    if provider.properties.iter().all(|p| is_string_valued(pkg, &p.ty)) {
        return provider;
    }
    let mut owned = provider.into_owned();
    owned.properties.retain(|p| is_string_valued(pkg, &p.ty));
    Cow::Owned(owned)
}

/// Whether every value of `ty` is a string.
pub fn is_string_valued(pkg: &Package, ty: &Type) -> bool {
    let enum_of_strings = |pkg: &Package, id| matches!(pkg.type_def(id), TypeDef::Enum(e) if e.element == Type::String);
    match ty {
        Type::String => true,
        Type::Token { underlying, .. } => **underlying == Type::String,
        Type::Enum(id) => enum_of_strings(pkg, *id),
        Type::External(ext) => match (pkg.dependency(&ext.package), ext.resolved) {
            (Some(dep), Some(ExternalTarget::Enum(id))) => enum_of_strings(dep, id),
            _ => false,
        },
        _ => false,
    }
}
