"""Editor links and hints: a brief named by id or title, small differences allowed."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from difflib import SequenceMatcher

from ..text.normalize import normalize
from ..text.segment import tokenize
from .records import Document, Related, Unmatched

# A hint matches a brief whose normalised title is at least this close.
_TITLE_MATCH = 0.85
# Titles compared in full with a hint: those sharing the most words with it.
_TITLE_CANDIDATES = 8


def title_key(title: str) -> str:
    """Return ``title`` folded for matching: normalised tokens joined by spaces."""
    return " ".join(tokenize(normalize(title)))


class TitleIndex:
    """Find a document by id, by title, or by a title with small differences."""

    def __init__(self, documents: Sequence[Document]) -> None:
        self._ids = {doc.id: index for index, doc in enumerate(documents)}
        self._keys = [title_key(doc.title) for doc in documents]
        self._exact: dict[str, int] = {}
        self._postings: dict[str, list[int]] = defaultdict(list)
        for index, key in enumerate(self._keys):
            self._exact.setdefault(key, index)
            for token in set(key.split()):
                self._postings[token].append(index)

    def find(self, name: str, *, exclude: int | None = None) -> int | None:
        """Return the index of the brief named by ``name`` (id or title), or None."""
        index = self._ids.get(name.strip())
        if index is not None and index != exclude:
            return index
        key = title_key(name)
        if not key:
            return None
        index = self._exact.get(key)
        if index is not None and index != exclude:
            return index
        return self._closest(key, exclude)

    def _closest(self, key: str, exclude: int | None) -> int | None:
        overlap: dict[int, int] = defaultdict(int)
        for token in set(key.split()):
            for index in self._postings.get(token, ()):
                overlap[index] += 1
        overlap.pop(exclude, None)  # type: ignore[arg-type]
        ranked = sorted(overlap, key=lambda index: (-overlap[index], index))
        best, best_ratio = None, 0.0
        for index in ranked[:_TITLE_CANDIDATES]:
            ratio = SequenceMatcher(
                None, key, self._keys[index], autojunk=False
            ).ratio()
            if ratio > best_ratio:
                best, best_ratio = index, ratio
        return best if best_ratio >= _TITLE_MATCH else None


def named_links(
    docs: Sequence[Document], titles: TitleIndex
) -> tuple[list[list[Related]], list[Unmatched]]:
    """Return every brief's editor links, then hints, and the names matching none."""
    linked: list[list[Related]] = []
    unmatched: list[Unmatched] = []
    for index, doc in enumerate(docs):
        links: list[Related] = []
        for source, names in (("editor", doc.editor), ("hint", doc.hints)):
            for name in names:
                found = titles.find(name, exclude=index)
                if found is None:
                    unmatched.append(Unmatched(doc.id, name, source))
                else:
                    links.append(Related(docs[found].id, 1.0, source))
        linked.append(links)
    return linked, unmatched
