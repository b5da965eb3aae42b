"""Pieces and units that state no fact: commentary and formulas (pure).

* **Commentary.**  An opinion column, an open letter, a poem, a sermon or a eulogy
  speaks in the writer's own voice; a news report tells of others in the third
  person.  A sentence is *voiced* when, outside quotation marks, it holds a word
  of the first or second person or a vocative (``text/data/keypoint_voice_words.txt``:
  ``نحن``, ``لنا``, ``أنتم``, ``يا``, ``أيها``, ``اللهم`` …) or ends with a question or
  an exclamation mark.  A sentence that holds a speech verb is reported speech,
  never the writer's voice (``وقال: نحن …`` is a news report's quotation), and
  so are the voiced sentences right after it (``وتساءل: من …؟ ومن …؟``).  A piece
  is commentary when at least ``COMMENTARY_SENTENCES`` of its sentences, and at
  least ``COMMENTARY_SHARE`` of them, are voiced, and its first sentence is not
  a report (a speech verb: ``قال الوزير …``) nor introduces a text (ends with
  ``:``, a statement given in full).  Only features of the text decide, never the
  outlet or the writer.
* **A bullet of commentary states the writer's claim in the third person.**
  Under a column's byline the box summarises the writer's argument: its
  claims and its facts, never a sentence in the writer's own voice (a first- or
  second-person word, a vocative, a word ending in ``نا``: ``بلادنا`` is "our
  country" as often as not) and never a unit of a sentence that asks or
  exclaims (the whole sentence, not only the clause, is read), nor one with a
  first-person form of ``text/data/keypoint_first_person.txt`` (``لكنني``,
  ``أعتقد``).  The byline above
  the box tells whose claims they are; a piece with no such sentence gets no box.
  (Until the fourth round on issue #22 only a fact with a figure was shown, and
  most columns got no box: an editor prefers the argument to an empty space.)
* **Formulas** (``text/data/keypoint_formulas.txt``: prayers, salutations, thanks)
  and contact lines (opening with an e-mail or web address) are never a bullet
  of any piece: their content is a formula, not an event or a claim.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from itertools import pairwise

from ..text import patterns
from ..text.memo import WordMemo
from ..text.normalize import fold
from ..text.segment import quoted_spans
from ..text.wordlists import read_word_list
from .units import SHORTEST_OWNED, bare_word, speech_form

# A piece is commentary when at least this share of its sentences are voiced ...
COMMENTARY_SHARE = 0.2
# ... and at least this many.
COMMENTARY_SENTENCES = 3
# Shorter "sentences" (a dash, a label, a line of a list) are not counted.
_SENTENCE_WORDS = 4
_ASKING = ("؟", "?", "!")
# Closing marks after the last mark of a sentence.
_TRAILING = " \"'»”)]."
_INTRODUCES = (":", ":-", ":\N{EN DASH}")
_BRACKETED = re.compile(r"\([^()]*\)")
# A contact line opens with an e-mail or web address, after a label or not
# ("تويتر: @…", "name@mail.com للتواصل …").
_ADDRESS = re.compile(r"^\W*(?:\w+\s*:\s*)?(?:\S*@|https?://|www\.)", re.IGNORECASE)
# Scripture in its brackets (curly or ornate) is a citation, no fact of the story.
_SCRIPTURE = re.compile("[{}\N{ORNATE LEFT PARENTHESIS}\N{ORNATE RIGHT PARENTHESIS}]")
_OUR = "نا"
# "بين" (and "وبين") is the preposition "between" far more often than the verb
# "he explained": no sign of reported speech.
_BETWEEN = frozenset({"بين", "وبين"})
# The particle of the future, and the letters of "I" and "we" on the verb after
# it (سوف نكون، سوف أكتب); a verb there has three letters at least.
_WILL = "سوف"
_FIRST_PERSON_PREFIXES = "أن"
_SHORTEST_VERB = 2
# The first person future (سأفعل) and the verb it is not (سأل, "asked").
_I_WILL = "سأ"
_ASKED = "سأل"
# Object pronouns after a "we" verb: "we witness it", "we call on them".
_OBJECTS = ("ها", "هم", "كم", "ه")


def outside_quotes(text: str) -> str:
    """Return ``text`` without its closed quotations."""
    pieces = []
    start = 0
    for opening, closing in quoted_spans(text):
        pieces.append(text[start:opening])
        start = closing
    pieces.append(text[start:])
    return " ".join(pieces)


def _words(text: str, memo: WordMemo) -> list[str]:
    return [memo.fold(word) for word in patterns.TOKEN.findall(text)]


def voiced(sentence: str, memo: WordMemo | None = None) -> bool:
    """Tell whether a sentence speaks in the writer's voice (not reported speech).

    A first- or second-person word or a vocative outside quotation marks, or a
    final question or exclamation mark.
    """
    memo = memo or WordMemo()
    outside = outside_quotes(sentence)
    found = list(patterns.TOKEN.finditer(outside))
    speech = _speech_at([memo.fold(match.group()) for match in found])
    if speech is None and _asks(_BRACKETED.sub(" ", outside)):
        return True
    # Reported speech: the verb comes first and the voiced words after it are the
    # speaker's ("وقال: نحن …"); a voice word before the verb is the writer's
    # ("إننا نحتاج خطة تعيد …").  A title or a name in brackets ("(أنا
    # والموهوبة)") is not the writer's voice.
    brackets = [match.span() for match in _BRACKETED.finditer(outside)]
    tokens = [
        match.group()
        for match in found[:speech]
        if not any(start <= match.start() < end for start, end in brackets)
    ]
    return (
        any(_voice_word(memo.fold(token)) for token in tokens)
        or any(_first_person_form(token) for token in tokens)
        or any(
            word == _WILL and _first_person_verb(after)
            for word, after in pairwise(tokens)
        )
    )


def _first_person_verb(token: str) -> bool:
    """Tell whether a word after ``سوف`` is a verb of "I" or "we" (``نكون``).

    After the particle of the future only an imperfect verb stands, and its
    first letter is its person: أ "I", ن "we".
    """
    plain = patterns.DIACRITICS.sub("", token)
    return plain[:1] in _FIRST_PERSON_PREFIXES and len(plain) > _SHORTEST_VERB


def speaks_as_we(unit: str, memo: WordMemo | None = None) -> bool:
    """Tell whether a unit says "we …" with a listed verb, and no one says it.

    A verb of ``text/data/keypoint_we_verbs.txt`` (``نود``، ``نناشد``،
    ``نشهده``) outside quotation marks, in a unit that reports no speech:
    whoever "we" are is not in the unit.  ``وقال الوزير: نطالب …`` names
    them.
    """
    memo = memo or WordMemo()
    if _reported(unit, memo):
        return False
    return any(_we_verb(word) for word in _words(outside_quotes(unit), memo))


def _we_verb(word: str) -> bool:
    """Tell whether a folded word is a listed "we" verb (with و/ف, an object)."""
    verbs = _we_verbs()
    return any(
        form in verbs or any(form.removesuffix(end) in verbs for end in _OBJECTS)
        for form in {word, bare_word(word)}
    )


def _asks(text: str) -> bool:
    """Tell whether a text ends with a question or an exclamation mark."""
    return text.rstrip(_TRAILING).endswith(_ASKING)


def _reported(sentence: str, memo: WordMemo) -> bool:
    """Tell whether a sentence holds a speech verb outside quotation marks.

    A word right after a preposition or a quantifier is a noun (``كل فرد`` is
    "every individual", not ف + "replied").
    """
    return _speech_at(_words(outside_quotes(sentence), memo)) is not None


def _speech_at(words: Sequence[str]) -> int | None:
    """Return the index of the first speech verb among folded words, or None."""
    nouns_follow = _noun_governors()
    return next(
        (
            index
            for index, word in enumerate(words)
            if speech_form(word)
            and word not in _BETWEEN
            and not (index and words[index - 1] in nouns_follow)
        ),
        None,
    )


def _voice_word(word: str) -> bool:
    """Tell whether a folded word is a listed voice word, alone or after و/ف.

    The rest after و/ف has three letters at least: ``ولي`` is a guardian.
    """
    return word in _voice_words() or bare_word(word) in _voice_words()


def is_commentary(sentences: Sequence[str], memo: WordMemo | None = None) -> bool:
    """Tell whether a piece, given as its sentences, is commentary, not news."""
    memo = memo or WordMemo()
    counted = [
        sentence
        for sentence in sentences
        if len(patterns.TOKEN.findall(sentence)) >= _SENTENCE_WORDS
    ]
    if not counted or _opens_report(counted[0], memo):
        return False
    voices = 0
    # A voiced sentence right after reported speech (``وتساءل: … ؟ من …؟``) is
    # the speaker's still: the run lasts until a sentence in neither voice.
    reporting = False
    for sentence in counted:
        if voiced(sentence, memo):
            voices += not reporting
        elif _reported(sentence, memo):
            reporting = True
        else:
            reporting = False
    return voices >= COMMENTARY_SENTENCES and voices >= COMMENTARY_SHARE * len(counted)


def _opens_report(sentence: str, memo: WordMemo) -> bool:
    """Tell whether a first sentence reports speech or introduces a text."""
    return sentence.rstrip().endswith(_INTRODUCES) or _reported(sentence, memo)


def states_fact(unit: str, memo: WordMemo | None = None, *, sentence: str = "") -> bool:
    """Tell whether a unit of commentary states a claim in the third person.

    ``sentence`` (optional) is the unit's whole sentence: a unit of a sentence
    that ends with a question or an exclamation mark is no claim either.
    """
    memo = memo or WordMemo()
    if voiced(unit, memo) or _asks(unit) or (sentence and _asks(sentence)):
        return False
    # "Our", "we": a word ending in نا is the first person as often as not
    # ("بلادنا", "تدخلنا"); in commentary the bullet abstains.  A voice word
    # counts here even beside a speech verb: a column reports no speech without
    # quotation marks that it does not also make its own ("يعد نيلا منا").
    bare = outside_quotes(unit)
    words = _words(bare, memo)
    if any(
        _voice_word(word) or (len(word) > SHORTEST_OWNED and word.endswith(_OUR))
        for word in words
    ):
        return False
    return not any(_first_person_form(word) for word in patterns.TOKEN.findall(bare))


def _first_person_form(word: str) -> bool:
    """Tell whether a word as written is a first-person form.

    A listed form (``لكنني``, ``أعتقد``), or a verb in the first person future
    (``سأتحدث``, ``وسأكتب``: the future's سـ, the hamza of "I", then a verb of
    three letters at least; ``سأل`` "asked" is the one common word it is not).
    """
    plain = patterns.DIACRITICS.sub("", word)
    bare = bare_word(plain)
    forms = _first_person_forms()
    future = (
        bare.startswith(_I_WILL)
        and not bare.startswith(_ASKED)
        and len(bare) - len(_I_WILL) >= SHORTEST_OWNED
    )
    return plain in forms or bare in forms or future


def is_formula(unit: str, memo: WordMemo | None = None) -> bool:
    """Tell whether a unit holds a formula (a prayer, a salutation, thanks).

    A unit that opens with an e-mail or web address, or with a listed word of
    contact (``للتواصل``: ``text/data/keypoint_contact_starts.txt``), is the
    writer's contact line, and one with scripture in its brackets a citation: no fact.
    """
    if _ADDRESS.search(unit) or _SCRIPTURE.search(unit):
        return True
    memo = memo or WordMemo()
    words = _words(unit, memo)
    if words and (words[0] in _contact_starts() or words[0][1:] in _contact_starts()):
        return True
    # "ورحم الله …", "… ونسأل الله أن …": the prayer after "and" is the prayer
    # still, wherever it stands in the unit.
    return any(
        _opens_formula(words, index, formula)
        for formula in _formulas()
        for index in range(len(words) - len(formula) + 1)
    )


def _opens_formula(words: Sequence[str], index: int, formula: tuple[str, ...]) -> bool:
    """Tell whether ``formula`` stands at ``index``, its first word after و/ف too."""
    first = words[index]
    if formula[0] not in (first, bare_word(first)):
        return False
    return tuple(words[index + 1 : index + len(formula)]) == formula[1:]


@cache
def _noun_governors() -> frozenset[str]:
    return frozenset(
        fold(word)
        for name in ("keypoint_prepositions.txt", "keypoint_quantifiers.txt")
        for word in read_word_list(name)
    )


@cache
def _voice_words() -> frozenset[str]:
    return frozenset(fold(word) for word in read_word_list("keypoint_voice_words.txt"))


@cache
def _we_verbs() -> frozenset[str]:
    return frozenset(fold(word) for word in read_word_list("keypoint_we_verbs.txt"))


@cache
def _contact_starts() -> frozenset[str]:
    return frozenset(
        fold(word) for word in read_word_list("keypoint_contact_starts.txt")
    )


@cache
def _first_person_forms() -> frozenset[str]:
    return frozenset(
        patterns.DIACRITICS.sub("", word)
        for word in read_word_list("keypoint_first_person.txt")
    )


@cache
def _formulas() -> tuple[tuple[str, ...], ...]:
    return tuple(
        tuple(fold(word) for word in patterns.TOKEN.findall(line))
        for line in read_word_list("keypoint_formulas.txt")
    )
