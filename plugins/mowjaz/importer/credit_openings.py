"""Credit shapes, for the Summary: whatever the credits step left in the text.

:func:`credit_shaped` tells whether a line has the shape of a byline even when it
was not recognised as one, and :func:`strip_credit_opening` cuts a dateline or a
byline opening the lead, so the Summary never starts with a credit.  Pure
functions over one line; the Summary (:mod:`.summary`) calls them.
"""

from __future__ import annotations

from ..text.normalize import normalize
from .credit_segments import is_name, name_words, segments
from .credit_words import (
    CREDIT_MAX_CHARS,
    DASHED_PIECE_MAX_WORDS,
    HAS_DIGIT,
    LEAD_CREDIT_MAX_WORDS,
    LEAD_END,
    NAME_MAX_WORDS,
    NAME_MIN_WORDS,
    TEXT_WORDS,
    CreditRules,
    credit_rules,
    has_article,
    is_agency,
    known_place,
    role_piece,
    verb_shaped,
)
from .lead_credits import ASIDE_MAX_WORDS, DASH_IN_WORDS, names_opening
from .lone_bylines import names_list, writer_shaped


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
    for match in LEAD_END.finditer(text[:CREDIT_MAX_CHARS]):
        head, rest = text[: match.start()], text[match.end() :].strip()
        if len(head.split()) > LEAD_CREDIT_MAX_WORDS:
            break
        if len(rest.split()) < LEAD_CREDIT_MAX_WORDS or head.count("(") != head.count(
            ")"
        ):
            continue
        if _names_before_dash(head, match.group(), rest):
            best = rest
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
                and (":" not in match.group() or has_article(found[0].text))
            )
        )
        if (
            single
            or credit_shaped(head, rules)
            or names_opening(found, match, rest)
            or _place_beside_credit(head, rules)
            or _bracketed_words(head)
        ):
            best = rest
    return best


def _names_before_dash(head: str, end: str, rest: str) -> bool:
    """Tell whether a lead opens with a list of reporters and a spaced dash.

    ``فلان الفلاني و فلان الفلاني - أعلنت …``: two names or more no list holds
    (:func:`~mowjaz.importer.lone_bylines.names_list`), closed by a dash that
    opens no aside (``فلان وفلان - لاعبا المنتخب - …`` keeps them).
    """
    return (
        ":" not in end
        and not DASH_IN_WORDS.search(" ".join(rest.split()[:ASIDE_MAX_WORDS]))
        and names_list(head.strip())
    )


def _bracketed_words(head: str) -> bool:
    """Tell whether a lead's opening is a few plain words in brackets.

    ``(سان جوان): …``, ``(برزنجة): …``: a town no list holds, or a desk's word
    (``(خاص) - …``), set apart by brackets and then a colon or a dash; a speaker
    is never bracketed.  One to ``DASHED_PIECE_MAX_WORDS`` words, no digit, no
    word of running text (a preposition, a particle, a speech verb).
    """
    core = head.strip()
    if not (core.startswith("(") and core.endswith(")")) or core.count("(") != 1:
        return False
    words = core[1:-1].split()
    return (
        0 < len(words) <= DASHED_PIECE_MAX_WORDS
        and not HAS_DIGIT.search(core)
        and not any(normalize(word) in TEXT_WORDS for word in words)
    )


def _place_beside_credit(head: str, rules: CreditRules) -> bool:
    """Tell whether a lead's opening is a place and a credit with no separator.

    ``بيروت فلان الفلاني - …``, ``فلان الفلاني جدة: …``, ``عدن واس - …``,
    ``جدة المرسى: …``: a known place of one or two words before or after a
    person's name (no word after the first shaped as a verb; a writer's shape or
    a list of them when no list knows the names), an agency or a paper (see
    :func:`_paper_shaped`).
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
                        is_name(other, rules)
                        # "جدة سعد يتألق": a headline, not a byline
                        and not any(map(verb_shaped, name_words(other)[1:]))
                    )
                    # writers no list holds ("بحرة زعلان الكعبي - …")
                    or writer_shaped(other, rules)
                    or names_list(other, rules)
                )
            ):
                return True
    return False


def _paper_shaped(text: str) -> bool:
    """Tell whether 1-3 words may be a paper's name: "ال" first, no verb shape.

    ``المرسى``, ``المرسى الإلكترونية``; beside a town at a lead's start only.
    """
    words = name_words(text)
    return (
        0 < len(words) <= DASHED_PIECE_MAX_WORDS
        and words[0].startswith("ال")
        and not any(map(verb_shaped, words))
        and not HAS_DIGIT.search(text)
    )
