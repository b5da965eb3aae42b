"""Quotes: direct quotations and their speakers, and the editor's choices (pure).

:func:`extract_quotes` finds every quoted span of a brief, decides which ones are
speech worth a sidebar, and names each speaker.  Three steps, each in its module:

1. **Marks** (:mod:`mowjaz.text.quote_marks`): “…”, «…» and "…" are paired per
   paragraph into quoted spans.
2. **Speech or not** and 3. **Speaker** (:mod:`mowjaz.quotes.attribution`): a span
   is speech when a speech verb, a name or role with a colon, or an attribution
   after it says so, or when it continues a quotation; its speaker is the
   verb's subject or whoever the article carries (:mod:`mowjaz.quotes.names`),
   captioned with the fullest name the article gives
   (:mod:`mowjaz.quotes.name_index`), a statement giving way to its issuer
   (:mod:`mowjaz.quotes.issuers`).

Sidebar material is speech of at least three words (``min_words``): one- or
two-word scare quotes are not pull quotes.  Duplicates (a quotation repeated as a
subheading) are kept once.  The work is linear in the length of the text, and a
brief with no quotation that long is not read further than its quotation marks.

The editor has the last word: :func:`pinned_quotes` reads the quotes pinned in a
brief's metadata and :func:`editor_quotes` puts them first and drops the
extracted quotes the editor struck out.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass

from ..text.blocks import Block
from ..text.memo import WordMemo
from ..text.normalize import fold
from ..text.quote_marks import quoted_spans
from . import names
from .attribution import CERTAIN_ROUTES, Story
from .lexicon import Lexicon, lexicon, quote_tokens
from .name_index import build_index
from .paragraph import Paragraph

logger = logging.getLogger(__name__)

DEFAULT_MIN_WORDS = 3
# A sidebar quote is a sentence or two; a longer one is a runaway or a statement.
MAX_SIDEBAR_WORDS = 80


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct quotation as written in the article, without its marks.

    ``block`` is the index of the paragraph in the blocks given to
    :func:`extract_quotes` and ``start``/``end`` the offsets of ``text`` in that
    block's text (``None`` for quotes an editor pinned in metadata).
    """

    text: str
    speaker: str | None
    block: int | None = None
    start: int | None = None
    end: int | None = None


def extract_quotes(
    blocks: Sequence[Block],
    *,
    min_words: int = DEFAULT_MIN_WORDS,
    memo: WordMemo | None = None,
    certain: frozenset[str] = CERTAIN_ROUTES,
) -> list[Quote]:
    """Return the speech quotations of ``blocks`` in article order.

    A quotation is kept when it is speech (see the module docstring) of at least
    ``min_words`` words.  Its speaker is given only when the rule that found it is
    one of the ``certain`` routes (:data:`~mowjaz.quotes.attribution.ROUTES`),
    else it is ``None``.  Headings are not searched.  ``memo`` remembers per-word
    work across the briefs of a build; it never changes the result.
    """
    return [
        found.quote
        if found.rule in certain
        else Quote(found.quote.text, None, *_place(found.quote))
        for found in attributed_quotes(blocks, min_words=min_words, memo=memo)
    ]


@dataclass(frozen=True, slots=True)
class Attributed:
    """A speech quotation with its best-guess speaker and the route that gave it."""

    quote: Quote
    route: str
    kind: str = ""

    @property
    def rule(self) -> str:
        """Return ``route:kind``, the key :data:`CERTAIN_ROUTES` lists."""
        return f"{self.route}:{self.kind}" if self.route else ""


def attributed_quotes(
    blocks: Sequence[Block],
    *,
    min_words: int = DEFAULT_MIN_WORDS,
    memo: WordMemo | None = None,
) -> list[Attributed]:
    """Return the speech quotations of ``blocks`` with every speaker guessed.

    :func:`extract_quotes` keeps the guesses of the certain routes only; the
    evaluation reads them all to choose which routes are certain.
    """
    texts = [
        (number, block.text)
        for number, block in enumerate(blocks)
        if block.kind != "heading" and block.text.strip()
    ]
    spans = [quoted_spans(text) for _, text in texts]
    # Only a quotation of min_words words or more can be kept: the story is read up
    # to the last paragraph that has one, and not at all when none has.
    worthy = [
        k
        for k, ((_, text), found) in enumerate(zip(texts, spans, strict=True))
        if any(len(text[span.start : span.end].split()) >= min_words for span in found)
    ]
    if not worthy:
        return []
    lex = lexicon() if memo is None else memo.lexicon(lexicon())
    words = None if memo is None else memo.bounded()
    paragraphs = [
        Paragraph.read(number, text, found, lex, words)
        for (number, text), found in zip(texts, spans, strict=True)
    ]
    aliases = tuple(
        alias for paragraph in paragraphs for alias in paragraph.aliases(lex)
    )
    index = build_index(paragraphs, lex, aliases)
    story = Story(lex=lex, index=index, mentions=index.mentions())
    named = index.names_a_person()
    institutions = frozenset(alias for _, alias in index.aliases) | index.named_bodies
    vocabulary = frozenset(
        token.norm for paragraph in paragraphs for token in paragraph.tokens
    )
    quotes: list[Attributed] = []
    seen: set[str] = set()
    for paragraph in paragraphs[: worthy[-1] + 1]:
        for span, said in story.read(paragraph):
            text = paragraph.text[span.start : span.end]
            key = fold(text)
            if (
                not said.speech
                or len(text.split()) < min_words
                or key in seen
                or _spelled_figure(text, lex)
                or _spelled_initials(text, lex)
                or _between_quotes(text)
            ):
                continue
            seen.add(key)
            plausible = names.plausible_caption(said.speaker, lex, vocabulary)
            speaker = said.speaker if plausible else None
            quote = Quote(text, speaker, paragraph.number, span.start, span.end)
            if speaker is None:
                quotes.append(Attributed(quote, ""))
            else:
                kind = names.caption_kind(
                    speaker,
                    lex,
                    people=named,
                    institutions=institutions | story.quoted_subjects,
                )
                quotes.append(Attributed(quote, said.route, kind))
    return quotes


def _between_quotes(text: str) -> bool:
    """Tell whether a span is the narration between two quotations.

    Marks typed the wrong way round (``»…« . وكما قال فلان: »…«``) pair a closing
    mark with the next opening one: the span then opens on the punctuation that
    ended the first quotation, a comma or one full stop (an ellipsis opens real
    speech: ``"..وأعتذر"``).
    """
    stripped = text.strip()
    if stripped[:1] in _GAP_OPENERS:
        return True
    return stripped[:1] == "." and stripped[1:2] != "."


# A quotation never opens on a comma or a semicolon (Arabic or Latin).
_GAP_OPENERS = frozenset("،,؛;")


def _spelled_figure(text: str, lex: Lexicon) -> bool:
    """Tell whether a quotation only spells out a figure: ``"ثلاثمائة جرام"``."""
    words = [token for token in quote_tokens(text) if token.word]
    return bool(words) and all(_figure_word(token.norm, lex) for token in words)


def _spelled_initials(text: str, lex: Lexicon) -> bool:
    """Tell whether a quotation only spells out Latin initials: ``"بي. بي. سي"``.

    Arabic news writes an acronym as the names of its letters (``"إف جي آر"``);
    set in quotation marks after a name, it is that name's short form, not speech.
    """
    words = [token for token in quote_tokens(text) if token.word]
    return bool(words) and all(token.norm in lex.initials for token in words)


def _figure_word(norm: str, lex: Lexicon) -> bool:
    # A figure or a year with its era (1447هـ، 2025م, or the era letter alone).
    if norm.isdigit() or norm in _ERAS or (norm[:-1].isdigit() and norm[-1:] in _ERAS):
        return True
    for form in (norm, norm.removeprefix("و")):
        for bare in (form, form.removeprefix("ال")):
            if bare in lex.figures or bare.removesuffix("ا") in lex.figures:
                return True
    return False


# The era letters after a year: هـ (hijri, folded to ه) and م (gregorian).
_ERAS = frozenset({"ه", "م"})


def _place(quote: Quote) -> tuple[int | None, int | None, int | None]:
    return quote.block, quote.start, quote.end


# Editor's choices -----------------------------------------------------------------

# "نص الاقتباس — المتحدث": an em dash (or two hyphens) with spaces around it.
PIN_SEPARATORS = (" \u2014 ", " -- ")
_EDGE_MARKS = "\u201c\u201d\u00ab\u00bb\u2033\"' "


def pinned_quotes(lines: Sequence[str]) -> list[Quote]:
    """Read the editor's ``Quotes:`` lines: ``نص الاقتباس — المتحدث`` per line.

    The text may keep its quotation marks (they are removed); a line without the
    separator pins a quote with no speaker.  Empty lines are ignored.
    """
    quotes = []
    for line in lines:
        text, speaker = line.strip(), ""
        for separator in PIN_SEPARATORS:
            if separator in text:
                text, speaker = text.rsplit(separator, 1)
                break
        text = text.strip(_EDGE_MARKS)
        if text:
            quotes.append(Quote(text, speaker.strip() or None))
    return quotes


def editor_quotes(
    extracted: Sequence[Quote],
    *,
    pinned: Sequence[Quote] = (),
    drops: Sequence[str] = (),
) -> list[Quote]:
    """Combine the editor's choices with the extracted quotes, pinned ones first.

    An extracted quote is left out when its text contains one of the ``drops``
    fragments or repeats a pinned quote (compared after normalisation, so that
    diacritics and hamza forms do not matter).  Pinned quotes are never dropped.
    """
    fragments = [_compare_key(fragment) for fragment in drops if _compare_key(fragment)]
    pinned_keys = [_compare_key(quote.text) for quote in pinned]
    kept = list(pinned)
    if not fragments and not pinned_keys:  # nothing to compare with
        return [*kept, *extracted]
    for quote in extracted:
        key = _compare_key(quote.text)
        if any(fragment in key for fragment in fragments):
            continue
        if any(key in other or other in key for other in pinned_keys):
            continue
        kept.append(quote)
    return kept


def sidebar_quotes(
    quotes: Sequence[Quote],
    limit: int,
    *,
    pinned: int = 0,
    max_words: int = MAX_SIDEBAR_WORDS,
) -> list[Quote]:
    """Choose at most ``limit`` quotes for the sidebar, keeping their order.

    The first ``pinned`` quotes (the editor's) are always kept.  Of the others,
    only quotes with a speaker and at most ``max_words`` words can be shown: an
    unattributed quotation is not a pull quote, nor is a runaway one.  The places
    go first to one quote per speaker not yet shown, in article order, so that a
    story's voices all appear rather than its first speaker four times; then to
    the other quotes in article order.
    """
    if limit <= 0:
        return []
    chosen = list(range(min(pinned, len(quotes), limit)))
    speakers = {quotes[index].speaker for index in chosen}
    candidates = [
        index
        for index in range(pinned, len(quotes))
        if quotes[index].speaker and len(quotes[index].text.split()) <= max_words
    ]
    for index in candidates:  # one quote per speaker not yet shown
        if len(chosen) < limit and quotes[index].speaker not in speakers:
            chosen.append(index)
            speakers.add(quotes[index].speaker)
    for index in candidates:  # then repeats
        if len(chosen) < limit and index not in chosen:
            chosen.append(index)
    return [quotes[index] for index in sorted(chosen)]


def _compare_key(text: str) -> str:
    return fold(text.strip(_EDGE_MARKS))
