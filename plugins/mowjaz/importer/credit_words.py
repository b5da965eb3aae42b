"""Word rules of bylines, datelines and agency credits, and the tests on one word.

The packaged word lists (``data/agencies.txt``, ``byline_roles.txt``,
``honorifics.txt``, ``given_names.txt``, ``places.txt``, ``desk_roles.txt``), read
once as normalised keys into :class:`CreditRules`; the tests on a word or a short
piece built on them (an agency, a role, a known place, a word that is never a
town, a word shaped as a present-tense verb or as a family name "ال…ي"); and the
limits and patterns the other credit modules share.  The modules that read
credits build on this one: :mod:`.credit_segments` (one piece of a credit line),
:mod:`.credit_lines` (a line of credit), :mod:`.lead_credits` (a credit opening
the lead, an agency closing it) and :mod:`.credit_openings` (credit shapes, for
the Summary).  Pure functions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..text.normalize import normalize
from ..text.terms import stop_words
from ..text.wordlists import read_word_list

# A credit line has at most this many characters (a byline is short).
CREDIT_MAX_CHARS = 140
# Bylines are looked for in this many lines at the top (the lead may come under one).
CREDIT_TOP_LINES = 3
# A word: a run of letters or digits.
WORDS = re.compile(r"[^\W_]+")
# A credit opening the lead ends within this many words.
LEAD_CREDIT_MAX_WORDS = 8
# A title's key (no article, no feminine ending) keeps at least this many letters.
TITLE_MIN_LETTERS = 3
# A piece of an opening "المرسى- جدة:" with no known name has at most this many.
DASHED_PIECE_MAX_WORDS = 3
# A person's name has at most this many words (titles and "بن" included) ...
NAME_MAX_WORDS = 6
# ... and, without a title, at least a given name and a family name.
NAME_MIN_WORDS = 2
# A family name "ال…ي" (a nisba, العنزي) has more letters than this.
NISBA_MIN_LETTERS = 4

DASHES = "\u2013\u2014"
SEPARATORS = re.compile(
    f"\\s*(?:\\s[-{DASHES}ـ]+\\s|[-{DASHES}]+|[:|،,/]|\\s+ـ+\\s*|ـ\\s)\\s*"
)
BRACKETS = "«»\"\u201c\u201d\u201e()[]{}*'\u2018\u2019 .:"
INNER_QUOTES = re.compile('[«»"\u201c\u201d]')
NOT_LETTER = re.compile(r"[\W_\d]+")
# Second halves of compound names ("صلاح الدين", "عبد الله", "عبد الرحمن").
COMPOUND_HALVES = frozenset(
    normalize(word) for word in ("الدين", "الله", "الرحمن", "الإله")
)
# Letters a word of running text may be glued to (و، ب، ل، ف and their pairs).
CLITICS = ("", "و", "ب", "ل", "ف", "وب", "ول", "فب", "فل")
HAS_DIGIT = re.compile(r"\d")
HAS_ARABIC = re.compile("[\N{ARABIC NUMBER SIGN}-ۿ]")
LEAD_END = re.compile(f":|\\s[-{DASHES}]\\s")
# Words that never occur in a byline: prepositions, particles, speech verbs.
TEXT_WORDS = frozenset(
    normalize(word)
    for word in (
        *("في", "من", "إلى", "الى", "عن", "مع", "أن", "إن", "قال", "قالت", "يقول"),
        *("أكد", "أعلن", "ذلك", "هذا", "هذه", "التي", "الذي", "الذين", "حيث", "لا"),
        *("لم", "لن", "قد", "كان", "كانت", "ما", "ماذا", "هل", "كيف", "بعد", "قبل"),
        *("خلال", "ضد", "عند", "بين", "حتى", "أو", "ثم", "كما", "بعض", "كل"),
        # Titles of the people news is about, never of those who write it.
        *("الأمير", "الملك", "الرئيس", "الوزير", "ولي", "سمو", "معالي"),
    )
)


def fold_word(word: str) -> str:
    """Return ``word`` normalised, with everything but its letters removed."""
    return NOT_LETTER.sub("", normalize(word))


@dataclass(frozen=True, slots=True)
class CreditRules:
    """The word lists bylines are read with, as normalised keys."""

    agencies: frozenset[str]
    roles: frozenset[str]
    honorifics: frozenset[str]
    given_names: frozenset[str]
    places: frozenset[str]
    desk_roles: frozenset[str] = frozenset()
    person_titles: frozenset[str] = frozenset()


@cache
def credit_rules() -> CreditRules:
    """Return the packaged byline word lists."""
    return CreditRules(
        agencies=frozenset(filter(None, map(folded_letters, _read("agencies.txt")))),
        roles=frozenset(filter(None, map(folded_words, _read("byline_roles.txt")))),
        honorifics=frozenset(
            filter(None, map(folded_letters, _read("honorifics.txt")))
        ),
        given_names=frozenset(
            filter(None, map(folded_letters, _read("given_names.txt")))
        ),
        places=frozenset(filter(None, map(folded_words, _read("places.txt")))),
        desk_roles=frozenset(
            filter(None, map(folded_letters, _read("desk_roles.txt")))
        ),
        person_titles=frozenset(
            filter(None, map(_title_key, read_word_list("quote_titles.txt")))
        ),
    )


def _read(name: str) -> tuple[str, ...]:
    return tuple(read_word_list(name, __package__))


@cache
def folded_list(name: str) -> frozenset[str]:
    """Return a word list of the importer's ``data/``, each word folded (fold_word)."""
    return frozenset(map(fold_word, _read(name)))


def _title_key(word: str) -> str:
    """Fold a title word to its key: letters, no article, no feminine ending."""
    key = folded_letters(word)
    if key.startswith("ال") and len(key) - 2 >= TITLE_MIN_LETTERS:
        key = key[2:]
    return key[:-1] if key.endswith("ه") and len(key) - 1 >= TITLE_MIN_LETTERS else key


def role_piece(text: str, rules: CreditRules | None = None) -> bool:
    """Tell whether a credit piece is a person's post (``وزير النقل``), not a town.

    In ``فلان الفلاني - وزير النقل - قال …`` the pieces between dashes are the
    sentence's subject and its apposition: a piece that opens with a person's
    title (``text/data/quote_titles.txt``: وزير، مدير، المتحدث …) is never where a
    story was filed.
    """
    words = text.split()
    titles = (rules or credit_rules()).person_titles
    # a post is definite: the title itself or the noun it governs (وزير النقل,
    # المتحدث الرسمي); a title word with a bare word after it is a given name
    # and a family name (أمير فلان)
    return (
        len(words) > 1
        and _title_key(words[0]) in titles
        and (has_article(words[0]) or has_article(words[1]))
    )


def folded_letters(text: str) -> str:
    """Fold ``text`` to its normalised letters, without spaces or marks."""
    return NOT_LETTER.sub("", normalize(text)).lower()


def folded_words(text: str) -> str:
    """Fold ``text`` to normalised words separated by one space."""
    return " ".join(NOT_LETTER.sub(" ", normalize(text)).split()).lower()


def is_agency(text: str, rules: CreditRules | None = None) -> bool:
    """Tell whether ``text`` is a news agency of the list (``data/agencies.txt``)."""
    return folded_letters(text) in (rules or credit_rules()).agencies


def known_place(text: str, rules: CreditRules) -> bool:
    """Tell whether ``text`` is a place of the list (``data/places.txt``)."""
    return folded_words(text) in rules.places


def never_a_town(text: str) -> bool:
    """Tell whether a dateline piece cannot be a town: it has a stop word in it.

    A town's name is never a time word or a function word (``اليوم``, ``أمس``,
    ``في``; ``text/data/stopwords.txt``): a piece such as ``عين اليوم`` beside a
    reporter is the paper's name, not where the story was filed.
    """
    stop = stop_words()
    return any(normalize(word) in stop for word in text.split())


def has_article(word: str) -> bool:
    """Tell whether a word starts with the article "ال"."""
    return folded_letters(word).startswith("ال")


def verb_shaped(word: str) -> bool:
    """Tell whether a folded word is shaped as a present-tense verb (يسجل)."""
    return word[:1] in {"ي", "ت"} and word[-1:] not in {"ي", "ه", "ة"}


def nisba(word: str) -> bool:
    """Tell whether a word is a family name "ال…ي" (العنزي, الفلاني)."""
    return (
        word.startswith("ال") and word.endswith("ي") and len(word) > NISBA_MIN_LETTERS
    )
