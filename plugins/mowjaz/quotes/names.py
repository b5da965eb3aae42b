"""Speaker phrases in Arabic news text: where a name or a role starts and ends.

Pure functions over tokens, used by :mod:`mowjaz.quotes.extract` to attribute
quotations.
Arabic news names its speakers in a few regular shapes, and these are the rules:

* verb first (VSO): ``وقال الرئيس الأوكراني فولوديمير زيلينسكي``: a speech verb, then
  an optional title with its adjectives (a *role*), then an optional *name*;
* apposition: ``قال بول، رئيس مجلس الإدارة،`` or ``قال رئيس الشركة، بول،``;
* no subject after the verb (``وأضاف:``, ``مضيفا أن``): the speaker is carried from
  the sentence or the paragraphs before (resolved by the caller);
* a document as the subject (``حساب الجيش``، ``التقرير``): its owner, or the issuer
  the caller carries (:mod:`mowjaz.quotes.issuers`).

A *name* is a run of words that are not function words, verbs, titles, fillers or
indefinite accusatives (``مبتسمًا``); a family name with the article may end it
(``محمد الكيلاني``).  No list of names is used: it would never be complete.

What each word is comes from :mod:`mowjaz.quotes.word_kinds`; the names and roles a
whole article introduces, to caption a speaker with the fullest form, are
collected by :mod:`mowjaz.quotes.name_index`.
"""

from __future__ import annotations

from ..text.normalize import normalize, strip_diacritics, strip_tatweel
from .letters import ARTICLE, BA, COMMAS, HASH, LAM, MEEM, PRONOUN_SUFFIXES
from .lexicon import Lexicon, Speaker, SpeakerKind, Token
from .word_kinds import (
    MIN_NAME_LETTERS,
    MIN_PARTICIPLE_LETTERS,
    definite_with_prefix,
    inner_name_word,
    is_body,
    is_conjunction,
    is_cue,
    is_document,
    is_known,
    is_name_word,
    is_nisba,
    is_title,
    is_verb,
)

# Words that glue a compound name together: عبد / أبو / بن / ابن / آل.
_NAME_GLUE = frozenset(
    normalize(word)
    for word in (
        "عبد",
        "أبو",
        "بن",
        "ابن",
    )
) | {ARTICLE}
_IN = normalize("في")
BY_NAME = normalize("باسم")  # "on behalf of", as in "المتحدث باسم"
MAX_NAME_WORDS = 4
_MAX_ROLE_WORDS = 8
_MAX_SKIPPED_WORDS = 4


def name_end(tokens: list[Token], start: int, lex: Lexicon) -> int:
    """Return where a name starting at ``start`` ends (``start`` when there is none)."""
    index = start
    while index < len(tokens) and index - start < MAX_NAME_WORDS:
        token = tokens[index]
        if is_name_word(token, lex):
            if index > start and not inner_name_word(token, lex):
                break  # "ونظيره"، "استعداده": not part of the name
            index += 1
        elif (
            index > start
            and token.norm in _NAME_GLUE
            and _name_follows(tokens, index, lex)
        ) or (index > start and _family_name(tokens, index, lex)):
            index += 1
        else:
            break
    return index


def _name_follows(tokens: list[Token], index: int, lex: Lexicon) -> bool:
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    return following is not None and (
        is_name_word(following, lex) or following.definite
    )


def ends_name(tokens: list[Token], index: int, lex: Lexicon) -> bool:
    """Tell whether a name may stop before ``index``: a mark, a listed word, a title."""
    if index >= len(tokens):
        return True
    token = tokens[index]
    if (
        not token.word
        or token.definite
        or is_known(token.norm, lex)
        or is_cue(token, lex)
    ):
        return True
    return token.norm[0] in (BA, LAM) or not inner_name_word(token, lex)


def _family_name(tokens: list[Token], index: int, lex: Lexicon) -> bool:
    """Tell whether a word with the article continues a name (آل الشيخ، الكيلاني)."""
    token = tokens[index]
    norm = token.norm
    if not token.word or not token.definite:
        return False
    if norm == ARTICLE or tokens[index - 1].norm in _NAME_GLUE:
        return True
    if is_known(norm, lex) or norm in lex.role_adjectives:
        return False
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    if following is None or not following.word:
        return True
    return not (following.norm in lex.prepositions or following.definite)


def role_end(tokens: list[Token], start: int, lex: Lexicon) -> int:
    """Return where a role or institution phrase starting at ``start`` ends.

    The head is followed by its genitive (``رئيس مجلس إدارة البنك``), relative
    adjectives (``الرئيس الأوكراني``), a few other adjectives (``الأمين العام``),
    ``باسم`` and its object, and ``لـ`` genitives (``الاتحاد الأمريكي لكرة القدم``).
    """
    # "مدربه" (his coach) has a pronoun, not a genitive: a name after it is apposition.
    construct = not tokens[start].definite and not _possessed(tokens[start])
    on_behalf = False
    index = start + 1
    while index < len(tokens) and index - start < _MAX_ROLE_WORDS:
        token = tokens[index]
        norm = token.norm
        if on_behalf and norm == _IN and index + 1 < len(tokens):
            if is_name_word(tokens[index + 1], lex):
                index += 2  # "الناطقة باسم إدارة الأمن في كيبيك": a place
            break
        adjective = not construct and norm in lex.role_adjectives
        if not adjective and (
            not token.word or norm in lex.function_words or is_verb(token, lex)
        ):
            break
        if norm == BY_NAME:
            construct = on_behalf = True
        elif construct:
            if index > start + 1 and is_conjunction(token, lex):
                break
            construct = not (norm.startswith(ARTICLE) or norm.startswith(LAM + LAM))
        elif (
            is_nisba(token)
            or norm in lex.role_adjectives
            or norm.startswith(LAM + LAM)
            or _participle_adjective(token, lex)
        ):
            pass
        elif norm[0] == LAM and _next_is_definite(tokens, index):
            construct = True
        else:
            break
        index += 1
    if is_body(tokens[start], lex) and _place_follows(tokens, index, lex):
        index += 2  # "نقابة الصحف في اليابان": the country is part of the name
    return index


def _place_word(token: Token, lex: Lexicon) -> bool:
    """Tell whether a word can be a place's name: لندن، اليابان (not a listed word)."""
    if is_name_word(token, lex):
        return True
    return (
        token.definite
        and not definite_with_prefix(token.norm)
        and not (is_known(token.norm, lex) or is_cue(token, lex))
    )


def _place_follows(tokens: list[Token], index: int, lex: Lexicon) -> bool:
    """Tell whether ``في`` and a one-word name (a place) stand at ``index``."""
    following = index + 2
    return (
        following <= len(tokens)
        and tokens[index].norm == _IN
        and _place_word(tokens[index + 1], lex)
        and ends_name(tokens, following, lex)
        and not (following < len(tokens) and tokens[following].definite)
    )


def _participle_adjective(token: Token, lex: Lexicon) -> bool:
    """Tell whether a definite word is a participle adjective (المطبوعة، المستقلة).

    Participles of derived verbs start with م; after a definite noun of a role,
    a definite participle agrees with it as an adjective.
    """
    norm = token.norm
    return (
        token.definite
        and norm.startswith(ARTICLE + MEEM)
        and len(norm) >= MIN_PARTICIPLE_LETTERS + 1
        and not is_known(norm, lex)
    )


def _possessed(token: Token) -> bool:
    """Tell whether a noun ends in a possessive pronoun, not in taa marbuta.

    ``مدربه`` (his coach) against ``مدربة`` (a coach): both fold to the same form.
    """
    bare = strip_tatweel(strip_diacritics(token.raw))
    return bare.endswith(PRONOUN_SUFFIXES)


def _next_is_definite(tokens: list[Token], index: int) -> bool:
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    return following is not None and following.norm.startswith(ARTICLE)


def speaker_of(
    tokens: list[Token], start: int, end: int, kind: SpeakerKind, text: str
) -> Speaker:
    """Make a Speaker from ``tokens[start:end]`` of ``text``."""
    span = text[tokens[start].start : tokens[end - 1].end].replace(HASH, "")
    return Speaker(
        span.replace("_", " "), tuple(token.norm for token in tokens[start:end]), kind
    )


def name_after_role(
    tokens: list[Token], index: int, lex: Lexicon, *, direct: bool = True
) -> tuple[int, int]:
    """Return the name that follows a role: directly or after a comma (apposition).

    A one-word name directly after the role must end the phrase (``الرئيس ترامب في``)
    and not open a list joined by و, so that an object is not read as a name
    (``توعد الرئيس إيران وحلفاءها``، ``توعد رئيس الوزراء إيران وحزب الله``).
    ``direct=False`` (a generic head such as ``المشاركة``) allows apposition only,
    possibly after a short prepositional phrase (``المشاركة في الدراسة، ناتاليا،``).
    """
    first = _skip_titles(tokens, index, lex)
    end = name_end(tokens, first, lex)
    if (
        direct
        and end > first
        and not is_conjunction(tokens[first], lex)
        and _closes_apposition(tokens, end, lex)
        and not _listed_object(tokens, first, end, lex)
    ):
        return first, end
    comma = index
    if comma < len(tokens) and tokens[comma].norm in lex.prepositions:
        comma = _next_comma(tokens, comma, _MAX_SKIPPED_WORDS)
    if comma < len(tokens) and tokens[comma].raw in COMMAS:
        first = _skip_titles(tokens, comma + 1, lex)
        end = name_end(tokens, first, lex)
        if end > first and _closes_apposition(tokens, end, lex):
            return first, end
    return index, index


def _listed_object(tokens: list[Token], first: int, end: int, lex: Lexicon) -> bool:
    """Tell whether a one-word name is followed by ``و`` and another noun."""
    return end == first + 1 and end < len(tokens) and is_conjunction(tokens[end], lex)


def _next_comma(tokens: list[Token], index: int, limit: int) -> int:
    for position in range(index, min(len(tokens), index + limit + 1)):
        if tokens[position].raw in COMMAS:
            return position
        if not tokens[position].word:
            break
    return len(tokens)


def _skip_titles(tokens: list[Token], index: int, lex: Lexicon) -> int:
    while index < len(tokens) and is_title(tokens[index], lex):
        index += 1
    return index


def _closes_apposition(tokens: list[Token], end: int, lex: Lexicon) -> bool:
    return ends_name(tokens, end, lex)


def subject_after(
    tokens: list[Token], verb: int, lex: Lexicon, text: str
) -> Speaker | None:
    """Return the explicit subject after the speech verb at ``verb``, if any."""
    index = verb + 1
    while index < len(tokens) and (
        tokens[index].norm in lex.fillers or tokens[index].raw in COMMAS
    ):
        index += 1
    if index >= len(tokens) or not tokens[index].word:
        return None
    return phrase_at(tokens, index, lex, text)


def phrase_at(
    tokens: list[Token], index: int, lex: Lexicon, text: str
) -> Speaker | None:
    """Return the name or role phrase that starts at ``index``, if one does."""
    found = phrase_bounds(tokens, index, lex)
    if found is None:
        return None
    kind, first, last, _ = found
    return speaker_of(tokens, first, last, kind, text)


def phrase_bounds(
    tokens: list[Token], index: int, lex: Lexicon
) -> tuple[SpeakerKind, int, int, int] | None:
    """Return (kind, first, last, end) of the speaker phrase at ``index``, or None.

    ``tokens[first:last]`` is the caption (the name when a role introduces one) and
    ``end`` is where the whole phrase, role included, stops.
    """
    token = tokens[index]
    if is_document(token, lex):
        return _document_bounds(tokens, index, lex)
    named = _name_bounds(tokens, index, lex)
    if named is not None:
        return named
    titled = is_title(token, lex) or is_body(token, lex)
    generic = token.definite and len(token.norm) > MIN_NAME_LETTERS
    if not token.word or (is_known(token.norm, lex) and not titled):
        return None
    if not (titled or generic) or definite_with_prefix(token.norm):
        return None
    role = role_end(tokens, index, lex)
    first, last = name_after_role(tokens, role, lex, direct=is_title(token, lex))
    if last > first:
        return "name", first, last, last
    return "role", index, role, role


def _name_bounds(
    tokens: list[Token], index: int, lex: Lexicon
) -> tuple[SpeakerKind, int, int, int] | None:
    """Bound a name at ``index``, or after a noun announcing one (``شركة كومكاست``)."""
    end = name_end(tokens, index, lex)
    if end > index + 1 and not ends_name(tokens, end, lex):
        end = index + 1  # "أبدى زوكربيرغ استعداده لحضور": keep the first word only
    if end > index:
        return "name", index, end, end
    token = tokens[index]
    if token.norm in lex.cues and not token.definite:
        end = name_end(tokens, index + 1, lex)  # "شركة كومكاست"، "صحيفة ..."
        if end > index + 1 and ends_name(tokens, end, lex):
            return "name", index + 1, end, end
    return None


def opens_genitive(tokens: list[Token], index: int, lex: Lexicon) -> bool:
    """Tell whether ``tokens[index]`` can be the owner after a document noun.

    ``بيان الوزارة``، ``حساب الجيش``، ``رسالة وزير الخارجية``: a definite noun (not a
    day or an adverb) or an institution or title in the construct state.
    """
    if index >= len(tokens) or not tokens[index].word:
        return False
    token = tokens[index]
    if token.norm in lex.fillers or definite_with_prefix(token.norm):
        return False
    return token.definite or is_title(token, lex) or is_body(token, lex)


def _document_bounds(
    tokens: list[Token], index: int, lex: Lexicon
) -> tuple[SpeakerKind, int, int, int] | None:
    """Bound a document subject: its owner (``حساب الجيش``) or the document itself.

    An indefinite document noun followed by a genitive belongs to that genitive,
    which is the speaker; a definite one (``التقرير``) is returned as a role for the
    caller to replace by whoever issued it.
    """
    if not tokens[index].definite and opens_genitive(tokens, index + 1, lex):
        owner = phrase_bounds(tokens, index + 1, lex)
        if owner is not None:
            return owner
    if not tokens[index].definite or definite_with_prefix(tokens[index].norm):
        return None
    end = role_end(tokens, index, lex)
    return "role", index, end, end


def is_titled(speaker: Speaker, lex: Lexicon) -> bool:
    """Tell whether ``speaker`` is a name or a role headed by a title or institution.

    A document (``التقرير``) counts: it stands for the institution that issued it.
    """
    return (
        speaker.kind == "name"
        or speaker.key[0] in lex.titles
        or speaker.key[0] in lex.bodies
        or speaker.key[0] in lex.documents
    )


def is_document_role(speaker: Speaker, lex: Lexicon) -> bool:
    """Tell whether ``speaker`` is a document standing for its issuer."""
    return speaker.kind == "role" and speaker.key[0] in lex.documents


def role_key(speaker: Speaker) -> str:
    """Return the comparison key of a role phrase."""
    return " ".join(speaker.key)
