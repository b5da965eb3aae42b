"""Bylines with no separator and no known given name, read from their place.

Many outlets print the writer's name alone on the line under the headline, and
the name is often one no list holds (``سلافة نعمان``, ``جورج بيتسون``); some print
their own name there (``المرسى``), or a column's (``كلمة المرسى``).  Such a line
reads as a byline only where a byline stands (right after the title, before a
full paragraph), and only when it has the shape of a name:

* one to four words of Arabic letters, none of them a function word
  (``text/data/stopwords.txt``), a digit, or punctuation inside;
* the article "ال" on the last word only (a family name: ``سعاد الفلاني``), or in
  the second half of a compound name (``صلاح الدين``, ``عبد الرحمن``), or on a
  single word (a newspaper's name, a family name);
* no word shaped as a present-tense verb (``يتألق``) unless it is a given name,
  no desk-tag word (``ملف خاص``), and no two neighbouring words ending in "ة" (a
  noun and its adjective agree: ``قراءة سريعة``, ``إضافة ثانية``);
* optionally followed by "من" and a known place (or, for a writer of two words
  or more, any one word), or by a town in brackets, the dateline (``المرسى من
  الرياض``, ``سلافة نعمان من بحرة``, ``سلافة نعمان (بحرة)``);
* its last word (the family name) found nowhere else in the article: a name
  the story is about (a photo caption under the title, ``فلان الفلاني``) comes
  back in the text, a writer's name does not.

The same test of a name reads a writer beside a paper or a town, with dashes,
``|`` or ``/`` between (``سلافة نعمان - صدى البلدة``, ``بحرة - المرسى - سلافة
نعمان:``), names after a listed place and a colon (``جدة: سلافة نعمان وجورج
بيتسون``), reporters in several bureaus (``بيروت: فلان فلان بغداد: فلان فلان``),
and a writer glued to the lead before a listed place or a bracketed town
(``سلافة نعمان - جدة أعلنت …``).  A column's name (a word of
``data/column_labels.txt`` and one or two words) is a byline there too.  When
unsure, the line stays text.  Pure functions; the importer's ``credits`` step
calls them.
"""

from __future__ import annotations

import itertools
import re
from functools import cache

from ..text.normalize import has_arabic, normalize
from ..text.terms import stop_words
from .credit_lines import strip_photo_credit
from .credit_segments import split_segments
from .credit_words import (
    CLITICS,
    COMPOUND_HALVES,
    CreditRules,
    credit_rules,
    fold_word,
    folded_list,
    known_place,
    verb_shaped,
)
from .furniture import is_desk_tag
from .records import Credit

# A name alone has at most this many words (titles included).
LONE_MAX_WORDS = 4
# A newspaper's or family name alone is one word "ال…" longer than this.
ONE_WORD_MIN_LETTERS = 4
# A column's name is its label and at most this many words.
COLUMN_MAX_WORDS = 2
# A name beside a paper or a town: at most this many pieces joined by dashes, of
# at most this many words each.
DASHED_MAX_PIECES = 3
DASHED_PIECE_MAX_WORDS = 3
# Two names joined by "و" (or beside each other in a list).
NAME_PAIR = 2
# The paragraph after a byline is a full one: at least this many words.
FOLLOWING_MIN_WORDS = 8

_ARTICLE = "ال"
_LETTERS = re.compile(r"[^\W\d_]+")
# "فلان الفلاني (بحرة)": a writer and the town in brackets (one or two words).
_BRACKETED_PLACE = re.compile(
    r"^(?P<name>[^()]+?)\s*\((?P<place>[^()\s]+(?:\s[^()\s]+)?)\)$"
)
# "فلان الفلاني من جدة", "المرسى من الرياض": a writer or a paper, then a place.
_FROM_PLACE = re.compile(
    r"^(?P<name>\S+(?:\s\S+){0,3}?)\s+من\s+(?P<place>\S+(?:\s\S+)?)$"
)
_TRIM = " *:\u00a0"
# Quotation marks and braces around a paper's name.
_QUOTES = '«»"\u201c\u201d{}'
_LIST_COMMA = re.compile("[،,]")
# "سلافة نعمان (بحرة) …": a name of two or three words, a town in brackets.
_GLUED_BRACKET = re.compile(
    r"^(?P<name>[^\W\d_]+(?:\s[^\W\d_]+){1,2})\s*\((?P<place>[^()]{2,30})\)\s*"
    r"(?P<rest>\S.*)$"
)
# "جدة: سلافة الزهراني …": a place of one or two words, a colon, the rest.
_GLUED_PLACE_COLON = re.compile(
    r"^(?P<place>[^\s:]+(?:\s[^\s:]+)?)\s*:\s*(?P<rest>\S.*)$"
)
# "سلافة نعمان - بحرة …": a name of two or three words, a dash, the rest.
_GLUED_WRITER = re.compile(
    r"^(?P<name>[^\W\d_]+(?:\s[^\W\d_]+){1,2})\s*[-\u2013\u2014]\s*(?P<rest>\S.*)$"
)
# "سلافة نعمان وجورج بيتسون": "و" glued to the second name's first word.
# (typed apart too: "فلان الفلاني و فلان الفلاني")
_AND = re.compile(r"\s+و\s*(?=\S)")
# What joins a writer to a paper or a town on one line.
_DASH = re.compile("\\s[-\u2013\u2014ـ]+\\s|[-\u2013\u2014|/]")


@cache
def column_labels() -> frozenset[str]:
    """Return the words that name a column ("كلمة …"), normalised."""
    return folded_list("column_labels.txt")


def _arabic_word(word: str) -> bool:
    """Tell whether ``word`` is Arabic letters only (marks allowed)."""
    folded = normalize(word)
    return folded.isalpha() and has_arabic(folded)


def article_words(text: str) -> frozenset[str]:
    """Return the folded words of ``text`` (normalised once, letters only)."""
    return frozenset(_LETTERS.findall(normalize(text)))


def lone_byline(
    text: str,
    following: str | None,
    elsewhere: str,
    rules: CreditRules | None = None,
) -> Credit | None:
    """Return the byline that a line alone after the title is, or None.

    ``following`` is the next line and ``elsewhere`` the rest of the article's
    text, the title included (its words are folded only when the line has the
    shape of a name).
    """
    if following is None or len(following.split()) < FOLLOWING_MIN_WORDS:
        return None
    core = strip_photo_credit(text).strip(_TRIM)
    rules = rules or credit_rules()
    if _DASH.search(core):
        return _dashed_name(core, elsewhere, rules)
    if ":" in core:
        return _place_colon_names(core, elsewhere, rules)
    return _name_alone(core, elsewhere, rules)


def named_elsewhere(
    text: str, elsewhere: str, rules: CreditRules | None = None
) -> bool:
    """Tell whether the last word of a line (a family name) is in the article.

    A name under the byline whose family name the text repeats is the person a
    photograph shows, not a second writer (see :func:`_found_elsewhere`).
    """
    words = [fold_word(word) for word in text.split() if _arabic_word(word)]
    rules = rules or credit_rules()
    return bool(words) and _found_elsewhere(words, article_words(elsewhere), rules)


def glued_shape(text: str) -> bool:
    """Tell whether a line opens with two or three words and a dash or a bracket.

    A cheap test before :func:`glued_lone_byline` reads the article around it.
    """
    return bool(
        _GLUED_BRACKET.match(text)
        or _GLUED_WRITER.match(text)
        or _GLUED_PLACE_COLON.match(text)
    )


def glued_lone_byline(
    text: str, elsewhere: str, rules: CreditRules | None = None
) -> tuple[Credit, str] | None:
    """Split "سلافة نعمان - جدة أعلنت …": a writer and a town glued to the lead.

    Two or three words that are a name by :func:`_lone_name` (the family name
    nowhere else in the article), then a dash and a listed place of one or two
    words, or a town in brackets (``سلافة نعمان (بحرة) أعلنت …``), and at least
    ``FOLLOWING_MIN_WORDS`` words of the lead after it.
    """
    rules = rules or credit_rules()
    bracket = _GLUED_BRACKET.match(text)
    if (
        bracket
        and _plain_piece(bracket["place"])
        and len(bracket["rest"].split()) >= FOLLOWING_MIN_WORDS
        and _lone_name(bracket["name"].split(), elsewhere, rules)
    ):
        credit = Credit(author=bracket["name"], dateline=bracket["place"])
        return credit, bracket["rest"]
    colon = _GLUED_PLACE_COLON.match(text)
    if colon and known_place(colon["place"], rules):
        return _colon_writer(colon["place"], colon["rest"], elsewhere, rules)
    match = _GLUED_WRITER.match(text)
    if match is None or not _lone_name(match["name"].split(), elsewhere, rules):
        return None
    words = match["rest"].split()
    for width in (2, 1):
        place, rest = " ".join(words[:width]), " ".join(words[width:])
        if known_place(place, rules) and len(rest.split()) >= FOLLOWING_MIN_WORDS:
            return Credit(author=match["name"], dateline=place), rest
    return None


def _colon_writer(
    place: str, text: str, elsewhere: str, rules: CreditRules
) -> tuple[Credit, str] | None:
    """Split "جدة: سلافة الزهراني أعلنت …": the writer's name ends at "ال…".

    Two or three words, the last a family name with "ال" (nowhere else in the
    article, see :func:`_lone_name`); without it the name's end is unknown.
    """
    words = text.split()
    for width in (NAME_PAIR, NAME_PAIR + 1):
        name, rest = words[:width], words[width:]
        if (
            len(name) == width
            and fold_word(name[-1]).startswith("ال")
            and len(rest) >= FOLLOWING_MIN_WORDS
            and _lone_name(name, elsewhere, rules)
        ):
            return Credit(author=" ".join(name), dateline=place), " ".join(rest)
    return None


def _place_colon_names(core: str, elsewhere: str, rules: CreditRules) -> Credit | None:
    """Read "جدة: سلافة نعمان وجورج بيتسون" (a listed place, names no list holds).

    A listed place before the colon (``حصري: وثائق سرية`` is a kicker); after it
    one name or a list of names (``،`` or ``و`` between them), each a name by
    :func:`_lone_name`.
    """
    if core.count(":") > 1:
        return _bureaus(core, elsewhere, rules)
    place, _, names = (part.strip() for part in core.partition(":"))
    if not known_place(place, rules):
        return None  # "حصري: وثائق سرية" is a kicker
    people = _names_listed(names, elsewhere, rules)
    return Credit(author=names, dateline=place) if people else None


def _bureaus(core: str, elsewhere: str, rules: CreditRules) -> Credit | None:
    """Read "بيروت: فلان فلان بغداد: فلان فلان": reporters in several bureaus.

    The first place listed, each place one word, each reporter a name by
    :func:`_lone_name` (or, for one bureau, the paper itself in quotation marks:
    ``بغداد: «المرسى»``); the place of the next bureau is the last word before
    its colon.
    """
    parts = [part.strip() for part in core.split(":")]
    places, names = [parts[0]], []
    for middle in parts[1:-1]:
        *name, place = middle.split() or [""]
        names.append(" ".join(name))
        places.append(place)
    names.append(parts[-1])
    if (
        not known_place(places[0], rules)
        or not all(len(place.split()) == 1 and _plain_piece(place) for place in places)
        or not all(
            _names_listed(name, elsewhere, rules) or _quoted_credit(name)
            for name in names
        )
        or all(_quoted_credit(name) for name in names)
    ):
        return None
    names = [name.strip(_QUOTES) for name in names]
    return Credit(author="، ".join(names), dateline=places[0])


def _quoted_credit(text: str) -> bool:
    """Tell whether ``text`` is a paper's name in quotation marks or braces.

    ``«المرسى»``, ``{المرسى}``: a bureau credited to the paper itself.
    """
    core = text.strip()
    inner = core.strip(_QUOTES)
    return (
        core[:1] in _QUOTES
        and core[-1:] in _QUOTES
        and 0 < len(inner.split()) <= LONE_MAX_WORDS
        and all(map(_arabic_word, inner.split()))
    )


def writer_shaped(text: str, rules: CreditRules | None = None) -> bool:
    """Tell whether ``text`` has a writer's shape: one name of two words or more.

    The shape :func:`_lone_name` checks, wherever the article names the family
    (the Summary asks this of a lead's opening beside a known place).
    """
    words = text.split()
    return len(words) > 1 and _lone_name(words, "", rules or credit_rules())


def names_list(text: str, rules: CreditRules | None = None) -> bool:
    """Tell whether ``text`` is two names or more joined by ``،`` or "و".

    Each name has the shape :func:`_lone_name` checks, wherever the article
    names the family (the Summary asks this of a lead's opening).
    """
    rules = rules or credit_rules()
    return len(_LIST_COMMA.split(text)) + len(_AND.findall(text)) > 1 and (
        _names_listed(text, "", rules)
    )


def _names_listed(text: str, elsewhere: str, rules: CreditRules) -> bool:
    """Tell whether ``text`` is names separated by ``،`` or "و" (see _lone_name)."""
    parts = [part.strip() for part in _LIST_COMMA.split(text)]
    return bool(text.strip()) and all(
        _one_or_two_names(part, elsewhere, rules) for part in parts
    )


def _one_or_two_names(part: str, elsewhere: str, rules: CreditRules) -> bool:
    """Tell whether ``part`` is a name, or two joined by "و" (both names then)."""
    pair = _AND.split(part, maxsplit=1)
    if len(pair) == NAME_PAIR and all(len(name.split()) > 1 for name in pair):
        names = pair  # "فلان فلان وفلان فلان": never one name of four words
    else:
        names = [part]
    return all(
        len(name.split()) > 1 and _lone_name(name.split(), elsewhere, rules)
        for name in names
    )


def _name_alone(core: str, elsewhere: str, rules: CreditRules) -> Credit | None:
    """Read a name, or a column's name, alone on its line (see the module)."""
    name, place = _name_and_place(core, rules)
    if not name.split():
        return None
    words = name.split()
    if place is None and fold_word(words[0]) in column_labels():
        if 1 < len(words) <= COLUMN_MAX_WORDS + 1 and all(map(_arabic_word, words)):
            return Credit(author=core)
        return None
    if not _lone_name(words, elsewhere, rules) and not (
        place is None and _paired_names(name, elsewhere, rules)
    ):
        return None
    return Credit(author=name, dateline=place)


def _dashed_name(core: str, elsewhere: str, rules: CreditRules) -> Credit | None:
    """Read "فلان الفلاني - المرسى" (a name beside a paper or a town, no list).

    Two or three pieces joined by dashes (or ``|``, ``/``), each one to three
    Arabic words with no function word; one of them a name (two words or more,
    see :func:`_lone_name`: its family name is nowhere else in the article), or
    a list of names joined by ``،``; the others at most two words, and one other
    at most beside a list.  A known place among the others is the dateline.
    """
    pieces = [piece.strip(_TRIM) for piece in split_segments(core)]
    if len(pieces) < NAME_PAIR or ":" in core:
        return None
    # reporters joined by "و" make one piece: "بحرة - فلان الفلاني وفلان الفلاني"
    lists = [piece for piece in pieces if _paired_names(piece, elsewhere, rules)]
    if not all(_plain_piece(piece) or piece in lists for piece in pieces):
        return None
    names = [
        piece
        for piece in pieces
        if piece in lists
        or (len(piece.split()) > 1 and _lone_name(piece.split(), elsewhere, rules))
    ]
    others = [piece for piece in pieces if piece not in names]
    if (
        not names
        or any(is_desk_tag(piece) for piece in others)
        or len(others) > DASHED_MAX_PIECES - (1 if len(names) == 1 else NAME_PAIR)
        or any(len(piece.split()) > COLUMN_MAX_WORDS for piece in others)
        or (len(names) > 1 and "،" not in core and "," not in core)
    ):
        return None
    place = next((piece for piece in others if known_place(piece, rules)), None)
    return Credit(author="، ".join(names), dateline=place)


def _paired_names(text: str, elsewhere: str, rules: CreditRules) -> bool:
    """Tell whether ``text`` is two names joined by "و" (see :func:`_lone_name`).

    ``فلان الفلاني وفلان الفلاني``, also typed apart (``… و فلان …``); each name
    two words or more, its family name nowhere else in the article.
    """
    return (
        len(_AND.split(text, maxsplit=1)) == NAME_PAIR
        and len(_LIST_COMMA.split(text)) == 1
        and _one_or_two_names(text, elsewhere, rules)
    )


def _plain_piece(piece: str) -> bool:
    """Tell whether a piece is one to three Arabic words, not a phrase.

    Its first word is no function word; a paper's name may hold one later
    (``صدى اليوم``).
    """
    words = piece.split()
    return (
        0 < len(words) <= DASHED_PIECE_MAX_WORDS
        and all(map(_arabic_word, words))
        and fold_word(words[0]) not in stop_words()
    )


def _name_and_place(core: str, rules: CreditRules) -> tuple[str, str | None]:
    """Split "فلان من جدة" or "فلان (بحرة)" into the name and the place."""
    origin = _FROM_PLACE.match(core)
    if origin and (
        known_place(origin["place"], rules)
        # a writer (two words or more) from a town no list holds
        or (
            len(origin["name"].split()) > 1
            and len(origin["place"].split()) == 1
            and _plain_piece(origin["place"])
        )
    ):
        return origin["name"], origin["place"]
    bracket = _BRACKETED_PLACE.match(core)
    if bracket:
        return bracket["name"], bracket["place"]
    return core, None


def _lone_name(words: list[str], elsewhere: str, rules: CreditRules) -> bool:
    """Tell whether words alone on a line are a name (see the module)."""
    if not words or not all(_arabic_word(word) for word in words):
        return False
    folded = [fold_word(word) for word in words]
    return not (
        len(words) > LONE_MAX_WORDS
        or any(word in stop_words() for word in folded)
        or any(is_desk_tag(word) for word in words)  # "ملف خاص"
        or not _name_shaped(folded, rules)
        or _noun_and_adjective(words)
        or _found_elsewhere(folded, article_words(elsewhere), rules)
    )


def _name_shaped(words: list[str], rules: CreditRules) -> bool:
    """Tell whether folded words have the shape of a name (see the module)."""
    if len(words) == 1:
        word = words[0]
        return word.startswith(_ARTICLE) and len(word) > ONE_WORD_MIN_LETTERS
    rest = words[1:] if words[0] in rules.honorifics else words
    if not rest:
        return False
    for index, word in enumerate(rest):
        last = index == len(rest) - 1
        if word.startswith(_ARTICLE) and not last and word not in COMPOUND_HALVES:
            return False
        if index == 0 and word.startswith(_ARTICLE):
            return False
        if verb_shaped(word) and word not in rules.given_names:
            return False
    return True


def _noun_and_adjective(words: list[str]) -> bool:
    """Tell whether two neighbouring words end in "ة" (``قراءة سريعة``)."""
    return any(
        first.endswith("ة") and second.endswith("ة")
        for first, second in itertools.pairwise(words)
    )


def _found_elsewhere(
    words: list[str], elsewhere: frozenset[str], rules: CreditRules
) -> bool:
    """Tell whether the family name (or a one-word name) is in the article.

    A writer's given name may come up in the text ("شكرا أخ فلان"); the family
    name of the person a caption shows does.
    """
    family = words[-1]
    if family in rules.given_names or family in rules.honorifics:
        return False
    forms = [family]
    if family.startswith(_ARTICLE):
        forms.append("ل" + family[1:])  # "للفلاني"
    return any(clitic + form in elsewhere for form in forms for clitic in CLITICS)
