"""Comparing place names across scripts and spellings, for duplicates and search.

The same town reaches the office as "Ашхабад" (Russian), "Ашгабат" (Turkmen Cyrillic),
"Aşgabat" (Turkmen Latin) and "Ashgabat" (English). Two levels of folding:

- `fold(text)`: case, spacing, punctuation and script: every letter becomes plain ASCII
  by one fixed transliteration ("Aşgabat" and "Ashgabat" both become "ashgabat"). Good for
  substring search; never merges words that are spelled differently.
- `name_key(text)`: a sound skeleton on top of that. Consonants that the transliterations
  of Russian, Ukrainian, Kazakh and Turkmen disagree on fall into one class (г/х/kh/g/h,
  д/t, б/p...), and every run of vowels becomes one mark, so "Ашхабад" ("ashkhabad") and
  "Ashgabat" share the key "aSKaPaT"-like skeleton. Used to warn about likely duplicates
  (a warning the clerk can dismiss, so a rare false match costs little) and to let a
  search for "ashg" find "Ашхабад".
"""

from __future__ import annotations

import re
import unicodedata

_CYRILLIC = {
    # Russian
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh",
    "з": "z", "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o",
    "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts",
    "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya",
    # Ukrainian
    "є": "ye", "і": "i", "ї": "yi", "ґ": "g",
    # Kazakh (and Turkmen Cyrillic, which shares ә ң ө ү and adds җ)
    "ә": "a", "ғ": "gh", "қ": "q", "ң": "n", "ө": "o", "ұ": "u", "ү": "u", "һ": "h",
    "җ": "j",
    # Belarusian
    "ў": "u",
}  # fmt: skip

_LATIN = {
    # Turkmen Latin
    "ä": "a", "ç": "ch", "ň": "n", "ö": "o", "ş": "sh", "ü": "u", "ý": "y", "ž": "zh",
    # Azerbaijani, Kazakh Latin, Uzbek, Romanian (Moldova) letters without a plain base
    "ə": "a", "ğ": "gh", "ı": "i", "ș": "sh", "ț": "ts", "ţ": "ts", "ñ": "n",
    "ß": "ss", "ʻ": "", "ʼ": "", "'": "", "’": "", "`": "",
}  # fmt: skip

_TABLE = str.maketrans({**_CYRILLIC, **_LATIN})
_NON_WORD = re.compile(r"[\W_]+")

# Longest first: "shch" before "sh", "kh" before "h".
_CLUSTERS = (
    ("shch", "S"),
    ("sch", "S"),
    ("tsh", "S"),
    ("sh", "S"),
    ("zh", "S"),
    ("ch", "S"),
    ("kh", "K"),
    ("gh", "K"),
    ("ts", "C"),
    ("tz", "C"),
    ("ph", "F"),
    ("th", "T"),
    ("dj", "S"),
    ("dzh", "S"),
)
_SINGLE = {
    "b": "P", "p": "P", "d": "T", "t": "T", "g": "K", "k": "K", "h": "K", "x": "K",
    "q": "K", "c": "C", "z": "Z", "s": "Z", "j": "S", "v": "F", "f": "F", "w": "F",
    "l": "L", "m": "M", "n": "N", "r": "R",
}  # fmt: skip
_VOWELS = frozenset("aeiouy")
_VOWEL_MARK = "a"

_TOKEN = re.compile("|".join(cluster for cluster, _mark in _CLUSTERS) + "|.", re.DOTALL)
"""A cluster where one starts (tried in _CLUSTERS' order, as the alternation is), else one
letter: a word is cut into its sounds by one regex scan instead of a `startswith` per
cluster per letter (885,000 calls for the 20,000 signatories' search index)."""
_SYMBOL = {**dict(_CLUSTERS), **_SINGLE, **dict.fromkeys(_VOWELS, _VOWEL_MARK)}


def fold(text: str) -> str:
    """Lower-case words separated by single spaces; punctuation and accents gone.

    Cyrillic and Turkmen letters become ASCII; other scripts (Georgian, Armenian) are kept
    as they are, so they stay searchable in their own script.
    """
    if not text:
        return ""
    lowered = text.lower().translate(_TABLE)
    if not lowered.isascii():
        decomposed = unicodedata.normalize("NFKD", lowered)
        lowered = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _NON_WORD.sub(" ", lowered).strip()


def _word_key(word: str) -> str:
    """Each sound's class, a run of one class written once."""
    out: list[str] = []
    last = ""
    for sound in _TOKEN.findall(word):
        symbol = _SYMBOL.get(sound, sound)
        if symbol != last:
            out.append(symbol)
            last = symbol
    return "".join(out)


def name_key(text: str) -> str:
    """The sound skeleton of a name: equal keys mean "probably the same place"."""
    return " ".join(_word_key(w) for w in fold(text).split())


def word_keys(text: str) -> str:
    """Keys of every word, each preceded by a space, for word-prefix search with `in`."""
    folded = fold(text)
    if not folded:
        return ""
    return "".join(" " + _word_key(w) for w in folded.split())


def same_name(a: str, b: str) -> bool:
    key = name_key(a)
    return bool(key) and key == name_key(b)
