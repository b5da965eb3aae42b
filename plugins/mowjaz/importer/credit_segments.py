"""Segments of a credit line: what each piece between the separators is.

A line is cut into segments at the separators, and every segment must read as one
of: an agency (``data/agencies.txt``), a role label (``data/byline_roles.txt``), a
person's name (a common given name from ``data/given_names.txt``, a title such as
``د.``, or ``بن``/``آل``/``أبو`` in it), a credit in quotation marks
(``«الشرق الأوسط»``), a date, a place (``data/places.txt``, or a short word beside
a name or an agency).  One segment that reads as ordinary text (a verb, a
preposition, a digit) and the line is text: when unsure, the line stays.

Also here: the tests on a person's name (:func:`is_name`, a name that is plainly
one: :func:`clear_name`) and a speaker quoted after a colon
(:func:`quotes_a_speaker`).  Pure functions over one line.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..text.normalize import normalize
from ..text.terms import stop_words
from .credit_words import (
    BRACKETS,
    HAS_ARABIC,
    HAS_DIGIT,
    INNER_QUOTES,
    NAME_MAX_WORDS,
    NAME_MIN_WORDS,
    NISBA_MIN_LETTERS,
    SEPARATORS,
    TEXT_WORDS,
    CreditRules,
    credit_rules,
    folded_letters,
    folded_words,
    known_place,
    nisba,
    verb_shaped,
)

# "خاص بـ…" (an exclusive for an outlet) names the outlet in this many words.
EXCLUSIVE_MAX_WORDS = 4
# After a title (``د.``, ``اللواء``) a name without "بن" has at most this many.
TITLED_NAME_MAX_WORDS = 4
_QUOTED = re.compile(r"^\s*[«\"“].+[»\"”]\s*$")
# Words, a colon, then only a quotation: "فلان: «…»".
_SPEAKER_QUOTED = re.compile(r"^(?P<speaker>[^:«»\"“”]+):\s*[«\"“][^«»\"“”]+[»\"”]\s*$")
_PARENTHESISED_PLACE = re.compile(r"^(?P<place>[^()]+?)\s*\((?P<region>[^()]+)\)$")
_ASKS_OR_EXCLAIMS = re.compile("[؟?!]")
_LATIN_DATE_WORD = re.compile(
    r"^(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov"
    r"|dec|am|pm)[a-z]*$",
    re.IGNORECASE,
)
_ARABIC_DATE = re.compile(r"^\d{1,2}\s*\S+\s*\d{4}\s*(?:هـ|ه|م)?$")
_EXCLUSIVE = re.compile(r"^خاص\s+[بل]")
# A headline's pause ("ولا عجلة.. وحسن ظن"), never inside a list of names.
_ELLIPSIS = re.compile(r"\.\.|…")
_GLUED_TITLE = re.compile(r"(?<!\S)([دمأ])\.(?=\S)")
_ABD = frozenset({"عبد", "وعبد"})
# "صحيفة المرسى الإلكترونية": the noun and the adjective of an online paper.
_ONLINE_PAPER_NOUN = normalize("صحيفة")
_ONLINE_ADJECTIVE = normalize("الإلكترونية")
# A paper named with its noun ("جريدة المرسى"), and at most this many words.
_PAPER_NOUNS = frozenset(normalize(word) for word in ("صحيفة", "جريدة", "مجلة"))
PAPER_NAME_MAX_WORDS = 3
_NAME_LINKS = frozenset(normalize(word) for word in ("بن", "بنت", "ابن", "آل", "أبو"))


@dataclass(frozen=True, slots=True)
class Segment:
    """One piece of a byline between separators, and what it reads as."""

    kind: str
    text: str


def classify_segment(text: str, rules: CreditRules) -> Segment | None:
    """Tell what a byline segment is, or None when it reads as ordinary text."""
    parenthesised = _parenthesised(text, rules)
    if parenthesised is not None:
        return parenthesised
    core = text.strip(BRACKETS)
    if not core:
        return Segment("empty", "")
    kind = _listed_kind(core, rules, quoted=bool(_QUOTED.match(text)))
    core = INNER_QUOTES.sub("", core)  # «المرسى» الإلكترونية
    if kind:
        return Segment(kind, core)
    role_and_rest = _after_role(core, rules)
    if role_and_rest is not None:
        rest = classify_segment(role_and_rest, rules)
        return rest if rest is not None and rest.kind in {"name", "agency"} else None
    if is_name(core, rules):
        return Segment("name", core)
    return Segment("unknown", core) if plain_words(core, 3) else None


def _parenthesised(text: str, rules: CreditRules) -> Segment | None:
    """Read "مدينة (منطقة)" as a place, "فلان الفلاني (جدة)" as a name."""
    match = _PARENTHESISED_PLACE.match(text.strip(" .:*"))
    if match and is_name(match["place"], rules):
        # "فلان الفلاني (جدة)، فلان الفلاني (الرياض)": each reporter's town
        return Segment("name", match["place"])
    if match and plain_words(match["place"], 3):
        return Segment("place", match.group())
    return None


def _listed_kind(core: str, rules: CreditRules, *, quoted: bool) -> str:
    """Return the kind of a segment found in a list or by its shape, or ""."""
    words = folded_words(core)
    checks = (
        ("agency", folded_letters(core) in rules.agencies),
        ("date", _is_date(core)),
        ("role", words in rules.roles or _joined_roles(words, rules)),
        ("credit", quoted and len(core.split()) <= NAME_MAX_WORDS),
        ("credit", desk_post(core, rules)),
        ("credit", online_paper(core, titled=True)),
        ("role", _exclusive(core)),
        ("place", words in rules.places),
    )
    return next((kind for kind, found in checks if found), "")


def _is_date(text: str) -> bool:
    if HAS_ARABIC.search(text):
        return bool(_ARABIC_DATE.match(text))
    words = re.findall(r"[^\W\d_]+", text)
    dated = bool(HAS_DIGIT.search(text) or words)
    return dated and all(_LATIN_DATE_WORD.match(word) for word in words)


def _joined_roles(words: str, rules: CreditRules) -> bool:
    """Tell whether ``words`` are roles joined by "و" ("إعداد وترجمة")."""
    parts = words.split()
    return len(parts) > 1 and all(
        part in rules.roles or (part.startswith("و") and part[1:] in rules.roles)
        for part in parts
    )


def desk_post(text: str, rules: CreditRules) -> bool:
    """Tell whether ``text`` credits a post: ``محرر الشؤون المحلية``, ``مراسل موجز``.

    A word of ``data/desk_roles.txt`` and one to three plain words.
    """
    first, _, rest = text.partition(" ")
    return folded_letters(first) in rules.desk_roles and plain_words(
        rest.strip(BRACKETS), 3
    )


def online_paper(text: str, *, titled: bool = False) -> bool:
    """Tell whether ``text`` names an online paper: ``صحيفة المرسى الإلكترونية``.

    One word (or one quoted name) and the adjective "الإلكترونية", after
    ``صحيفة`` (``titled``) or, before "من" and a place, without it: a news site
    naming itself.  Without either, ``الخدمات الإلكترونية`` is a phrase.
    """
    words = folded_words(text).split()
    if words[:1] == [_ONLINE_PAPER_NOUN]:
        words = words[1:]
    elif titled:
        return False
    return len(words) == NAME_MIN_WORDS and words[1] == _ONLINE_ADJECTIVE


def named_paper(text: str) -> bool:
    """Tell whether ``text`` is a paper named with its noun: ``جريدة المرسى``.

    The noun (``صحيفة``, ``جريدة``, ``مجلة``) and at most three words with no
    function word.  Alone, this is any phrase (``صحيفة الوطن نشرت``); beside a
    date on its own line, it is a paper's masthead.
    """
    words = folded_words(text).split()
    return (
        words[:1] != []
        and words[0] in _PAPER_NOUNS
        and 1 <= len(words) - 1 <= PAPER_NAME_MAX_WORDS
        and not any(word in stop_words() for word in words[1:])
    )


def _exclusive(text: str) -> bool:
    """Tell whether ``text`` marks an exclusive: ``خاص بموجز``, ``خاص لـ«موجز»``."""
    return bool(_EXCLUSIVE.match(text)) and len(text.split()) <= EXCLUSIVE_MAX_WORDS


def _after_role(text: str, rules: CreditRules) -> str | None:
    """Return what follows a leading role word ("بقلم فلان" -> "فلان")."""
    first, _, rest = text.partition(" ")
    if rest and folded_words(first) in rules.roles:
        return rest
    return None


def plain_words(text: str, most: int) -> bool:
    """Tell whether ``text`` is 1..``most`` words of letters, none a text word."""
    words = text.split()
    return (
        0 < len(words) <= most
        and not HAS_DIGIT.search(text)
        and all(folded_letters(word) for word in words)
        and not any(folded_letters(word) in TEXT_WORDS for word in words)
    )


def name_words(text: str) -> list[str]:
    """Return the folded words of a name: "د.فلان" split, "عبد الله" joined."""
    words: list[str] = []
    for word in _GLUED_TITLE.sub(r"\1. ", text).split():
        folded = folded_letters(word)
        if words and words[-1] in _ABD:
            words[-1] += folded
        elif folded:
            words.append(folded)
    return words


def is_name(text: str, rules: CreditRules) -> bool:
    """Tell whether ``text`` is one or more person's names ("د. فلان وفلان")."""
    words = name_words(text)
    if not words or len(words) > 2 * NAME_MAX_WORDS or HAS_DIGIT.search(text):
        return False
    if any(word in TEXT_WORDS for word in words):
        return False
    names = _split_names(words, rules)
    if (
        len(names) > 1
        and _ELLIPSIS.search(text) is None
        and any(_one_name(name, rules) for name in names)
    ):
        # "فلان الفلاني وفلان فلان": in a list with a clear name, the others
        # need only a name's shape (a given name no list holds).
        return all(_one_name(name, rules) or _listed_name(name) for name in names)
    return all(_one_name(name, rules) for name in names)


def _listed_name(words: Sequence[str]) -> bool:
    """Tell whether folded words are shaped as a name beside another in a list.

    Two to four words, none after the first shaped as a verb (``وهند
    تغادر`` is a headline's clause), and no "ال" but a family name's on the last
    (``فلان الفلاني``): ``وزير الداخلية`` and ``شركة الكهرباء`` are no names.
    """
    return (
        NAME_MIN_WORDS <= len(words) <= TITLED_NAME_MAX_WORDS
        and not any(word.startswith("ال") for word in words[:-1])
        and (not words[-1].startswith("ال") or nisba(words[-1]))
        and not any(map(verb_shaped, words[1:]))
    )


def _split_names(words: Sequence[str], rules: CreditRules) -> list[list[str]]:
    """Cut a list of names at "و" + a given name ("ناصر العلي وفيصل سعد")."""
    names: list[list[str]] = [[]]
    for word in words:
        joined = word.startswith("و") and (
            word[1:] in rules.given_names or word[1:] in rules.honorifics
        )
        if names[-1] and (joined or word == "و"):
            names.append([word[1:]] if joined else [])
        else:
            names[-1].append(word)
    return [name for name in names if name]


def _one_name(words: Sequence[str], rules: CreditRules) -> bool:
    titled = False
    rest = list(words)
    while rest and rest[0] in rules.honorifics:
        titled = True
        rest = rest[1:]
    if not rest or len(rest) > NAME_MAX_WORDS:
        return False
    if titled:
        # "د. فلان بن فلان الفلاني"; a title and six words is a headline
        # ("اللواء فلان يلتقي وزير العدل …").
        return len(rest) <= TITLED_NAME_MAX_WORDS or any(
            word in _NAME_LINKS for word in rest
        )
    linked = any(word in _NAME_LINKS for word in rest[1:-1])
    given = _given(rest[0], rules) or (
        # "given, father's given, family": the father's name is a common one
        len(rest) > NAME_MIN_WORDS
        and not rest[0].startswith("ال")
        and _given(rest[1], rules)
        and nisba(rest[-1])
    )
    return len(rest) >= NAME_MIN_WORDS and (given or linked)


def _given(word: str, rules: CreditRules) -> bool:
    """Tell whether a folded word is a common given name (or "عبد…")."""
    return word in rules.given_names or (
        word.startswith("عبد") and len(word) > NISBA_MIN_LETTERS
    )


def split_segments(text: str) -> list[str]:
    """Cut ``text`` at the byline separators that are not inside brackets."""
    pieces = []
    start = 0
    for match in SEPARATORS.finditer(text):
        head = text[: match.start()]
        if head.count("(") > head.count(")"):
            continue
        pieces.append(text[start : match.start()])
        start = match.end()
    pieces.append(text[start:])
    return pieces


def segments(text: str, rules: CreditRules) -> list[Segment] | None:
    """Cut a line at its separators; None when a piece reads as ordinary text.

    A question or an exclamation (``فلان: إنت كيني؟``) is never a byline.
    """
    if _ASKS_OR_EXCLAIMS.search(text):
        return None
    found = []
    pieces = split_segments(text)
    if len(pieces) > 1:
        # "فلان - الرياض فلان الفلاني": each bureau's town glued to its reporter
        pieces = [
            part
            for piece in pieces
            for part in (place_then_name(piece.strip(), rules) or piece).split(" - ")
        ]
    for piece in pieces:
        segment = classify_segment(piece, rules)
        if segment is None:
            return None
        if segment.kind != "empty":
            found.append(segment)
    return found


def quotes_a_speaker(text: str, rules: CreditRules | None = None) -> bool:
    """Tell whether a line is a headline quoting its speaker: ``فلان: «…»``.

    Words, a colon and only a quotation, the words a person's name or two words
    or more that no list knows (a post: ``رئيس البلدية``).  After a town (one
    word or a listed place) or an agency, the quoted words are a paper
    (``بحرة: «المرسى»``).
    """
    match = _SPEAKER_QUOTED.match(text)
    if match is None:
        return False
    segment = classify_segment(match["speaker"], rules or credit_rules())
    return segment is not None and (
        segment.kind == "name"
        or (segment.kind == "unknown" and len(segment.text.split()) > 1)
    )


def place_then_name(text: str, rules: CreditRules) -> str | None:
    """Rewrite "الرياض فلان الفلاني" (no separator) as "الرياض - فلان الفلاني".

    Only a known place of one or two words followed by a person's name that is
    plainly one (see :func:`clear_name`) and has no word shaped as a verb
    (``جدة سعد يتألق`` stays text).
    """
    words = text.split()
    for width in (2, 1):
        place, rest = " ".join(words[:width]), " ".join(words[width:])
        if (
            rest
            and known_place(place, rules)
            and not SEPARATORS.search(text)
            and is_name(rest, rules)
            and clear_name(rest, rules)
            and not any(verb_shaped(word) for word in name_words(rest)[1:])
        ):
            return f"{place} - {rest}"
    return None


def clear_name(text: str, rules: CreditRules | None = None) -> bool:
    """Tell whether a name alone on its line is plainly one (not "محمد صلاح يسجل").

    A title (``د.``), a link (``بن``, ``آل``, ``أبو``), a family name with "ال"
    as the last word, or just two words; a given name and any words is not enough.
    """
    rules = rules or credit_rules()
    words = name_words(text)
    names = _split_names(words, rules)
    if len(names) > 1:
        # "فلان الفلاني و فلان فلان": a list is clear when each of its names is,
        # with no word after a given name shaped as a verb ("وفلانة تغادر")
        return all(
            _clear_words(name, rules) and not any(map(verb_shaped, name[1:]))
            for name in names
        )
    return _clear_words(words, rules) or text.rsplit(maxsplit=1)[-1].startswith("ال")


def _clear_words(words: Sequence[str], rules: CreditRules) -> bool:
    return (
        len(words) == NAME_MIN_WORDS
        or _nasab(words, rules)
        or words[0] in rules.honorifics
        or any(word in _NAME_LINKS for word in words)
        or words[-1].startswith("ال")
    )


def _nasab(words: Sequence[str], rules: CreditRules) -> bool:
    """Tell whether 3-4 words are "given, father's given, family" (no "ال").

    ``إبراهيم علي باوزير``: the first two are common given names, and the last is
    not shaped as a present-tense verb (``محمد صلاح يسجل`` stays text).
    """
    return (
        NAME_MIN_WORDS < len(words) <= NAME_MAX_WORDS - 2
        and words[0] in rules.given_names
        and words[1] in rules.given_names
        and not any(verb_shaped(word) for word in words[2:])
    )
