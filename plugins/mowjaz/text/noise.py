"""Site noise around an article: the one list of boilerplate lines and its matcher.

Text copied from a news site brings the site with it: share and follow prompts,
widget titles, comment headers (boilerplate), and related-story labels
(``اقرأ أيضا: …``, whose story title the importer keeps as a hint).  The lists are
data (``text/data/boilerplate_lines.txt``, ``boilerplate_prefixes.txt``,
``related_hint_prefixes.txt``); a newsroom adds its own through
:meth:`SiteNoise.load`.  The importer drops noise lines (and keeps hints); key
points never use a noise line of a hand-written brief.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from .normalize import fold
from .wordlists import read_word_list

# Noise is short: a longer line is text, unless a hint label opens it.
NOISE_MAX_CHARS = 100
# Share/follow prompts are short: a longer line starting the same way is text.
PROMPT_MAX_WORDS = 12


# The last sentence end of a line, closing marks included ("…الطائف." or "…»").
_LAST_SENTENCE_END = re.compile('[.!?؟…»”"](?=[^.!?؟…»”"]*$)')


def noise_key(text: str) -> str:
    """Fold a line for noise matching: normalised, one space, no final colon."""
    return fold(text).rstrip(" :.\u2026\uff1a")


@dataclass(frozen=True, slots=True)
class SiteNoise:
    """Site noise to drop and related-story labels to keep, as normalised keys."""

    hint_prefixes: frozenset[str]
    boilerplate_lines: frozenset[str]
    boilerplate_prefixes: tuple[str, ...]

    @classmethod
    def load(
        cls,
        extra_boilerplate_lines: Iterable[str] = (),
        extra_hint_prefixes: Iterable[str] = (),
    ) -> SiteNoise:
        """Read the packaged lists and add a newsroom's own entries to them."""
        return cls(
            hint_prefixes=_keys(
                [*read_word_list("related_hint_prefixes.txt"), *extra_hint_prefixes]
            ),
            boilerplate_lines=_keys(
                [*read_word_list("boilerplate_lines.txt"), *extra_boilerplate_lines]
            ),
            boilerplate_prefixes=tuple(
                sorted(_keys(read_word_list("boilerplate_prefixes.txt")))
            ),
        )

    def kind(self, text: str) -> tuple[str, str]:
        """Tell whether a line is a hint, a hint label, boilerplate, or text ("").

        A hint comes with the story title after its label's colon.
        """
        head, colon, rest = text[:NOISE_MAX_CHARS].partition(":")
        if colon and noise_key(head) in self.hint_prefixes:
            hint = (rest + text[NOISE_MAX_CHARS:]).strip()
            return ("hint", hint) if hint else ("hint_label", "")
        if len(text) > NOISE_MAX_CHARS:
            return "", ""
        key = noise_key(text)
        if key in self.hint_prefixes:
            return "hint_label", ""
        if key in self.boilerplate_lines:
            return "boilerplate", ""
        if len(key.split()) <= PROMPT_MAX_WORDS and any(
            key == prefix or key.startswith(prefix + " ")
            for prefix in self.boilerplate_prefixes
        ):
            return "boilerplate", ""
        return "", ""

    def split_tail(self, text: str) -> tuple[str, str]:
        """Split boilerplate printed after a line's last sentence: (text, noise).

        ``… في الطائف. تابعونا على تويتر`` gives the sentence and the prompt; a
        line with no such tail comes back whole, with "" as the noise.
        """
        end = _LAST_SENTENCE_END.search(text, max(0, len(text) - NOISE_MAX_CHARS))
        if end is None:
            return text, ""
        head, tail = text[: end.end()].rstrip(), text[end.end() :].strip()
        if tail and head and self.kind(tail)[0] == "boilerplate":
            return head, tail
        return text, ""

    def is_noise(self, text: str) -> bool:
        """Tell whether a line is site noise of any kind (a hint included)."""
        return self.kind(text)[0] != ""


@cache
def default_noise() -> SiteNoise:
    """Return the packaged noise lists without additions."""
    return SiteNoise.load()


def _keys(entries: Iterable[str]) -> frozenset[str]:
    return frozenset(key for key in map(noise_key, entries) if key)
