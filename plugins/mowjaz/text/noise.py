"""Site noise around an article: the one list of boilerplate lines and its matcher.

Text copied from a news site brings the site with it: share and follow prompts,
widget titles, comment headers (boilerplate), and related-story labels
(``اقرأ أيضا: …``, whose story title the importer keeps as a hint).  Besides
whole lines and prompts, four shapes of site furniture are noise: a row of share
and print buttons, a counter (views, comments, reading time: a label and a
number), a copyright notice and a "follow us" line.  The lists are data
(``text/data/boilerplate_lines.txt``, ``boilerplate_prefixes.txt``,
``boilerplate_buttons.txt``, ``boilerplate_counters.txt``,
``boilerplate_units.txt``, ``boilerplate_copyright.txt``,
``boilerplate_follow.txt``, ``related_hint_prefixes.txt``); a newsroom adds its
own through :meth:`SiteNoise.load`.  The importer drops noise lines (and keeps
hints); key points never use a noise line of a hand-written brief.
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
# A row of buttons has at least this many of them (one alone is a word).
BUTTONS_MIN = 2
# A counter is a label, a number and a unit: a few words at most.
COUNTER_MAX_WORDS = 5
# A copyright notice names the site and a year besides its phrase.
COPYRIGHT_MAX_WORDS = 15
# A "follow us" line names the site and one or two networks.
FOLLOW_MAX_WORDS = 10


# The last sentence end of a line, closing marks included ("…الطائف." or "…»").
_LAST_SENTENCE_END = re.compile('[.!?؟…»”"](?=[^.!?؟…»”"]*$)')
# What separates the buttons of a row ("شارك | طباعة - أرسل لصديق").
_BUTTON_GAPS = re.compile(r"[|/•·\-\u2013\u2014،,]+")
# A counter's number: digits, with thousands separators, in brackets or not.
_COUNT = re.compile(r"^\(?\d[\d,.٬]*\)?$")
# What a counter's label and number may stand between.
_COUNTER_MARKS = "()[]:|-"
# A sentence's end at a line's end (a copyright or follow line has none).
_SENTENCE_END = (".", "!", "?", "؟", "…")


def noise_key(text: str) -> str:
    """Fold a line for noise matching: normalised, one space, no final colon."""
    return fold(text).rstrip(" :.\u2026\uff1a")


@dataclass(frozen=True, slots=True)
class SiteNoise:
    """Site noise to drop and related-story labels to keep, as normalised keys."""

    hint_prefixes: frozenset[str]
    boilerplate_lines: frozenset[str]
    boilerplate_prefixes: tuple[str, ...]
    buttons: frozenset[str] = frozenset()
    counters: frozenset[str] = frozenset()
    timed_counters: frozenset[str] = frozenset()
    units: frozenset[str] = frozenset()
    copyright: tuple[str, ...] = ()
    follow: frozenset[str] = frozenset()

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
            buttons=_keys(read_word_list("boilerplate_buttons.txt")),
            counters=_keys(
                entry
                for entry in read_word_list("boilerplate_counters.txt")
                if "|" not in entry
            ),
            timed_counters=_keys(
                entry.split("|", 1)[0]
                for entry in read_word_list("boilerplate_counters.txt")
                if "|" in entry
            ),
            units=_keys(read_word_list("boilerplate_units.txt")),
            copyright=tuple(sorted(_keys(read_word_list("boilerplate_copyright.txt")))),
            follow=_keys(read_word_list("boilerplate_follow.txt")),
        )

    def kind(self, text: str) -> tuple[str, str]:
        """Tell whether a line is a hint, a hint label, boilerplate, or text ("").

        A hint comes with the story title after its label's colon; boilerplate of
        a known shape comes with what it is ("share buttons", "counter",
        "copyright line", "follow prompt"), other boilerplate with "".
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
        shape = self.furniture_shape(text)
        return ("boilerplate", shape) if shape else ("", "")

    def furniture_shape(self, text: str) -> str:
        """Name the site furniture a line is, or "".

        A row of buttons, a counter, a copyright notice, a "follow us" line.
        """
        key = noise_key(text)
        shapes = [
            ("share buttons", self.is_button_row),
            ("counter", self.is_counter),
        ]
        # a notice or a prompt has no sentence end (a sentence saying so has one)
        if not text.rstrip().endswith(_SENTENCE_END):
            shapes += [
                ("copyright line", self.is_copyright),
                ("follow prompt", self.is_follow_prompt),
            ]
        return next((name for name, test in shapes if key and test(key)), "")

    def is_button_row(self, key: str) -> bool:
        """Tell whether a folded line is only buttons: ``شارك | طباعة | حفظ``."""
        return self.count_buttons(_BUTTON_GAPS.sub(" ", key).split()) >= BUTTONS_MIN

    def count_buttons(self, words: list[str], *, joined: bool = False) -> int:
        """Count the buttons ``words`` spell, or 0 when a word is none.

        ``joined`` lets a button take the conjunction و (``تويتر وفيسبوك``).
        """
        found = 0
        while words:
            if joined and words[0] not in self.buttons and words[0][:1] == "و":
                words = [words[0][1:], *words[1:]] if len(words[0]) > 1 else words[1:]
                continue
            size = next(
                (size for size in (3, 2, 1) if " ".join(words[:size]) in self.buttons),
                0,
            )
            if not size:
                return 0
            words, found = words[size:], found + 1
        return found

    def is_counter(self, key: str) -> bool:
        """Tell whether a folded line is a counter: ``التعليقات (3)``, ``3 تعليقات``.

        A number, a label and at most a unit of time; nothing else.  A time-ago
        stamp (``منذ 3 ساعات``) is one with its unit.
        """
        words = key.replace(":", " ").split()
        if not words or len(words) > COUNTER_MAX_WORDS:
            return False
        numbers = [word for word in words if _COUNT.match(word)]
        marked = [
            word.strip(_COUNTER_MARKS) for word in words if not _COUNT.match(word)
        ]
        rest = [word for word in marked if word and word not in self.units]
        label = " ".join(rest)
        if len(numbers) != 1:
            return False
        # "منذ 3 ساعات" needs its unit: "منذ 1990" is a year
        return label in self.counters or (
            label in self.timed_counters and len(rest) < len(marked)
        )

    def is_copyright(self, key: str) -> bool:
        """Tell whether a folded line is a copyright notice.

        A short line with the copyright sign, or one that opens or closes with a
        copyright phrase and does not end as a sentence does.
        """
        if len(key.split()) > COPYRIGHT_MAX_WORDS:
            return False
        if "©" in key:
            return True
        core = key.strip(" ().")
        return any(
            core.startswith(phrase) or core.endswith(phrase)
            for phrase in self.copyright
        )

    def is_follow_prompt(self, key: str) -> bool:
        """Tell whether a folded line is ``تابعونا على تويتر``: a verb, a network."""
        words = key.split()
        if len(words) > FOLLOW_MAX_WORDS or words[0] not in self.follow:
            return False
        _, on, tail = key.rpartition(f" {fold('على')} ")
        return (
            bool(on)
            and self.count_buttons(_BUTTON_GAPS.sub(" ", tail).split(), joined=True) > 0
        )

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
