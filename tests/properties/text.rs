//! Generated text: anything at all (control characters, bidi overrides, emoji, huge
//! pastes), names in many scripts, and answers the form must accept.
use proptest::collection::vec;
use proptest::prelude::*;
use proptest::sample::select;

/// Characters that have broken text handling somewhere: controls, bidi and zero-width
/// formatting, combining marks, emoji, quotes and markup, odd spaces and the extremes.
pub const AWKWARD: &[char] = &[
    '\0', '\t', '\n', '\r', '\u{7}', '\u{1b}', '\u{7f}', '\u{85}', '\u{2028}', '\u{2029}', '\u{202A}', '\u{202E}',
    '\u{2066}', '\u{2069}', '\u{200B}', '\u{200C}', '\u{200D}', '\u{200E}', '\u{FEFF}', '\u{AD}', '\u{301}', '\u{308}',
    '\u{A0}', '\u{3000}', '\u{FFFD}', '\u{10FFFF}', '\u{E0041}', '😀', '👩', '🏴', 'é', 'ß', 'İ', 'ﬁ', 'Ω', 'م', 'ש',
    '中', '한', 'क', '्', '"', '\'', '\\', '<', '>', '&', '/', ' ', ',', '.', '-', '{', '}', '[', ']', ':', 'a', 'Z', '0',
    '9',
];

/// Letters from many scripts, as officers type names and evidence.
pub const LETTERS: &[char] = &[
    'a', 'b', 'c', 'd', 'e', 'k', 'm', 'n', 'o', 'r', 's', 't', 'y', 'z', 'A', 'J', 'M', 'O', 'S', 'Z', 'é', 'è', 'ë',
    'ñ', 'ø', 'å', 'ç', 'ł', 'ß', 'þ', 'ð', 'ā', 'ő', 'ŵ', 'ŷ', 'Ł', 'Ö', 'Ø', 'Ç', 'Ÿ', 'α', 'β', 'Ω', 'λ', 'ώ', 'Ж', 'и',
    'щ', 'ї', 'ґ', 'Я', 'م', 'ح', 'د', 'ع', 'ب', 'ש', 'ל', 'ו', 'ם', 'א', '王', '明', '李', '花', 'の', 'さ', 'ト', '김',
    '민', '준', 'क', 'ष', 'म', 'ा', 'ि', 'ग', 'ु', 'ท', 'ย', 'ა', 'ბ', 'Ա', 'ի',
];

/// What may sit inside a name besides letters: joins, apostrophes and combining marks
/// (a name typed in NFD has "e" + U+0308 for "ë").
const NAME_JOINS: &[&str] = &[" ", "-", "'", "\u{2019}", " ", "\u{301}", "\u{308}", "\u{200C}", ". "];

/// Anything short: mostly strings of [`AWKWARD`] characters, some arbitrary Unicode.
pub fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => vec(select(AWKWARD), 0..40).prop_map(|cs| cs.into_iter().collect::<String>()),
        2 => any::<String>(),
    ]
}

/// Anything, now and then a paste of up to 1.1 million characters: for typed answers.
pub fn any_answer() -> impl Strategy<Value = String> {
    prop_oneof![40 => any_text(), 1 => huge_text()]
}

/// A long paste: some awkward text, then one character repeated up to 1.1 million times.
pub fn huge_text() -> impl Strategy<Value = String> {
    (vec(select(AWKWARD), 0..10), select(&['a', 'é', '中', '😀', ' ', '\n'][..]), 0usize..1_100_000).prop_map(
        |(start, c, n)| {
            let mut s: String = start.into_iter().collect();
            s.extend(std::iter::repeat_n(c, n));
            s
        },
    )
}

/// A name in any script: one to four words of letters, joined by spaces, hyphens or
/// apostrophes, with combining accents. At most 80 characters, never blank.
pub fn name() -> impl Strategy<Value = String> {
    let word = vec(select(LETTERS), 1..12).prop_map(|cs| cs.into_iter().collect::<String>());
    (word.clone(), vec((select(NAME_JOINS), word), 0..4)).prop_map(|(first, rest)| {
        let mut s = first;
        for (join, word) in rest {
            s.push_str(join);
            s.push_str(&word);
        }
        s
    })
}

/// Text the form accepts in a field that allows `max` characters: letters from many
/// scripts, digits, punctuation, emoji and spaces (and line breaks and tabs when
/// `multiline`), starting and ending with a letter, `min` to `max` characters long.
/// Often short; sometimes right at the limit. The characters come from a seed rather
/// than one strategy each: thousands of per-character value trees made generation the
/// slowest part of the run, and these texts are meant to pass, not to be shrunk.
pub fn valid_text(min: usize, max: usize, multiline: bool) -> impl Strategy<Value = String> {
    let min = min.max(2);
    let len = prop_oneof![4 => min..=max.min(min + 60), 1 => max.saturating_sub(5).max(min)..=max];
    let mut inner: Vec<char> = LETTERS.to_vec();
    inner.extend([' ', ' ', ' ', ',', '.', '\'', '"', '-', '(', ')', '/', '0', '7', '£', '&', '😀', '\u{301}', '\u{A0}']);
    if multiline {
        inner.extend(['\n', '\n', '\t', '\r']);
    }
    (len, any::<u64>()).prop_map(move |(len, seed)| {
        let mut state = seed | 1;
        let mut next = |pool: &[char]| {
            // xorshift64: cheap, and the same seed always gives the same text.
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            pool[(state % pool.len() as u64) as usize]
        };
        let mut s = String::with_capacity(len * 2);
        s.push(next(LETTERS));
        for _ in 2..len {
            s.push(next(&inner));
        }
        s.push(next(LETTERS));
        s
    })
}

/// Whether the form should accept `text` as a typed answer with this limit: not blank,
/// no control or hidden formatting characters, not too long. An independent statement
/// of the rule in `fields.rs`, for the validators to be checked against.
pub fn acceptable(text: &str, max: usize, multiline: bool) -> bool {
    let hidden = |c: char| {
        matches!(c, '\u{AD}' | '\u{61C}' | '\u{200B}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}' | '\u{FFF9}'..='\u{FFFB}' | '\u{E0001}')
    };
    let bad = |c: char| (c.is_control() && !(multiline && matches!(c, '\n' | '\r' | '\t'))) || hidden(c);
    !text.trim().is_empty() && !text.chars().any(bad) && text.chars().count() <= max
}
