"""What the importer's steps made of each source line, as the editor sees it.

:func:`decide` records :class:`~mowjaz.importer.records.Decision` records on a
draft (shown by ``mowjaz import --explain``) and, for what an editor should look
at (a line dropped, a credit removed), a warning of one line each, quoting the
line shortly (:func:`quoted`).  The steps of :mod:`.pipeline` call it.
"""

from __future__ import annotations

import dataclasses

from .records import Decision, Draft

# Warnings quote at most this many characters of a dropped line.
QUOTE_CHARS = 60


def quoted(text: str) -> str:
    """Return a short, one-line quotation of ``text`` for a warning."""
    short = text if len(text) <= QUOTE_CHARS else text[: QUOTE_CHARS - 1] + "\u2026"
    return f"\u201c{short}\u201d"


def decide(draft: Draft, *decisions: Decision, warn: bool = False) -> Draft:
    """Record decisions on ``draft`` (and a warning for each when ``warn``)."""
    warnings = draft.warnings
    if warn:
        warnings += tuple(
            f"line {d.number}: {d.kind} {d.detail} {quoted(d.text)}" for d in decisions
        )
    return dataclasses.replace(
        draft, decisions=draft.decisions + decisions, warnings=warnings
    )
