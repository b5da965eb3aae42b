"""Statements in news copy: who issued a statement, report, letter or post.

Arabic news often lets a statement speak: ``وذكر التقرير أن``، ``وأضاف البيان``.
The words belong to whoever issued the statement, named where the statement is
first mentioned, in one of a few regular shapes:

* after it: ``بيان صادر عن الوزارة``، ``بيان الوزارة``، ``تصريحا لوزير الخارجية``;
* before it, as the subject of a verb of issuing or saying in the same sentence:
  ``أصدرت النقابة بيانا``، ``نشرت المنظمة تقريرا``، ``وقال الاتحاد، في بيان``، and
  the verbal noun ``عقب إصدار النائب العام بيانا``.

:func:`statement_issuer` finds that issuer for one mention;
:mod:`mowjaz.quotes.attribution` carries the latest issuer through the article and
uses it when a statement is the subject of a speech verb.  Word lists:
``text/data/quote_statements.txt`` and ``text/data/quote_issue_verbs.txt``.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..text.normalize import normalize
from . import letters, names, word_kinds
from .lexicon import Lexicon, Speaker, Token

_FROM = normalize("عن")  # "from", as in "صادر عن"
_MAX_ADJECTIVES = 3  # "بيان رسمي مشترك صادر عن": words before صادر
_MAX_BACK = 12  # words back from the statement to the verb of its sentence
_MAX_QUOTED_NAME = 3  # the longest quoted name of an issuing institution
_OWNER_WORDS = 12  # the longest owner phrase read after ل


def statement_issuer(
    tokens: list[Token],
    index: int,
    lex: Lexicon,
    text: str,
    quoted: Sequence[bool],
) -> Speaker | None:
    """Return who issued the statement named at ``tokens[index]``, if the text says.

    A first mention is indefinite (``بيانا``، ``في بيان``) and its issuer is the
    subject of the verb before it; a definite one (``البيان``) refers back to a
    statement already introduced and only names an owner after it.  ``quoted``
    flags the tokens inside quotation marks, which are never read.
    """
    owner = owner_after(tokens, index, lex, text)
    if owner is not None or tokens[index].definite:
        return owner  # a definite statement ("البيان") was introduced earlier
    return _issuer_before(tokens, index, lex, text, quoted)


def owner_after(
    tokens: list[Token], index: int, lex: Lexicon, text: str
) -> Speaker | None:
    """``بيان صادر عن X``، ``بيان X``، ``بيان لـX``: the owner named after it."""
    stop = min(len(tokens) - 2, index + 1 + _MAX_ADJECTIVES)
    for position in range(index + 1, stop):
        token = tokens[position]
        if not token.word:
            break
        if token.norm in lex.issue_verbs and tokens[position + 1].norm == _FROM:
            return names.phrase_at(tokens, position + 2, lex, text)
    if tokens[index].definite or index + 1 >= len(tokens):
        return None
    owner = _owner_after_lam(tokens, index + 1, lex, text)
    if owner is None and names.opens_genitive(tokens, index + 1, lex):
        owner = names.phrase_at(tokens, index + 1, lex, text)
    return owner


def _owner_after_lam(
    tokens: list[Token], index: int, lex: Lexicon, text: str
) -> Speaker | None:
    """``تصريحا لعمدة المدينة``، ``بيان للخارجية``: the owner behind the ل."""
    token = tokens[index]
    if not token.word or len(token.norm) < 3 or token.norm[0] != "ل":  # noqa: PLR2004 - ل and two letters
        return None
    bare = token.norm[1:]
    if bare.startswith("ل"):
        bare = "ا" + bare  # لل = ل + ال
    stripped = Token(
        token.raw[1:],
        bare,
        token.start + 1,
        token.end,
        word=True,
        definite=bare.startswith(letters.ARTICLE),
    )
    if not names.opens_genitive([stripped], 0, lex):
        return None
    window = [stripped, *tokens[index + 1 : index + _OWNER_WORDS]]
    owner = names.phrase_at(window, 0, lex, text)
    if owner is None or not token.norm.startswith("لل"):
        return owner
    if owner.key[0] != bare:
        return owner
    # "للوزير القطري" is written without the article's alef: put it back.
    return Speaker("ا" + owner.text, owner.key, owner.kind)


def _issuer_before(
    tokens: list[Token],
    index: int,
    lex: Lexicon,
    text: str,
    quoted: Sequence[bool],
) -> Speaker | None:
    """Return the subject of the verb of issuing or saying before the statement."""
    position = index - 1
    while position >= 0 and index - position <= _MAX_BACK:
        token = tokens[position]
        if token.raw in letters.SENTENCE_ENDS and not quoted[position]:
            return None
        if (
            token.word
            and not quoted[position]  # a quoted name (منظمة "…") is skipped
            and (
                word_kinds.verb_at(tokens, position, lex)
                or token.norm in lex.issue_verbs
            )
        ):
            subject = names.subject_after(tokens, position, lex, text) or _quoted_owner(
                tokens, position + 1, lex, text, quoted
            )
            if subject is None or subject.key[0] == tokens[index].norm:
                return None
            return subject
        position -= 1
    return None


def _quoted_owner(
    tokens: list[Token],
    index: int,
    lex: Lexicon,
    text: str,
    quoted: Sequence[bool],
) -> Speaker | None:
    """``ونشرت شبكة "فلان" بيانا``: an institution noun and its quoted name.

    The name inside the marks (a few words) is the issuer.
    """
    if index + 1 >= len(tokens) or not (
        word_kinds.is_cue(tokens[index], lex) or word_kinds.is_body(tokens[index], lex)
    ):
        return None
    first = index + 2  # past the opening mark
    if tokens[index + 1].word or not quoted[index + 1]:
        return None
    last = first
    while last < len(tokens) and tokens[last].word and quoted[last]:
        last += 1
    if last == first or last - first > _MAX_QUOTED_NAME:
        return None
    return names.speaker_of(tokens, first, last, "name", text)
