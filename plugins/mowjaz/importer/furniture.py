"""Page furniture around a story: agency trailers, link and tag lines, captions.

What an agency wire or a news site prints around the text is not the story:

* agency control lines: ``// يتبع //``, ``// انتهى //``, a transmission time
  (``17:06 ت م``) or ``NNNN``, and the wire's take marks (``إضافة أولى``,
  ``إضافة ثانية وأخيرة``: the parts of a story sent in several takes);
* a link back to the story (``رابط الخبر: …``), a bare address, ``...المزيد``, a
  "more by this writer" box, a tag list (``سمات …``, also at the end of the last
  paragraph), a photo caption (``(تصوير: …)``, ``الصورة: …``);
* slider buttons copied before the first line (``Next Previous``);
* a desk tag opening an agency headline (``ثقافي / …``, ``عاجل: …``).

Labels live in ``data/trailer_labels.txt``, ``data/desk_tags.txt`` and
``data/furniture_prefixes.txt``; the shapes (slashes, times, addresses) are
regular expressions here.  Pure functions over one line; the importer's
``remove_noise`` and ``find_title`` steps call them and warn for each removal.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..text import patterns
from ..text.normalize import fold, normalize
from ..text.terms import stop_words
from ..text.wordlists import read_word_list

# Trailers are short: a longer line starting with a label is text.
TRAILER_MAX_WORDS = 25
# Desk codes after the last sentence are looked for in this many last characters.
WIRE_TAIL_MAX_CHARS = 80
# A link line: its label (``رابط الخبر بصحيفة …:``) and a headline.
LINK_MAX_WORDS = 35
# A tag list has at most this many words ...
TAGS_MAX_WORDS = 15
# ... and at least this many after a text that does not end with a sentence end.
TAGS_MIN_BARE = 4
# A desk tag is one or two words; the headline after it has at least three.
DESK_TAG_MAX_WORDS = 2
HEADLINE_MIN_WORDS = 3

# A wire's transmission time: "17:06 ت م", also typed "1706 ت م".
_TIME = r"(?:\d{1,2}\s*:\s*\d{2}|\d{3,4}(?=\s*ت\s*[مغ]))(?:\s*ت\s*[مغ])?"
_AGENCY_CONTROL = re.compile(
    r"^/{2,}\s*[^/\d]{1,20}?\s*/{2,}(?:\s*" + _TIME + r")?[\s.]*$"
)
# A control mark between two takes of a wire story on one line ("… // يتبع // …").
_INNER_CONTROL = re.compile(r"\s*/{2,}\s*[^\W\d_]+(?:\s[^\W\d_]+)?\s*/{2,}\s*")
# The same shapes glued to the end of the text's last line: a control line (and
# its time), a read-more link, a transmission time after a sentence end.
# Each with a substring the line must hold (a cheap test before the pattern).
_GLUED_TAILS = (
    (
        "//",
        re.compile(r"/{2,}\s*[^/\d]{1,20}?\s*/{2,}(?:\s*" + _TIME + r")?[\s.]*$"),
        "agency trailer",
    ),
    (
        "المزيد",
        re.compile(
            r"(?:\.{2,}|…)\s*المزيد\s*$|(?<=[.!?؟»”\"])\s*المزيد\s*(?:\.{2,}|…)$"
        ),
        "read-more line",
    ),
    (
        ":",
        re.compile(r"(?<=[.!?؟»”\"])\s*\d{1,2}\s*:\s*\d{2}\s*ت\s*[مغ]\s*$"),
        "agency transmission time",
    ),
)
# A wire's desk codes closing a story (``ع ص / ح م``, ``ع.ص/ح.م``, ``/ يتبع /``,
# ``انتهى``, ``14:25 ت م``): only initials (one letter), the wire's control words,
# times and ``NNNN``, between dots, slashes, dashes, brackets or spaces.  No word
# of a sentence is one letter long.  (Each character is either a token's or a
# gap's, so a long line cannot make the pattern backtrack.)
_INITIALS = r"[ء-ي]"
# The time typed after the mark ("ت م 1506"), the mark alone before it.
_TIME_AFTER_MARK = r"(?:(?<=^ت [مغ] )|(?<=[\s/(]ت [مغ] ))"
# "انتهى" and "النهاية" (the end), "يتبع" (to follow), "NNNN" (the wire's end).
_CONTROL_WORD = r"(?:[اأ]نته[ىي]|النهاي[ةه]|يتبع|N{4})"
_WIRE_TOKEN = (
    rf"(?:{_CONTROL_WORD}|\d{{1,2}}\s*:\s*\d{{2}}|\d{{3,4}}(?=\s*ت\s*[مغ])"
    rf"|{_TIME_AFTER_MARK}\d{{3,4}}|N{{4}}|{_INITIALS})"
)
_WIRE_GAP = r"[\s/()\[\]\-\u2013\u2014.]"
_WIRE_CODES = re.compile(
    rf"{_WIRE_GAP}*{_WIRE_TOKEN}(?:{_WIRE_GAP}+{_WIRE_TOKEN})*{_WIRE_GAP}*"
)
_WIRE_TOKENS = re.compile(_WIRE_TOKEN)
_CONTROL = re.compile(_CONTROL_WORD)
# What a control word stands between: "(انتهى)", "/ انتهى /", "ـ انتهى ـ".
_CONTROL_MARKS = frozenset("/()[]-ـ\u2013\u2014")
# A syndicated story's credit on its last lines: "* خدمة «…»", "بالاتفاق مع «…»"
# (the partner that supplied it, in quotation marks; the writer stays the Author).
_SYNDICATION = re.compile(
    r"^\*?\s*(?:خدم[ةه]|بالاتفاق\s+مع)\s*:?\s*[«\"“][^«»\"“”]{1,40}[»\"”]\s*\.?$"
)
# A transmission time and its mark, in either order (see marked_time).
_MARKED_TIME = re.compile(
    r"(?:\d{1,2}\s*:\s*\d{2}|\d{3,4})\s*ت\s*[مغ]|ت\s*[مغ]\s*(?:\d{1,2}:\d{2}|\d{3,4})"
)
# The same codes at a line's end, after a gap.
_WIRE_END = re.compile(rf"(?:{_WIRE_GAP}+{_WIRE_TOKEN})+{_WIRE_GAP}*$")
# The same codes after a line's last sentence end.
_WIRE_TAIL = re.compile(rf"(?<=[.!?؟…»”\"])(?:{_WIRE_GAP}+{_WIRE_TOKEN})+{_WIRE_GAP}*$")
# A control word between slashes ("/ يتبع /", "// انتهى //"): a mark, wherever.
_CONTROL_MARK = re.compile(rf"\s*/+\s*{_CONTROL_WORD}\s*/+\s*")
# Morning and evening after a clock time ("10:35 مساءً"): ص and م are initials.
_TIME_OF_DAY = r"(?:صباح[اًَ]*|مساء[اًَ]*)"
_TRANSMISSION_TIME = re.compile(
    r"^\d{1,2}\s*:\s*\d{2}(?:\s*(?:ت\s*[مغ]|[A-Z]{2,5}|" + _TIME_OF_DAY + r"))*$"
    r"|^\d{3,4}\s*ت\s*[مغ]$|^N{4}$"
)
# A time alone after the last sentence ("… للأطفال. 10:35", "… 10:35 مساءً").
_LAST_TIME = re.compile(
    r"(?<=[.!?؟…»”\"])\s*\d{1,2}\s*:\s*\d{2}"
    r"(?:\s*(?:[صم]|[AP]M|" + _TIME_OF_DAY + r"))?\s*$"
)
# Any alef, yaa and taa marbuta form: "إضافة ثانية وأخيرة", "اضافه اولى".
_WIRE_TAKE = re.compile(
    r"^/?\s*[اأإ]ضاف[ةه]\s+(?:[اأ]ول[ىي]|ثاني[ةه]|ثالث[ةه]|رابع[ةه]|خامس[ةه]"
    r"|سادس[ةه]|سابع[ةه]|ثامن[ةه]|تاسع[ةه]|عاشر[ةه]|[اأ]خير[ةه])"
    r"(?:\s+و\s*[اأ]خير[ةه])?\s*/?$"
)
_READ_MORE = re.compile(r"^(?:\.{2,}|…)\s*المزيد$|^المزيد\s*(?:\.{2,}|…)$")
# A web address alone on its line, also as scrapers space it ("http: / / www.x.org
# / news"): no space but around its slashes.
_ADDRESS = re.compile(
    r"^(?:https?\s*:\s*/\s*/\s*|www\s*\.)[^\s/]+(?:\s*/\s*[^\s/]+)*\s*/?$",
    re.IGNORECASE,
)
# The address of a picture left in running text by a scraper ("…/photo.jpg?itok=x"):
# never prose.  A site's own address in a sentence ("www.example.sa") stays.
_IMAGE_ADDRESS = re.compile(
    r"(?:https?://|www\.)\S+?\.(?:jpe?g|png|gif|webp)(?:[?#]\S*)?(?=\s|$)",
    re.IGNORECASE,
)
_SLASH_TAG = re.compile(r"^(?P<tag>[^\s/:]+(?:\s[^\s/:]+)?)\s*/{1,2}\s+(?P<rest>.+)$")
_COLON_TAG = re.compile(r"^(?P<tag>[^\s:/]+)\s*(?::|/{1,2})\s*(?P<rest>.+)$")
_PUNCTUATION = re.compile(r"[.!?؟،؛,;:«»\"“”()]")
_SENTENCE_MARKS = re.compile(r"[.!?؟؛;:]")
_TAG_WORD = re.compile(r"[^\W_]+")
_HAS_WORD = re.compile(r"[^\W_]")
_HAS_DIGIT = re.compile(r"\d")
# Furniture only ever alone on its line, never cut off the end of a sentence.
_LINE_KINDS = frozenset({"photo caption", "date stamp"})
# A tag list after a sentence end may quote a name ("«إف-16»"), never end a clause.
_CLAUSE_PUNCTUATION = re.compile(r"[.!?؟،؛,;:]")
# What ends a sentence, closing marks included.
_SENTENCE_END = "".join(sorted(patterns.FULL_STOPS)) + '…»”")'
_WORD_START = '(?<![^\\s.!?؟…»”"])'
_LETTER_FORMS = {"ا": "[اأإآ]", "ي": "[يى]", "ه": "[هة]"}


@dataclass(frozen=True, slots=True)
class FurnitureRules:
    """Trailer labels (normalised key -> kind), desk tags and button prefixes."""

    labels: tuple[tuple[str, str], ...]
    desk_tags: frozenset[str]
    prefixes: tuple[str, ...]


@cache
def furniture_rules() -> FurnitureRules:
    """Return the packaged furniture lists."""
    labels = []
    for entry in _read("trailer_labels.txt"):
        label, _, kind = entry.partition("|")
        labels.append((furniture_key(label), kind.strip()))
    return FurnitureRules(
        labels=tuple(sorted(labels, key=lambda item: -len(item[0]))),
        desk_tags=frozenset(map(furniture_key, _read("desk_tags.txt"))),
        prefixes=tuple(entry for entry in _read("furniture_prefixes.txt")),
    )


def _read(name: str) -> tuple[str, ...]:
    return tuple(read_word_list(name, __package__))


def furniture_key(text: str) -> str:
    """Fold ``text`` as the furniture lists are matched (desk tags, labels)."""
    return fold(text).lower()


def is_desk_tag(text: str, rules: FurnitureRules | None = None) -> bool:
    """Tell whether ``text`` is a desk tag (``عاجل``, ``حصري``): no source, no place."""
    return furniture_key(text) in (rules or furniture_rules()).desk_tags


def trailer_kind(text: str, rules: FurnitureRules | None = None) -> str:
    """Return what kind of furniture a whole line is, or "" when it is text."""
    rules = rules or furniture_rules()
    line = text.strip()
    # "( // انتهى // )": a wire mark in brackets is one too
    inner = line[1:-1].strip() if line[:1] in "([" and line[-1:] in ")]" else line
    for pattern, kind in (
        (_AGENCY_CONTROL, "agency trailer"),
        (_CONTROL_MARK, "agency trailer"),
        (_TRANSMISSION_TIME, "agency transmission time"),
        (_WIRE_TAKE, "agency take mark"),
        (_READ_MORE, "read-more line"),
        (_ADDRESS, "link line"),
    ):
        if pattern.fullmatch(line) or pattern.fullmatch(inner):
            return kind
    if len(line.split()) > TRAILER_MAX_WORDS:
        # A "more by this writer" box lists titles glued together: any length;
        # a link line repeats the headline (up to a title's length) after its label.
        kind = _labelled(line, rules)
        if kind == "link line" and len(line.split()) <= LINK_MAX_WORDS:
            return kind
        return kind if kind == "read-more line" else ""
    return _labelled(line, rules)


def _labelled(line: str, rules: FurnitureRules) -> str:
    bracketed = line.startswith("(") and line.endswith(")")
    key = furniture_key(line.strip("()[] "))
    for label, kind in rules.labels:
        glued = kind == "read-more line" and key.startswith(label)
        if (
            not glued
            and key != label
            and not key.startswith((label + " ", label + ":"))
        ):
            continue
        rest = key[len(label) :].lstrip()
        if kind == "photo caption" and not (rest.startswith(":") or bracketed):
            continue
        if kind == "date stamp" and not (
            rest.startswith(":") and _HAS_DIGIT.search(rest)
        ):
            continue  # "نشر في: الأحد 3 مايو …"; "نشر في الجريدة …" is a sentence
        if kind == "tag list" and not (rest.startswith(":") or _tag_terms(rest)):
            continue
        return kind
    return ""


def _tag_terms(rest: str) -> bool:
    """Tell whether the words after a tag label are tags, not a sentence.

    At most ``TAGS_MAX_WORDS`` words; bare (no punctuation), or separated by
    commas and quoted (``«…»``) with no sentence end and no function word.
    """
    if len(rest.split()) > TAGS_MAX_WORDS:
        return False
    if not _PUNCTUATION.search(rest):
        return True
    words = [normalize(word) for word in _TAG_WORD.findall(rest)]
    return (
        not _SENTENCE_MARKS.search(rest)
        and bool(words)
        and not any(word in stop_words() for word in words)
    )


def split_trailer_tail(
    text: str, rules: FurnitureRules | None = None
) -> tuple[str, str, str]:
    """Split furniture printed after the last sentence of the text.

    ``… للمستثمرين. سمات الأسواق الطاقة`` (a tag list after a sentence end),
    ``… بالطائف. رابط الخبر: …`` (a link line), ``…المقال مقالات أخرى للكاتب…``,
    ``… بالطائف. // انتهى //`` (an agency trailer), ``… بالطائف. ...المزيد``,
    ``… بالطائف. 10:35`` (a time stamp: no sentence ends with a bare time).
    Return the text without it, the furniture and its kind ("" when none).
    """
    rules = rules or furniture_rules()
    head, tail, shape = split_glued_trailer(text)
    if tail:
        return head, tail, shape
    time = _LAST_TIME.search(text) if ":" in text else None
    if time is not None:
        return text[: time.start()].rstrip(), time.group().strip(), "time stamp"
    for label, kind in rules.labels:
        if kind in _LINE_KINDS:
            continue
        for match in _label_pattern(label).finditer(text):
            head = text[: match.start()].rstrip()
            tail = text[match.start() :]
            if head and _tail_fits(head, tail[match.end() - match.start() :], kind):
                return head, tail.strip(), kind
    return text, "", ""


def split_furniture_tail(
    text: str, rules: FurnitureRules | None = None
) -> tuple[str, str, str]:
    """Split furniture glued to the end of any line, not only the last ones.

    An agency trailer (:func:`split_glued_trailer`), or a link or "more by this
    writer" label after a sentence end (``… بالطائف. رابط الخبر: …``): these
    labels are never article text, wherever a scraper left them.
    """
    rules = rules or furniture_rules()
    head, tail, shape = split_glued_trailer(text)
    if tail:
        return head, tail, shape
    folded = furniture_key(text)
    for label, kind in rules.labels:
        if kind not in {"link line", "read-more line"} or label not in folded:
            continue
        for match in _label_pattern(label).finditer(text):
            head = text[: match.start()].rstrip()
            rest = text[match.end() :]
            glued = kind == "read-more line" and " " in label
            if (
                head
                and (glued or head[-1] in _SENTENCE_END)
                and _tail_fits(head, rest, kind)
            ):
                return head, text[match.start() :].strip(), kind
    return text, "", ""


def split_takes(text: str) -> tuple[list[str], list[str]]:
    """Cut a line at the control marks between two takes of a wire story.

    ``… بالطائف. // يتبع // وأضاف …`` gives the two texts and the mark: a take
    ends with a sentence end, so ``كلمة //السوق// تعني`` stays, and so does a
    word in slashes opening the line with no take before it (``//واس// …``, the
    agency's credit, read by the credits step).  A mark at the line's end is left
    to :func:`split_glued_trailer`.
    """
    if "/" not in text:
        return [text], []
    pieces: list[str] = []
    marks: list[str] = []
    position = 0
    for match in _take_marks(text):
        head, after = text[position : match.start()].strip(), text[match.end() :]
        control = _CONTROL.search(match.group()) is not None
        ends_take = bool(head) and head[-1] in _SENTENCE_END
        if (control or ends_take) and _HAS_WORD.search(after):
            if head:
                pieces.append(head)
            marks.append(match.group().strip())
            position = match.end()
    pieces.append(text[position:].strip())
    return pieces, marks


def _take_marks(text: str) -> list[re.Match[str]]:
    """Return the marks between takes: any word in ``//``, a control word in ``/``."""
    found = [*_INNER_CONTROL.finditer(text)]
    found += [
        match
        for match in _CONTROL_MARK.finditer(text)
        if not any(m.start() <= match.start() < m.end() for m in found)
    ]
    return sorted(found, key=lambda match: match.start())


def wire_codes(text: str) -> bool:
    """Tell whether a whole line is a wire's desk codes: ``ع ص / ح م``, ``انتهى``.

    Initials, control words and times between separators, at least two of them
    or one control word (a lone letter may be a list's mark).  An agency spelt
    with initials (``أ ف ب``) is a credit: the caller checks it first.
    """
    if _WIRE_CODES.fullmatch(text) is None:
        return False
    return _CONTROL.search(text) is not None or len(_WIRE_TOKENS.findall(text)) > 1


def split_trailing_codes(text: str) -> tuple[str, str]:
    """Split the desk codes ending a line, whatever is before them: (text, codes).

    ``(واس) ع ص / ح م`` gives ``(واس)`` and the codes; the caller decides whether
    what is left is a credit (the codes are cut only then).
    """
    start = max(0, len(text) - WIRE_TAIL_MAX_CHARS)
    match = _WIRE_END.search(text, start)
    if match is None or not match.start() or not wire_codes(match.group()):
        return text, ""
    return text[: match.start()].strip(), match.group().strip()


def marked_time(text: str) -> bool:
    """Tell whether ``text`` is a wire's transmission time with its mark alone.

    ``15:06 ت م``, ``1506 ت م``, ``ت م 1506``: the mark makes it the wire's,
    wherever it is glued (after a signature too).
    """
    return _MARKED_TIME.fullmatch(text.strip()) is not None


def marked_control(text: str) -> bool:
    """Tell whether ``text`` is a wire's control word between marks: ``(انتهى)``.

    ``/انتهى/``, ``ـ انتهى ـ``, ``// يتبع //``: between brackets, slashes or
    dashes the word closes a take, wherever it is glued; bare (``… وقد انتهى``)
    it may be the sentence's verb.
    """
    core = text.strip()
    return (
        _CONTROL.search(core) is not None
        and core[:1] in _CONTROL_MARKS
        and core[-1:] in _CONTROL_MARKS
    )


def syndication_credit(text: str) -> bool:
    """Tell whether a line credits the partner of a syndicated story: ``* خدمة «…»``."""
    return _SYNDICATION.match(text.strip()) is not None


def split_wire_tail(text: str) -> tuple[str, str]:
    """Split the wire's desk codes printed after a line's last sentence end.

    ``… في الطائف. ع ص / ح م`` gives the sentence and the codes; ``""`` when
    there are none.
    """
    start = max(0, len(text) - WIRE_TAIL_MAX_CHARS)
    match = _WIRE_TAIL.search(text, start)
    if match is None or not wire_codes(match.group()):
        return text, ""
    head = text[: match.start()].rstrip()
    last = _TAG_WORD.findall(head)
    # a stop after one letter is an initial's ("أ. ف. ب"), not a sentence end;
    # after a digit it is one ("… فازت 2 - 1.")
    if not last or (len(last[-1]) < 2 and not last[-1].isdigit()):  # noqa: PLR2004
        return text, ""
    return head, match.group().strip()


def split_glued_trailer(text: str) -> tuple[str, str, str]:
    """Split an agency trailer, a time or "...المزيد" glued to a line's end.

    These shapes are never text, so any paragraph is cut (a wire story sent in
    takes ends each take with ``// يتبع //``).  Return the text, the trailer and
    its kind ("" when none).
    """
    for needle, pattern, shape in _GLUED_TAILS:
        glued = pattern.search(text) if needle in text else None
        if glued and text[: glued.start()].strip():
            return text[: glued.start()].rstrip(), glued.group().strip(), shape
    return text, "", ""


def _tail_fits(head: str, rest: str, kind: str) -> bool:
    if kind == "tag list":
        if head[-1] in _SENTENCE_END or head.rsplit(maxsplit=1)[-1].startswith("@"):
            # after the last sentence: the label alone, or terms (bare, or
            # between commas or dashes), never a sentence
            tags = rest.strip().removeprefix(":").strip()
            if len(tags.split()) > TAGS_MAX_WORDS:
                return False
            return not _CLAUSE_PUNCTUATION.search(tags) or (
                _tag_terms(tags) and not _SENTENCE_MARKS.search(tags)
            )
        return _bare_terms(rest) and not _PUNCTUATION.search(rest)
    if kind == "link line":
        return len(rest.split()) <= TRAILER_MAX_WORDS
    return True


def _bare_terms(text: str) -> bool:
    """Tell whether ``text`` is a few terms with no function word (a tag list).

    ``… خلال الجولة سمات الأسواق الطاقة النفط``: after the text's last word, with
    no sentence end before it, a tag label is furniture only when at least
    ``TAGS_MIN_BARE`` words follow it and none is a function word
    (``text/data/stopwords.txt``).
    """
    words = [normalize(word) for word in text.split()]
    return len(words) >= TAGS_MIN_BARE and not any(w in stop_words() for w in words)


@cache
def _label_pattern(label: str) -> re.Pattern[str]:
    """Match a normalised label in raw text: any hamza form, marks, tatweel."""
    marks = (
        "[\N{ARABIC FATHATAN}-\N{ARABIC SUKUN}"
        "\N{ARABIC LETTER SUPERSCRIPT ALEF}\N{ARABIC TATWEEL}]*"
    )
    letters = []
    for letter in label:
        if letter == " ":
            letters.append("\\s+")
        else:
            letters.append(_LETTER_FORMS.get(letter, re.escape(letter)) + marks)
    # A one-word label must start a word; a longer one is never part of the text
    # and may be glued to the last word ("…الكلاممقالات أخرى للكاتب").
    boundary = "" if " " in label else _WORD_START
    return re.compile(boundary + "".join(letters), re.IGNORECASE)


def split_image_address(text: str) -> tuple[str, str, str]:
    """Split ``text`` at the first picture address: (before, address, after).

    Without one, ``before`` is the whole text and the others are empty.
    """
    match = _IMAGE_ADDRESS.search(text)
    if match is None:
        return text, "", ""
    return text[: match.start()].rstrip(), match.group(), text[match.end() :].lstrip()


def strip_buttons(text: str, rules: FurnitureRules | None = None) -> tuple[str, str]:
    """Remove slider buttons from the start of a line; return (text, removed).

    A line of buttons alone comes back empty.
    """
    rules = rules or furniture_rules()
    for prefix in rules.prefixes:
        if text == prefix or text.startswith(prefix + " "):
            return text[len(prefix) :].lstrip(), prefix
    return text, ""


def split_desk_tag(title: str, rules: FurnitureRules | None = None) -> tuple[str, str]:
    """Remove a desk tag from a headline; return (headline, tag or "")."""
    rules = rules or furniture_rules()
    slash = _SLASH_TAG.match(title)
    # a one-word desk ("عام /") may head a headline of two words ("حالة الطقس")
    least = HEADLINE_MIN_WORDS - (1 if slash and " " not in slash["tag"] else 0)
    if slash and len(slash["rest"].split()) >= least:
        return slash["rest"].strip(), title[: slash.start("rest")].strip()
    colon = _COLON_TAG.match(title)
    if (
        colon
        and furniture_key(colon["tag"]) in rules.desk_tags
        and len(colon["rest"].split()) >= HEADLINE_MIN_WORDS
    ):
        return colon["rest"].strip(), title[: colon.start("rest")].strip()
    return title, ""
