//! The short reference the officer quotes ("SPO-7KX4-M9QA") and the submission id
//! (a UUID v4) the receiver uses to drop duplicate retries. Both are made in the
//! browser from `crypto.getRandomValues` bytes, so no server is needed.
use std::fmt;

/// The characters a reference uses: digits and capitals without those that are misread
/// when spoken, handwritten or typed: 0 and O, 1 and I and L, and U and V (which run
/// together in handwriting). 29 characters.
pub const REFERENCE_ALPHABET: &[u8; 29] = b"23456789ABCDEFGHJKMNPQRSTWXYZ";

/// Number of random characters in a reference (29^8, about 500 billion possibilities).
pub const REFERENCE_CHARS: usize = 8;

/// A human reference like `SPO-7KX4-M9QA`: "SPO-", four characters, "-", four characters.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Reference(String);

impl Reference {
    /// Makes a reference from random bytes (pass 16 from `crypto.getRandomValues`).
    ///
    /// Each character takes one byte. Bytes of 232 or more are skipped so every
    /// character is equally likely (232 = 8 × 29); if the bytes run out first, the
    /// skipped bytes are used anyway (slightly uneven), and if there are fewer than 8
    /// bytes in all, the missing ones count as zero. The result is always valid.
    pub fn from_random_bytes(bytes: &[u8]) -> Reference {
        let limit = (256 / REFERENCE_ALPHABET.len() * REFERENCE_ALPHABET.len()) as u8;
        let (even, skipped): (Vec<u8>, Vec<u8>) = bytes.iter().partition(|b| **b < limit);
        let chosen = even.into_iter().chain(skipped).chain(std::iter::repeat(0)).take(REFERENCE_CHARS);
        let chars: String = chosen.map(|b| REFERENCE_ALPHABET[b as usize % REFERENCE_ALPHABET.len()] as char).collect();
        Reference(format!("SPO-{}-{}", &chars[..4], &chars[4..]))
    }

    /// Reads a reference as an officer might type it: spaces around it and lower case
    /// are forgiven; anything else must be exact.
    pub fn parse(text: &str) -> Option<Reference> {
        let upper = text.trim().to_ascii_uppercase();
        is_valid_reference(&upper).then_some(Reference(upper))
    }

    /// The reference as shown: `SPO-7KX4-M9QA`.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Reference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Whether `text` is exactly a reference: `SPO-XXXX-XXXX` from [`REFERENCE_ALPHABET`].
pub fn is_valid_reference(text: &str) -> bool {
    let Some(rest) = text.strip_prefix("SPO-") else { return false };
    let b = rest.as_bytes();
    let in_alphabet = |c: &u8| REFERENCE_ALPHABET.contains(c);
    b.len() == 9 && b[4] == b'-' && b[..4].iter().all(in_alphabet) && b[5..].iter().all(in_alphabet)
}

/// A submission id: a random (version 4) UUID in lower case, e.g.
/// `3f2b8c1e-9d4a-4e7b-8a6f-0c5d2e1b7a93`. Sent again on every retry of the same
/// submission so the receiver can drop duplicates.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct SubmissionId(String);

impl SubmissionId {
    /// Makes a UUID v4 from 16 random bytes, setting the version (4) and variant (RFC
    /// 4122) bits. Missing bytes count as zero.
    pub fn from_random_bytes(bytes: &[u8]) -> SubmissionId {
        let mut b = [0u8; 16];
        for (slot, byte) in b.iter_mut().zip(bytes) {
            *slot = *byte;
        }
        b[6] = (b[6] & 0x0f) | 0x40;
        b[8] = (b[8] & 0x3f) | 0x80;
        let hex: String = b.iter().map(|x| format!("{x:02x}")).collect();
        SubmissionId(format!("{}-{}-{}-{}-{}", &hex[..8], &hex[8..12], &hex[12..16], &hex[16..20], &hex[20..]))
    }

    /// Reads a UUID v4 in either case, giving it in lower case.
    pub fn parse(text: &str) -> Option<SubmissionId> {
        let lower = text.trim().to_ascii_lowercase();
        is_valid_uuid_v4(&lower).then_some(SubmissionId(lower))
    }

    /// The id as sent.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for SubmissionId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Whether `text` is a UUID (8-4-4-4-12 hex digits, either case) of version 4 with the
/// RFC 4122 variant, as [`SubmissionId::from_random_bytes`] makes.
pub fn is_valid_uuid_v4(text: &str) -> bool {
    let b = text.as_bytes();
    let hyphens = [8, 13, 18, 23];
    let shape = b.len() == 36
        && b.iter().enumerate().all(|(i, c)| if hyphens.contains(&i) { *c == b'-' } else { c.is_ascii_hexdigit() });
    shape && b[14] == b'4' && matches!(b[19].to_ascii_lowercase(), b'8' | b'9' | b'a' | b'b')
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small deterministic generator so the tests cover many byte patterns.
    fn bytes(seed: u64, n: usize) -> Vec<u8> {
        let mut x = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        (0..n)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                (x >> 24) as u8
            })
            .collect()
    }

    #[test]
    fn references_never_contain_ambiguous_characters() {
        for seed in 0..20_000 {
            let r = Reference::from_random_bytes(&bytes(seed, 16));
            assert!(is_valid_reference(r.as_str()), "{r}");
            assert!(!r.as_str()[4..].chars().any(|c| "0O1ILUV".contains(c)), "{r}");
        }
        for b in 0..=255u8 {
            let r = Reference::from_random_bytes(&[b; 16]);
            assert!(is_valid_reference(r.as_str()), "{r}");
        }
    }

    #[test]
    fn the_alphabet_has_no_ambiguous_or_repeated_characters() {
        assert!(!REFERENCE_ALPHABET.iter().any(|c| b"0O1ILUV".contains(c)));
        let mut sorted = REFERENCE_ALPHABET.to_vec();
        sorted.dedup();
        assert_eq!(sorted.len(), 29);
    }

    #[test]
    fn references_look_like_the_example() {
        let r = Reference::from_random_bytes(&[0, 1, 2, 3, 4, 5, 6, 7]);
        assert_eq!(r.as_str(), "SPO-2345-6789");
        assert_eq!(Reference::from_random_bytes(&[]).as_str(), "SPO-2222-2222");
        // A byte of 232 or more is skipped while others remain.
        assert_eq!(Reference::from_random_bytes(&[255, 0, 1, 2, 3, 4, 5, 6, 7]).as_str(), "SPO-2345-6789");
    }

    #[test]
    fn references_are_checked_exactly_and_parsed_kindly() {
        assert!(is_valid_reference("SPO-7KX4-M9QA"));
        for bad in
            ["", "SPO-7KX4M9QA", "spo-7kx4-m9qa", "SPO-7KX4-M9Q0", "SPO-7KX4-M9QAX", "SPO-7KX4_M9QA", "SPO-7KX4-M9QÉ"]
        {
            assert!(!is_valid_reference(bad), "{bad}");
        }
        assert_eq!(Reference::parse(" spo-7kx4-m9qa ").map(|r| r.to_string()), Some("SPO-7KX4-M9QA".to_string()));
        assert_eq!(Reference::parse("SPO-0000-0000"), None);
    }

    #[test]
    fn submission_ids_are_version_4_uuids() {
        for seed in 0..2_000 {
            let id = SubmissionId::from_random_bytes(&bytes(seed, 16));
            assert!(is_valid_uuid_v4(id.as_str()), "{id}");
        }
        assert_eq!(SubmissionId::from_random_bytes(&[0xff; 16]).as_str(), "ffffffff-ffff-4fff-bfff-ffffffffffff");
        assert_eq!(SubmissionId::from_random_bytes(&[]).as_str(), "00000000-0000-4000-8000-000000000000");
    }

    #[test]
    fn uuids_are_validated() {
        assert!(is_valid_uuid_v4("3f2b8c1e-9d4a-4e7b-8a6f-0c5d2e1b7a93"));
        assert!(is_valid_uuid_v4("3F2B8C1E-9D4A-4E7B-8A6F-0C5D2E1B7A93"));
        for bad in [
            "",
            "3f2b8c1e9d4a4e7b8a6f0c5d2e1b7a93",
            "3f2b8c1e-9d4a-1e7b-8a6f-0c5d2e1b7a93",
            "3f2b8c1e-9d4a-4e7b-7a6f-0c5d2e1b7a93",
            "3f2b8c1e-9d4a-4e7b-8a6f-0c5d2e1b7a9g",
            "{3f2b8c1e-9d4a-4e7b-8a6f-0c5d2e1b7a93}",
        ] {
            assert!(!is_valid_uuid_v4(bad), "{bad}");
        }
        assert_eq!(
            SubmissionId::parse("3F2B8C1E-9D4A-4E7B-8A6F-0C5D2E1B7A93").map(|s| s.to_string()),
            Some("3f2b8c1e-9d4a-4e7b-8a6f-0c5d2e1b7a93".to_string())
        );
    }
}
