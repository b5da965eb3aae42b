"""Typography of Arabic news text copied from the web: quotation marks, punctuation.

Copied text mixes straight, curly, reversed (”…“, from right-to-left copy-paste)
and double-prime quotation marks, and puts spaces before ``، ؛ ؟`` as typewriters
did.  :func:`fix_typography` turns one line into balanced “…” pairs with Arabic
punctuation spacing and names the problems an editor should look at (marks that
cannot be paired, which are left as typed; an empty quotation).  Pure functions
over one line of text; the importer's ``typography`` step applies them to every
line.
"""

from __future__ import annotations

import re

from . import patterns

_OPEN, _CLOSE, _PRIME = "\u201c", "\u201d", "\u2033"
_DOUBLE_QUOTES = re.compile('["\u201c\u201d\u201e\u201f\u2033]')
_OPENING_ONLY = frozenset("\u201c\u201e\u201f")
# Characters after which a quotation mark opens, and before which it closes.
_OPEN_CONTEXT = frozenset("([{\u00ab\u2014\u2013-:/" + patterns.TATWEEL)
_CLOSE_CONTEXT = frozenset(".,;:!?)]}\u00bb\u2026،؛؟\u2014\u2013-")
_SWAP_GUILLEMETS = str.maketrans("«»", "»«")
_EMPTY_QUOTATION = re.compile("\u201c\\s*\u201d")
_SPACE_BEFORE_MARK = re.compile("\\s+([،؛؟])")
_SPACE_BEFORE_END = re.compile("(?<=[^\\W\\d_]|[\u201d\u00bb)])\\s+([.!:])(?=\\s|$)")
_NO_SPACE_AFTER_MARK = re.compile("([،؛؟])(?=[^\\W\\d_])")


def fix_typography(text: str) -> tuple[str, list[str]]:
    """Return ``text`` with balanced “…” pairs and tidy punctuation, and problems."""
    text, problems = balance_quotes(text)
    text = _SPACE_BEFORE_MARK.sub(r"\1", text)
    text = _SPACE_BEFORE_END.sub(r"\1", text)
    text = _NO_SPACE_AFTER_MARK.sub(r"\1 ", text)
    if _EMPTY_QUOTATION.search(text):
        problems.append(
            "empty quotation \u201c\u201d (a name was probably lost in copying)"
        )
    return text, problems


def balance_quotes(text: str) -> tuple[str, list[str]]:
    """Pair the quotation marks of one line, or leave them as they are.

    Straight quotes, reversed marks (”…“, common in right-to-left copy-paste) and a
    double prime closing a quotation (“10 من 10″) become “…”; a double prime that
    closes nothing (5″) stays.  The context decides: a mark after a space or an
    opening bracket (or a tatweel, as in بـ“) opens, a mark before a space or
    punctuation closes, and a mark with spaces on both sides opens or closes as
    the pairing needs.  Reversed guillemets (»…«) become «…».  A quote is never
    invented: when the marks of a line cannot all be paired, the line keeps its
    marks as typed and the problem is reported, so no text moves into or out of a
    quotation.
    """
    problems: list[str] = []
    paired = _pair_double_marks(text)
    if paired is None:
        problems.append("quotation mark that cannot be paired: left as typed")
    else:
        text = paired
    guillemets = _pair_guillemets(text)
    if guillemets is None:
        problems.append("guillemet « » that cannot be paired: left as typed")
    else:
        text = guillemets
    return text, problems


def _pair_double_marks(text: str) -> str | None:
    """Return ``text`` with its double marks as “…” pairs; None if they don't pair."""
    pieces: list[str] = []
    depth = 0
    position = 0
    for match in _DOUBLE_QUOTES.finditer(text):
        index = match.start()
        mark = match.group()
        if mark == _PRIME and depth == 0:
            continue
        before = text[index - 1] if index else " "
        after = text[index + 1] if index + 1 < len(text) else " "
        opening = _is_opening(mark, before, after, depth)
        if opening:
            depth += 1
        elif depth:
            depth -= 1
        else:
            return None
        pieces.append(text[position:index])
        pieces.append(_OPEN if opening else _CLOSE)
        position = index + 1
    if depth:
        return None
    pieces.append(text[position:])
    return "".join(pieces)


def _pair_guillemets(text: str) -> str | None:
    """Return ``text`` with reversed »…« pairs turned into «…», or None."""
    marks = [char for char in text if char in "«»"]
    if not marks:
        return text
    if _nests(marks, "«", "»"):
        return text
    if _nests(marks, "»", "«"):
        return text.translate(_SWAP_GUILLEMETS)
    return None


def _nests(marks: list[str], opening: str, closing: str) -> bool:
    depth = 0
    for mark in marks:
        depth += 1 if mark == opening else -1
        if depth < 0:
            return False
    return depth == 0 and marks[0] == opening and closing in marks


def _is_opening(mark: str, before: str, after: str, depth: int) -> bool:
    """Tell whether ``mark`` opens a quotation, from the characters around it."""
    opens = before.isspace() or before in _OPEN_CONTEXT
    closes = after.isspace() or after in _CLOSE_CONTEXT
    if opens and not closes:
        return True
    if closes and not opens:
        return False
    return depth == 0 or (mark in _OPENING_ONLY and not closes)
