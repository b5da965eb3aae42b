"""One paragraph of a brief as attribution reads it: tokens, word kinds, quoted spans.

:class:`Paragraph` is the record both the name index
(:mod:`mowjaz.quotes.name_index`) and the story (:mod:`mowjaz.quotes.attribution`)
read; it lives on its own so that neither has to import the other.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from ..text.normalize import normalize
from ..text.quote_marks import QuotedSpan
from . import letters, names, word_kinds
from .lexicon import Lexicon, Speaker, Token, quote_tokens, verb_forms

# Nouns for a company or a network that can speak (issue statements) and whose
# quoted name an article gives once: شبكة "…"، شركة "…" (written for Mowjaz).
_NAMED_OWNERS = frozenset(
    normalize(word)
    for word in ("شركة", "شبكة", "موقع", "منصة", "صحيفة", "وكالة", "قناة", "مجلة")
)


# أن / إن / لكن open a nominal clause: its subject comes before its verb.
_CLAUSE_PARTICLES = frozenset(normalize(word) for word in ("أن", "إن", "لكن", "بأن"))
_FRONTED_WORDS = 6  # the longest role or institution read between أن and its verb
# The same particles with a pronoun (أنه، إنها، لكنهم، بأنه، وأنه): the pronoun is
# the subject of the verb right after them, whose next words are its object.
_PRONOUN_SUBJECTS = frozenset(
    prefix + particle + suffix
    for particle in _CLAUSE_PARTICLES
    for suffix in letters.PRONOUN_SUFFIXES
    for prefix in ("", letters.WAW, letters.FA)
) | frozenset(
    # "وهو يتابع حفارا": the pronoun opening a circumstantial clause is its subject.
    normalize(word)
    for word in ("وهو", "وهي", "وهم", "وهما", "وهن")
)

# A demonstrative opening its clause (وهذا يعتبر تقصيرا، وهذه تعني): the verb after it
# has it as subject, so the noun after the verb is its object or predicate.
_DEMONSTRATIVES = frozenset(
    prefix + normalize(word)
    for word in ("هذا", "هذه", "ذلك", "تلك", "هؤلاء", "أولئك")
    for prefix in ("", letters.WAW, letters.FA)
)

# A quantifier and its noun before a verb (أي شيء يهدد، كل طرف يعلن) are its subject.
_QUANTIFIERS = frozenset(
    prefix + normalize(word)
    for word in ("أي", "كل")
    for prefix in ("", letters.WAW, letters.FA)
)


# The verb of describing (وصف فلانا بأنه …): its object stands right after it.
_DESCRIBE = verb_forms("وصف يصف - -")
_ASIDE_WORDS = 6  # the longest aside between commas skipped after an object
# The verb of accusing (اتهم فلانا بـ…): its object, then ب and the charge.
_ACCUSE = verb_forms("اتهم يتهم - -")
_BA_THAT = normalize("بأن")  # بأنه، بأنها: "as", after the thing described
# قد between "that" with its pronoun and the verb (أنه قد يرى), as a negation
# (أنه لا يرى، إنها لم تقل: lexicon.negations) stands there.
_QAD = normalize("قد")
# The plural endings of a verb (كرروا، يقولون): a verb before its named subject is
# singular in Arabic, so a plural verb's subject is its pronoun, and the noun after
# it is its object.
_PLURAL_ENDINGS = (letters.WAW + letters.ALEF, letters.WAW + letters.NOON)


def plural_verb(norm: str) -> bool:
    """Tell whether a verb form carries a plural pronoun (كرروا، ويقولون)."""
    return norm.endswith(_PLURAL_ENDINGS)


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One block's text with its tokens, quoted spans and which tokens they hold.

    ``kinds`` holds the word kinds of each token
    (:func:`~mowjaz.quotes.word_kinds.token_kinds`); ``subjects`` remembers the
    subjects of its speech verbs, which the name index and the story both read.
    """

    number: int
    text: str
    tokens: list[Token]
    spans: list[QuotedSpan]
    quoted: list[bool]
    starts: list[int]
    kinds: list[int]
    subjects: dict[int, Speaker | None] = field(
        default_factory=dict, compare=False, repr=False
    )

    @classmethod
    def read(
        cls,
        number: int,
        text: str,
        spans: list[QuotedSpan],
        lex: Lexicon,
        memo: dict[str, tuple[bool, str, bool]] | None = None,
    ) -> Paragraph:
        """Tokenize block ``number`` and tell its word kinds and quoted tokens.

        ``spans`` are the paragraph's quoted spans
        (:func:`~mowjaz.text.quote_marks.quoted_spans`); ``memo`` is passed to
        :func:`~mowjaz.quotes.lexicon.quote_tokens`.
        """
        tokens = quote_tokens(text, memo)
        quoted = [False] * len(tokens)
        starts = [token.start for token in tokens]
        for span in spans:
            first = bisect.bisect_left(starts, span.opening)
            last = bisect.bisect_right(starts, span.closing)
            for position in range(first, last):
                quoted[position] = True
        kinds = word_kinds.token_kinds(tokens, lex)
        return cls(number, text, tokens, spans, quoted, starts, kinds)

    def subject_after(self, verb: int, lex: Lexicon) -> Speaker | None:
        """Return the subject of the speech verb at ``verb``, remembered.

        See :func:`~mowjaz.quotes.names.subject_after`.  A circumstantial
        participle (قائلا، مطالبة) has none after it: what follows is its object,
        and its subject is the main verb's.
        """
        if verb not in self.subjects:
            if (
                self.tokens[verb].norm in lex.participles
                or plural_verb(self.tokens[verb].norm)
                or self._fronted(verb, lex)
                or self._relative_clause_verb(verb, lex)
            ):
                self.subjects[verb] = None
            else:
                subject = names.subject_after(self.tokens, verb, lex, self.text)
                if subject is not None and self._described(verb, subject, lex):
                    subject = None
                self.subjects[verb] = subject
        return self.subjects[verb]

    def object_follows(self, verb: int, lex: Lexicon) -> bool:
        """Tell whether the noun after a verb of describing or accusing is its object.

        ``واتهم الحوثيين بترويج …``: the Houthis are accused, nobody new speaks.
        """
        if self.tokens[verb].norm not in _DESCRIBE | _ACCUSE:
            return False
        subject = names.subject_after(self.tokens, verb, lex, self.text)
        return subject is not None and self._described(verb, subject, lex)

    def _described(self, verb: int, subject: Speaker, lex: Lexicon) -> bool:
        """Tell whether the noun after a verb of describing is what it describes.

        ``يصف أنور بأنه "…"``: a name right before بأنه or بـ is the verb's object
        (he describes Anwar as …); the describer is the verb's pronoun, or a
        subject before it.  A title or an institution after the verb opens its
        subject, as news writes it (``ووصف رئيس الوزراء فلان الهجوم بأنه``).
        """
        if self.tokens[verb].norm not in _DESCRIBE | _ACCUSE:
            return False
        first = self.tokens[verb + 1]
        if word_kinds.is_title(first, lex):
            return False  # "ووصف رئيس الوزراء فلان الهجوم بأنه": a titled subject
        end = self.text.find(subject.text, self.tokens[verb].end)
        if end < 0:
            return False
        after = self._past_aside(
            bisect.bisect_left(self.starts, end + len(subject.text))
        )
        if after >= len(self.tokens):
            return False
        following = self.tokens[after].norm
        if self.tokens[verb].norm in _ACCUSE:
            return following[:1] == letters.BA  # "واتهم الحوثيين بترويج …"
        return following.startswith(_BA_THAT) or following == letters.BA

    def _past_aside(self, index: int) -> int:
        """Skip an aside set off by commas (``، في الوقت نفسه،``) at ``index``."""
        tokens = self.tokens
        if index >= len(tokens) or tokens[index].raw not in letters.COMMAS:
            return index
        for close in range(index + 1, min(len(tokens), index + _ASIDE_WORDS)):
            if tokens[close].raw in letters.COMMAS:
                return close + 1
        return index

    def _fronted(self, verb: int, lex: Lexicon) -> bool:
        """Tell whether the verb's subject stands before it: ``أن سلمى توعدت``.

        After أن or إن the clause opens with its subject, so a name between the
        particle and the verb is the subject and the noun after the verb its
        object (``توعدت وائل``: not وائل speaking).
        """
        position = verb - 1
        while position > 0 and (
            self.tokens[position].norm in lex.negations
            or self.tokens[position].norm == _QAD
        ):
            position -= 1  # "أنه لا يجد مبررا لـ…": the pronoun before the negation
        if position >= 0 and self.tokens[position].norm in _PRONOUN_SUBJECTS:
            return True  # "إنه طالب بتوفير ...": he demanded, not a name
        if position >= 0 and self._demonstrative_subject(position, verb, lex):
            return True
        if (
            position > 0
            and self.tokens[position - 1].norm in _QUANTIFIERS
            and self.tokens[position].word
            and not self.tokens[position].definite
        ):
            return True  # "وأي خلل يهدد سلامة الركاب": any fault, its subject
        position = verb - 1
        while (
            position > 0
            and verb - position <= names.MAX_NAME_WORDS
            and word_kinds.is_name_word(self.tokens[position], lex)
        ):
            position -= 1
        if (
            position < verb - 1
            and self.tokens[position].norm in _CLAUSE_PARTICLES
            and word_kinds.opens_name(self.tokens[position + 1], lex)
        ):
            return True
        return self._fronted_phrase(verb, lex)

    def _fronted_phrase(self, verb: int, lex: Lexicon) -> bool:
        """Tell whether a role or institution after أن or إن ends at the verb.

        ``أن المجلس البلدي أبلغ سكان الحي``، ``أن الهيئة نبهت التجار``: the
        particle's noun is the clause's subject, so the words after the verb are
        its object, not someone speaking.
        """
        for particle in range(verb - 1, max(-1, verb - 1 - _FRONTED_WORDS), -1):
            token = self.tokens[particle]
            if not token.word or self.quoted[particle]:
                return False
            if token.norm in _CLAUSE_PARTICLES:
                found = names.phrase_bounds(self.tokens, particle + 1, lex)
                return particle + 1 < verb and found is not None and found[3] == verb
        return False

    def _relative_clause_verb(self, verb: int, lex: Lexicon) -> bool:
        """Tell whether the verb opens a relative clause on its subject.

        ``الأخطار التي تهدد سلامة الحي``: a relative pronoun right before the
        verb stands for its subject, so the noun after the verb is its object.
        An object relative keeps a pronoun (``التي قال عنها الوزير``), so a
        subject may then follow.
        """
        if verb == 0 or self.tokens[verb - 1].norm not in names.RELATIVES:
            return False
        following = verb + 1
        return (
            following < len(self.tokens)
            and self.tokens[following].word
            and self.tokens[following].norm not in names.PRONOUN_OBJECTS
            and self.tokens[following].norm not in lex.fillers
        )

    def _demonstrative_subject(self, position: int, verb: int, lex: Lexicon) -> bool:
        """Tell whether a demonstrative at ``position`` is the verb's subject.

        It must open its clause: after a preposition (``وعن هذا قال الوزير``) it
        is no subject, nor before a verb with و (``هذا وقالت الوزارة``, a
        transition).
        """
        if self.tokens[position].norm not in _DEMONSTRATIVES:
            return False
        norm = self.tokens[verb].norm
        if norm[:1] in (letters.WAW, letters.FA) and norm[1:] in lex.verbs:
            return False
        before = self.tokens[position - 1] if position > 0 else None
        return before is None or not before.word or before.norm in _CLAUSE_PARTICLES

    def aliases(self, lex: Lexicon) -> list[tuple[str, str]]:
        """Return (institution head, quoted name) pairs: منظمة "…" gives the name."""
        found = []
        for span in self.spans:
            before = bisect.bisect_left(self.starts, span.opening) - 1
            if before < 0:
                continue
            norm = self.tokens[before].norm
            if norm[:1] in (letters.BA, letters.LAM) and norm[1:] in lex.bodies:
                norm = norm[1:]  # "بمنظمة "…"": the name all the same
            elif not (
                word_kinds.is_body(self.tokens[before], lex)
                or (norm in lex.cues and norm in _NAMED_OWNERS)
            ):
                continue
            if norm.startswith(letters.ARTICLE):
                # A class noun names its instance without the article (حركة
                # "…"، قناة "…"); after "الشرطة" or "الوزارة" the quotation is the
                # verb's object or the body's words, never the body's name.
                continue
            found.append((norm, self.text[span.start : span.end]))
        return found

    def index_before(self, offset: int) -> int:
        """Return the index of the last token that starts before ``offset``."""
        return bisect.bisect_left(self.starts, offset) - 1

    def index_after(self, offset: int) -> int:
        """Return the index of the first token that starts at or after ``offset``."""
        return bisect.bisect_left(self.starts, offset)
