"""Tokens, speaker records and the word lists speaker rules read, with every form.

Speaker attribution (:mod:`mowjaz.quotes.attribution`) reads :class:`Token` lists
and returns :class:`Speaker` records; the rules (:mod:`mowjaz.quotes.word_kinds`,
:mod:`mowjaz.quotes.names`) look words up in one :class:`Lexicon`.  Word lists
(``text/data/quote_*.txt``) hold base forms only: feminine, plural, verbal and
prefixed forms (و، ف، ب، ل، the article) are produced here by rule, once per
process (:func:`lexicon` is cached).  A :class:`Lexicon` may also carry a build's
memo of per-word verdicts (:class:`~mowjaz.text.memo.WordMemo`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Literal

from ..text.normalize import normalize, strip_diacritics, strip_tatweel
from ..text.wordlists import read_word_list
from .letters import (
    ALEF,
    ARTICLE,
    BA,
    FA,
    HAA,
    HASH,
    LAM,
    MADDA,
    NOON,
    PRONOUN_SUFFIXES,
    TAA,
    WAW,
    YAA,
)

TOKEN = re.compile(
    r"[\w\N{ARABIC SIGN SALLALLAHOU ALAYHE WASSALLAM}-\N{ARABIC SMALL KASRA}"
    r"\N{ARABIC FATHATAN}-\N{ARABIC WAVY HAMZA BELOW}"
    r"\N{ARABIC LETTER SUPERSCRIPT ALEF}\N{ARABIC TATWEEL}]+"
    r"(?:[-\u2010][\w\N{ARABIC FATHATAN}-\N{ARABIC WAVY HAMZA BELOW}]+)*"
    r"|[^\w\s]",
)
# Every character that is not white space starts a token, so each token follows the
# white space after the previous one: the gap before it gives its offset.
_SPACED_TOKEN = re.compile(r"(\s*)(" + TOKEN.pattern + ")")


_UNDERSCORE = "_"
# The pronoun suffixes a title takes without changing its form (ه is ة folded).
POSSESSIVES = tuple(suffix for suffix in PRONOUN_SUFFIXES if suffix != HAA)

SpeakerKind = Literal["name", "role"]


class Token:
    """A word or punctuation mark with its place in the text.

    A plain class with slots rather than a frozen dataclass, to be treated as
    immutable all the same: a build makes one per word of every brief, and this
    one is made several times faster.
    """

    __slots__ = ("definite", "end", "norm", "raw", "start", "word")

    raw: str
    norm: str
    start: int
    end: int
    word: bool
    definite: bool

    def __init__(  # noqa: PLR0917 - the six facts of a token, as Token(...) took them
        self,
        raw: str,
        norm: str,
        start: int,
        end: int,
        word: bool,
        definite: bool = False,
    ) -> None:
        self.raw = raw
        self.norm = norm
        self.start = start
        self.end = end
        self.word = word
        self.definite = definite

    def _facts(self) -> tuple[str, str, int, int, bool, bool]:
        return (self.raw, self.norm, self.start, self.end, self.word, self.definite)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Token):
            return NotImplemented
        return self._facts() == other._facts()

    def __hash__(self) -> int:
        return hash(self._facts())

    def __repr__(self) -> str:
        return (
            "Token(raw={!r}, norm={!r}, start={}, end={}, word={}, definite={})".format(
                *self._facts()
            )
        )


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who is speaking: a person's name or a role/institution, as written."""

    text: str
    key: tuple[str, ...]
    kind: SpeakerKind


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Normalised word sets, with their inflected forms, for speaker rules."""

    verbs: frozenset[str]
    titles: frozenset[str]
    bodies: frozenset[str]
    cues: frozenset[str]
    fillers: frozenset[str]
    function_words: frozenset[str]
    prepositions: frozenset[str]
    role_adjectives: frozenset[str]
    known: frozenset[str]
    maqsura: frozenset[str]
    statements: frozenset[str] = frozenset()
    issue_verbs: frozenset[str] = frozenset()
    clause_openers: frozenset[str] = frozenset()
    madda: frozenset[str] = frozenset()
    naming: frozenset[str] = frozenset()
    participles: frozenset[str] = frozenset()
    masdars: frozenset[str] = frozenset()
    replies: frozenset[str] = frozenset()
    formulas: frozenset[str] = frozenset()
    reports: frozenset[str] = frozenset()
    figures: frozenset[str] = frozenset()
    ba_verbs: frozenset[str] = frozenset()
    negations: frozenset[str] = frozenset()
    works: frozenset[str] = frozenset()
    initials: frozenset[str] = frozenset()
    stances: frozenset[str] = frozenset()
    close_to: frozenset[str] = frozenset()
    kinship: frozenset[str] = frozenset()
    # Per-build memos (:class:`~mowjaz.text.memo.WordMemo`) of name-word verdicts
    # and of the kinds of each token text; None (the shared lexicon) remembers nothing.
    name_words: dict[tuple[str, str, bool, bool], bool] | None = field(
        default=None, compare=False
    )
    token_kinds: dict[str, int] | None = field(default=None, compare=False)


def quote_tokens(
    text: str, memo: dict[str, tuple[bool, str, bool]] | None = None
) -> list[Token]:
    """Split ``text`` into words and punctuation marks, with offsets.

    ``memo`` remembers what each distinct token is (word or mark, folded form,
    definite or not) across calls (see :class:`~mowjaz.text.memo.WordMemo`).
    """
    known: dict[str, tuple[bool, str, bool]] = {} if memo is None else memo
    tokens = []
    end = 0
    for gap, raw in _SPACED_TOKEN.findall(text):
        start = end + len(gap)
        end = start + len(raw)
        if raw == HASH:
            continue  # "#name": a hashtag mark is not a word boundary
        # "#مرام_فلان": the underscores of a hashtag stand for spaces.
        for offset, part in _hashtag_words(raw):
            facts = known.get(part)
            if facts is None:
                facts = known[part] = _token_facts(part)
            word, norm, definite = facts
            first = start + offset
            tokens.append(Token(part, norm, first, first + len(part), word, definite))
    return tokens


def _hashtag_words(raw: str) -> list[tuple[int, str]]:
    """Return the words of a token joined by underscores, with their offsets."""
    if _UNDERSCORE not in raw:
        return [(0, raw)]
    parts, offset = [], 0
    for part in raw.split(_UNDERSCORE):
        if part:
            parts.append((offset, part))
        offset += len(part) + 1
    return parts or [(0, raw)]


def _token_facts(raw: str) -> tuple[bool, str, bool]:
    """Return (is a word, folded form, starts with the article) of one token."""
    folded = normalize(raw)
    word = (raw[0].isalnum() or raw[0] == "\N{ARABIC TATWEEL}") and folded != ""
    norm = folded if word else raw
    definite = word and strip_tatweel(strip_diacritics(raw)).startswith(ARTICLE)
    return word, norm, definite


# Verbs of replying (written for Mowjaz): whoever replies is not whoever spoke
# before, so a reply between two quotations changes the speaker.
REPLY_VERBS = ("رد يرد - -", "أجاب يجيب مجيب -")
# "…، ردا على النقاد، وقال": written like the dual past, ردًّا is the verbal
# noun in the accusative (in response to), the act of the sentence's own subject.
_REPLY_IN_RESPONSE = normalize("ردا")


@cache
def lexicon() -> Lexicon:
    """Load the quote word lists once, with every form the rules produce."""
    speech_verbs = read_word_list("quote_speech_verbs.txt")
    verbs = frozenset(_verb_forms(speech_verbs))
    titles = frozenset(_noun_forms(read_word_list("quote_titles.txt"), plural=True))
    bodies = frozenset(_noun_forms(read_word_list("quote_bodies.txt"), plural=False))
    fillers = _plain("quote_fillers.txt")
    function_words = _plain("stopwords.txt")
    # A preposition takes a pronoun (خلاله، عليه، إزاءها): never a name either.
    prepositions = frozenset(
        form + suffix
        for form in _plain("quote_prepositions.txt")
        for suffix in ("", *PRONOUN_SUFFIXES)
    )
    particles = _plain("quote_particles.txt")
    adjectives = _plain("quote_role_adjectives.txt")
    statements = frozenset(_statement_forms(read_word_list("quote_statements.txt")))
    clause_openers = _plain("quote_clause_openers.txt")
    return Lexicon(
        verbs=verbs,
        titles=titles,
        bodies=bodies,
        cues=_plain("quote_nonspeech_cues.txt"),
        fillers=fillers,
        function_words=function_words | prepositions | particles,
        prepositions=prepositions,
        role_adjectives=adjectives | {word + HAA for word in adjectives},
        known=verbs
        | statements
        | titles
        | bodies
        | fillers
        | function_words
        | prepositions
        | particles
        | clause_openers,  # "فيما اختار فلان": a conjunction, never a name
        maqsura=_maqsura_words("stopwords.txt", "quote_prepositions.txt"),
        statements=statements,
        clause_openers=clause_openers,
        madda=_madda_words("stopwords.txt", "quote_fillers.txt"),
        issue_verbs=frozenset(_verb_forms(read_word_list("quote_issue_verbs.txt"))),
        naming=_plain("quote_naming.txt"),
        participles=frozenset(_participle_forms(speech_verbs)),
        masdars=frozenset(_masdar_forms(speech_verbs)),
        ba_verbs=frozenset(_verb_forms(read_word_list("quote_ba_verbs.txt"))),
        figures=_plain("quote_figure_words.txt"),
        replies=frozenset(_verb_forms(list(REPLY_VERBS)) - {_REPLY_IN_RESPONSE}),
        formulas=_plain("quote_formulas.txt"),
        reports=frozenset(_verb_forms(read_word_list("quote_report_verbs.txt"))),
        works=_plain("quote_works.txt"),
        initials=_plain("quote_initials.txt"),
        stances=frozenset(
            form
            for word in _plain("quote_stance_adjectives.txt")
            for form in (word, word + HAA)
        ),
        close_to=_plain("quote_close_adjectives.txt"),
        kinship=_plain("quote_kinship.txt"),
        negations=frozenset(
            conjunction + word
            for word in _plain("quote_negations.txt")
            for conjunction in ("", WAW, FA)
        ),
    )


def _maqsura_words(*names: str) -> frozenset[str]:
    """Return listed words ending in alef maqsura (على), as normalize() folds them."""
    return frozenset(
        normalize(word)
        for name in names
        for word in read_word_list(name)
        if word.endswith("ى")
    )


def _madda_words(*names: str) -> frozenset[str]:
    """Return listed words spelt with an initial madda (آخر), folded by normalize()."""
    return frozenset(
        normalize(word)
        for name in names
        for word in read_word_list(name)
        if word.startswith(MADDA)
    )


def _plain(name: str) -> frozenset[str]:
    return frozenset(normalize(word) for word in read_word_list(name))


def _verb_forms(lines: list[str]) -> set[str]:
    forms: set[str] = set()
    for line in lines:
        columns = [normalize(column) for column in line.split()]
        past, present, participle, masdar = (columns + ["-"] * 4)[:4]
        stems: set[str] = set(columns[4:])
        presents: set[str] = set()
        if past != "-":
            stems |= {
                past + suffix for suffix in ("", TAA, WAW + ALEF, ALEF, TAA + ALEF)
            }
        if present != "-":
            feminine = TAA + present[1:]
            presents = {
                present,
                feminine,
                present + WAW + NOON,
                present + ALEF + NOON,
            }
            stems |= presents
        if participle != "-":
            stems |= {participle + suffix for suffix in (ALEF, HAA, YAA + NOON)}
        if masdar != "-":
            masdars = {masdar + suffix for suffix in PRONOUN_SUFFIXES}
            stems |= masdars | {BA + form for form in masdars}
        for stem in stems:
            forms |= {stem, WAW + stem, FA + stem}
        for form in presents:
            forms |= {LAM + form, WAW + LAM + form, FA + LAM + form}
    return forms


def verb_forms(line: str) -> frozenset[str]:
    """Return every form of one verb, given as a word-list line (past present …)."""
    return frozenset(_verb_forms([line]))


def _participle_forms(lines: list[str]) -> set[str]:
    """Return the circumstantial participles (حال) of speech verbs: قائلا، مشيرة."""
    forms: set[str] = set()
    for line in lines:
        participle = ([normalize(column) for column in line.split()] + ["-"] * 3)[2]
        if participle != "-":
            forms |= {participle + ALEF, participle + HAA}
    return forms


def _masdar_forms(lines: list[str]) -> set[str]:
    """Return the verbal nouns with a pronoun: قوله، بقولها، تأكيدهم (whose words)."""
    forms: set[str] = set()
    for line in lines:
        masdar = ([normalize(column) for column in line.split()] + ["-"] * 4)[3]
        if masdar != "-":
            for suffix in PRONOUN_SUFFIXES:
                forms |= {masdar + suffix, BA + masdar + suffix}
    return forms


def _noun_forms(lines: list[str], *, plural: bool) -> set[str]:
    forms: set[str] = set()
    suffixes = ["", HAA]
    if plural:
        # A person's title with a possessive pronoun: "طبيبها فلان" (her doctor).
        suffixes += [WAW + NOON, YAA + NOON, ALEF + TAA, *POSSESSIVES]
    for line in lines:
        base = normalize(line.split()[0])
        bases = {base} if base.startswith(ARTICLE) else {base + s for s in suffixes}
        for form in bases:
            forms |= _prefixed(form)
    return forms


def _statement_forms(lines: list[str]) -> set[str]:
    """Forms of statement nouns: singular (also accusative بيانا) and plurals."""
    forms: set[str] = set()
    for line in lines:
        singular, *plurals = (normalize(column) for column in line.split())
        for form in (singular, singular + ALEF, singular + HAA, *plurals):
            forms |= _prefixed(form) | {BA + form}
    return forms


def _prefixed(form: str) -> set[str]:
    """Return ``form`` with the article, و, ل and ب as news copy attaches them."""
    definite = ARTICLE + form
    return {
        form,
        definite,
        WAW + form,
        WAW + definite,
        LAM + form,
        LAM + LAM + form,
        BA + definite,
        WAW + LAM + LAM + form,
    }
