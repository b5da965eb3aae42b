"""Bylines, datelines and agency credits on a line of their own.

Who wrote a story, and where from: Arabic newspapers put them on a line of their
own at the top (and sometimes the bottom) of the text, in a few shapes:

* a place and a credit, separated by a dash or a colon: ``الرياض: سامر الكتبي``,
  ``أبها - هالة المطيري، وليد الزهراوي``, ``جدة - واس:``, ``دنفر (كولورادو) - رويترز``;
* a Hijri date line with its Gregorian equivalent and the agency:
  ``الدمام 14 شعبان 1446 هـ الموافق 13 فبراير 2025 م واس``;
* a reporter's name alone (``د. خالد العلي``, ``خالد سعيد باحمدان``), or an
  agency alone (``(واس)``);
* a desk post or an exclusive: ``محرر الشؤون المحلية``, ``الطائف - خاص بموجز``;
* next to the title, a town and a newspaper: ``تنومة - المرسى:``, ``المرسى (جدة)``;
* source and town pieces joined by dashes (``موجز- بحرة:``), read the same way
  alone on their line and opening the lead;
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
are set aside first and the rest is read as any byline, segment by segment
(:mod:`.credit_segments`).  Pure functions over one line; the importer's
``credits`` step calls them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..text.terms import stop_words
from .credit_segments import (
    Segment,
    classify_segment,
    clear_name,
    desk_post,
    name_words,
    named_paper,
    online_paper,
    place_then_name,
    plain_words,
    quotes_a_speaker,
    segments,
)
from .credit_words import (
    BRACKETS,
    CREDIT_MAX_CHARS,
    DASHES,
    HAS_ARABIC,
    INNER_QUOTES,
    NAME_MAX_WORDS,
    NAME_MIN_WORDS,
    NISBA_MIN_LETTERS,
    SEPARATORS,
    CreditRules,
    credit_rules,
    fold_word,
    folded_letters,
    folded_list,
    folded_words,
    has_article,
    known_place,
    never_a_town,
    nisba,
    role_piece,
    verb_shaped,
)
from .furniture import is_desk_tag
from .records import Credit

# A byline is short: longer lines are text.
CREDIT_MAX_WORDS = 14
# "… - تصوير: فلان فلان" (or in brackets) closing a byline: the photographer.
_PHOTO_CREDIT = re.compile(
    f"(?:\\s*[-{DASHES}،,|]\\s*|\\s+)\\(?تصوير\\s*[:{DASHES}-]?\\s*"
    f"[^()\\-{DASHES}:،,|]{{2,40}}?\\)?\\s*$"
)
# "(تصوير: فلان فلان)": a photographer credited in brackets.
_PHOTO_BRACKETED = re.compile(f"\\(\\s*تصوير\\s*[:{DASHES}-]?\\s*[^()]{{2,40}}?\\s*\\)")
# "بحرة: المرسى": one word with no "ال", a colon, one word with it.
_TOWN_COLON_PAPER = re.compile(r"(?!ال)[^\W\d_]{2,}\s*:\s*ال[^\W\d_]{2,}")
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
_LEADING_BRACKET = re.compile(r"^\((?P<inner>[^()]+)\)\s*(?P<after>[^()]+?)\s*:?$")
_FROM_PLACE = re.compile(
    r"^(?P<before>.+?)\s+من\s+(?P<place>[^\s:]+(?:\s[^\s:]+)?)\s*:?$"
)
_NOT_DASHED = re.compile("[:|،,/]")
_TEXT_COLON = re.compile(r"(?<!\d):(?!\d)")
_STRONG = frozenset({"agency", "name", "credit"})
# A town no list knows, beside an agency's line, has at most this many words.
WIRE_TOWN_MAX_WORDS = 2
# An agent noun (فاعل: زائر، كاتب، باحث) has this many letters.
AGENT_NOUN_LETTERS = 4


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
    text = place_after(text, rules, alone=alone)
    text = _next_bureau(text, rules)
    undated = without_dates(text)
    if undated is None:
        dated = _date_line(text, rules)
        if dated is not None:
            return dated
    elif not has_letter(undated):
        return Credit()
    return _read_pieces(
        undated or text, rules, alone=alone, marked=marked, dated=undated is not None
    )


def town_line(text: str, rules: CreditRules | None = None) -> Credit | None:
    """Read a known town alone on its line (``جدة``) as a dateline, or None.

    Only for a line among the credits under the headline: there a town alone is
    the dateline, as ``جدة:`` or ``(جدة)`` are anywhere.
    """
    core = text.strip(" -:" + DASHES)
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
    core = text.strip(" -:" + DASHES)
    words = core.split()
    if not 0 < len(words) <= WIRE_TOWN_MAX_WORDS or not plain_words(core, 2):
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
    head = text[: match.start()].strip(f" -{DASHES}:،,|")
    if not head:
        return None
    credit = read_credit(head, rules, alone=True) or read_credit(
        head + ":", rules, alone=True
    )
    if credit is None or not (credit.author or credit.dateline):
        return None
    rest = text[match.end() :].strip(f" -{DASHES}:،,|\u00a0")
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
        return single_credit(found[0], alone=alone, marked=marked)
    if alone and text.endswith(":"):
        pair = (
            _place_and_source(found)
            or writer_and_paper(found)
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
    if alone and named_paper(segment.text):
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
        and has_article(paper.text)
    )


def without_dates(text: str) -> str | None:
    """Return ``text`` with its dates (and weekdays) as separators, None if none.

    ``الرياض - الثلاثاء 11/8/2015`` gives ``الرياض - |``: the rest is read as
    any byline is.
    """
    if not _DATE_IN_LINE.search(text):
        return None
    return _DATE_COMPANIONS.sub(" | ", _DATE_IN_LINE.sub(" | ", text))


def has_letter(text: str) -> bool:
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
    :func:`combine` instead; two common words (``تحذير - عاجل:``) stay text.
    """
    if len(found) != NAME_MIN_WORDS or any(
        segment.kind != "unknown" or len(segment.text.split()) != 1 for segment in found
    ):
        return None
    sources = [s.text for s in found if has_article(s.text)]
    latin = [s.text for s in found if not HAS_ARABIC.search(s.text)]
    towns = [s.text for s in found if s.text not in sources and s.text not in latin]
    if len(sources) != 1:
        return None
    if latin:
        return Credit(author="، ".join(s.text for s in found))
    return Credit(author=sources[0], dateline=towns[0])


def writer_and_paper(found: Sequence[Segment]) -> Credit | None:
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
    words = name_words(writer)
    return not any(word.startswith("ال") for word in words[:-1]) and not any(
        verb_shaped(word) for word in words[1:]
    )


def _desk_word(text: str) -> bool:
    """Tell whether ``text`` is one desk word (``الرياضية``: section_topics.txt)."""
    words = text.split()
    return len(words) == 1 and fold_word(words[0]) in folded_list("section_topics.txt")


def _several(found: Sequence[Segment], text: str) -> Credit | None:
    """Read a byline of several segments; "place: headline" stays text."""
    strong = any(segment.kind in _STRONG for segment in found)
    inner_colon = _TEXT_COLON.search(text.rstrip(" :"))
    if not strong and inner_colon and not _colon_byline(found):
        return None  # "الرياض: الأمطار تعود" is a headline, not a byline
    return combine(found)


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
                or nisba(name.text.split()[-1])
            )
            for place, name in pairs
        )
    )


def place_after(text: str, rules: CreditRules, *, alone: bool = False) -> str:
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
            folded_letters(inner) in rules.agencies
            or (
                len(before.split()) >= NAME_MIN_WORDS
                and plain_words(inner, 3)
                and not _describes_person(inner, rules)
            )
            or (alone and known_place(inner, rules) and plain_words(before, 1))
        ):
            return f"{before} - {inner}"
        # "المرسى (جدة، بحرة)": a paper's bureaus, listed; the first is the dateline
        towns = _PLACE_LIST.split(inner)
        if (
            alone
            and len(towns) > 1
            and plain_words(before, 1)
            and all(known_place(town, rules) for town in towns)
        ):
            return f"{before} - {towns[0]}"
    leading = _LEADING_BRACKET.match(text)
    if leading and folded_letters(leading["inner"]) in rules.agencies:
        return f"{leading['after']} - {leading['inner']}"
    glued = place_then_name(text, rules)
    if glued:
        return glued
    origin = _FROM_PLACE.match(text)
    if origin:
        head = classify_segment(origin["before"], rules)
        if (
            head is not None and head.kind in {"credit", "agency", "name"}
        ) or online_paper(origin["before"]):
            # quoted, the paper is read as a credit ("«المرسى الإلكترونية» - جدة")
            before = INNER_QUOTES.sub("", origin["before"])
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
    words = folded_words(inner)
    letters = folded_letters(inner)
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
                and not SEPARATORS.search(" ".join(name))
                and known_place(place, rules)
            ):
                pieces[index] = f" {' '.join(name)} - {place}"
                break
    return ":".join(pieces)


def _date_line(text: str, rules: CreditRules) -> Credit | None:
    match = _DATE_LINE.match(text)
    if match is None:
        return None
    place = match["place"].strip(" -:،," + DASHES)
    agency = match["agency"].strip(BRACKETS + "-" + DASHES)
    if not plain_words(place, 3):
        return None
    if agency and folded_letters(agency) not in rules.agencies:
        return None
    return Credit(author=agency or None, dateline=place)


def single_credit(
    segment: Segment, *, alone: bool, marked: bool = False
) -> Credit | None:
    """Read a line of one segment as a credit (``alone``: with no other credit).

    An agency, a desk post or an online paper, a plainly shaped name; a place
    only when ``marked`` (in brackets); a date alone is an empty credit.
    """
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
            desk_post(segment.text, credit_rules())
            or online_paper(segment.text, titled=True)
        )
    ):
        return Credit(author=segment.text)
    if alone and (
        (segment.kind == "name" and clear_name(segment.text))
        or (segment.kind == "unknown" and _family_name(segment))
    ):
        return Credit(author=segment.text)
    return None


def _name_shaped(text: str) -> bool:
    """Tell whether 2-4 words look like "given family": only the last has "ال"."""
    words = text.split()
    return (
        NAME_MIN_WORDS <= len(words) <= NAME_MAX_WORDS - 2
        and not any(word.startswith("ال") for word in words[:-1])
        and words[-1].startswith("ال")
    )


def _family_name(segment: Segment) -> bool:
    """Tell whether a lone name ends in a family name "ال…ي" (a nisba)."""
    last = segment.text.split()[-1]
    return (
        _name_shaped(segment.text)
        and len(last) > NISBA_MIN_LETTERS
        and last.endswith("ي")
    )


def combine(found: Sequence[Segment]) -> Credit | None:
    """Read the segments of a credit line as one credit: authors and a town."""
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
    return len(segment.text.split()) == 1 and not has_article(segment.text)


def _paper_word(text: str) -> bool:
    """Tell whether an unlisted word beside an agency names the paper, not a place.

    One word with "ال" that no list holds as a place: papers so credit the wire
    they ran (``المرسى - واس``); a dateline's town is listed or has no "ال", and
    when unsure the dateline is left empty rather than naming the paper.
    """
    return len(text.split()) == 1 and has_article(text)


def _paper_named_after_a_city(places: Sequence[str]) -> str | None:
    """Return which of two places side by side is a newspaper, or None if unsure.

    A dateline names one place; a second one beside it is the newspaper, named
    after its city (``المرسى - جدة``, ``دبي - المرسى``).  Newspapers take the
    article "ال" and the place with it is the paper when the other has none; two
    places with it, or two without, are left as a dateline.
    """
    named = [place for place in places if has_article(place.split()[0])]
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


def dashed_source_and_town(head: str, found: Sequence[Segment]) -> Credit | None:
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
    papers = [word for word in singles if has_article(word)]
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
    return dashed_source_and_town(text, found)


def _town_among(words: Sequence[str]) -> str | None:
    """Return the town among one-word pieces beside a writer, or None if unsure.

    A listed place; else the only word without "ال" (the other is a paper);
    else, none having it, the last ("فلان- موجز- بحرة").
    """
    rules = credit_rules()
    listed = [word for word in words if known_place(word, rules)]
    bare = [word for word in words if not has_article(word)]
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
