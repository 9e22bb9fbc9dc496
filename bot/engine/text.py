"""Turn patient text into comparable word stems: lower-case, apostrophes dropped, light stemming.

Both the knowledge base and the patient's message go through the same functions, so the stems only
have to be consistent, not linguistically perfect.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u00b4": "'", "\u02bc": "'"})
_WORD = re.compile(r"[a-z]+|\d+")
# (a point between digits is a decimal one, no break: "retinol 0.5% in squalane", "a temp of 38.4")
_SENTENCE_BREAK = re.compile(r"((?:[?!;:,\n()\[\]/\\|\u2026\u2014\u2013]|(?<!\d)\.|\.(?!\d))+|\s-\s)")
_SENTENCE_END = re.compile(r"[?!.;\n\u2026]")
# Suffix, replacement, shortest stem that may remain. First match wins.
_SUFFIXES: tuple[tuple[str, str, int], ...] = (
    ("iness", "", 3), ("ness", "", 3), ("ies", "", 3), ("ing", "", 3), ("ed", "", 3),
    ("ly", "", 3), ("s", "", 3), ("y", "", 3),
)
_KEEP_ENDINGS = ("ss", "us", "is")
# Words the suffix rules would turn into another word's stem: being scared is no scar, a heaving chest no heavy one,
# chills (a fever's) no chill ("its chill now", "just chill"), nor is being chilled.
_IRREGULAR = {**{w: "scare" for w in ("scare", "scared", "scares", "scaring", "scary", "scarey")},
              **{w: "heave" for w in ("heave", "heaved", "heaves", "heaving")},
              "chills": "chills", "chilled": "chilled"}
Phrase = tuple[str, ...]


_SHE_WOULD = re.compile(r"\bshe'd\b")
# a comma or semicolon typed for an apostrophe: "can,t breath" is "cant breath", not "can" and "t"
_MISTYPED_APOSTROPHE = re.compile(
    r"\b(can|don|won|isn|aren|didn|doesn|wasn|weren|couldn|shouldn|wouldn|haven|hasn|hadn|ain)[,;](t)\b"
    r"|\b(i)[,;](m|ve|ll)\b|\b(it|that|there|what)[,;](s)\b")
_DRAWN_OUT = re.compile(r"([a-z])\1{2,}")  # "hiii", "sooo swollen", "pleeease"
# "w/o sunscreen", "w/ spf": the slash would break the words apart (and the clause with them)
_WITHOUT = re.compile(r"\bw/o(?:ut)?\b")
_WITH = re.compile(r"\bw/(?=\s|$)")
# a word spelled out a letter at a time, with one mark between the letters ("c a n t  b r e a t h e", "p.a.i.n"): its
# letters are the word (three or more, so "a b" or "C E Ferulic" stay as they are)
_SPELLED_OUT = re.compile(r"\b[a-z]([ .*_-])[a-z](?:\1[a-z])+\b")


def normalize(text: str) -> str:
    """Lower case, plain apostrophes, and Latin letters without their accents: "schön" is one word, not "sch n"."""
    text = unicodedata.normalize("NFKC", text).lower().translate(_APOSTROPHES)
    if not text.isascii():
        text = unicodedata.normalize("NFC", "".join(
            c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)))
    if "she'd" in text:  # without its apostrophe, "she'd" would be "shed" (skin shedding)
        text = _SHE_WOULD.sub("she would", text)
    if "w/" in text:
        text = _WITH.sub("with", _WITHOUT.sub("without", text))
    text = _SPELLED_OUT.sub(lambda m: m.group(0).replace(m.group(1), ""), text)
    if "," in text or ";" in text:
        text = _MISTYPED_APOSTROPHE.sub(lambda m: "".join(g for g in m.groups() if g), text)
    return _DRAWN_OUT.sub(r"\1", text.replace("'", ""))


def words(text: str) -> list[str]:
    return list(_words(text))


@lru_cache(maxsize=65536)
def _words(text: str) -> tuple[str, ...]:
    """A text's words, once per text: the knowledge base reads many of its phrases several times."""
    return tuple(_WORD.findall(normalize(text)))


def normalized_words(text: str) -> list[str]:
    """The words of text that `normalize` already went through (a `TextPiece`'s)."""
    return _WORD.findall(text)


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    if len(word) <= 3 or word.isdigit():
        return word
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if word.endswith("ings") and not word.endswith("things") and len(word) > 6:  # "the burning's worse", "mornings"
        return stem(word[:-1])
    for suffix, replacement, min_stem in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= min_stem:
            if (suffix == "s" and word.endswith(_KEEP_ENDINGS)) or (suffix == "ed" and word.endswith("eed")):
                continue
            word = word[: -len(suffix)] + replacement
            break
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "aeioulsz":
        word = word[:-1]
    if len(word) > 4 and word.endswith("e"):
        word = word[:-1]
    return word


@lru_cache(maxsize=65536)
def phrase(text: str) -> Phrase:
    """The stems of a knowledge-base phrase, as the matcher looks them up."""
    return tuple(stem(w) for w in words(text))


def phrases(texts: Iterable[str]) -> set[Phrase]:
    return {p for p in (phrase(t) for t in texts) if p}


def stems(texts: Iterable[str]) -> frozenset[str]:
    """Every word of the phrases, stemmed: for word lists read one word at a time."""
    return frozenset(w for p in phrases(texts) for w in p)


@dataclass(frozen=True)
class TextPiece:
    """A stretch of text between punctuation marks, and what the mark after it says."""

    text: str
    question: bool  # a question mark ends it
    ends_sentence: bool  # a full stop, question or exclamation mark, semicolon or line break ends it


def pieces(text: str) -> list[TextPiece]:
    parts = _SENTENCE_BREAK.split(normalize(text))
    found = []
    for i in range(0, len(parts), 2):
        mark = parts[i + 1] if i + 1 < len(parts) else "."
        if parts[i].strip():
            found.append(TextPiece(parts[i], "?" in mark, bool(_SENTENCE_END.search(mark))))
        elif found and _SENTENCE_END.search(mark):
            found[-1] = TextPiece(found[-1].text, found[-1].question or "?" in mark, True)
    return found


def clear_caches() -> None:
    """Forget every word read so far (benchmarks load the knowledge base from cold)."""
    for cached in (stem, phrase, _words):
        cached.cache_clear()
