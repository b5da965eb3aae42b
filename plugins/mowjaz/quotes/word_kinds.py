"""What one word of news copy is, for speaker rules: a verb, a title, a name word ...

Each predicate looks at one :class:`~mowjaz.quotes.lexicon.Token` (and, for a verb,
the word before it) against the :class:`~mowjaz.quotes.lexicon.Lexicon`: a speech
verb, a title or role noun, an institution, a statement, a cue announcing a name
(film, agency), a relative adjective (nisba), a listed word, or a word that can
be part of a person's name.  Clitics (و، ف، ب، ل، the article, a pronoun) are
read by rule.  :mod:`mowjaz.quotes.names` builds phrases from these verdicts.

Loops over every word of an article ask :func:`token_kinds` instead: the kinds of
each token (:data:`VERB`, :data:`TITLE` ...) as bit flags, the verdicts of the
predicates below, remembered per distinct word by a lexicon with a memo.
"""

from __future__ import annotations

import re

from ..text.normalize import normalize, strip_diacritics, strip_tatweel
from .letters import (
    ALEF,
    ARTICLE,
    BA,
    FA,
    HAA,
    KAF,
    LAM,
    MADDA,
    MEEM,
    NOON,
    PRONOUN_SUFFIXES,
    TAA,
    WAW,
    YAA,
    without_conjunction,
)
from .lexicon import Lexicon, Token

# Relative adjectives: ـي، ـية and the plurals ـيون، ـيين، ـيات.
_NISBA_ENDINGS = (
    YAA,
    YAA + HAA,
    YAA + WAW + NOON,
    YAA + YAA + NOON,
    YAA + ALEF + TAA,
)
# The verbal noun of a form II verb (تفعيل: تعيين، توفير، تطوير), five letters.
_FORM_TWO_MASDAR = re.compile(TAA + ".." + YAA + ".")
# ب with the verbal noun of a derived form, as manner adverbs after a speech verb
# (written for Mowjaz): form VIII بافتعال (بابتسامة، باختصار، باهتمام), form VII
# بانفعال and form X باستفعال (باستغراب).  A hollow root's ي or و is left out of
# the middle so that a name such as باستيان stays a name.
_MANNER = re.compile("ب(?:ا[^اوي]ت[^اوي]|ان[^اوي]{2}|است[^اوي]{2})ا[^اوي][ةه]?")
# The verbal noun of form X (written for Mowjaz): استفعال (استخدام، استقبال) and,
# from a hollow root, استفالة (استضافة، استقالة); no name has these shapes (a
# name such as استبرق or استيفن does not fit them).
_FORM_X_MASDAR = re.compile("است(?:[^اوي]{2}ا[^اوي][ةه]?|[^اوي]ا[^اوي][ةه])")
# The verbal noun of form VIII (افتعال: انتقاد، اجتماع) or VII (انفعال: انسحاب),
# bare or in the plural (انتقادات) or with ة: the object of a verb, never a word
# inside a name (a given name of that shape, ابتسام، انتصار, opens a name).
_FORM_VII_VIII_MASDAR = re.compile("ا(?:[^اوي]ت|ن[^اوي])[^اوي]ا[^اوي](?:ات|ة|ه)?")
# The past verb of form VIII or VII, sound or hollow, he or she (اعتبر، اختار،
# انتقدت): five letters with a plain alef, a shape no given name takes.
_FORM_VII_VIII_PAST = re.compile("ا(?:[^اوي]ت|ن[^اوي])[^وي][^اوي]ت?")
# An indefinite sound feminine plural this long (تصريحات، مطالبات) is a common
# noun; the family names in ـات are short (بركات، عرفات).
_LONG_PLURAL_LETTERS = 7
_HAMZA_BELOW = "\N{ARABIC LETTER ALEF WITH HAMZA BELOW}"
_TANWEEN = re.compile("[\N{ARABIC FATHATAN}-\N{ARABIC KASRATAN}]")
_GOD = "الله"  # the end of عبدالله
MIN_NAME_LETTERS = 3
_TATWEEL = "\N{ARABIC TATWEEL}"
# Prepositions and conjunctions written apart from their word with a tatweel (لـ).
_SPLIT_CLITICS = frozenset({BA, LAM, KAF, WAW, FA})
_MIN_NISBA_LETTERS = 5
MIN_PARTICIPLE_LETTERS = 5

# The kinds of a word, as bit flags (:func:`token_kinds`): the verdicts of
# is_verb, is_title, is_body, is_statement, is_nisba and is_name_word.
VERB = 1
TITLE = 2
BODY = 4
STATEMENT = 8
NISBA = 16
NAME_WORD = 32


def is_verb(token: Token, lex: Lexicon) -> bool:
    """Tell whether ``token`` is a speech verb in any of its forms."""
    return token.word and token.norm in lex.verbs


def verb_at(tokens: list[Token], index: int, lex: Lexicon) -> bool:
    """Tell whether a speech verb is here, not a verbal noun after a preposition.

    A negated verb (``لا يطالب``، ``لم يقل``) reports no words either.
    """
    if not is_verb(tokens[index], lex):
        return False
    following = tokens[index + 1].norm if index + 1 < len(tokens) else ""
    if following == _ACT:
        return False  # "رد فعل": a reaction, the noun, never "he replied"
    if following == ON and tokens[index].norm.lstrip(WAW + FA) == _IN_REPLY:
        return False  # "وردا على سؤال": "in reply to", an adverb, not a verb
    before = tokens[index - 1].norm if index else ""
    if before == _YA and tokens[index].norm == _SEE:
        return False  # "فهل يا ترى …": "I wonder", no one sees or says anything
    if _considered(tokens, index):
        return False  # "الاتفاق يعتبر خطوة مهمة": "is considered", no one speaks
    return before not in lex.prepositions and before not in lex.negations


# The present of اعتبر (to consider) is, in news, mostly the passive "is
# considered" (يُعتبر، تُعتبر), as يعد is: its subject stands before it and an
# indefinite noun after it is the predicate (الاتفاق يعتبر خطوة مهمة نحو الحل).
_IS_CONSIDERED = frozenset(normalize(word) for word in ("يعتبر", "تعتبر"))
_THAT_WORDS = frozenset(normalize(word) for word in ("أن", "إن", "بأن"))
_CONSIDERED_REACH = 5  # the verb, its subject and أن when the verb is active


def _considered(tokens: list[Token], index: int) -> bool:
    """Tell whether ``يعتبر`` + an indefinite word is "is considered" + predicate.

    It is unless أن follows within a few words: ``يعتبر مراقبون أن …``
    (observers consider that) has a subject, ``يعتبر خطوة مهمة نحو الحل`` none.
    """
    if index + 1 >= len(tokens) or tokens[index].norm.lstrip(WAW + FA) not in (
        _IS_CONSIDERED
    ):
        return False
    following = tokens[index + 1]
    if not following.word or following.definite:
        return False
    reach = tokens[index + 2 : index + _CONSIDERED_REACH]
    return not any(token.norm in _THAT_WORDS for token in reach)


_ACT = normalize("فعل")  # "رد فعل" (a reaction): a compound noun
_YA = normalize("يا")  # the vocative, in "يا ترى" (I wonder)
_SEE = normalize("ترى")
# "ردا على" (in reply to): the accusative verbal noun, though it reads as the
# dual past "they both replied"; news writes the adverb.
_IN_REPLY = normalize("ردا")
ON = normalize("على")  # the preposition "on"


def is_title(token: Token, lex: Lexicon) -> bool:
    """Tell whether ``token`` is a person's title or role noun."""
    return token.word and token.norm in lex.titles


def is_body(token: Token, lex: Lexicon) -> bool:
    """Tell whether ``token`` heads an institution's name."""
    return token.word and token.norm in lex.bodies


def is_statement(token: Token, lex: Lexicon) -> bool:
    """Tell whether ``token`` is a statement, report, letter, post or account."""
    return token.word and token.norm in lex.statements


def strip_clitics(norm: str) -> list[str]:
    """Return ``norm`` and its forms without و/ب/ل, the article and a pronoun."""
    forms = [norm]
    stem = norm
    if len(stem) > MIN_NAME_LETTERS and stem[0] in (WAW, FA):
        stem = stem[1:]
        forms.append(stem)
    if len(stem) > MIN_NAME_LETTERS and stem[0] in (BA, LAM):
        stem = stem[1:]
        forms.append(stem)
    if stem.startswith(LAM) and not stem.startswith(ARTICLE):
        stem = ALEF + stem  # لل = ل + ال
    if stem.startswith(ARTICLE):
        stem = stem[2:]
        forms.append(stem)
    for suffix in PRONOUN_SUFFIXES:
        if stem.endswith(suffix) and len(stem) - len(suffix) >= MIN_NAME_LETTERS:
            bare = stem[: -len(suffix)]
            forms.append(bare)
            if bare.endswith(TAA):
                forms.append(bare[:-1] + HAA)
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
        len(norm) > 1 and norm[0] in (WAW, FA) and norm[1:] in lex.known
    )


def is_name_word(token: Token, lex: Lexicon) -> bool:
    """Tell whether ``token`` can be part of a person's or an institution's name.

    The verdict depends only on the token's text, so a lexicon with a memo
    (``Lexicon.name_words``, one per build) remembers it per distinct word.
    """
    memo = lex.name_words
    if memo is None:
        return _is_name_word(token, lex)
    key = (token.raw, token.norm, token.word, token.definite)
    found = memo.get(key)
    if found is None:
        found = memo[key] = _is_name_word(token, lex)
    return found


def _is_name_word(token: Token, lex: Lexicon) -> bool:
    norm = token.norm
    if not token.word or len(norm) < MIN_NAME_LETTERS or norm[0].isdigit():
        return False
    if token.definite or _TANWEEN.search(token.raw) or _split_clitic(token):
        return False
    if is_known(norm, lex) and not (
        _spelled_with_yaa(token, lex) or _spelled_with_madda(token, lex)
    ):
        return False
    if (
        accusative_participle(norm)
        or _verb_shaped(norm)
        or _MANNER.fullmatch(norm)
        or _FORM_X_MASDAR.fullmatch(norm)
    ):
        # An indefinite accusative participle (مبتسما، مضيفا), a verb (واثبت،
        # يتحقق، يستعد), ب with a derived verbal noun (بابتسامة) or a form X
        # verbal noun (استضافة، استخدام): never a name.
        return False
    if (definite_with_prefix(norm) and not article_on_particle(norm, lex)) or (
        norm in lex.cues
    ):
        return False  # بالقول، للصحفيين، والشرطة؛ فيلم، شركة
    # A title in the construct plural (محللي السوق: محللين before its genitive),
    # alone or with a preposition (بمديري التعليم), or a preposition on a common
    # noun (لوكالة، بسبب) is not a name.
    return not (
        (norm.endswith(YAA) and norm + NOON in lex.titles)
        or (
            norm[0] in (BA, LAM)
            and (
                is_cue(token, lex)
                or norm[1:] in lex.known
                or norm[1:] + NOON in lex.titles
            )
        )
    )


def _verb_shaped(norm: str) -> bool:
    """Tell whether a word has a shape only verbs have.

    و with a form IV past (``واثبت``، ``واكمل``: و, alef and three letters; a name
    such as ``وائل`` is shorter), و with the form III past of a root opening
    with و (``وواصل``، ``ووافق``; ``ووائل`` has a hamza in the middle), و with a
    form X past (``واسترسل``), or an
    imperfect of the forms with ت or ست
    (``يتحقق``، ``يستعد``، ``تتابع``).  No Arabic name opens with these.
    """
    if len(norm) == _CONJOINED_FORM_IV and norm.startswith(WAW + ALEF):
        return True
    if _CONJOINED_FORM_III.fullmatch(norm):
        return True  # "وواصل"، "ووافق"، "وواجه": و with فاعل of a و root
    if len(norm) == _CONJOINED_FORM_X and norm.startswith(_FORM_X_WITH_AND):
        return True  # "واسترسل"، "واستدرك": و with a form X past (استفعل)
    if _IMPERFECT_WITH_OBJECT.fullmatch(norm):
        return True  # "يفرضها"، "تدعمهم": an imperfect with an object pronoun
    return len(norm) >= MIN_PARTICIPLE_LETTERS and norm.startswith(_IMPERFECT_T)


_CONJOINED_FORM_IV = 5
# و with the form III past of a root whose first letter is و (واصل، وافق، واجه):
# the middle and last letters are consonants, so ووائل and ووالي do not fit.
_CONJOINED_FORM_III = re.compile("ووا[^اويىئءأ][^اويىئءأ]")
# An imperfect (ي or ت and three letters or more) with an object pronoun ها، هم or
# هما: a verb and its object; no name has that shape (يوسف، ياسين end otherwise).
_IMPERFECT_WITH_OBJECT = re.compile("[يت][^ا]{3,}(?:ها|هما|هم)")
_CONJOINED_FORM_X = 7
_FORM_X_WITH_AND = WAW + ALEF + "ست"
_IMPERFECT_T = (YAA + TAA, TAA + TAA, YAA + "ست", TAA + "ست")


def _split_clitic(token: Token) -> bool:
    """Tell whether a word opens with a clitic drawn out by a tatweel (``لـCNN``)."""
    return token.raw[1:2] == _TATWEEL and token.raw[:1] in _SPLIT_CLITICS


def _spelled_with_madda(token: Token, lex: Lexicon) -> bool:
    """Tell a name with an initial madda (آلان) from a listed word without it (الآن)."""
    return token.raw.startswith(MADDA) and token.norm not in lex.madda


def _spelled_with_yaa(token: Token, lex: Lexicon) -> bool:
    """Tell a name ending in yaa (علي) from a listed word ending in maqsura (على)."""
    return token.norm in lex.maqsura and token.raw.endswith(YAA)


def article_on_particle(norm: str, lex: Lexicon) -> bool:
    """Tell whether ب+ال would stand on a particle (``بالفي``، ``بالما``): a name.

    The article never takes a particle, so such a word is not a preposition on
    a definite noun but a foreign name that opens with those letters.
    """
    body = without_conjunction(norm)
    rest = body[1 + len(ARTICLE) :]
    return body[:1] == BA and rest in lex.function_words


def accusative_participle(norm: str) -> bool:
    """Tell whether a word is an indefinite accusative participle (مبتسما، مدافعا)."""
    return (
        norm.startswith(MEEM)
        and norm.endswith(ALEF)
        and len(norm) >= MIN_PARTICIPLE_LETTERS
    )


def definite_with_prefix(norm: str) -> bool:
    """Tell whether a definite word carries a preposition: ``بالقول``، ``للصحفيين``."""
    body = without_conjunction(norm)
    return body.startswith(LAM + LAM) or (
        body[:1] in (BA, "ك") and body[1:3] == ARTICLE
    )


def is_conjunction(token: Token, lex: Lexicon) -> bool:
    """Tell whether a word starting with و is "and ..." rather than a name (ويلمارث)."""
    norm = token.norm
    if norm[0] != WAW or len(norm) < MIN_NAME_LETTERS:
        return False
    rest = norm[1:]
    if rest.startswith(ARTICLE) or rest in lex.known or rest in lex.cues:
        return True
    if _FORM_TWO_MASDAR.fullmatch(rest):
        return True  # "وتعيين"، "وتوفير": and + a verbal noun (تفعيل), not a name
    return any(form in lex.titles or form in lex.bodies for form in strip_clitics(rest))


def opens_name(token: Token, lex: Lexicon) -> bool:
    """Tell whether a name may start with ``token``: a name word without a pronoun.

    ``أعماله`` (his business) or ``يقاطعه`` (interrupts him) carry a pronoun, so a
    name cannot start there even when the next word is one (``يقاطعه ترامب``).
    """
    return is_name_word(token, lex) and inner_name_word(token, lex)


def inner_name_word(token: Token, lex: Lexicon) -> bool:
    """Tell whether a word may continue a name: not a conjunction nor a pronoun."""
    if is_conjunction(token, lex) or (token.norm[0] == WAW and token.norm[-1] == ALEF):
        return False  # "ونظيره"، "وفدا": "and ..." or an object
    bare = strip_tatweel(strip_diacritics(token.raw))
    return bare.endswith(_GOD) or not bare.endswith((HAA + ALEF, HAA + MEEM, HAA))


def past_verb(token: Token) -> bool:
    """Tell whether a word is a past verb of form VIII or VII (اختار، انتقدت).

    After a person's name it opens the predicate (``المغرد فلان انتقد الحملة``):
    the name ends before it.
    """
    plain = strip_diacritics(token.raw)[:1] == ALEF
    return (
        plain and not token.definite and bool(_FORM_VII_VIII_PAST.fullmatch(token.norm))
    )


def object_noun(token: Token) -> bool:
    """Tell whether a word after a name opens the verb's object, not the name.

    ``رفض الرئيس فلان الفلاني انتقادات``: a verbal noun of form VII or VIII or a
    long indefinite plural in ـات ends the name before it.
    """
    norm = token.norm
    # The verbal noun opens with a plain alef (hamzat al-wasl); a name with أ does not.
    plain = strip_diacritics(token.raw)[:1] in (ALEF, _HAMZA_BELOW)
    return (plain and bool(_FORM_VII_VIII_MASDAR.fullmatch(norm))) or (
        len(norm) >= _LONG_PLURAL_LETTERS and norm.endswith(ALEF + TAA)
    )


def statement_key(norm: str, lex: Lexicon) -> str:
    """Return the bare form of a statement noun (``والبيان``، ``بيانا`` -> ``بيان``)."""
    forms = strip_clitics(norm)
    found = [form for form in forms if form in lex.statements]
    found += [
        form[:-1]
        for form in forms
        if form.endswith(ALEF) and form[:-1] in lex.statements
    ]
    return min(found, key=len, default=norm)


def kinds_of(token: Token, lex: Lexicon) -> int:
    """Return the kinds of ``token`` as flags (0 for a mark or a plain word)."""
    if not token.word:
        return 0
    return (
        (VERB if is_verb(token, lex) else 0)
        | (TITLE if is_title(token, lex) else 0)
        | (BODY if is_body(token, lex) else 0)
        | (STATEMENT if is_statement(token, lex) else 0)
        | (NISBA if is_nisba(token) else 0)
        | (NAME_WORD if is_name_word(token, lex) else 0)
    )


def token_kinds(tokens: list[Token], lex: Lexicon) -> list[int]:
    """Return :func:`kinds_of` each token that :func:`~.lexicon.quote_tokens` read.

    Such a token is all its raw text (the folded form and the rest follow from it),
    so a lexicon with a memo (``Lexicon.token_kinds``, one per build) remembers the
    kinds per distinct text.
    """
    memo = {} if lex.token_kinds is None else lex.token_kinds
    kinds = []
    for token in tokens:
        found = memo.get(token.raw)
        if found is None:
            found = memo[token.raw] = kinds_of(token, lex)
        kinds.append(found)
    return kinds
