//! The serde access traits over the tree: lists, mappings, enums, and the
//! position numbers handed to [`crate::yaml::Spanned`].

use serde::de::{self, DeserializeSeed, Deserializer, Visitor};

use super::NodeDe;
use super::error::DeError;
use crate::yaml::node::{Entry, Node};

pub(super) struct SeqAcc<'a, 'c> {
    pub(super) items: std::slice::Iter<'a, Node>,
    pub(super) de: NodeDe<'a, 'c>,
}

impl<'de> de::SeqAccess<'de> for SeqAcc<'de, '_> {
    type Error = DeError;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, DeError> {
        match self.items.next() {
            Some(node) => {
                let de = self.de.at(node, None);
                de.wrap(seed.deserialize(de)).map(Some)
            }
            None => Ok(None),
        }
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.items.len())
    }
}

pub(super) struct MapAcc<'a, 'c> {
    pub(super) entries: std::slice::Iter<'a, Entry>,
    pub(super) value: Option<&'a Entry>,
    pub(super) de: NodeDe<'a, 'c>,
}

impl<'de> de::MapAccess<'de> for MapAcc<'de, '_> {
    type Error = DeError;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, DeError> {
        match self.entries.next() {
            Some(entry) => {
                self.value = Some(entry);
                let de = self.de.at(&entry.key, None);
                de.wrap(seed.deserialize(de)).map(Some)
            }
            None => Ok(None),
        }
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, DeError> {
        let Some(entry) = self.value.take() else {
            return Err(self.de.record(DeError::new("a value came before its key")));
        };
        let de = self.de.at(&entry.value, Some(&entry.key));
        de.wrap(seed.deserialize(de))
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.entries.len())
    }
}

pub(super) struct EnumAcc<'a, 'c> {
    pub(super) variant: NodeDe<'a, 'c>,
    pub(super) value: Option<NodeDe<'a, 'c>>,
}

impl<'de> de::EnumAccess<'de> for EnumAcc<'de, '_> {
    type Error = DeError;
    type Variant = Self;

    fn variant_seed<V: DeserializeSeed<'de>>(self, seed: V) -> Result<(V::Value, Self), DeError> {
        let v = self.variant.wrap(seed.deserialize(self.variant))?;
        Ok((v, self))
    }
}

impl<'de> de::VariantAccess<'de> for EnumAcc<'de, '_> {
    type Error = DeError;

    fn unit_variant(self) -> Result<(), DeError> {
        match self.value {
            None => Ok(()),
            Some(v) => Err(v.record(DeError::new("this choice takes no value"))),
        }
    }

    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, seed: T) -> Result<T::Value, DeError> {
        match self.value {
            Some(v) => v.wrap(seed.deserialize(v)),
            None => Err(self
                .variant
                .record(DeError::new("this choice needs a value"))),
        }
    }

    fn tuple_variant<V: Visitor<'de>>(self, _len: usize, visitor: V) -> Result<V::Value, DeError> {
        match self.value {
            Some(v) => v.deserialize_seq(visitor),
            None => Err(self
                .variant
                .record(DeError::new("this choice needs a list"))),
        }
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, DeError> {
        match self.value {
            Some(v) => v.deserialize_struct("", fields, visitor),
            None => Err(self
                .variant
                .record(DeError::new("this choice needs a mapping"))),
        }
    }
}

/// Hands [`super::Spanned`] its eight position numbers, then its value.
pub(super) struct SpannedAcc<'a, 'c> {
    pub(super) numbers: Option<[u32; 8]>,
    pub(super) de: Option<NodeDe<'a, 'c>>,
}

impl<'de> de::SeqAccess<'de> for SpannedAcc<'de, '_> {
    type Error = DeError;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, DeError> {
        if let Some(numbers) = self.numbers.take() {
            let seq = de::value::SeqDeserializer::<_, DeError>::new(numbers.into_iter());
            return seed.deserialize(seq).map(Some);
        }
        match self.de.take() {
            Some(de) => seed.deserialize(de).map(Some),
            None => Ok(None),
        }
    }
}
