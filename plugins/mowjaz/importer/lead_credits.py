"""Credits glued to the text: a credit opening the lead, an agency closing it.

* a credit opening the lead: ``بكين - (أ ف ب): قالت الحكومة …``, ``موجز- بحرة:
  …`` (one-word source and town pieces closed by a colon), ``«موجز» - بحرة: …``,
  a wire dateline (``المدينة، البلد (CNN)-- …``), an agency in slashes
  (``//واس// …``), a dated opening, reporters' names closed by a spaced dash;
* an agency after the last sentence, in brackets or after a dash (``… المقبل
  (أ ف ب)``, ``… في المنطقة - أ ش أ``), glued to the text (:func:`split_glued_agency`);
* a source line of its own: ``المصدر: صحيفة المرسى`` (:func:`source_line`).

The credit is read as a line of credit (:mod:`.credit_lines`) and split off the
text; when unsure, the text stays whole.  Pure functions over one line; the
importer's ``credits`` step calls them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..text.normalize import normalize
from ..text.terms import stop_words
from .credit_lines import (
    combine,
    dashed_source_and_town,
    has_letter,
    place_after,
    read_credit,
    single_credit,
    wire_town,
    without_dates,
    writer_and_paper,
)
from .credit_segments import Segment, segments
from .credit_words import (
    CREDIT_MAX_CHARS,
    DASHED_PIECE_MAX_WORDS,
    DASHES,
    LEAD_CREDIT_MAX_WORDS,
    LEAD_END,
    NAME_MAX_WORDS,
    NAME_MIN_WORDS,
    TEXT_WORDS,
    CreditRules,
    credit_rules,
    folded_letters,
    has_article,
    is_agency,
    known_place,
    role_piece,
)
from .furniture import split_trailing_codes
from .records import Credit

# A town or a country in a wire dateline has at most this many words.
PLACE_MAX_WORDS = 4
# An agency credited after the last sentence has at most this many words.
AGENCY_TAIL_MAX_WORDS = 6
_DASH = re.compile(f"[-{DASHES}ـ]")
# A wire dateline opening the lead: "المدينة، البلد (CNN)-- …",
# "(رويترز) - …": a town (and its country after a comma), the agency in brackets
# and a dash, typed once or twice, spaced or not.
_WIRE_DATELINE = re.compile(
    r"^(?P<places>[^()\n:،,.]{0,40}?(?:[،,][^()\n:،,.]{1,40}?)?)\s*"
    rf"\((?P<agency>[^()\n]{{1,30}})\)\s*[-{DASHES}]{{1,3}}\s*"
)
# "المصدر: صحيفة المرسى": the outlet a story was taken from, on a line of its own.
_SOURCE_LINE = re.compile(
    r"^\(?\s*المصدر\s*:\s*(?P<source>[^.!?؟:،,«»()]{2,60}?)\s*\)?\s*\.?$"
)
# "//واس// …", "/ رويترز / …": an agency in slashes opening the lead.
_SLASHED_OPENING = re.compile(r"^\s*/{1,2}\s*(?P<agency>[^/\n]{1,30}?)\s*/{1,2}\s*")
# The last sentence end of a line (closing marks included).
_LAST_SENTENCE_END = re.compile('[.!?؟…»”"](?=[^.!?؟…»”"]*$)')
# A dash between words, and how far after a name it would close an aside.
DASH_IN_WORDS = re.compile(f"\\s[-{DASHES}]\\s")
ASIDE_MAX_WORDS = 8
# Names joined into a list: "فلان، فلان", "فلان و فلان", "فلان وفلان".
_LIST_JOINER = re.compile(r"،|\sو\s|\sو(?=\S)")
_LEAD_DASHES = frozenset(f"-{DASHES}")
_DASH_AND_WORDS = re.compile(f"\\s*[-{DASHES}ـ]+\\s*(?P<words>\\S+(?:\\s\\S+)?)")
_BRACKETED = re.compile(r"\([^()]+\)")
_TOWN_COMMA = re.compile(r"^(?P<town>[^\d،,]+)[،,]")
# An agency in brackets closing a line: "… المقبل (أ ف ب)"; the word "agency"
# before it makes it the sentence's ("وكالة (رويترز)").
_BRACKETED_TAIL = re.compile(r"\s*\(\s*(?P<name>[^()]{1,30}?)\s*\)$")
_AGENCY_NOUN = normalize("وكال")
# An agency after a spaced dash closing a line: "… في المنطقة - أ ش أ".
_DASHED_TAIL = re.compile(f"\\s[-{DASHES}]\\s*(?P<name>[^-{DASHES}]{{1,30}})$")
_LEAD_OPENING_END = re.compile(f":|\\s[-{DASHES}]\\s|(?<=\\))\\s")
# The word "agency" this many words before a bracketed agency names it in the text.
AGENCY_NOUN_REACH = 3


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
        normalize(word) in stop or normalize(word) in TEXT_WORDS for word in words
    ):
        return None
    return source


# Text after an agency's credit has at least this many words (a short line after
# a place and a person's name may be more credit).
AGENCY_REST_MIN_WORDS = 3


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
    if codes and is_agency(codes.strip(f" ()[]-/{DASHES}")):
        name = tail  # "رويترز - أ ف ب": the initials are an agency's
    name = name.strip(f" ()[]-{DASHES}")
    if not has_letter(head) or len(name.split()) > AGENCY_TAIL_MAX_WORDS:
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
        or not has_letter(head)
        or any(
            _AGENCY_NOUN in folded_letters(word) for word in words[-AGENCY_NOUN_REACH:]
        )
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
    if not has_letter(head) or (
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
        if credit is not None and (
            len(rest.split()) >= LEAD_CREDIT_MAX_WORDS or _agency_before(credit, rest)
        ):
            best = (credit, rest)
    glued = _glued_place_opening(text, rules)
    if glued is not None and (best is None or len(glued[1]) < len(best[1])):
        return glued
    if best is not None and best[0].author is None and _more_credit(best[1]):
        # "لندن - المرسى أونلاين - …": a town, then more credit not read; all
        # of it stays together (the Summary skips it whole)
        return None
    return best


def _agency_before(credit: Credit, rest: str) -> bool:
    """Tell whether an agency's credit opens a short line: a deck or a caption.

    ``(أ ف ب) - وصول الوفد إلى المطار``: what follows an agency's credit and its
    dash is text however short, when it is no credit itself
    (``جدة - واس - فلان الفلاني`` is one byline).
    """
    return (
        credit.author is not None
        and is_agency(credit.author)
        and len(rest.split()) >= AGENCY_REST_MIN_WORDS
        and read_credit(rest, alone=True) is None
    )


def _more_credit(rest: str) -> bool:
    """Tell whether a separator comes within the first words after a dateline."""
    match = LEAD_END.search(rest[:CREDIT_MAX_CHARS])
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
    dated = without_dates(match["places"]) or match["places"]
    pieces = (piece.strip(f" -{DASHES}|") for piece in re.split("[،,|]", dated))
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
    rewritten = place_after(head, rules, alone=bracket)
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
    writer = writer_and_paper(found)
    if dashed and writer is None and kinds == {"unknown"}:
        writer = dashed_source_and_town(head, found)
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
        or (combine(found) if len(found) > 1 else None)
        or (single_credit(found[0], alone=False) if len(found) == 1 else None)
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
    undated = without_dates(head)
    if undated is None:
        return None
    rest = undated.replace("|", " ").strip(f" ،,:-{DASHES}")
    if not has_letter(rest):
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
    return len(words) == 1 and has_article(words[0])


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


def _names_credit(
    head: str, end: re.Match[str], rest: str, rules: CreditRules
) -> Credit | None:
    """Read reporters' names opening a lead (see :func:`names_opening`), or None."""
    if end.group().isspace():
        return None
    found = segments(head, rules)
    if not found or not names_opening(found, end, rest):
        return None
    return Credit(author=found[-1].text)


def names_opening(found: Sequence[Segment], end: re.Match[str], rest: str) -> bool:
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
        return DASH_IN_WORDS.search(" ".join(rest.split()[:ASIDE_MAX_WORDS])) is None
    return len(kinds) > 1 or _LIST_JOINER.search(found[-1].text) is not None
