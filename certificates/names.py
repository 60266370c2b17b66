"""Comparing personal names across scripts, for certificate verification.

A verifier types the holder's name as they read it: from a passport in
Latin letters, from an order in Cyrillic, with or without diacritics, in any
case, surname first or last. `name_normalise` turns any of these spellings
into one key, so that "Мерген Аннаев", "MERGEN  ANNAYEV" and "Annayev Mergen"
give the same key and a check compares keys, never raw text. Pure Python;
no Django.

The steps, in order (each is the same for the stored and the typed name):

1. Unicode NFC and lower case.
2. Letters of the Cyrillic alphabets of Russian, Kazakh, Tajik and
   Uzbek (and the Cyrillic spellings of Turkmen and Azerbaijani names) and
   the special Latin letters of Uzbek, Turkmen and Azerbaijani become plain
   Latin letters (`_LETTERS`); apostrophes and modifier letters (the ʻ of
   Uzbek oʻ and gʻ, the hard and soft signs) disappear.
3. Spellings that transliteration systems disagree on are folded to one
   (`_FOLDS`): kh, x and h; zh, dzh, dj and j; sh, shch and s; ch, ts and c;
   gh and g; q and k; w and v; ye, yo, yu, ya (and ie, io, iu, ia) and the
   bare vowel; y and i.
4. Doubled letters become single ones (Аннаев, Annaev, Anaev).
5. Anything that is not a Latin letter separates words; the words are sorted,
   so the order of given name and surname does not matter.

The key is deliberately lossy: it only has to tell whether two spellings
name the same person, and it never leaves the server except as a salted hash
(see `certificates.signing`).
"""

import re
import unicodedata

# Step 2: one letter, one Latin spelling. Cyrillic letters are spelled the
# way most passports of the region spell them; the folds of step 3 then
# absorb the other common systems.
_LETTERS = {
    # Russian
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "д": "d",
    "е": "e",
    "ё": "yo",
    "ж": "zh",
    "з": "z",
    "и": "i",
    "й": "y",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ф": "f",
    "х": "kh",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "shch",
    "ъ": "",
    "ы": "y",
    "ь": "",
    "э": "e",
    "ю": "yu",
    "я": "ya",
    # Kazakh
    "ә": "a",
    "ғ": "gh",
    "қ": "q",
    "ң": "ng",
    "ө": "o",
    "ұ": "u",
    "ү": "u",
    "һ": "h",
    "і": "i",
    # Tajik
    "ӣ": "i",
    "ӯ": "u",
    "ҳ": "h",
    "ҷ": "j",
    # Uzbek Cyrillic
    "ў": "o",
    # Turkmen Cyrillic
    "җ": "j",
    # Azerbaijani Cyrillic (historic)
    "ҹ": "j",
    "ҝ": "g",
    "ј": "y",
    # Latin letters of Turkmen, Azerbaijani and Uzbek
    "ä": "a",
    "ə": "a",
    "ç": "ch",
    "ş": "sh",
    "ğ": "gh",
    "ı": "i",
    "ň": "ng",
    "ñ": "ng",
    "ö": "o",
    "ü": "u",
    "ý": "y",
    "ž": "zh",
    "é": "e",
    # Apostrophes and modifier letters (Uzbek oʻ, gʻ; tutuq belgisi ʼ)
    "ʻ": "",
    "ʼ": "",
    "'": "",
    "‘": "",
    "’": "",
    "`": "",
    "´": "",
}

# Step 3, applied in this order.
_FOLDS = (
    ("dzh", "j"),
    ("shch", "s"),
    ("sch", "s"),
    ("zh", "j"),
    ("dj", "j"),
    ("kh", "h"),
    ("x", "h"),
    ("sh", "s"),
    ("ch", "c"),
    ("ts", "c"),
    ("gh", "g"),
    ("ng", "n"),
    ("ph", "f"),
    ("q", "k"),
    ("w", "v"),
    ("ye", "e"),
    ("yo", "o"),
    ("yu", "u"),
    ("ya", "a"),
    ("ie", "e"),
    ("io", "o"),
    ("iu", "u"),
    ("ia", "a"),
    ("y", "i"),
)

_NOT_LETTER = re.compile(r"[^a-z]+")
_DOUBLED = re.compile(r"(.)\1+")

MAX_LENGTH = 200


def _word_key(word: str) -> str:
    for spelled, folded in _FOLDS:
        word = word.replace(spelled, folded)
    return _DOUBLED.sub(r"\1", word)


def name_latin(text: str) -> str:
    """`text` in plain lower-case Latin letters (steps 1 and 2), other
    characters kept; what the initials are taken from."""
    text = unicodedata.normalize("NFC", text[:MAX_LENGTH]).lower()
    text = "".join(_LETTERS.get(ch, ch) for ch in text)
    # Any accent left (é, à, ...) goes with its letter's base.
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def name_normalise(text: str) -> str:
    """The comparison key of a personal name (see the module's docstring);
    empty when the text holds no letter."""
    words = [_word_key(word) for word in _NOT_LETTER.split(name_latin(text)) if word]
    return " ".join(sorted(word for word in words if word))


def names_match(typed: str, stored: str) -> bool:
    """Whether a typed name and the name on a certificate are the same name
    under `name_normalise`; an empty typed name never matches."""
    key = name_normalise(typed)
    return bool(key) and key == name_normalise(stored)


def name_initials(text: str) -> str:
    """The initials of a name in its own script, each upper case and followed
    by a full stop: "М. А." for "Мерген Аннаев", "M. A." for "Mergen Annayev"."""
    words = [word for word in re.split(r"[\s\-]+", text.strip()) if word]
    initials = []
    for word in words:
        letter = next((ch for ch in word if ch.isalpha()), "")
        if letter:
            initials.append(f"{letter.upper()}.")
    return " ".join(initials)
