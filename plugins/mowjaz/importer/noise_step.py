"""The ``remove_noise`` step: what a page prints around the story.

Boilerplate the site rules know and a share prompt after the last sentence
(:mod:`mowjaz.text.noise`); furniture (:mod:`.furniture`): slider buttons,
picture addresses, link and read-more labels, a wire's take marks and desk codes
in the last lines; a reviewer's or photographer's line (:mod:`.staff_lines`); and
the titles a "more by this writer" box lists.  Each is dropped with a warning; the
headlines under a hint label go to ``RelatedHints``.  A step ``Draft -> Draft``
of :mod:`.pipeline`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from ..text.noise import SiteNoise, default_noise
from .credit_words import is_agency
from .decisions import decide
from .furniture import (
    marked_control,
    marked_time,
    split_furniture_tail,
    split_image_address,
    split_takes,
    split_trailer_tail,
    split_trailing_codes,
    split_wire_tail,
    strip_buttons,
    syndication_credit,
    trailer_kind,
    wire_codes,
)
from .headlines import is_title_line, words_key
from .line_kinds import is_headline_like
from .records import Decision, Draft, Line
from .staff_lines import staff_credit

# Furniture glued after the last sentence is looked for in this many last lines.
TRAILER_TAIL_LINES = 2
# A wire's desk codes (ع ص / ح م) are looked for in this many last lines.
WIRE_CODE_LINES = 3


def remove_noise(draft: Draft) -> Draft:
    """Drop boilerplate and trailers (warning for each); hints go to RelatedHints."""
    rules = draft.rules or default_noise()
    kept: list[Line] = []
    hints = list(draft.hints)
    decisions: list[Decision] = []
    waiting_for_hint = False
    headline = words_key(draft.lines[0].text) if draft.lines else ""
    for line in draft.lines:
        text, buttons = strip_buttons(line.text)
        if buttons:
            decisions.append(
                Decision(line.number, "removed", buttons, "slider buttons")
            )
        text = _strip_image_addresses(line.number, text, headline, decisions)
        if not text:
            continue  # buttons or a picture's address alone: nothing is left
        kind, value = rules.kind(text)
        trailer = "" if kind else trailer_kind(text) or _staff_kind(text)
        if kind == "hint":
            hints.append(Line(line.number, value))
            decisions.append(Decision(line.number, "hint", value, "RelatedHints"))
        elif kind == "hint_label":
            waiting_for_hint = True
            decisions.append(Decision(line.number, "dropped", text, "hint label"))
        elif kind == "boilerplate" or trailer:
            reason = trailer or value or "boilerplate"
            decisions.append(Decision(line.number, "dropped", text, reason))
        elif waiting_for_hint and (is_headline_like(text) or is_title_line(text)):
            hints.append(Line(line.number, text))
            decisions.append(Decision(line.number, "hint", text, "RelatedHints"))
            waiting_for_hint = False
        else:
            kept.append(Line(line.number, text))
            waiting_for_hint = False
    kept = _split_takes(kept, decisions, rules)
    # Furniture glued to the text's end, also before a last line (a signature);
    # agency trailers, link and read-more labels glued to any paragraph.
    last = len(kept) - TRAILER_TAIL_LINES
    for index, line in enumerate(kept):
        split = split_trailer_tail if index >= last else split_furniture_tail
        text, tail, kind = split(line.text)
        if tail:
            kept[index] = Line(kept[index].number, text)
            decisions.append(Decision(kept[index].number, "removed", tail, kind))
    kept = _drop_listed_titles(kept, decisions)
    kept = _drop_wire_codes(kept, decisions)
    if kept:  # a share prompt after the last sentence ("… تابعونا على …")
        text, prompt = rules.split_tail(kept[-1].text)
        if prompt:
            kept[-1] = Line(kept[-1].number, text)
            decisions.append(
                Decision(kept[-1].number, "removed", prompt, "boilerplate")
            )
    draft = dataclasses.replace(draft, lines=tuple(kept), hints=tuple(hints))
    return _record_drops(draft, sorted(decisions, key=lambda d: d.number))


def _staff_kind(text: str) -> str:
    """Return "staff credit" for a reviewer's or photographer's line, else ""."""
    return "staff credit" if staff_credit(text) else ""


def _drop_wire_codes(lines: list[Line], decisions: list[Decision]) -> list[Line]:
    """Drop a wire's desk codes in the last lines, alone or after the last sentence.

    ``ع ص / ح م``, ``/ يتبع /``, ``انتهى`` (:func:`wire_codes`) close an agency
    story, and ``* خدمة «…»`` a syndicated one (:func:`syndication_credit`); in
    the last ``WIRE_CODE_LINES`` lines they are never text.  An agency spelt with
    initials (``أ ف ب``) is left to the credits.
    """
    kept = list(lines)
    for index in range(len(kept) - 1, max(0, len(kept) - WIRE_CODE_LINES) - 1, -1):
        line = kept[index]
        if wire_codes(line.text) and not is_agency(line.text.strip(" ()[]-")):
            decisions.append(Decision(line.number, "dropped", line.text, "wire codes"))
            del kept[index]
            continue
        if syndication_credit(line.text):
            decisions.append(
                Decision(line.number, "dropped", line.text, "syndication credit")
            )
            del kept[index]
            continue
        head, tail = split_wire_tail(line.text)
        if not tail:  # an agency's credit, then the codes: "(واس) ع ص / ح م"
            head, tail = split_trailing_codes(line.text)
            # after an agency's credit, or a time with its mark or a control
            # word between marks after anything ("فلان الفلاني 15:06 ت م")
            cut = marked_time(tail) or marked_control(tail)
            tail = tail if cut or is_agency(head.strip(" ()[]-")) else ""
        if tail and not is_agency(tail.strip(" ()[]-")):
            kept[index] = Line(line.number, head)
            decisions.append(Decision(line.number, "removed", tail, "wire codes"))
    return kept


def _drop_listed_titles(lines: list[Line], decisions: list[Decision]) -> list[Line]:
    """Drop the titles a "more by this writer" box lists after its label.

    Only when every line after the label reads as a headline (short, no final
    punctuation): the box closes the page, and a paragraph after it is text.
    """
    starts = [
        d.number
        for d in decisions
        if d.detail == "read-more line" or trailer_kind(d.text) == "read-more line"
    ]
    if not starts:
        return lines
    after = [line for line in lines if line.number > min(starts)]
    if not after or not all(is_headline_like(line.text) for line in after):
        return lines
    decisions.extend(
        Decision(line.number, "dropped", line.text, "read-more line") for line in after
    )
    return [line for line in lines if line.number <= min(starts)]


def _split_takes(
    lines: Sequence[Line], decisions: list[Decision], rules: SiteNoise
) -> list[Line]:
    """Cut lines at a wire's control mark between two takes (``// يتبع //``).

    What follows a mark may be the page's furniture, not a take (``// انتهى //
    تابعونا على تويتر``): such a piece is dropped as its own line would be.
    """
    kept: list[Line] = []
    for line in lines:
        pieces, marks = split_takes(line.text)
        decisions.extend(
            Decision(line.number, "removed", mark, "agency trailer") for mark in marks
        )
        for index, piece in enumerate(pieces):
            kind, shape = rules.kind(piece) if index else ("", "")
            if kind == "boilerplate":
                decisions.append(
                    Decision(line.number, "removed", piece, shape or "boilerplate")
                )
            else:
                kept.append(Line(line.number, piece))
    return kept


def _record_drops(draft: Draft, decisions: Sequence[Decision]) -> Draft:
    """Record decisions; warn for what was dropped or removed, not for hints."""
    for decision in decisions:
        draft = decide(draft, decision, warn=decision.kind in {"dropped", "removed"})
    return draft


def _strip_image_addresses(
    number: int, text: str, headline: str, decisions: list[Decision]
) -> str:
    """Remove picture addresses from a line, and the headline glued before one.

    A scraped page may glue the headline, its picture's address and the first
    paragraph into one line; the headline is then dropped with the address.
    """
    kept: list[str] = []
    rest = text
    while rest:
        before, address, rest = split_image_address(rest)
        if not address:
            kept.append(before)
            break
        decisions.append(Decision(number, "removed", address, "picture address"))
        if not kept and before and headline and words_key(before) == headline:
            decisions.append(Decision(number, "removed", before, "title repeated"))
        elif before:
            kept.append(before)
    return " ".join(kept)
