//! Map deserialization that refuses a key written twice.
//!
//! `IndexMap`'s own `Deserialize` keeps the last value of a repeated key, so a schema that defines
//! `aws:s3:Bucket` twice would silently lose the first definition. These visitors fail instead;
//! the key is kept on the side so that the diagnostic can name and locate both occurrences.

use std::cell::RefCell;
use std::fmt;
use std::hash::BuildHasher;
use std::marker::PhantomData;

use indexmap::IndexMap;
use serde::de::{Deserialize, Deserializer, Error, MapAccess, Visitor};

thread_local! {
    /// The key of the last duplicate found on this thread; `parse` takes it after a failure.
    static DUPLICATE: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Takes (and clears) the duplicate key recorded by the last failed deserialization.
pub(crate) fn take_duplicate() -> Option<String> {
    DUPLICATE.with(|d| d.borrow_mut().take())
}

/// Clears any stale record before a new parse.
pub(crate) fn reset() {
    DUPLICATE.with(|d| *d.borrow_mut() = None);
}

pub(crate) const MESSAGE_PREFIX: &str = "duplicate key";

struct UniqueMap<T, S>(PhantomData<(T, S)>);

impl<'de, T: Deserialize<'de>, S: BuildHasher + Default> Visitor<'de> for UniqueMap<T, S> {
    type Value = IndexMap<String, T, S>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<Self::Value, A::Error> {
        let mut map = IndexMap::with_capacity_and_hasher(access.size_hint().unwrap_or(0).min(4096), S::default());
        while let Some(key) = access.next_key::<String>()? {
            // One hash per key: insert, and look at what was there.
            let value = access.next_value()?;
            let (index, previous) = map.insert_full(key, value);
            if previous.is_some() {
                let key = map.get_index(index).map(|(k, _)| k.clone()).unwrap_or_default();
                let message = format!("{MESSAGE_PREFIX} `{key}`");
                DUPLICATE.with(|d| *d.borrow_mut() = Some(key));
                return Err(A::Error::custom(message));
            }
        }
        // The map grew by doubling: up to half its room is empty. A big schema holds tens of
        // thousands of these until they are bound, the largest part of its peak memory.
        map.shrink_to_fit();
        Ok(map)
    }
}

/// For `#[serde(deserialize_with)]` on an `IndexMap<String, T, S>` field.
pub(crate) fn map<'de, D, T, S>(de: D) -> Result<IndexMap<String, T, S>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
    S: BuildHasher + Default,
{
    de.deserialize_map(UniqueMap(PhantomData))
}

/// For `#[serde(deserialize_with)]` on an `Option<Box<IndexMap<String, T, S>>>` field that
/// reads like [`map`]: an empty map is `None`, so that the usual absence costs one pointer.
pub(crate) fn boxed_map<'de, D, T, S>(de: D) -> Result<Option<Box<IndexMap<String, T, S>>>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
    S: BuildHasher + Default,
{
    map(de).map(|m| (!m.is_empty()).then(|| Box::new(m)))
}

/// [`optional_map`], boxed.
pub(crate) fn optional_boxed_map<'de, D, T, S>(de: D) -> Result<Option<Box<IndexMap<String, T, S>>>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
    S: BuildHasher + Default,
{
    optional_map(de).map(|m| m.map(Box::new))
}

/// For `#[serde(deserialize_with)]` on an `Option<IndexMap<String, T, S>>` field.
pub(crate) fn optional_map<'de, D, T, S>(de: D) -> Result<Option<IndexMap<String, T, S>>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
    S: BuildHasher + Default,
{
    struct OptionalUniqueMap<T, S>(PhantomData<(T, S)>);
    impl<'de, T: Deserialize<'de>, S: BuildHasher + Default> Visitor<'de> for OptionalUniqueMap<T, S> {
        type Value = Option<IndexMap<String, T, S>>;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("an object or null")
        }
        fn visit_none<E: Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_unit<E: Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_some<D2: Deserializer<'de>>(self, de: D2) -> Result<Self::Value, D2::Error> {
            map(de).map(Some)
        }
    }
    de.deserialize_option(OptionalUniqueMap(PhantomData))
}
