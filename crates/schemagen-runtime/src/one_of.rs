//! Values of a schema `oneOf`: the first alternative that deserializes wins, in schema order.

use serde::{Deserialize, Serialize};

/// One of two alternatives.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum OneOf2<A, B> {
    A(A),
    B(B),
}

/// One of three alternatives.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum OneOf3<A, B, C> {
    A(A),
    B(B),
    C(C),
}

/// One of four alternatives.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum OneOf4<A, B, C, D> {
    A(A),
    B(B),
    C(C),
    D(D),
}
