"""Speaker phrases in Arabic news text: where a name or a role starts and ends.

Pure functions over tokens, used by :mod:`mowjaz.quotes.extract` to attribute
quotations.
Arabic news names its speakers in a few regular shapes, and these are the rules:

* verb first (VSO): ``وقال الرئيس الأوكراني فولوديمير زيلينسكي``: a speech verb, then
  an optional title with its adjectives (a *role*), then an optional *name*;
* apposition: ``قال بول، رئيس مجلس الإدارة،`` or ``قال رئيس الشركة، بول،``;
* no subject after the verb (``وأضاف:``, ``مضيفا أن``): the speaker is carried from
  the sentence or the paragraphs before (resolved by the caller);
* a statement as the subject (``حساب الجيش``، ``التقرير``): its owner, or the issuer
  the caller carries (:mod:`mowjaz.quotes.issuers`).

A *name* is a run of words that are not function words, verbs, titles, fillers or
indefinite accusatives (``مبتسمًا``); a family name with the article may end it
(``محمد الزيداني``).  No list of names is used: it would never be complete.

What each word is comes from :mod:`mowjaz.quotes.word_kinds`; the names and roles a
whole article introduces, to caption a speaker with the fullest form, are
collected by :mod:`mowjaz.quotes.name_index`.
"""

from __future__ import annotations

from ..text.normalize import normalize, strip_diacritics, strip_tatweel
from .letters import (
    ALEF,
    ARTICLE,
    BA,
    COMMAS,
    FA,
    HAA,
    HASH,
    KAF,
    LAM,
    MEEM,
    NOON,
    PRONOUN_SUFFIXES,
    TAA,
    TAA_MARBUTA,
    WAW,
    YAA,
    without_conjunction,
)
from .lexicon import Lexicon, Speaker, SpeakerKind, Token, quote_tokens
from .word_kinds import (
    MIN_NAME_LETTERS,
    MIN_PARTICIPLE_LETTERS,
    ON,
    article_on_particle,
    definite_with_prefix,
    inner_name_word,
    is_body,
    is_conjunction,
    is_cue,
    is_known,
    is_name_word,
    is_nisba,
    is_statement,
    is_title,
    is_verb,
    object_noun,
    opens_name,
    past_verb,
    strip_clitics,
)

# Quantifiers in construct with the noun after them (written for Mowjaz): "أي
# إضافة"، "جميع أبناء": never part of a name, nor a clause's subject.
QUANTIFIERS = frozenset(
    normalize(word) for word in ("أي", "أية", "كل", "بعض", "جميع", "غير", "عدة", "كافة")
)
_LINEAGE = 2  # "بن" and the father's name before a family name
SON_OF = frozenset(normalize(word) for word in ("بن", "ابن", "بنت"))
# A kunya, "father of" (أبو مالك، أبو صالح): the word after it is part of the name
# whatever it is, even a common noun, as the father's name after بن.
_KUNYA = normalize("أبو")
_LINEAGE_GLUE = SON_OF | {_KUNYA}
# "شيخ" without the article after a given name is part of the name, as in Somali
# and Sudanese names (فلان شيخ فلان); the title is "الشيخ" before a name.
_SHEIKH = normalize("شيخ")
_AAL = "آل"  # "the family of", as in آل الشيخ (spelt with its madda)
# Words that glue a compound name together: عبد / أبو / بن / ابن / آل.
NAME_GLUE = frozenset(
    normalize(word)
    for word in (
        "عبد",
        "أبو",
        "بن",
        "ابن",
        "بلا",  # "without", inside names of bodies: أطباء بلا حدود
        # particles of European names: دي، دا، دل، دو (لوكا بيترو دل فابرو)
        "دي",
        "دا",
        "دل",
        "دو",
    )
) | {ARTICLE}
_VAN = "فان"  # the Dutch particle, spelt without a hamza: فلان فان غال
_HAMZA_ALEFS = ("أ", "إ")
_IN = normalize("في")
BY_NAME = normalize("باسم")  # "on behalf of", as in "المتحدث باسم"
MAX_NAME_WORDS = 4
# Relative pronouns: a relative clause on the noun before them.
RELATIVES = frozenset(
    normalize(word)
    for word in (
        "الذي",
        "التي",
        "الذين",
        "اللذين",
        "اللتين",
        "اللذان",
        "اللتان",
        "اللواتي",
        "اللاتي",
    )
)

_FULL_NAME = 2  # words of a given name and a family name
_MAX_INITIALS = 3  # initials opening a name: سي جيه، جيه آر آر
_THAT = frozenset(normalize(word) for word in ("إن", "أن", "بأن"))
_MAX_ROLE_WORDS = 8
_MAX_SKIPPED_WORDS = 4
# The longest description set off by commas between a role and its name.
_MAX_DESCRIPTION_WORDS = 7
# The longest description of a person before يدعى: أحد المستخدمين يدعى فلان.
_MAX_DESCRIBED_WORDS = 4
# The longest institution named after a role's preposition, before the name:
# "في أمانة المدينة الكبرى".
_MAX_INSTITUTION_WORDS = 4
# The most words after a role's genitives before the comma and the name of a
# long role (a department, an institution, a region).
_MAX_LONG_ROLE_WORDS = 12
# The words after a role's end within which its phrase with ب or ل opens (a
# place's adjective first: الجامع الكبير بمدينة الواحة).
_GENITIVE_REACH = 2
# The compass words that open a place after a role (جنوب البلاد), never a name.
_DIRECTIONS = frozenset(
    normalize(word)
    for word in ("شمال", "جنوب", "شرق", "غرب", "وسط", "شمالي", "جنوبي", "شرقي", "غربي")
)
_FROM_SIDE = normalize("من")


def name_end(tokens: list[Token], start: int, lex: Lexicon) -> int:
    """Return where a name starting at ``start`` ends (``start`` when there is none).

    ``بن`` (son of) does not count toward the name's length: a lineage such as
    ``سعد بن فهد بن ناصر`` is one person's name.
    """
    # "سي جيه فلان": initials opening a name count as one word of it.
    index = _initials_end(tokens, start, lex)
    glue = max(0, index - start - 1)
    while index < len(tokens) and index - start - glue < MAX_NAME_WORDS:
        token = tokens[index]
        if token.norm in QUANTIFIERS:
            break  # "ودعا فلان جميع أبناء الوطن": the object, not the name
        if index > start and token.norm in SON_OF:
            glue += 1
        if index == start and (
            _short_given_name(tokens, index, lex) or _family_opening(tokens, index)
        ):
            index += 1  # "زو يونج"، "آل الشيخ": a name opening with a short word
        elif index > start and _lineage_word(tokens, index, lex):
            index += 1  # "بن مساعد"، "أبو مالك": the father's or son's name
        elif is_name_word(token, lex):
            if index > start and not inner_name_word(token, lex):
                break  # "ونظيره"، "استعداده": not part of the name
            if index > start and (
                object_noun(token)
                or (
                    index - start - glue >= _FULL_NAME
                    and _construct_object(tokens, index)
                )
            ):
                # "فلان انتقادات"، "فلان اجتماعا"، "فلان الفلاني وفاة الفنان": the
                # verb's object
                break
            if index > start and _after_family_name(tokens, index, start):
                break  # "هالة المطيري سامر الكتبي": a family name ends a name
            if index > start and _opens_phrase(tokens, index, lex):
                break  # "يوجّه بسرعة توحيد": ب or ل opens a phrase
            index += 1
        elif (
            index > start
            and (token.norm in NAME_GLUE or _van(tokens, index))
            and _name_follows(tokens, index, lex)
        ) or (
            index > start
            and (_family_name(tokens, index, lex) or _sheikh(tokens, index))
        ):
            index += 1
        else:
            break
    return index


def _construct_object(tokens: list[Token], index: int) -> bool:
    """Tell whether a word after a full name heads a construct: the verb's object.

    ``أعلن المخرج فلان فلان وفاة الفنان``: a noun in ة with a definite noun
    after it (an إضافة) opens the object once a name has two words; a given
    name in ة before a family name in -ي (فلان حمزة الغامدي) or after بن stays.
    """
    token = tokens[index]
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    return (
        strip_tatweel(strip_diacritics(token.raw)).endswith(TAA_MARBUTA)
        and tokens[index - 1].norm not in SON_OF
        and following is not None
        and following.word
        and following.definite
        and not following.norm.endswith(YAA)
    )


def _van(tokens: list[Token], index: int) -> bool:
    """Tell whether ``فان`` inside a name is the Dutch particle (فلان فان غال).

    Written without a hamza between a given name and a surname that opens with
    no hamza, ``فان`` is the particle of a Dutch or Flemish name; folded, it
    reads as the conjunction فإن, which opens a clause with a definite noun or
    a pronoun (فإن الحكومة، فإنه) or an elative (فإن أقرب).
    """
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    return (
        strip_tatweel(strip_diacritics(tokens[index].raw)) == _VAN
        and not tokens[index - 1].definite
        and following is not None
        and following.word
        and not following.definite
        and following.raw[:1] not in _HAMZA_ALEFS
    )


def _lineage_word(tokens: list[Token], index: int, lex: Lexicon) -> bool:
    """Tell whether the word at ``index`` is the name after بن or أبو (any word)."""
    before = tokens[index - 1].norm
    if before in SON_OF:
        return True
    token = tokens[index]
    return (
        before == _KUNYA
        and token.word
        and not token.definite
        and token.norm not in lex.function_words
    )


def _initials_end(tokens: list[Token], index: int, lex: Lexicon) -> int:
    """Return where the initials opening a name end (``index`` when there are none).

    ``سي جيه فلان``: one to three Latin letters written as Arabic words, then a
    name word that is no letter itself, open a person's name.  Letters with no
    name after them (``إس تي زد``) are an acronym.
    """
    end = index
    while (
        end < len(tokens)
        and end - index < _MAX_INITIALS
        and tokens[end].word
        and tokens[end].norm in lex.initials
    ):
        end += 1
    if (
        end > index
        and end < len(tokens)
        and tokens[end].norm not in lex.initials
        and not tokens[end].definite
        and is_name_word(tokens[end], lex)
    ):
        return end
    return index


def _short_given_name(tokens: list[Token], index: int, lex: Lexicon) -> bool:
    """Tell whether a two-letter word opens a name (``زو يونج``، ``لي كه تشيانغ``).

    East Asian names transcribed in Arabic have two-letter parts; such a word
    opens a name only when it is no listed word and a name word follows it.
    """
    token = tokens[index]
    return (
        token.word
        and len(token.norm) == MIN_NAME_LETTERS - 1
        and not token.norm[0].isdigit()
        and not token.definite
        and not is_known(token.norm, lex)
        and index + 1 < len(tokens)
        and is_name_word(tokens[index + 1], lex)
    )


def _family_opening(tokens: list[Token], index: int) -> bool:
    """Tell whether ``آل`` opens a family name used alone (``وقال آل الشيخ``)."""
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    return (
        strip_tatweel(strip_diacritics(tokens[index].raw)) == _AAL
        and following is not None
        and following.word
        and following.definite
    )


def _sheikh(tokens: list[Token], index: int) -> bool:
    """Tell whether ``شيخ`` at ``index`` is a name word: no genitive follows it."""
    if tokens[index].norm != _SHEIKH:
        return False
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    return following is None or not following.definite


def _opens_phrase(tokens: list[Token], index: int, lex: Lexicon) -> bool:
    """Tell whether a word with ب or ل inside a run opens a prepositional phrase.

    Such a word may end a name (``فرناندو بالدي``، ``عبد الكريم بوزقيلة``) but a
    name does not run on past it: a name word after it shows a phrase
    (``بسرعة توحيد``).
    """
    norm = tokens[index].norm
    if norm[0] not in (BA, LAM) or len(norm) <= MIN_NAME_LETTERS:
        return False  # "لين" in "ميرا لين ويلمارث" is a name of its own
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    return (
        following is not None
        and is_name_word(following, lex)
        and not object_noun(following)
    )


def _after_family_name(tokens: list[Token], index: int, start: int) -> bool:
    """Tell whether the word before ``index`` is a family name with the article.

    ``المطيري`` ends ``هالة المطيري``; ``الله`` after ``عبد`` (``عبد الله صالح``)
    and ``الدين`` after a glue word are inside a compound name and do not.
    """
    before = tokens[index - 1]
    if not before.definite:
        return False
    return index - 1 == start or tokens[index - 2].norm not in NAME_GLUE


def _name_follows(tokens: list[Token], index: int, lex: Lexicon) -> bool:
    """Tell whether a name goes on after the glue word at ``index`` (عبد، بن).

    After بن (son of) any word but a function word is the father's name, even
    one that is also a common noun (``عبدالله بن مساعد``).
    """
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    if following is None or not following.word:
        return False
    if tokens[index].norm in SON_OF:
        # علي folds into the preposition على, which never follows بن: the father
        return following.norm == ON or following.norm not in lex.function_words
    return is_name_word(following, lex) or following.definite


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
        or past_verb(token)  # "المغرد فلان انتقد الحملة": the predicate's verb
    ):
        return True
    return token.norm[0] in (BA, LAM) or not inner_name_word(token, lex)


def _sheikh_family(tokens: list[Token], index: int, lex: Lexicon) -> bool:
    """Tell whether ``الشيخ`` after a name and before a comma is its family name.

    ``وقال فلان الشيخ، المدير …``: the title stands before the name it
    qualifies; after a name and straight before a comma it is the family name.
    """
    before = tokens[index - 1]
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    return (
        tokens[index].norm == ARTICLE + _SHEIKH
        and following is not None
        and following.raw in COMMAS
        and before.word
        and (
            is_name_word(before, lex)
            or (index >= _LINEAGE and tokens[index - 2].norm in NAME_GLUE)
        )
    )


def _family_name(tokens: list[Token], index: int, lex: Lexicon) -> bool:
    """Tell whether a word with the article continues a name (آل الشيخ، الزيداني)."""
    token = tokens[index]
    norm = token.norm
    if not token.word or not token.definite:
        return False
    if (
        norm == ARTICLE
        or tokens[index - 1].norm in NAME_GLUE
        or _sheikh_family(tokens, index, lex)
    ):
        return True
    if (
        is_known(norm, lex)
        or norm in lex.role_adjectives
        or object_noun(token)  # "فلان التزامات حكومته": the verb's object
        or norm.removeprefix(ARTICLE) in QUANTIFIERS  # "يفعل البعض": some people
        or _after_nisba_family(tokens, index)
    ):
        return False
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    if following is None or not following.word:
        return True
    lineage = index >= _LINEAGE and tokens[index - 2].norm in SON_OF
    if (
        norm.endswith("ي")
        and (
            following.norm in lex.prepositions
            or following.norm in RELATIVES
            or (following.definite and lineage)
            # "زار فلان الفلاني المصنع": a noun with the article and no -ي
            # after a family name in -ي is the verb's object
            or (following.definite and not following.norm.endswith("ي"))
        )
    ) or (following.definite and is_title(following, lex) and not possessed(following)):
        # "رامي الصفاقسي في حديثه"، "فلان بن فلان العتيبي التفجير"، "خالد المطيري
        # الذي يدير …": a family name in -ي, then a preposition, the verb's
        # object or a relative clause on the person.  "فلان الفلاني المدير
        # الطبي"، "فلان الفلاني القائم بأعمال …": a definite title after the
        # word sets a role beside the name, which ends there.
        return True
    return not (following.norm in lex.prepositions or following.definite)


def _after_nisba_family(tokens: list[Token], index: int) -> bool:
    """Tell whether a noun with the article and no -ي follows a family name in -ي.

    ``زار فلان الفلاني المصنع``: the name ends at its family name, and the noun
    after it is the verb's object.
    """
    before = tokens[index - 1]
    return (
        before.definite
        and before.norm.endswith("ي")
        and not tokens[index].norm.endswith("ي")
    )


# A bare past verb of a sound root: فعل.
_PAST_VERB_LETTERS = 3


def role_end(tokens: list[Token], start: int, lex: Lexicon) -> int:
    """Return where a role or institution phrase starting at ``start`` ends.

    The head is followed by its genitive (``رئيس مجلس إدارة البنك``), relative
    adjectives (``الرئيس الأوكراني``), a few other adjectives (``الأمين العام``),
    ``باسم`` and its object, and ``لـ`` genitives (``الاتحاد الأمريكي لكرة القدم``).
    """
    # "مدربه" (his coach) has a pronoun, not a genitive: a name after it is apposition.
    construct = not tokens[start].definite and not possessed(tokens[start])
    headed = _headed(tokens[start], lex)
    on_behalf = False
    index = start + 1
    while (
        index < len(tokens)
        and index - start < _MAX_ROLE_WORDS
        and not _on_their_behalf(tokens[index - 1])
    ):
        token = tokens[index]
        norm = token.norm
        if on_behalf and norm == _IN and index + 1 < len(tokens):
            if is_name_word(tokens[index + 1], lex):
                index += 2  # "الناطقة باسم إدارة المرور في أونتاريو": a place
            break
        complement = _complement_end(tokens, start, index, lex)
        if complement > index:
            index = complement
            continue
        adjective = not construct and norm in lex.role_adjectives
        # "حركة … المتشددة": a description, no name; "رجل يدعى": a name follows
        if (
            norm in lex.stances
            or norm in lex.naming
            or (
                not adjective
                and (
                    not token.word or norm in lex.function_words or is_verb(token, lex)
                )
            )
        ):
            break
        if norm == BY_NAME:
            construct = on_behalf = True
        elif construct:
            if index > start + 1 and is_conjunction(token, lex):
                break
            construct = not (
                norm.startswith(ARTICLE)
                or norm.startswith(LAM + LAM)
                or _indefinite_adjective(tokens, start, index, lex)
            )
        elif (
            is_nisba(token)
            or norm in lex.role_adjectives
            or norm.startswith(LAM + LAM)
            or (headed and _participle_adjective(token, lex))
        ):
            pass  # a family name (السالمي) takes no adjective: المغردين is an object
        elif norm[0] == LAM and _next_is_definite(tokens, index):
            construct = True
        elif not _coordinated_last(tokens, index, lex):
            break
        index += 1
    if is_body(tokens[start], lex) and _place_follows(tokens, index, lex):
        index += 2  # "نقابة الصحف في اليابان": the country is part of the name
    return index


def _indefinite_adjective(
    tokens: list[Token], start: int, index: int, lex: Lexicon
) -> bool:
    """Tell whether ``أمني`` in ``مسؤول أمني رفض الكشف`` ends an indefinite role.

    An indefinite relative adjective (ـي) right after an indefinite title
    describes it, and a bare three-letter word after it is the past verb of a
    relative clause (``رفض``، ``طلب``، ``فضل``), never a genitive.  A listed noun
    in ـي (``رئيس نادي جدة``) or in ـى (``مدير مستشفى``) carries the construct on.
    """
    token = tokens[index]
    if index != start + 1 or index + 1 >= len(tokens):
        return False
    following = tokens[index + 1]
    return (
        is_title(tokens[start], lex)
        and token.norm.endswith(YAA)
        and token.raw.endswith(YAA)
        and len(token.norm) > MIN_NAME_LETTERS
        and not is_known(token.norm, lex)
        and following.word
        and not following.definite
        and len(following.norm) == _PAST_VERB_LETTERS
    )


def _coordinated_last(tokens: list[Token], index: int, lex: Lexicon) -> bool:
    """Tell whether ``والصورة`` closes a role: ``مدير المركز الوطني للسينما والصورة،``.

    A definite noun joined by و to the role's last genitive is part of the
    institution's name rather than another noun phrase when the phrase closes
    after it: a comma or another mark, a relative adjective (``وزارة الزراعة
    والمياه الوطنية``) or a preposition (``هيئة الفنون والحرف في
    بيان``).  Another title or institution (``والرئيس``) is someone else.
    """
    token = tokens[index]
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    bare = token.norm.removeprefix(WAW)
    return (
        token.norm.startswith(WAW + ARTICLE)
        and following is not None
        and (
            following.raw in COMMAS
            or (
                bare not in lex.titles
                and bare not in lex.bodies
                and (
                    not following.word
                    or (following.definite and is_nisba(following))
                    or following.norm in lex.prepositions
                )
            )
        )
        and (tokens[index - 1].definite or tokens[index - 1].norm.startswith(LAM + LAM))
    )


# Nouns of a region before its name (written for Mowjaz): "بمنطقة الجوف"، "في
# محافظة جدة" complete a role ("مدير الشرطة بمنطقة الجوف"); no one is named there.
_PLACE_NOUNS = frozenset(
    normalize(word)
    for word in ("منطقة", "محافظة", "مدينة", "ولاية", "إمارة", "مقاطعة", "بلدية")
)
# Titles an institution is named after with the person's name (written for
# Mowjaz): "جامعة الملك سعود"، "مؤسسة جسر الملك خالد"، "مستشفى الأمير سلطان".
_NAMESAKE_TITLES = frozenset(
    normalize(word) for word in ("الملك", "الأمير", "الشيخ", "السلطان", "الإمام")
)


def _place_at(tokens: list[Token], index: int) -> bool:
    """Tell whether ``بمنطقة X`` (a place noun with ب and a name) is at ``index``."""
    norm = tokens[index].norm
    return (
        index + 1 < len(tokens)
        and norm[:1] == BA
        and norm[1:] in _PLACE_NOUNS
        and tokens[index + 1].word
    )


def _complement_end(tokens: list[Token], start: int, index: int, lex: Lexicon) -> int:
    """Return where a place or a namesake inside a role ends (``index``: none).

    ``مديرية المرور بمنطقة الجوف``: where the role serves (ب and a place
    noun with its name); ``مؤسسة جسر الملك خالد``: the king an institution is
    named after.
    """
    if _place_at(tokens, index):
        return index + 2
    if _on_their_behalf(tokens[index]):
        return index + 1
    if (
        index - 1 > start
        and is_body(tokens[start], lex)
        and tokens[index - 1].norm in _NAMESAKE_TITLES
    ):
        return name_end(tokens, index, lex)
    return index


def _on_their_behalf(token: Token) -> bool:
    """Tell whether a word is ``باسم`` with a pronoun (``المتحدث باسمهم``).

    The pronoun completes the role, so a name right after it is the person's.
    """
    norm = token.norm
    return norm.startswith(BY_NAME) and norm[len(BY_NAME) :] in PRONOUN_SUFFIXES


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


def kin_noun(token: Token, lex: Lexicon) -> bool:
    """Tell whether a word is a kinship noun in construct: ``زوجة``, not ``زوجته``.

    Before a name (``قالت زوجة فلان``، ``والد اللاعب فلان``) it heads the
    speaker's phrase: the relative speaks, and the name is whose relative.
    """
    return (
        token.norm in lex.kinship or without_conjunction(token.norm) in lex.kinship
    ) and not possessed(token)


def possessed(token: Token) -> bool:
    """Tell whether a noun ends in a possessive pronoun, not in taa marbuta.

    ``مدربه`` (his coach) against ``مدربة`` (a coach): both fold to the same form.
    """
    bare = strip_tatweel(strip_diacritics(token.raw))
    return bare.endswith(PRONOUN_SUFFIXES)


def _next_is_definite(tokens: list[Token], index: int) -> bool:
    """Tell whether the next word has the article (not a name such as ألفاريز)."""
    following = tokens[index + 1] if index + 1 < len(tokens) else None
    return following is not None and following.definite


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
    ``direct=False`` (a generic head such as ``المشاركة``) allows a full name of two
    words or more directly, and otherwise apposition only, possibly after a short
    prepositional phrase (``الباحثة في الفريق، ميرتا،``).  A name after "close
    to" (``مصدر مقرب من الوزير فلان``) is the person the source is close to,
    not the one who speaks: none is returned.
    """
    if _close_to(tokens, index, lex):
        return index, index
    return _name_after_role(tokens, index, lex, direct=direct)


def _name_after_role(
    tokens: list[Token], index: int, lex: Lexicon, *, direct: bool
) -> tuple[int, int]:
    first = _skip_titles(tokens, index, lex)
    end = name_end(tokens, first, lex)
    coordinated = _coordinated_region(tokens, index, first, end, lex)
    if coordinated is not None:
        return coordinated
    behind = _name_behind_place(tokens, index, lex)
    if behind is not None:
        return behind
    # A generic head takes a name directly only when it is a full name ending in a
    # family name with the article that closes the phrase: "المستثمر العقاري
    # فلان الفلاني إن".
    if (
        (direct or _full_family_name(tokens, first, end))
        and end > first
        and tokens[first].norm not in _DIRECTIONS
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
        # An apposition is set off by commas: "رئيس الشركة، بول،".  A word after the
        # comma that runs on into a phrase ("، عملت في ...") opens a clause instead.
        closed = (
            end >= len(tokens)
            or not tokens[end].word
            # "، فلان الفلاني ومسؤولين": و joins another noun phrase to the name.
            or (tokens[end].norm[0] == WAW and not inner_name_word(tokens[end], lex))
        )
        if end > first and closed and not _prepositional(tokens, first, lex):
            return first, end
        if (end == first or _prepositional(tokens, first, lex)) and _describes(
            tokens, comma + 1, lex
        ):
            # "الصحافي البارز، المقرب من الحكومة، فلان الفلاني،": a description
            # set off by commas stands between the role and the name.
            return name_after_role(
                tokens,
                _next_comma(tokens, comma + 1, _MAX_DESCRIPTION_WORDS),
                lex,
                direct=False,
            )
    return index, index


def _close_to(tokens: list[Token], index: int, lex: Lexicon) -> bool:
    """Tell whether ``index`` is the من of "close to" (``quote_close_adjectives``)."""
    return (
        0 < index < len(tokens)
        and tokens[index].norm == _FROM_SIDE
        and without_conjunction(tokens[index - 1].norm) in lex.close_to
    )


def _coordinated_region(
    tokens: list[Token], index: int, first: int, end: int, lex: Lexicon
) -> tuple[int, int] | None:
    """Return the name set off by a comma after a role's coordinated last genitive.

    ``المدير الإقليمي لمنطقة الشرق الأوسط وشمال أفريقيا، فلان الفلاني،``: the
    words after و continue the role's genitive (a name never follows a role's
    genitive with و); the person is the apposition after the comma.
    """
    if not (
        first == index
        and end > first
        and index > 0
        and tokens[index - 1].definite
        and tokens[first].norm[:1] == WAW
        and end < len(tokens)
        and tokens[end].raw in COMMAS
    ):
        return None
    found = name_after_role(tokens, end, lex, direct=False)
    return found if found[1] > found[0] else None


def _name_behind_place(
    tokens: list[Token], index: int, lex: Lexicon
) -> tuple[int, int] | None:
    """Return a full name after a role's short prepositional phrase.

    ``العضو المنتدب في الشركة فلان الفلاني إن``: a preposition with one definite
    noun (and its relative adjective) says where the role serves; a given name and
    a family name with the article, closed by a comma, a colon or "that", follow.
    """
    if index >= len(tokens) or tokens[index].norm not in lex.prepositions:
        return None
    place = index + 1
    if place >= len(tokens):
        return None
    if not tokens[place].definite:
        # An indefinite role is an unnamed person (مسؤول في مطار المدينة الدولي).
        definite_role = index > 0 and tokens[index - 1].definite
        return _name_behind_institution(tokens, place, lex) if definite_role else None
    first = place + 1
    if first < len(tokens) and is_nisba(tokens[first]):
        first += 1
    end = name_end(tokens, first, lex)
    if end > first and _full_family_name(tokens, first, end):
        return first, end
    return _name_behind_institution(tokens, place, lex)


def _name_behind_institution(
    tokens: list[Token], place: int, lex: Lexicon
) -> tuple[int, int] | None:
    """Return the full name closing a role's phrase that names an institution.

    ``العضو المنتدب في شركة النخيل سامر الفلاني:``: the words after the preposition
    name where the role serves, and the subject ends with a given name and a
    family name with the article, closed by a comma, a colon or "that".  The
    institution is a few words with no verb, particle or mark among them.
    """
    for end in range(place + 1, min(len(tokens), place + _MAX_INSTITUTION_WORDS + 2)):
        token = tokens[end]
        if token.raw in COMMAS or token.raw == ":" or token.norm in _THAT:
            first = end - _FULL_NAME
            if first > place and _family_closes(tokens, first, end, lex):
                return first, end
            return None
        if (
            not token.word
            or token.norm in lex.function_words
            or is_verb(token, lex)
            or (token.norm[:1] == WAW and is_conjunction(token, lex))
        ):
            return None
    return None


def _family_closes(tokens: list[Token], first: int, end: int, lex: Lexicon) -> bool:
    """Tell whether ``tokens[first:end]`` is a given name and a family name (ال…).

    A feminine or plural word in ـة or ـات is an adjective or a place
    (``جدة الساحلية``), never a family name.
    """
    given, family = tokens[first], tokens[end - 1]
    return (
        opens_name(given, lex)
        and not is_title(given, lex)
        and family.definite
        and not family.norm.endswith((HAA, ALEF + TAA))
        and not is_known(family.norm, lex)
        and name_end(tokens, first, lex) == end
    )


def _full_family_name(tokens: list[Token], first: int, end: int) -> bool:
    """Tell whether ``tokens[first:end]`` is a given name and a family name (ال…).

    The name must end the subject: a comma, a colon or "that" (إن، أن) follows it.
    Its first word must not start with و, which joins a second noun to the role
    ("الهيئة العامة للأرصاد والبيئة") far more often than it opens a name.
    """
    if end - first < _FULL_NAME or end >= len(tokens):
        return False
    after = tokens[end]
    return (
        not tokens[first].definite
        and tokens[first].norm[:1] != WAW
        and tokens[end - 1].definite
        and (after.raw in COMMAS or after.raw == ":" or after.norm in _THAT)
    )


def _describes(tokens: list[Token], index: int, lex: Lexicon) -> bool:
    """Tell whether a description opens at ``index``: a word with the article.

    A prepositional phrase does too (``، بقسم هندسة العمارة بالجامعة،``): ب or ل on
    a listed noun (بقسم), or on a run of words that ends on a genitive.
    """
    if index >= len(tokens) or not tokens[index].word:
        return False
    token = tokens[index]
    return (
        token.definite
        or _prepositional(tokens, index, lex)
        or (token.norm[:1] in (BA, LAM) and not is_name_word(token, lex))
    )


def _prepositional(tokens: list[Token], index: int, lex: Lexicon) -> bool:
    """Tell whether ب or ل opens a phrase at ``index`` that ends on a genitive.

    ``بقسم هندسة العمارة``: ب on a noun, a noun, then a word with the article, all
    before the next comma; a name opening with ب (بدر، باسل) runs otherwise.
    """
    end = name_end(tokens, index, lex)
    return (
        end - index >= _FULL_NAME + 1
        and tokens[index].norm[:1] in (BA, LAM)
        and tokens[end - 1].definite
        and not tokens[end - 1].norm.endswith(YAA)
    )


def _listed_object(tokens: list[Token], first: int, end: int, lex: Lexicon) -> bool:
    """Tell whether a one-word "name" is an object: ``و`` and a noun, or a copula.

    ``توعد الرئيس إيران وحلفاءها``: a list; ``ووجه الرئيس انتقادات هي الأعنف``: a
    noun with a pronoun after it opens a nominal clause describing that noun.
    """
    return (
        end == first + 1
        and end < len(tokens)
        and (is_conjunction(tokens[end], lex) or tokens[end].norm in _COPULAS)
    )


# Separate pronouns after a noun (written for Mowjaz): a copula (انتقادات هي الأعنف).
_COPULAS = frozenset(normalize(word) for word in ("هو", "هي", "هم", "هن"))


def _next_comma(tokens: list[Token], index: int, limit: int) -> int:
    for position in range(index, min(len(tokens), index + limit + 1)):
        if tokens[position].raw in COMMAS:
            return position
        if not tokens[position].word:
            break
    return len(tokens)


def _skip_titles(tokens: list[Token], index: int, lex: Lexicon) -> int:
    """Skip the titles before a name (``الدكتور المهندس فلان``).

    A title joined by و opens a second role (``قائد حمايته وقائد معركة …``):
    what follows it is that role's genitive, not the first role's name, so the
    index stops on it.
    """
    while (
        index < len(tokens)
        and is_title(tokens[index], lex)
        and tokens[index].norm[:1] != WAW
    ):
        index += 1
    return index


def _closes_apposition(tokens: list[Token], end: int, lex: Lexicon) -> bool:
    return ends_name(tokens, end, lex)


def subject_after(
    tokens: list[Token], verb: int, lex: Lexicon, text: str
) -> Speaker | None:
    """Return the explicit subject after the speech verb at ``verb``, if any.

    Fillers (days, adverbs), commas and a preposition with a pronoun (``وقال له
    الطبيب``، ``ورد عليه النائب``) may stand between the verb and its subject.
    """
    index = verb + 1
    while index < len(tokens) and (
        tokens[index].norm in lex.fillers
        or tokens[index].raw in COMMAS
        or tokens[index].norm in PRONOUN_OBJECTS
    ):
        index += 1
    if (
        index >= len(tokens)
        or not tokens[index].word
        or _object_with_ba(tokens[index], lex)
        or complement_with_ba(tokens[verb], tokens[index], lex)
    ):
        return None
    if index == verb + 1 and _van(tokens, index):
        # "وقال فان غال": فإن never follows قال, so this is the Dutch particle
        # opening the subject's name.
        end = name_end(tokens, index + 1, lex)
        if end > index + 1 and ends_name(tokens, end, lex):
            return speaker_of(tokens, index, end, "name", text)
    found = phrase_at(tokens, index, lex, text)
    if found is not None and len(found.key) == 1 and possessed(tokens[index]):
        return None  # "وأكد حرصه على"، "يصف نفسه بأنه": an object with a pronoun
    return found or _named_after(tokens, index, lex, text)


def _object_with_ba(token: Token, lex: Lexicon) -> bool:
    """Tell whether a word is ب with a statement or verbal noun (``بتصريحاته``).

    ``أدلى بتصريحاته``، ``طالب بتوفير``: the verb's object, so its subject is
    elsewhere (before the verb, or dropped).
    """
    norm = token.norm
    if norm[:1] != BA:
        return False
    stems = strip_clitics(norm[1:])
    return any(
        stem in lex.statements or stem in lex.masdars or stem in lex.verbs
        for stem in (norm[1:], *stems)
    )


def complement_with_ba(verb: Token, token: Token, lex: Lexicon) -> bool:
    """Tell whether a ب word after a verb that takes ب is its complement.

    ``وطالب بفتح قنوات الحوار``: the demand, not a person called ``بفتح قنوات``.
    ب never stands before a word opening with ي (an imperfect verb), so ``بي…``
    is a name (``وصرح بيتر …``).
    """
    return (
        verb.norm in lex.ba_verbs
        and token.norm[:1] == BA
        and token.norm[1:2] != YAA
        and len(token.norm) > MIN_NAME_LETTERS
    )


def _named_after(
    tokens: list[Token], index: int, lex: Lexicon, text: str
) -> Speaker | None:
    """Return the name a description gives with ``يدعى``: ``أحد المستخدمين يدعى فلان``.

    A subject that is no name or role phrase (``أحد المستخدمين``، ``امرأة``) may
    still name its person a few words on; nothing but words may stand between.
    """
    for position in range(index, min(len(tokens), index + _MAX_DESCRIBED_WORDS)):
        token = tokens[position]
        if not token.word:
            return None
        if token.norm in lex.naming and position > index:
            return _announced_name(tokens, position, lex, text)
    return None


def phrase_at(
    tokens: list[Token], index: int, lex: Lexicon, text: str
) -> Speaker | None:
    """Return the name or role phrase that starts at ``index``, if one does.

    A description followed by ``تدعى``، ``يدعى``، ``واسمه`` … and a name gives the
    name: ``مصممة أزياء تدعى فلانة`` is فلانة.
    """
    found = phrase_bounds(tokens, index, lex)
    if found is None:
        return None
    kind, first, last, end = found
    if end < len(tokens) and tokens[end].norm in lex.naming:
        announced = _announced_name(tokens, end, lex, text)
        if announced is not None:
            return announced
    return speaker_of(tokens, first, last, kind, text)


def _announced_name(
    tokens: list[Token], naming: int, lex: Lexicon, text: str
) -> Speaker | None:
    """Return the name after the word ``tokens[naming]`` (تدعى، يدعى، واسمه …)."""
    named = _given_name_end(tokens, naming + 1, lex)
    return (
        speaker_of(tokens, naming + 1, named, "name", text)
        if named > naming + 1
        else None
    )


def _given_name_end(tokens: list[Token], start: int, lex: Lexicon) -> int:
    """Return where the name after ``تدعى`` ends: at a mark or a listed word.

    The word before announced a name, so any unlisted words are its parts (a
    foreign name need not look like one).
    """
    index = start
    while (
        index < len(tokens)
        and index - start < MAX_NAME_WORDS
        and tokens[index].word
        and not is_known(tokens[index].norm, lex)
    ):
        index += 1
    return index


# "to him/her/them", "on him/her/them" between a verb and its subject (written for
# Mowjaz): "وقال له الطبيب"، "ورد عليها النائب"، "حملة قال عنها الوزير إنها".
PRONOUN_OBJECTS = frozenset(
    normalize(word)
    for word in (
        "له",
        "لها",
        "لهم",
        "لهما",
        "عليه",
        "عليها",
        "عليهم",
        "إليه",
        "إليها",
        "إليهم",
        "عنه",
        "عنها",
        "عنهم",
    )
)


def phrase_bounds(
    tokens: list[Token], index: int, lex: Lexicon
) -> tuple[SpeakerKind, int, int, int] | None:
    """Return (kind, first, last, end) of the speaker phrase at ``index``, or None.

    ``tokens[first:last]`` is the caption (the name when a role introduces one) and
    ``end`` is where the whole phrase, role included, stops.
    """
    token = tokens[index]
    if is_statement(token, lex):
        return _statement_bounds(tokens, index, lex)
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
    if is_title(token, lex) and (last == first or tokens[first].norm[:1] in (BA, LAM)):
        # "رئيس الجمعية الثقافية بتبوك الدكتور فلان الفلاني:": a word with ب or ل
        # after the role is a place on the way to the titled name, if one follows.
        longer = _name_after_long_role(tokens, role, lex)
        if longer[1] > longer[0] or last == first:
            first, last = longer
    if last > first:
        return _named_phrase(tokens, index, first, last, lex)
    return "role", index, role, role


def _named_phrase(
    tokens: list[Token], index: int, first: int, last: int, lex: Lexicon
) -> tuple[SpeakerKind, int, int, int]:
    """Bound a role phrase at ``index`` whose name is ``tokens[first:last]``.

    The name is the caption, except after a kinship noun with no comma between
    (``قال والد اللاعب فلان``، ``قالت زوجة فلان``): the relative speaks, so the
    whole phrase is the caption.
    """
    if kin_noun(tokens[index], lex) and all(
        token.word for token in tokens[index:first]
    ):
        return "role", index, last, last
    return "name", *_apposed_name(tokens, first, last, lex)


# Words that may follow a name in apposition: a comma, a colon, a quotation
# mark, أن / إن (the reported words), or the end of the paragraph.
_APPOSITION_ENDS = (*COMMAS, ":", '"', "«", "“")


def _apposed_name(
    tokens: list[Token], first: int, last: int, lex: Lexicon
) -> tuple[int, int, int]:
    """Return (first, last, end) of the name a role's phrase gives its holder.

    ``وكيل اللاعب فلان الفلاني، علان العلاني، إن``: the role is in construct with
    the first person (the player's agent), and the full name set off by commas
    after it is the role's holder.  Only a name of two words or more between a
    comma and a mark or أن / إن counts; anything else leaves the first name.
    """
    if last >= len(tokens) or tokens[last].raw not in COMMAS:
        return first, last, last
    start = last + 1
    end = name_end(tokens, start, lex)
    if end - start < _FULL_NAME or not is_name_word(tokens[start], lex):
        return first, last, last
    if end < len(tokens) and not (
        tokens[end].raw in _APPOSITION_ENDS or tokens[end].norm in _THAT
    ):
        return first, last, last
    return start, end, end


def _name_after_long_role(
    tokens: list[Token], index: int, lex: Lexicon
) -> tuple[int, int]:
    """Return the full name set off by a comma after the rest of a long role.

    ``نائب الرئيس للتسويق في الشركة … بالمنطقة الشرقية، فلان الفلاني:``: a
    title's phrase runs on past its genitives (a preposition, an institution, a
    place), with no verb and no clause, to a comma and a full name closed by a
    mark; that name is the speaker's, not the role cut in the middle.
    """
    comma = index
    while comma < len(tokens) and comma - index <= _MAX_LONG_ROLE_WORDS:
        token = tokens[comma]
        if token.raw in COMMAS:
            break
        ranked = _ranked_name(tokens, index, comma, lex) if comma > index else None
        if ranked is not None:
            return ranked
        if (
            not token.word
            or is_verb(token, lex)
            or token.norm in RELATIVES
            or token.norm in _THAT
        ):
            return index, index
        comma += 1
    else:
        return index, index
    if comma == index or comma >= len(tokens):
        return index, index
    first = _skip_titles(tokens, comma + 1, lex)
    end = name_end(tokens, first, lex)
    closed = end < len(tokens) and not tokens[end].word and tokens[end].raw != "("
    if end - first >= _FULL_NAME and closed and not _prepositional(tokens, first, lex):
        return first, end
    return index, index


def _ranked_name(
    tokens: list[Token], index: int, title: int, lex: Lexicon
) -> tuple[int, int] | None:
    """Return the full name after a rank or title that closes a long role.

    ``المتحدث الإعلامي لشرطة منطقة نجران المقدم فلان الفلاني إن``: the role runs
    on through a phrase with ب or ل (an institution, a region) to a definite
    title, then a full name closed by a mark or by أن; that name is the speaker.
    """
    token = tokens[title]
    if not (
        any(
            tokens[k].word
            and (tokens[k].norm[:1] in (BA, LAM) or tokens[k].norm == _IN)
            for k in range(
                max(0, index - _GENITIVE_REACH), min(index + _GENITIVE_REACH, title)
            )
        )
        and token.definite
        and is_title(token, lex)
        and not possessed(token)
        # "جامعة الملك فلان": a title in an institution's name, not a rank.
        and not is_body(tokens[title - 1], lex)
    ):
        return None
    first = _skip_titles(tokens, title, lex)
    end = name_end(tokens, first, lex)
    closed = end < len(tokens) and (
        (not tokens[end].word and tokens[end].raw != "(")
        or tokens[end].norm in _THAT
        or _to_medium(tokens, end)
    )
    if end - first >= _FULL_NAME and closed and not _prepositional(tokens, first, lex):
        return first, end
    return None


def _to_medium(tokens: list[Token], index: int) -> bool:
    """Tell whether ل stands alone before a quoted name: ``فلان لـ"الصحيفة"``."""
    return (
        tokens[index].norm == LAM
        and index + 1 < len(tokens)
        and not tokens[index + 1].word
    )


def _name_bounds(
    tokens: list[Token], index: int, lex: Lexicon
) -> tuple[SpeakerKind, int, int, int] | None:
    """Bound a name at ``index``, or after a noun announcing one (``شركة نوفارا``)."""
    end = name_end(tokens, index, lex)
    if end > index + 1 and not ends_name(tokens, end, lex):
        end = index + 1  # "أبدى هولمغرين رغبته في حضور": keep the first word only
    if end > index:
        return "name", index, end, end
    token = tokens[index]
    if token.norm in lex.cues and not token.definite:
        end = name_end(tokens, index + 1, lex)  # "شركة نوفارا"، "صحيفة ..."
        if end > index + 1 and ends_name(tokens, end, lex):
            return "name", index + 1, end, end
    return None


def opens_genitive(tokens: list[Token], index: int, lex: Lexicon) -> bool:
    """Tell whether ``tokens[index]`` can be the owner after a statement noun.

    ``بيان الوزارة``، ``حساب الجيش``، ``رسالة وزير الخارجية``: a definite noun (not a
    day or an adverb) or an institution or title in the construct state.
    """
    if index >= len(tokens) or not tokens[index].word:
        return False
    token = tokens[index]
    if token.norm in lex.fillers or definite_with_prefix(token.norm):
        return False
    return token.definite or is_title(token, lex) or is_body(token, lex)


def _statement_bounds(
    tokens: list[Token], index: int, lex: Lexicon
) -> tuple[SpeakerKind, int, int, int] | None:
    """Bound a statement subject: its owner (``حساب الجيش``) or the statement itself.

    An indefinite statement noun followed by a genitive belongs to that genitive,
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

    A statement (``التقرير``) counts: it stands for the institution that issued it.
    """
    return (
        speaker.kind == "name"
        or speaker.key[0] in lex.titles
        or speaker.key[0] in lex.bodies
        or speaker.key[0] in lex.statements
    )


def is_statement_role(speaker: Speaker, lex: Lexicon) -> bool:
    """Tell whether ``speaker`` is a statement standing for its issuer."""
    return speaker.kind == "role" and speaker.key[0] in lex.statements


def role_key(speaker: Speaker) -> str:
    """Return the comparison key of a role phrase."""
    return " ".join(speaker.key)


def plausible_caption(
    caption: str | None, lex: Lexicon, vocabulary: frozenset[str] = frozenset()
) -> bool:
    """Tell whether a caption can name a speaker: a name or a role, not a fragment.

    A speaker is the subject of its verb, a noun phrase: it never opens with a
    function word, never holds a speech or issuing verb (``نشر فلان``), none of its
    words is a clitic (و، ف، ب، ل، ك) on a listed or definite word (``للجنة``) or
    on a word the article (``vocabulary``, its folded words) also writes bare:
    ``لبزنس تايمز`` when the article has ``بزنس``, ``وتعيين`` when it has
    ``تعيين``; nor is every word of it joined by و, one with a pronoun
    (``وأنصاره ويسافر``).  A one-word speaker is not a noun with an attached pronoun
    (``زوجها``، ``أبناءهم``، ``نفسه``: a reference the rules could not resolve).
    """
    if not caption:
        return False
    words = [token for token in quote_tokens(caption) if token.word]
    if not words:
        return False
    first = words[0]
    if (
        (first.norm in lex.function_words or first.norm in lex.fillers)
        and not is_name_word(first, lex)
    ) or _joined_by_and(words):
        return False  # "على" is not a name, "علي" is
    if any(
        (
            is_verb(token, lex)
            or token.norm in lex.issue_verbs
            or token.norm in lex.formulas
        )
        # after أبو or بن any word is a name: "أبو مالك"
        and not (position and words[position - 1].norm in _LINEAGE_GLUE)
        for position, token in enumerate(words)
    ) or _feminine_past_with_and(first):
        return False  # "نشر فلان"، "صلى الله": a verb or a religious formula
    # An institution's name holds its genitives (الاتحاد المصري لكرة القدم).
    checked = words[:1] if _headed(first, lex) else words
    # "والد"، "والدة": a kinship noun is a word of its own, not و on "الد".
    if any(
        _with_clitic(token, lex, vocabulary)
        for token in checked
        if token.norm not in lex.kinship
    ) or any(
        _preposition_on_possessed(token) or _accusative_of(token, vocabulary)
        for token in words
    ):
        return False  # "لكرة"، "برلمان المدينة لإجباره": a phrase, never a name
    return not (len(words) == 1 and possessed(first) and not first.norm.endswith(_GOD))


def _joined_by_and(words: list[Token]) -> bool:
    """Tell whether every word opens with و, one with a pronoun: ``وأنصاره ويسافر``.

    And his supporters, and he travels: the rest of a phrase after a name, never a
    name itself (``وليد وهبة`` has no pronoun).
    """
    return (
        len(words) > 1
        and all(word.norm[:1] == WAW for word in words)
        and any(possessed(word) for word in words)
    )


def _feminine_past_with_and(token: Token) -> bool:
    """Tell whether a word is و/ف and a verb in the feminine past (واستغربت).

    A sentence opens with such a verb, whose subject follows it; no name opens
    with و and ends in ت (the sound plural ات aside).
    """
    norm = token.norm
    return (
        norm[:1] in (WAW, FA)
        and len(norm) >= _VERB_WITH_AND_LETTERS
        and norm.endswith(TAA)
        and not norm.endswith(ALEF + TAA)
    )


_VERB_WITH_AND_LETTERS = 5
_CLITICS = frozenset({WAW, FA, BA, LAM, KAF})
_GOD = normalize("الله")  # عبدالله written as one word ends in ه, as a pronoun would


def _with_clitic(token: Token, lex: Lexicon, vocabulary: frozenset[str]) -> bool:
    """Tell whether a word is a clitic on a word of its own (``لكرة``، ``وتعيين``)."""
    norm = token.norm
    rest = norm[1:]
    if norm[:1] not in _CLITICS or len(rest) < MIN_NAME_LETTERS:
        return False
    if norm.startswith(LAM + LAM) or (
        rest.startswith(ARTICLE) and not article_on_particle(norm, lex)
    ):
        return True
    if norm[0] in (BA, LAM) and possessed(token) and not norm.endswith(_GOD):
        return True  # "بخطوطه"، "لبلادهم": a preposition on a noun with a pronoun
    if norm[0] == KAF and rest in lex.verbs:
        return False  # "كيري": ك (like) takes a noun, never a verb (يرى)
    bare = without_conjunction(rest)
    if norm[0] in (BA, LAM) and bare in lex.function_words and not _content(bare, lex):
        return False  # "بولو": a preposition takes a noun, never a particle (ولو)
    return (
        is_known(rest, lex)
        or rest in lex.cues
        or rest in vocabulary
        or ARTICLE + rest in vocabulary  # "لمنتخب" when the article has "المنتخب"
    )


def _accusative_of(token: Token, vocabulary: frozenset[str]) -> bool:
    """Tell whether a word in ـا is the accusative of a noun the article has.

    ``حفارا`` when the article writes ``الحفار``: an indefinite object (the alef
    of the accusative), never a name; a name in ـا (أوباما) has no such noun.
    """
    norm = token.norm
    bare = norm[:-1]
    return (
        norm.endswith(ALEF)
        and len(bare) >= MIN_NAME_LETTERS
        and not bare.endswith(YAA)
        and ARTICLE + bare in vocabulary
    )


def _preposition_on_possessed(token: Token) -> bool:
    """Tell whether a word is ب or ل on a noun with a pronoun (``لإجباره``)."""
    norm = token.norm
    return (
        norm[:1] in (BA, LAM)
        and len(norm) > MIN_NAME_LETTERS + 1
        and possessed(token)
        and not norm.endswith(_GOD)
    )


def _content(norm: str, lex: Lexicon) -> bool:
    """Tell whether a listed word is a noun or verb (not only a function word)."""
    return any(
        norm in words
        for words in (lex.verbs, lex.titles, lex.bodies, lex.statements, lex.fillers)
    )


def _described_one(token: Token) -> bool:
    """Tell whether a caption opens with a singular noun with the article.

    ``المسؤول الحكومي``: a person's name never takes the article on its first
    word, so a phrase opening with a definite singular noun describes someone
    (a role the rules could not tie to a name); a sound plural (``السلطات``)
    names a body of people.
    """
    return token.definite and not token.norm.endswith(_SOUND_PLURALS)


def _headed(token: Token, lex: Lexicon) -> bool:
    """Tell whether a word heads a role or institution (a title, body, statement)."""
    return any(
        form in lex.titles or form in lex.bodies or form in lex.statements
        for form in (token.norm, token.norm.removeprefix(ARTICLE))
    )


_SOUND_PLURALS = (WAW + NOON, YAA + NOON, ALEF + TAA)
CAPTION_KINDS = ("name", "short", "body", "role", "titled", "anaphor")


def caption_kind(
    caption: str,
    lex: Lexicon,
    *,
    people: bool = True,
    institutions: frozenset[str] = frozenset(),
) -> str:
    """Tell what a caption is (one of :data:`CAPTION_KINDS`).

    A name of two words or more is a full ``name``; a one-word name (``مينديز``) is
    a ``short`` form the article did not expand.  A phrase headed by an
    institution (``الاتحاد العربي للسباحة``، ``وزارة الخارجية الفرنسية``) is a
    ``body``.  A phrase headed by a title (``المتحدث باسم وزارة النقل``، ``مصدر
    أمني``) is a ``role`` when the article introduces no person by name
    (``people`` false): the role is all it says of the speaker; when it does, the
    title may stand for one of them and is ``titled``.  One word alone
    (``الشركة``، ``الوزير``، ``الشبكة``) is an ``anaphor``: it refers back to someone
    the rules could not find.  A name the article gave an institution
    (``institutions``: ``شبكة "فيسبوك"``) is a ``body`` however short.
    """
    if caption in institutions:
        return "body"
    words = [token for token in quote_tokens(caption) if token.word]
    if len(words) == 1:
        return "anaphor" if words[0].definite or _headed(words[0], lex) else "short"
    if not _headed(words[0], lex) and not _described_one(words[0]):
        return "name"
    head = words[0].norm.removeprefix(ARTICLE)
    if head in lex.bodies or words[0].norm in lex.bodies:
        return "body"
    if kin_noun(words[0], lex) and any(is_name_word(word, lex) for word in words[1:]):
        return "role"  # "زوجة فلان": one person, whoever else the article names
    return "role" if not people else "titled"
