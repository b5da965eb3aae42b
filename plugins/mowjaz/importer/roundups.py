"""Roundup datelines: several places, "عواصم" or "وكالات", then the reporters.

A story gathered from many bureaus and the wires opens with one line that lists
the places it was written from, the word for "capitals" or "agencies" that stands
for all the others, and the reporters who wrote it, with dashes between and a
colon at the end::

    الرياض - جدة - بحرة - عواصم - سالم العتيبي - فهد القحطاني:

Places may also be separated by "،", and the word may be a run of two
(``عواصم - وكالات``).  The first place is the dateline and the names are the
authors (``سالم العتيبي،
فهد القحطاني``), with ``وكالات`` (an agency) credited after them.  A reporter
whose name opens with a common given name may also stand among the places.
An office may open the list (``مكتب موجز - …``, a word of
``data/desk_roles.txt``).  The line may stand alone or open the lead (the lead
then starts after its colon).

The word (``data/roundup_markers.txt``) is what makes the line a credit, so the
places need no list: each is one to three plain words (no function word, no
digit, no verb shape).  Each name is two to four such words with "ال" on the last
one only (or in ``عبد الله``, ``صلاح الدين``) and no word shaped as a
present-tense verb unless it is a given name; several names may also be joined
by "،".  One piece that is neither and the line stays text.  Pure
functions; the importer's ``credits`` step calls them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from ..text.terms import stop_words
from ..text.wordlists import read_word_list
from .credit_words import (
    COMPOUND_HALVES,
    CreditRules,
    credit_rules,
    fold_word,
    is_agency,
    verb_shaped,
)
from .records import Credit

# A roundup line is long (many places and names) but still one line of credit.
ROUNDUP_MAX_WORDS = 30
# A place has at most this many words ("مكة المكرمة", "رام الله").
PLACE_MAX_WORDS = 3
# A reporter's name has this many words.
NAME_MIN_WORDS = 2
NAME_MAX_WORDS = 4
# The lead after a roundup opening is a full sentence: at least this many words.
LEAD_MIN_WORDS = 8

_ARTICLE = "ال"
# Dashes between the pieces; a kashida counts only with spaces around it.
_PIECE_DASH = re.compile("\\s*[-\u2013\u2014]+\\s*|\\s+\N{ARABIC TATWEEL}+\\s+")
_NAME_COMMA = re.compile("\\s*[،,]\\s*")
_WORD = re.compile(r"[^\W_]+")
_ARABIC_LETTERS = re.compile("^[\N{ARABIC LETTER HAMZA}-\N{ARABIC LETTER YEH}]+$")


@cache
def roundup_markers() -> frozenset[str]:
    """Return the words that stand for all other places or sources, folded."""
    return frozenset(
        _words(line) for line in read_word_list("roundup_markers.txt", __package__)
    )


def _words(text: str) -> str:
    return " ".join(filter(None, (fold_word(word) for word in text.split())))


def read_roundup(text: str, rules: CreditRules | None = None) -> Credit | None:
    """Return the credit a roundup line alone on its line is, or None."""
    core = text.strip().rstrip(":").strip()
    if _word_count(core) > ROUNDUP_MAX_WORDS:
        return None
    return _read(core, rules or credit_rules())


def split_roundup_opening(
    text: str, rules: CreditRules | None = None
) -> tuple[Credit, str] | None:
    """Split a roundup line that opens the lead, up to its colon, from the lead."""
    head, colon, rest = text.partition(":")
    if not colon or _word_count(head) > ROUNDUP_MAX_WORDS:
        return None
    rest = rest.strip()
    if len(rest.split()) < LEAD_MIN_WORDS:
        return None
    credit = _read(head.strip(), rules or credit_rules())
    return None if credit is None else (credit, rest)


def _word_count(text: str) -> int:
    return len(_WORD.findall(text))


def _read(core: str, rules: CreditRules) -> Credit | None:
    pieces = [piece.strip() for piece in _PIECE_DASH.split(core)]
    if len(pieces) < 3 or not all(pieces):  # noqa: PLR2004 (a place, the word, one more)
        return None
    markers = [index for index, piece in enumerate(pieces) if _marker(piece)]
    if not markers or markers != list(range(markers[0], markers[-1] + 1)):
        return None  # one word, or a run of them (``عواصم - وكالات``)
    before, after = pieces[: markers[0]], pieces[markers[-1] + 1 :]
    if before and _office(before[0], rules):
        before = before[1:]
    before = [place for piece in before for place in _NAME_COMMA.split(piece)]
    # Before the word, a reporter may stand among the places (``القاهرة - فلان
    # فلان - عدن - وكالات``): a name that opens with a given name.
    credits = [piece for piece in before if _given_name(piece, rules)]
    places = [piece for piece in before if piece not in credits]
    if not places or not all(_place(piece) for piece in places):
        return None
    names = [name for piece in after for name in _NAME_COMMA.split(piece)]
    if not all(_name(name, rules) for name in names):
        return None
    credits += names
    credits += [pieces[index] for index in markers if is_agency(pieces[index], rules)]
    return Credit(author="، ".join(credits) or None, dateline=places[0])


def _given_name(piece: str, rules: CreditRules) -> bool:
    words = [fold_word(word) for word in piece.split()]
    if words and words[0] in rules.honorifics:
        return _name(piece, rules)
    return bool(words) and words[0] in rules.given_names and _name(piece, rules)


def _marker(piece: str) -> bool:
    return _words(piece) in roundup_markers()


def _office(piece: str, rules: CreditRules) -> bool:
    words = piece.split()
    return 1 < len(words) <= PLACE_MAX_WORDS and fold_word(words[0]) in rules.desk_roles


def _plain(words: Sequence[str]) -> bool:
    """Tell whether every word is Arabic letters and none a function word."""
    stops = stop_words()
    return all(_ARABIC_LETTERS.match(word) and word not in stops for word in words)


def _place(piece: str) -> bool:
    words = [fold_word(word) for word in piece.split()]
    return 0 < len(words) <= PLACE_MAX_WORDS and _plain(words)


def _name(piece: str, rules: CreditRules) -> bool:
    words = [fold_word(word) for word in piece.split()]
    if words and words[0] in rules.honorifics:
        words = words[1:]
    if not NAME_MIN_WORDS <= len(words) <= NAME_MAX_WORDS or not _plain(words):
        return False
    if any(verb_shaped(word) and word not in rules.given_names for word in words):
        return False  # "تتواصل الاحتجاجات" is a sentence, not a reporter
    return not any(
        word.startswith(_ARTICLE) and word not in COMPOUND_HALVES for word in words[:-1]
    )
