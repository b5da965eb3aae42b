"""Speakers in Arabic news text: speech verbs, titles, names and roles.

Pure functions over tokens, used by :mod:`mowjaz.quotes` to attribute quotations.
Arabic news names its speakers in a few regular shapes, and these are the rules:

* verb first (VSO): ``وقال الرئيس الأوكراني فولوديمير زيلينسكي``: a speech verb, then
  an optional title with its adjectives (a *role*), then an optional *name*;
* apposition: ``قال بول، رئيس مجلس الإدارة،`` or ``قال رئيس الشركة، بول،``;
* no subject after the verb (``وأضاف:``, ``مضيفا أن``): the speaker is carried from
  the sentence or the paragraphs before (resolved by the caller);
* a document as the subject (``حساب الجيش``، ``التقرير``): its owner, or the issuer
  the caller carries (:mod:`mowjaz.text.documents`).

Captions use the fullest form the article gives: a name introduced as a person is
preferred, then any name-like run; a short form with one typo (a letter added,
dropped or two swapped) still matches; a role repeated with more or fewer
modifiers (``رئيس هيئة الرياضة`` / ``رئيس الهيئة العامة للرياضة``) is the same role.

A *name* is a run of words that are not function words, verbs, titles, fillers or
indefinite accusatives (``مبتسمًا``); a family name with the article may end it
(``محمد الكيلاني``).  No list of names is used: it would never be complete.

Word lists (``text/data/quote_*.txt``) hold base forms only; feminine, plural and
prefixed forms are produced here by rule.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Literal

from .normalize import normalize, strip_diacritics, strip_tatweel
from .wordlists import read_word_list

# Letters written as escapes (see patterns.py): the article, conjunctions, prepositions.
ARTICLE = "\u0627\u0644"  # al-
_WAW = "\u0648"
_FA = "\u0641"
_BA = "\u0628"
_LAM = "\u0644"
_TAA = "\u062a"
_HAA = "\u0647"  # also taa marbuta after normalize()
_YAA = "\u064a"
_ALEF = "\u0627"
_MADDA = "\u0622"  # alef with madda, folded to bare alef by normalize()
_MEEM = "\u0645"
_NOON = "\u0646"
# Relative adjectives: ـي، ـية and the plurals ـيون، ـيين، ـيات.
_NISBA_ENDINGS = (
    _YAA,
    _YAA + _HAA,
    _YAA + _WAW + _NOON,
    _YAA + _YAA + _NOON,
    _YAA + _ALEF + _TAA,
)
_TANWEEN = re.compile("[\u064b-\u064d]")
_PRONOUN_SUFFIXES = (_HAA + _MEEM + _ALEF, _HAA + _MEEM, _HAA + _ALEF, _HAA)
# Words that glue a compound name together: عبد / أبو / بن / ابن / آل.
_NAME_GLUE = frozenset(
    normalize(word)
    for word in (
        "\u0639\u0628\u062f",
        "\u0623\u0628\u0648",
        "\u0628\u0646",
        "\u0627\u0628\u0646",
    )
) | {ARTICLE}
_GOD = "\u0627\u0644\u0644\u0647"  # the end of عبدالله
_IN = normalize("\u0641\u064a")
BY_NAME = normalize("\u0628\u0627\u0633\u0645")  # "on behalf of", as in "المتحدث باسم"
_MIN_NAME_LETTERS = 3
_MIN_NISBA_LETTERS = 5
_MIN_PARTICIPLE_LETTERS = 5
MAX_NAME_WORDS = 4
_MIN_TYPO_LETTERS = 4
_MAX_ROLE_WORDS = 8
_MAX_SKIPPED_WORDS = 4
_COMMAS = frozenset({",", "\u060c"})
_HASH = "#"
_SENTENCE_ENDS = frozenset({".", "!", "?", "\u061f"})

TOKEN = re.compile(
    r"[\w\u0610-\u061a\u064b-\u065f\u0670\u0640]+(?:[-\u2010][\w\u064b-\u065f]+)*"
    r"|[^\w\s]",
)

SpeakerKind = Literal["name", "role"]


@dataclass(frozen=True, slots=True)
class Token:
    """A word or punctuation mark with its place in the text."""

    raw: str
    norm: str
    start: int
    end: int
    word: bool
    definite: bool = False


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who is speaking: a person's name or a role/institution, as written."""

    text: str
    key: tuple[str, ...]
    kind: SpeakerKind


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Normalised word sets, with their inflected forms, for speaker rules."""

    verbs: frozenset[str]
    titles: frozenset[str]
    bodies: frozenset[str]
    cues: frozenset[str]
    fillers: frozenset[str]
    function_words: frozenset[str]
    prepositions: frozenset[str]
    role_adjectives: frozenset[str]
    known: frozenset[str]
    maqsura: frozenset[str]
    documents: frozenset[str] = frozenset()
    issue_verbs: frozenset[str] = frozenset()
    clause_openers: frozenset[str] = frozenset()
    madda: frozenset[str] = frozenset()


def tokenize(text: str) -> list[Token]:
    """Split ``text`` into words and punctuation marks, with offsets."""
    tokens = []
    for match in TOKEN.finditer(text):
        raw = match.group()
        if raw == _HASH:
            continue  # "#name": a hashtag mark is not a word boundary
        word = (raw[0].isalnum() or raw[0] == "\u0640") and normalize(raw) != ""
        norm = normalize(raw) if word else raw
        definite = word and strip_tatweel(strip_diacritics(raw)).startswith(ARTICLE)
        tokens.append(Token(raw, norm, match.start(), match.end(), word, definite))
    return tokens


@cache
def lexicon() -> Lexicon:
    """Load the quote word lists once, with every form the rules produce."""
    verbs = frozenset(_verb_forms(read_word_list("quote_speech_verbs.txt")))
    titles = frozenset(_noun_forms(read_word_list("quote_titles.txt"), plural=True))
    bodies = frozenset(_noun_forms(read_word_list("quote_bodies.txt"), plural=False))
    fillers = _plain("quote_fillers.txt")
    function_words = _plain("stopwords.txt")
    prepositions = _plain("quote_prepositions.txt")
    particles = _plain("quote_particles.txt")
    adjectives = _plain("quote_role_adjectives.txt")
    documents = frozenset(_document_forms(read_word_list("quote_documents.txt")))
    return Lexicon(
        verbs=verbs,
        titles=titles,
        bodies=bodies,
        cues=_plain("quote_nonspeech_cues.txt"),
        fillers=fillers,
        function_words=function_words | prepositions | particles,
        prepositions=prepositions,
        role_adjectives=adjectives | {word + _HAA for word in adjectives},
        known=verbs
        | documents
        | titles
        | bodies
        | fillers
        | function_words
        | prepositions
        | particles,
        maqsura=_maqsura_words("stopwords.txt", "quote_prepositions.txt"),
        documents=documents,
        clause_openers=_plain("quote_clause_openers.txt"),
        madda=_madda_words("stopwords.txt", "quote_fillers.txt"),
        issue_verbs=frozenset(_verb_forms(read_word_list("quote_issue_verbs.txt"))),
    )


def _maqsura_words(*names: str) -> frozenset[str]:
    """Return listed words ending in alef maqsura (على), as normalize() folds them."""
    return frozenset(
        normalize(word)
        for name in names
        for word in read_word_list(name)
        if word.endswith("\u0649")
    )


def _madda_words(*names: str) -> frozenset[str]:
    """Return listed words spelt with an initial madda (آخر), folded by normalize()."""
    return frozenset(
        normalize(word)
        for name in names
        for word in read_word_list(name)
        if word.startswith(_MADDA)
    )


def _plain(name: str) -> frozenset[str]:
    return frozenset(normalize(word) for word in read_word_list(name))


def _verb_forms(lines: list[str]) -> set[str]:
    forms: set[str] = set()
    for line in lines:
        columns = [normalize(column) for column in line.split()]
        past, present, participle, masdar = (columns + ["-"] * 4)[:4]
        stems: set[str] = set(columns[4:])
        presents: set[str] = set()
        if past != "-":
            stems |= {
                past + suffix
                for suffix in ("", _TAA, _WAW + _ALEF, _ALEF, _TAA + _ALEF)
            }
        if present != "-":
            feminine = _TAA + present[1:]
            presents = {
                present,
                feminine,
                present + _WAW + _NOON,
                present + _ALEF + _NOON,
            }
            stems |= presents
        if participle != "-":
            stems |= {participle + suffix for suffix in (_ALEF, _HAA, _YAA + _NOON)}
        if masdar != "-":
            masdars = {masdar + suffix for suffix in _PRONOUN_SUFFIXES}
            stems |= masdars | {_BA + form for form in masdars}
        for stem in stems:
            forms |= {stem, _WAW + stem, _FA + stem}
        for form in presents:
            forms |= {_LAM + form, _WAW + _LAM + form, _FA + _LAM + form}
    return forms


def _noun_forms(lines: list[str], *, plural: bool) -> set[str]:
    forms: set[str] = set()
    suffixes = ["", _HAA]
    if plural:
        suffixes += [_WAW + _NOON, _YAA + _NOON, _ALEF + _TAA]
    for line in lines:
        base = normalize(line.split()[0])
        bases = {base} if base.startswith(ARTICLE) else {base + s for s in suffixes}
        for form in bases:
            forms |= _prefixed(form)
    return forms


def _document_forms(lines: list[str]) -> set[str]:
    """Forms of document nouns: singular (also accusative بيانا) and plurals."""
    forms: set[str] = set()
    for line in lines:
        singular, *plurals = (normalize(column) for column in line.split())
        for form in (singular, singular + _ALEF, singular + _HAA, *plurals):
            forms |= _prefixed(form) | {_BA + form}
    return forms


def _prefixed(form: str) -> set[str]:
    """Return ``form`` with the article, و, ل and ب as news copy attaches them."""
    definite = ARTICLE + form
    return {
        form,
        definite,
        _WAW + form,
        _WAW + definite,
        _LAM + form,
        _LAM + _LAM + form,
        _BA + definite,
        _WAW + _LAM + _LAM + form,
    }


def is_verb(token: Token, lex: Lexicon) -> bool:
    """Tell whether ``token`` is a speech verb in any of its forms."""
    return token.word and token.norm in lex.verbs


def verb_at(tokens: list[Token], index: int, lex: Lexicon) -> bool:
    """Tell whether a speech verb is here, not a verbal noun after a preposition."""
    if not is_verb(tokens[index], lex):
        return False
    return not index or tokens[index - 1].norm not in lex.prepositions


def is_title(token: Token, lex: Lexicon) -> bool:
    """Tell whether ``token`` is a person's title or role noun."""
    return token.word and token.norm in lex.titles


def is_body(token: Token, lex: Lexicon) -> bool:
    """Tell whether ``token`` heads an institution's name."""
    return token.word and token.norm in lex.bodies


def strip_clitics(norm: str) -> list[str]:
    """Return ``norm`` and its forms without و/ب/ل, the article and a pronoun."""
    forms = [norm]
    stem = norm
    if len(stem) > _MIN_NAME_LETTERS and stem[0] in (_WAW, _FA):
        stem = stem[1:]
        forms.append(stem)
    if len(stem) > _MIN_NAME_LETTERS and stem[0] in (_BA, _LAM):
        stem = stem[1:]
        forms.append(stem)
    if stem.startswith(_LAM) and not stem.startswith(ARTICLE):
        stem = _ALEF + stem  # لل = ل + ال
    if stem.startswith(ARTICLE):
        stem = stem[2:]
        forms.append(stem)
    for suffix in _PRONOUN_SUFFIXES:
        if stem.endswith(suffix) and len(stem) - len(suffix) >= _MIN_NAME_LETTERS:
            bare = stem[: -len(suffix)]
            forms.append(bare)
            if bare.endswith(_TAA):
                forms.append(bare[:-1] + _HAA)
            break
    return forms


def is_cue(token: Token, lex: Lexicon) -> bool:
    """Tell whether ``token`` announces a quoted name (film, slogan, agency ...)."""
    return token.word and any(form in lex.cues for form in strip_clitics(token.norm))


def is_nisba(token: Token) -> bool:
    """Tell whether ``token`` is a definite relative adjective (الروسي، المصريون)."""
    norm = token.norm
    return (
        token.definite
        and len(norm) >= _MIN_NISBA_LETTERS
        and norm.endswith(_NISBA_ENDINGS)
    )


def is_known(norm: str, lex: Lexicon) -> bool:
    """Tell whether ``norm``, with or without a leading و/ف, is a listed word."""
    return norm in lex.known or (
        len(norm) > 1 and norm[0] in (_WAW, _FA) and norm[1:] in lex.known
    )


def is_name_word(token: Token, lex: Lexicon) -> bool:
    """Tell whether ``token`` can be part of a person's or an institution's name."""
    norm = token.norm
    if not token.word or len(norm) < _MIN_NAME_LETTERS or norm[0].isdigit():
        return False
    if token.definite or _TANWEEN.search(token.raw):
        return False
    if is_known(norm, lex) and not (
        _spelled_with_yaa(token, lex) or _spelled_with_madda(token, lex)
    ):
        return False
    if (
        norm.startswith(_MEEM)
        and norm.endswith(_ALEF)
        and len(norm) >= _MIN_PARTICIPLE_LETTERS
    ):
        return False  # an indefinite accusative participle: مبتسما، مضيفا
    if _definite_with_prefix(norm) or norm in lex.cues:
        return False  # بالقول، للصحفيين، والشرطة؛ فيلم، شركة
    # A preposition on a common noun (لوكالة، بسبب) is not a name either.
    return not (
        norm[0] in (_BA, _LAM) and (is_cue(token, lex) or norm[1:] in lex.known)
    )


def _spelled_with_madda(token: Token, lex: Lexicon) -> bool:
    """Tell a name with an initial madda (آلان) from a listed word without it (الآن)."""
    return token.raw.startswith(_MADDA) and token.norm not in lex.madda


def _spelled_with_yaa(token: Token, lex: Lexicon) -> bool:
    """Tell a name ending in yaa (علي) from a listed word ending in maqsura (على)."""
    return token.norm in lex.maqsura and token.raw.endswith(_YAA)


def _definite_with_prefix(norm: str) -> bool:
    body = norm[1:] if norm[0] in (_WAW, _FA) else norm
    return body.startswith(_LAM + _LAM) or (
        body[:1] in (_BA, "ك") and body[1:3] == ARTICLE
    )


def _conjunction(token: Token, lex: Lexicon) -> bool:
    """Tell whether a word starting with و is "and ..." rather than a name (ويتسن)."""
    norm = token.norm
    if norm[0] != _WAW or len(norm) < _MIN_NAME_LETTERS:
        return False
    rest = norm[1:]
    if rest.startswith(ARTICLE) or rest in lex.known or rest in lex.cues:
        return True
    return any(form in lex.titles or form in lex.bodies for form in strip_clitics(rest))


def name_end(tokens: list[Token], start: int, lex: Lexicon) -> int:
    """Return where a name starting at ``start`` ends (``start`` when there is none)."""
    index = start
    while index < len(tokens) and index - start < MAX_NAME_WORDS:
        token = tokens[index]
        if is_name_word(token, lex):
            if index > start and not _inner_name_word(token, lex):
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


def opens_name(token: Token, lex: Lexicon) -> bool:
    """Tell whether a name may start with ``token``: a name word without a pronoun.

    ``أعماله`` (his business) or ``يقاطعه`` (interrupts him) carry a pronoun, so a
    name cannot start there even when the next word is one (``يقاطعه ترامب``).
    """
    return is_name_word(token, lex) and _inner_name_word(token, lex)


def _inner_name_word(token: Token, lex: Lexicon) -> bool:
    """Tell whether a word may continue a name: not a conjunction nor a pronoun."""
    if _conjunction(token, lex) or (token.norm[0] == _WAW and token.norm[-1] == _ALEF):
        return False  # "ونظيره"، "وفدا": "and ..." or an object
    bare = strip_tatweel(strip_diacritics(token.raw))
    return bare.endswith(_GOD) or not bare.endswith((_HAA + _ALEF, _HAA + _MEEM, _HAA))


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
    return token.norm[0] in (_BA, _LAM) or not _inner_name_word(token, lex)


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
            if index > start + 1 and _conjunction(token, lex):
                break
            construct = not (norm.startswith(ARTICLE) or norm.startswith(_LAM + _LAM))
        elif (
            is_nisba(token)
            or norm in lex.role_adjectives
            or norm.startswith(_LAM + _LAM)
            or _participle_adjective(token, lex)
        ):
            pass
        elif norm[0] == _LAM and _next_is_definite(tokens, index):
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
        and not _definite_with_prefix(token.norm)
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
        and norm.startswith(ARTICLE + _MEEM)
        and len(norm) >= _MIN_PARTICIPLE_LETTERS + 1
        and not is_known(norm, lex)
    )


def _possessed(token: Token) -> bool:
    """Tell whether a noun ends in a possessive pronoun, not in taa marbuta.

    ``مدربه`` (his coach) against ``مدربة`` (a coach): both fold to the same form.
    """
    bare = strip_tatweel(strip_diacritics(token.raw))
    return bare.endswith(_PRONOUN_SUFFIXES)


def _next_is_definite(tokens: list[Token], index: int) -> bool:
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    return following is not None and following.norm.startswith(ARTICLE)


def speaker_of(
    tokens: list[Token], start: int, end: int, kind: SpeakerKind, text: str
) -> Speaker:
    """Make a Speaker from ``tokens[start:end]`` of ``text``."""
    span = text[tokens[start].start : tokens[end - 1].end].replace(_HASH, "")
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
        and not _conjunction(tokens[first], lex)
        and _closes_apposition(tokens, end, lex)
        and not _listed_object(tokens, first, end, lex)
    ):
        return first, end
    comma = index
    if comma < len(tokens) and tokens[comma].norm in lex.prepositions:
        comma = _next_comma(tokens, comma, _MAX_SKIPPED_WORDS)
    if comma < len(tokens) and tokens[comma].raw in _COMMAS:
        first = _skip_titles(tokens, comma + 1, lex)
        end = name_end(tokens, first, lex)
        if end > first and _closes_apposition(tokens, end, lex):
            return first, end
    return index, index


def _listed_object(tokens: list[Token], first: int, end: int, lex: Lexicon) -> bool:
    """Tell whether a one-word name is followed by ``و`` and another noun."""
    return end == first + 1 and end < len(tokens) and _conjunction(tokens[end], lex)


def _next_comma(tokens: list[Token], index: int, limit: int) -> int:
    for position in range(index, min(len(tokens), index + limit + 1)):
        if tokens[position].raw in _COMMAS:
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
        tokens[index].norm in lex.fillers or tokens[index].raw in _COMMAS
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
    generic = token.definite and len(token.norm) > _MIN_NAME_LETTERS
    if not token.word or (is_known(token.norm, lex) and not titled):
        return None
    if not (titled or generic) or _definite_with_prefix(token.norm):
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


def is_document(token: Token, lex: Lexicon) -> bool:
    """Tell whether ``token`` is a statement, report, letter, post or account."""
    return token.word and token.norm in lex.documents


def opens_genitive(tokens: list[Token], index: int, lex: Lexicon) -> bool:
    """Tell whether ``tokens[index]`` can be the owner after a document noun.

    ``بيان الوزارة``، ``حساب الجيش``، ``رسالة وزير الخارجية``: a definite noun (not a
    day or an adverb) or an institution or title in the construct state.
    """
    if index >= len(tokens) or not tokens[index].word:
        return False
    token = tokens[index]
    if token.norm in lex.fillers or _definite_with_prefix(token.norm):
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
    if not tokens[index].definite or _definite_with_prefix(tokens[index].norm):
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


def document_key(norm: str, lex: Lexicon) -> str:
    """Return the bare form of a document noun (``والبيان``، ``بيانا`` -> ``بيان``)."""
    forms = strip_clitics(norm)
    found = [form for form in forms if form in lex.documents]
    found += [
        form[:-1]
        for form in forms
        if form.endswith(_ALEF) and form[:-1] in lex.documents
    ]
    return min(found, key=len, default=norm)


def is_document_role(speaker: Speaker, lex: Lexicon) -> bool:
    """Tell whether ``speaker`` is a document standing for its issuer."""
    return speaker.kind == "role" and speaker.key[0] in lex.documents


def role_key(speaker: Speaker) -> str:
    """Return the comparison key of a role phrase."""
    return " ".join(speaker.key)


@dataclass(frozen=True, slots=True)
class NameIndex:
    """The names and roles an article introduces, to caption with the fullest form.

    ``names`` holds every name-like run that starts after a clear boundary (a mark,
    a title, an adjective, a verb); ``people`` only the names introduced as such
    (after a title or as the subject of a speech verb), whose last words are the
    ``mentions`` that carry a speaker (``ترامب`` for ``دونالد ترامب``).
    """

    names: tuple[Speaker, ...]
    people: tuple[Speaker, ...]
    roles: tuple[tuple[str, Speaker], ...]
    aliases: tuple[tuple[str, str], ...]

    def mentions(self) -> frozenset[str]:
        """Return the last words of the introduced names of two words or more."""
        return frozenset(name.key[-1] for name in self.people if len(name.key) > 1)

    def fullest(self, speaker: Speaker, *, tolerant: bool = True) -> Speaker:
        """Return the longest known name that contains ``speaker``'s words.

        Names introduced as people (after a title, as a speech verb's subject) are
        preferred to other name-like runs; in each pool an exact match is preferred
        to one with a typo (``tolerant``: a letter added, dropped or swapped).
        """
        matchers = (_contains, _contains_misspelt) if tolerant else (_contains,)
        for pool in (self.people, self.names):
            for match in matchers:
                best = speaker
                for name in pool:
                    if len(name.key) > len(best.key) and match(name.key, speaker.key):
                        best = name
                if best is not speaker:
                    return best
        return speaker

    def resolve(self, speaker: Speaker) -> str:
        """Return the caption for ``speaker``: a full name, else the role as written."""
        if speaker.kind == "name":
            return self.fullest(speaker).text
        key = role_key(speaker)
        if len(speaker.key) == 1:
            person = self.fullest(
                Speaker(speaker.text, speaker.key, "name"), tolerant=False
            )
            if len(person.key) > 1:
                return person.text  # "وقال النجار" for "كمال النجار"
            head = speaker.key[0].removeprefix(ARTICLE)
            for alias_head, alias in self.aliases:
                if alias_head == head:
                    return alias
        for role, name in self.roles:
            if role == key or role.startswith(key + " ") or key.startswith(role + " "):
                return self.fullest(name).text
        words = _role_words(key)
        for role, name in self.roles:
            other = _role_words(role)
            if (
                other[0] == words[0]
                and min(len(other), len(words)) > 1
                and (set(other) <= set(words) or set(words) <= set(other))
            ):
                return self.fullest(name).text  # "رئيس الهيئة العامة للرياضة"
        return speaker.text


def _role_words(key: str) -> list[str]:
    """Return a role's words without the article (ال، لل), to compare two roles.

    News repeats a role with more or fewer modifiers (``رئيس هيئة الرياضة`` and
    ``رئيس الهيئة العامة للرياضة``): the same head with one set of words inside
    the other is the same role.
    """
    words = []
    for word in key.split():
        bare = word
        if bare.startswith(_LAM + _LAM):
            bare = bare[2:]
        elif bare.startswith(ARTICLE):
            bare = bare[len(ARTICLE) :]
        words.append(bare)
    return words


def _contains(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    size = len(shorter)
    return any(
        longer[index : index + size] == shorter
        for index in range(len(longer) - size + 1)
    )


def _contains_misspelt(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    """Tell whether ``shorter`` is in ``longer`` with at most one typo per word."""
    size = len(shorter)
    return any(
        all(
            _one_typo(word, other)
            for word, other in zip(longer[index : index + size], shorter, strict=True)
        )
        for index in range(len(longer) - size + 1)
    )


def _one_typo(first: str, second: str) -> bool:
    """Tell whether two words differ by at most one letter added, dropped or swapped.

    News copy misspells foreign names (a letter doubled, dropped or two letters
    swapped).  Both words need ``_MIN_TYPO_LETTERS`` letters, and a changed letter
    (same length) needs a longer word, so that two distinct short names (four
    letters, one changed) are not merged.
    """
    if first == second:
        return True
    if min(len(first), len(second)) < _MIN_TYPO_LETTERS:
        return False
    if len(first) == len(second):
        differ = [k for k in range(len(first)) if first[k] != second[k]]
        if len(differ) == 1:
            return len(first) > _MIN_TYPO_LETTERS
        return (
            len(differ) == 2  # noqa: PLR2004 - two neighbours swapped
            and differ[1] == differ[0] + 1
            and first[differ[0]] == second[differ[1]]
            and first[differ[1]] == second[differ[0]]
        )
    if abs(len(first) - len(second)) != 1:
        return False
    shorter, longer = sorted((first, second), key=len)
    cut = next(
        (k for k in range(len(shorter)) if shorter[k] != longer[k]), len(shorter)
    )
    return shorter[cut:] == longer[cut + 1 :]


def build_index(
    paragraphs: list[tuple[str, list[Token]]],
    lex: Lexicon,
    aliases: tuple[tuple[str, str], ...] = (),
) -> NameIndex:
    """Collect the names and role-name pairs introduced anywhere in an article.

    ``aliases`` (an institution's head noun and its name, such as a quoted
    organisation name) come first; the first full mention of each institution
    (``الاتحاد المصري لكرة القدم``) is added after them, so that a later ``الاتحاد``
    is captioned with it.
    """
    found = _Found([], [], [], list(aliases))
    for text, tokens in paragraphs:
        for index, token in enumerate(tokens):
            if not token.word:
                continue
            if verb_at(tokens, index, lex):
                subject = subject_after(tokens, index, lex, text)
                if subject is not None and subject.kind == "name":
                    found.people.append(subject)
            elif is_title(token, lex) or is_body(token, lex) or is_nisba(token):
                _introduced(tokens, index, lex, text, found)
            elif is_name_word(token, lex) and _clear_before(tokens, index, lex):
                _named(tokens, index, lex, text, found)
    return NameIndex(
        _distinct(found.names + found.people),
        _distinct(found.people),
        tuple(dict(reversed(found.roles)).items())[::-1],
        tuple(found.aliases),
    )


def _distinct(names: list[Speaker]) -> tuple[Speaker, ...]:
    """Keep the first occurrence of each name (an article repeats its names)."""
    return tuple({name.key: name for name in reversed(names)}.values())[::-1]


@dataclass(frozen=True, slots=True)
class _Found:
    names: list[Speaker]
    people: list[Speaker]
    roles: list[tuple[str, Speaker]]
    aliases: list[tuple[str, str]]


def _clear_before(tokens: list[Token], index: int, lex: Lexicon) -> bool:
    """Tell whether a name may start at ``index``: after a comma, a title or a verb."""
    if index == 0 or tokens[index].norm[0] == _WAW:
        return False
    token = tokens[index - 1]
    if not token.word:
        return token.raw not in _SENTENCE_ENDS
    titled = is_title(token, lex) or is_body(token, lex)
    if titled or is_verb(token, lex) or is_nisba(token):
        return True
    if token.definite:
        return not is_known(token.norm, lex)  # "واسمها الكامل نيتا ..."
    opens_sentence = index == 1 or tokens[index - 2].raw in _SENTENCE_ENDS
    if not (opens_sentence and token.norm[:1] in (_WAW, _FA)):
        return False
    end = name_end(tokens, index, lex)  # "ووضع آلان ماكليغوت، المشارك ..."
    return end < len(tokens) and tokens[end].raw in _COMMAS


def _closes_broad_name(tokens: list[Token], end: int, lex: Lexicon) -> bool:
    """Tell whether a name found without a title ends at a mark or a listed word."""
    if end >= len(tokens) or not tokens[end].word:
        return True
    token = tokens[end]
    starts_preposition = token.norm[0] in (_BA, _LAM)
    return not token.definite and (is_known(token.norm, lex) or starts_preposition)


def _introduced(
    tokens: list[Token], index: int, lex: Lexicon, text: str, found: _Found
) -> None:
    """Record ``ROLE NAME`` and ``ROLE، NAME،`` introductions."""
    nisba_only = not (is_title(tokens[index], lex) or is_body(tokens[index], lex))
    end = index + 1 if nisba_only else role_end(tokens, index, lex)
    apposition = end < len(tokens) and tokens[end].raw in _COMMAS
    if (nisba_only and apposition) or (
        is_body(tokens[index], lex) and _after_preposition(tokens[index], lex)
    ):
        # "وفقا لوكالة الأنباء المحلية، بدأ ...": after a comma, a name belongs to
        # a title or an institution that is not in a prepositional phrase.
        first = last = end
    else:
        first, last = name_after_role(
            tokens, end, lex, direct=not is_body(tokens[index], lex)
        )
    if last <= first:
        if not nisba_only and is_body(tokens[index], lex) and end - index > 1:
            head = tokens[index].norm.removeprefix(ARTICLE)
            if all(alias != head for alias, _ in found.aliases):
                found.aliases.append(
                    (head, text[tokens[index].start : tokens[end - 1].end])
                )
        return
    name = speaker_of(tokens, first, last, "name", text)
    found.people.append(name)
    if not nisba_only:
        found.roles.append(
            (role_key(speaker_of(tokens, index, end, "role", text)), name)
        )


def _after_preposition(token: Token, lex: Lexicon) -> bool:
    """Tell whether an institution noun carries ب or ل (``لوكالة``، ``للجنة``)."""
    norm = token.norm
    return norm[0] in (_BA, _LAM) and norm[1:] in lex.bodies


def _named(
    tokens: list[Token], index: int, lex: Lexicon, text: str, found: _Found
) -> None:
    """Record a name, and ``NAME، ROLE`` appositions (a name, a comma, a title)."""
    if not opens_name(tokens[index], lex):
        return  # "أعماله رامي": a noun with a pronoun does not open a name
    end = name_end(tokens, index, lex)
    if not _closes_broad_name(tokens, end, lex):
        # "مايك ميتشيل لأعضاء الفرقة": a word with ب or ل opens a prepositional
        # phrase, so the name ends before it.
        end = next(
            (
                cut
                for cut in range(index + 1, end)
                if tokens[cut].norm[0] in (_BA, _LAM)
                and _closes_broad_name(tokens, cut, lex)
            ),
            end,
        )
    if end == index or not _closes_broad_name(tokens, end, lex):
        return
    name = speaker_of(tokens, index, end, "name", text)
    found.names.append(name)
    if end + 1 >= len(tokens) or tokens[end].raw not in _COMMAS:
        return
    if is_title(tokens[end + 1], lex):
        role = role_end(tokens, end + 1, lex)
        found.roles.append(
            (role_key(speaker_of(tokens, end + 1, role, "role", text)), name)
        )
        found.people.append(name)
