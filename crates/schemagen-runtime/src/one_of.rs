//! Values of a schema `oneOf`: the first alternative that deserializes wins, in schema order.

use serde::{Deserialize, Serialize};

macro_rules! one_of {
    ($(#[$doc:meta])* $name:ident: $($variant:ident),+) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
        #[serde(untagged)]
        pub enum $name<$($variant),+> {
            $($variant($variant),)+
        }
    };
}

one_of!(/// One of two alternatives.
    OneOf2: A, B);
one_of!(/// One of three alternatives.
    OneOf3: A, B, C);
one_of!(/// One of four alternatives.
    OneOf4: A, B, C, D);
one_of!(/// One of five alternatives.
    OneOf5: A, B, C, D, E);
one_of!(/// One of six alternatives.
    OneOf6: A, B, C, D, E, F);
one_of!(/// One of seven alternatives.
    OneOf7: A, B, C, D, E, F, G);
one_of!(/// One of eight alternatives; generated code nests a wider union in the last one.
    OneOf8: A, B, C, D, E, F, G, H);
