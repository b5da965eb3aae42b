"""Speech or not, and who said it: the attribution of quoted spans, article-wide.

:class:`Story` reads the paragraphs of a brief in order, carrying who spoke last
and which institution issued each statement, and judges every quoted span
(:mod:`mowjaz.text.quote_marks`).  A span is speech when a speech verb stands
before it in its sentence (``وأضاف ترامب:``, ``مشيرًا إلى أن``), when a name or role
introduces it with a colon (``الاتحاد الأمريكي لكرة القدم: "…"``), when an
attribution follows it (``"…"، قال الوزير`` / ``"…" حسب تعبيره``), when it continues
a quotation of the same sentence or, as a whole paragraph, the previous
paragraph's quotation.  A span right after a noun that announces a name (film,
programme, slogan, agency: ``text/data/quote_nonspeech_cues.txt``) is a name.

The speaker is the subject of the speech verb (:mod:`mowjaz.quotes.names`), else
(``وأضاف:``) a subject standing before the verb (``وكان فلان قد قال``،
``البيان يطالب``), the person named just before in the clause (not across
``إذ``/``حيث``), the subject of the verb opening the sentence for a participle
or a verb joined to it (``كشف فلان عن …، وقال``، ``، كما أكد``، ``قائلا``) when
the two verbs agree in gender, the speaker of the sentence's previous
quotation, the person a title in the clause stands for, or the last speaker of
the article.  Words a statement relays (``وجاء في البيان``) are its issuer's,
words reported from a source (``ونقلت الوكالة عن فلان``) the source's.  A chain
of verbs without a subject opening their sentences (``وأضاف أن …، ولفت إلى …``)
keeps the last speaker speaking from paragraph to paragraph, when the verb
agrees in gender with that person (``وقال فلان`` then ``وأضافت`` is someone
else).  Captions come from the article's
:class:`~mowjaz.quotes.name_index.NameIndex`; a statement that speaks gives way to
whoever issued it (:mod:`mowjaz.quotes.issuers`).  The work is linear in the length
of the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from ..text.normalize import normalize
from ..text.quote_marks import QuotedSpan
from ..text.wordlists import read_word_list
from . import issuers, names, word_kinds
from .letters import (
    ALEF,
    ARTICLE,
    BA,
    COMMAS,
    FA,
    HAA,
    MADDA,
    PRONOUN_SUFFIXES,
    SENTENCE_ENDS,
    TAA,
    WAW,
    YAA,
    without_conjunction,
)
from .lexicon import Lexicon, Speaker, Token, quote_tokens
from .name_index import NameIndex
from .names import possessed
from .paragraph import Paragraph, plural_verb

_COLONS = frozenset({":"})
_ARABIC_LETTER = re.compile("[\N{ARABIC LETTER HAMZA}-\N{ARABIC LETTER YEH}]")
_COMMAS_SET = frozenset(COMMAS)
# "that" after a verb of saying: the quoted words follow as its object.
_INNA = frozenset(
    {
        "إن",
        "إنه",
        "إنها",
        "إنهم",
    }
)
_THAT = frozenset(normalize(word) for word in _INNA | {"أن", "أنه", "أنها"})
_FULL_NAME = 2  # words in a full name: a given name and a family name
# "another" (one, woman, ones): after a verb, its subject is someone new.
_ANOTHER = frozenset(
    normalize(word) for word in ("آخر", "أخرى", "آخرون", "آخرين", "أخريات")
)
_FA_INNA = normalize("فإن")  # "…، فإن فلان": the main clause after a fronted phrase
# "in it" after a verb without a subject: a relative clause on a statement.
_IN_IT = frozenset(normalize(word) for word in ("فيه", "فيها"))
_QAD = "قد"  # the particle قد between a subject and its verb
# كان (was) opening a sentence: its subject follows, and a participle later in the
# sentence describes it (وكان فلان دافع عن القانون قائلا).
_KANA = frozenset(normalize(word) for word in ("كان", "وكان", "كانت", "وكانت"))
_TO = "ل"  # "وقالت "منارة" لبي بي سي": the one spoken to
_AT = normalize("في")  # "وجاء في البيان"
# "it came (in)": the words of a statement (وجاء في البيان، بيانا جاء فيه).
_CAME = frozenset(
    normalize(word) for word in ("جاء", "وجاء", "ورد", "وورد", "جاءت", "وجاءت")
)
# Nouns that announce a title or a slogan before a colon (written for Mowjaz):
# "تحت عنوان: "…""، "رفعوا شعار: "…"" quote a heading, not words said.
_HEADED = frozenset(
    normalize(word) for word in ("عنوان", "بعنوان", "العنوان", "شعار", "بشعار")
)
# A word opening with ب or ل after a verb is its complement (بالقول، للصحافيين).
_PREPOSITION_PREFIXES = frozenset({"ب", "ل"})
_BA_THAT = normalize("بأن")  # "بأنه"، "بأنها": that, after a verb of describing
# "عبر حساب"، "على حساب": the account a post is published on.
_VIA = frozenset(normalize(word) for word in ("عبر", "على", "في"))
# "إلا أن"، "غير أن": but; the clause after أن opens with its subject.
_BUT = frozenset(normalize(word) for word in ("إلا", "غير", "و"))
_THAT_OR_BUT = frozenset(normalize(word) for word in ("أن", "إن", "لكن", "ولكن"))
_PARTICLE_AND_NAME = 2
_BARE_THAT = normalize("أن")  # also إن, folded alike
_FROM = normalize("عن")  # "نقلت الوكالة عن فلان": the source of reported words
# "…" على حد تعبير فلان، حسب قول فلان: in so-and-so's words.  A verbal noun of
# speech in construct with a name, after "to the extent of" or "according to",
# gives the words just quoted to that name, whatever verb came before them.
_WORDING_OPENERS = frozenset(
    normalize(word) for word in ("حسب", "بحسب", "وفق", "وفقا", "حد")
)
_WORDING_LIMIT = normalize("حد")
_WORDING_NOUNS = frozenset(normalize(word) for word in ("قول", "تعبير", "وصف"))
# Words pointing back to the quotation just closed (written for Mowjaz): "«…».
# هكذا علق فلان"، "«…»، بهذه العبارة ختم فلان الأمسية": thus, with these words.
_THUS = normalize("هكذا")
_WITH_THESE = normalize("بهذه")
_POINTED_WORDS = frozenset(
    normalize(word)
    for word in ("الكلمات", "الكلمة", "العبارات", "العبارة", "الجملة", "الجمل")
)
_POINTER_GAP = 3  # marks between the quotation and the pointer: "».. ،
# Prepositions that cite someone's words (عن فلان، بحسب فلان، وفق فلان): the
# person named after them speaks, unlike one named after any other preposition.
_CITING = frozenset(
    normalize(word) for word in ("عن", "حسب", "بحسب", "وفق", "وفقا", "لدى")
)
# "written on it": a banner, not speech; "spoke at": an event, not speech.
_ON_OR_AT = frozenset(
    normalize(word) for word in ("على", "عليه", "عليها", "عليهم", "في")
)
_WINDOW_WORDS = 40
# "وسئل عما إذا …، فأجاب": a passive "was asked" and the question it opens.
_ASKED = frozenset(normalize(word) for word in ("سئل", "سئلت"))
_QUESTION_OPENERS = frozenset(normalize(word) for word in ("عما", "عن", "إذا", "ما"))
# "وبعد عام كشف فلان": an adverb of time and its noun before a sentence's verb.
_TIME_ADVERBS = frozenset(normalize(word) for word in ("بعد", "قبل", "منذ"))
_TIME_PHRASE = 2
_AFTER_WORDS = 3
_BLOCK_END_SLACK = 3
_MAX_ANTECEDENT_WORDS = 5
_MAX_ROLE_WORDS = 6  # the longest role opening a sentence before its name
_FRONTED_WORDS = 4  # the longest phrase set off by a comma before a sentence's verb
_LONGEST_CONNECTIVE = 4  # words of the longest listed connective (وفي هذا السياق)
_COMMA_AND_OPENER = 2  # "، إذ قالت": the tokens before an explaining verb
_ROLE_AND_COMMA = 2  # "رئيس البلاد، فلان": a role word and a comma before a name
_VERB_AND_OBJECT = 2
_QUOTED_NAME_WORDS = 3
_DESCRIPTION_WORDS = 8  # "فلان "عامل في مخبز قديم": إن …": who he is
# "الرد عليه: "…"": a reply (its noun) to him, them or her (written for Mowjaz).
_TO_HIM = frozenset(normalize(word) for word in ("عليه", "عليها", "عليهم", "عليهما"))
_REPLY_NOUNS = frozenset(normalize(word) for word in ("رد", "جواب", "إجابة"))
# A work's title after its author's name (كتاب فلان "…") is a few words, and the
# author a few words after the noun of the work.
_TITLE_WORDS = 8
_AUTHOR_WORDS = 7
_AND = "و"
_ALSO = normalize("كما")  # "، كما أكدت أن": a verb joined to the sentence's own
# "على لسان" (on the tongue of): words put in someone else's mouth.
_TONGUE = normalize("لسان")
# "مستشهدا بما قاله فلان «…»": what another said (a speech verb with the pronoun of
# ما as its object) is cited; the words are that other's, not the verb's subject's.
_CITED_SAYINGS = frozenset(
    normalize(word) for word in ("قاله", "قالته", "قالوه", "يقوله", "تقوله")
)
_WHAT = frozenset(normalize(word) for word in ("ما", "بما", "مما", "كما", "لما"))
_FEMININE_PLURAL = "ات"  # مسابقات: the plural of a cue in ة (مسابقة, folded to ه)
# "one of" (أحد، إحدى): a subject that names nobody.
_ONE_OF = frozenset(normalize(word) for word in ("أحد", "إحدى"))
# The words after أحد that may name the group before the member's own name.
_MAX_GROUP_WORDS = 7
_UNNAMED_REACH = 10  # "موظفا محليا، لم يرغب في ظهور اسمه، قال": up to the verb
# "، وهو …،" / "، وهي …،": a description set off by commas, and its longest reach.
_AND_IT_IS = frozenset(normalize(word) for word in ("وهو", "وهي", "وهم"))
_DESCRIPTION_REACH = 16
_PREPOSITION_AND_NOUN = 2  # "على مناطق "…": the two words before a stray mark
_LIST_ITEMS = 4  # a quotation of this many short items between commas is a list
# A dash set apart by spaces (or an en or em dash) between two items of a list.
_DASH = re.compile("\\s-\\s|[\N{EN DASH}\N{EM DASH}]")
_ITEM_SEPARATOR = re.compile("[،,]|\\s-\\s|[\N{EN DASH}\N{EM DASH}]")
_ITEM_WORDS = 3
# Prepositions whose short object is a medium, a place or a party, never words
# said (written for Mowjaz): "مع "…""، "عبر "…""، "لدى "…"", "بحسب "…"" (the
# source named), "مثل "…"" (an example named), not لـ: "حدا لـ"…"".
_WITH = frozenset(
    normalize(word)
    for word in (
        "مع",
        "معه",
        "معها",
        "معهم",
        "عبر",
        "خلال",
        "لدى",
        "بحسب",
        "حسب",
        "وبحسب",
        "مثل",
    )
)
# How far back a dropped subject reaches: the paragraph before, no further (two
# paragraphs back gave wrong speakers on the labelled articles and no right one).
CARRY_PARAGRAPHS = 1


def _only_items(quoted: str) -> bool:
    """Tell whether a quotation is a list of names: short items between commas.

    ``"وادي الحمض، ضبا، تبوك، حقل"``: places or names listed, not a sentence
    anyone said (speech has clauses, not three words or fewer between commas).
    Items set apart by spaced dashes (``"البلدية - الدفاع المدني - فرع الوزارة
    بالمحافظة - …"``, or en and em dashes) are a list too: a dash between every
    two of them is list typography, never the punctuation of a sentence, so an
    item may also name an office and its town (one word more).
    """
    dashes = len(_DASH.findall(quoted))
    items = [item.split() for item in _ITEM_SEPARATOR.split(quoted)]
    longest = _ITEM_WORDS + 1 if dashes >= _LIST_ITEMS - 1 else _ITEM_WORDS
    return len(items) >= _LIST_ITEMS and all(0 < len(item) <= longest for item in items)


@cache
def _fronted_connectives() -> frozenset[tuple[str, ...]]:
    """Return the connectives that stand before a sentence's verb and subject.

    ``text/data/connectives.txt`` (the key points' list of sentence-opening
    connectives): its entries of two words or more (``من جانبه``، ``وفي هذا
    السياق``، ``ومع ذلك``), not those ending in أن, whose clause opens with its
    subject rather than a verb.
    """
    that = normalize("أن")
    phrases = set()
    for entry in read_word_list("connectives.txt"):
        words = tuple(normalize(word) for word in entry.rstrip("،,").split())
        if len(words) > 1 and words[-1] != that:
            phrases.add(words)
    return frozenset(phrases)


def _feminine(norm: str, lex: Lexicon) -> bool | None:
    """Tell a speech verb's gender from its form: ``قالت``، ``تقول``، ``قائلة``.

    A verb agrees in gender with its singular subject.  Feminine: a past with ت
    after a listed past (قالت، لفتت), a present with ت where the listed one has
    ي (تقول), a participle with ة (قائلة); masculine: the listed past itself
    when its ت form is listed too (قال، لفت), a present with ي, a participle
    with ا.  Plural forms and anything else tell nothing (``None``).
    """
    stem = norm[1:] if norm[:1] in ("و", "ف") and norm[1:] in lex.verbs else norm
    if stem not in lex.verbs or plural_verb(stem):
        return None
    if stem in lex.participles:
        return stem.endswith(HAA)
    feminine = (stem.endswith(TAA) and stem[:-1] in lex.verbs) or (
        stem.startswith(TAA) and YAA + stem[1:] in lex.verbs
    )
    masculine = stem + TAA in lex.verbs or (
        stem.startswith(YAA) and TAA + stem[1:] in lex.verbs
    )
    return feminine if feminine != masculine else None


@dataclass(frozen=True, slots=True)
class Said:
    """The verdict on one span: speech or not, who said it, and how that was found.

    ``route`` names the rule that gave the speaker (see :data:`ROUTES`); only some
    routes are certain enough for a reader (:data:`CERTAIN_ROUTES`).
    """

    speech: bool
    speaker: str | None = None
    route: str = ""


NOT_SPEECH = Said(speech=False)

# How a speaker was found, from the most direct to the most remote.
ROUTES = (
    "subject",  # the subject after a speech verb: وقال الوزير "…"
    "head",  # a participle's subject, the opening verb's: ورد النائب فلان على …، قائلا
    "before",  # a subject right before its verb: وكان فلان قد قال، البيان يطالب
    "relative",  # the antecedent of الذي قال
    "statement",  # the issuer of the statement of قال فيه، وجاء في البيان
    "opening",  # the subject of the verb opening the sentence: ودعا فلان …، قائلا
    "clause",  # a person named in the verb's clause: فلان، الذي …، مضيفا
    "sentence",  # the subject of the sentence's first verb: ودافع فلان، قائلا
    "titled",  # the person a title before the verb stands for
    "mention",  # a person named earlier in the sentence
    "source",  # the source of reported words: ونقلت الوكالة عن فلان "…"
    "colon",  # a name or role with a colon: الاتحاد: "…"
    "after",  # an attribution after the quote: "…"، قال الوزير
    "wording",  # in the words of: "…" على حد تعبير فلان، حسب قول فلان
    "pointed",  # thus said: "…". هكذا علق فلان، بهذه العبارة ختم فلان
    "joined",  # no subject: the speaker of the sentence's previous quote
    "carried",  # no subject: the speaker just before, with nobody else named since
    "last",  # nobody named: the article's last speaker
)
# The rules (route:kind) whose speakers are shown: those eval/quotes.py chooses on
# all four labelled sources (each rotation of its leave-one-source-out chose the
# same): the grammatical routes, and the speaker carried (name or institution).
CERTAIN_ROUTES = frozenset(
    {
        f"{route}:{kind}"
        for route in (
            "subject",
            "before",
            "relative",
            "statement",
            "colon",
            "joined",
            "source",
            "wording",
            "pointed",
        )
        for kind in ("name", "body", "role")
    }
    | {
        "head:name",
        "head:body",
        "opening:name",
        "titled:name",
        "carried:name",
        "carried:body",
    }
)


@dataclass(frozen=True, slots=True)
class _Event:
    """A speaker named at ``offset``, or the issuer of the ``statement`` named there.

    ``verb`` is the token index of a speech verb with no subject (``وأضاف أن``):
    the last speaker still speaking there, when nobody else was named since.
    ``unnamed`` marks a verb whose subject is a person left unnamed (``لكن
    مسؤولا تركيا نفى``): from there on, no one named earlier is still speaking.
    """

    offset: int
    caption: str | None
    statement: str | None = None
    verb: int | None = None
    unnamed: bool = False
    feminine: bool | None = None  # the verb's gender, when its form tells
    topic: bool = False  # the subject of a verb other than speech (أثنى فلان)


@dataclass(slots=True)
class Story:
    """Reads paragraphs in order, carrying who spoke last."""

    lex: Lexicon
    index: NameIndex
    mentions: frozenset[str]
    last_speaker: str | None = None
    # Whether the last speaker is only the topic of a sentence, never quoted or
    # the subject of a speech verb: carried to a verb right after, never guessed.
    topical: bool = False
    last_issuer: str | None = None
    issuers: dict[str, str] = field(default_factory=dict)
    previous: Said = field(default_factory=lambda: NOT_SPEECH)
    # Where the last speaker was named or quoted (paragraph order, token index),
    # and the paragraph read before this one.
    last_place: tuple[int, int] | None = None
    order: int = -1
    seen: list[Paragraph] = field(default_factory=list)
    # Quoted names that are a speech verb's subject (وقالت "منارة"): news quotes
    # the names of organisations and media, not of people.
    quoted_subjects: set[str] = field(default_factory=set)
    # Short quoted words read as a name (after a cue noun, a title): the same
    # words quoted again later name the same thing.
    quoted_names: set[str] = field(default_factory=set)
    # The gender of the verbs each speaker was named with (قالت فلانة: female).
    feminine: dict[str, bool] = field(default_factory=dict)

    def read(self, paragraph: Paragraph) -> list[tuple[QuotedSpan, Said]]:
        """Judge every span of ``paragraph``; update who spoke and issued last."""
        results: list[tuple[QuotedSpan, Said]] = []
        self.order += 1
        events = self._events(paragraph)
        position = 0
        for number, span in enumerate(paragraph.spans):
            while position < len(events) and events[position].offset < span.opening:
                self._note(events[position], paragraph)
                position += 1
            said = self._judge(paragraph, number, results)
            if said.speaker:
                self.last_speaker = said.speaker
                self.topical = False
                self.last_place = (self.order, paragraph.index_before(span.closing))
            results.append((span, said))
        for event in events[position:]:
            self._note(event, paragraph)
        if not paragraph.spans:
            self._renew(paragraph)
        self.seen.append(paragraph)
        if (
            results
            and results[-1][0].closing
            >= len(paragraph.text.rstrip()) - _BLOCK_END_SLACK
        ):
            self.previous = results[-1][1]
        else:
            self.previous = NOT_SPEECH
        return results

    def _renew(self, paragraph: Paragraph) -> None:
        """Keep the last speaker in place when a sentence here has them as subject.

        ``ووجه الرئيس الراحل انتقادات …`` between two of his quotations names the
        same person as the subject of its opening verb: a ``وقال`` in the next
        paragraph still continues him.  Only a later place than the one already
        noted in this paragraph counts.
        """
        if self.last_speaker is None:
            return
        tokens = paragraph.tokens
        for position, token in enumerate(tokens):
            if paragraph.quoted[position] or token.norm[:1] not in ("و", "ف"):
                continue
            if (
                position
                and tokens[position - 1].raw not in SENTENCE_ENDS
                and not self._main_clause(tokens, position)
            ):
                continue
            if self.last_place is not None and self.last_place >= (
                self.order,
                position,
            ):
                continue
            end = self._same_subject(paragraph, position + 1)
            if end is not None:
                self.last_place = (self.order, end)

    @staticmethod
    def _main_clause(tokens: list[Token], position: int) -> bool:
        """Tell whether ``فإن`` after a comma opens the main clause of its sentence.

        ``وعلى الرغم من …، فإن النحات تلقى …``: after a fronted phrase, فإن
        brings in the sentence's subject as a sentence opening with a verb does.
        """
        return tokens[position].norm == _FA_INNA and tokens[position - 1].raw in COMMAS

    def _same_subject(self, paragraph: Paragraph, start: int) -> int | None:
        """Return where the last speaker, named at ``start`` by name or role, ends.

        ``الرئيس اليمني الراحل`` stands for the person the article gave that
        title; a name stands for the fullest name that holds it.
        """
        tokens = paragraph.tokens
        if start >= len(tokens) or not tokens[start].word:
            return None
        text = paragraph.text
        found: list[Speaker] = []
        if word_kinds.is_title(tokens[start], self.lex):
            end = names.role_end(tokens, start, self.lex)
            found.append(names.speaker_of(tokens, start, end, "role", text))
        phrase = names.phrase_at(tokens, start, self.lex, text)
        if phrase is not None:
            found.append(phrase)
        for speaker in found:
            if self._resolve(speaker) == self.last_speaker:
                return start + len(speaker.key)
        return None

    def _note(self, event: _Event, paragraph: Paragraph) -> None:
        if event.unnamed:
            self.last_speaker = None
            self.last_place = None
            return
        if event.verb is not None:
            # "وأضاف أن …، ولفت إلى …": a chain of verbs without a subject keeps
            # the last speaker speaking, paragraph after paragraph.
            if self._carried(paragraph, event.verb):
                self.last_place = (self.order, event.verb)
            return
        if event.statement:
            self.last_issuer = event.caption
            if event.caption:
                self.issuers[event.statement] = event.caption
        elif event.caption:
            self.last_speaker = event.caption
            self.topical = event.topic
            self.last_place = (self.order, paragraph.index_after(event.offset))
            if event.feminine is not None:
                self.feminine[event.caption] = event.feminine

    def _events(self, paragraph: Paragraph) -> list[_Event]:
        """Speech verbs with an explicit subject and statements with their issuer.

        Only words outside quotation marks count; the events are in text order.
        """
        events = []
        tokens, text = paragraph.tokens, paragraph.text
        for position, kind in enumerate(paragraph.kinds):
            if not kind & (word_kinds.STATEMENT | word_kinds.VERB):
                continue
            if paragraph.quoted[position]:
                continue
            token = tokens[position]
            if kind & word_kinds.STATEMENT:
                issuer = issuers.statement_issuer(
                    tokens, position, self.lex, text, paragraph.quoted
                )
                if issuer is None and token.definite:
                    continue  # "البيان" again: the statement already introduced
                known = issuer is not None and not names.is_statement_role(
                    issuer, self.lex
                )
                caption = self.index.resolve(issuer) if known and issuer else None
                key = word_kinds.statement_key(token.norm, self.lex)
                events.append(_Event(token.start, caption, statement=key))
            elif self._verb_at(tokens, position):
                subject = self._subject_after(paragraph, position)
                if subject is not None and names.is_titled(subject, self.lex):
                    # A person's name agrees with the verb's gender; an
                    # institution speaks with either (قالت الوزارة، وأضاف البيان).
                    gender = (
                        _feminine(token.norm, self.lex)
                        if subject.kind == "name"
                        else None
                    )
                    events.append(
                        _Event(token.start, self._resolve(subject), feminine=gender)
                    )
                elif subject is None:
                    before = self._subject_before(paragraph, position)
                    if before is not None and not self._in_reported(
                        paragraph, position
                    ):  # "وكان فلان أدلى بتصريحات"
                        events.append(_Event(token.start, before))
                    elif self._unnamed_subject(
                        paragraph, position
                    ) or self._unread_name(paragraph, position):
                        # "لكن مسؤولا نفى"، "قالت آن فلان": someone the rules
                        # cannot name speaks; nobody before is still speaking.
                        events.append(_Event(token.start, None, unnamed=True))
                    elif self._opens_chain(paragraph, position):
                        events.append(_Event(token.start, None, verb=position))
        events.extend(self._topics(paragraph))
        return sorted(events, key=lambda event: event.offset)

    def _topics(self, paragraph: Paragraph) -> list[_Event]:
        """Persons a sentence opens with as the subject of another verb.

        ``من ناحيته، أثنى اللاعب فلان الفلاني على الفريق. وقال: "…"``: a sentence
        whose verb (not one of speech) opens it, with a title and a full name
        after it, makes that person the topic; a speech verb with no subject
        after it has him as subject.
        """
        tokens = paragraph.tokens
        found = []
        for start in self._sentence_starts(paragraph):
            words = [k for k in range(start, len(tokens)) if tokens[k].word][
                : _FRONTED_WORDS + 2
            ]
            window = list(range(start, min(len(tokens), start + _FRONTED_WORDS + 2)))
            skip = self._fronted_phrase(tokens, window, words)
            if skip >= len(words):
                continue
            verb = words[skip]
            following = verb + 1
            if (
                paragraph.quoted[verb]
                or paragraph.kinds[verb] & (word_kinds.STATEMENT | word_kinds.VERB)
                or not self._verb_like(tokens[verb])
                or tokens[verb].norm in self.index.words
                or word_kinds.is_title(tokens[verb], self.lex)
                or following >= len(tokens)
                or paragraph.quoted[following]
            ):
                continue
            titled = word_kinds.is_title(tokens[following], self.lex)
            if not titled and not self._known_surname(tokens, following):
                continue
            subject = names.subject_after(tokens, verb, self.lex, paragraph.text)
            if subject is None or (subject.kind != "name" and titled):
                continue
            if not titled and subject.key != (tokens[following].norm,):
                continue
            caption = self._resolve(subject)
            key = tuple(normalize(caption).split())
            if len(key) >= _FULL_NAME and key in self._people_keys():
                # The title's gender is the person's: الوزير، الوزيرة; a name
                # alone tells none.
                feminine = tokens[following].norm.endswith(HAA) if titled else None
                found.append(
                    _Event(tokens[verb].start, caption, feminine=feminine, topic=True)
                )
        return found

    def _known_surname(self, tokens: list[Token], index: int) -> bool:
        """Tell whether the word at ``index`` alone is a person's family name.

        ``اشتكى الكعبي من …`` after ``سامي الكعبي`` was introduced: the last
        word of exactly one full name the article introduces as a person, written
        alone with the article and no other name word after it, is that person.
        """
        token = tokens[index]
        if not token.definite or token.norm not in self.mentions:
            return False  # a family name with the article: الكعبي, never رأس
        holders = [
            person
            for person in self.index.people
            if len(person.key) >= _FULL_NAME and person.key[-1] == token.norm
        ]
        if len({person.key for person in holders}) != 1:
            return False
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        return (
            following is None
            or not following.word
            or following.norm not in self.index.words
        )

    def _people_keys(self) -> frozenset[tuple[str, ...]]:
        """Return the names the article introduced as people (title, speech verb)."""
        return frozenset(person.key for person in self.index.people)

    @staticmethod
    def _sentence_starts(paragraph: Paragraph) -> list[int]:
        """Return the token index where each sentence of ``paragraph`` opens."""
        tokens = paragraph.tokens
        return [
            k
            for k in range(len(tokens))
            if tokens[k].word
            and not paragraph.quoted[k]
            and (not k or tokens[k - 1].raw in SENTENCE_ENDS)
        ]

    def _one_of(self, paragraph: Paragraph, verb: int) -> bool:
        """Tell whether the verb's subject is one of a group: ``وقالت إحدى …``."""
        following = verb + 1
        tokens = paragraph.tokens
        while following < len(tokens) and tokens[following].norm in self.lex.fillers:
            following += 1
        return following < len(tokens) and tokens[following].norm in _ONE_OF

    def _one_named(self, paragraph: Paragraph, verb: int) -> Speaker | None:
        """Return the full name that closes ``أحد …`` as the verb's subject.

        ``وقال أحد مؤسسي الجمعية فلان الفلاني:``: one of a group, then
        his name in apposition, closed by a mark; the name is the speaker.
        Without a name (``وقالت إحدى المشاركات``) nobody is named.
        """
        if not self._one_of(paragraph, verb):
            return None
        tokens = paragraph.tokens
        start = verb + 1
        while tokens[start].norm not in _ONE_OF:
            start += 1
        for position in range(start + 2, min(len(tokens), start + _MAX_GROUP_WORDS)):
            token = tokens[position]
            if (
                not token.word
                or paragraph.quoted[position]
                or paragraph.kinds[position] & word_kinds.VERB
                or token.norm in _THAT
            ):
                return None
            if not tokens[position - 1].definite or token.definite:
                continue
            end = names.name_end(tokens, position, self.lex)
            key = tuple(t.norm for t in tokens[position:end])
            if len(key) >= _FULL_NAME and key in self.index.closed:
                return names.speaker_of(tokens, position, end, "name", paragraph.text)
        return None

    def _unnamed_subject(self, paragraph: Paragraph, verb: int) -> bool:
        """Tell whether an unnamed person is the subject before the verb.

        ``لكن موظفا محليا أنكر ذلك``، ``غير أن موظفا محليا، لم يرغب في ظهور اسمه، قال``:
        an indefinite title in the accusative after أن، إن، لكن opens the clause
        of the verb.  Words said next belong to that person, not to the one
        named before; words the verb reports (``قال فلان إن مسؤولا أبلغه``) do not
        count.  So does one of a group after the verb (``وقالت إحدى المشاركات``).
        """
        if self._in_reported(paragraph, verb):
            return False
        if self._one_of(paragraph, verb):
            return True
        tokens = paragraph.tokens
        for position in range(verb - 1, max(0, verb - _UNNAMED_REACH) - 1, -1):
            token = tokens[position]
            if paragraph.quoted[position] or token.raw in SENTENCE_ENDS:
                return False
            if (
                position > 0
                and tokens[position - 1].norm in _THAT_OR_BUT
                and not token.definite
                and token.norm.endswith(ALEF)
                and token.norm[:-1] in self.lex.titles
            ):
                return True
        return False

    def _in_reported(self, paragraph: Paragraph, verb: int) -> bool:
        """Tell whether a word stands in what a speech verb before it reports.

        ``وقال فلان إن الرئيس أعلن …``: the president is the topic of the words
        reported, not the one speaking; a later ``وأضاف`` continues فلان.
        """
        tokens = paragraph.tokens
        position = verb - 1
        that = False
        while position >= 0 and tokens[position].raw not in SENTENCE_ENDS:
            if tokens[position].norm in _THAT:
                that = True
            elif that and self._verb_at(tokens, position):
                return True
            position -= 1
        return False

    def _reported_subject(self, paragraph: Paragraph, verb: int) -> bool:
        """Tell whether a verb in reported words follows a person named in them.

        ``وقال فلان إن الممثل فلان كشف الحيلة حين قال: "…"``: the second
        verb stands in what the first reports, and its subject is the person
        those words name, not the one reporting them.
        """
        tokens = paragraph.tokens
        position = verb - 1
        named = False
        while position >= 0 and tokens[position].raw not in SENTENCE_ENDS:
            token = tokens[position]
            if token.norm in _THAT:
                return named and self._in_reported(paragraph, position + 1)
            if not paragraph.quoted[position] and (
                token.norm in self.mentions or word_kinds.is_title(token, self.lex)
            ):
                named = True
            position -= 1
        return False

    def _opens_chain(self, paragraph: Paragraph, verb: int) -> bool:
        """Tell whether a verb without a subject opens its sentence (``وأضاف``).

        Only a verb at the start of a sentence or clause (after a full stop or a
        comma, with و or ف) and followed by أن، إن، a colon or a preposition
        continues the speaker before it; a verb after أن or a relative pronoun has
        a subject of its own, before it.
        """
        tokens = paragraph.tokens
        token = tokens[verb]
        if token.norm[:1] not in ("و", "ف") and token.norm not in self.lex.participles:
            return False
        if plural_verb(token.norm):
            return False  # "وقالوا إن": a group speaks, not the last speaker
        following = tokens[verb + 1] if verb + 1 < len(tokens) else None
        if following is None or not (
            following.norm in _THAT
            or following.raw in _COLONS
            or following.norm in self.lex.prepositions
        ):
            return False  # "وقالت أخرى": a subject of its own may follow
        if not verb:
            return True
        before = tokens[verb - 1]
        return not before.word and before.raw in SENTENCE_ENDS | _COMMAS_SET

    def _resolve(self, speaker: Speaker) -> str:
        """Caption ``speaker``; a statement (``التقرير``) gives way to its issuer."""
        if names.is_statement_role(speaker, self.lex):
            key = word_kinds.statement_key(speaker.key[0], self.lex)
            issuer = self.issuers.get(key, self.last_issuer)
            if issuer:
                return issuer
        return self.index.resolve(speaker)

    def _judge(
        self,
        paragraph: Paragraph,
        number: int,
        earlier: list[tuple[QuotedSpan, Said]],
    ) -> Said:
        span = paragraph.spans[number]
        window, joined = self._window(paragraph, number, earlier)
        tokens = paragraph.tokens
        colon = bool(window) and tokens[window[-1]].raw in _COLONS
        if (
            self._is_name(paragraph, window, span, colon=colon)
            or self._listed_name(paragraph, span, earlier)
            or _only_items(paragraph.text[span.start : span.end])
            or self._stray_after_noun(paragraph, span)
        ):
            return NOT_SPEECH
        verbs = self._main_verbs(
            paragraph, window, [k for k in window if self._verb_at(tokens, k)]
        )
        relayed = self._in_the_words_of(paragraph, span) or self._relayed(
            paragraph, window, verbs
        )
        if relayed is not None:
            return relayed
        if verbs:
            return self._spoken(paragraph, verbs[-1], window, joined, earlier)
        if colon:
            return self._introduced(paragraph, window)
        if joined and earlier and earlier[-1][1].speech:
            return earlier[-1][1]
        return self._judge_without_verb(paragraph, span, window)

    def _stray_after_noun(self, paragraph: Paragraph, span: QuotedSpan) -> bool:
        """Tell whether a mark never closed opens right after a preposition's noun.

        ``تنشط الرياح على مناطق "الساحل والهضبة …`` to the paragraph's end: the
        words after an indefinite noun governed by a preposition are what it
        names (places, items), and no mark closes them: a stray mark, not words
        said.  A statement (``في بيان "…``) or a noun with a possessive
        (``خلال كلمته "…``: his speech) still introduces speech.
        """
        if span.closing < len(paragraph.text):
            return False
        before = [
            token
            for token in paragraph.tokens
            if token.end <= span.opening and token.raw.strip()
        ][-_PREPOSITION_AND_NOUN:]
        if len(before) < _PREPOSITION_AND_NOUN:
            return False
        preposition, noun = before
        return (
            without_conjunction(preposition.norm) in self.lex.prepositions
            and noun.word
            and not noun.definite
            and not possessed(noun)
            and noun.norm not in self.lex.statements
            and noun.norm not in self.lex.function_words
        )

    def _in_the_words_of(self, paragraph: Paragraph, span: QuotedSpan) -> Said | None:
        """``"…" على حد تعبير فلان``، ``"…"، حسب قول فلان``: the name's words.

        The formula right after the quotation (a comma between them at most)
        names whose words they are, so a verb before it reports them second-hand
        (``وقالت الشركة إنها حذفت الحسابات "…" على حد تعبير مديرها فلان``).  The
        noun with a pronoun (``حسب تعبيره``) is left to the verb before.
        """
        tokens = paragraph.tokens
        position = paragraph.index_after(span.closing + 1)
        if position < len(tokens) and tokens[position].raw in _COMMAS_SET:
            position += 1
        if position < len(tokens) and tokens[position].norm == word_kinds.ON:
            position += 1  # "على حد": to the extent of
        if position + 2 >= len(tokens) or paragraph.quoted[position]:
            return None
        opener, noun = tokens[position].norm, tokens[position + 1].norm
        if opener not in _WORDING_OPENERS:
            return None
        if noun[:1] == _TO and opener != _WORDING_LIMIT:
            noun = noun[1:]  # "وفقا لتعبير فلان"
        if noun not in _WORDING_NOUNS or paragraph.quoted[position + 2]:
            return None
        found = names.phrase_at(tokens, position + 2, self.lex, paragraph.text)
        if found is None:
            return None
        return Said(True, self._resolve(found), "wording")

    def _main_verbs(
        self, paragraph: Paragraph, window: list[int], verbs: list[int]
    ) -> list[int]:
        """Leave out the verbs of a relative clause on the speech verb's subject.

        ``وقال فلان الذي يدير المركز منذ عامين «…»``: ``يدير`` belongs to the
        relative clause that describes the subject, and the quotation is the
        object of ``قال``.  Only when the relative clause runs unbroken (no comma
        or colon) to the quotation and has no speech verb of its own (``الذي
        قال`` is the relative route).
        """
        tokens = paragraph.tokens
        for position in window:
            if tokens[position].norm not in names.RELATIVES:
                continue
            main = [k for k in verbs if k < position]
            clause = [k for k in verbs if k > position]
            if (
                not main
                or not clause
                or not self._speech_word(tokens[main[-1]])
                or any(
                    self._speech_word(tokens[k])
                    and not self._possessed_object(paragraph, k)
                    for k in clause
                )
                or any(
                    tokens[k].raw in _COMMAS_SET | _COLONS
                    for k in window
                    # the colon before the quotation opens it (قال …: «…»)
                    if position < k < window[-1] or tokens[k].raw in _COMMAS_SET
                )
            ):
                return verbs
            return main
        return verbs

    def _possessed_object(self, paragraph: Paragraph, verb: int) -> bool:
        """Tell whether a verb's subject is followed by an object with a pronoun.

        ``قبل أن يختتم الفريق جولته``: the verb (one of speech elsewhere, as in
        ``اختتم حديثه``) has a thing as object here, so it reports no words.
        """
        subject = paragraph.subject_after(verb, self.lex)
        if subject is None:
            return False
        following = verb + 1 + len(subject.key)
        tokens = paragraph.tokens
        return (
            following < len(tokens)
            and not paragraph.quoted[following]
            and tokens[following].word
            and possessed(tokens[following])
            and tokens[following].norm not in _THAT
        )

    def _reply_to_someone(self, paragraph: Paragraph, window: list[int]) -> bool:
        """Tell whether the words are a reply given to the person before them.

        ``ليكون الرد عليه: "…"``: the reply (الرد، ردا) to him, by someone the
        sentence does not name; never the words of the sentence's subject.
        """
        tokens = paragraph.tokens
        words = [k for k in window if tokens[k].word]
        if len(words) < _VERB_AND_OBJECT:
            return False
        to_him, reply = tokens[words[-1]], tokens[words[-2]]
        bare = reply.norm.removeprefix("ال").removesuffix("ا")
        return (
            to_him.norm in _TO_HIM and words[-1] >= window[-2] and bare in _REPLY_NOUNS
        )

    def _is_name(
        self, paragraph: Paragraph, window: list[int], span: QuotedSpan, *, colon: bool
    ) -> bool:
        """Tell whether the span names something or heads something: not speech.

        A name quoted earlier (``شركة "…"``) is that name again wherever it is
        quoted; a title after ``عنوان:`` is a heading.
        """
        words = " ".join(paragraph.text[span.start : span.end].split())
        if words in self.quoted_names or self._institution_named(paragraph, span):
            return True
        tokens = paragraph.tokens
        if colon:
            # "تحت عنوان: "…"": a title, not words said
            return len(window) > 1 and tokens[window[-2]].norm in _HEADED
        if not (
            self._names_something(paragraph, window, span)
            or self._clause_subject(paragraph, window, span)
        ):
            return False
        if self._short(paragraph, span):
            self.quoted_names.add(words)
        return True

    def _clause_subject(
        self, paragraph: Paragraph, window: list[int], span: QuotedSpan
    ) -> bool:
        """Tell whether a few quoted words after أن are its clause's subject.

        ``وأشار إلى أن "شبكة الواحة" تمضي في عملها``: a short quotation
        right after أن with a verb of the present after the closing mark is the
        noun the clause is about (a name), not words someone said.
        """
        if not window or paragraph.tokens[window[-1]].norm != _BARE_THAT:
            return (
                False  # "أنه «…» يستحق": after a pronoun, the words are its predicate
            )
        if not self._short(paragraph, span):
            return False
        following = self._token_after(paragraph, span)
        return (
            following is not None
            and following.word
            and not following.definite
            and following.norm[:1] in (TAA, YAA)
            and not following.norm.endswith(ALEF)  # "يوميا": an adverb
            and not word_kinds.is_known(following.norm, self.lex)
        )

    def _institution_named(self, paragraph: Paragraph, span: QuotedSpan) -> bool:
        """Tell whether a short span is an institution's name: ``"جامعة …"``.

        A few quoted words opening with an institution noun in the construct
        state (``"جامعة ويسكونسن"``، ``"منظمة العفو الدولية"``) name it.
        """
        if not self._short(paragraph, span):
            return False
        first = paragraph.index_after(span.start)
        if first >= len(paragraph.tokens):
            return False
        token = paragraph.tokens[first]
        before = paragraph.tokens[first - 2].norm if first > 1 else ""
        return (
            token.start < span.end
            and not token.definite
            and word_kinds.is_body(token, self.lex)
            # "وصفه بأنه "تحالف مؤقت"": what was said of something, not a name
            and before not in _THAT
            and not before.startswith(_BA_THAT)
        )

    def _relayed(
        self, paragraph: Paragraph, window: list[int], verbs: list[int]
    ) -> Said | None:
        """Words relayed by a statement or a report, not said by a verb's subject.

        ``وجاء في البيان: "…"`` (no speech verb) is the statement's issuer's;
        ``ونقلت الوكالة عن فلان قوله "…"`` (a verbal noun at most) is the source's.
        """
        if self._reply_to_someone(paragraph, window):
            return Said(True, None, "")  # "الرد عليه: "…"": someone unnamed
        stated = self._stated_in(paragraph, window)
        if stated is not None and not verbs:
            return stated
        if self._cited_after(paragraph, window, verbs):
            return NOT_SPEECH
        reported = self._reported(paragraph, window)
        tokens = paragraph.tokens
        if reported is not None and all(
            tokens[k].norm in self.lex.masdars for k in verbs
        ):
            return reported
        return None

    def _cited_after(
        self, paragraph: Paragraph, window: list[int], verbs: list[int]
    ) -> bool:
        """Tell whether a text that is no statement gives the words, after the verb.

        ``أشارت إليه المعاجم، جاء في المعجم: "…"``: the words come from the text
        named after جاء في (a dictionary, a book, a law), not from the subject of
        a speech verb earlier in the sentence; such a citation is not speech.
        """
        tokens = paragraph.tokens
        for place in range(len(window) - 2, 0, -1):
            position = window[place]
            if verbs and position < verbs[-1]:
                return False
            if (
                tokens[position].norm != _AT
                or tokens[window[place - 1]].norm not in _CAME
            ):
                continue
            named = tokens[window[place + 1]]
            return (
                named.word
                and not possessed(named)
                and not word_kinds.is_statement(named, self.lex)
                and not word_kinds.is_body(named, self.lex)
            )
        return False

    def _stated_in(self, paragraph: Paragraph, window: list[int]) -> Said | None:
        """``وجاء في البيان: "…"``، ``بيانا جاء فيه "…"``: a statement's own words.

        The speaker is whoever issued the statement.  Only statements (بيان،
        تقرير، رسالة …) speak: a decree or a law article (``جاء في المرسوم``) is
        not speech.
        """
        tokens = paragraph.tokens
        for place, position in enumerate(window[:-1]):
            if tokens[position].norm not in _CAME:
                continue
            following = tokens[window[place + 1]]
            if following.norm in _IN_IT and self.last_issuer:
                return Said(True, self.last_issuer, "statement")
            if following.norm != _AT or place + 2 >= len(window):
                continue
            statement = window[place + 2]
            if not word_kinds.is_statement(tokens[statement], self.lex):
                return None  # "وجاء في المرسوم": a legal text, not speech
            owner = self._account_owner(paragraph, statement) or self._issued_by(
                paragraph, statement
            )
            if owner is not None:
                return Said(True, self._resolve(owner), "statement")
            found = names.phrase_at(tokens, statement, self.lex, paragraph.text)
            if found is None:
                return None
            caption = self._resolve(found)
            return Said(True, caption, "statement") if caption != found.text else None
        return None

    def _issued_by(self, paragraph: Paragraph, statement: int) -> Speaker | None:
        """``جاء في رسالة لهيئة …``، ``في رسالة صادرة عن …``، ``في رسالة الهيئة``.

        A statement first named (indefinite) after جاء في, with its issuer named
        right after it (:func:`~mowjaz.quotes.issuers.owner_after`): that
        issuer's words.  ``بيان عن …`` may be a statement about something, so
        عن alone names no issuer.
        """
        tokens = paragraph.tokens
        if tokens[statement].definite:
            return None
        issuer = issuers.owner_after(tokens, statement, self.lex, paragraph.text)
        if issuer is None or names.is_statement_role(issuer, self.lex):
            return None
        return issuer

    def _account_owner(self, paragraph: Paragraph, statement: int) -> Speaker | None:
        """``تغريدة عبر حساب فلان``: a post on an account is its owner's.

        An indefinite statement noun followed by عبر، على or في and the account
        (a statement noun in construct with its owner) belongs to that owner.
        """
        tokens = paragraph.tokens
        account = statement + 2
        if (
            account >= len(tokens)
            or tokens[statement].definite
            or tokens[statement + 1].norm not in _VIA
            or paragraph.quoted[account]
            or not word_kinds.is_statement(tokens[account], self.lex)
            or tokens[account].definite
        ):
            return None
        return names.phrase_at(tokens, account, self.lex, paragraph.text)

    def _reported(self, paragraph: Paragraph, window: list[int]) -> Said | None:
        """``ونقلت الوكالة عن فلان "…"``: the words are those of the source after عن.

        A reporting verb (``text/data/quote_report_verbs.txt``) and, later in the
        window, عن with a name or role: that is the speaker (``source``).
        """
        tokens = paragraph.tokens
        verb = next((k for k in window if tokens[k].norm in self.lex.reports), None)
        if verb is None:
            return None
        for position in window:
            if position > verb and tokens[position].norm == _FROM:
                if position + 1 >= len(tokens) or paragraph.quoted[position + 1]:
                    return None
                found = names.phrase_at(tokens, position + 1, self.lex, paragraph.text)
                if found is None:
                    return None
                return Said(True, self._resolve(found), "source")
        return None

    def _judge_without_verb(
        self, paragraph: Paragraph, span: QuotedSpan, window: list[int]
    ) -> Said:
        """Speech with no verb before it: attributed after, ``إنه "…"``, continued."""
        pointed = None if window else self._pointed_back(paragraph, span)
        if pointed is not None:
            return pointed
        after = self._attributed_after(paragraph, span)
        if after is not None:
            return after
        if window and paragraph.tokens[window[-1]].raw in _INNA:
            return Said(True, self.last_speaker, "last")
        continued = not window and self._whole_paragraph(paragraph, span)
        if continued and self.previous.speech:
            return self.previous  # the speaker it continues, found as before
        return NOT_SPEECH

    def _verb_at(self, tokens: list[Token], position: int) -> bool:
        return word_kinds.verb_at(tokens, position, self.lex)

    def _window(
        self,
        paragraph: Paragraph,
        number: int,
        earlier: list[tuple[QuotedSpan, Said]],
    ) -> tuple[list[int], bool]:
        """Token indices before span ``number`` back to its sentence start or quote.

        The flag tells whether the window stops at an earlier quotation of the same
        sentence (rather than at a sentence end or the paragraph start).  A short
        quoted name in the clause (``وقالت المهندسة فلانة لـ"الشروق" إن``، ``في
        تغريدة عبر موقع "إكس"، إن``) does not end it: the window reads on past it to
        the verb, leaving the name's own words out.
        """
        span = paragraph.spans[number]
        names_before = [
            before
            for before, said in earlier
            if not said.speech and self._short(paragraph, before)
        ]
        floor = max(
            (
                s.closing
                for s in paragraph.spans[:number]
                if s.closing < span.opening and s not in names_before
            ),
            default=-1,
        )
        window: list[int] = []
        position = paragraph.index_before(span.opening)
        while position >= 0 and len(window) < _WINDOW_WORDS:
            token = paragraph.tokens[position]
            if token.start <= floor:
                # '"…جدا." وقال فلان': a quotation closed by a full stop inside its
                # marks ends the sentence, and a new clause follows (not a mere و
                # between two quoted questions: '"…؟" و"…؟"').
                ended = paragraph.text[:floor].rstrip()[-1:] in SENTENCE_ENDS
                clause = any(
                    paragraph.tokens[k].word and paragraph.tokens[k].norm != "و"
                    for k in window
                )
                return window[::-1], not (ended and clause)
            if paragraph.quoted[position]:
                if not any(s.opening <= token.start <= s.closing for s in names_before):
                    break
            elif token.raw in SENTENCE_ENDS:
                break
            else:
                window.append(position)
            position -= 1
        return window[::-1], False

    @staticmethod
    def _described(paragraph: Paragraph, span: QuotedSpan) -> bool:
        """Tell whether a few quoted words before a colon and "that" describe.

        ``يقول فلان "عامل في مخبز قديم": إن …``: the words said follow the
        colon; the quoted words before it say who the speaker is.
        """
        if len(paragraph.text[span.start : span.end].split()) > _DESCRIPTION_WORDS:
            return False
        tokens = paragraph.tokens
        colon = paragraph.index_after(span.closing + 1)
        return (
            colon + 1 < len(tokens)
            and tokens[colon].raw in _COLONS
            and tokens[colon + 1].norm in _THAT
        )

    @staticmethod
    def _token_after(paragraph: Paragraph, span: QuotedSpan) -> Token | None:
        """Return the first token after the span's closing mark, if any."""
        following = paragraph.index_after(span.closing + 1)
        return (
            paragraph.tokens[following] if following < len(paragraph.tokens) else None
        )

    def _listed_name(
        self,
        paragraph: Paragraph,
        span: QuotedSpan,
        earlier: list[tuple[QuotedSpan, Said]],
    ) -> bool:
        """Tell whether a short span is joined by و to a short span just before.

        ``المستثمران "شركة أ" و"شركة ب"``: names or terms listed together, not
        words the verb's subject said.
        """
        if not earlier or not self._short(paragraph, span):
            return False
        before = earlier[-1][0]
        if not self._short(paragraph, before):
            return False
        between = "".join(paragraph.text[before.closing + 1 : span.opening].split())
        return between.lstrip("".join(COMMAS)) == _AND

    @staticmethod
    def _short(paragraph: Paragraph, span: QuotedSpan) -> bool:
        words = paragraph.text[span.start : span.end].split()
        return len(words) <= _QUOTED_NAME_WORDS

    def _work_by(
        self, paragraph: Paragraph, window: list[int], span: QuotedSpan
    ) -> bool:
        """Tell whether the span is the title of a work after its author's name.

        ``كتاب العالم الأميركي فلان الفلاني "…"``: a work (a book, a film, a
        song), then its author (titles, adjectives and a name, no verb and no
        particle) right before a few quoted words: the work's title.
        """
        if len(paragraph.text[span.start : span.end].split()) > _TITLE_WORDS:
            return False
        tokens = paragraph.tokens
        if not window or not word_kinds.is_name_word(tokens[window[-1]], self.lex):
            return False
        for position in reversed(window[-_AUTHOR_WORDS - 1 : -1]):
            token = tokens[position]
            if any(
                form in self.lex.works for form in word_kinds.strip_clitics(token.norm)
            ):
                return True
            if (
                not token.word
                or paragraph.quoted[position]
                or paragraph.kinds[position] & word_kinds.VERB
                or token.norm in self.lex.function_words
            ):
                return False
        return False

    def _names_something(
        self, paragraph: Paragraph, window: list[int], span: QuotedSpan
    ) -> bool:
        """Tell whether the span is a name: after a cue noun or title, or a subject."""
        tokens = paragraph.tokens
        words = [k for k in window if tokens[k].word and len(tokens[k].norm) > 1]
        if not words:
            return False
        last = tokens[words[-1]]
        if self._cue_before(last) or self._work_by(paragraph, window, span):
            return True
        short = self._short(paragraph, span)
        if word_kinds.is_title(last, self.lex) and short:
            # "الأستاذ "فلان الفلاني"": a title names a person in a few words;
            # after "وقالت فلانة للصحفيين" or "إن الملك" a sentence is speech.
            return True
        after = self._token_after(paragraph, span)
        that = after is not None and after.norm in _THAT
        before = tokens[window[-1]].norm
        verbs_before = any(self._verb_at(tokens, k) for k in window)
        if (short or self._described(paragraph, span)) and (
            # "وقال مدير المركز "فلان الفلاني": إن …": the subject's name
            (after is not None and after.raw in _COLONS and verbs_before)
            or before in _WITH  # "في مقابلة مع "قناة المرسى الإخبارية"": a name
            # "وقال فلان لـ"بي بي سي" إن …": the one spoken to
            or (before == _TO and after is not None and (that or after.raw in _COLONS))
        ):
            return True
        if (
            word_kinds.is_verb(last, self.lex)
            and words[-1] == window[-1]
            and after is not None
            and (that or (short and (after.raw in COMMAS or after.norm[:1] == _TO)))
        ):
            # "قال "الاتحاد الوطني" إن"، "وقالت "منارة"، وهي منظمة ...، إن"،
            # "وقالت "منارة" لبي بي سي": the quote is the verb's subject, a name.
            return True
        # "كتب عليها "…"": written on a banner; "يتحدث في "…"": where he
        # spoke, an event.  Words said follow the verb, never its preposition.
        return (
            len(words) >= _VERB_AND_OBJECT
            and words[-1] == window[-1]
            and tokens[words[-1]].norm in _ON_OR_AT
            and word_kinds.is_verb(tokens[words[-2]], self.lex)
        )

    def _on_the_tongue_of(
        self, tokens: list[Token], verb: int, window: list[int]
    ) -> bool:
        """Tell whether another's words stand between the verb and the quotation.

        ``على لسان``: put in their mouth; ``بما قاله``: cited.
        """
        after = [k for k in window if k > verb]
        return any(
            k
            and (
                (tokens[k].norm == _TONGUE and tokens[k - 1].norm == word_kinds.ON)
                or (tokens[k].norm in _CITED_SAYINGS and tokens[k - 1].norm in _WHAT)
            )
            for k in after
        )

    def _cue_before(self, token: Token) -> bool:
        """Tell whether a cue noun, or its plural, stands before the quotation.

        ``مسابقة "…"`` and ``مسابقات "…"``: the name of a contest, not speech.
        """
        if word_kinds.is_cue(token, self.lex):
            return True
        bare = token.norm.removeprefix(ARTICLE)
        return (
            token.word
            and bare.endswith(_FEMININE_PLURAL)
            and bare[: -len(_FEMININE_PLURAL)] + HAA in self.lex.cues
        )

    def _spoken(
        self,
        paragraph: Paragraph,
        verb: int,
        window: list[int],
        joined: bool,
        earlier: list[tuple[QuotedSpan, Said]],
    ) -> Said:
        if self._on_the_tongue_of(paragraph.tokens, verb, window):
            # "يقول الكاتب في مقاله على لسان أحد الموظفين: «…»": the words are
            # put in another's mouth, not the writer's own.
            return Said(True, None, "")
        # "وقال أحد مؤسسي الجمعية فلان الفلاني": one of a group, named after it.
        subject = self._subject_after(paragraph, verb) or self._one_named(
            paragraph, verb
        )
        if subject is not None:
            # "وتقول كلمات الأغنية: «…»"، "ويقول مطلع القصيدة": a work's own
            # text (lyrics, verse) is quoted, not news speech.
            return (
                NOT_SPEECH
                if self._work_speaks(subject)
                else Said(True, self._resolve(subject), "subject")
            )
        named = self._quoted_subject(paragraph, verb, earlier)
        if named is not None:
            # "وأضاف "العنزي":": a person the article named in full, else the
            # quoted name of an organisation ("وقالت "منارة"").
            key = tuple(normalize(word) for word in named.split())
            role = self._quoted_role(named)
            if role is not None:
                # "وتابعت "المؤسسة":": an institution or a title the article
                # named in full before, like the same word without the marks.
                return Said(True, self.index.resolve(role), "subject")
            person = self.index.resolve(Speaker(named, key, "name"))
            if person == named and not any(
                name.key != key and set(key) <= set(name.key)
                for name in self.index.names
            ):
                self.quoted_subjects.add(named)  # not part of a person's name
            return Said(True, person, "subject")
        if plural_verb(paragraph.tokens[verb].norm) or self._one_of(paragraph, verb):
            # "وكرروا مطالبهم بأن "…"": a group the rules do not name speaks;
            # "وقالت إحدى المشاركات": one of them, unnamed.
            return Said(True, None, "")
        speaker, route = self._implicit(paragraph, verb, window, joined, earlier)
        return Said(True, speaker, route)

    def _work_speaks(self, subject: Speaker) -> bool:
        """Tell whether a verb's subject is a work or a part of one, not a person.

        ``الأغنية``، ``كلمات الأغنية``، ``مطلع القصيدة``: a work (a song, a poem,
        a book) heads the subject or is its genitive; a person's title before it
        (``مخرج الفيلم``، ``كاتب الرواية``) makes the subject that person.
        """
        if subject.key[0] in self.lex.titles or subject.key[0] in self.lex.bodies:
            return False
        return any(
            form in self.lex.works
            for word in subject.key[:2]
            for form in word_kinds.strip_clitics(word)
        )

    def _quoted_role(self, named: str) -> Speaker | None:
        """Return the role or institution a quoted subject of one word is."""
        tokens = quote_tokens(named)
        if (
            len(tokens) != 1
            or not tokens[0].definite
            or not (
                word_kinds.is_body(tokens[0], self.lex)
                or word_kinds.is_title(tokens[0], self.lex)
            )
        ):
            return None  # "وأضاف "الفهيد"": a family name, not a role
        found = names.phrase_at(tokens, 0, self.lex, named)
        return found if found is not None and found.kind != "name" else None

    def _subject_after(self, paragraph: Paragraph, verb: int) -> Speaker | None:
        """Return the verb's subject; a title with a family name keeps the name.

        ``وشدد اللواء الفرحان على``: a word with the article after a lone title
        that is no relative adjective, no listed word and no role adjective is
        the person's family name.  The title then stands for that person, never
        for another the article gave the same title (``اللواء فلان التميمي``).
        """
        subject = paragraph.subject_after(verb, self.lex)
        if subject is not None and not names.is_titled(subject, self.lex):
            subject = self._name_after_description(paragraph, verb, subject) or subject
        if subject is None or subject.kind != "role" or len(subject.key) != 1:
            return subject
        tokens = paragraph.tokens
        for position in range(verb + 1, min(len(tokens) - 1, verb + _AFTER_WORDS + 1)):
            if tokens[position].norm != subject.key[0]:
                continue
            if not word_kinds.is_title(tokens[position], self.lex) or (
                word_kinds.is_body(tokens[position], self.lex)
            ):
                break  # "واعتبرت المؤسسة القرار": a body's object, not its name
            name = tokens[position + 1]
            if self._family_word(name):
                text = paragraph.text[tokens[position].start : name.end]
                return Speaker(text, (*subject.key, name.norm), "role")
            break
        return subject

    def _name_after_description(
        self, paragraph: Paragraph, verb: int, subject: Speaker
    ) -> Speaker | None:
        """Return a full name right after a description with no listed title.

        ``وشدد المقيّم العقاري فلان الفلاني على``: a definite noun and its
        adjective that no title list holds describe the person named right
        after them, when the article writes that name closed by a mark
        elsewhere (``والمقيّم العقاري فلان الفلاني،``) or introduced it as a person.
        """
        tokens = paragraph.tokens
        if (
            subject.kind != "role"
            or not tokens[verb + 1].definite
            or any(word in self._people_words() for word in subject.key)
        ):
            return None  # "وقال الفلاني عشية …": a family name, not a description
        start = verb + 1 + len(subject.key)
        if start >= len(tokens) or tokens[start - 1].norm != subject.key[-1]:
            return None  # fillers between: the words are not read in a row
        if not tokens[start].word or tokens[start].definite or paragraph.quoted[start]:
            return None
        end = names.name_end(tokens, start, self.lex)
        key = tuple(token.norm for token in tokens[start:end])
        if len(key) < _FULL_NAME or not (
            key in self.index.closed or key in self._people_keys()
        ):
            return None
        return names.speaker_of(tokens, start, end, "name", paragraph.text)

    def _family_word(self, token: Token) -> bool:
        """Tell whether a word with the article can only be a family name."""
        return (
            token.word
            and token.definite
            and not word_kinds.is_nisba(token)
            and not word_kinds.is_known(token.norm, self.lex)
            and not word_kinds.is_known(token.norm[2:], self.lex)
            and token.norm not in self.lex.role_adjectives
            and token.norm[2:] not in self.lex.role_adjectives
            and not word_kinds.is_cue(token, self.lex)
            and token.norm[2:] not in self.lex.figures  # "الشركات الثلاث"
        )

    def _quoted_subject(
        self, paragraph: Paragraph, verb: int, earlier: list[tuple[QuotedSpan, Said]]
    ) -> str | None:
        """Return the short quoted name right after the verb: its subject.

        ``وقالت "سند"، وهي جمعية أهلية، إن "…"``: the quoted name (judged a name,
        not speech) is who speaks, never the speaker before it.
        """
        tokens = paragraph.tokens
        following = verb + 1
        while following < len(tokens) and tokens[following].norm in self.lex.fillers:
            following += 1
        if following >= len(tokens) or not paragraph.quoted[following]:
            return None
        start = tokens[following].start
        for span, said in earlier:
            if span.opening <= start <= span.closing and not said.speech:
                return paragraph.text[span.start : span.end]
        return None

    def _implicit(
        self,
        paragraph: Paragraph,
        verb: int,
        window: list[int],
        joined: bool,
        earlier: list[tuple[QuotedSpan, Said]],
    ) -> tuple[str | None, str]:
        """Return the speaker of a verb without a subject (وأضاف، قائلا، مشيرا).

        In order: for a participle (قائلا، مضيفا), the subject of the speech verb
        before it (:meth:`_governing_subject`); someone in the verb's own clause
        (:meth:`_in_clause`); the speaker of the sentence's previous quote, found
        as that quote's was (``قال فلان "…"، مضيفا "…"``: the participle has the
        same subject); the subject of the verb that opens the sentence; the
        person a title before the verb stands for; a person named earlier in the
        sentence; the article's last speaker.
        """
        governing = self._governing_subject(paragraph, verb, window)
        if governing is not None:
            return governing, "subject"
        head = (
            None
            if self._cites_another(paragraph.tokens, verb)
            else self._head_subject(paragraph, verb, window, joined)
        )
        found = (head, "head") if head else self._in_clause(paragraph, verb, window[0])
        if found[0] is not None:
            return found
        if joined and earlier and earlier[-1][1].speaker is not None:
            return self._sentence_speaker(paragraph, verb, earlier[-1])
        for route, speaker in (
            ("sentence", self._sentence_subject(paragraph, window[0])),
            ("titled", self._titled_before(paragraph, verb, window[0])),
            ("mention", self._mentioned_before(paragraph, window[0])),
        ):
            if speaker is not None:
                return speaker, route
        if self._carried(paragraph, verb):
            return self.last_speaker, "carried"
        return (None if self.topical else self.last_speaker), "last"

    def _sentence_speaker(
        self, paragraph: Paragraph, verb: int, before: tuple[QuotedSpan, Said]
    ) -> tuple[str | None, str]:
        """Return the speaker of the sentence's previous quote, if still speaking.

        ``"…"، الأمر الذي جعله يرد عليها، حيث قال "…"``: a reply or another subject
        between the two quotes gives the second to someone else (nobody certain).
        """
        span, said = before
        if self._describes_noun(paragraph, verb):
            return None, ""
        after = paragraph.index_before(span.closing) + 1
        if said.speaker and self._others_named(
            [(paragraph, after, verb)], said.speaker, names=False
        ):
            return None, ""
        return said.speaker, "joined" if said.route == "subject" else said.route

    def _describes_noun(self, paragraph: Paragraph, verb: int) -> bool:
        """Tell whether a verb right after an indefinite noun describes that noun.

        ``لم يكشف أرقاما محددة بعد``: a verb that follows an indefinite noun or
        adjective opens a clause describing it (a نعت), whose subject is that
        noun, not the speaker of the sentence.  A participle never does.
        """
        tokens = paragraph.tokens
        if not verb or tokens[verb].norm in self.lex.participles:
            return False
        before = tokens[verb - 1]
        return (
            before.word
            and not before.definite
            and not paragraph.quoted[verb - 1]
            and not word_kinds.is_known(before.norm, self.lex)
            and before.norm not in self._people_words()  # "ترامب قال": a subject
        )

    def _people_words(self) -> frozenset[str]:
        """Return every word of the names the article introduced as people."""
        return frozenset(word for name in self.index.people for word in name.key)

    def _carried(self, paragraph: Paragraph, verb: int) -> bool:
        """Tell whether a verb without a subject has the speaker just before.

        Arabic drops the subject of a verb that has the same subject as the
        sentences before it (``وأضاف:``، ``وقالت إن``): the last speaker is that
        subject when it was named or quoted in this paragraph or the one before,
        and no other person has been named since.
        """
        if self.last_speaker is None or self.last_place is None:
            return False
        token = paragraph.tokens[verb]
        if token.norm in self.lex.masdars or word_kinds.is_title(token, self.lex):
            # "نقل عن سكان قولهم": the pronoun of a verbal noun refers to whoever
            # it names; "متحدثة باسم ...": a title, not a verb without a subject.
            return False
        order, place = self.last_place
        if self.order - order > CARRY_PARAGRAPHS or self._reported_subject(
            paragraph, verb
        ):
            return False  # "قال فلان إن الفنان فلان … عندما قال": the other one
        if self._other_gender(token.norm, self.last_speaker):
            return False  # "قال فلان …" then "وأضافت": a verb agrees with its subject
        if self._unread_subject(paragraph, verb):
            return False  # "وقال فان غال:": a subject of its own, not read as one
        stretches: list[tuple[Paragraph, int, int | None]] = [
            (self.seen[number], place + 1 if number == order else 0, None)
            for number in range(order, self.order)
        ]
        stretches.append((paragraph, place + 1 if order == self.order else 0, verb))
        return not self._others_named(stretches, self.last_speaker)

    def _unread_subject(self, paragraph: Paragraph, verb: int) -> bool:
        """Tell whether a word after the verb opens a subject the rules cannot read.

        ``وقال فان غال:``، ``وقالت أخرى``: a word that is no "that", no
        preposition, no object with a pronoun and no accusative of manner
        (``وأضاف مدافعا``) is the verb's own subject.  A participle has none.
        """
        tokens = paragraph.tokens
        if tokens[verb].norm in self.lex.participles:
            return False
        following = verb + 1
        while following < len(tokens) and tokens[following].norm in self.lex.fillers:
            following += 1
        return (
            following < len(tokens)
            and not paragraph.quoted[following]
            and tokens[following].norm[:1] not in _PREPOSITION_PREFIXES
            and not names.possessed(tokens[following])  # "وأكد حرصه على": its object
            and self._word_follows(paragraph, following)
            and not word_kinds.accusative_participle(tokens[following].norm)
        )

    def _unread_name(self, paragraph: Paragraph, verb: int) -> bool:
        """Tell whether a name the rules cannot read follows the verb as subject.

        ``قالت آن فلان، الرئيسة …``: a word without the article right after
        a verb that opens its sentence or clause (a name word; ``واتهم
        الحوثيين`` has its object there, ``التي تهدد مستقبل`` its relative's).
        """
        tokens = paragraph.tokens
        following = verb + 1
        opens = (
            not verb or not tokens[verb - 1].word or tokens[verb].norm[:1] in (WAW, FA)
        )
        return (
            opens
            and following < len(tokens)
            and not tokens[following].definite
            and self._unread_subject(paragraph, verb)
        )

    def _other_gender(self, verb: str, speaker: str) -> bool:
        """Tell whether a verb's gender is not that of the person ``speaker``.

        Only a person named with a verb of known gender counts: an institution
        speaks with either (``قالت فيسبوك``، ``وأضاف بيان الشركة``).
        """
        known = self.feminine.get(speaker)
        if known is None or speaker in self.quoted_subjects:
            return False
        if speaker in self.index.named_bodies or speaker in self.index.quoted:
            return False
        if any(alias == speaker for _, alias in self.index.aliases):
            return False
        gender = _feminine(verb, self.lex)
        return gender is not None and gender != known

    def _others_named(
        self,
        stretches: list[tuple[Paragraph, int, int | None]],
        speaker: str,
        *,
        names: bool = True,
    ) -> bool:
        """Tell whether someone other than ``speaker`` is named or speaks.

        ``stretches`` are (paragraph, first token, end token or None for its end).
        Within one sentence (``names`` false) a person named is the topic more
        often than a new speaker: only a reply or another subject counts.
        """
        own = set(normalize(speaker).split())
        return any(
            self._names_other(where, position, own, names=names)
            for where, start, end in stretches
            for position in range(start, len(where.tokens) if end is None else end)
        )

    def _names_other(
        self, paragraph: Paragraph, position: int, own: set[str], *, names: bool
    ) -> bool:
        token = paragraph.tokens[position]
        if paragraph.quoted[position] or token.norm in own:
            return False
        if token.norm in self.lex.replies or (
            # "لكن الشركة أصدرت بيانا": whoever issues a statement speaks next.
            names
            and token.norm in self.lex.issue_verbs
            and position
            and paragraph.tokens[position - 1].word
        ):
            return True  # a reply or a statement: someone else speaks
        if not names:
            return self._other_speaks(paragraph, position, own)
        if word_kinds.is_title(token, self.lex) and possessed(token):
            return True  # "واضطر والده إلى …": his father, someone else
        if (
            (token.norm in self.mentions and not self._governed(paragraph, position))
            or (
                position
                and paragraph.tokens[position - 1].norm in _THAT
                and token.norm in self.index.words
            )  # "إلا أن سلمى توعدت ...": a new subject after أن
        ) and not (
            self._in_reported(paragraph, position)
            or self._in_question(paragraph, position)
        ):
            # Someone named in the words a speech verb reports ("وقال فلان إن
            # الرئيس ترامب أعلن …") is what was said, not a new speaker.
            return True
        return self._other_speaks(paragraph, position, own)

    @staticmethod
    def _in_question(paragraph: Paragraph, position: int) -> bool:
        """Tell whether a word stands in the question put to the last speaker.

        ``وسئلت عن ثقتها بفلان، فأجابت``: a passive "was asked"
        with the question right after it (no subject between) asks the one who
        spoke before; the names in the question are what was asked.
        """
        tokens = paragraph.tokens
        for back in range(position - 1, 0, -1):
            if tokens[back].raw in SENTENCE_ENDS:
                return False
            if (
                tokens[back].norm in _QUESTION_OPENERS
                and without_conjunction(tokens[back - 1].norm) in _ASKED
            ):
                return True
        return False

    def _governed(self, paragraph: Paragraph, position: int) -> bool:
        """Tell whether the name ending at ``position`` follows a preposition.

        A noun after a preposition is in the genitive, never a sentence's subject:
        ``تلقى إشادة من فلان الفلاني`` names someone, but the next verb without a
        subject (``وقال:``) still has the sentence's own subject.  Words cited
        from someone (``عن فلان``، ``بحسب فلان``) are his, so those do not count.
        """
        tokens = paragraph.tokens
        first = position
        while (
            first > 0
            and position - first < names.MAX_NAME_WORDS
            and not paragraph.quoted[first - 1]
            and (
                tokens[first - 1].norm in self.index.words
                or word_kinds.is_title(tokens[first - 1], self.lex)
            )
        ):
            first -= 1
        if not first:
            return False
        before = tokens[first - 1].norm
        return before in self.lex.prepositions and before not in _CITING

    def _other_speaks(self, paragraph: Paragraph, position: int, own: set[str]) -> bool:
        if paragraph.kinds[position] & word_kinds.VERB and self._verb_at(
            paragraph.tokens, position
        ):
            return self._other_subject(paragraph, position, own)
        return False

    def _other_subject(self, paragraph: Paragraph, verb: int, own: set[str]) -> bool:
        """Tell whether a speech verb has a subject other than the last speaker.

        ``وقالت أخرى``، ``وقالت "منارة"``، ``وقالت موظفة``: someone else speaks.
        """
        tokens = paragraph.tokens
        following = verb + 1
        while following < len(tokens) and tokens[following].norm in self.lex.fillers:
            following += 1
        if following >= len(tokens):
            return False
        if paragraph.quoted[following]:
            return True
        subject = paragraph.subject_after(verb, self.lex)
        if subject is None:
            return (
                self._word_follows(paragraph, following)
                and not paragraph.object_follows(verb, self.lex)
                # "إنه طالب بتوفير …": the demand, no new subject
                and not names.complement_with_ba(
                    tokens[verb], tokens[following], self.lex
                )
            )
        return not own & set(subject.key)

    def _word_follows(self, paragraph: Paragraph, following: int) -> bool:
        """Tell whether the word after a verb (its fillers skipped) may be its subject.

        ``وقالت أخرى``، ``وقال فان غال``: a word that is no "that", no function
        word and no verb opens a subject the rules could not read; not ``ثم
        استطرد قائلا``.
        """
        token = paragraph.tokens[following]
        # "قالت آن فلان": آن with its madda is a given name, never إن or أن.
        given = token.norm in _THAT and token.raw.startswith(MADDA)
        return (
            token.norm in _ANOTHER
            or given
            or (
                token.word
                and token.norm not in _THAT
                and token.norm not in self.lex.function_words
                and not paragraph.kinds[following] & word_kinds.VERB
            )
        )

    def _governing_subject(
        self, paragraph: Paragraph, verb: int, window: list[int]
    ) -> str | None:
        """Return the subject of the speech verb a participle depends on.

        ``ورد عليه النائب فلان قائلا``: a circumstantial participle right after the
        subject of a speech verb (a comma between them at most) has that subject.
        """
        tokens = paragraph.tokens
        if tokens[verb].norm not in self.lex.participles or self._cites_another(
            tokens, verb
        ):
            return None
        for position in reversed(window):
            if position < verb and self._verb_at(tokens, position):
                subject = paragraph.subject_after(position, self.lex)
                if subject is None:
                    return None
                found = paragraph.text.find(subject.text, tokens[position].end)
                between = paragraph.text[found + len(subject.text) : tokens[verb].start]
                adjacent = found >= 0 and not between.strip(" \t،,")
                return self._resolve(subject) if adjacent else None
        return None

    def _cites_another(self, tokens: list[Token], verb: int) -> bool:
        """Tell whether a participle points to someone's words: ``مشيرا إلى قوله``.

        A preposition then a verbal noun with a pronoun (``إلى قوله``، ``عن
        تصريحها``) cites the words of the person the pronoun refers to, not the
        participle's subject's own (those are ``مضيفا بقوله``, one word).
        """
        after = verb + 1
        return (
            after + 1 < len(tokens)
            and tokens[after].norm in self.lex.prepositions
            and tokens[after + 1].norm in self.lex.masdars
        )

    def _head_subject(
        self, paragraph: Paragraph, verb: int, window: list[int], joined: bool
    ) -> str | None:
        """Return the subject of the verb opening the sentence, for a participle.

        A circumstantial participle (قائلا، مضيفة) describes the subject of the
        sentence's main verb, whoever is named after it as an object: ``وانتقد
        النائب فلان، أمس، قرار الوزير فلان بشأن الضرائب، قائلا``.  The
        sentence must open with that verb (:meth:`_head_verb`), and a name must
        be one the article introduced as a person.
        """
        tokens = paragraph.tokens
        opener = self._head_verb(paragraph, verb, window, joined)
        if opener is None:
            return self._fronted_head(paragraph, verb, window, joined)
        if paragraph.quoted[opener + 1] or self._disagree(tokens[opener], tokens[verb]):
            return None
        subject = names.subject_after(tokens, opener, self.lex, paragraph.text)
        if subject is None:
            return None
        caption = self._resolve(subject)
        if subject.kind != "name" or normalize(caption).split()[-1] in self.mentions:
            return caption
        if tokens[opener].norm in _KANA:
            # "وكان نتنياهو دافع": كان's subject, then its verb, run together.
            words = subject.text.split()
            for size in range(len(subject.key) - 1, 0, -1):
                shorter = Speaker(" ".join(words[:size]), subject.key[:size], "name")
                caption = self._resolve(shorter)
                if normalize(caption).split()[-1] in self.mentions:
                    return caption
        return None  # "ووسط هتافات الجمهور": no person introduced

    def _disagree(self, opener: Token, verb: Token) -> bool:
        """Tell whether two verbs of one sentence differ in gender.

        ``أعلن فلان أن الحكومة قررت …، وقالت إنها``: a verb agrees with its subject,
        so a feminine verb does not share a masculine verb's subject.  A listed
        verb's gender comes from its form (:func:`_feminine`); an unlisted past
        verb opening the sentence is feminine when it ends in ت (كشفت، استقبلت).
        """
        gender = _feminine(verb.norm, self.lex)
        if gender is None or opener.norm in _KANA:
            return False
        head = _feminine(opener.norm, self.lex)
        if head is None and opener.norm not in self.lex.verbs:
            head = opener.norm.endswith(TAA)
        return head is not None and head != gender

    def _fronted_head(
        self, paragraph: Paragraph, verb: int, window: list[int], joined: bool
    ) -> str | None:
        """Return the person a sentence opening ``(إلا) أن فلان`` is about.

        ``إلا أن سلمى توعدت سامر بالرد، حيث قالت "…"``: after أن، إن or لكن the
        clause's subject comes first, and an explaining verb (حيث قالت) or a
        participle shares it.  Only a person the article introduced counts.
        """
        tokens = paragraph.tokens
        if joined or not (
            tokens[verb].norm in self.lex.participles
            or self._explains(paragraph, verb, window)
        ):
            return None
        words = [k for k in window if tokens[k].word]
        while words and tokens[words[0]].norm in _BUT:
            words = words[1:]
        if len(words) < _PARTICLE_AND_NAME or tokens[words[0]].norm not in _THAT_OR_BUT:
            return None
        start = words[1]
        end = names.name_end(tokens, start, self.lex)
        if end == start or end >= verb or not self._verb_like(tokens[end]):
            return None
        caption = self._resolve(
            names.speaker_of(tokens, start, end, "name", paragraph.text)
        )
        return caption if normalize(caption).split()[-1] in self.mentions else None

    def _verb_like(self, token: Token) -> bool:
        """Tell whether a word can be a verb after its fronted subject (توعدت)."""
        return (
            token.word
            and not token.definite
            and not word_kinds.is_known(token.norm, self.lex)
        ) or word_kinds.is_verb(token, self.lex)

    def _head_verb(
        self, paragraph: Paragraph, verb: int, window: list[int], joined: bool
    ) -> int | None:
        """Return the verb opening the sentence of participle ``verb``, if any.

        A listed verb, or an unlisted word with و or ف (not a conjunction such as
        وحينما); no clause opener (إذ، حيث) nor another speech verb may stand
        between it and the participle.
        """
        tokens = paragraph.tokens
        explains = self._explains(paragraph, verb, window) or self._conjoined(
            paragraph, verb
        )
        if (
            (tokens[verb].norm not in self.lex.participles and not explains)
            or joined
            or len(window) >= _WINDOW_WORDS
        ):
            return None
        words = [k for k in window if tokens[k].word]
        # "(CNN) -- طرحت فلانة"، "حيث غردت فلانة": a dateline or a clause opener
        # before the sentence's verb; the verb after it needs no و.
        led = 0
        while led < len(words) - 1 and (
            not _ARABIC_LETTER.search(tokens[words[led]].raw)
            or (not led and tokens[words[led]].norm in self.lex.clause_openers)
        ):
            led += 1
        if not led:
            led = self._fronted_phrase(tokens, window, words)
        words = words[led:]
        if not words or words[0] == verb:
            return None
        if any(
            (
                tokens[k].norm in self.lex.clause_openers
                and not (explains and k == verb - 1)
            )
            or (
                k < verb
                and self._speech_word(tokens[k])
                # "…، كما أوضحت أن …، مضيفة": a joined verb shares the subject
                and not self._conjoined(paragraph, k)
            )
            for k in words[1:]
        ):
            return None  # "…، وهو ما أكده مدربه فلان، قائلا": the nearer verb's
        opener = tokens[words[0]]
        plain = (
            (led or opener.norm[:1] in ("و", "ف"))
            and not word_kinds.is_known(opener.norm, self.lex)
            and opener.norm[1:] not in self.lex.clause_openers
            and not opener.definite
        )
        kana = opener.norm in _KANA  # "وكان فلان دافع …، قائلا": كان and its subject
        return words[0] if plain or kana or self._verb_at(tokens, words[0]) else None

    def _explains(self, paragraph: Paragraph, verb: int, window: list[int]) -> bool:
        """Tell whether a verb without a subject opens an explaining clause.

        ``وأيدت الجمعية القرار، إذ قالت في رسالتها``: after a comma, إذ or حيث and a
        verb with no subject of its own explain the sentence: its subject speaks.
        """
        tokens = paragraph.tokens
        return (
            verb >= _COMMA_AND_OPENER
            and verb - 1 in window
            and tokens[verb - 1].norm in self.lex.clause_openers
            and tokens[verb - 2].raw in COMMAS
            and paragraph.subject_after(verb, self.lex) is None
        )

    def _conjoined(self, paragraph: Paragraph, verb: int) -> bool:
        """Tell whether a verb without a subject is joined to the sentence's verb.

        ``كشفت القوات عن جبهة جديدة، وقالت إنها …``، ``دافعت فلانة عن …، كما أكدت
        أن …``: a verb joined by و (after a comma or a word, as news often writes
        it without the comma) or by كما after a comma, with no subject of its own
        and followed by what it says (أن، إن، a colon or a quotation), shares the
        subject of the verb opening the sentence.
        """
        tokens = paragraph.tokens
        token = tokens[verb]
        if verb < _COMMA_AND_OPENER - 1 or plural_verb(token.norm):
            return False
        before = verb - 1
        if tokens[before].norm == _ALSO:
            before -= 1  # "، كما أكدت أن"
        elif token.norm[:1] != _AND:
            return False
        following = verb + 1
        if (
            before < 0
            or (tokens[before].raw not in COMMAS and not tokens[before].word)
            or paragraph.quoted[before]
            or following >= len(tokens)
            or paragraph.subject_after(verb, self.lex) is not None
        ):
            return False
        after = tokens[following]
        return (
            paragraph.quoted[following] or after.norm in _THAT or after.raw in _COLONS
        )

    def _fronted_phrase(
        self, tokens: list[Token], window: list[int], words: list[int]
    ) -> int:
        """Return how many words a fronted phrase and its comma take at the start.

        ``في خطوة مفاجئة، لوح النادي …، معلنا``: a short prepositional phrase set
        off by a comma stands before the sentence's verb; so does ``بدوره،`` (ب, a
        noun and a pronoun: "for his part").
        """
        if not words:
            return 0
        for size in range(min(len(words) - 1, _LONGEST_CONNECTIVE), 1, -1):
            if tuple(tokens[k].norm for k in words[:size]) in _fronted_connectives():
                return size  # "من جانبه علق فلان …، قائلا", with no comma
        first = tokens[words[0]].norm
        bare = first.removeprefix(WAW) if len(first) > len(WAW) else first
        if (
            bare.startswith(BA)
            and bare.endswith(PRONOUN_SUFFIXES)
            and words[0] + 1 < len(tokens)
            and tokens[words[0] + 1].raw in COMMAS
        ):
            return 1  # "بدوره، دعا فلان …، وقال"
        if first not in self.lex.prepositions and bare not in self.lex.prepositions:
            return 0
        for position in window[: _FRONTED_WORDS + 1]:
            if tokens[position].raw in COMMAS:
                return sum(1 for k in words if k < position)
        return 0

    def _speech_word(self, token: Token) -> bool:
        """Tell whether ``token`` is a speech verb, with clitics (``أكده``) or not."""
        return any(
            form in self.lex.verbs for form in word_kinds.strip_clitics(token.norm)
        )

    def _mentioned_before(self, paragraph: Paragraph, start: int) -> str | None:
        """Return the last person named in the sentence before token ``start``."""
        tokens = paragraph.tokens
        for position in range(start - 1, -1, -1):
            if tokens[position].raw in SENTENCE_ENDS:
                break
            if (
                not paragraph.quoted[position]
                and tokens[position].norm in self.mentions
            ):
                return self._caption(tokens, position, paragraph.text)
        return None

    def _in_clause(
        self, paragraph: Paragraph, verb: int, start: int
    ) -> tuple[str | None, str]:
        """Return the speaker found in the verb's own clause, if any.

        In order: the owner of the statement of ``قال فيه`` (a relative clause on
        a statement); a subject right before the verb (``وكان فلان قال``،
        ``البيان يطالب``); a person named between the clause start and the verb
        (not across إذ، حيث …); the antecedent of ``الذي قال``.
        """
        tokens = paragraph.tokens
        after = tokens[verb + 1].norm if verb + 1 < len(tokens) else ""
        if after in _IN_IT and self.last_issuer:
            return self.last_issuer, "statement"
        before = self._subject_before(paragraph, verb)
        if before is not None:
            return before, "before"
        quoted = self._relative_subject(paragraph, verb, quoted_only=True)
        if quoted is not None:
            return quoted, "relative"  # 'الأستاذ "فلان" الذي قال': its antecedent
        for position in range(verb - 1, start - 1, -1):
            if tokens[position].norm in self.lex.clause_openers:
                break  # "…، إذ قالت": a name before إذ is in the earlier clause
            if tokens[position].norm in self.mentions and not self._in_question(
                paragraph, position
            ):
                caption = self._caption(tokens, position, paragraph.text)
                opening = self._opens_sentence(paragraph, position, verb, caption)
                return caption, "opening" if opening else "clause"
        return self._relative_subject(paragraph, verb), "relative"

    def _opens_sentence(
        self, paragraph: Paragraph, position: int, verb: int, caption: str
    ) -> bool:
        """Tell whether the name at ``position`` is the subject of the sentence's verb.

        ``ودعا عادل، …، قائلا``، ``ودافع جابر عن …، قائلا``: the name right after
        the verb that opens the sentence is its subject, and a participle or a verb
        joined by و later in the sentence shares it when nobody else is named
        between.
        """
        tokens = paragraph.tokens
        first = position
        while first > 0 and word_kinds.is_name_word(tokens[first - 1], self.lex):
            first -= 1
        opener = first - 1
        if opener < 0 or not tokens[opener].word:
            return False
        if self._after_time(tokens, opener):
            return self._verb_at(tokens, opener) and not self._others_named(
                [(paragraph, position + 1, verb)], caption
            )
        if opener and tokens[opener - 1].raw not in SENTENCE_ENDS | _COMMAS_SET:
            return False
        plain = not paragraph.quoted[opener] and not word_kinds.is_known(
            tokens[opener].norm, self.lex
        )
        if not (plain or self._verb_at(tokens, opener)):
            return False  # the sentence opens with a verb, listed or not
        return not self._others_named([(paragraph, position + 1, verb)], caption)

    @staticmethod
    def _after_time(tokens: list[Token], opener: int) -> bool:
        """Tell whether a sentence opens with a time phrase right before its verb.

        ``وبعد عام كشف فلان …``: an adverb of time and its noun may stand before
        the verb that opens the sentence, with no comma.
        """
        start = opener - _TIME_PHRASE
        return (
            start >= 0
            and (not start or tokens[start - 1].raw in SENTENCE_ENDS)
            and without_conjunction(tokens[start].norm) in _TIME_ADVERBS
            and tokens[start + 1].word
            and not tokens[start + 1].definite
            and tokens[start + 1].norm not in _THAT | _WHAT  # "قبل أن": a clause
        )

    def _name_before(self, paragraph: Paragraph, verb: int) -> str | None:
        """Return a name that ends right before its verb: ``وكان فلان (قد) قال``.

        The name must open its clause: after a function word (كان، أن) or a
        punctuation mark, so that an object of an earlier verb is not taken.
        """
        tokens = paragraph.tokens
        end = verb - 1 if verb and tokens[verb - 1].norm == _QAD else verb
        found = None
        for start in range(end - 1, max(-1, end - 1 - names.MAX_NAME_WORDS), -1):
            token = tokens[start]
            if paragraph.quoted[start] or not token.word:
                break
            if not word_kinds.opens_name(token, self.lex):
                if (
                    token.definite
                    and start == end - 1
                    and not word_kinds.is_known(token.norm, self.lex)
                ):
                    continue  # "فلان العلي قال": a family name with the article
                break
            opens = self._opens_clause(tokens, start) or self._after_opening_role(
                tokens, start
            )
            if names.name_end(tokens, start, self.lex) == end and opens:
                found = start
        if found is None or self._joined_after_opening(tokens, found, verb):
            return None
        return self._resolve(
            names.speaker_of(tokens, found, end, "name", paragraph.text)
        )

    def _joined_after_opening(self, tokens: list[Token], start: int, verb: int) -> bool:
        """Tell whether words opening a sentence stand before a verb with و.

        A subject before its verb takes no و (``فلان قال``); before ``وقال`` the
        sentence opened with another verb and its subject (``ضحك فلان وقال``),
        so the words there are no name.
        """
        norm = tokens[verb].norm
        return (
            norm[:1] in (WAW, FA)
            and norm[1:] in self.lex.verbs
            and (start == 0 or tokens[start - 1].raw in SENTENCE_ENDS)
        )

    def _apposition_before(self, paragraph: Paragraph, verb: int) -> str | None:
        """``إن زعيم البلاد، فلان الفلاني، قال``: a role and its name set off by commas.

        The name between the two commas is the subject when the role before the
        first comma opens its clause (after أن، إن or at the sentence start).
        """
        tokens = paragraph.tokens
        close = verb - 1
        if close < 1 or tokens[close].raw not in COMMAS:
            return None
        start = close
        while start > 0 and tokens[start - 1].word and not paragraph.quoted[start - 1]:
            start -= 1
        if start < _ROLE_AND_COMMA or tokens[start - 1].raw not in COMMAS:
            return None
        if names.name_end(tokens, start, self.lex) != close:
            return None
        role = next(
            (
                first
                for first in range(start - 2, max(-1, start - 2 - _MAX_ROLE_WORDS), -1)
                if word_kinds.is_title(tokens[first], self.lex)
                and names.role_end(tokens, first, self.lex) == start - 1
            ),
            None,
        )
        if role is None or not self._opens_clause(tokens, role):
            return None
        return self._resolve(
            names.speaker_of(tokens, start, close, "name", paragraph.text)
        )

    def _role_between(self, paragraph: Paragraph, verb: int) -> str | None:
        """``العميد فلان الفلاني، المسؤول في الوزارة، أشار``: a name, its role, a verb.

        A name opening its clause, then a role set off by commas right before the
        verb: the name is the subject standing before its verb.
        """
        tokens = paragraph.tokens
        close = self._before_description(paragraph, verb - 1)
        if close < 1 or tokens[close].raw not in COMMAS:
            return None
        opening = next(
            (
                first
                for first in range(close - 1, max(0, close - 1 - _MAX_ROLE_WORDS), -1)
                if tokens[first].raw in COMMAS
            ),
            None,
        )
        if (
            opening is None
            or opening + 1 >= close
            or not word_kinds.is_title(tokens[opening + 1], self.lex)
            or not tokens[opening + 1].definite
            or any(paragraph.quoted[k] for k in range(opening, close))
        ):
            return None
        return self._name_before(paragraph, opening)

    @staticmethod
    def _before_description(paragraph: Paragraph, close: int) -> int:
        """Step back over a description set off by commas before a verb.

        ``فلان، رئيس شركة …، وهي شركة محلية تقدم …، يحذر``: a clause opening with
        وهو / وهي (and it is) describes the word before it and does not end the
        subject's phrase; the comma before it is where the role ends.
        """
        tokens = paragraph.tokens
        if close < 1 or tokens[close].raw not in COMMAS:
            return close
        for first in range(close - 1, max(0, close - 1 - _DESCRIPTION_REACH), -1):
            if tokens[first].raw in COMMAS:
                following = tokens[first + 1] if first + 1 < close else None
                described = following is not None and following.norm in _AND_IT_IS
                return first if described else close
            if paragraph.quoted[first]:
                break
        return close

    def _role_ending_at(self, paragraph: Paragraph, end: int) -> int:
        """Return where a definite role or institution ending at ``end`` starts.

        ``لكن الوزيرة الكندية السابقة أوضحت``: the role's adjectives stand
        between its head and the verb.  Without one, the word before ``end``.
        """
        tokens = paragraph.tokens
        for first in range(end - 1, max(-1, end - 1 - _MAX_ROLE_WORDS), -1):
            token = tokens[first]
            if paragraph.quoted[first] or not token.word:
                break
            headed = word_kinds.is_title(token, self.lex) or word_kinds.is_body(
                token, self.lex
            )
            if token.definite and headed:
                if names.role_end(tokens, first, self.lex) == end:
                    return first
                break
        return end - 1

    def _after_opening_role(self, tokens: list[Token], start: int) -> bool:
        """Tell whether a role opening the sentence ends right before ``start``.

        ``رئيس الوزراء الكندي فلان الفلاني قال``: the role and the name in
        apposition are together the subject standing before its verb.
        """
        first = start - 1
        while (
            first >= max(0, start - _MAX_ROLE_WORDS)
            and tokens[first].word
            and not (
                word_kinds.is_title(tokens[first], self.lex)
                and names.role_end(tokens, first, self.lex) == start
            )
        ):
            first -= 1
        return (
            first >= max(0, start - _MAX_ROLE_WORDS)
            and tokens[first].word
            and self._opens_clause(tokens, first)
        )

    def _opens_clause(self, tokens: list[Token], start: int) -> bool:
        if not start:
            return True
        before = tokens[start - 1]
        bare = before.norm[1:] if before.norm[:1] in ("و", "ف") else before.norm
        if before.norm in self.lex.prepositions or bare in self.lex.prepositions:
            return False  # "من اجتماعات الحزب": an object, not a subject
        if before.norm in names.PRONOUN_OBJECTS:
            return False  # "الاتفاق عليه بمشقة بالغة": an adverbial phrase
        if before.norm in self.lex.negations:
            return False  # "لم يكشف أرقاما محددة بعد": a verb, not a name
        if before.norm in names.RELATIVES or bare in names.QUANTIFIERS:
            # "المصدر الذي فضل عدم كشف هويته": a relative clause's verb;
            # "خالية من أي مادة حافظة يقول": a quantifier's genitive.
            return False
        return (
            not before.word
            or before.norm in _THAT
            or before.norm in self.lex.function_words
            or bare in self.lex.function_words
        )

    def _titled_before(self, paragraph: Paragraph, verb: int, start: int) -> str | None:
        """Return the person a title before the verb stands for, in its clause.

        ``ويظهر في التسجيل صوت مساعد المدير وهو يقول``: with no subject and no name, the
        person the article introduced with that title (``نائب الوزير فلان``) is
        the one speaking.  A title the article never tied to a name gives nothing.
        """
        tokens = paragraph.tokens
        for position in range(verb - 1, start - 1, -1):
            token = tokens[position]
            if token.norm in self.lex.clause_openers:
                break
            if paragraph.quoted[position] or not word_kinds.is_title(token, self.lex):
                continue
            if token.norm[0] in ("ل", "ب") and not token.definite:
                continue  # "لوزير": addressed, not speaking
            if self._feminine(tokens[verb]) and not token.norm.endswith("ه"):
                continue  # "والد الرئيس …، وقالت": she is not the (male) title
            end = names.role_end(tokens, position, self.lex)
            role = names.speaker_of(tokens, position, end, "role", paragraph.text)
            person = self.index.resolve(role)
            if person == role.text or self._other_name_after(paragraph, end, person):
                return None
            return person
        return None

    def _other_name_after(self, paragraph: Paragraph, end: int, person: str) -> bool:
        """Tell whether a name right after a title is not the person it stands for.

        ``المغرد فلان الفلاني انتقد الحملة قائلا``: the title names its own
        person, in two name words or more; the one the article gave that title
        earlier (another tweeter) is not him.  A word that is no name (``صوت
        المدير يظهر فيه``) names nobody.
        """
        tokens = paragraph.tokens
        if end >= len(tokens) or paragraph.quoted[end]:
            return False
        last = names.name_end(tokens, end, self.lex)
        if last - end < _FULL_NAME:
            return False
        named = {token.norm for token in tokens[end:last]}
        return not named & set(normalize(person).split())

    def _feminine(self, verb: Token) -> bool:
        """Tell whether a speech verb is feminine: ``قالت``، ``وأضافت``، ``قائلة``.

        A past verb in ـت whose form without it is the masculine verb (``لفت`` is
        a masculine past of its own), or a participle in ـة.
        """
        norm = verb.norm
        if norm in self.lex.participles:
            return norm.endswith("ه")
        bare = without_conjunction(norm)
        return norm.endswith("ت") and (
            norm[:-1] in self.lex.verbs or bare[:-1] in self.lex.verbs
        )

    def _subject_before(self, paragraph: Paragraph, verb: int) -> str | None:
        """Return the subject standing right before its verb: ``البيان يطالب``.

        The subject may precede the verb (SVO, common after أن and with the
        present tense): a definite institution, title or statement does.
        """
        named = (
            self._name_before(paragraph, verb)
            or self._apposition_before(paragraph, verb)
            or self._role_between(paragraph, verb)
        )
        if named is not None:
            return named
        end = verb
        if end > 1 and paragraph.tokens[end - 1].norm == _QAD:
            end -= 1  # "وكان الاتحاد قد قال"
        position = self._role_ending_at(paragraph, end)
        if position < 0 or paragraph.quoted[position]:
            return None
        if not self._opens_clause(paragraph.tokens, position):
            return None  # "انتقد تقرير المنظمة مؤكدا": a genitive, not a subject
        token = paragraph.tokens[position]
        if not token.definite or not (
            word_kinds.is_body(token, self.lex)
            or word_kinds.is_title(token, self.lex)
            or word_kinds.is_statement(token, self.lex)
        ):
            return None
        subject = names.phrase_at(paragraph.tokens, position, self.lex, paragraph.text)
        return self._resolve(subject) if subject is not None else None

    def _caption(self, tokens: list[Token], position: int, text: str) -> str:
        return self._resolve(
            names.speaker_of(tokens, position, position + 1, "name", text)
        )

    def _relative_subject(
        self, paragraph: Paragraph, verb: int, *, quoted_only: bool = False
    ) -> str | None:
        """Return the antecedent of a relative clause: ``مسؤول أمني، الذي قال``.

        ``quoted_only``: only a person's name in quotation marks before الذي.
        """
        tokens = paragraph.tokens
        end = verb
        following = tokens[verb + 1].norm if verb + 1 < len(tokens) else ""
        if (
            not end
            or tokens[end - 1].norm not in names.RELATIVES
            # "الصور التي علقت عليها": a pronoun back to it, the verb's object
            or following in names.PRONOUN_OBJECTS
        ):
            return None
        end -= 1
        if end and tokens[end - 1].raw in (",", "،"):
            end -= 1
        if end and paragraph.quoted[end - 1]:
            return self._quoted_antecedent(paragraph, tokens[end - 1].start)
        if quoted_only:
            return None
        start = end
        while (
            start > 0
            and end - start < _MAX_ANTECEDENT_WORDS
            and not paragraph.quoted[start - 1]
        ):
            token = tokens[start - 1]
            if not token.word or (
                word_kinds.is_known(token.norm, self.lex)
                and not (
                    word_kinds.is_title(token, self.lex)
                    or word_kinds.is_body(token, self.lex)
                )
            ):
                break
            start -= 1
        if start == end:
            return None
        found = names.phrase_bounds(tokens, start, self.lex)
        if found is None:
            return None
        kind, first, last, _ = found
        return self._resolve(
            names.speaker_of(tokens, first, last, kind, paragraph.text)
        )

    def _quoted_antecedent(self, paragraph: Paragraph, closing: int) -> str | None:
        """Return a title's quoted name before ``الذي``: ``الأستاذ "فلان" الذي قال``.

        Only a name the article introduced as a person (after a title) counts.
        """
        for span in paragraph.spans:
            if span.closing == closing:
                words = quote_tokens(paragraph.text[span.start : span.end])
                key = tuple(token.norm for token in words if token.word)
                for person in self.index.people:
                    if person.key == key:
                        return self.index.resolve(person)
        return None

    def _sentence_subject(self, paragraph: Paragraph, position: int) -> str | None:
        """Return the subject of the sentence's first verb: ``ودافع جابر، قائلا``."""
        tokens = paragraph.tokens
        while position > 0 and tokens[position - 1].raw not in SENTENCE_ENDS:
            position -= 1
        words = [
            k for k in range(position, min(len(tokens), position + 3)) if tokens[k].word
        ]
        if len(words) < _VERB_AND_OBJECT or paragraph.quoted[words[0]]:
            return None
        verb = tokens[words[0]]
        if (
            verb.norm[0] not in ("و", "ف")
            or word_kinds.is_known(verb.norm, self.lex)
            or verb.norm[1:] in self.lex.clause_openers  # "وحينما": no verb
        ):
            return None
        found = names.phrase_bounds(tokens, words[1], self.lex)
        if found is None or found[0] != "name":
            return None
        _, first, last, _ = found
        return self._resolve(
            names.speaker_of(tokens, first, last, "name", paragraph.text)
        )

    def _introduced(self, paragraph: Paragraph, window: list[int]) -> Said:
        """``NAME: "…"`` with no verb: speech when the window is one name or role."""
        tokens = paragraph.tokens
        words = [k for k in window if tokens[k].word]
        if not words:
            return Said(True, self.last_speaker, "last")
        found = names.phrase_bounds(tokens, words[0], self.lex)
        if found is None or found[3] != window[-1]:
            return NOT_SPEECH
        kind, first, last, _ = found
        phrase = names.speaker_of(tokens, first, last, kind, paragraph.text)
        return Said(True, self._resolve(phrase), "colon")

    def _pointed_back(self, paragraph: Paragraph, span: QuotedSpan) -> Said | None:
        """``"…". هكذا علق فلان``، ``"…"، بهذه العبارة ختم فلان``: his words.

        A quotation that opens its sentence, followed (across a full stop or a
        comma at most) by "thus" or "with these words" and a verb, is what the
        verb's subject said, whatever the verb (علق، وصف، افتتح); with no subject
        found after the verb the rule says nothing.
        """
        tokens = paragraph.tokens
        position = paragraph.index_after(span.closing + 1)
        gap = 0
        while position < len(tokens) and not tokens[position].word:
            if paragraph.quoted[position] or gap >= _POINTER_GAP:
                return None
            gap += 1
            position += 1
        if position + 2 >= len(tokens):
            return None
        if tokens[position].norm == _THUS:
            verb = position + 1
        elif (
            tokens[position].norm == _WITH_THESE
            and tokens[position + 1].norm in _POINTED_WORDS
        ):
            verb = position + 2
        else:
            return None
        if paragraph.quoted[verb] or not self._verb_like(tokens[verb]):
            return None
        subject = paragraph.subject_after(verb, self.lex)
        if subject is None or (
            len(subject.key) == 1 and not self._speech_word(tokens[verb])
        ):
            return None  # "هكذا نتصور القضية": one word after any verb, its object
        return Said(True, self._known_part(self._resolve(subject)), "pointed")

    def _known_part(self, caption: str) -> str:
        """Cut a caption after any verb to the longest name the article gives whole.

        ``بهذه الكلمات شرح فلان الفلاني قواعد …``: the verb takes an object, and
        the words after a name the article elsewhere closes with a mark
        (``فلان الفلاني،``) are that object.
        """
        words = caption.split()
        key = tuple(normalize(word) for word in words)
        for size in range(len(key) - 1, _FULL_NAME - 1, -1):
            if key[:size] in self.index.closed and key[size] not in names.NAME_GLUE:
                return " ".join(words[:size])
        return caption

    def _attributed_after(self, paragraph: Paragraph, span: QuotedSpan) -> Said | None:
        """``"…"، قال الوزير`` or ``"…" حسب تعبيره``: an attribution after the span."""
        tokens = paragraph.tokens
        position = paragraph.index_after(span.closing + 1)
        seen = 0
        while position < len(tokens) and seen < _AFTER_WORDS:
            token = tokens[position]
            if paragraph.quoted[position] or (token.raw in SENTENCE_ENDS and seen):
                return None
            if token.word:
                seen += 1
                if self._after_verb(token):
                    subject = paragraph.subject_after(position, self.lex)
                    if subject is None:
                        return Said(True, self.last_speaker, "last")
                    return Said(True, self._resolve(subject), "after")
            position += 1
        return None

    def _after_verb(self, token: Token) -> bool:
        if token.norm[0] == "و":
            return False  # "…". وقال: a new sentence, not this quote's attribution
        return any(
            form in self.lex.verbs for form in word_kinds.strip_clitics(token.norm)
        )

    @staticmethod
    def _whole_paragraph(paragraph: Paragraph, span: QuotedSpan) -> bool:
        rest = paragraph.text[span.closing + 1 :]
        return not any(char.isalnum() for char in rest)
