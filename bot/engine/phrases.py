"""Find many multi-word phrases in a token list in one pass (indexed by first token)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Generic, NamedTuple, TypeVar

from bot.engine.text import Phrase

T = TypeVar("T")


class Hit(NamedTuple, Generic[T]):
    """Where a phrase was found (a tuple: many are made for every message)."""

    start: int
    end: int
    value: T

    def covers(self, index: int) -> bool:
        return self.start <= index < self.end


class PhraseIndex(Generic[T]):
    def __init__(self, entries: Iterable[tuple[Phrase, T]]) -> None:
        by_first: dict[str, list[tuple[list[str], int, T]]] = defaultdict(list)
        for phrase, value in entries:
            if phrase:
                by_first[phrase[0]].append((list(phrase[1:]), len(phrase), value))
        for bucket in by_first.values():
            bucket.sort(key=lambda entry: -entry[1])
        self._by_first = dict(by_first)

    def scan(self, tokens: Sequence[str]) -> list[Hit[T]]:
        """Every phrase occurrence, overlapping ones included."""
        by_first = self._by_first
        words = list(tokens)
        n = len(words)
        hits: list[Hit[T]] = []
        for i, token in enumerate(words):
            bucket = by_first.get(token)
            if bucket is None:
                continue
            for rest, size, value in bucket:
                end = i + size
                if size == 1 or (end <= n and words[i + 1 : end] == rest):
                    hits.append(Hit(i, end, value))
        return hits

    def longest_at(self, tokens: Sequence[str], i: int) -> Hit[T] | None:
        n = len(tokens)
        for rest, size, value in self._by_first.get(tokens[i], ()):
            end = i + size
            if size == 1 or (end <= n and list(tokens[i + 1 : end]) == rest):
                return Hit(i, end, value)
        return None


def by_kind(hits: Iterable[Hit[tuple[str, T]]]) -> defaultdict[str, list[Hit[T]]]:
    """Hits of an index whose values are (kind, value) pairs, grouped by kind, each with its own value: one
    scan of a message serves many word lists."""
    found: defaultdict[str, list[Hit[T]]] = defaultdict(list)
    for hit in hits:
        kind, value = hit.value
        found[kind].append(Hit(hit.start, hit.end, value))
    return found
