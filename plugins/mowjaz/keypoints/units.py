"""Units of the key-points box: self-contained sentences and clauses of a brief.

A bullet is read alone, above the article, so a unit must stand on its own:

1. **Sentences** of paragraph and list blocks (never a subheading, a block quote or
   a site-noise line, :mod:`mowjaz.text.noise`).  A leading dateline or
   agency credit (``الرياض - واس -``) and leading list dashes are removed.
2. **Clauses.**  A sentence longer than the bullet limit is split before the
   clause openers of news Arabic (``text/data/keypoint_clause_openers.txt``:
   ``وأضاف``, ``، كما``, ``، في حين``, ``، مشيرا`` ...; after a comma, any
   speech verb's participle), never inside a quotation.  A clause still too
   long keeps its words up to the last comma within the limit (the main clause
   of a news sentence comes first), or is dropped; in the fallback of a long
   brief short of units it is cut before a clause that names its own subject
   (``حيث تم …``, ``، وشهدت الفعالية …``), else before a phrase.  A piece cut
   off inside a clause that opens on a phrase (a preposition, a relative
   pronoun, the next noun of a list: ``text/data/keypoint_prepositions.txt``,
   ``keypoint_relatives.txt``, ``keypoint_subordinators.txt``)
   has no main clause: never a unit.
3. **Openings that carry no fact** are trimmed: one listed discourse connective
   (``text/data/connectives.txt``: ``من جهته،``, ``كما``, ``في حين`` ...), and a
   speech verb with no subject (``وأضاف أن``, ``مشيرا إلى أن``, ``وقالوا لـ«…» إن``),
   which leaves the reported fact.  A speech verb with its subject keeps the speaker
   (``وقال الوزير إن`` becomes ``قال الوزير إن``), and a speech participle after
   it takes the speaker's name (``، مطالبا المجلس …`` after ``أكد فلان أن …``
   becomes ``طالب فلان المجلس …``).
   **A reported opinion keeps its speaker.**  What a stance verb reports
   (``text/data/keypoint_stance_verbs.txt``: expects, considers, warns, accuses,
   denies …) is the speaker's view, not a fact the article states itself: shown
   alone it would read as the site's own claim.  So a stance verb with no subject
   (``وتوقع أن …``, ``، متوقعا أن …``, ``وحذر من أن …``) takes the short name of
   the speaker named in its sentence or in the run of reported speech it closes
   (``قال فلان إن … . وأضاف أن … . وتوقع أن …``; up to four words, no aside, no
   quotation) and keeps its verb: ``توقع فلان أن …``.  When no speaker is known
   (a sentence that is not reported speech ends the run), the subject is a
   plural pronoun or the first person (``وأعتقد أن``), or the verb's gender is
   not the speaker's, the clause makes no bullet: no guess.  A plain report
   verb with no subject (``وأضاف أن``, ``وأوضح أن``) takes the speaker the same
   way (``أوضح فلان أن …``): what a speaker says is his claim, and a bullet
   shown alone must say whose.  With no speaker known it is trimmed to the
   fact it reports.  ``الله`` after a speech verb opens a prayer
   (``وسأل الله أن …``), never a speaker.
   **A pronoun subject takes the name when it is certain.**  A unit dropped only
   because its speech verb or participle has a pronoun subject (``وأكد أنه …``,
   ``وأضاف: …``, ``وتابع «…»``, ``، مؤكدا …``) shows the speaker's name instead
   (``أكد فلان أنه …``, ``أضاف فلان: …``) when he was named in the sentence or
   just before it in the run of reported speech, the verb agrees in gender, and
   what he said is in the third person; otherwise it is still dropped.  A name
   before a colon or a quotation is read only after a verb of saying
   (``text/data/keypoint_said_verbs.txt``), never after one that takes whom it
   addresses (``خاطب``, ``دعا``).
4. **Self-contained or nothing**: a unit that still starts with a word that needs
   the previous sentence (``text/data/keypoint_dangling_starts.txt``: participles,
   pronouns, ``له``, ``معه``, ``أنه`` ...) or has, right after its first word, a
   noun whose owner's pronoun points back (``وقدم شكره``, ``قال أعضاؤها``; an
   honorific such as ``سموه`` excepted), that is a question, a bare quotation, a
   list introduction (ends with ``:``), has an unclosed quotation, or has fewer
   than ``min_words`` or more than ``max_words`` words is not a unit.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import islice, pairwise

from ..text import patterns
from ..text.blocks import Block
from ..text.memo import WordMemo
from ..text.noise import default_noise
from ..text.normalize import fold as _fold
from ..text.segment import quoted_spans, split_sentences, tokenize, word_count
from ..text.terms import conjunction_exceptions as _conjunction_exceptions
from ..text.wordlists import read_word_list

_KINDS = frozenset({"paragraph", "list_item"})
_QUESTION_MARKS = ("؟", "?")
# Closing quotation marks, brackets and spaces that may follow a final mark.
_TRAILING = "\u201d\u00bb\u2033\"')] "
_LEADING_MARKS = re.compile(r"^[\s\-\u2010-\u2015\N{ARABIC TATWEEL}*\u2022\u00b7:.،,]+")
# A dateline or credit before the first dash: one to three words (a city, an
# agency), then a dash with a space on at least one side, as in "الرياض - واس -".
# A tatweel glued to a word is no dash: it stretches a one-letter preposition
# ("لـ «الصحيفة»"); only a real dash glued to a word ("الرياض- ") ends a dateline.
_GLUED_DASH = r"\-\u2010-\u2015"
_DASH = _GLUED_DASH + r"\N{ARABIC TATWEEL}"
_DASH_MARK = re.compile(rf"\s[{_DASH}]+\s")
_DATELINE = re.compile(
    rf"^(?:[^\s{_DASH}.،,:]+\s?){{1,3}}(?:\s[{_DASH}]+\s?|[{_GLUED_DASH}]+\s)"
)
# An agency credit in brackets at the start: "(واس)".
_CREDIT = re.compile(
    r"^[(\[][^)\]]{1,20}[)\]]\s*[\-\u2010-\u2015\N{ARABIC TATWEEL}:]?\s*"
)
# Enough characters at the end of a unit to hold its last word.
_LAST_CHARS = 40
# Prepositions that end a clause as adverbs: "not yet" (بعد), "before" (قبل).
_FINAL_ADVERBS = frozenset({"بعد", "قبل"})
# A unit with at most this share of its sentence's words is a part of it.
_PART_SHARE = 0.75
# How many pieces after a cut one run-on sentence may give in the fallback.
_MAX_RESTS = 5
# A "sentence" longer than this is a paragraph inside quotation marks.
_QUOTED_PARAGRAPH = 90
# The longest dateline or credit removed, in characters.
_DATELINE_CHARS = 30
# An agency credit between two dashes has at most this many words.
_AGENCY_WORDS = 3
_SUBJECT_AND_VERB = 2
_DEFINITE = "ال"
# A feminine past verb ends in ت ("تراجعت"); a plural noun in ات ("مئات").
_FEMININE_PAST = "ت"
_FEMININE_PLURAL = "ات"
_SHORTEST_FEMININE_VERB = 4
# A preposition (folded) with a pronoun attached: "له", "منها", "عليهم".
_PRONOUN_HOSTS = ("ل", "مع", "من", "عن", "الي", "علي", "ب")
_ATTACHED_PRONOUNS = ("ه", "ها", "هم")
# The pronouns attached to a noun: "his", "her / its", "their", "of both".
_OWNER_SUFFIXES = ("هما", "ها", "هم", "هن", "ه")
# A noun with an owner's pronoun keeps a stem of three letters at least (also
# the shortest word left after a conjunction, keypoints.voice).
SHORTEST_OWNED = 3
_COMMAS = "،,"
_CLAUSE_COMMAS = "،,؛;"
_SEMICOLONS = ("؛", ";")
# A comma that separates words, not the thousands of a number ("1,000").
# The Arabic semicolon ends the main clause too: what follows it is a cause or a
# result (``_joined_at_semicolons``).
_WORD_COMMA = re.compile(r"[،,](?!\d)|(?<!\d)[،,]|[؛;]")
# An Arabic or a Latin letter: a quotation with one outside it is reported speech.
_LETTER = re.compile(f"[{patterns.ARABIC_LETTER_RANGES}A-Za-z]")
_COMMA_OPENER = "،"
_COMMA_IN = re.compile(r"[،,؛;]")
# The longest fronted phrase read after "that" (``أنه بعد عملية قضائية طويلة،``).
_FRONTED_PHRASE = 8
# The particles between a speech verb and its reported clause: "that", "to that".
_THAT = frozenset({"ان", "بان"})
# "That it": before an impersonal verb (keypoint_impersonal_starts.txt) the
# pronoun is the pronoun of the matter, and the clause after it stands alone.
_THAT_IT = frozenset({"انه", "بانه"})
# "That" as written (hamza above), alone or after و / ب: see _bare_that.
_THAT_AS_WRITTEN = frozenset({"أن", "وأن", "بأن", "وبأن"})
# "Indeed" with ف / ل, which takes the pronoun of the matter ("فإنه", "لأنه").
_INNA = frozenset({"فان", "لان"})
_TO = frozenset({"الي", "علي", "ب"})
# "To" before the medium spoken to, written apart ("وقال لـ«الصحيفة» إن …").
_FOR = "ل"
# The medium's words between "لـ" and "that": one or two ("لـ«وكالة الأنباء»").
_MEDIUM_WORDS = (1, 2)
# The conjunctions written joined to the next word: "and", "so".
CONJUNCTIONS = "وف"
_AND = "و"
# "بين … وبين …" (between … and …): the second بين is the preposition again, never
# the verb بيّن ("he explained") that opens a clause.
_BETWEEN = "بين"
# Words of the longest speech opening: verb, "to", a medium of two words, "that",
# and two words after it; the shortest: a verb, "that" and one word.
_SPEECH_OPENING = 6
_SHORTEST_REPORT = 3
# The longest named speaker read between a speech verb and "that", in words.
_SPEAKER_WORDS = 4
# A speech verb with at most this many words after it and nothing said is a
# speaker whose words were cut off (speaker_only).
_SPEAKER_ONLY = 6
# "God" (folded) after a speech verb opens a prayer ("وسأل الله أن …"), no report.
_GOD = "الله"
# How far a subjectless speech verb may stand from the إن of what was said.
_SUBJECTLESS_REACH = 14
# Prepositions of circumstance or addressee right after a speech verb (folded).
_CIRCUMSTANCES = frozenset(
    {"في", "خلال", "ل", "وفقا", "طبقا", "بحسب", "حسب", "عبر", "امام", "اثناء"}
)
# How many words after "that" may show a claim is an opinion (_opinion_report).
_OPINION_REACH = 5
# The future prefix سـ on a present verb (ي ت ن) of four letters or more after it,
# never with a noun's ending.
_WILL = "س"
_PRESENT_PREFIXES = "يتن"
_SHORTEST_FUTURE = 4
_FUTURE_NOT_ENDINGS = ("ه", "ي", "ات", "ين", "يه")
# The participle's column in quote_speech_verbs.txt.
_PARTICIPLE = 2
# Conjunctions that open a clause inside a run-on sentence (folded): "where",
# "while", "whereas", "since", "but", "and has", "and was"; a cut is made before
# one only when the clause after it names its own subject (_has_subject).
_CLAUSE_BREAKS = frozenset(
    {"حيث", "فيما", "بينما", "اذ", "لكن", "ولكن", "وقد", "وكان", "وكانت"}
)
# A verb after "and" (verb_after_and): from four letters ("شهدت") to six
# ("استقبل"), never ending as a noun does (plural, relative adjective ...); and
# the impersonal "it was / is done" of three letters or fewer.
_VERB_LETTERS = (4, 6)
_SHORT_VERBS = frozenset({"تم", "يتم"})
# A word that opens with a preposition joined to the article (folded): ب / ل /
# ك ("بالاعتماد", "للمرة"); a separate one ("في مرحلة …") may come before the
# subject of an impersonal verb.
_PREPOSITION_PREFIXES = ("بال", "لل", "كال")
_NOUN_ENDINGS = ("ات", "ون", "ين", "يه", "ه", "ة")
# The verbal noun of the second form, "تفعيل", has five letters and ي fourth.
_VERBAL_NOUN_LETTERS = 5
# ... and with the ل of purpose ("لتوعية", folded "لتوعيه"), six.
_PURPOSE_LETTERS = _VERBAL_NOUN_LETTERS + 1
# Demonstratives (folded): dangling first, but not second ("في هذا الإطار").
_THIS = "هذا"
# "One of" before a plural: a post after a speaker's name ("أحد زوار الحديقة").
_ONE_OF = frozenset({"احد", "احدي"})
# After "هذا و": particles that open a clause ("هذا وقد …", "هذا وكان …").
_THIS_AND_PARTICLES = frozenset({"قد", "كان", "كانت", "في"})
_DEMONSTRATIVES = frozenset({"هذا", "هذه", "ذلك", "تلك", "هولاء"})
# After a speech verb, "that" / "so" is what the sentence before said ("أوضح ذلك
# المدير", "صرح بذلك المتحدث"): the unit names a speaker and no fact.
_SAID_SO = _DEMONSTRATIVES | {"بذلك", "بهذا", "بهذه"}
# Demonstratives before a noun (folded, without و / ف / ب / ل / ك): near and far.
_NEAR = frozenset({"هذا", "هذه", "هذين", "هاتين", "هذان", "هاتان"})
_POINTING = _NEAR | {"ذلك", "تلك", "اولئك", "هولاء"}
# "The latter", "another", "the same" (folded).
_LATTER = frozenset({"الاخير", "الاخيره", "الاخيرين", "والاخير", "والاخيره"})
_OTHER = frozenset({"اخري", "اخر", "اخريات"})
_SAME = frozenset({"نفسه", "نفسها", "نفسهم", "ذاته", "ذاتها", "ذاتهم", "انفسهم"})
_IN = frozenset({"في"})
_OR = frozenset({"او", "ام"})
# "Itself" as "the same" (ذاته، ذاتها); نفسه is "himself" too.
_SELF = "ذات"
# "The same" before its noun (نفس البرنامج، بنفس الطريقة).
_SAME_BEFORE = "نفس"
# The conjunction, preposition and article before a stem, longest first.
_STEM_PREFIXES = (
    *("وبال", "فبال", "وال", "فال", "بال", "كال", "ولل", "فلل", "لل", "ال"),
    *("و", "ف", "ب", "ل"),
)
# Letters of a stem compared to find a noun named earlier in the unit.
_STEM_LETTERS = 4
# Separate pronouns (folded): second after a noun they are its copula, "the pronoun
# of separation" ("الجسر هو …", "سامر هو …"), which needs nothing before.
_SEPARATE_PRONOUNS = frozenset({"هو", "هي", "هم", "هما", "هن", "وهو", "وهي", "وهم"})
# "Has" (لديه, لديها …): after a noun it says what the noun has ("الصين لديها …").
_HAS = "لدي"
# A word opening with و is taken as "and" + word when it has more letters than this.
_SHORTEST_CONJOINED = 3
# فاعلا (داعيا) has five letters; مُفعِلا to مُستفعِلا (مقدما، مستعرضا) five to seven.
_SIMPLE_PARTICIPLE = 5
_LONGEST_PARTICIPLE = 7
# A verb that opens its sentence agrees in number only with a pronoun subject: with
# a named subject it stays singular ("وعبر الأهالي"), so a first word ending in the
# masculine plural ending (folded "وا": "وعبروا عن شكرهم", "وأوضحوا ذلك") has a
# subject in the sentence before.  Four letters at least ("جوا", "by air", is not
# a verb), and never with the article.
_PLURAL_VERB_ENDING = "وا"
_SHORTEST_PLURAL_VERB = 4
# The sound masculine plural: accusative after أن, nominative alone.
_ACCUSATIVE_PLURAL = "ين"
_NOMINATIVE_PLURAL = "ون"
# The answer of a concessive or conditional clause (folded): "except that" (رغم
# أن … إلا أن …), or the ف of the answer before "that", "has", "will" or "not"
# (فإنهم، فقد، فسيعزز، فلن …).
_EXCEPT = "الا"
_ANSWER_STARTS = (
    "فان",
    "فقد",
    "فلن",
    "فلا",
    "فلم",
    "فسوف",
    "فسي",
    "فست",
    "فسن",
    "فهو",
    "فهي",
    "فهم",
)
# Indefinite accusative nouns of quantity: "a number of", "more of", "part of";
# first in a bullet they are what "that" governed (أن عددا من المطورين …).
_QUANTITIES = frozenset({"عددا", "مزيدا", "جزءا"})
# The tanween of the accusative, after or before its alef.
_TANWEEN = (
    "\N{ARABIC FATHATAN}\N{ARABIC LETTER ALEF}",
    "\N{ARABIC LETTER ALEF}\N{ARABIC FATHATAN}",
)
# "On" (folded على) and the letter that spells the name علي instead.
_ON = "علي"
_NAME_ENDING = "ي"
# "It had already happened that …" (سبق أن أكد …): the verb after it has the subject.
_ALREADY = "سبق"
# "And indeed", "indeed" before a verb (strip_already); قد alone is "may" too.
_MAY = "قد"
_ALREADY_PARTICLES = frozenset({"وقد", "لقد", "قد"})
# A leading "so" (strip_fa), and the shortest word with the article after it.
_FA = "ف"
_FA_DEFINITE = 5
_OPEN_MARKS = "\u201c\u00ab"
_CLOSE_MARKS = "\u201d\u00bb\u2033"
_QUOTE_MARKS = re.compile(f'[{_OPEN_MARKS}{_CLOSE_MARKS}"]')
# An empty pair; straight marks only when touching ('"a" "b"' is two quotes).
_EMPTY_QUOTE = re.compile(f'[{_OPEN_MARKS}]\\s*[{_CLOSE_MARKS}]|""')
# A label before a colon at the start: one or two words, no quotation mark or
# punctuation, and no number after the colon (a time, "10:30").
_LABEL = re.compile(
    rf"^([^\s:؛،,.{_OPEN_MARKS}{_CLOSE_MARKS}\"]+(?:\s+[^\s:؛،,.{_OPEN_MARKS}{_CLOSE_MARKS}\"]+)?)"
    r"\s*:(?!\d)\s*"
)


@dataclass(frozen=True, slots=True)
class Unit:
    """A sentence or clause that may become a bullet.

    ``paragraph`` counts the article's paragraphs from 0; ``rank`` is the rank of
    its sentence in the article (clauses of one sentence share it); ``offset`` is
    the number of words of the sentence before the clause.
    """

    paragraph: int
    rank: int
    text: str
    tokens: tuple[str, ...]
    offset: int = 0
    # The unit is its whole sentence (not a clause or a trimmed part of it).
    whole: bool = True


@dataclass(frozen=True, slots=True)
class UnitRules:
    """How long a unit may be, in words."""

    min_words: int = 6
    max_words: int = 30
    # A clause with no comma within the limit may be cut before a preposition or
    # a conjunction instead (the fallback for run-on sentences), keeping at least
    # ``phrase_words`` words.  0: never.
    phrase_words: int = 0


@dataclass(frozen=True, slots=True)
class _Connective:
    words: tuple[str, ...]
    needs_comma: bool


@dataclass(frozen=True, slots=True)
class _Opener:
    words: tuple[str, ...]
    after_comma: bool


# Paragraphs and sentences -----------------------------------------------------------


def paragraphs(blocks: Sequence[Block]) -> list[str]:
    """Return the texts of the blocks key points may use, in order."""
    return [
        block.text
        for block in blocks
        if block.kind in _KINDS and not is_boilerplate(block.text)
    ]


def sentence_units(
    paragraph: int,
    rank: int,
    sentence: str,
    rules: UnitRules,
    memo: WordMemo,
    *,
    speaker: _Speaker | None = None,
) -> list[Unit]:
    """Return the units one sentence gives (none, itself, or some of its clauses).

    ``speaker`` is who was named speaking before the sentence (a stance verb with
    no subject takes the name, :func:`_attribute_stance`).
    """
    found = []
    position = 0
    size = word_count(sentence)
    # Each piece, and whether it was cut off the piece before (not a clause).
    pending = [
        (clause, False) for clause in split_clauses(sentence, rules.max_words, memo)
    ]
    rests = 0
    # A participle takes the name of this sentence's speaker only; a stance verb
    # that of the one named before too.
    named: _Speaker | None = None
    # The speaker named before goes on speaking in this sentence only when it
    # opens as reported speech with no subject (``وأضاف أن …``, a bare quote).
    carried = speaker if _last_speaker(sentence, speaker, memo) is speaker else None
    while pending:
        clause, cut_off = pending.pop(0)
        start = sentence.find(clause, position)
        position = max(position, start)
        if not cut_off:
            named = _speaker_of(clause, memo) or named
            clause = _attribute_stance(clause, named or speaker, memo)
            clause = _name_participle(clause, named, memo)
        unit, rest = _fit(clause, rules, memo, cut_off=cut_off)
        if not (unit or rest or cut_off) and self_contained(clause, memo) is None:
            # Dropped for its missing subject: named when the speaker is certain.
            renamed = _named_speech(clause, named or carried, memo)
            if renamed:
                unit, rest = _fit(renamed, rules, memo)
        # A box has at most five bullets: a run-on sentence gives at most as many
        # cut pieces (and a 5 MB line without a stop costs no more than that).
        # A piece that opens with a preposition is a phrase of the clause before
        # it ("من أجل خوض …"), never a fact of its own (_fit); the pieces after
        # it may be.
        if rest and rests < _MAX_RESTS:
            rests += 1
            pending.insert(0, (rest, True))
        if unit:
            offset = word_count(sentence[:position])
            tokens = tuple(tokenize(unit))
            whole = len(tokens) > _PART_SHARE * size
            found.append(Unit(paragraph, rank, unit, tokens, offset, whole))
    return found


# Marks that never stand inside a speaker's name: dashes, brackets, commas, colons.
_NOT_IN_NAME = re.compile(r"[\-\u2010-\u2015()\[\]،,:؛;]")


@dataclass(frozen=True, slots=True)
class _Speaker:
    """Who speaks in a clause ``قال فلان إن …``, and whether the verb is feminine."""

    name: str
    feminine: bool


def _speaker_of(clause: str, memo: WordMemo) -> _Speaker | None:
    """Return the named speaker of a clause that opens ``verb speaker that …``.

    The speaker is the one to four words between a past speech verb and "that"
    (``أكد محمد طاهر أن …``), none of them a preposition or a pronoun: with
    anything else between them (``في مؤتمر صحفي``) no speaker is read.
    """
    text = strip_connective(_LEADING_MARKS.sub("", clause), memo=memo)
    tokens = list(islice(patterns.TOKEN.finditer(text), _SPEAKER_WORDS + 2))
    folded = [memo.fold(token.group()) for token in tokens]
    if not folded:
        return None
    verb = folded[0]
    if verb[:1] in CONJUNCTIONS and verb[1:] in _past_verbs():
        verb = verb[1:]
    if verb not in _past_verbs():
        return None
    end = next((at for at in range(2, len(folded)) if folded[at] in _THAT), 0)
    said = _said_at(text, tokens) if verb in _said_verbs() else 0
    if said and (not end or said < end):
        end = said  # "وأضاف فلان: …", "وتابع فلان «…»": what he said follows
        if any(word.startswith(_PREPOSITION_PREFIXES) for word in folded[1:end]):
            return None  # "وصرح فلان للتلفزيون «…»": where he spoke, in the name
    if not end or not _name_words(folded[1:end]) or _GOD in folded[1:end]:
        return None  # "وسأل الله أن …" is a prayer: God is no speaker of the story
    name = text[tokens[1].start() : tokens[end - 1].end()]
    between = text[tokens[0].end() : tokens[end - 1].end()]
    if said != end:
        between = text[tokens[0].end() : tokens[end].start()]
    if _NOT_IN_NAME.search(name) or _QUOTE_MARKS.search(between) or ":" in between:
        return None  # "فلان -موظف-": an aside; "أضاف “…", "أضاف: …": speech
    return _Speaker(name, feminine=verb.endswith("ت"))


def _said_at(text: str, tokens: Sequence[re.Match[str]]) -> int:
    """Return the index of the first word after a colon or an opening quotation mark.

    Only from the third word on (a speech verb and a name before it); 0 when
    no such mark stands between the first words.
    """
    for at in range(2, len(tokens)):
        gap = text[tokens[at - 1].end() : tokens[at].start()]
        if ":" in gap or any(mark in gap for mark in _OPEN_MARKS + '"'):
            return at
    return 0


@cache
def _said_verbs() -> frozenset[str]:
    """Folded past forms (both genders) after which a quotation's speaker stands."""
    return frozenset(
        _fold(verb + ending)
        for verb in read_word_list("keypoint_said_verbs.txt")
        for ending in ("", _FEMININE_PAST)
    )


def _name_words(words: Sequence[str]) -> bool:
    """Tell whether folded words between a speech verb and "that" may be a name.

    No preposition, pronoun, speech verb or "that" among them (``وذكرت أن …
    يجب أن`` names no one), and not one word in the shape of a present verb
    (``وأضاف ينبغي أن …``).
    """
    if len(words) == 1 and words[0][:1] in "يت":
        return False
    return not any(
        word in _fragment_starts()
        or word in _dangling_starts()
        or word in _speech_forms()
        or word in _THAT | _THAT_IT
        for word in words
    )


def _attribute_stance(clause: str, speaker: _Speaker | None, memo: WordMemo) -> str:
    """Return a clause whose stance verb has no subject with the speaker named.

    What a stance verb reports (``keypoint_stance_verbs.txt``: expects,
    considers, warns, accuses, denies …) is the speaker's opinion, never a fact
    of the article: ``وتوقع أن …`` and ``، متوقعا أن …`` after ``قال فلان إن …``
    become ``توقع فلان أن …``; ``وحذر من أن …`` becomes ``حذر فلان من أن …``.
    With no speaker known, a plural pronoun subject (``وتوقعوا``), or a verb of
    the other gender than the speaker's, the clause is ``""``: no bullet.  A
    stance verb with its own subject (``وتوقع المحلل فلان أن …``) is left as it is.
    A plain report verb (:func:`_opinion_report`) takes the speaker the same
    way; with none known it is left to be trimmed to the claim.
    """
    text = _LEADING_MARKS.sub(
        "", strip_connective(_LEADING_MARKS.sub("", clause), memo=memo)
    )
    tokens = list(islice(patterns.TOKEN.finditer(text), 3))
    if len(tokens) < _SUBJECT_AND_VERB:
        return clause
    folded = [memo.fold(token.group()) for token in tokens]
    form = _stance_forms().get(bare_word(folded[0])) or _stance_forms().get(folded[0])
    plain = form is None
    if plain:
        form = _opinion_report(text, memo, any_claim=speaker is not None)
    if form is None:
        return clause
    verb, feminine = form
    if _first_person(tokens[0].group(), folded[0]):
        return ""  # "وأعتقد أن …": the speaker's own words, in the first person
    participle = verb is not None
    after = folded[1]
    subjectless = (
        participle
        or after in _THAT | _THAT_IT
        or _subjectless(after)
        or (
            after in _TO | {"من"}
            and len(folded) > _SUBJECT_AND_VERB
            and folded[2] in _THAT | _THAT_IT
        )
    )
    if not subjectless:
        return clause
    if speaker is None or feminine is None or feminine != speaker.feminine:
        # A plain report verb's claim with no speaker known is trimmed to the
        # claim as before: a plan announced (سيعقد الاجتماع …) is news too.
        return clause if plain else ""
    if verb is None:
        surface = tokens[0].group()
        verb = surface[1:] if bare_word(folded[0]) != folded[0] else surface
    return f"{verb} {speaker.name} {text[tokens[1].start() :]}"


def _opinion_report(
    text: str, memo: WordMemo, *, any_claim: bool = False
) -> tuple[str | None, bool] | None:
    """Return the form of a plain report verb before its claim, or None.

    ``وأكد أن الأسعار سوف ترتفع`` reports a forecast, not a fact: like a stance
    verb's, its claim keeps the speaker.  A past verb (``None``: its own word is
    kept) or a participle (its past verb) directly before "that", and an opinion
    marker (``keypoint_opinion_markers.txt``, or the future prefix) among the
    first words after it; with ``any_claim`` (a speaker is known) any claim.
    """
    tokens = list(islice(patterns.TOKEN.finditer(text), _OPINION_REACH + 2))
    folded = [memo.fold(token.group()) for token in tokens]
    if len(folded) < _SHORTEST_REPORT or folded[1] not in _THAT:
        return None
    claim = folded[2:]
    marked = any(word in _opinion_markers() or _future(word) for word in claim)
    if not (marked or any_claim):
        return None
    if folded[0] in _participle_past():
        return _participle_past()[folded[0]]
    verb = bare_word(folded[0]) if bare_word(folded[0]) in _past_verbs() else folded[0]
    if verb not in _past_verbs() or verb in _stance_forms():
        return None
    return None, verb.endswith("ت")


def _future(word: str) -> bool:
    """Tell whether a folded word has the shape of a present verb with سـ (سيرتفع).

    Four letters at least after سـ, and no noun ending (``سياسيه``, ``سيارات``).
    """
    rest = word[1:]
    return (
        word[:1] == _WILL
        and rest[:1] in _PRESENT_PREFIXES
        and len(rest) >= _SHORTEST_FUTURE
        and not rest.endswith(_FUTURE_NOT_ENDINGS)
    )


def _first_person(surface: str, folded: str) -> bool:
    """Tell whether a stance verb is the first person of the present (``أعتقد``).

    Folding writes أ as ا, so ``أعتقد`` ("I believe") and ``اعتقد`` ("he
    believed") meet; the past of these verbs opens with a plain alef.
    """
    word = patterns.DIACRITICS.sub("", surface).lstrip(patterns.TATWEEL)
    bare = (
        word[1:] if word[:1] in CONJUNCTIONS and folded[1:] in _stance_forms() else word
    )
    return bare.startswith("أ") and _fold(bare) in _stance_forms()


def _name_participle(clause: str, speaker: _Speaker | None, memo: WordMemo) -> str:
    """Return a clause opening with a speech participle as a sentence with its speaker.

    ``مطالبا أعضاء المجلس بضرورة …`` after ``أكد محمد طاهر أن …`` becomes
    ``طالب محمد طاهر أعضاء المجلس بضرورة …``: the participle describes the
    speaker named before it.  A participle followed by "that" (``مشيرا إلى أن``)
    is left to :func:`strip_speech_opening`, which keeps the fact; a participle
    whose gender is not the speaker's verb's is left alone (and dropped as
    dangling).
    """
    if speaker is None:
        return clause
    text = _LEADING_MARKS.sub("", clause)
    tokens = list(islice(patterns.TOKEN.finditer(text), _SPEECH_OPENING))
    if len(tokens) < _SHORTEST_REPORT:
        return clause
    folded = [memo.fold(token.group()) for token in tokens]
    past = _participle_past().get(folded[0])
    if past is None or folded[_reported_at(folded)] in _THAT | _THAT_IT:
        return clause
    verb, feminine = past
    if feminine != speaker.feminine:
        return clause
    return f"{verb} {speaker.name} {text[tokens[1].start() :]}"


def _named_speech(clause: str, speaker: _Speaker | None, memo: WordMemo) -> str:
    """Return a subjectless speech clause with its certain speaker named, or "".

    ``وأكد أنه لم يتلق …``, ``وأضاف: «…»``, ``وتابع «…»`` and ``، مؤكدا ضرورة …`` have a
    pronoun subject: alone they are dropped.  When the speaker is certain (named
    in the same sentence, or before it and the sentence goes on with his words)
    and of the verb's gender, the clause becomes ``أكد فلان أنه لم يتلق …``,
    ``أضاف فلان: «…»``, ``أكد فلان ضرورة …``: the house form of a speaker named
    just before.  Not a verb with its own subject (``وأكد الوزير …``), a plural
    or dual, an honorific after the verb (``معربا سموه …``) or a prayer
    (``سائلا الله …``).
    """
    honorifics = _folded_list("keypoint_honorifics.txt")
    if speaker is None or memo.fold(speaker.name) in honorifics:
        return ""  # "معاليه" is a pronoun too: the name was given before it
    text = _LEADING_MARKS.sub(
        "", strip_connective(_LEADING_MARKS.sub("", clause), memo=memo)
    )
    tokens = list(islice(patterns.TOKEN.finditer(text), _SPEECH_OPENING))
    if len(tokens) < _SHORTEST_REPORT:
        return ""
    folded = [memo.fold(token.group()) for token in tokens]
    after = text[tokens[0].end() :].lstrip()
    # Words said after a colon, or in quotation marks right after the verb.
    said = after[1:].strip() if after.startswith(":") else ""
    if after[:1] in _OPEN_MARKS + '"':
        said = after
    form = _subjectless_speech(tokens[0].group(), folded, bool(said))
    if form is None or form[1] != speaker.feminine:
        return ""
    if (
        _GOD in folded
        or folded[1] in honorifics
        or ":" in said
        or (after.startswith(":") and not said)
        or not _third_person(said or after, memo)
    ):
        # "سائلا الله أن …" is a prayer, "معربا سموه …" has its subject, a
        # quotation inside what is said is someone else's; nothing said.
        return ""
    if said:
        return f"{form[0]} {speaker.name}: {said}"
    return f"{form[0]} {speaker.name} {after}"


def _subjectless_speech(
    surface: str, folded: Sequence[str], said: bool
) -> tuple[str, bool] | None:
    """Return the past verb and gender of a speech opening with no subject, or None.

    A speech participle (``مؤكدا``: ``أكد``), or a past speech verb before
    "that" (``وأضاف أنه``, ``وأشار إلى أنه``, ``وقال لـ«…» إنه``) or before
    what was ``said`` (after a colon or a quotation mark).
    """
    participle = _participle_past().get(folded[0])
    if participle is not None:
        return participle
    first = folded[0]
    past = first if first in _past_verbs() else bare_word(first)
    if past not in _past_verbs():
        return None
    if not (said or folded[_reported_at(folded)] in _THAT | _THAT_IT):
        return None  # "وأكد الوزير …": the verb has its own subject
    verb = surface if past == first else surface[1:]
    return verb, past.endswith(_FEMININE_PAST)


def _third_person(said: str, memo: WordMemo) -> bool:
    """Tell whether what a speaker said has no first- or second-person word.

    A bullet of "I" or "we" (``نحن``, ``أعتقد``, ``أشكر``) reads as the site's
    own voice even with the speaker's name before it.
    """
    voice = _voice_or_first_person()
    words = [memo.fold(word) for word in patterns.TOKEN.findall(said)]
    return not any(word in voice or bare_word(word) in voice for word in words)


def _fit(
    clause: str, rules: UnitRules, memo: WordMemo, *, cut_off: bool = False
) -> tuple[str, str]:
    """Return the clause made a unit (or ``""``) and, in the fallback, its rest.

    A clause over the limit is cut at a comma (or, in the fallback, before a
    phrase); the fallback then also tries the words after the cut as a clause.
    A piece ``cut_off`` a clause that opens on a phrase (:func:`fragment`) is the
    end of the clause before it: never a unit, but the pieces after it may be.
    """
    unit = self_contained(clause, memo)
    if unit is None:
        return "", ""
    standalone = not (cut_off and fragment(unit, memo))
    size = word_count(unit)
    if size <= rules.max_words:
        return (unit if standalone and size >= rules.min_words else ""), ""
    cut = cut_at_comma(unit, rules.max_words)
    if not cut and rules.phrase_words:
        cut = cut_at_phrase(unit, rules.max_words, rules.phrase_words)
    rest = unit[len(cut) :].lstrip(" " + _CLAUSE_COMMAS) if rules.phrase_words else ""
    unit = close_quotes(cut)
    size = word_count(unit) if unit else 0
    keep = standalone and rules.min_words <= size <= rules.max_words
    # What was self-contained whole may not be once cut: a fronted clause of
    # cause or concession (``لأن …،``, ``رغم أن …،``) loses its main clause.
    keep = keep and self_contained(unit, memo) is not None
    return (unit if keep else ""), (rest if cut else "")


def candidate_units(
    blocks: Sequence[Block],
    *,
    rules: UnitRules | None = None,
    memo: WordMemo | None = None,
) -> list[Unit]:
    """Return every unit of ``blocks`` in reading order."""
    rules = rules or UnitRules()
    memo = memo or WordMemo()
    units: list[Unit] = []
    rank = 0
    speaker: _Speaker | None = None
    for index, text in enumerate(paragraphs(blocks)):
        for position, sentence in enumerate(sentences(text)):
            # A dateline or a credit only ever opens a paragraph.
            clean = strip_dateline(sentence) if position == 0 else sentence
            units.extend(
                sentence_units(index, rank, clean, rules, memo, speaker=speaker)
            )
            speaker = _last_speaker(clean, speaker, memo)
            rank += 1
    return units


def _last_speaker(
    sentence: str, speaker: _Speaker | None, memo: WordMemo
) -> _Speaker | None:
    """Return who speaks after ``sentence``: its named speaker, or the one before.

    The one before carries on only through a run of reported speech: a sentence
    that opens with a speech verb or participle with no subject (``وأضاف أن …``,
    ``وتابع: …``, ``وتابع «…»``, ``مشيرا إلى …``) or is a bare quotation.  Any
    other sentence ends the run, and so does a speech verb with a subject that is
    not read as a short name (``وقال رئيس مجلس إدارة المصنع …``): from then on no
    one is known, rather than the wrong one.
    """
    text = strip_connective(_LEADING_MARKS.sub("", sentence), memo=memo)
    named = _speaker_of(text, memo)
    if named is not None:
        return named
    if is_bare_quote(text):
        return speaker
    words = [memo.fold(word) for word in patterns.TOKEN.findall(text)[:2]]
    if len(words) < _SUBJECT_AND_VERB or words[0] not in _speech_forms():
        return None
    subjectless = (
        words[0] in _participle_past()
        or words[1] in _THAT | _THAT_IT | _TO
        or _subjectless(words[1])
    )
    # "وتابع: …", "وتابع «…»": what he said follows the verb.
    said = text[first_end(text) :].lstrip()[:1] in ":" + _OPEN_MARKS + '"'
    return speaker if subjectless or said else None


def bare_word(word: str) -> str:
    """Return a word without a leading conjunction و / ف (when one is there).

    The conjunction is read only when a word of more than ``_SHORTEST_CONJOINED``
    letters carries it (``ولي`` is a guardian, ``وهم`` an illusion).
    """
    return (
        word[1:]
        if word[:1] in CONJUNCTIONS and len(word) > _SHORTEST_CONJOINED
        else word
    )


def sentences(text: str) -> list[str]:
    """Return the sentences of a paragraph, quoted paragraphs opened up.

    Pasted pages sometimes wrap a whole paragraph in quotation marks; the
    segmenter then keeps it as one sentence.  A "sentence" of more than
    ``_QUOTED_PARAGRAPH`` words is split again without its quotation marks.
    """
    found = []
    for sentence in _joined_at_semicolons(split_sentences(text)):
        if word_count(sentence) > _QUOTED_PARAGRAPH:
            found.extend(split_sentences(_QUOTE_MARKS.sub(" ", sentence)))
        else:
            found.append(sentence)
    return found


def _joined_at_semicolons(pieces: list[str]) -> list[str]:
    """Join the pieces the segmenter cut at ``؛`` back into their sentence.

    The Arabic semicolon links a clause to its cause or its purpose (``…؛ لأن
    …``, ``…؛ إذ …``, ``…؛ لتجهيز …``): such a clause is not a fact of its own.
    The clause rules may still cut there; the clause before is the main one.
    """
    joined: list[str] = []
    for piece in pieces:
        if (
            joined
            and joined[-1].endswith(_SEMICOLONS)
            and (_depends(piece) or _aside_spans(joined[-1], piece))
        ):
            joined[-1] = f"{joined[-1]} {piece}"
        else:
            joined.append(piece)
    return joined


def _aside_spans(before: str, after: str) -> bool:
    """Tell whether an aside opened in ``before`` closes in ``after``.

    ``واستفاد من المشروع - الذي استمر يومين؛ السبت والأحد - عشرون شابا``: the
    semicolon stands inside the aside between the dashes (or brackets), so the
    sentence goes on after it.  A dateline's pair of dashes (``الرياض - واس -``)
    opens nothing.
    """
    dashes = len(_DASH_MARK.findall(before)) % 2 and len(_DASH_MARK.findall(after)) % 2
    brackets = before.count("(") > before.count(")") and after.count(")") > after.count(
        "("
    )
    return bool(dashes or brackets)


def _depends(clause: str) -> bool:
    """Tell whether a clause after ``؛`` opens with a cause, a purpose or a phrase.

    ``لأن``، ``إذ``، ``حيث``، ``مما`` (listed), a word with the purpose lam
    (``لتخرج``، ``لنبني``), a preposition, or examples after كـ (``كالعناية
    بالشوارع``): it cannot stand alone.
    """
    first = patterns.TOKEN.search(clause)
    if first is None:
        return False
    word = _fold(first.group())
    return (
        word in _fragment_starts()
        or (word.startswith("ل") and len(word) > _SHORTEST_CONJOINED)
        or word.startswith("كال")
        or circumstantial_participle(word)
    )


def strip_dateline(sentence: str) -> str:
    """Remove leading marks, a dateline (``الرياض - واس -``) and a credit."""
    text = _LEADING_MARKS.sub("", sentence)
    for _ in range(2):
        match = _DATELINE.match(text) or _CREDIT.match(text)
        if match is None or match.end() > _DATELINE_CHARS or _aside(text, match):
            break
        text = _LEADING_MARKS.sub("", text[match.end() :])
    return text


def _aside(text: str, match: re.Match[str]) -> bool:
    """Tell whether a dash opens an aside closed by a second one, not a dateline.

    ``وقضى فلان - الفائز بكأس العالم الماضية - 17 عاما``: a verb and its subject
    before the first dash, and between the two more words than an agency's name
    (``الرياض - واس -``) ever has.
    """
    closing = _DASH_MARK.search(text, match.end())
    if closing is None or word_count(text[: match.end()]) < _SUBJECT_AND_VERB:
        return False  # "الرياض - أعلنت … - وهي …": one word is a place
    return word_count(text[match.end() : closing.start()]) > _AGENCY_WORDS


# Clauses ----------------------------------------------------------------------------


def split_clauses(sentence: str, max_words: int, memo: WordMemo) -> list[str]:
    """Split a sentence longer than ``max_words`` before its clause openers."""
    tokens = list(patterns.TOKEN.finditer(sentence))
    if len(tokens) <= max_words:
        return [sentence]
    spans = quoted_spans(sentence)
    cuts = [0]
    folded = [memo.fold(token.group()) for token in tokens]
    for index in range(2, len(tokens)):
        start = tokens[index].start()
        if any(left < start < right for left, right in spans):
            continue
        if _opens_clause(sentence, tokens, folded, index):
            cuts.append(start)
    cuts.append(len(sentence))
    pieces = (sentence[a:b].strip(" " + _CLAUSE_COMMAS) for a, b in pairwise(cuts))
    return [piece for piece in pieces if piece]


def _opens_clause(
    sentence: str, tokens: list[re.Match[str]], folded: list[str], index: int
) -> bool:
    if folded[index] == _AND + _BETWEEN and _BETWEEN in folded[:index]:
        return False  # "بين الشمال وبين الوسط": the second half of "between"
    between = sentence[tokens[index - 1].end() : tokens[index].start()]
    after_comma = any(mark in between for mark in _CLAUSE_COMMAS)
    for opener in _openers().get(folded[index], ()):
        size = len(opener.words)
        if tuple(folded[index : index + size]) != opener.words:
            continue
        if after_comma or not opener.after_comma:
            return True
    return after_comma and folded[index] in _participle_past()


def _verb_and_subject(words: Sequence[str]) -> bool:
    """Tell whether "and" + a verb opens a clause with a subject of its own.

    ``، وشهدت الفعالية …`` names its subject (a noun with the article after the
    verb); ``، وتتطلب متابعة …`` continues the subject before the comma, so cut
    off it would need the sentence before.  ``وتم`` needs no subject.
    """
    if not words or not verb_after_and(words[0]):
        return False
    if words[0][1:] in _SHORT_VERBS:
        return _impersonal_done(words[1:])
    return (
        len(words) > 1
        and words[1].startswith("ال")
        and words[1] not in _fragment_starts()
    )


def _impersonal_done(after: Sequence[str]) -> bool:
    """Tell whether "تم" / "يتم" is impersonal: its subject, a verbal noun, follows.

    ``تم افتتاح المركز`` needs no one; ``ويتم بالاعتماد على …`` (a preposition
    joined to a noun after it) is "and it is done", whose "it" is in the clause
    before.
    """
    return bool(after) and not after[0].startswith(_PREPOSITION_PREFIXES)


def _has_subject(words: Sequence[str]) -> bool:
    """Tell whether a clause opens with its own subject (folded words).

    A noun with the article (``الفريق فاز``), an impersonal verb (``تم``), or a
    verb followed by a noun with the article (``فاز الفريق``); a verb alone
    (``يواصل المشوار``) shares the subject of the clause before.
    """
    if not words:
        return False
    first = words[0]
    if first in _SHORT_VERBS:
        return _impersonal_done(words[1:])
    if first.startswith("ال") and first not in _fragment_starts():
        return True
    return len(words) > 1 and verb_after_and("و" + first) and words[1].startswith("ال")


def verb_after_and(word: str) -> bool:
    """Tell whether a folded word is "and" + a word shaped as a verb of news prose.

    After a comma, "and" + a verb starts a new clause (``، وشهدت الفعالية …``),
    "and" + a noun continues a list (``، ومحافظة الطائف``).  Without a dictionary
    only the unmistakable shapes count: the past with the feminine ending
    (``وشهدت``), the present (``ويشارك``, ``وتستمر``; not the verbal noun
    ``وتطوير``, nor a plural or a relative adjective), ``وتم``, and the derived
    past forms ``افتعل`` and ``استفعل`` (``واختتم``, ``واستقبل``).
    """
    if word[:1] != "و" or word.startswith("وال"):
        return False
    stem = word[1:]
    size = len(stem)
    if stem in _SHORT_VERBS:
        return True
    if not _VERB_LETTERS[0] <= size <= _VERB_LETTERS[1]:
        return False
    if stem.endswith("ت"):
        return not stem.endswith(_NOUN_ENDINGS)
    if stem[0] in "يت":
        return not stem.endswith((*_NOUN_ENDINGS, "ي", "ه")) and not (
            size == _VERBAL_NOUN_LETTERS and stem[3] == "ي"
        )
    return (stem[0] == "ا" and size == _VERBAL_NOUN_LETTERS and stem[2] == "ت") or (
        stem.startswith("است") and size == _VERBAL_NOUN_LETTERS + 1
    )


def cut_at_comma(text: str, max_words: int) -> str:
    """Return ``text`` up to its last comma within ``max_words`` words, or ``""``.

    ``""`` too when what follows the comma is the reported speech (``، أن …``،
    ``، أنه …``):
    the words before it only say who spoke.
    """
    tokens = list(islice(patterns.TOKEN.finditer(text), max_words + 1))
    if len(tokens) <= max_words:
        return text
    limit = tokens[max_words].start()
    commas = _WORD_COMMA.finditer(text, 0, limit)
    cut = max((match.start() for match in commas), default=-1)
    after = patterns.TOKEN.search(text, cut + 1) if cut > 0 else None
    if after is None or _fold(after.group()) in _THAT | _THAT_IT:
        return ""  # "، أنه لا يعترف …" too
    if _fronted_phrase_before(text[:cut]):
        return ""
    return text[:cut].rstrip()


def _fronted_phrase_before(kept: str) -> bool:
    """Tell whether the kept words end in "that" + a fronted phrase and no more.

    ``أكد فلان أنه بعد عملية طويلة، …``: what was said opens with a phrase
    (a preposition, ``keypoint_prepositions.txt``, but not على, which after
    "that it" is the predicate: ``أنه على تواصل …``) and its main clause comes
    after the comma; cut there, the unit reports nothing.  Up to
    ``_FRONTED_PHRASE`` words after "that": a longer run holds its own clause.
    """
    tokens = list(patterns.TOKEN.finditer(kept))
    folded = [_fold(token.group()) for token in tokens]
    at = max(
        (index for index, word in enumerate(folded) if word in _THAT | _THAT_IT),
        default=-1,
    )
    if at < 0 or at + 1 >= len(folded):
        return False
    opening = folded[at + 1]
    return (
        len(folded) - at - 1 <= _FRONTED_PHRASE
        and opening in _prepositions()
        and opening != _ON
        and not _COMMA_IN.search(kept, tokens[at].end())
    )


def cut_at_phrase(text: str, max_words: int, min_words: int) -> str:
    """Return ``text`` cut before its last phrase break within ``max_words`` words.

    A clause break comes first: a listed clause conjunction (``حيث``, ``فيما``
    ...) or "and" + a verb with its subject (:func:`_verb_and_subject`), so that
    the words after the cut are a clause too.  Else a break is a preposition or
    the conjunction و opening a word; ``""`` when the cut would keep fewer than
    ``min_words`` words.
    """
    # The words within the limit, and three after it (a break and its clause).
    tokens = list(islice(patterns.TOKEN.finditer(text), max_words + 4))
    if len(tokens) <= max_words:
        return text
    folded = [_fold(token.group()) for token in tokens]
    for index in range(max_words, min_words - 1, -1):
        if _verb_and_subject(folded[index : index + 2]) or (
            folded[index] in _CLAUSE_BREAKS
            and _has_subject(folded[index + 1 : index + 4])
        ):
            return text[: tokens[index].start()].rstrip(" " + _CLAUSE_COMMAS)
    for index in range(max_words, min_words - 1, -1):
        word = _fold(tokens[index].group())
        before = [_fold(token.group()) for token in tokens[index - 2 : index]]
        if before[-1] in _prepositions() or _relatives().intersection(before):
            # "… من" (من خلال), "… التي تقام": never end on a preposition or on a
            # relative clause just opened.
            continue
        if word in _prepositions() or (
            word.startswith("و") and len(word) > _SHORTEST_CONJOINED
        ):
            return text[: tokens[index].start()].rstrip(" " + _CLAUSE_COMMAS)
    return ""


# Self-containment -------------------------------------------------------------------


def fragment(piece: str, memo: WordMemo | None = None) -> bool:
    """Tell whether a piece cut from inside a sentence opens on a phrase, not a clause.

    A listed word (:func:`_fragment_starts`: a preposition as in
    ``على أداء …``, a relative pronoun, "when") or the next noun of a list
    (``والأثاث …``, "and" with the article) continues the clause before the cut:
    the piece has no main clause of its own.
    """
    fold = _fold if memo is None else memo.fold
    first = patterns.TOKEN.search(piece)
    if first is None:
        return True
    word = fold(first.group())
    return word in _fragment_starts() or (
        word.startswith("وال") and word not in _conjunction_exceptions()
    )


def self_contained(clause: str, memo: WordMemo) -> str | None:
    """Return the clause trimmed to stand alone, or None when it cannot."""
    text = strip_this_and(_LEADING_MARKS.sub("", clause), memo)
    text = strip_connective(text, memo=memo)
    text = _LEADING_MARKS.sub("", strip_speech_opening(text, memo))
    text = strip_label(text, memo)
    if not text or _is_question(text, memo) or is_bare_quote(text):
        return None
    if text.rstrip(_TRAILING).endswith(":") or speaker_only(text, memo):
        return None
    text = close_quotes(text).rstrip(" " + "".join(_SEMICOLONS))
    if not text or dangling_start(text, memo) or unanswered_condition(text, memo):
        return None
    if _ends_on_preposition(text, memo):
        return None
    # Without its ف the bullet must stand alone still ("فإنه …" → "إنه …").
    fa = strip_fa(text, memo)
    if fa != text and (dangling_start(fa, memo) or _ends_on_preposition(fa, memo)):
        return None
    # Without وقد too; when the verb then needs the sentence before
    # ("وقد أشار إلى …"), the unit stays as it was.
    bare = strip_already(fa, memo)
    return fa if bare != fa and dangling_start(bare, memo) else bare


def strip_this_and(text: str, memo: WordMemo) -> str:
    """Drop the news formula ``هذا، و…`` / ``هذا وقد …`` that opens a sentence.

    ``هذا`` before a comma, or before و and a verb (``وقد``, ``وكان``, a present
    verb ``ويهدف``, ``وتؤكد``, a past verb in أ ``وأكد``), points at nothing: it
    closes what was said and moves on, and the sentence stands without it
    (``وقد انطلقت الفعاليات …``).  Not ``هذا واقع``: a demonstrative and its
    predicate.
    """
    tokens = list(islice(patterns.TOKEN.finditer(text), 2))
    if len(tokens) < _SUBJECT_AND_VERB or memo.fold(tokens[0].group()) != _THIS:
        return text
    between = text[tokens[0].end() : tokens[1].start()]
    second = patterns.DIACRITICS.sub("", tokens[1].group())
    rest = second[1:]
    verb = rest in _THIS_AND_PARTICLES or (
        len(rest) > _SHORTEST_CONJOINED and rest[:1] in _PRESENT_PREFIXES + "أ"
    )
    if second[:1] != _AND or not (verb or any(mark in between for mark in _COMMAS)):
        return text
    return text[tokens[1].start() :]


def referent_outside(
    text: str, memo: WordMemo | None = None, *, headline: str = ""
) -> bool:
    """Tell whether ``text`` points back to something the unit does not name.

    Four word kinds need the sentence before wherever they stand:

    - an anaphoric word (``keypoint_anaphors.txt``: ``المذكور``, ``أعلاه``);
    - a demonstrative before a definite noun (``هذه الخطوة``, ``تلك الفترة``),
      unless a near one points at the reader's time or place
      (``keypoint_deictic_nouns.txt``: ``هذا العام``, ``هذه البلاد``);
    - "the latter" (``الأخير``) after no definite noun (``وأكد الأخير``),
      but not ``في الأخير``, "in the end";
    - "another" after an indefinite noun (``صفقة أخرى``) outside set phrases
      (``keypoint_other_idioms.txt``: ``مرة أخرى``), and "the same" after a
      definite noun (``المبلغ نفسه``, ``في الفترة ذاتها``).

    And the subject of a feminine past verb that opens the unit right before its
    preposition (``تراجعت من …``: :func:`_feminine_verb_before_preposition`) is
    in the sentence before, as is what a dangling start after "and" points to
    (``وهؤلاء …``: :func:`_and_dangling`).

    The referent is inside the unit when a word of the noun's stem comes before
    it, in the unit or in ``headline`` (shown right above the box: ``وظائف …
    هذه الوظائف``), or, for "another", when the noun is joined by "and" / "or"
    to the one it differs from (``ودول أخرى``).
    """
    fold = _fold if memo is None else memo.fold
    # The headline stands right above the box: what it names is named.
    # An empty word after it: no word of the unit reads the headline's last.
    above = [fold(token.group()) for token in patterns.TOKEN.finditer(headline)]
    above.append("")
    words = [*above, *(fold(token.group()) for token in patterns.TOKEN.finditer(text))]
    anaphors = _folded_list("keypoint_anaphors.txt")
    first = words[len(above) : len(above) + 2]
    if _feminine_verb_before_preposition(first) or _and_dangling(first[:1]):
        return True
    return any(
        word in anaphors
        or _demonstrative_back(words, index)
        or _latter_back(words, index)
        or _another_back(words, index)
        or _same_back(words, index)
        for index, word in enumerate(words)
        if index >= len(above)
    )


def _and_dangling(first: Sequence[str]) -> bool:
    """``وهؤلاء …``, ``ومنه …``: "and" before a dangling start needs the sentence.

    The list of dangling starts (``keypoint_dangling_starts.txt``) names the
    words that point back; with "and" or "so" before them they still do.
    """
    word = first[0] if first else ""
    return word[:1] in CONJUNCTIONS and word[1:] in _dangling_starts()


def _demonstrative_back(words: Sequence[str], index: int) -> bool:
    """``هذه الخطوة``, ``تلك الفترة``: a demonstrative and a noun named before.

    Not a near demonstrative with a noun of the reader's time or place
    (``هذا العام``) or in a circumstance after "in" (``في هذا المجال``: the fact
    stands), nor one after its noun (``… هذه التي``).  After another preposition
    the noun is what the fact is about (``من خلال هذه الجهود``, ``لهذا الغرض``).
    """
    pointing = _pointing(words[index])
    if not pointing or index + 1 == len(words) or _is_relative(words, index + 1):
        return False
    noun = words[index + 1]
    if not noun.startswith(_DEFINITE) or len(noun) <= _SHORTEST_CONJOINED:
        return False  # "ذلك إلا …", "ذلك إلى …": a particle, no noun
    if pointing in _NEAR:
        before = words[index - 1] if index else ""
        if noun in _deictic_nouns() or bare_word(before) in _IN:
            return False
    return not _named_before(noun, words[:index])


def _latter_back(words: Sequence[str], index: int) -> bool:
    """``وأكد الأخير``: "the latter" after no definite noun (not ``في الأخير``)."""
    if words[index] not in _LATTER:
        return False
    before = words[index - 1] if index else ""
    if _pointing(before):
        return True  # "هذا الأخير"
    return not (_definite(before) or bare_word(before) in _IN)


def _another_back(words: Sequence[str], index: int) -> bool:
    """``صفقة أخرى``: "another" after an indefinite noun not named before it.

    Not in a set phrase (``مرة أخرى``), not "the latest" (``على آخر
    الاستعدادات``), and not joined to the one it differs from (``ودول أخرى``,
    ``جامعة سعودية أو أخرى``).
    """
    if words[index] not in _OTHER or index < _SUBJECT_AND_VERB:
        return False
    before, after = words[index - 1], words[index + 1 : index + 2]
    if not before.isalpha() or _definite(before) or before in _prepositions():
        return False
    # "آخر 20 دقيقة", "آخر الاستعدادات": "the last"; "ودول أخرى": "and other".
    last = bool(after) and (not after[0].isalpha() or _definite(after[0]))
    joined = bare_word(before) != before
    if last or joined or words[index - 2] in _OR or before in _other_idioms():
        return False
    return not _named_before(before, words[: index - 1])


def _same_back(words: Sequence[str], index: int) -> bool:
    """``على المبلغ نفسه``, ``في نفس البرنامج``: "the same" as a thing named before.

    ``نفسه`` after a noun is "himself" too (``المدرب نفسه``), so it is "the
    same" only in a phrase after a preposition; a relative clause after it
    (``بالشجاعة نفسها التي …``) names the thing.
    """
    word = words[index]
    bare = bare_word(word)
    if _SAME_BEFORE in (bare, bare[1:]) and bare[:1] in "نبلك":
        # "في نفس البرنامج": "the same" before its noun ("النفس" is "the soul").
        noun = words[index + 1] if index + 1 < len(words) else ""
        if not noun.startswith(_DEFINITE) or _specified(words, index + 2):
            return False
        return not _named_before(noun, words[:index])
    before = words[index - 1] if index else ""
    if word not in _SAME or not _definite(before) or _specified(words, index + 1):
        return False
    after_preposition = before.startswith(_PREPOSITION_PREFIXES) or (
        index > 1 and bare_word(words[index - 2]) in _prepositions()
    )
    if not (word.startswith(_SELF) or after_preposition):
        return False
    return not _named_before(before, words[: index - 1])


def _specified(words: Sequence[str], index: int) -> bool:
    """Tell whether the words after "the same X" say which X.

    ``المدة نفسها من السنة السابقة``, ``نفس الفترة لعام …``, ``بالشجاعة نفسها
    التي …``: a phrase or a relative clause names it.
    """
    if index >= len(words):
        return False
    word = words[index]
    return _is_relative(words, index) or word == "من" or word.startswith("لعام")


def _is_relative(words: Sequence[str], index: int) -> bool:
    """Tell whether ``words[index]`` is a relative pronoun: a clause names the noun."""
    return index < len(words) and words[index] in _relatives()


def _pointing(word: str) -> str:
    """Return the demonstrative in ``word`` (after و / ف and ب / ل / ك), or ""."""
    bare = bare_word(word)
    for candidate in (bare, bare[1:]):
        if candidate in _POINTING:
            return candidate
    return ""


@cache
def _deictic_nouns() -> frozenset[str]:
    return _folded_list("keypoint_deictic_nouns.txt")


@cache
def _other_idioms() -> frozenset[str]:
    return _folded_list("keypoint_other_idioms.txt")


def _definite(word: str) -> bool:
    """Tell whether ``word`` has the article, after a conjunction or preposition."""
    return any(
        word.startswith(prefix)
        for prefix in _STEM_PREFIXES
        if prefix.endswith(("ال", "لل"))
    )


def _stem(word: str) -> str:
    """Return ``word`` without its conjunction, preposition and article."""
    for prefix in _STEM_PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= SHORTEST_OWNED:
            return word[len(prefix) :]
    return word


def _named_before(noun: str, words: Sequence[str]) -> bool:
    """Tell whether a word of ``noun``'s stem (its first letters) is in ``words``."""
    stem = _stem(noun)[:_STEM_LETTERS]
    # A word may open with a root letter that looks like a prefix (وظائف): both.
    return any(_stem(word).startswith(stem) or word.startswith(stem) for word in words)


def _ends_on_preposition(text: str, memo: WordMemo) -> bool:
    """Tell whether ``text`` ends on a preposition: it was cut off (``… إلى``).

    "After" and "before" may end a clause as adverbs (``لم تنته بعد``, "not
    yet"; ``من قبل``, "before").
    """
    words = patterns.TOKEN.findall(text[-_LAST_CHARS:])
    if not words:
        return False
    last = memo.fold(words[-1])
    return last in _prepositions() and last not in _FINAL_ADVERBS


def unanswered_condition(text: str, memo: WordMemo | None = None) -> bool:
    """Tell whether ``text`` is a conditional or concessive clause with no main clause.

    ``ورغم أن الفريق خسر``, ``لأنه أوضح …`` (``keypoint_condition_starts.txt``)
    or a phrase of purpose (``لتوعية الأهالي …``, :func:`_purpose_noun`) needs
    what follows it; with a comma (``رغم الإصابة، شارك …``) or an answer word (``فإن``،
    ``فقد``، ``إلا أن``) the main clause is in the bullet.
    """
    fold = _fold if memo is None else memo.fold
    words = [fold(token) for token in patterns.TOKEN.findall(text)]
    if len(words) < _SUBJECT_AND_VERB:
        return False
    first = words[0][1:] if words[0][:1] in CONJUNCTIONS else words[0]
    starts = _condition_starts()
    listed = {(words[0],), (first,), (words[0], words[1]), (first, words[1])}
    if not (listed & starts or _purpose_noun(words[0]) or _purpose_noun(first)):
        return False
    if any(mark in text for mark in _CLAUSE_COMMAS):
        return False
    return not any(
        word == _EXCEPT or word.startswith(_ANSWER_STARTS) for word in words[1:]
    )


def _purpose_noun(word: str) -> bool:
    """Tell whether a folded word is "for" + a verbal noun of the second form.

    ``لتوعية``، ``لتعزيز``، ``لتوفير`` (ل + تفعيل): a phrase of purpose, whose
    main clause is after a comma (``لتعزيز السياحة، أطلقت الهيئة …``) or in
    the sentence before.
    """
    return (
        len(word) == _PURPOSE_LETTERS
        and word.startswith(_FOR + "ت")
        and word[_PURPOSE_LETTERS - 2] == "ي"
    )


def strip_label(text: str, memo: WordMemo) -> str:
    """Remove the label of a numbered item and its colon from the start of ``text``.

    ``ثانيا: تم …`` becomes ``تم …`` (``keypoint_item_labels.txt``); another label
    of one or two words stays (``الشوط الأول: …`` says what the item is about),
    unless "that" follows its colon (``الصحيفة: إن …``, a digest's or a
    speaker's own words, which no bullet shows without the speaker): ``""``.  A
    speech verb before the colon (``وأضاف: …``) is left to :func:`dangling_start`.
    """
    match = _LABEL.match(text)
    if match is None:
        return text
    words = [memo.fold(word) for word in patterns.TOKEN.findall(match.group(1))]
    if not words or words[0] in _speech_forms():
        return text
    rest = text[match.end() :]
    after = patterns.TOKEN.match(rest)
    if after is not None and memo.fold(after.group()) in _THAT:
        return ""
    label = words[0][1:] if len(words) == 1 and words[0][:1] == "و" else words[0]
    return rest if len(words) == 1 and label in _item_labels() else text


def _bare_that(token: str) -> bool:
    """Tell whether a first word, as written, is "that" (``أن``، ``وأن``، ``بأن``).

    A clause after "that" is what a verb before it says, expects or asks
    (``أن يحفظ …``): without that verb it states nothing.  Read as written,
    with its hamza above: folded, أن is إن ("indeed"), which opens a sentence
    of its own (``إن المشروع …``), and a bare ان may be either.
    """
    return patterns.DIACRITICS.sub("", token) in _THAT_AS_WRITTEN


def speaker_only(text: str, memo: WordMemo) -> bool:
    """Tell whether a unit is a speech verb and its speaker, and nothing said.

    ``قال الدكتور فلان الفلاني`` alone: what he said (after a colon, in the
    next paragraph) was cut off.  A past speech verb and at most
    ``_SPEAKER_ONLY`` more words, none "that", a preposition, a pronoun or a
    figure, and no quotation mark: a name, a title, a medium (``لـ…``).
    """
    if _QUOTE_MARKS.search(text) or any(char.isdigit() for char in text):
        return False
    head, comma, title = text.partition(_COMMA_OPENER)
    if comma and _apposition(title, memo):
        text = head  # "قال فلان، المتحدث الرسمي باسم …": his post, nothing said
    words = [memo.fold(word) for word in patterns.TOKEN.findall(text)]
    if not words or len(words) > _SPEAKER_ONLY + 1:
        return False
    verb = words[0][1:] if words[0][:1] in CONJUNCTIONS else words[0]
    if verb not in _past_verbs() and words[0] not in _past_verbs():
        return False
    return len(words) > 1 and _name_words(words[1:])


def _apposition(title: str, memo: WordMemo) -> bool:
    """Tell whether the words after a speaker's comma are only his post.

    A definite noun or "one of" first (``المتحدث الرسمي باسم الحركة``، ``أحد
    زوار الحديقة``), at most ``_SPEAKER_ONLY`` + 2 words, no second comma, no
    "that" and no colon: nothing he said follows.
    """
    words = [memo.fold(word) for word in patterns.TOKEN.findall(title)]
    if not words or len(words) > _SPEAKER_ONLY + 2 or _COMMA_IN.search(title):
        return False
    if ":" in title or any(word in _THAT | _THAT_IT for word in words):
        return False
    # As written: folding makes "آلية" (a mechanism) look definite.
    first = patterns.DIACRITICS.sub("", patterns.TOKEN.findall(title)[0])
    return first.startswith(_DEFINITE) or words[0] in _ONE_OF


def strip_fa(text: str, memo: WordMemo) -> str:
    """Drop a leading ف ("so", "then") that ties a bullet to the sentence before.

    Only where the rest shows the ف is the conjunction: a listed word
    (``keypoint_after_fa.txt``: ``ففي`` → ``في``، ``فقد`` → ``قد``) or a
    word with the article of at least ``_FA_DEFINITE`` letters (``فالمشروع``;
    not ``فالح``, a name).  ``فقد`` before a definite noun is the verb "lost".
    """
    tokens = list(islice(patterns.TOKEN.finditer(text), 2))
    if len(tokens) < _SUBJECT_AND_VERB:
        return text
    word = memo.fold(tokens[0].group())
    if word[:1] != _FA:
        return text
    rest = word[1:]
    if rest == _MAY and memo.fold(tokens[1].group()).startswith(_DEFINITE):
        return text  # "فقد الرجل …": he lost
    listed = rest in _folded_list("keypoint_after_fa.txt")
    definite = rest.startswith(_DEFINITE) and len(rest) >= _FA_DEFINITE
    if not (listed or definite):
        return text
    return text[tokens[0].start() + 1 :]


def strip_already(text: str, memo: WordMemo) -> str:
    """Trim an opening ``وقد`` / ``لقد`` ("and indeed") that links to what came before.

    Before a past verb the particle only stresses it, and an editor starts
    the bullet with the verb (``وقد أعرب الفريق …`` → ``أعرب الفريق …``).
    Before a present verb it means "may" and stays, without its ``و``
    (``وقد يؤدي ذلك …`` → ``قد يؤدي ذلك …``).  A verb in ي, or in ت / ن
    without the past's ending (ت، وا), is read as a present.
    """
    tokens = list(islice(patterns.TOKEN.finditer(text), 2))
    if len(tokens) < _SUBJECT_AND_VERB:
        return text
    first, verb = memo.fold(tokens[0].group()), memo.fold(tokens[1].group())
    if first not in _ALREADY_PARTICLES:
        return text
    present = verb[:1] == "ي" or (
        verb[:1] in "تن"
        and not verb.endswith((_FEMININE_PAST, _PLURAL_VERB_ENDING))
        and verb not in _SHORT_VERBS
    )
    if not present:
        return text[tokens[1].start() :]
    return text[tokens[0].start() + 1 :] if first == _AND + _MAY else text


def strip_speech_opening(text: str, memo: WordMemo) -> str:
    """Trim a speech verb without its subject; drop the conjunction of one with it.

    ``وأضاف أن الحكومة …`` and ``مشيرا إلى أن الحكومة …`` become ``الحكومة …``;
    ``وأوضح أنه تم افتتاح …`` and ``وقال: تم افتتاح …`` become ``تم افتتاح …``
    (an impersonal verb);
    ``وقالوا لـ«الصحيفة» إن الطريق …`` (a plural pronoun subject, the medium
    spoken to) becomes ``الطريق …``; ``وقال الوزير إن …`` becomes
    ``قال الوزير إن …``.
    """
    tokens = list(islice(patterns.TOKEN.finditer(text), _SPEECH_OPENING + 1))
    if len(tokens) < _SHORTEST_REPORT:
        return text
    folded = [memo.fold(token.group()) for token in tokens]
    folded[0] = speech_dual(folded[0]) or folded[0]
    first, second = folded[0], folded[1]
    if first not in _speech_forms():
        return text
    if _subjectless(second):
        return nominative_subject(_what_was_said(text, memo), memo)
    reported = _reported_fact(text, tokens, folded, memo)
    if reported is not None:
        return reported
    keeps_verb = (
        second in _THAT
        or second in _TO
        or second in _dangling_starts()
        or text[tokens[0].end() :].startswith(":")
        or first[0] not in CONJUNCTIONS
        or first[1:] not in _speech_forms()
    )
    return text if keeps_verb else text[tokens[0].start() + 1 :]


def _reported_fact(
    text: str, tokens: Sequence[re.Match[str]], folded: Sequence[str], memo: WordMemo
) -> str | None:
    """Return what a subjectless speech verb reports, or None when it is not plain.

    After "that" (an opening quotation mark kept before its first word), after
    "that it" before an impersonal verb, or after a colon before one.
    """
    step = _reported_at(folded)
    if folded[step] in _THAT and len(tokens) > step + 1:
        return nominative_subject(text[tokens[step].end() :].lstrip(), memo)
    if folded[step] in _THAT_IT and _impersonal(folded[step + 1 :]):
        return text[tokens[step].end() :].lstrip()
    # "He said: it was done …": an impersonal verb after the colon is no one's.
    if text[tokens[0].end() :].lstrip().startswith(":") and _impersonal(folded[1:]):
        return text[tokens[1].start() :]
    return None


def nominative_subject(clause: str, memo: WordMemo) -> str:
    """Return a clause cut after "that" with its plural subject made nominative.

    After أن the subject takes the accusative: ``أن المسؤولين رفضوا`` stands
    alone as ``المسؤولون رفضوا``.  Only a sound masculine plural with the
    article is changed, and only before a verb in the plural (``رفضوا``,
    ``يطالبون``), which tells the plural from a name ending in ين (``البحرين``).
    """
    words = list(islice(patterns.TOKEN.finditer(clause), 2))
    if len(words) < _SUBJECT_AND_VERB or not words[0].group().endswith(
        _ACCUSATIVE_PLURAL
    ):
        return clause
    first, verb = memo.fold(words[0].group()), memo.fold(words[1].group())
    plural_verb = _plural_verb(verb) or (
        verb[:1] in "يت"
        and verb.endswith(_NOMINATIVE_PLURAL)
        and len(verb) > _SHORTEST_PLURAL_VERB
    )
    if not first.startswith("ال") or not plural_verb:
        return clause
    end = words[0].end()
    return clause[: end - len(_ACCUSATIVE_PLURAL)] + _NOMINATIVE_PLURAL + clause[end:]


def _reported_at(folded: Sequence[str]) -> int:
    """Return the index of "that" after a speech verb (1 when it is not found).

    Between the verb and "that" may stand "to" (``أشار إلى أن``) or the medium
    spoken to (``قال لـ«الصحيفة» إن``).
    """
    if folded[1] in _TO:
        return 2
    if folded[1] == _FOR:
        for size in _MEDIUM_WORDS:
            if 2 + size < len(folded) and folded[2 + size] in _THAT | _THAT_IT:
                return 2 + size
    return 1


def _impersonal(words: Sequence[str]) -> bool:
    """Tell whether ``words`` start with a listed impersonal verb ("تم", "لم يتم")."""
    return any(tuple(words[: len(entry)]) == entry for entry in _impersonal_starts())


def dangling_start(text: str, memo: WordMemo | None = None) -> bool:
    """Tell whether ``text`` starts with a word that needs the previous sentence.

    A listed word (``keypoint_dangling_starts.txt``) first, a listed pair of
    words first (``جاء ذلك``), or a listed word second as in
    ``وأضاف أنه`` and ``وقدم له`` (demonstratives excepted), a speech verb
    followed by a colon (``وأضاف: …``), or by "that" (``أوضح ذلك المدير``), a
    verb with a plural pronoun subject (``وعبروا عن …``), or a circumstantial
    participle (``مقدما شكره …``, :func:`circumstantial_participle`; any speech
    verb's, ``داعيا``, ``سائلا``).
    """
    fold = _fold if memo is None else memo.fold
    tokens = [token.group() for token in islice(patterns.TOKEN.finditer(text), 3)]
    third = fold(tokens[2]) if len(tokens) > _SUBJECT_AND_VERB else ""
    tokens = tokens[:_SUBJECT_AND_VERB]
    words = [fold(token) for token in tokens]
    if not words:
        return False
    if (
        words[0] in _dangling_starts()
        or tuple(words) in _dangling_pairs()
        or _verb_before_preposition(tokens, words)
        or _accusative_left(tokens, words)
        or _already_said(text, words, fold)
        or _plural_verb(words[0])
        or speech_dual(words[0])
        or _bare_that(tokens[0])
        or words[0] in _participle_past()
        or circumstantial_participle(words[0])
        or _plural_participle(words[0])
        or _pronoun_after_subject(words, third)
        or _owner_before(text, tokens, words)
    ):
        return True
    if words[0] in _speech_forms() and _speech_elsewhere(text, words):
        return True
    # "وأضاف أنه …", "وقدم له …": the second word needs an antecedent too (a
    # demonstrative there is usually followed by its noun: "في هذا الإطار"; a
    # separate pronoun after a noun is its copula, unless a verb came first).
    if not words[1:] or words[1] not in _dangling_starts() or words[1] in _relatives():
        return False  # "المشروع الذي …": a relative pronoun after its noun
    if words[1] in _SEPARATE_PRONOUNS or words[1].startswith(_HAS):
        return _verb_like(words[0])
    # "أسهم ذلك في …", "ويعد هذا أول …": a demonstrative with no noun after it
    # stands for what the sentence before said.
    return words[1] not in _DEMONSTRATIVES or not third.startswith(_DEFINITE)


def _owner_before(text: str, tokens: Sequence[str], words: Sequence[str]) -> bool:
    """Tell whether the second word's attached pronoun points to the sentence before.

    ``وقدم شكره …``, ``قال أعضاؤها إن …``, ``تم افتتاحها …``: a noun with ـه /
    ـها / ـهم right after the first word, where the owner would have to stand,
    so the owner is named before.  Not after a noun with the article or a
    preposition (``في كلمته، قال …``: the owner follows), nor a demonstrative,
    a present verb with its object (``سؤال يطرحه …``), a word of fewer than
    three letters without the suffix or one in ـاه (``أسهم``، ``وجه``،
    ``مياه``: the ه is the root's), ``الله``, or
    a listed honorific (``قال سموه``: ``keypoint_honorifics.txt``).
    """
    if len(words) < _SUBJECT_AND_VERB or text[:1] in _OPEN_MARKS + '"':
        return False
    first, second = words
    after_and = first[1:] if first[:1] in CONJUNCTIONS else ""
    if first.startswith(_DEFINITE) or after_and.startswith(_DEFINITE):
        return False  # "والتمور …", "فالجسد بصحته …": the owner opens the bullet
    if first in _fragment_starts() or after_and in _fragment_starts():
        return False
    suffix = next((end for end in _OWNER_SUFFIXES if tokens[1].endswith(end)), "")
    if not suffix or second in _DEMONSTRATIVES or second[1:] in _DEMONSTRATIVES:
        return False  # "ويمكن لهذه …": a demonstrative, after ل / ب / ك
    if second.removesuffix(suffix) in _THAT | _INNA:
        return False  # "وحاليا فإنه …": the pronoun of the matter
    return not (
        second[:1] in "يتن"
        or len(second) - len(suffix) < SHORTEST_OWNED
        or second.endswith("اه")
        or "الله" in second
        or second.startswith(_DEFINITE)
        or second in _folded_list("keypoint_honorifics.txt")
    )


def _pronoun_after_subject(words: Sequence[str], third: str) -> bool:
    """Tell whether a verb and its subject are followed by a pronoun from before.

    ``وقال عدد منهم …``, ``وقدم الوزير لهم …``: who "they" are, the sentence
    before said.
    """
    return (
        third in _pronoun_prepositions()
        and len(words) >= _SUBJECT_AND_VERB
        and words[1] not in _dangling_starts()
        and _verb_like(words[0])
        and not _and_the(words[0])  # "والتمور متنوعة منها …": its noun opens it
    )


def _and_the(word: str) -> bool:
    """Tell whether ``word`` is "and" + a definite noun (``والتمور``)."""
    return word[:1] in CONJUNCTIONS and word[1:].startswith(_DEFINITE)


def _verb_before_preposition(tokens: Sequence[str], words: Sequence[str]) -> bool:
    """Tell whether a bullet opens with a listed verb right before its preposition.

    ``أعرب عن خالص تعازيه …``, ``وتطرقت إلى …``
    (``keypoint_verbs_with_preposition.txt``): the named subject would stand
    between them, so it is in the sentence before.  علي spelt with ي after the
    verb is read as the name (``وأكد علي محمد …``), على with ى as "on".
    """
    if len(words) < _SUBJECT_AND_VERB:
        return False
    verb, after = words[0], words[1]
    verb = bare_word(verb)
    table = _verbs_with_preposition()
    for form in (verb, verb[:-1] if verb.endswith("ت") else ""):
        for preposition in table.get(form, ()):
            if preposition == _ON and tokens[1].endswith(_NAME_ENDING):
                continue
            if after == preposition or (
                len(preposition) == 1
                and after.startswith(preposition)
                and len(after) > _SHORTEST_CONJOINED
            ):
                return True
    return False


def _feminine_verb_before_preposition(words: Sequence[str]) -> bool:
    """Tell whether a bullet opens with a feminine past verb right before a phrase.

    ``تراجعت من …``, ``وركزت على …``: in a verbal sentence the named subject
    stands between the verb and its preposition, so with none there it is in
    the sentence before.  A word in ``ت`` of four letters or more, without the
    article, not a plural in ``ات`` (``مئات من …``, a noun), then a listed
    preposition (``keypoint_prepositions.txt``).
    """
    if len(words) < _SUBJECT_AND_VERB or words[1] not in _prepositions():
        return False
    verb = words[0]
    if verb[:1] in CONJUNCTIONS and len(verb) > _SHORTEST_FEMININE_VERB:
        verb = verb[1:]
    return (
        verb.endswith(_FEMININE_PAST)
        and not verb.endswith(_FEMININE_PLURAL)
        and not verb.startswith(_DEFINITE)
        and len(verb) >= _SHORTEST_FEMININE_VERB
    )


def _accusative_left(tokens: Sequence[str], words: Sequence[str]) -> bool:
    """Tell whether a bullet opens with the indefinite accusative "that" governed.

    ``مهندسين محليين كثيرين قد عملوا …`` and ``عددًا من المطورين قاموا …``
    were cut after أن: the noun with its tanween and an agreeing adjective (or
    "of" after a noun of quantity) has lost its governor.  An adverb
    (``لاحقًا بدا …``، ``انطلاقاً من …``) is followed by a verb or a preposition.
    """
    if len(words) < _SUBJECT_AND_VERB or not tokens[0].endswith(_TANWEEN):
        return False
    first, second = words[0], words[1]
    if first[:1] in CONJUNCTIONS or first in _time_adverbs():
        return False
    agreeing = tokens[1].endswith(_TANWEEN) or (
        second.endswith(_ACCUSATIVE_PLURAL) and not second.startswith("ال")
    )
    return agreeing or (first in _QUANTITIES and second == "من")


def _already_said(text: str, words: Sequence[str], fold: Callable[[str], str]) -> bool:
    """Tell whether ``سبق أن أكد …`` opens a bullet with a subjectless speech verb."""
    if len(words) < _SUBJECT_AND_VERB:
        return False
    first = words[0][1:] if words[0][:1] in CONJUNCTIONS else words[0]
    if first != _ALREADY or words[1] not in _THAT:
        return False
    rest = [fold(token) for token in patterns.TOKEN.findall(text)[2:4]]
    return (
        len(rest) == _SUBJECT_AND_VERB
        and rest[0] in _speech_forms()
        and (rest[1] in _THAT | _TO or _subjectless(rest[1]))
    )


def circumstantial_participle(word: str) -> bool:
    """Tell whether a folded first word has the shape of a hal participle.

    An indefinite accusative active participle (``داعيا``، ``مقدما``، ``شاكرا``)
    describes the subject of the sentence before it: فاعلا of the simple verb, or
    a مـ form of the derived ones (a name such as ``ماليزيا`` has a long vowel
    after its م).  A word with a pronoun suffix (``مليكنا``) or a
    listed adverb of time (``حاليا``، ``مؤخرا``) is not one.
    """
    if not word.endswith("ا") or word.endswith(("نا", "ها")) or word[0] in "وف":
        return False  # "وايضا": a conjunction never opens a participle
    simple = len(word) == _SIMPLE_PARTICIPLE and word[1] == "ا"
    derived = (
        word.startswith("م")
        and word[1] != "ا"  # "ماليزيا": a name, not مُفعِلا
        and _SIMPLE_PARTICIPLE <= len(word) <= _LONGEST_PARTICIPLE
    )
    return (simple or derived) and word not in _time_adverbs()


def _plural_participle(word: str) -> bool:
    """Tell whether a folded first word is a hal participle in the plural.

    ``مطالبين …``، ``مؤكدين …`` describe the subject of the sentence before, as
    ``مطالبا`` does; a plural whose stem ends in ي (``ملايين``) is a noun.
    """
    stem = word.removesuffix(_ACCUSATIVE_PLURAL)
    return stem != word and stem[-1:] != "ي" and circumstantial_participle(stem + "ا")


@cache
def _time_adverbs() -> frozenset[str]:
    return frozenset(
        _fold(word) for word in read_word_list("keypoint_time_adverbs.txt")
    )


def _plural_verb(word: str) -> bool:
    """Tell whether a first word is a verb with a plural pronoun subject."""
    bare = word[1:] if word[:1] in CONJUNCTIONS else word
    return (
        bare.endswith(_PLURAL_VERB_ENDING)
        and len(bare) >= _SHORTEST_PLURAL_VERB
        and not bare.startswith("ال")
    )


def _speech_elsewhere(text: str, words: Sequence[str]) -> bool:
    """Tell whether a speech verb's speaker or speech is in the sentence before.

    ``وأضاف: …`` (the speaker is elsewhere), ``أوضح ذلك المدير`` (the speech is).
    """
    after = text[first_end(text) :].lstrip()
    if after.startswith(":"):
        return True
    if after[:1] in _OPEN_MARKS + '"':
        # "أضاف “لهذا السبب …”": a quotation with no speaker; "قال “فلان” إن …":
        # a name in quotation marks (a few words, something after them).
        close = _QUOTE_MARKS.search(after, 1)
        return (
            close is None
            or word_count(after[1 : close.start()]) > _SPEAKER_WORDS
            or not _LETTER.search(after[close.end() :])
        )
    return len(words) > 1 and (words[1] in _SAID_SO or _subjectless(words[1]))


def _what_was_said(text: str, memo: WordMemo) -> str:
    """Return the words after the إن of a subjectless speech verb, or ``text``.

    ``قال خلال اجتماعه باللاعبين إن …``: the speaker is in an earlier sentence;
    what was said is the fact.
    """
    previous = ""
    for token in islice(patterns.TOKEN.finditer(text), _SUBJECTLESS_REACH):
        word = memo.fold(token.group())
        if word in _THAT and previous not in _prepositions():  # not "في أن"
            return text[token.end() :].lstrip()
        if any(mark in _CLAUSE_COMMAS for mark in text[token.end() : token.end() + 2]):
            break  # a comma closes the verb's phrase: the rest is another clause
        previous = word
    return text


def _subjectless(second: str) -> bool:
    """Tell whether a speech verb's next word shows it has no subject there.

    The subject follows its verb (``قال الوزير في …``); a circumstance right after
    the verb (``قال في تصريحات …``، ``قال خلال …``، ``قال لـ…``) means the
    speaker was named before.
    """
    return second in _CIRCUMSTANCES


def _verb_like(word: str) -> bool:
    """Tell whether a first word is a speech verb or a word after "and" (a verb)."""
    return word in _speech_forms() or bare_word(word) != word


def first_end(text: str) -> int:
    """Return where the first token of ``text`` ends (0 without one)."""
    first = patterns.TOKEN.search(text)
    return first.end() if first else 0


def _is_question(text: str, memo: WordMemo | None = None) -> bool:
    """Tell whether ``text`` is a question.

    A question mark last (before any "!" or dots: ``؟!``, ``؟..``), or a listed
    interrogative first (``keypoint_question_words.txt``: ``ولماذا …``, ``وكيف …``).
    """
    if text.rstrip(_TRAILING + "!.…").endswith(_QUESTION_MARKS):
        return True
    first = patterns.TOKEN.search(text)
    if first is None:
        return False
    word = (_fold if memo is None else memo.fold)(first.group())
    words = _question_words()
    if word in words:
        return True
    return word[:1] in CONJUNCTIONS and word[1:] in words


def close_quotes(text: str) -> str:
    """Return ``text`` without its quotation marks when one is left unclosed.

    A clause cut out of a quoted passage keeps an opening or a closing mark only;
    shown alone it would look like a quote that never ends.  An empty pair (a
    name lost in pasting: ``مع شبكة “”``) quotes nothing and is removed.
    """
    if _EMPTY_QUOTE.search(text):
        text = " ".join(_EMPTY_QUOTE.sub(" ", text).split())
    opened = sum(text.count(mark) for mark in _OPEN_MARKS)
    closed = sum(text.count(mark) for mark in _CLOSE_MARKS)
    if opened == closed and text.count('"') % 2 == 0:
        return text
    return " ".join(_QUOTE_MARKS.sub("", text).split()).strip(" " + _COMMAS)


def is_bare_quote(sentence: str) -> bool:
    """Tell whether ``sentence`` is only a quotation (no reporting words outside)."""
    spans = quoted_spans(sentence)
    if not spans:
        return False
    position = 0
    for start, end in spans:
        if _LETTER.search(sentence, position, start):
            return False
        position = max(position, end)
    return not _LETTER.search(sentence, position)


def is_boilerplate(line: str) -> bool:
    """Tell whether a whole line is site noise (:mod:`mowjaz.text.noise`)."""
    return default_noise().is_noise(line)


def strip_connective(sentence: str, *, memo: WordMemo | None = None) -> str:
    """Remove one listed discourse connective from the start of ``sentence``.

    Only whole listed words are removed, and only when a comma or a space follows
    them; a word that merely starts with waw is left alone.  ``memo`` remembers
    folded words across calls.
    """
    connectives = _connectives()
    longest = len(connectives[0].words) if connectives else 0
    fold = _fold if memo is None else memo.fold
    first = patterns.TOKEN.search(sentence)
    if first is None or fold(first.group()) not in _first_words():
        return sentence
    tokens = list(islice(patterns.TOKEN.finditer(sentence), longest + 1))
    folded = [fold(token.group()) for token in tokens[:longest]]
    for connective in connectives:
        size = len(connective.words)
        if tuple(folded[:size]) != connective.words or size >= len(tokens):
            continue
        between = sentence[tokens[size - 1].end() : tokens[size].start()]
        has_comma = any(mark in between for mark in _COMMAS)
        if _closed_by_demonstrative(connective.words, fold(tokens[size].group())):
            has_comma = True
        if between.strip(" " + _COMMAS) or (connective.needs_comma and not has_comma):
            continue
        return sentence[tokens[size].start() :]
    return sentence


def _closed_by_demonstrative(words: Sequence[str], after: str) -> bool:
    """Tell whether a connective ending in "that" ends although no comma follows.

    ``إلى ذلك أعلنت الوزارة …``: the demonstrative has no noun after it, so it
    closes the connective; ``إلى ذلك الحين`` ("until that time") is no connective.
    """
    if not words or words[-1] not in _DEMONSTRATIVES:
        return False
    return not after.startswith(_DEFINITE)


# Word lists -------------------------------------------------------------------------


@cache
def _connectives() -> tuple[_Connective, ...]:
    """Return the listed connectives, longest first ("and for his part" first).

    The shared list (``connectives.txt``) and the key points' own openings that
    announce a fact (``keypoint_connectives.txt``: ``جدير بالذكر أن``).
    """
    found = []
    entries = [
        *read_word_list("connectives.txt"),
        *read_word_list("keypoint_connectives.txt"),
    ]
    for entry in entries:
        needs_comma = entry.endswith(tuple(_COMMAS))
        words = tuple(_fold(token) for token in patterns.TOKEN.findall(entry))
        found.append(_Connective(words=words, needs_comma=needs_comma))
    return tuple(sorted(found, key=lambda item: -len(item.words)))


@cache
def _first_words() -> frozenset[str]:
    return frozenset(
        connective.words[0] for connective in _connectives() if connective.words
    )


@cache
def _openers() -> dict[str, tuple[_Opener, ...]]:
    """Return the clause openers by their first folded word, longest first."""
    table: dict[str, list[_Opener]] = {}
    for entry in read_word_list("keypoint_clause_openers.txt"):
        words = tuple(_fold(token) for token in patterns.TOKEN.findall(entry))
        if words:
            opener = _Opener(words, after_comma=entry.startswith(_COMMA_OPENER))
            table.setdefault(words[0], []).append(opener)
    return {
        word: tuple(sorted(items, key=lambda item: -len(item.words)))
        for word, items in table.items()
    }


@cache
def _impersonal_starts() -> tuple[tuple[str, ...], ...]:
    return tuple(
        tuple(_fold(token) for token in patterns.TOKEN.findall(entry))
        for entry in read_word_list("keypoint_impersonal_starts.txt")
    )


@cache
def _item_labels() -> frozenset[str]:
    return frozenset(
        _fold(entry) for entry in read_word_list("keypoint_item_labels.txt")
    )


@cache
def _folded_list(name: str) -> frozenset[str]:
    """Return the folded entries of a one-word-per-line list."""
    return frozenset(_fold(entry) for entry in read_word_list(name))


@cache
def _voice_or_first_person() -> frozenset[str]:
    """Folded words of the writer's voice and first-person forms, read once."""
    return _folded_list("keypoint_voice_words.txt") | _folded_list(
        "keypoint_first_person.txt"
    )


def _prepositions() -> frozenset[str]:
    return _folded_list("keypoint_prepositions.txt")


def _relatives() -> frozenset[str]:
    return _folded_list("keypoint_relatives.txt")


@cache
def _fragment_starts() -> frozenset[str]:
    """Return the first words that leave a cut piece a phrase, not a clause.

    Prepositions, relative pronouns and subordinators: the piece continues the
    clause before the cut (and a clause after ``؛`` opening with one belongs to
    the sentence before).
    """
    return _prepositions() | _relatives() | _folded_list("keypoint_subordinators.txt")


@cache
def _verbs_with_preposition() -> dict[str, tuple[str, ...]]:
    """Map each listed verb (folded) to the prepositions of its complement."""
    table: dict[str, tuple[str, ...]] = {}
    for entry in read_word_list("keypoint_verbs_with_preposition.txt"):
        verb, preposition = (_fold(word) for word in entry.split())
        table[verb] = (*table.get(verb, ()), preposition)
    return table


@cache
def _condition_starts() -> frozenset[tuple[str, ...]]:
    """Return the listed openers of a conditional or concessive clause (folded)."""
    return frozenset(
        tuple(_fold(word) for word in entry.split())
        for entry in read_word_list("keypoint_condition_starts.txt")
    )


@cache
def _dangling_entries() -> tuple[tuple[str, ...], ...]:
    return tuple(
        tuple(_fold(token) for token in patterns.TOKEN.findall(entry))
        for entry in read_word_list("keypoint_dangling_starts.txt")
    )


@cache
def _pronoun_prepositions() -> frozenset[str]:
    """Return the listed dangling starts that are a preposition and a pronoun.

    ``له``, ``منهم``, ``عليه`` …
    """
    shapes = {head + tail for head in _PRONOUN_HOSTS for tail in _ATTACHED_PRONOUNS}
    return _dangling_starts() & frozenset(shapes)


@cache
def _question_words() -> frozenset[str]:
    words = read_word_list("keypoint_question_words.txt")
    return frozenset(_fold(word) for word in words)


@cache
def _dangling_starts() -> frozenset[str]:
    """Return the listed one-word dangling starts."""
    return frozenset(entry[0] for entry in _dangling_entries() if len(entry) == 1)


@cache
def _dangling_pairs() -> frozenset[tuple[str, ...]]:
    """Return the listed two-word dangling starts ("جاء ذلك")."""
    return frozenset(entry for entry in _dangling_entries() if len(entry) > 1)


def _speech_lines() -> list[str]:
    """Return the speech verbs of the quotes and the key points' report verbs."""
    return [
        *read_word_list("quote_speech_verbs.txt"),
        *read_word_list("keypoint_report_verbs.txt"),
        *read_word_list("keypoint_stance_verbs.txt"),
    ]


@cache
def _opinion_markers() -> frozenset[str]:
    return frozenset(
        _fold(word) for word in read_word_list("keypoint_opinion_markers.txt")
    )


@cache
def _stance_forms() -> dict[str, tuple[str | None, bool | None]]:
    """Map folded forms of the stance verbs to (past for a participle, feminine).

    A finite form maps to ``None`` for the verb (its own word is kept) and its
    gender: the past with ت and the present with ت are feminine, the plural
    ``None`` (a pronoun subject: no speaker fits).  A participle maps to its
    past verb, masculine or feminine by its ending.
    """
    table: dict[str, tuple[str | None, bool | None]] = {}
    for line in read_word_list("keypoint_stance_verbs.txt"):
        past, present, participle = [*line.split(), "-", "-"][:3]
        if past != "-":
            table[_fold(past)] = (None, False)
            table[_fold(past + "ت")] = (None, True)
            table[_fold(past + "وا")] = (None, None)
        if present.startswith("ي"):
            table[_fold(present)] = (None, False)
            table[_fold("ت" + present[1:])] = (None, True)
        if participle != "-" and past != "-":
            table[_fold(participle + "ا")] = (past, False)
            table[_fold(participle + "ة")] = (past + "ت", True)
            table[_fold(participle + "ين")] = (None, None)
    return table


@cache
def _speech_columns() -> tuple[tuple[str, str, str], ...]:
    """Return the past, present and participle of each speech verb ("-": none)."""
    rows = []
    for line in _speech_lines():
        columns = [*line.split(), "-", "-", "-"]
        rows.append((columns[0], columns[1], columns[_PARTICIPLE]))
    return tuple(rows)


@cache
def _past_verbs() -> frozenset[str]:
    """Return the folded past forms of the speech verbs, masculine and feminine."""
    return frozenset(
        _fold(past + ending)
        for past, _, _ in _speech_columns()
        if past != "-"
        for ending in ("", "ت")
    )


@cache
def _participle_past() -> dict[str, tuple[str, bool]]:
    """Map folded accusative participles to their past verb and its gender."""
    table: dict[str, tuple[str, bool]] = {}
    for past, _, participle in _speech_columns():
        if past != "-" and participle != "-":
            table[_fold(participle + "ا")] = (past, False)
            table[_fold(participle + "ة")] = (past + "ت", True)
    return table


def speech_form(word: str) -> bool:
    """Tell whether a folded word is a form of a speech verb (with و/ف)."""
    return word in _speech_forms()


def speech_dual(word: str) -> str:
    """Return the plural of a speech verb in the dual (``وقالا`` → ``وقالوا``).

    "They two said" (``قالا``, ``قالتا``), like "they said", has a pronoun
    subject: its speakers were named before.  "" when ``word`` is no such dual.
    Only here, not among :func:`speech_form`'s forms: a dual ending in ا is
    also an accusative noun (``ذكرا``), which would read a sentence as reported
    speech.
    """
    for ending in ("تا", "ا"):
        stem = word.removesuffix(ending)
        if stem != word and stem + "وا" in _speech_forms():
            return stem + "وا"
    return ""


@cache
def _speech_forms() -> frozenset[str]:
    """Folded past and present forms and participles of the speech verbs, with و/ف.

    The past with ت and وا, the present with ت for ي, the participle with ا/ة/ين.
    """
    forms: set[str] = set()
    for line in _speech_lines():
        columns = line.split()
        past = columns[0] if columns else "-"
        present = columns[1] if len(columns) > 1 else "-"
        participle = columns[_PARTICIPLE] if len(columns) > _PARTICIPLE else "-"
        if past != "-":
            # "He", "she" and "they" said (the plural: its subject is a pronoun).
            forms.update(_fold(past + ending) for ending in ("", "ت", "وا"))
        if present.startswith("ي"):
            # "He says", "she says" ("ويقول: …" has its speaker elsewhere too).
            forms.update(_fold(start + present[1:]) for start in ("ي", "ت"))
        if participle != "-":
            forms.update(_fold(participle + ending) for ending in ("ا", "ة", "ين"))
    return frozenset(forms | {conj + form for form in forms for conj in CONJUNCTIONS})
