"""What a raw line of an article is: site noise, a related-story hint, a headline.

Text copied from a news site brings the site with it: share and follow prompts,
copyright lines (boilerplate, dropped) and related-story links (``اقرأ أيضا: …``,
kept as ``RelatedHints``).  The lists live in ``mowjaz/data/*.txt``; a newsroom
adds its own through :meth:`NoiseRules.load`.  A line that is short and has no
final punctuation reads like a headline: the title, a subheading, or the story
title after a hint label.  Pure functions over one line; the importer's
``remove_noise`` and ``classify`` steps use them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from ..text.normalize import fold
from ..text.wordlists import read_word_list

# A line is headline-like (a title or a subheading) when it is this short.
HEADLINE_MAX_WORDS = 10
HEADLINE_MAX_CHARS = 100
# Share/follow prompts are short: a longer line starting the same way is text.
PROMPT_MAX_WORDS = 12

_FINAL_PUNCTUATION = frozenset(".!?:;,\u2026،؛؟")
_TRAILING_MARKS = "\u201d\u201c\"'\u2019\u00bb)]\u2033 "
_WORD = re.compile(r"[^\W_]")


@dataclass(frozen=True, slots=True)
class NoiseRules:
    """Site noise to drop and related-story labels to keep, as normalised keys."""

    hint_prefixes: frozenset[str]
    boilerplate_lines: frozenset[str]
    boilerplate_prefixes: tuple[str, ...]

    @classmethod
    def load(
        cls,
        extra_boilerplate_lines: Iterable[str] = (),
        extra_hint_prefixes: Iterable[str] = (),
    ) -> NoiseRules:
        """Read the packaged lists and add a newsroom's own entries to them."""
        return cls(
            hint_prefixes=frozenset(
                noise_key(entry)
                for entry in (
                    *read_list("related_hint_prefixes.txt"),
                    *extra_hint_prefixes,
                )
                if noise_key(entry)
            ),
            boilerplate_lines=frozenset(
                noise_key(entry)
                for entry in (
                    *read_list("boilerplate_lines.txt"),
                    *extra_boilerplate_lines,
                )
                if noise_key(entry)
            ),
            boilerplate_prefixes=tuple(
                key
                for key in map(noise_key, read_list("boilerplate_prefixes.txt"))
                if key
            ),
        )


@cache
def read_list(name: str) -> tuple[str, ...]:
    """Read a list from ``importer/data`` with the package's one list reader."""
    return tuple(read_word_list(name, __package__))


def noise_key(text: str) -> str:
    """Fold a line for noise matching: normalised, one space, no final colon."""
    return fold(text).rstrip(" :.\u2026\uff1a")


def noise_kind(text: str, rules: NoiseRules) -> tuple[str, str]:
    """Tell whether a line is a hint, a hint label, boilerplate, or text ("")."""
    head, colon, rest = text[:HEADLINE_MAX_CHARS].partition(":")
    if colon and noise_key(head) in rules.hint_prefixes:
        hint = (rest + text[HEADLINE_MAX_CHARS:]).strip()
        return ("hint", hint) if hint else ("hint_label", "")
    if len(text) > HEADLINE_MAX_CHARS:
        return "", ""
    key = noise_key(text)
    if key in rules.hint_prefixes:
        return "hint_label", ""
    if key in rules.boilerplate_lines:
        return "boilerplate", ""
    if len(key.split()) <= PROMPT_MAX_WORDS and any(
        key == prefix or key.startswith(prefix + " ")
        for prefix in rules.boilerplate_prefixes
    ):
        return "boilerplate", ""
    return "", ""


@cache
def default_rules() -> NoiseRules:
    """Return the packaged noise lists without additions."""
    return NoiseRules.load()


def is_headline_like(text: str) -> bool:
    """Tell whether a line reads like a headline: short, no final punctuation."""
    if len(text) > HEADLINE_MAX_CHARS or not has_word(text):
        return False
    core = text.rstrip(_TRAILING_MARKS)
    if not core or core[-1] in _FINAL_PUNCTUATION:
        return False
    return len(text.split()) <= HEADLINE_MAX_WORDS


def has_word(text: str) -> bool:
    """Tell whether ``text`` has a letter or a digit (a word to read)."""
    return _WORD.search(text) is not None
