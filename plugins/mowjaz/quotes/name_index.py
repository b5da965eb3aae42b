"""The names and roles one article introduces, to caption speakers in full.

A quotation's speaker is often a short form (``ترامب``، ``وقال الوزير``، a statement
such as ``الاتحاد``); the caption should be the fullest form the article gives
(``دونالد ترامب``، the minister's name, ``الاتحاد المصري لكرة القدم``).
:func:`build_index` reads an article once and collects every name-like run, the
names introduced as people (after a title, as a speech verb's subject) and the
role-name pairs; :meth:`NameIndex.resolve` then captions any speaker.

A name introduced as a person is preferred, then any name-like run; a short form
with one typo (a letter added, dropped or two swapped) still matches; a role
repeated with more or fewer modifiers (``رئيس هيئة الرياضة`` / ``رئيس الهيئة
العامة للرياضة``) is the same role.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from ..text.normalize import normalize
from .letters import (
    ALEF,
    ARTICLE,
    BA,
    COMMAS,
    FA,
    HAA,
    KAF,
    LAM,
    NOON,
    SENTENCE_ENDS,
    TAA,
    WAW,
    YAA,
    without_conjunction,
)
from .lexicon import POSSESSIVES, Lexicon, Speaker, Token
from .names import (
    BY_NAME,
    MAX_NAME_WORDS,
    NAME_GLUE,
    SON_OF,
    ends_name,
    kin_noun,
    name_after_role,
    name_end,
    possessed,
    role_end,
    role_key,
    speaker_of,
)
from .paragraph import Paragraph
from .word_kinds import (
    BODY,
    NAME_WORD,
    NISBA,
    TITLE,
    VERB,
    definite_with_prefix,
    is_body,
    is_known,
    is_nisba,
    is_title,
    opens_name,
    verb_at,
)

_GOD = normalize("الله")  # the second word of نصر الله، عبد الله
# Turkish and Persian surnames end in a word of their own (تشاووش أوغلو، فلان
# زاده): after the part the article uses alone, it still belongs to the name.
_SURNAME_ENDINGS = frozenset(normalize(word) for word in ("أوغلو", "زاده"))
_FULL_NAME = 2  # words of a given name and a family name
_NAME_CLOSERS = COMMAS | SENTENCE_ENDS
_MIN_TYPO_LETTERS = 4
# A run after an institution noun longer than this holds the institution's name
# and a person's: فريق ليفربول محمد صلاح.
_BODY_AND_NAME = 2
_FULL_NAME_WORDS = 3  # a name-like run this long is a person's full name
# The sound plurals of a title: المسؤولون، اللاعبين، الموظفات.
_PLURAL_ENDINGS = (WAW + NOON, YAA + NOON, ALEF + TAA)
# Two neighbouring letters swapped: exactly two positions differ.
_SWAPPED_LETTERS = 2


@dataclass(frozen=True, slots=True)
class NameIndex:
    """The names and roles an article introduces, to caption with the fullest form.

    ``names`` holds every name-like run that starts after a clear boundary (a mark,
    a title, an adjective, a verb); ``people`` only the names introduced as such
    (after a title or as the subject of a speech verb), whose last words are the
    ``mentions`` that carry a speaker (``ترامب`` for ``دونالد ترامب``).  Captions
    are remembered per speaker: an article names its speakers again and again.
    """

    names: tuple[Speaker, ...]
    people: tuple[Speaker, ...]
    roles: tuple[tuple[str, Speaker], ...]
    aliases: tuple[tuple[str, str], ...]
    bodies: tuple[Speaker, ...] = ()
    subjects: tuple[Speaker, ...] = ()
    # The name-like runs that end at a mark (a comma, a full stop): whole names.
    closed: frozenset[tuple[str, ...]] = frozenset()
    # The institutions' names the article gives in quotation marks (شبكة "…"), and
    # the nouns that head an institution's name (the lexicon's, for anaphors).
    quoted: frozenset[str] = frozenset()
    body_nouns: frozenset[str] = frozenset()
    # The one-word names the article uses alone for a speaker (وقال نتنياهو).
    alone: frozenset[str] = frozenset()
    # Names given after an institution noun (شركة كومكاست): institutions.
    named_bodies: frozenset[str] = frozenset()
    # The words the article writes after two different words or more (قرار),
    # unlike the later parts of a name, which always follow the same word.
    scattered: frozenset[str] = frozenset()
    # The definite words the article writes as common nouns elsewhere (هذا القرار،
    # بالقرار): after a full name they are a verb's object.
    common: frozenset[str] = frozenset()
    # Unnamed speakers introduced indefinite as a speech verb's subject (وقال
    # مصدر أمني): a later definite ``المصدر`` refers back to them.
    unnamed: tuple[Speaker, ...] = ()
    # Names given as someone's relative's (والد اللاعب فلان، ابن الرئيس فلان): the
    # family name said alone may be either relative, so it resolves to neither.
    relatives: frozenset[tuple[str, ...]] = frozenset()
    captions: dict[Speaker, str] = field(
        default_factory=dict, compare=False, repr=False
    )
    # The pools fullest() searches, people first, each longest name first (in
    # article order among names of one length): the first match is the fullest.
    pools: tuple[tuple[Speaker, ...], ...] = field(
        init=False, compare=False, repr=False
    )
    # Every word of every name the article gives (another person named).
    words: frozenset[str] = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        pools = tuple(
            tuple(sorted(pool, key=lambda name: -len(name.key)))
            for pool in (self.people, self.names)
        )
        object.__setattr__(self, "pools", pools)
        object.__setattr__(
            self, "words", frozenset(word for name in self.names for word in name.key)
        )

    def names_a_person(self) -> bool:
        """Tell whether the article names someone in full: a title's or a speaker's.

        Only a name of two words or more, after a title (``الوزير فلان الفلاني``),
        after a kinship noun (``والد اللاعب فلان الفلاني``) or as a speech verb's
        subject, counts.
        """
        return (
            any(len(name.key) > 1 for _, name in self.roles)
            or any(len(name.key) > 1 for name in self.subjects)
            or any(len(key) > 1 for key in self.relatives)
        )

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
        size = len(speaker.key)
        introduced = size >= _FULL_NAME and any(
            person.key == speaker.key for person in self.people
        )
        for people, pool in zip((True, False), self.pools, strict=True):
            for match in matchers:
                for name in pool:
                    if len(name.key) <= size:
                        break  # the rest are no longer than the speaker's words
                    if not (
                        people
                        or name.key in self.closed
                        or _ends_with(name.key, speaker.key, match)
                    ):
                        continue  # "جابر يعرض"، "زاجل سهلة": a name and a word
                    if (
                        not people
                        and introduced
                        and len(name.key) - size >= _FULL_NAME
                        and name.key[-size:] == speaker.key
                    ):
                        # "لحركة نداء تونس فلان الفلاني" beside "وقال فلان
                        # الفلاني": a full name introduced as a person does not
                        # grow by two words or more from a run the article
                        # never introduces as one (an institution's name).
                        continue
                    if people and self._inside_only(name, speaker):
                        continue  # "زارت فاضلي كندا" beside "ريما فاضلي"
                    if match(name.key, speaker.key):
                        return speaker if self._shared(name, speaker) else name
        return speaker

    def _inside_only(self, name: Speaker, speaker: Speaker) -> bool:
        """Tell whether ``speaker``'s words sit inside ``name`` where another ends.

        A short form is a family name (``فاضلي`` for ``ريما فاضلي``) or a given
        name: a run that holds it only between other words (``زارت فاضلي كندا``:
        a verb, the name, the verb's object) is not that person's fullest form
        when another person's name the article gives ends with it.
        """
        size = len(speaker.key)
        if name.key[:size] == speaker.key or name.key[-size:] == speaker.key:
            return False
        return any(
            len(other.key) > size and other.key[-size:] == speaker.key
            for other in self.people
        )

    def _shared(self, chosen: Speaker, speaker: Speaker) -> bool:
        """Tell whether another person's name also holds ``speaker``'s words.

        ``علي`` in an article introducing both علي الأحمدي and علي عبدالله صالح
        (after a title, or as a speech verb's subject) is either: two people who
        share a name token in the same place are never merged.  A name of three
        words the article gives anywhere (محمد حسني مبارك) counts as a person.
        """
        others = (
            *self.people,
            *(name for name in self.names if len(name.key) >= _FULL_NAME_WORDS),
        )
        return any(
            len(other.key) > len(speaker.key)
            and _same_place(chosen.key, other.key, speaker.key)
            and not _contains(chosen.key, other.key)
            and not _contains(other.key, chosen.key)
            # "عبد الفتاح" and "عبدالفتاح": one name written with or without
            # the space after the glue word
            and "".join(other.key) != "".join(chosen.key)
            for other in others
        )

    def resolve(self, speaker: Speaker) -> str:
        """Return the caption for ``speaker``: a full name, else the role as written."""
        caption = self.captions.get(speaker)
        if caption is None:
            caption = self.captions[speaker] = self._caption(speaker)
        return caption

    def _caption(self, speaker: Speaker) -> str:
        if speaker.kind == "name":
            closed = close_family(
                speaker, self.alone, self.people, self.scattered, self.common
            )
            fullest = self.fullest(closed)
            return closed.text if self._family_shared(closed, fullest) else fullest.text
        key = role_key(speaker)
        if len(speaker.key) == 1:
            person = self.fullest(
                Speaker(speaker.text, speaker.key, "name"), tolerant=False
            )
            if len(person.key) > 1 and not self._family_shared(speaker, person):
                return person.text  # "وقال النجار" for "كمال النجار"
        found = (
            self._alias(speaker)
            or self._role_person(speaker, key)
            or self._unnamed_before(speaker, key)
        )
        return found or self._fullest_body(speaker, _role_words(key))

    def _family_shared(self, speaker: Speaker, person: Speaker) -> bool:
        """Tell whether a family name alone stands for a relative's relative.

        ``سلّم ابن الوزير فلان الفلاني نفسه …`` then ``وقال الفلاني``: the son
        and the father share the family name, so it is neither's caption.
        """
        return (
            len(speaker.key) == 1
            and person.key in self.relatives
            and person.key[-1] == speaker.key[0]
        )

    def _unnamed_before(self, speaker: Speaker, key: str) -> str | None:
        """Return the unnamed speaker a definite role refers back to, if one.

        News introduces an unnamed source indefinite (``وقال مصدر أمني``،
        ``وقالت شاهدة عيان``) and names it definite afterwards (``وأضاف
        المصدر``، ``وأوضحت الشاهدة``): the definite head, with any adjectives
        the introduction also has, is that source.  Two different sources with
        the same head (``مصدر أمني``، ``مصدر طبي``) leave it as written.
        """
        if not speaker.key[0].startswith(ARTICLE):
            return None
        words = _role_words(key)
        found = {
            unnamed.key
            for unnamed in self.unnamed
            if _role_words(role_key(unnamed))[0] == words[0]
            and set(words[1:]) <= set(_role_words(role_key(unnamed))[1:])
        }
        if len(found) != 1:
            return None
        only = next(iter(found))
        return next(unnamed.text for unnamed in self.unnamed if unnamed.key == only)

    def _role_person(self, speaker: Speaker, key: str) -> str | None:
        """Return the person the article introduced with this role, if one."""
        for role, name in self.roles:
            if (
                role == key
                or role.startswith(key + " ")
                or (key.startswith(role + " ") and _narrows_to(key, role, name))
            ):
                return self.fullest(name).text
        words = _role_words(key)
        titled = self._titled_once(speaker, words)
        if titled is not None:
            return titled
        for role, name in self.roles:
            other = _role_words(role)
            if (
                other[0] == words[0]
                and min(len(other), len(words)) > 1
                and (set(other) <= set(words) or set(words) <= set(other))
                and _same_principal(words, other)
            ):
                return self.fullest(name).text  # "رئيس الهيئة العامة للرياضة"
        return None

    def _alias(self, speaker: Speaker) -> str | None:
        """Return the name of the institution a definite noun refers back to.

        ``المنظمة`` or ``المنظمة الخيرية`` (a definite noun and its adjectives) is
        the institution the article named: منظمة "…".
        """
        if len(speaker.key) > 1 and not all(
            word.startswith(ARTICLE) for word in speaker.key
        ):
            return None
        head = speaker.key[0].removeprefix(ARTICLE)
        for alias_head, alias in self.aliases:
            if alias_head == head and (len(speaker.key) == 1 or _names_itself(alias)):
                return alias
        if (
            len(speaker.key) == 1
            and len(self.quoted) == 1
            and head in self.body_nouns
            and self._no_body(head)
        ):
            # "الشركة" in an article whose one quoted institution is شبكة "…".
            return next(iter(self.quoted))
        return None

    def _no_body(self, head: str) -> bool:
        """Tell whether the article names no institution with this head noun."""
        return all(
            role_key(body).split()[0].removeprefix(ARTICLE) != head
            for body in self.bodies
        ) and all(alias_head != head for alias_head, _ in self.aliases)

    def _titled_once(self, speaker: Speaker, words: list[str]) -> str | None:
        """Return the one person the article gave a definite title.

        ``الوزيرة`` after ``وزيرة خارجية البلاد، لينا سو-يون`` is her; a
        title the article gave two people stands for neither.  A title with
        modifiers must share one of them with the person's role.
        """
        if not speaker.key[0].startswith(ARTICLE):
            return None
        people = {
            name.key: name
            for role, name in self.roles
            if _role_words(role)[0] == words[0]
            # "الوزيرة الكورية الجنوبية" for "وزيرة خارجية كوريا الجنوبية": one
            # modifier in common at least, beside the head.
            and (
                len(words) == 1
                or (set(words[1:]) - {BY_NAME}) & set(_role_words(role)[1:])
            )
            and _same_principal(words, _role_words(role))
        }
        if len(people) != 1:
            return None
        return self.fullest(next(iter(people.values()))).text

    def _fullest_body(self, speaker: Speaker, words: list[str]) -> str:
        """Return the fullest institution name with the same head and these words.

        ``اتحاد الكرة`` is ``اتحاد الكرة المصري`` when the article gives that
        (the longest such name first); otherwise the role as written.
        """
        for body in self.bodies:
            if len(body.key) <= len(speaker.key):
                break
            other = _role_words(role_key(body))
            if other[0] == words[0] and set(words) <= set(other):
                if _closed_by_nisba(speaker.key, body.key):
                    continue
                return body.text
        return speaker.text


def _closed_by_nisba(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """Tell whether a name ending in its nationality only grows inside.

    ``قوات الدفاع الساحلي`` is complete: its relative adjective closes it, and
    ``قوات الدفاع الوطني الساحلي`` elsewhere is another way of writing it, not
    more of it (``اتحاد الكرة`` still grows to ``اتحاد الكرة المصري``).
    """
    return (
        len(short) > _FULL_NAME
        and _nisba_word(short[-1])
        and long[-1] == short[-1]
        and long[: len(short)] != short
    )


def close_family(
    speaker: Speaker,
    alone: frozenset[str],
    people: tuple[Speaker, ...] | list[Speaker] = (),
    scattered: frozenset[str] = frozenset(),
    common: frozenset[str] = frozenset(),
) -> Speaker:
    """Cut a name before a definite noun that is not part of it.

    ``ووصف بنيامين نتنياهو الهجوم بأنه`` when the article also writes ``وقال
    نتنياهو``: a family name ends a person's name, so the definite noun after it
    (not a nisba) is the verb's object, not more of the name.  Likewise ``ووعد
    الأمير فيصل الشباب``: ``فيصل`` opens a person's name the article gives in
    full (``فيصل بن خالد``), which goes on otherwise.
    """
    words = speaker.text.split()
    if speaker.kind != "name" or len(words) != len(speaker.key):
        return speaker
    known = {person.key for person in people}
    for size in range(len(speaker.key) - 1, _FULL_NAME - 1, -1):
        if speaker.key[:size] in known and speaker.key[size] not in NAME_GLUE:
            # "مع نظيره أوهورو كينياتا قضايا مرتبطة" beside "أوهورو كينياتا": a
            # person's full name, then the verb's object (not "… بن فلان").
            return Speaker(" ".join(words[:size]), speaker.key[:size], "name")
    if _surname_then_noun(speaker.key, people):
        # "وأبلغ فلان الحضور بأن" beside "فلان الفلاني": a family name the
        # article gave in full, then a definite noun in no one's name: the object.
        return Speaker(words[0], speaker.key[:1], "name")
    for index, word in enumerate(speaker.key[:-1]):
        following = speaker.key[index + 1]
        size = index + 1
        if (
            size >= _FULL_NAME
            and word in alone
            and word not in NAME_GLUE
            and _object_after_family(speaker, following, alone, people, scattered)
        ):
            # "وصف فلان حداد قرار المجلس" beside "وقال حداد": the family
            # name the article uses alone ends the name; the noun after it is
            # the verb's object.
            return Speaker(" ".join(words[:size]), speaker.key[:size], "name")
        if not (
            following.startswith(ARTICLE)
            and not _nisba_word(following)
            and following != _GOD  # "نصر الله": a compound name
            and word not in NAME_GLUE  # "عبد المجيد"، "أبو الغيط"
        ):
            continue
        if (
            word in alone
            or _goes_on_otherwise(speaker.key, size, people)
            or (
                size >= _FULL_NAME
                and _common_noun(speaker, following, alone, people, common)
            )
        ):
            # "وانتقد فلان الفلاني القرار" beside "هذا القرار": a word the
            # article writes as a common noun is the verb's object.
            return Speaker(" ".join(words[:size]), speaker.key[:size], "name")
    return speaker


def _with_preposition(name: Speaker, definite: frozenset[str]) -> bool:
    """Tell whether a "name" opens with a noun behind the preposition ب or ل.

    ``بمنطقة السهول``، ``لكرة القدم``، ``بزيارة``: the article writes the noun with
    the article elsewhere (``المنطقة``، ``الكرة``، ``الزيارة``), so the run is a
    prepositional phrase, never a person's name (``بشار``، ``لوران``).
    """
    first = name.key[0]
    return (
        first[:1] in (BA, LAM)
        and len(first) > _SHORTEST_BEHIND_PREPOSITION
        and ARTICLE + first[1:] in definite
    )


_SHORTEST_BEHIND_PREPOSITION = 3  # a preposition and a noun of three letters


def _surname_then_noun(
    key: tuple[str, ...], people: tuple[Speaker, ...] | list[Speaker]
) -> bool:
    """Tell whether two words are a known family name and a definite common noun."""
    if len(key) != _FULL_NAME:
        return False
    family, following = key
    return (
        following.startswith(ARTICLE)
        and not _nisba_word(following)
        and following != _GOD
        and family not in NAME_GLUE
        and any(
            len(person.key) >= _FULL_NAME
            and person.key[-1] == family
            and person.key[-2] not in NAME_GLUE  # "بن وضاح": a father's given name
            and family not in person.key[:-1]
            for person in people
        )
        # "وضاح الرميثي" beside "غازي بن وضاح": a word that opens a name is a given name
        and not any(
            len(person.key) >= _FULL_NAME
            and person.key[0] == family
            and person.key != key
            for person in people
        )
        and not any(following in person.key and person.key != key for person in people)
    )


def _common_noun(
    speaker: Speaker,
    following: str,
    alone: frozenset[str],
    people: tuple[Speaker, ...] | list[Speaker],
    common: frozenset[str],
) -> bool:
    """Tell whether a definite word after a full name is a common noun.

    It is when the article writes it after a demonstrative or with a
    preposition glued to the article (``هذا القرار``، ``بالقرار``), never alone
    for someone and in no person's name.
    """
    return (
        following in common
        and following not in alone
        and not any(
            following in person.key and person.key != speaker.key for person in people
        )
    )


def _object_after_family(
    speaker: Speaker,
    following: str,
    alone: frozenset[str],
    people: tuple[Speaker, ...] | list[Speaker],
    scattered: frozenset[str],
) -> bool:
    """Tell whether the word after a family name used alone is a verb's object.

    It is when the article writes it elsewhere after other words (``قرار``), or
    when it is in no other name the article gives (``فلان طلب منه``: a verb or
    a verbal noun, not more of the name).  A Turkish or Persian surname's
    ending (``أوغلو``) and a word of a compound name (``بن``) belong to it.
    """
    return (
        following not in alone
        and following not in _SURNAME_ENDINGS
        and following not in NAME_GLUE
        and not following.startswith(ARTICLE)
        and (
            following in scattered
            or not any(
                following in person.key and person.key != speaker.key
                for person in people
            )
        )
    )


def _goes_on_otherwise(
    key: tuple[str, ...], size: int, people: tuple[Speaker, ...] | list[Speaker]
) -> bool:
    """Tell whether a person's longer name opens with ``key[:size]``, then differs.

    A given name alone stands for a person only when that person's name goes on
    with a lineage (``الأمير سامي`` for ``سامي بن ماجد``): a man called by his
    given name and his father's.  ``علي الشماع`` beside ``علي منصور الغامدي`` is
    another man who shares the given name, never the same one.
    """
    return any(
        len(person.key) > size
        and person.key[:size] == key[:size]
        and person.key[size] != key[size]
        and (size >= _FULL_NAME or person.key[size] in _FOREBEAR_GLUE)
        for person in people
    )


def _narrows_to(key: str, role: str, name: Speaker) -> bool:
    """Tell whether a longer role may stand for the person given the shorter one.

    ``العميد العتيبي`` is ``العميد عبدالله العتيبي``, and ``المدرب السابق`` the
    coach the article named; but a relative adjective the person's role lacks
    (``الرئيس الجزائري`` beside ``الرئيس فلان``) names another country's holder,
    and a name after the title (``المصور فلانة الفلاني``) another person.
    """
    extra = key.removeprefix(role + " ").split()
    if any(
        word.startswith(ARTICLE) and _nisba_word(word) and word not in name.key
        for word in extra
    ):
        return False
    # "المصور سلمى الفهد" beside "المصور فلان": a given name and a family name
    # after the title name someone else.
    return not any(
        not word.startswith(ARTICLE)
        and following.startswith(ARTICLE)
        and following not in name.key
        for word, following in pairwise(extra)
    )


def _nisba_word(norm: str) -> bool:
    """Tell whether a normalised definite word is a nisba (الروسي، المصرية)."""
    return norm.endswith((YAA, YAA + HAA))


def _names_itself(alias: str) -> bool:
    """Tell whether an alias is a proper name, not another description of a body.

    ``المنظمة الإنسانية`` describes an institution and refers back to it, as a
    speaker ``المنظمة الخيرية`` does: only a name (``أطباء بلا حدود``) captions it.
    """
    words = normalize(alias).split()
    return len(words) > 1 and not words[0].startswith(ARTICLE)


def _same_place(
    first: tuple[str, ...], second: tuple[str, ...], words: tuple[str, ...]
) -> bool:
    """Tell whether two names both open with ``words``, or both end with them.

    A given name opens a name and a family name ends it: علي الأحمدي and علي
    عبدالله صالح share a given name, علاء مبارك and محمد حسني مبارك a family one.
    """
    size = len(words)
    return (first[:size] == words == second[:size]) or (
        first[-size:] == words == second[-size:]
    )


def _role_words(key: str) -> list[str]:
    """Return a role's words without the article (ال، لل), to compare two roles.

    News repeats a role with more or fewer modifiers (``رئيس هيئة الرياضة`` and
    ``رئيس الهيئة العامة للرياضة``): the same head with one set of words inside
    the other is the same role.
    """
    words = []
    for word in key.split():
        bare = word
        if bare.startswith(LAM + LAM):
            bare = bare[2:]
        elif bare.startswith(ARTICLE):
            bare = bare[len(ARTICLE) :]
        words.append(bare)
    if words:
        words[0] = _without_possessive(words[0])
    return words


def _same_principal(words: Sequence[str], other: Sequence[str]) -> bool:
    """Tell whether two roles can speak for one body.

    A spokesman "on behalf of" (باسم) one body is not the spokesman of another:
    ``المتحدث باسم هيئة …`` and ``المتحدث باسم مديرية …`` are two people.
    """
    if BY_NAME not in words or BY_NAME not in other:
        return True
    first = words[list(words).index(BY_NAME) + 1 :][:1]
    second = other[list(other).index(BY_NAME) + 1 :][:1]
    return not first or not second or first == second


def _without_possessive(word: str) -> str:
    """Return a role's head without a possessive pronoun (``طبيبها`` -> ``طبيب``)."""
    for suffix in POSSESSIVES:
        if word.endswith(suffix) and len(word) - len(suffix) >= _MIN_TYPO_LETTERS - 1:
            return word[: -len(suffix)]
    return word


def _ends_with(
    longer: tuple[str, ...],
    shorter: tuple[str, ...],
    match: Callable[[tuple[str, ...], tuple[str, ...]], bool],
) -> bool:
    """Tell whether ``longer`` ends with ``shorter`` (under ``match``).

    A name-like run that was not introduced as a person's name is trusted only
    to give a family name its given names (``ترامب`` in ``دونالد ترامب``): a
    run that only starts with the speaker's words may run on into a verb or an
    adjective the rules cannot tell from a name.
    """
    return match(longer[-len(shorter) :], shorter)


def _contains(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    if shorter and shorter[0] not in longer:
        return False
    size = len(shorter)
    return any(
        longer[index : index + size] == shorter and not _fathers(longer, index)
        for index in range(len(longer) - size + 1)
    )


def _contains_misspelt(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    """Tell whether ``shorter`` is in ``longer`` with at most one typo per word."""
    size = len(shorter)
    for index in range(len(longer) - size + 1):
        window = longer[index : index + size]
        if all(map(_one_typo, window, shorter)) and not _fathers(longer, index):
            return True
    return False


# بن / ابن / بنت and آل (the house): the name after them is a forebear's.
_FOREBEAR_GLUE = SON_OF | {normalize("آل")}


def _fathers(longer: tuple[str, ...], index: int) -> bool:
    """Tell whether the words at ``index`` follow بن or آل: a forebear, not him.

    ``عبد العزيز`` in ``خالد بن عبد العزيز`` is the father, and ``منصور`` in
    ``فيصل بن خالد آل منصور`` names the house; the man is never the fullest
    form of his father's or his house's name.
    """
    return index > 0 and longer[index - 1] in _FOREBEAR_GLUE


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
    if abs(len(first) - len(second)) > 1:
        return False
    if len(first) == len(second):
        differ = [k for k in range(len(first)) if first[k] != second[k]]
        if len(differ) == 1:
            return len(first) > _MIN_TYPO_LETTERS
        return (
            len(differ) == _SWAPPED_LETTERS
            and differ[1] == differ[0] + 1
            and first[differ[0]] == second[differ[1]]
            and first[differ[1]] == second[differ[0]]
        )
    shorter, longer = sorted((first, second), key=len)
    cut = next(
        (k for k in range(len(shorter)) if shorter[k] != longer[k]), len(shorter)
    )
    return shorter[cut:] == longer[cut + 1 :]


def build_index(
    paragraphs: Sequence[Paragraph],
    lex: Lexicon,
    aliases: tuple[tuple[str, str], ...] = (),
) -> NameIndex:
    """Collect the names and role-name pairs introduced anywhere in an article.

    ``aliases`` (an institution's head noun and its name, such as a quoted
    organisation name) come first; the first full mention of each institution
    (``الاتحاد المصري لكرة القدم``) is added after them, so that a later ``الاتحاد``
    is captioned with it.  Each paragraph's word kinds
    (:func:`~mowjaz.quotes.word_kinds.token_kinds`) tell which words to look at.
    """
    found = _Found([], [], [], list(aliases))
    for paragraph in paragraphs:
        text, tokens, kinds = paragraph.text, paragraph.tokens, paragraph.kinds
        for index, kind in enumerate(kinds):
            if not kind or paragraph.quoted[index]:
                continue  # a mark, a word of no such kind, or a quotation's word
            if kind & VERB and verb_at(tokens, index, lex):
                _note_subject(paragraph.subject_after(index, lex), found)
            elif kind & (TITLE | BODY | NISBA):
                if kind & TITLE:
                    _named_before_title(tokens, index, lex, text, found)
                    _quoted_after_title(paragraph, index, lex, found)
                _introduced(tokens, index, lex, text, found)
            elif kind & NAME_WORD and _clear_before(
                tokens, kinds, index, lex, _alone(found)
            ):
                _named(tokens, index, lex, text, found)
    found.names[:] = [
        name for name in found.names if name.key[0] not in lex.issue_verbs
    ]
    definite = frozenset(
        token.norm
        for paragraph in paragraphs
        for token in paragraph.tokens
        if token.definite
    )
    for names in (found.names, found.people, found.subjects):
        names[:] = [name for name in names if not _with_preposition(name, definite)]
    named_bodies = frozenset(
        name for paragraph in paragraphs for name in _institution_names(paragraph, lex)
    )
    for paragraph in paragraphs:
        for head, owned in _owned_by_person(paragraph, lex):
            if all(alias != head for alias, _ in found.aliases):
                found.aliases.append((head, owned))
    alone = _alone(found)
    people = list(found.people)
    scattered = _scattered(paragraphs)
    common = _common_nouns(paragraphs)
    for names in (
        found.names,
        found.people,
        found.subjects,
        found.relatives,
        found.unrelated,
    ):
        names[:] = [
            close_family(name, alone, people, scattered, common) for name in names
        ]
    found.roles[:] = [
        (role, close_family(name, alone, people, scattered, common))
        for role, name in found.roles
    ]

    return NameIndex(
        _distinct(found.names + found.people),
        _distinct(found.people),
        tuple(dict(reversed(found.roles)).items())[::-1],
        tuple(found.aliases),
        tuple(sorted(_distinct(found.bodies), key=lambda body: -len(body.key))),
        _distinct(found.subjects),
        frozenset(found.closed),
        frozenset(name for _, name in aliases),
        lex.bodies | lex.cues,
        named_bodies=named_bodies,
        alone=alone,
        scattered=scattered,
        common=common,
        unnamed=_distinct(found.unnamed),
        relatives=_only_relatives(found),
    )


def _only_relatives(found: _Found) -> frozenset[tuple[str, ...]]:
    """Return the names the article gives only as someone's relative's.

    ``ابن الوزير فلان`` alone makes فلان the father of the story's man; an article
    that also introduces him itself (``الوزير فلان``، ``وقال فلان``) is about him
    too, and his family name said alone is his.
    """
    own = {name.key for name in (*found.unrelated, *found.subjects)}
    return frozenset(name.key for name in found.relatives if name.key not in own)


def _scattered(paragraphs: Sequence[Paragraph]) -> frozenset[str]:
    """Return the words the article writes after two different words or more."""
    before: dict[str, str] = {}
    scattered = set()
    for paragraph in paragraphs:
        previous = ""
        for token in paragraph.tokens:
            if token.word:
                seen = before.setdefault(token.norm, previous)
                if seen != previous:
                    scattered.add(token.norm)
            previous = token.norm if token.word else ""
    return frozenset(scattered)


# Demonstratives: the definite word after one is a common noun (هذا القرار).
_DEMONSTRATIVES = frozenset(
    prefix + normalize(word)
    for word in ("هذا", "هذه", "ذلك", "تلك")
    for prefix in ("", WAW, FA)
)
# A preposition or a particle glued to the article (بالقرار، للقرار، كالقرار):
# the word is a common noun; a family name rarely takes one.
_GLUED_PREFIXES = (BA + ARTICLE, KAF + ARTICLE, LAM + LAM)


def _common_nouns(paragraphs: Sequence[Paragraph]) -> frozenset[str]:
    """Return the definite words the article writes as common nouns somewhere."""
    common = set()
    for paragraph in paragraphs:
        previous = ""
        for token in paragraph.tokens:
            if not token.word:
                previous = ""
                continue
            norm = token.norm
            if previous in _DEMONSTRATIVES and norm.startswith(ARTICLE):
                common.add(norm)
            bare = without_conjunction(norm)
            for prefix in _GLUED_PREFIXES:
                if bare.startswith(prefix) and len(bare) > len(prefix) + 2:
                    common.add(ARTICLE + bare[len(prefix) :])
            previous = norm
    return frozenset(common)


def _institution_names(paragraph: Paragraph, lex: Lexicon) -> list[str]:
    """Return the names the paragraph gives after an institution noun.

    ``شركة كومكاست``، ``منظمة أوكسفام``: an indefinite noun of an institution (or
    a medium, a brand) is in construct with its name, so ``كومكاست`` speaking
    later is an institution, however short.
    """
    tokens = paragraph.tokens
    found = []
    for index, token in enumerate(tokens[:-1]):
        if (
            not token.word
            or token.definite
            or paragraph.quoted[index]
            or paragraph.quoted[index + 1]
            or not (token.norm in lex.bodies or token.norm in lex.cues)
        ):
            continue
        end = name_end(tokens, index + 1, lex)
        genitive = (
            end < len(tokens) and tokens[end].definite and not is_nisba(tokens[end])
        )
        if end > index + 1 and ends_name(tokens, end, lex) and not genitive:
            # not "شركة خدمات الإنترنت": a noun with its genitive, no name
            found.append(speaker_of(tokens, index + 1, end, "name", paragraph.text))
    return [name.text for name in found]


def _owned_by_person(paragraph: Paragraph, lex: Lexicon) -> list[tuple[str, str]]:
    """Return (noun, phrase) for a medium a titled person owns: ``موقع الشيخ فلان``.

    An indefinite institution or medium noun in construct with a title and a
    name is that person's site, account or office; ``الموقع`` speaking later is
    it, captioned with the whole phrase.
    """
    tokens = paragraph.tokens
    found = []
    for index, token in enumerate(tokens[:-2]):
        following = tokens[index + 1]
        if (
            not token.word
            or token.definite
            or paragraph.quoted[index]
            or token.norm not in lex.cues
            or not (following.definite and is_title(following, lex))
        ):
            continue
        end = name_end(tokens, index + 2, lex)
        if end > index + 2 and ends_name(tokens, end, lex):
            phrase = speaker_of(tokens, index, end, "role", paragraph.text)
            found.append((token.norm.removeprefix(WAW), phrase.text))
    return found


def _note_subject(subject: Speaker | None, found: _Found) -> None:
    """Remember a speech verb's subject: a person named, or an unnamed source."""
    if subject is None:
        return
    if subject.kind == "name":
        found.people.append(subject)
        found.subjects.append(subject)
    elif not subject.key[0].startswith(ARTICLE):
        found.unnamed.append(_not_addressed(subject))  # "وقال مصدر أمني"


def _not_addressed(speaker: Speaker) -> Speaker:
    """Cut the one spoken to off an unnamed speaker: ``متحدث باسم السجن للقناة``.

    After the role, ل with the article (للإذاعة، للصحفيين) names who was told.
    """
    words = speaker.text.split()
    if len(words) != len(speaker.key):
        return speaker
    for index, word in enumerate(speaker.key[1:], start=1):
        if word.startswith(LAM + LAM):
            return Speaker(" ".join(words[:index]), speaker.key[:index], speaker.kind)
    return speaker


def _distinct(names: list[Speaker]) -> tuple[Speaker, ...]:
    """Keep the first occurrence of each name (an article repeats its names)."""
    return tuple({name.key: name for name in reversed(names)}.values())[::-1]


@dataclass(frozen=True, slots=True)
class _Found:
    names: list[Speaker]
    people: list[Speaker]
    roles: list[tuple[str, Speaker]]
    aliases: list[tuple[str, str]]
    bodies: list[Speaker] = field(default_factory=list)
    subjects: list[Speaker] = field(default_factory=list)
    closed: list[tuple[str, ...]] = field(default_factory=list)
    unnamed: list[Speaker] = field(default_factory=list)
    relatives: list[Speaker] = field(default_factory=list)
    unrelated: list[Speaker] = field(default_factory=list)


def _alone(found: _Found) -> frozenset[str]:
    """Return the one-word names already heard alone as a speech verb's subject."""
    return frozenset(name.key[0] for name in found.subjects if len(name.key) == 1)


def _clear_before(
    tokens: list[Token],
    kinds: list[int],
    index: int,
    lex: Lexicon,
    alone: frozenset[str] = frozenset(),
) -> bool:
    """Tell whether a name may start at ``index``: after a comma, a title or a verb.

    After a verb opening the sentence, a name the article already gave alone as
    a speaker (``وقال حمدان``) is that person, the verb's subject, and the words
    after it are the verb's object, not more of the name (``وحاول حمدان إقناع
    أصدقائه،``).
    """
    if index == 0 or tokens[index].norm[0] == WAW:
        return False
    token = tokens[index - 1]
    if not token.word:
        return token.raw not in SENTENCE_ENDS and not _after_fronted_phrase(
            tokens, index - 1, lex
        )
    if kinds[index - 1] & (TITLE | BODY | VERB | NISBA):
        return True
    if token.definite:
        return not is_known(token.norm, lex)  # "واسمها الكامل ميرتا ..."
    return _after_opening_verb(tokens, index, lex, alone)


def _after_fronted_phrase(tokens: list[Token], comma: int, lex: Lexicon) -> bool:
    """Tell whether a comma closes a phrase fronted before the sentence's verb.

    ``وفي العام الماضي، زارت فلانة …``، ``من جهته، ناقش فلان …``: a sentence
    opening with a preposition or a clause opener puts its main verb after the
    comma, so the word there opens no name.
    """
    if tokens[comma].raw not in COMMAS:
        return False
    start = comma
    while start > 0 and tokens[start - 1].raw not in SENTENCE_ENDS | COMMAS:
        start -= 1
    if start == comma or (start > 0 and tokens[start - 1].raw in COMMAS):
        return False
    norm = tokens[start].norm
    forms = (norm, norm[1:]) if norm[:1] in (WAW, FA) else (norm,)
    return any(form in lex.prepositions or form in lex.clause_openers for form in forms)


def _after_opening_verb(
    tokens: list[Token], index: int, lex: Lexicon, alone: frozenset[str]
) -> bool:
    """Tell whether a name set off by a comma follows a verb opening the sentence."""
    token = tokens[index - 1]
    opens_sentence = index == 1 or tokens[index - 2].raw in SENTENCE_ENDS | COMMAS
    if not (opens_sentence and token.norm[:1] in (WAW, FA)):
        return False
    if (
        is_known(token.norm, lex)
        or token.norm[1:] in lex.clause_openers
        or tokens[index].norm in alone
    ):
        return False  # "وحينما عاد حمدان،": a conjunction, not a verb
    end = name_end(tokens, index, lex)  # "ووضع بيتر هولمغرين، المساهم ..."
    return end < len(tokens) and tokens[end].raw in COMMAS


def _closes_broad_name(tokens: list[Token], end: int, lex: Lexicon) -> bool:
    """Tell whether a name found without a title ends at a mark or a listed word."""
    if end >= len(tokens) or not tokens[end].word:
        return True
    token = tokens[end]
    starts_preposition = token.norm[0] in (BA, LAM)
    return not token.definite and (is_known(token.norm, lex) or starts_preposition)


def _introduced(
    tokens: list[Token], index: int, lex: Lexicon, text: str, found: _Found
) -> None:
    """Record ``ROLE NAME`` and ``ROLE، NAME،`` introductions."""
    nisba_only = not (is_title(tokens[index], lex) or is_body(tokens[index], lex))
    end = index + 1 if nisba_only else role_end(tokens, index, lex)
    apposition = end < len(tokens) and tokens[end].raw in COMMAS
    if (
        (nisba_only and apposition)
        or (is_body(tokens[index], lex) and _after_preposition(tokens[index], lex))
        or _plural_title(tokens[index], lex)
        or (nisba_only and _people_after_verb(tokens, index, lex))
    ):
        # "وفقا لوكالة الأنباء المحلية، بدأ ...": after a comma, a name belongs to
        # a title or an institution that is not in a prepositional phrase.
        first = last = end
    else:
        # "نقل للرئيس الحربي تهاني ...": after a title with a preposition (the
        # person addressed), the next words are the verb's object, not a name.
        addressed = definite_with_prefix(tokens[index].norm)
        first, last = name_after_role(
            tokens,
            end,
            lex,
            direct=not (is_body(tokens[index], lex) or addressed),
        )
        if last <= first and addressed and is_title(tokens[index], lex):
            first, last = _closed_full_name(tokens, end, lex)
    if not nisba_only and is_body(tokens[index], lex) and end - index > 1:
        found.bodies.append(_body_name(tokens, index, end, lex, text))
    if last <= first:
        if not nisba_only and is_body(tokens[index], lex) and end - index > 1:
            body = _body_name(tokens, index, end, lex, text)
            head = body.key[0].removeprefix(ARTICLE)
            if all(alias != head for alias, _ in found.aliases):
                found.aliases.append((head, body.text))
        return
    if (
        nisba_only
        and tokens[first].norm[:1] in (BA, LAM)
        and any(token.norm[:1] == WAW for token in tokens[first + 1 : last])
    ):
        # "المعني بشؤون الأطباء والممرضين …": after an adjective alone, a word
        # with ب or ل whose run goes on with و is the adjective's complement and
        # a list of nouns, not a person's name (names are not joined by و).
        return
    name = speaker_of(tokens, first, last, "name", text)
    found.people.append(name)
    direct = all(token.word for token in tokens[index:first])
    if direct and _relative_of(tokens, index, lex):
        found.relatives.append(name)
        if kin_noun(tokens[index], lex):
            return  # "والد اللاعب فلان": the role is the father's, not فلان's
    else:
        found.unrelated.append(name)
    if not nisba_only:
        found.roles.append(
            (role_key(speaker_of(tokens, index, end, "role", text)), name)
        )


def _relative_of(tokens: list[Token], index: int, lex: Lexicon) -> bool:
    """Tell whether the name after the role at ``index`` is someone's relative's.

    ``والد اللاعب فلان``، ``زوجة فلان``: a kinship noun heads the phrase; ``ابن
    الرئيس فلان``: one stands before the title (ابن and بنت too, which before a
    definite title can only mean son and daughter).  The article is about the
    relative, who bears the same family name.
    """
    if kin_noun(tokens[index], lex):
        return True
    if index == 0 or not tokens[index].definite:
        return False
    before = tokens[index - 1]
    return kin_noun(before, lex) or (
        without_conjunction(before.norm) in _CHILD and not possessed(before)
    )


# "ابن الرئيس"، "بنت الوزير": son and daughter before a definite title.
_CHILD = frozenset(normalize(word) for word in ("ابن", "بنت"))


def _people_after_verb(tokens: list[Token], index: int, lex: Lexicon) -> bool:
    """Tell whether a plural nisba after a verb or a preposition names a people.

    ``واتهم الحوثيين بترويج …``، ``على اليمنيين ونهب …``: the plural nisba is a
    noun (an object), and no person's name follows it; after a noun (``كبير
    المفاوضين الفلسطينيين فلان``) it is an adjective inside a role.
    """
    return (
        index > 0
        and tokens[index].norm.endswith(_PLURAL_ENDINGS[:2])
        and (
            verb_at(tokens, index - 1, lex)
            or tokens[index - 1].norm in lex.prepositions
        )
    )


def _closed_full_name(tokens: list[Token], start: int, lex: Lexicon) -> tuple[int, int]:
    """Return a full name right after a title with ل, closed by a mark.

    ``خطابا للرئيس الراحل سالم عبدالله حداد،``: a name of two words or more that
    a comma or a full stop ends is the titled person's (not ``للرئيس الحربي
    تهاني``, where the words run on into the verb's object).
    """
    end = name_end(tokens, start, lex)
    closed = end < len(tokens) and not tokens[end].word
    if end - start >= _FULL_NAME and closed and tokens[end].raw in _NAME_CLOSERS:
        return start, end
    return start, start


def _plural_title(token: Token, lex: Lexicon) -> bool:
    """Tell whether a title is plural (``اللاعبين``، ``الموظفون``): it names no one.

    A person's name stands after a singular title only; after a plural one the
    next words are the verb or the rest of the sentence.
    """
    if not is_title(token, lex):
        return False
    norm = token.norm.removeprefix(WAW).removeprefix(ARTICLE)
    return any(
        norm.endswith(suffix) and norm[: -len(suffix)] in lex.titles
        for suffix in _PLURAL_ENDINGS
    )


def _named_before_title(
    tokens: list[Token], index: int, lex: Lexicon, text: str, found: _Found
) -> None:
    """Record ``NAME TITLE``: a name right before a definite title is a person.

    ``هنأ كارلوس مينديز المدير الفني لفريق المدينة``: the title in apposition
    (without a comma) tells that the words before it name a person.  The first
    word of a sentence is its verb (``وجه``), not a name, and a single word may
    be an object (``التقى ماكرون الرئيس``): only two words or more count.
    """
    if not tokens[index].definite or role_end(tokens, index, lex) - index < 2:  # noqa: PLR2004
        return  # "راحة اللاعب": a lone title may be a genitive, not an apposition
    first = index
    while (
        first > 0
        and index - first < MAX_NAME_WORDS
        and opens_name(tokens[first - 1], lex)
    ):
        first -= 1
    if (
        first == 0
        or tokens[first - 1].raw in SENTENCE_ENDS
        or not tokens[first - 1].word
    ):
        first += 1  # the sentence's verb
    if index - first > 1:
        found.people.append(speaker_of(tokens, first, index, "name", text))


def _quoted_after_title(
    paragraph: Paragraph, index: int, lex: Lexicon, found: _Found
) -> None:
    """Record ``TITLE "NAME"``: a title's name written inside quotation marks.

    ``الأستاذ "فلان الفلاني"``: the quoted words right after a definite title, two
    to four name words and nothing else, are the person's name.
    """
    tokens = paragraph.tokens
    title = tokens[index]
    mark = index + 1
    if not title.definite or mark >= len(tokens) or not paragraph.quoted[mark]:
        return
    if tokens[mark].word:
        return  # the quotation opens with a word: no mark right after the title
    end = mark + 1
    while end < len(tokens) and tokens[end].word and paragraph.quoted[end]:
        end += 1
    closed = end < len(tokens) and not tokens[end].word and paragraph.quoted[end]
    size = end - mark - 1
    if not closed or not 1 < size <= MAX_NAME_WORDS:
        return
    if name_end(tokens, mark + 1, lex) != end:
        return
    name = speaker_of(tokens, mark + 1, end, "name", paragraph.text)
    found.people.append(name)
    found.roles.append(
        (role_key(speaker_of(tokens, index, index + 1, "role", paragraph.text)), name)
    )


def _body_name(
    tokens: list[Token], index: int, end: int, lex: Lexicon, text: str
) -> Speaker:
    """Return an institution's name without a leading و (``واتحاد الكرة المصري``)."""
    body = speaker_of(tokens, index, end, "role", text)
    head = body.key[0]
    if head[:1] in (WAW, FA) and head[1:] in lex.bodies:
        return Speaker(body.text[1:], (head[1:], *body.key[1:]), "role")
    return body


def _after_preposition(token: Token, lex: Lexicon) -> bool:
    """Tell whether an institution noun carries ب or ل (``لوكالة``، ``للجنة``)."""
    norm = token.norm
    return norm[0] in (BA, LAM) and norm[1:] in lex.bodies


def _names_body(tokens: list[Token], index: int, lex: Lexicon) -> bool:
    """Tell whether the word at ``index`` is the name a title or institution governs.

    An indefinite institution noun or title (``وفريق``، ``نجم``، ``مدرب``) is in
    construct with the name after it: that first word is the institution's or
    team's name (``نجم ليفربول محمد صلاح``), and the person's name follows.
    """
    before = tokens[index - 1]
    return (
        index > 0
        and before.word
        and not before.definite
        and (is_body(before, lex) or is_title(before, lex))
        and not _after_preposition(before, lex)
    )


def _named(
    tokens: list[Token], index: int, lex: Lexicon, text: str, found: _Found
) -> None:
    """Record a name, and ``NAME، ROLE`` appositions (a name, a comma, a title)."""
    if not opens_name(tokens[index], lex):
        return  # "أعماله رامي": a noun with a pronoun does not open a name
    end = name_end(tokens, index, lex)
    if not _closes_broad_name(tokens, end, lex):
        # "جيم هولدن لأعضاء اللجنة": a word with ب or ل opens a prepositional
        # phrase, so the name ends before it.
        end = next(
            (
                cut
                for cut in range(index + 1, end)
                if tokens[cut].norm[0] in (BA, LAM)
                and _closes_broad_name(tokens, cut, lex)
            ),
            end,
        )
    if end == index or not _closes_broad_name(tokens, end, lex):
        return
    if end - index > _BODY_AND_NAME and _names_body(tokens, index, lex):
        index += 1  # "وفريق ليفربول محمد صلاح": the team's name, then a person's
    name = speaker_of(tokens, index, end, "name", text)
    found.names.append(name)
    if end >= len(tokens) or not tokens[end].word:
        found.closed.append(name.key)
    if end + 1 >= len(tokens) or tokens[end].raw not in COMMAS:
        return
    if is_title(tokens[end + 1], lex):
        role = role_end(tokens, end + 1, lex)
        found.roles.append(
            (role_key(speaker_of(tokens, end + 1, role, "role", text)), name)
        )
        found.people.append(name)
