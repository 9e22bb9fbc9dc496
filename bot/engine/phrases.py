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
    """A token trie: each position of a message is walked only as deep as some phrase goes, however many
    phrases share its first word."""

    def __init__(self, entries: Iterable[tuple[Phrase, T]]) -> None:
        root: _Node[T] = _Node()
        for phrase, value in entries:
            if phrase:
                node = root
                for token in phrase:
                    node = node.children.setdefault(token, _Node())
                node.values.append(value)
        self._root = root

    def scan(self, tokens: Sequence[str]) -> list[Hit[T]]:
        """Every phrase occurrence, overlapping ones included; at one start, longest first."""
        children = self._root.children
        n = len(tokens)
        hits: list[Hit[T]] = []
        for i in range(n):
            node = children.get(tokens[i])
            if node is None:
                continue
            found: list[Hit[T]] = []
            end = i + 1
            while True:
                if node.values:
                    found[:0] = [Hit(i, end, value) for value in node.values]
                if end == n or not node.children:
                    break
                node = node.children.get(tokens[end])  # type: ignore[assignment]
                if node is None:
                    break
                end += 1
            hits += found
        return hits


class _Node(Generic[T]):
    __slots__ = ("children", "values")

    def __init__(self) -> None:
        self.children: dict[str, _Node[T]] = {}
        self.values: list[T] = []


def by_kind(hits: Iterable[Hit[tuple[str, T]]]) -> defaultdict[str, list[Hit[T]]]:
    """Hits of an index whose values are (kind, value) pairs, grouped by kind, each with its own value: one
    scan of a message serves many word lists."""
    found: defaultdict[str, list[Hit[T]]] = defaultdict(list)
    for hit in hits:
        kind, value = hit.value
        found[kind].append(Hit(hit.start, hit.end, value))
    return found
