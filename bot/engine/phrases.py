"""Find many multi-word phrases in a token list in one pass (indexed by first token)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from bot.engine.text import Phrase

T = TypeVar("T")


@dataclass(frozen=True)
class Hit(Generic[T]):
    start: int
    end: int
    value: T

    def covers(self, index: int) -> bool:
        return self.start <= index < self.end


class PhraseIndex(Generic[T]):
    def __init__(self, entries: Iterable[tuple[Phrase, T]]) -> None:
        by_first: dict[str, list[tuple[Phrase, T]]] = defaultdict(list)
        for phrase, value in entries:
            if phrase:
                by_first[phrase[0]].append((phrase, value))
        for bucket in by_first.values():
            bucket.sort(key=lambda entry: -len(entry[0]))
        self._by_first = dict(by_first)

    def scan(self, tokens: Sequence[str]) -> list[Hit[T]]:
        """Every phrase occurrence, overlapping ones included."""
        hits: list[Hit[T]] = []
        for i, token in enumerate(tokens):
            for phrase, value in self._by_first.get(token, ()):
                end = i + len(phrase)
                if end <= len(tokens) and (len(phrase) == 1 or tuple(tokens[i:end]) == phrase):
                    hits.append(Hit(i, end, value))
        return hits

    def longest_at(self, tokens: Sequence[str], i: int) -> Hit[T] | None:
        for phrase, value in self._by_first.get(tokens[i], ()):
            end = i + len(phrase)
            if end <= len(tokens) and (len(phrase) == 1 or tuple(tokens[i:end]) == phrase):
                return Hit(i, end, value)
        return None
