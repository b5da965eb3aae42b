"""Bylines, datelines and agency credits: who wrote a story, and where from.

Arabic newspapers put them on a line of their own at the top (and sometimes the
bottom) of the text, in a few shapes:

* a place and a credit, separated by a dash or a colon: ``الرياض: سامر الكتبي``,
  ``أبها - هالة المطيري، وليد الزهراوي``, ``جدة - واس:``, ``دنفر (كولورادو) - رويترز``;
* a Hijri date line with its Gregorian equivalent and the agency:
  ``الدمام 14 شعبان 1446 هـ الموافق 13 فبراير 2025 م واس``;
* a reporter's name alone (``د. خالد العلي``, ``خالد سعيد باحمدان``), or an
  agency alone (``(واس)``);
* a desk post or an exclusive: ``محرر الشؤون المحلية``, ``الطائف - خاص بموجز``;
* next to the title, a town and a newspaper: ``تنومة - المرسى:``, ``المرسى (جدة)``;
* a credit opening the lead: ``بكين - (أ ف ب): قالت الحكومة …``, ``موجز- بحرة:
  …`` (one-word source and town pieces closed by a colon), ``«موجز» - بحرة: …``;
* an online paper naming itself: ``صحيفة المرسى الإلكترونية``, ``المرسى
  الإلكترونية من الرياض``.

A town is never part of the author: one glued to a reporter's name (``فلان -
الرياض فلان الفلاني``) or before the next bureau's colon (``بيروت: فلان فلان
عمان: فلان فلان``) is a place, and so is an unlisted word with no "ال" right
after a place (``فلان - جدة - بحرة``).

A photographer credited at the end of a byline (``- تصوير: فلان``) is set aside;
one in brackets after a byline or a dateline, the lead glued after it or not
(``المرسى - بحرة (تصوير: فلان) افتتح …``), is split off for the importer to drop
with a warning (:func:`split_photo_credit`).  A town and a paper joined by a
colon alone under the headline (``بحرة: المرسى``) read as with the colon closing
them: one word with no "ال", then one with it;
and beside an agency an unlisted word with "ال" is the paper that ran the wire,
not the dateline (``المرسى - واس``).  A question or an exclamation is never a
byline.

Dates anywhere in a credit line (``9/3/2025``, ``1446/9/9هـ``, a weekday, a time)
are set aside first and the rest is read as any byline.

A line is cut into segments at the separators, and every segment must read as one
of: an agency (``data/agencies.txt``), a role label (``data/byline_roles.txt``), a
person's name (a common given name from ``data/given_names.txt``, a title such as
``د.``, or ``بن``/``آل``/``أبو`` in it), a credit in quotation marks
(``«الشرق الأوسط»``), a date, a place (``data/places.txt``, or a short word beside
a name or an agency).  One segment that reads as ordinary text (a verb, a
preposition, a digit) and the line is text: when unsure, the line stays.  Pure
functions over one line; the importer's ``credits`` step calls them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from ..text.normalize import normalize
from ..text.terms import stop_words
from ..text.wordlists import read_word_list
from .furniture import is_desk_tag, split_trailing_codes
from .records import Credit

# "خاص بـ…" (an exclusive for an outlet) names the outlet in this many words.
EXCLUSIVE_MAX_WORDS = 4
# A byline is short: longer lines are text.
CREDIT_MAX_WORDS = 14
CREDIT_MAX_CHARS = 140
# A credit opening the lead ends within this many words.
LEAD_CREDIT_MAX_WORDS = 8
# A town or a country in a wire dateline has at most this many words.
PLACE_MAX_WORDS = 4
# A title's key (no article, no feminine ending) keeps at least this many letters.
TITLE_MIN_LETTERS = 3
# An agency credited after the last sentence has at most this many words.
AGENCY_TAIL_MAX_WORDS = 6
# A piece of an opening "المرسى- جدة:" with no known name has at most this many.
DASHED_PIECE_MAX_WORDS = 3
# A person's name has at most this many words (titles and "بن" included) ...
NAME_MAX_WORDS = 6
# ... and, without a title, at least a given name and a family name.
NAME_MIN_WORDS = 2
# After a title (``د.``, ``اللواء``) a name without "بن" has at most this many.
TITLED_NAME_MAX_WORDS = 4
# A family name "ال…ي" (a nisba, العنزي) has more letters than this.
NISBA_MIN_LETTERS = 4

_DASHES = "\u2013\u2014"
_SEPARATORS = re.compile(
    f"\\s*(?:\\s[-{_DASHES}ـ]+\\s|[-{_DASHES}]+|[:|،,/]|\\s+ـ+\\s*|ـ\\s)\\s*"
)
_BRACKETS = "«»\"\u201c\u201d\u201e()[]{}*'\u2018\u2019 .:"
# "… - تصوير: فلان فلان" (or in brackets) closing a byline: the photographer.
_PHOTO_CREDIT = re.compile(
    f"(?:\\s*[-{_DASHES}،,|]\\s*|\\s+)\\(?تصوير\\s*[:{_DASHES}-]?\\s*"
    f"[^()\\-{_DASHES}:،,|]{{2,40}}?\\)?\\s*$"
)
# "(تصوير: فلان فلان)": a photographer credited in brackets.
_PHOTO_BRACKETED = re.compile(
    f"\\(\\s*تصوير\\s*[:{_DASHES}-]?\\s*[^()]{{2,40}}?\\s*\\)"
)
# "بحرة: المرسى": one word with no "ال", a colon, one word with it.
_TOWN_COLON_PAPER = re.compile(r"(?!ال)[^\W\d_]{2,}\s*:\s*ال[^\W\d_]{2,}")
_INNER_QUOTES = re.compile('[«»"\u201c\u201d]')
_QUOTED = re.compile(r"^\s*[«\"“].+[»\"”]\s*$")
# Words, a colon, then only a quotation: "فلان: «…»".
_SPEAKER_QUOTED = re.compile(r"^(?P<speaker>[^:«»\"“”]+):\s*[«\"“][^«»\"“”]+[»\"”]\s*$")
_PARENTHESISED_PLACE = re.compile(r"^(?P<place>[^()]+?)\s*\((?P<region>[^()]+)\)$")
NOT_LETTER = re.compile(r"[\W_\d]+")
# Second halves of compound names ("صلاح الدين", "عبد الله", "عبد الرحمن").
COMPOUND_HALVES = frozenset(
    normalize(word) for word in ("الدين", "الله", "الرحمن", "الإله")
)
# Letters a word of running text may be glued to (و، ب، ل، ف and their pairs).
CLITICS = ("", "و", "ب", "ل", "ف", "وب", "ول", "فب", "فل")
_ASKS_OR_EXCLAIMS = re.compile("[؟?!]")
_HAS_DIGIT = re.compile(r"\d")
_HAS_ARABIC = re.compile("[\N{ARABIC NUMBER SIGN}-ۿ]")
_LATIN_DATE_WORD = re.compile(
    r"^(?:mon|tue|wed|thu|fri|sat|sun|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov"
    r"|dec|am|pm)[a-z]*$",
    re.IGNORECASE,
)
_ARABIC_DATE = re.compile(r"^\d{1,2}\s*\S+\s*\d{4}\s*(?:هـ|ه|م)?$")
_DATE_LINE = re.compile(
    r"^(?P<place>[^\d]{2,40}?)\s*"
    r"0?\d{1,2}\s*[^\d\s]+\s*\d{3,4}\s*(?:هـ|ه)?\s*"
    r"(?:الموافق\s*0?\d{1,2}\s*[^\d\s]+\s*\d{4}\s*م?)?\s*"
    r"(?P<agency>[^\d]*)$"
)
# A date in a dateline: numbers with "/" (``11/8/2015``, ``1436/10/26هـ``) or a
# day, one or two month words and a year (``14 شعبان 1446 هـ``, ``3 ربيع الأول
# 1437``) or a month, a day and a year (``أغسطس 5, 2015``), with the word that
# joins the Hijri date to the Gregorian one, and a weekday or a time beside them.
_DATE_IN_LINE = re.compile(
    r"(?<!\d)(?:\d{1,4}\s*[/.]\s*\d{1,2}\s*[/.]\s*\d{1,4}"
    r"|0?\d{1,2}\s*[^\d\s]+(?:\s[^\d\s]+)?\s+\d{4}"
    r"|[^\W\d_]+\s+\d{1,2}\s*[,،]\s*\d{4})\s*(?:هـ|ه|م)?"
    r"(?:(?!\w)|(?=الموافق))"
)
_DATE_COMPANIONS = re.compile(
    r"(?<!\w)(?:يوم\s+)?(?:الأحد|الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة"
    r"|السبت)(?!\w)|الموافق|(?<!\d)\d{1,2}:\d{2}(?:\s*(?:ص|م)(?!\w))?"
)
# Places listed in brackets: "جدة، بحرة", "جدة وبحرة".
_PLACE_LIST = re.compile(r"\s*[،,]\s*(?:و(?=\S))?|\s+و(?=\S)")
_TRAILING_BRACKET = re.compile(r"^(?P<before>[^()]+?)\s*\((?P<inner>[^()]+)\)\s*:?$")
_EXCLUSIVE = re.compile(r"^خاص\s+[بل]")
_LEADING_BRACKET = re.compile(r"^\((?P<inner>[^()]+)\)\s*(?P<after>[^()]+?)\s*:?$")
_FROM_PLACE = re.compile(
    r"^(?P<before>.+?)\s+من\s+(?P<place>[^\s:]+(?:\s[^\s:]+)?)\s*:?$"
)
_DASH = re.compile(f"[-{_DASHES}ـ]")
# A wire dateline opening the lead: "المدينة، البلد (CNN)-- …",
# "(رويترز) - …": a town (and its country after a comma), the agency in brackets
# and a dash, typed once or twice, spaced or not.
_WIRE_DATELINE = re.compile(
    r"^(?P<places>[^()\n:،,.]{0,40}?(?:[،,][^()\n:،,.]{1,40}?)?)\s*"
    rf"\((?P<agency>[^()\n]{{1,30}})\)\s*[-{_DASHES}]{{1,3}}\s*"
)
# "المصدر: صحيفة المرسى": the outlet a story was taken from, on a line of its own.
_SOURCE_LINE = re.compile(
    r"^\(?\s*المصدر\s*:\s*(?P<source>[^.!?؟:،,«»()]{2,60}?)\s*\)?\s*\.?$"
)
# "//واس// …", "/ رويترز / …": an agency in slashes opening the lead.
_SLASHED_OPENING = re.compile(r"^\s*/{1,2}\s*(?P<agency>[^/\n]{1,30}?)\s*/{1,2}\s*")
# The last sentence end of a line (closing marks included).
_LAST_SENTENCE_END = re.compile('[.!?؟…»”"](?=[^.!?؟…»”"]*$)')
_NOT_DASHED = re.compile("[:|،,/]")
# A dash between words, and how far after a name it would close an aside.
_DASH_IN_WORDS = re.compile(f"\\s[-{_DASHES}]\\s")
ASIDE_MAX_WORDS = 8
# Names joined into a list: "فلان، فلان", "فلان و فلان", "فلان وفلان".
_LIST_JOINER = re.compile(r"،|\sو\s|\sو(?=\S)")
_LEAD_DASHES = frozenset(f"-{_DASHES}")
_LEAD_END = re.compile(f":|\\s[-{_DASHES}]\\s")
_DASH_AND_WORDS = re.compile(f"\\s*[-{_DASHES}ـ]+\\s*(?P<words>\\S+(?:\\s\\S+)?)")
_BRACKETED = re.compile(r"\([^()]+\)")
_TOWN_COMMA = re.compile(r"^(?P<town>[^\d،,]+)[،,]")
# An agency in brackets closing a line: "… المقبل (أ ف ب)"; the word "agency"
# before it makes it the sentence's ("وكالة (رويترز)").
_BRACKETED_TAIL = re.compile(r"\s*\(\s*(?P<name>[^()]{1,30}?)\s*\)$")
_AGENCY_NOUN = normalize("وكال")
# An agency after a spaced dash closing a line: "… في المنطقة - أ ش أ".
_DASHED_TAIL = re.compile(f"\\s[-{_DASHES}]\\s*(?P<name>[^-{_DASHES}]{{1,30}})$")
_LEAD_OPENING_END = re.compile(f":|\\s[-{_DASHES}]\\s|(?<=\\))\\s")
# Words that never occur in a byline: prepositions, particles, speech verbs.
_TEXT_WORDS = frozenset(
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
# A headline's pause ("ولا عجلة.. وحسن ظن"), never inside a list of names.
_ELLIPSIS = re.compile(r"\.\.|…")
_GLUED_TITLE = re.compile(r"(?<!\S)([دمأ])\.(?=\S)")
_ABD = frozenset({"عبد", "وعبد"})
_TEXT_COLON = re.compile(r"(?<!\d):(?!\d)")
_STRONG = frozenset({"agency", "name", "credit"})
# "صحيفة المرسى الإلكترونية": the noun and the adjective of an online paper.
_ONLINE_PAPER_NOUN = normalize("صحيفة")
_ONLINE_ADJECTIVE = normalize("الإلكترونية")
# A town no list knows, beside an agency's line, has at most this many words.
WIRE_TOWN_MAX_WORDS = 2
# A paper named with its noun ("جريدة المرسى"), and at most this many words.
_PAPER_NOUNS = frozenset(normalize(word) for word in ("صحيفة", "جريدة", "مجلة"))
PAPER_NAME_MAX_WORDS = 3
# The word "agency" this many words before a bracketed agency names it in the text.
AGENCY_NOUN_REACH = 3
# An agent noun (فاعل: زائر، كاتب، باحث) has this many letters.
AGENT_NOUN_LETTERS = 4
_NAME_LINKS = frozenset(normalize(word) for word in ("بن", "بنت", "ابن", "آل", "أبو"))


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
        agencies=frozenset(filter(None, map(_letters, _read("agencies.txt")))),
        roles=frozenset(filter(None, map(_words, _read("byline_roles.txt")))),
        honorifics=frozenset(filter(None, map(_letters, _read("honorifics.txt")))),
        given_names=frozenset(filter(None, map(_letters, _read("given_names.txt")))),
        places=frozenset(filter(None, map(_words, _read("places.txt")))),
        desk_roles=frozenset(filter(None, map(_letters, _read("desk_roles.txt")))),
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
    key = _letters(word)
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
        and (_has_article(words[0]) or _has_article(words[1]))
    )


def _letters(text: str) -> str:
    """Fold ``text`` to its normalised letters, without spaces or marks."""
    return NOT_LETTER.sub("", normalize(text)).lower()


def _words(text: str) -> str:
    """Fold ``text`` to normalised words separated by one space."""
    return " ".join(NOT_LETTER.sub(" ", normalize(text)).split()).lower()


def is_agency(text: str, rules: CreditRules | None = None) -> bool:
    """Tell whether ``text`` is a news agency of the list (``data/agencies.txt``)."""
    return _letters(text) in (rules or credit_rules()).agencies


def known_place(text: str, rules: CreditRules) -> bool:
    """Tell whether ``text`` is a place of the list (``data/places.txt``)."""
    return _words(text) in rules.places


def never_a_town(text: str) -> bool:
    """Tell whether a dateline piece cannot be a town: it has a stop word in it.

    A town's name is never a time word or a function word (``اليوم``, ``أمس``,
    ``في``; ``text/data/stopwords.txt``): a piece such as ``عين اليوم`` beside a
    reporter is the paper's name, not where the story was filed.
    """
    stop = stop_words()
    return any(normalize(word) in stop for word in text.split())


# ---------------------------------------------------------------------------
# Segments


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
    core = text.strip(_BRACKETS)
    if not core:
        return Segment("empty", "")
    kind = _listed_kind(core, rules, quoted=bool(_QUOTED.match(text)))
    core = _INNER_QUOTES.sub("", core)  # «المرسى» الإلكترونية
    if kind:
        return Segment(kind, core)
    role_and_rest = _after_role(core, rules)
    if role_and_rest is not None:
        rest = classify_segment(role_and_rest, rules)
        return rest if rest is not None and rest.kind in {"name", "agency"} else None
    if _is_name(core, rules):
        return Segment("name", core)
    return Segment("unknown", core) if _plain_words(core, 3) else None


def _parenthesised(text: str, rules: CreditRules) -> Segment | None:
    """Read "مدينة (منطقة)" as a place, "فلان الفلاني (جدة)" as a name."""
    match = _PARENTHESISED_PLACE.match(text.strip(" .:*"))
    if match and _is_name(match["place"], rules):
        # "فلان الفلاني (جدة)، فلان الفلاني (الرياض)": each reporter's town
        return Segment("name", match["place"])
    if match and _plain_words(match["place"], 3):
        return Segment("place", match.group())
    return None


def _listed_kind(core: str, rules: CreditRules, *, quoted: bool) -> str:
    """Return the kind of a segment found in a list or by its shape, or ""."""
    words = _words(core)
    checks = (
        ("agency", _letters(core) in rules.agencies),
        ("date", _is_date(core)),
        ("role", words in rules.roles or _joined_roles(words, rules)),
        ("credit", quoted and len(core.split()) <= NAME_MAX_WORDS),
        ("credit", _desk_post(core, rules)),
        ("credit", _online_paper(core, titled=True)),
        ("role", _exclusive(core)),
        ("place", words in rules.places),
    )
    return next((kind for kind, found in checks if found), "")


def _is_date(text: str) -> bool:
    if _HAS_ARABIC.search(text):
        return bool(_ARABIC_DATE.match(text))
    words = re.findall(r"[^\W\d_]+", text)
    dated = bool(_HAS_DIGIT.search(text) or words)
    return dated and all(_LATIN_DATE_WORD.match(word) for word in words)


def _joined_roles(words: str, rules: CreditRules) -> bool:
    """Tell whether ``words`` are roles joined by "و" ("إعداد وترجمة")."""
    parts = words.split()
    return len(parts) > 1 and all(
        part in rules.roles or (part.startswith("و") and part[1:] in rules.roles)
        for part in parts
    )


def _desk_post(text: str, rules: CreditRules) -> bool:
    """Tell whether ``text`` credits a post: ``محرر الشؤون المحلية``, ``مراسل موجز``.

    A word of ``data/desk_roles.txt`` and one to three plain words.
    """
    first, _, rest = text.partition(" ")
    return _letters(first) in rules.desk_roles and _plain_words(
        rest.strip(_BRACKETS), 3
    )


def _online_paper(text: str, *, titled: bool = False) -> bool:
    """Tell whether ``text`` names an online paper: ``صحيفة المرسى الإلكترونية``.

    One word (or one quoted name) and the adjective "الإلكترونية", after
    ``صحيفة`` (``titled``) or, before "من" and a place, without it: a news site
    naming itself.  Without either, ``الخدمات الإلكترونية`` is a phrase.
    """
    words = _words(text).split()
    if words[:1] == [_ONLINE_PAPER_NOUN]:
        words = words[1:]
    elif titled:
        return False
    return len(words) == NAME_MIN_WORDS and words[1] == _ONLINE_ADJECTIVE


def _named_paper(text: str) -> bool:
    """Tell whether ``text`` is a paper named with its noun: ``جريدة المرسى``.

    The noun (``صحيفة``, ``جريدة``, ``مجلة``) and at most three words with no
    function word.  Alone, this is any phrase (``صحيفة الوطن نشرت``); beside a
    date on its own line, it is a paper's masthead.
    """
    words = _words(text).split()
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
    if rest and _words(first) in rules.roles:
        return rest
    return None


def _plain_words(text: str, most: int) -> bool:
    """Tell whether ``text`` is 1..``most`` words of letters, none a text word."""
    words = text.split()
    return (
        0 < len(words) <= most
        and not _HAS_DIGIT.search(text)
        and all(_letters(word) for word in words)
        and not any(_letters(word) in _TEXT_WORDS for word in words)
    )


def _name_words(text: str) -> list[str]:
    """Return the folded words of a name: "د.فلان" split, "عبد الله" joined."""
    words: list[str] = []
    for word in _GLUED_TITLE.sub(r"\1. ", text).split():
        folded = _letters(word)
        if words and words[-1] in _ABD:
            words[-1] += folded
        elif folded:
            words.append(folded)
    return words


def _is_name(text: str, rules: CreditRules) -> bool:
    """Tell whether ``text`` is one or more person's names ("د. فلان وفلان")."""
    words = _name_words(text)
    if not words or len(words) > 2 * NAME_MAX_WORDS or _HAS_DIGIT.search(text):
        return False
    if any(word in _TEXT_WORDS for word in words):
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
        and (not words[-1].startswith("ال") or _nisba(words[-1]))
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
        and _nisba(rest[-1])
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
    for match in _SEPARATORS.finditer(text):
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
            for part in (_place_then_name(piece.strip(), rules) or piece).split(" - ")
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


# ---------------------------------------------------------------------------
# Lines


def read_credit(
    text: str, rules: CreditRules | None = None, *, alone: bool = False
) -> Credit | None:
    """Return the byline or dateline that ``text`` is, or None when it is text.

    ``alone`` allows a line that is only a name ("د. خالد العلي"), which is a
    byline only next to the title or at the end of the text.
    """
    rules = rules or credit_rules()
    text = text.strip()
    if quotes_a_speaker(text, rules):
        return None  # "رئيس البلدية: «سنفتتح السوق غدا»": a headline
    # "(الرياض)" or "الرياض:" alone on its line marks the place as a dateline.
    if alone and _TOWN_COLON_PAPER.fullmatch(text):
        text += ":"  # a town and a paper, alone: as "بحرة: المرسى:"
    marked = text.endswith(":") or (text.startswith("(") and text.endswith(")"))
    if text.startswith("(") and text.endswith(")") and text.count("(") == 1:
        text = text[1:-1].strip()
    if len(text) > CREDIT_MAX_CHARS or len(text.split()) > CREDIT_MAX_WORDS:
        return None
    text = strip_photo_credit(text)
    text = _place_after(text, rules, alone=alone)
    text = _next_bureau(text, rules)
    undated = _without_dates(text)
    if undated is None:
        dated = _date_line(text, rules)
        if dated is not None:
            return dated
    elif not _has_letter(undated):
        return Credit()
    return _read_pieces(
        undated or text, rules, alone=alone, marked=marked, dated=undated is not None
    )


def town_line(text: str, rules: CreditRules | None = None) -> Credit | None:
    """Read a known town alone on its line (``جدة``) as a dateline, or None.

    Only for a line among the credits under the headline: there a town alone is
    the dateline, as ``جدة:`` or ``(جدة)`` are anywhere.
    """
    core = text.strip(" -:" + _DASHES)
    if known_place(core, rules or credit_rules()):
        return Credit(dateline=core)
    return None


def wire_town(text: str, rules: CreditRules | None = None) -> Credit | None:
    """Read a town no list knows, beside an agency's line, as a dateline, or None.

    One or two plain words (no digit, no mark) with no article ``ال`` and no
    function word, not a desk's or a role's word (``رياضة``, ``محليات``): a
    place name as wires print it on a line of its own (``نخلان``, ``وادي الزمرد``).
    """
    rules = rules or credit_rules()
    core = text.strip(" -:" + _DASHES)
    words = core.split()
    if not 0 < len(words) <= WIRE_TOWN_MAX_WORDS or not _plain_words(core, 2):
        return None
    folded = [fold_word(word) for word in words]
    if any(
        word.startswith("ال")
        or word in stop_words()
        or word in rules.roles
        or is_desk_tag(word)
        for word in folded
    ):
        return None
    return Credit(dateline=core)


def split_photo_credit(
    text: str, rules: CreditRules | None = None
) -> tuple[Credit, str, str] | None:
    """Split a credit, a photographer in brackets and what follows, or None.

    ``المرسى - بحرة (تصوير: فلان) افتتح …`` gives the credit of ``المرسى -
    بحرة``, ``(تصوير: فلان)`` and ``افتتح …``: the photographer took the
    picture, he is not the author.  What comes before the brackets must read as
    a credit alone (with a colon closing it, as a byline under the headline is
    often written), or nothing is split.
    """
    match = _PHOTO_BRACKETED.search(text[:CREDIT_MAX_CHARS])
    if match is None:
        return None
    head = text[: match.start()].strip(f" -{_DASHES}:،,|")
    if not head:
        return None
    credit = read_credit(head, rules, alone=True) or read_credit(
        head + ":", rules, alone=True
    )
    if credit is None or not (credit.author or credit.dateline):
        return None
    rest = text[match.end() :].strip(f" -{_DASHES}:،,|\u00a0")
    return credit, match.group(), rest


def strip_photo_credit(text: str) -> str:
    """Return a byline without the photographer credited at its end.

    ``سلافة نعمان - تصوير: جورج بيتسون`` gives ``سلافة نعمان``: the writer is
    the author, the photographer is not.  A line that is only a photo credit is
    left as it is (the furniture step drops it).
    """
    match = _PHOTO_CREDIT.search(text)
    if match is None or not text[: match.start()].strip(" -:،,|"):
        return text
    return text[: match.start()].rstrip()


def _read_pieces(
    text: str, rules: CreditRules, *, alone: bool, marked: bool, dated: bool
) -> Credit | None:
    """Read a line (its dates set aside) from its segments."""
    found = segments(text, rules)
    if not found:
        return None
    if len(found) == 1:
        if dated:
            credit = _dated_single(found[0], alone=alone)
            if credit is not None:
                return credit
        return _single(found[0], alone=alone, marked=marked)
    if alone and text.endswith(":"):
        pair = (
            _place_and_source(found)
            or _writer_and_paper(found)
            or _dashed_alone(text.rstrip(" :"), found)
        )
        if pair is not None:
            return pair
    if alone and _place_colon_paper(found):
        return Credit(author=found[1].text, dateline=found[0].text)
    several = _several(found, text)
    return (
        _paper_with_a_stop_word(text, found) if several is None and alone else several
    )


def _dated_single(segment: Segment, *, alone: bool) -> Credit | None:
    """Read the one piece beside a line's dates: a town, or a paper's masthead.

    ``جدة - الأحد 3 مايو 2015`` gives the dateline; ``صحيفة المرسى - الأحد 3 مايو
    2015`` alone on its line gives the paper as the credit.
    """
    if _town(segment):
        return Credit(dateline=segment.text)
    if alone and _named_paper(segment.text):
        return Credit(author=segment.text)
    return None


def _paper_with_a_stop_word(text: str, found: Sequence[Segment]) -> Credit | None:
    """Read "موجز اليوم - بحرة" alone on its line: a paper and a town, no list.

    Two pieces joined by a dash, neither known, one with a stop word in it (a
    paper, :func:`never_a_town`) and the other one or two plain words: the town
    after the paper (``موجز اليوم - بحرة``); before it, shaped as "given family"
    (only the last word with "ال"), the writer (``سلمى العتيبي - موجز اليوم``).
    Two names with no stop word in them (``الهلال - النصر``, a match) stay text.
    """
    if len(found) != NAME_MIN_WORDS or _NOT_DASHED.search(text.rstrip(" :")):
        return None
    if any(segment.kind != "unknown" for segment in found):
        return None
    papers = [segment.text for segment in found if never_a_town(segment.text)]
    others = [segment.text for segment in found if not never_a_town(segment.text)]
    if len(papers) != 1 or len(others) != 1 or len(others[0].split()) > 2:  # noqa: PLR2004 (a town of two words)
        return None
    other = others[0]
    if _DATE_COMPANIONS.search(other):  # "موجز اليوم - الجمعة": a weekday
        return None
    if found[1].text == papers[0] and _name_shaped(other):
        return Credit(author=other)
    return Credit(author=papers[0], dateline=other)


def _place_colon_paper(found: Sequence[Segment]) -> bool:
    """Tell whether segments are "مكان: الصحيفة" (a known place, one word "ال…").

    Next to the title only: ``أبها: المرسى``; ``الرياض: الأمطار تعود`` (more
    than one word) stays a headline.
    """
    if len(found) != NAME_MIN_WORDS:
        return False
    place, paper = found
    return (
        place.kind == "place"
        and paper.kind == "unknown"
        and len(paper.text.split()) == 1
        and _has_article(paper.text)
    )


def _without_dates(text: str) -> str | None:
    """Return ``text`` with its dates (and weekdays) as separators, None if none.

    ``الرياض - الثلاثاء 11/8/2015`` gives ``الرياض - |``: the rest is read as
    any byline is.
    """
    if not _DATE_IN_LINE.search(text):
        return None
    return _DATE_COMPANIONS.sub(" | ", _DATE_IN_LINE.sub(" | ", text))


def _has_letter(text: str) -> bool:
    """Tell whether ``text`` has a letter."""
    return re.search(r"[^\W\d_]", text) is not None


def _town(segment: Segment) -> bool:
    """Tell whether a segment beside a date is the place: known, or one word."""
    return segment.kind == "place" or (
        segment.kind == "unknown" and len(segment.text.split()) == 1
    )


def _place_and_source(found: Sequence[Segment]) -> Credit | None:
    """Read "مكان - مصدر:" alone on its line: two unknown single words, a colon.

    A line of two one-word pieces ending with a colon, next to the title, one a
    name with "ال" (a newspaper: ``الحدث``) and the other a town without it
    (``سول - الحدث:``, either order) or a channel in Latin letters
    (``الحدث - CNN:``, two sources and no place).  A known place is read by
    :func:`_combine` instead; two common words (``تحذير - عاجل:``) stay text.
    """
    if len(found) != NAME_MIN_WORDS or any(
        segment.kind != "unknown" or len(segment.text.split()) != 1 for segment in found
    ):
        return None
    sources = [s.text for s in found if _has_article(s.text)]
    latin = [s.text for s in found if not _HAS_ARABIC.search(s.text)]
    towns = [s.text for s in found if s.text not in sources and s.text not in latin]
    if len(sources) != 1:
        return None
    if latin:
        return Credit(author="، ".join(s.text for s in found))
    return Credit(author=sources[0], dateline=towns[0])


def _writer_and_paper(found: Sequence[Segment]) -> Credit | None:
    """Read "فلان فلان- المرسى:" (a writer and the paper, a colon): the writer.

    Two unknown pieces: a name of two or three words (no "ال" but on the last
    word, no word shaped as a verb after the first) and one word (the paper, in
    either order).  Only with a colon, next to the title or opening the lead.
    """
    if len(found) != NAME_MIN_WORDS or any(s.kind != "unknown" for s in found):
        return None
    sizes = sorted(len(segment.text.split()) for segment in found)
    if sizes[0] != 1 or not NAME_MIN_WORDS <= sizes[1] <= NAME_MAX_WORDS - 3:
        return None
    writer = next(s.text for s in found if len(s.text.split()) > 1)
    return Credit(author=writer) if _writer_shaped(writer) else None


def _writer_shaped(writer: str) -> bool:
    """Tell whether words are shaped as a writer's name: "ال" on the last only.

    No word after the first is shaped as a present-tense verb.
    """
    words = _name_words(writer)
    return not any(word.startswith("ال") for word in words[:-1]) and not any(
        verb_shaped(word) for word in words[1:]
    )


def _desk_word(text: str) -> bool:
    """Tell whether ``text`` is one desk word (``الرياضية``: section_topics.txt)."""
    words = text.split()
    return len(words) == 1 and fold_word(words[0]) in folded_list("section_topics.txt")


def _has_article(word: str) -> bool:
    return _letters(word).startswith("ال")


def _several(found: Sequence[Segment], text: str) -> Credit | None:
    """Read a byline of several segments; "place: headline" stays text."""
    strong = any(segment.kind in _STRONG for segment in found)
    inner_colon = _TEXT_COLON.search(text.rstrip(" :"))
    if not strong and inner_colon and not _colon_byline(found):
        return None  # "الرياض: الأمطار تعود" is a headline, not a byline
    return _combine(found)


def _colon_byline(found: Sequence[Segment]) -> bool:
    """Tell whether "place: words" is a byline: the words are shaped as a name.

    Only the last word may have "ال" ("بيروت: فلان فلان", "تونس: فلان الفلاني"),
    unless it is a family name "ال…ي" (a nisba: "تونس: المنذر الفلاني"), so
    "الرياض: الأمطار تعود" stays a headline.  Two such pairs make a byline of
    two reporters in two places ("بيروت: فلان فلان ـ أربيل: فلان فلان").
    """
    pairs = list(zip(found[::2], found[1::2], strict=False))
    return (
        len(found) % 2 == 0
        and bool(pairs)
        and all(
            place.kind == "place"
            and name.kind in {"unknown", "name"}
            and len(name.text.split()) >= NAME_MIN_WORDS
            and (
                not any(word.startswith("ال") for word in name.text.split()[:-1])
                or _nisba(name.text.split()[-1])
            )
            for place, name in pairs
        )
    )


def _place_after(text: str, rules: CreditRules, *, alone: bool = False) -> str:
    """Rewrite "فلان (جدة)" and "«الصحيفة» من الرياض" as "فلان - جدة".

    A place in brackets after a name, an agency or, next to the title, one word
    (a newspaper: ``المرسى (جدة)``; then the place must be a known one, or a list
    of known ones, ``المرسى (جدة، الرياض)``, the first being the dateline), or
    after "من" following a credit, is the dateline.
    """
    bracket = _TRAILING_BRACKET.match(text)
    if bracket:
        before, inner = bracket["before"], bracket["inner"]
        if (
            _letters(inner) in rules.agencies
            or (
                len(before.split()) >= NAME_MIN_WORDS
                and _plain_words(inner, 3)
                and not _describes_person(inner, rules)
            )
            or (alone and known_place(inner, rules) and _plain_words(before, 1))
        ):
            return f"{before} - {inner}"
        # "المرسى (جدة، بحرة)": a paper's bureaus, listed; the first is the dateline
        towns = _PLACE_LIST.split(inner)
        if (
            alone
            and len(towns) > 1
            and _plain_words(before, 1)
            and all(known_place(town, rules) for town in towns)
        ):
            return f"{before} - {towns[0]}"
    leading = _LEADING_BRACKET.match(text)
    if leading and _letters(leading["inner"]) in rules.agencies:
        return f"{leading['after']} - {leading['inner']}"
    glued = _place_then_name(text, rules)
    if glued:
        return glued
    origin = _FROM_PLACE.match(text)
    if origin:
        head = classify_segment(origin["before"], rules)
        if (
            head is not None and head.kind in {"credit", "agency", "name"}
        ) or _online_paper(origin["before"]):
            # quoted, the paper is read as a credit ("«المرسى الإلكترونية» - جدة")
            before = _INNER_QUOTES.sub("", origin["before"])
            return f"«{before}» - {origin['place']}"
    return text


def _describes_person(inner: str, rules: CreditRules) -> bool:
    """Tell whether a word in brackets after a name says what, not where, one is.

    ``فلان الفلاني (زائر)``, ``(كاتب)``, ``(مراسل)``, ``(مدير التحرير)``: a
    byline role, a person's post, or one word shaped as an agent noun (فاعل:
    four letters, the second an alef), unless the list knows it as a town
    (``حائل``).
    """
    if known_place(inner, rules):
        return False
    words = _words(inner)
    letters = _letters(inner)
    return (
        words in rules.roles
        or role_piece(inner, rules)
        or (
            " " not in words
            and len(letters) == AGENT_NOUN_LETTERS
            and letters[1] == "ا"
        )
    )


def _next_bureau(text: str, rules: CreditRules) -> str:
    """Rewrite "بيروت: فلان فلان عمان: فلان فلان" as "… فلان فلان - عمان: …".

    Reporters in several bureaus on one line: the place of the next bureau is a
    known place of one or two words right before its colon, glued to the name
    before it, which keeps at least two words.
    """
    pieces = text.split(":")
    if len(pieces) < 3:  # noqa: PLR2004 (two bureaus: two colons)
        return text
    for index in range(1, len(pieces) - 1):
        words = pieces[index].split()
        for width in (2, 1):
            place = " ".join(words[-width:])
            name = words[:-width]
            if (
                len(name) >= NAME_MIN_WORDS
                and not _SEPARATORS.search(" ".join(name))
                and known_place(place, rules)
            ):
                pieces[index] = f" {' '.join(name)} - {place}"
                break
    return ":".join(pieces)


def _place_then_name(text: str, rules: CreditRules) -> str | None:
    """Rewrite "الرياض فلان الفلاني" (no separator) as "الرياض - فلان الفلاني".

    Only a known place of one or two words followed by a person's name that is
    plainly one (see :func:`_clear_name`) and has no word shaped as a verb
    (``جدة سعد يتألق`` stays text).
    """
    words = text.split()
    for width in (2, 1):
        place, rest = " ".join(words[:width]), " ".join(words[width:])
        if (
            rest
            and known_place(place, rules)
            and not _SEPARATORS.search(text)
            and _is_name(rest, rules)
            and _clear_name(rest, rules)
            and not any(verb_shaped(word) for word in _name_words(rest)[1:])
        ):
            return f"{place} - {rest}"
    return None


def _date_line(text: str, rules: CreditRules) -> Credit | None:
    match = _DATE_LINE.match(text)
    if match is None:
        return None
    place = match["place"].strip(" -:،," + _DASHES)
    agency = match["agency"].strip(_BRACKETS + "-" + _DASHES)
    if not _plain_words(place, 3):
        return None
    if agency and _letters(agency) not in rules.agencies:
        return None
    return Credit(author=agency or None, dateline=place)


def _single(segment: Segment, *, alone: bool, marked: bool = False) -> Credit | None:
    if alone and marked and segment.kind == "place":
        return Credit(dateline=segment.text)
    if segment.kind == "agency":
        return Credit(author=segment.text)
    if segment.kind == "date":
        return Credit()
    if (
        alone
        and segment.kind == "credit"
        and (
            _desk_post(segment.text, credit_rules())
            or _online_paper(segment.text, titled=True)
        )
    ):
        return Credit(author=segment.text)
    if alone and (
        (segment.kind == "name" and _clear_name(segment.text))
        or (segment.kind == "unknown" and _family_name(segment))
    ):
        return Credit(author=segment.text)
    return None


def _clear_name(text: str, rules: CreditRules | None = None) -> bool:
    """Tell whether a name alone on its line is plainly one (not "محمد صلاح يسجل").

    A title (``د.``), a link (``بن``, ``آل``, ``أبو``), a family name with "ال"
    as the last word, or just two words; a given name and any words is not enough.
    """
    rules = rules or credit_rules()
    words = _name_words(text)
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


def verb_shaped(word: str) -> bool:
    """Tell whether a folded word is shaped as a present-tense verb (يسجل)."""
    return word[:1] in {"ي", "ت"} and word[-1:] not in {"ي", "ه", "ة"}


def _name_shaped(text: str) -> bool:
    """Tell whether 2-4 words look like "given family": only the last has "ال"."""
    words = text.split()
    return (
        NAME_MIN_WORDS <= len(words) <= NAME_MAX_WORDS - 2
        and not any(word.startswith("ال") for word in words[:-1])
        and words[-1].startswith("ال")
    )


def _nisba(word: str) -> bool:
    """Tell whether a word is a family name "ال…ي" (العنزي, الفلاني)."""
    return (
        word.startswith("ال") and word.endswith("ي") and len(word) > NISBA_MIN_LETTERS
    )


def _family_name(segment: Segment) -> bool:
    """Tell whether a lone name ends in a family name "ال…ي" (a nisba)."""
    last = segment.text.split()[-1]
    return (
        _name_shaped(segment.text)
        and len(last) > NISBA_MIN_LETTERS
        and last.endswith("ي")
    )


def _combine(found: Sequence[Segment]) -> Credit | None:
    # "فلان الفلاني - مدير التحرير": the writer's post is neither author nor town
    found = [s for s in found if not (s.kind == "unknown" and role_piece(s.text))]
    kinds = [segment.kind for segment in found]
    if not kinds or all(kind == "date" for kind in kinds):
        return Credit() if kinds else None
    strong = any(kind in {"agency", "name", "credit"} for kind in kinds)
    has_place = "place" in kinds
    if not strong:
        resolved = _resolve_weak(found)
        if resolved is None:
            return None
        found = resolved
        kinds = [segment.kind for segment in found]
        strong = any(kind in {"agency", "name", "credit"} for kind in kinds)
    authors: list[str] = []
    places: list[str] = []
    papers: list[str] = []
    wired = "agency" in kinds
    previous = ""
    for segment in found:
        kind = segment.kind
        if kind == "unknown":
            # "المرسى - واس": the paper that ran the wire is no place
            town = strong and not has_place and not places
            town = town and not (wired and _paper_word(segment.text))
            # "الثقافية - فلان": a desk (a section's topic) is never a town
            town = town and not _desk_word(segment.text)
            # "فلان الفلاني - جدة - بحرة": a second town beside a listed one
            town = town or (
                bool(authors) and previous == "place" and _second_town(segment)
            )
            kind = "place" if town else "credit"
            if kind == "credit" and len(segment.text.split()) == 1:
                papers.append(segment.text)
        if kind == "place":
            places.append(segment.text)
        elif kind in {"agency", "name", "credit"}:
            authors.append(segment.text)
        previous = kind
    if any(author not in papers for author in authors):
        # "فلان الفلاني - المرسى - جدة": the reporter is the author, not the paper
        authors = [author for author in authors if author not in papers]
    if not authors and not places:
        return None
    if not authors and len(places) == NAME_MIN_WORDS:
        paper = _paper_named_after_a_city(places)
        if paper is not None:
            return Credit(author=paper, dateline=next(p for p in places if p != paper))
    return Credit(
        author="، ".join(dict.fromkeys(authors)) or None,
        dateline=places[0] if places else None,
    )


def _second_town(segment: Segment) -> bool:
    """Tell whether an unlisted piece right after a place is a second town.

    One word with no "ال": a story filed from two towns lists them side by side
    (``جدة - بحرة``), while a newspaper's name takes the article (``جدة -
    المرسى``, see :func:`_paper_word`).
    """
    return len(segment.text.split()) == 1 and not _has_article(segment.text)


def _paper_word(text: str) -> bool:
    """Tell whether an unlisted word beside an agency names the paper, not a place.

    One word with "ال" that no list holds as a place: papers so credit the wire
    they ran (``المرسى - واس``); a dateline's town is listed or has no "ال", and
    when unsure the dateline is left empty rather than naming the paper.
    """
    return len(text.split()) == 1 and _has_article(text)


def _paper_named_after_a_city(places: Sequence[str]) -> str | None:
    """Return which of two places side by side is a newspaper, or None if unsure.

    A dateline names one place; a second one beside it is the newspaper, named
    after its city (``المرسى - جدة``, ``دبي - المرسى``).  Newspapers take the
    article "ال" and the place with it is the paper when the other has none; two
    places with it, or two without, are left as a dateline.
    """
    named = [place for place in places if _has_article(place.split()[0])]
    return named[0] if len(named) == 1 else None


def _resolve_weak(found: Sequence[Segment]) -> list[Segment] | None:
    """Read a byline with no agency and no known name, or say it is text.

    A known place (or a role label) beside short unknown words makes them credits
    (``الرياض - المرسى``); known places alone are a dateline; a "given family"
    shaped pair beside one word is a name and a place (``وليد الزهراوي - بقيق``).
    """
    content = [segment for segment in found if segment.kind not in {"date", "role"}]
    kinds = [segment.kind for segment in content]
    if not content or not set(kinds) <= {"place", "unknown"}:
        return None
    if "place" in kinds or any(segment.kind == "role" for segment in found):
        return list(found)
    if len(content) != NAME_MIN_WORDS:  # a name and a place
        return None
    first, second = content
    for name, place in ((first, second), (second, first)):
        if _name_shaped(name.text) and len(place.text.split()) == 1:
            return [Segment("name", name.text), Segment("place", place.text)]
    return None


def source_line(text: str) -> str | None:
    """Return the outlet a source line names (``المصدر: صحيفة المرسى``), or None.

    A line of its own that is only the label, a colon and a name of at most
    ``AGENCY_TAIL_MAX_WORDS`` words with no function word (``المصدر: إن …``
    opens a quotation of an unnamed source, which stays text).
    """
    match = _SOURCE_LINE.match(text.strip())
    if match is None:
        return None
    source = match["source"].strip()
    words = source.split()
    stop = stop_words()
    if len(words) > AGENCY_TAIL_MAX_WORDS or any(
        normalize(word) in stop or normalize(word) in _TEXT_WORDS for word in words
    ):
        return None
    return source


def split_glued_agency(text: str) -> tuple[str, Credit] | None:
    """Split an agency credited after a line's last sentence: ``… الطائف. (واس)``.

    After the last sentence end, the name of an agency of the list alone, in
    brackets or after a dash, or agencies a credit line names (``رويترز - أ ف
    ب``, ``المصدر: واس``), perhaps with the desk's codes after it (``… الطائف.
    واس / ع ص``): the credit goes to ``Author``, the sentence stays.
    """
    core = text.rstrip(" .")
    # "… (أ ف ب)" closing the line; "… وكالة الأنباء (كونا)." ends a sentence
    bracketed = _bracketed_agency_tail(core) if text.rstrip().endswith(")") else None
    if bracketed is not None:
        return bracketed
    end = _LAST_SENTENCE_END.search(core)
    if end is None:
        return _dashed_agency_tail(core)
    head, tail = core[: end.end()].rstrip(), core[end.end() :]
    name, codes = split_trailing_codes(tail)
    if codes and is_agency(codes.strip(f" ()[]-/{_DASHES}")):
        name = tail  # "رويترز - أ ف ب": the initials are an agency's
    name = name.strip(f" ()[]-{_DASHES}")
    if not _has_letter(head) or len(name.split()) > AGENCY_TAIL_MAX_WORDS:
        return None
    if is_agency(name):
        return head, Credit(author=name)
    # agencies side by side or labelled ("رويترز - أ ف ب", "المصدر: واس"), read
    # as the credits are: only agencies, no place
    credit = read_credit(name, alone=True)
    if (
        credit is not None
        and credit.author
        and credit.dateline is None
        and all(is_agency(part) for part in credit.author.split("، "))
    ):
        return head, credit
    return None


def _bracketed_agency_tail(core: str) -> tuple[str, Credit] | None:
    """Split ``… الشهر المقبل (أ ف ب)``: an agency in brackets closing the line.

    The brackets set the credit apart, a sentence end before it or not; near the
    word "agency" (``نقلت وكالة الأنباء (رويترز)``) the name is the sentence's.
    """
    match = _BRACKETED_TAIL.search(core)
    if match is None or not is_agency(match["name"]):
        return None
    head = core[: match.start()].rstrip()
    words = head.split()
    if (
        not words
        or not _has_letter(head)
        or any(_AGENCY_NOUN in _letters(word) for word in words[-AGENCY_NOUN_REACH:])
    ):
        return None
    return head, Credit(author=match["name"].strip())


def _dashed_agency_tail(core: str) -> tuple[str, Credit] | None:
    """Split ``… في المنطقة - أ ش أ``: an agency after a spaced dash, no stop before.

    An agency's initials (``أ ف ب``) are never a word of the text; a one-word
    name needs a full line before it (at least ``LEAD_CREDIT_MAX_WORDS`` words):
    a caption as short as ``رحلة إلى عمان - بترا`` keeps its last word.
    """
    match = _DASHED_TAIL.search(core)
    if match is None or not is_agency(match["name"]):
        return None
    head = core[: match.start()].rstrip()
    initials = all(len(word) == 1 for word in match["name"].split())
    if not _has_letter(head) or (
        len(head.split()) < LEAD_CREDIT_MAX_WORDS
        and (not initials or read_credit(head, alone=True) is not None)
    ):
        # a short line before initials may be credits too ("رويترز - أ ف ب")
        return None
    return head, Credit(author=match["name"].strip())


def split_lead_credit(
    text: str, rules: CreditRules | None = None
) -> tuple[Credit, str] | None:
    """Split a credit opening a paragraph ("بكين - (أ ف ب): …") from its text.

    Only a credit naming an agency, or a place and a person, is split off:
    ``مصر: …`` and ``خالد العلي: …`` (a quotation's speaker) stay.
    The longest such opening (up to a colon, a spaced dash, or the bracket of
    ``فلان الفلاني (جدة) …``) wins.
    """
    rules = rules or credit_rules()
    wire = (
        _wire_dateline(text, rules)
        or _slashed_agency(text, rules)
        or _dated_lead(text, rules)
    )
    if wire is not None:
        return wire
    best = None
    for match in _LEAD_OPENING_END.finditer(text[:CREDIT_MAX_CHARS]):
        head, rest = text[: match.start()].strip(), text[match.end() :].strip()
        if len(head.split()) > LEAD_CREDIT_MAX_WORDS:
            break
        credit = _lead_opening(head, match.group(), rules) or _names_credit(
            head, match, rest, rules
        )
        if credit is not None and len(rest.split()) >= LEAD_CREDIT_MAX_WORDS:
            best = (credit, rest)
    glued = _glued_place_opening(text, rules)
    if glued is not None and (best is None or len(glued[1]) < len(best[1])):
        return glued
    if best is not None and best[0].author is None and _more_credit(best[1]):
        # "لندن - المرسى أونلاين - …": a town, then more credit not read; all
        # of it stays together (the Summary skips it whole)
        return None
    return best


def _more_credit(rest: str) -> bool:
    """Tell whether a separator comes within the first words after a dateline."""
    match = _LEAD_END.search(rest[:CREDIT_MAX_CHARS])
    return (
        match is not None and len(rest[: match.start()].split()) <= NAME_MAX_WORDS - 2
    )


def slashed_agency(text: str, rules: CreditRules | None = None) -> str | None:
    """Return the agency of a mark such as ``//واس//`` or ``/ رويترز /``, or None."""
    match = _SLASHED_OPENING.match(text)
    if match is None or text[match.end() :].strip():
        return None
    return match["agency"] if is_agency(match["agency"], rules) else None


def _slashed_agency(text: str, rules: CreditRules) -> tuple[Credit, str] | None:
    """Split ``//واس// …``: an agency of the list in slashes opening the lead."""
    match = _SLASHED_OPENING.match(text)
    if match is None or not is_agency(match["agency"], rules):
        return None
    rest = text[match.end() :].strip()
    if len(rest.split()) < LEAD_CREDIT_MAX_WORDS:
        return None
    return Credit(author=match["agency"]), rest


def _wire_dateline(text: str, rules: CreditRules) -> tuple[Credit, str] | None:
    """Split a wire dateline off the lead: ``دبي، الإمارات (CNN)-- …``.

    An agency of the list in brackets and a dash, after at most a town and its
    country (no function word among them: not a clause): the agency is the
    ``Author``, the town the ``Dateline``, the country is left out.
    """
    match = _WIRE_DATELINE.match(text)
    if match is None or not is_agency(match["agency"].strip(), rules):
        return None
    dated = _without_dates(match["places"]) or match["places"]
    pieces = (piece.strip(f" -{_DASHES}|") for piece in re.split("[،,|]", dated))
    places = [piece for piece in pieces if piece] or [""]
    rest = text[match.end() :].strip()
    stop = stop_words()
    if (
        any(len(place.split()) > PLACE_MAX_WORDS for place in places)
        or any(normalize(word) in stop for word in match["places"].split())
        or len(rest.split()) < LEAD_CREDIT_MAX_WORDS
    ):
        return None
    return Credit(author=match["agency"].strip(), dateline=places[0] or None), rest


def _glued_place_opening(text: str, rules: CreditRules) -> tuple[Credit, str] | None:
    """Split "فلان الفلاني - الطائف أعلنت …": a byline glued to the lead.

    With no separator after the byline, it ends at a known place (one or two
    words) right after a dash, and what comes before the dash must be a known
    name or an agency: ``في الرياض - جدة أمس`` stays text.
    """
    for match in _DASH_AND_WORDS.finditer(text[:CREDIT_MAX_CHARS]):
        head = text[: match.start()].strip()
        if not head or len(head.split()) > NAME_MAX_WORDS - 2:
            break
        words = match["words"].split()
        for width in (2, 1):
            place = " ".join(words[:width])
            if len(words) < width or not known_place(place, rules):
                continue
            found = segments(head, rules)
            rest = text[match.start("words") + len(place) :].strip()
            if (
                found
                and len(found) == 1
                and found[0].kind in {"name", "agency"}
                and len(rest.split()) >= LEAD_CREDIT_MAX_WORDS
                and rest[:1] not in ":،,-"
            ):
                credit = Credit(author=found[0].text, dateline=place)
                return credit, rest
    return None


def _lead_opening(head: str, end: str, rules: CreditRules) -> Credit | None:
    """Read the opening of a lead up to ``end`` as a credit, or None."""
    bracket = end.isspace()  # the space after "… (جدة)"
    marked = _marked_opening(head, rules, bracket=bracket)
    if marked is not None:
        return marked
    rewritten = _place_after(head, rules, alone=bracket)
    if bracket and rewritten == head:
        return None  # a bracket that is not "credit (place)"
    found = segments(rewritten, rules)
    if not found or any(
        segment.kind == "unknown" and role_piece(segment.text, rules)
        for segment in found
    ):
        # "فلان الفلاني - وزير النقل - قال …": a subject and its post, not a credit
        return None
    if len(found) == 1 and found[0].kind == "place" and _set_apart(head, end):
        return Credit(dateline=found[0].text)
    kinds = {segment.kind for segment in found}
    dashed = end == ":" and _DASH.search(head) is not None
    writer = _writer_and_paper(found)
    if dashed and writer is None and kinds == {"unknown"}:
        writer = _dashed_source_and_town(head, found)
    if not (
        kinds & {"agency", "name"}
        or ("credit" in kinds and "place" in kinds)
        or (bracket and len(head.split("(", maxsplit=1)[0].split()) == 1)
        or (dashed and _dashed_places(head, found))
        or (dashed and writer is not None)
        or (dashed and _quoted_source_and_town(found))
        or _place_and_paper(head, end, found)
    ):
        return None
    return (
        writer
        or (_combine(found) if len(found) > 1 else None)
        or (_single(found[0], alone=False) if len(found) == 1 else None)
    )


def _marked_opening(head: str, rules: CreditRules, *, bracket: bool) -> Credit | None:
    """Read an opening that is a credit by its marks alone, or None.

    An agency in brackets, however the lead follows it (``(واس) أعلنت …``), or a
    date line run into the lead before a colon or a dash (:func:`_dated_opening`).
    """
    if _BRACKETED.fullmatch(head) and is_agency(head[1:-1], rules):
        return Credit(author=head[1:-1].strip())
    return None if bracket else _dated_opening(head, rules)


def _dated_lead(text: str, rules: CreditRules) -> tuple[Credit, str] | None:
    """Split the longest run of dates (after a known town) opening a lead.

    ``جدة، الأحد 12 ربيع الأول 1448 هـ - 3 سبتمبر 2026 م: أعلنت …``: a Hijri
    and a Gregorian date hold a dash of their own, so the opening is read up to
    the last separator that still closes only dates, whatever its length; a
    byline after the dates is read too.
    """
    best = None
    for match in _LEAD_OPENING_END.finditer(text[:CREDIT_MAX_CHARS]):
        if match.group().isspace():
            continue
        credit = _dated_opening(text[: match.start()].strip(), rules)
        if credit is None:
            break
        rest = text[match.end() :].strip()
        if len(rest.split()) >= LEAD_CREDIT_MAX_WORDS:
            best = (credit, rest)
    if best is None:
        return None
    # the byline may follow the date: "جدة، 12 … هـ - فلان الفلاني - أعلنت …"
    more = split_lead_credit(best[1], rules)
    if more is None:
        return best
    dateline = best[0].dateline or more[0].dateline
    return Credit(author=more[0].author, dateline=dateline), more[1]


def _dated_opening(head: str, rules: CreditRules) -> Credit | None:
    """Read a lead's opening of dates, perhaps after a known town, or None.

    ``الأحد 3 مايو 2026 - …`` and ``جدة، 12 ربيع الأول 1448 هـ - …`` are the
    page's date line run into the lead: the date is set aside, the town is the
    dateline (a listed one, or one a comma sets off, :func:`wire_town`).  ``في 3
    مايو 2026 - …`` keeps its words.
    """
    undated = _without_dates(head)
    if undated is None:
        return None
    rest = undated.replace("|", " ").strip(f" ،,:-{_DASHES}")
    if not _has_letter(rest):
        return Credit()
    if known_place(rest, rules):
        return Credit(dateline=rest)
    # a town no list knows, set off from its date by a comma ("زمردة، 3 …")
    comma = _TOWN_COMMA.match(head)
    if comma is not None and comma["town"].strip() == rest:
        return wire_town(rest, rules)
    return None


def _set_apart(head: str, end: str) -> bool:
    """Tell whether a town opening a lead is set apart from it as a dateline.

    By a spaced dash (``جدة - أعلنت …``, the classic dateline), or by brackets
    whatever closes them (``(جدة): أعلنت …``); a bare ``مصر: …`` may head a
    quotation and stays.
    """
    return end.strip() in _LEAD_DASHES or _BRACKETED.fullmatch(head) is not None


def _place_and_paper(head: str, end: str, found: Sequence[Segment]) -> bool:
    """Tell whether a lead opens with a town and a paper no list holds.

    ``الجوف - المرسى - …``, ``جدة / المرسى: …``, ``المرسى | جدة - …``: two
    pieces joined by a dash, a slash or a bar (never a colon: ``مصر: …`` stays
    text) and closed by a colon or a spaced dash, one a known place and the other
    one word with "ال" (a paper).  Two words are not enough (``جدة - حي الروضة -
    شهد …`` names a district).
    """
    kinds = sorted(segment.kind for segment in found)
    if kinds != ["place", "unknown"] or ":" in head or end.isspace():
        return False
    other = next(segment.text for segment in found if segment.kind == "unknown")
    words = other.split()
    return len(words) == 1 and _has_article(words[0])


def _dashed_source_and_town(head: str, found: Sequence[Segment]) -> Credit | None:
    """Read "المرسى- بحرة:" opening a lead: a source and a town no list holds.

    Two or three pieces joined by dashes and closed by a colon, each one word but
    for at most one writer's name (two or three words, shaped as a name), none a
    desk tag (``عاجل``).  The writer, else the piece with "ال" (a newspaper) when
    only one has it, else the first piece, is the author; beside a writer, a
    listed place or the one word without "ال" is the town.  Pieces joined by a
    colon (``مصر: …``) stay text.
    """
    singles = [s.text for s in found if len(s.text.split()) == 1]
    writers = [s.text for s in found if len(s.text.split()) > 1]
    if ":" in head or not _source_and_town_shaped(singles, writers):
        return None
    if writers:
        return Credit(author=writers[0], dateline=_town_among(singles))
    papers = [word for word in singles if _has_article(word)]
    if len(papers) == 1:
        town = next(word for word in singles if word != papers[0])
        return Credit(author=papers[0], dateline=town)
    return Credit(author=singles[0], dateline=singles[1])


def _dashed_alone(text: str, found: Sequence[Segment]) -> Credit | None:
    """Read "موجز- بحرة:" alone on its line as it is read opening the lead.

    Only pieces joined by dashes, all of them unknown words.
    """
    if _NOT_DASHED.search(text) or any(s.kind != "unknown" for s in found):
        return None
    return _dashed_source_and_town(text, found)


def _town_among(words: Sequence[str]) -> str | None:
    """Return the town among one-word pieces beside a writer, or None if unsure.

    A listed place; else the only word without "ال" (the other is a paper);
    else, none having it, the last ("فلان- موجز- بحرة").
    """
    rules = credit_rules()
    listed = [word for word in words if known_place(word, rules)]
    bare = [word for word in words if not _has_article(word)]
    if listed:
        return listed[0]
    if len(bare) == 1 or (bare and len(bare) == len(words)):
        return bare[-1]
    return None


def _source_and_town_shaped(singles: Sequence[str], writers: Sequence[str]) -> bool:
    """Tell whether pieces are one-word sources and towns, and at most one writer."""
    if len(writers) > 1 or any(is_desk_tag(word) for word in singles):
        return False
    if not writers:
        return len(singles) == NAME_MIN_WORDS
    return (
        len(singles) in {1, NAME_MIN_WORDS}
        and len(writers[0].split()) <= NAME_MAX_WORDS - 3
        and _writer_shaped(writers[0])
    )


def _quoted_source_and_town(found: Sequence[Segment]) -> bool:
    """Tell whether a lead's opening is "«موجز» - بحرة:": a quoted source, a town."""
    return sorted(segment.kind for segment in found) == ["credit", "unknown"] and all(
        len(segment.text.split()) == 1 for segment in found if segment.kind == "unknown"
    )


def _dashed_places(head: str, found: Sequence[Segment]) -> bool:
    """Tell whether a lead's opening is "المرسى- جدة:" (a paper or writer, a place).

    Pieces joined by dashes and closed by a colon, a known place or a role label
    among them and the others a few plain words: ``فلان فلان- المرسى- جدة: …``,
    ``المرسى- متابعة: …``.  Pieces joined by a colon (``مصر: …``), or with no
    known place or role, stay text.
    """
    kinds = {segment.kind for segment in found}
    return (
        len(found) >= NAME_MIN_WORDS
        and kinds <= {"place", "unknown", "role"}
        and "unknown" in kinds
        and bool(kinds & {"place", "role"})
        and ":" not in head
        and _DASH.search(head) is not None
        and all(
            len(segment.text.split()) <= DASHED_PIECE_MAX_WORDS for segment in found
        )
    )


# ---------------------------------------------------------------------------
# Shapes, for the Summary: whatever the credits step left in the text


def credit_shaped(text: str, rules: CreditRules | None = None) -> bool:
    """Tell whether a line has the shape of a byline, even one not recognised.

    Two or more short pieces between byline separators (``-``, ``:``, ``،``), each
    a place, a name, an agency or a few plain words (no verb, no preposition, no
    digit), at least one of them a known place, name, agency or date, and no
    sentence end: ``أبها - المرسى:``, ``فلان فلان، فلان فلان - جدة``.
    The Summary never starts with such a line; the body keeps it when unsure.
    """
    rules = rules or credit_rules()
    core = text.strip().rstrip(":")
    if not core or core[-1] in ".!؟?…" or len(core) > 2 * CREDIT_MAX_CHARS:
        return False
    found = segments(core, rules)
    return (
        found is not None
        and len(found) >= NAME_MIN_WORDS
        and all(len(segment.text.split()) <= NAME_MAX_WORDS - 2 for segment in found)
        and any(segment.kind not in {"unknown", "role"} for segment in found)
    )


def strip_credit_opening(text: str, rules: CreditRules | None = None) -> str:
    """Return a lead without the dateline or byline that opens it.

    ``الرياض - فلان الفلاني: أعلنت …`` and ``غزة - أعلنت …`` give ``أعلنت …``: the
    opening up to a colon or a spaced dash is cut when it is credit-shaped (see
    :func:`credit_shaped`) or one place or agency.  A speaker (``خالد العلي: …``)
    and a headline-style ``مصر: …`` stay.  Only the Summary is cut, not the body.
    """
    rules = rules or credit_rules()
    best = text
    for match in _LEAD_END.finditer(text[:CREDIT_MAX_CHARS]):
        head, rest = text[: match.start()], text[match.end() :].strip()
        if len(head.split()) > LEAD_CREDIT_MAX_WORDS:
            break
        if len(rest.split()) < LEAD_CREDIT_MAX_WORDS or head.count("(") != head.count(
            ")"
        ):
            continue
        found = segments(head, rules)
        if not found:
            continue
        if any(
            segment.kind == "unknown" and role_piece(segment.text, rules)
            for segment in found
        ):
            # "فلان الفلاني - وزير النقل - قال …": the sentence's subject and post
            return text
        single = len(found) == 1 and (
            found[0].kind in {"place", "agency"}
            or (
                found[0].kind == "unknown"
                and len(found[0].text.split()) == 1
                # "المرسى: أعلنت …": a paper, not a speaker, before a colon
                and (":" not in match.group() or _has_article(found[0].text))
            )
        )
        if (
            single
            or credit_shaped(head, rules)
            or _names_opening(found, match, rest)
            or _place_beside_credit(head, rules)
        ):
            best = rest
    return best


def _place_beside_credit(head: str, rules: CreditRules) -> bool:
    """Tell whether a lead's opening is a place and a credit with no separator.

    ``بيروت فلان الفلاني - …``, ``فلان الفلاني جدة: …``, ``عدن واس - …``,
    ``جدة المرسى: …``: a known place of one or two words before or after a
    person's name (no word after the first shaped as a verb), an agency or a
    paper (see :func:`_paper_shaped`).
    """
    words = head.split()
    for width in (2, 1):
        if len(words) <= width:
            continue
        for place, other in (
            (" ".join(words[:width]), " ".join(words[width:])),
            (" ".join(words[-width:]), " ".join(words[:-width])),
        ):
            if (
                known_place(place, rules)
                and (
                    is_agency(other, rules)
                    or _paper_shaped(other)
                    or (
                        _is_name(other, rules)
                        # "جدة سعد يتألق": a headline, not a byline
                        and not any(map(verb_shaped, _name_words(other)[1:]))
                    )
                )
            ):
                return True
    return False


def _paper_shaped(text: str) -> bool:
    """Tell whether 1-3 words may be a paper's name: "ال" first, no verb shape.

    ``المرسى``, ``المرسى الإلكترونية``; beside a town at a lead's start only.
    """
    words = _name_words(text)
    return (
        0 < len(words) <= DASHED_PIECE_MAX_WORDS
        and words[0].startswith("ال")
        and not any(map(verb_shaped, words))
        and not _HAS_DIGIT.search(text)
    )


def _names_credit(
    head: str, end: re.Match[str], rest: str, rules: CreditRules
) -> Credit | None:
    """Read reporters' names opening a lead (see :func:`_names_opening`), or None."""
    if end.group().isspace():
        return None
    found = segments(head, rules)
    if not found or not _names_opening(found, end, rest):
        return None
    return Credit(author=found[-1].text)


def _names_opening(found: Sequence[Segment], end: re.Match[str], rest: str) -> bool:
    """Tell whether reporters' names open a lead: "فلان الفلاني - أعلنت …".

    Names (after a byline label or not) closed by a spaced dash, or a list of
    names closed by a colon.  One name and a colon is a speaker (``خالد العلي:
    …``), and a dash that opens an aside (``فلان - وزير الخارجية - قال …``)
    keeps its name.
    """
    kinds = [segment.kind for segment in found]
    if not kinds or kinds[-1] != "name" or set(kinds[:-1]) - {"role"}:
        return False
    if ":" not in end.group():
        return _DASH_IN_WORDS.search(" ".join(rest.split()[:ASIDE_MAX_WORDS])) is None
    return len(kinds) > 1 or _LIST_JOINER.search(found[-1].text) is not None
