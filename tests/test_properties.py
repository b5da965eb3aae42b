"""Property tests: arbitrary Unicode (Arabic, combining marks, controls, bidi) never
crashes the analyzers or the safe Markdown rendering, and what they return is
encodable UTF-8 text; rendered Markdown never carries live markup.
"""

from __future__ import annotations

import re

import markdown
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from lxml import html
from mowjaz.config import Config
from mowjaz.keypoints import extract_key_points
from mowjaz.quotes.extract import extract_quotes
from mowjaz.related.relate import ChunkTerms, Document, find_related
from mowjaz.site.markdown_ext import is_safe_link, url_scheme
from mowjaz.text import normalize, segment
from mowjaz.text.blocks import Block, blocks_from_html, blocks_from_markdown
from mowjaz.text.terms import TermAnalyzer

EXAMPLES = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
FEW_EXAMPLES = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)

ARABIC_WORDS = [
    "قال",
    "الوزير",
    "إن",
    "المشروع",
    "سيكتمل",
    "قبل",
    "نهاية",
    "العام",
    "وأضاف",
    "المدينة",
    "الجديدة",
    "مُحَمَّد",
    "ــــ",
    "١٢٣",
]
MARKUP = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<iframe src=//x>",
    "[x](javascript:alert(1))",
    "[y][r]\n\n[r]: javascript:alert(2)\n",
    "{: onclick=alert(3) }",
    "&#106;avascript:",
    "<",
    "&",
    "\u00ab",
    "\u201c",
    '"',
    "\u202e",
    "\u2066",
    "\u200d",
    "\x00",
    "\x85",
    "\ufffe",
]
PUNCTUATION = [".", "\u060c", "\u061b", "\u061f", "!", "\n", "\n\n", " ", ":", "# "]
# Any code point but surrogates (a str read from a file never holds one).
ANY_CHARACTER = st.characters(exclude_categories=("Cs",))
pieces = st.one_of(
    st.sampled_from(ARABIC_WORDS),
    st.sampled_from(MARKUP),
    st.sampled_from(PUNCTUATION),
    st.text(ANY_CHARACTER, max_size=8),
    st.characters(min_codepoint=0x0600, max_codepoint=0x06FF).map(str),
    st.characters(min_codepoint=0x0300, max_codepoint=0x036F).map(str),
)
hostile_text = st.lists(pieces, max_size=40).map(" ".join)
block_kinds = st.sampled_from(["paragraph", "heading", "quote", "list_item"])
blocks = st.lists(st.builds(Block, block_kinds, hostile_text), max_size=8)
LIVE_ATTRIBUTE = re.compile(r"^on", re.IGNORECASE)


def assert_utf8(text: str) -> None:
    assert isinstance(text, str)
    text.encode("utf-8")


def render(source: str) -> str:
    md = markdown.Markdown(
        extensions=[
            "markdown.extensions.codehilite",
            "markdown.extensions.extra",
            "markdown.extensions.meta",
            "mowjaz.site.markdown_ext",
        ],
        output_format="html5",
    )
    return md.convert(source)


@EXAMPLES
@given(hostile_text)
def test_text_functions_return_encodable_text(text: str) -> None:
    for function in (
        normalize.clean_text,
        normalize.normalize,
        normalize.strip_diacritics,
        normalize.strip_tatweel,
        normalize.fold_digits,
    ):
        assert_utf8(function(text))
    for sentence in segment.split_sentences(text):
        assert_utf8(sentence)
    for token in segment.tokenize(text):
        assert_utf8(token)
    assert segment.word_count(text) >= 0
    assert isinstance(normalize.has_arabic(text), bool)


@EXAMPLES
@given(hostile_text)
def test_cleaned_text_has_no_control_or_bidi_override(text: str) -> None:
    cleaned = normalize.clean_text(text)
    assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e]", cleaned)
    assert normalize.clean_text(cleaned) == cleaned


@EXAMPLES
@given(blocks, st.integers(min_value=3, max_value=5))
def test_key_points_are_few_encodable_strings(
    given_blocks: list[Block], count: int
) -> None:
    points = extract_key_points(given_blocks, count=count)
    assert len(points) <= count
    for point in points:
        assert_utf8(point)
        assert point.strip()


@EXAMPLES
@given(blocks)
@example([Block("paragraph", "ــــ سيكتمل")])  # a tatweel-only word once crashed
@example([Block("paragraph", "الوزير ــــ")])
def test_quotes_are_encodable_and_never_empty(given_blocks: list[Block]) -> None:
    for quote in extract_quotes(given_blocks):
        assert_utf8(quote.text)
        assert quote.text.strip()
        if quote.speaker is not None:
            assert_utf8(quote.speaker)


@FEW_EXAMPLES
@given(st.lists(st.tuples(hostile_text, hostile_text), max_size=6))
def test_related_stories_never_point_at_themselves(
    pairs: list[tuple[str, str]],
) -> None:
    documents = [
        Document(id=f"brief-{number}", title=title, text=text)
        for number, (title, text) in enumerate(pairs)
    ]
    config = Config()
    found = find_related(
        documents,
        top_k=config.related_top_k,
        min_score=config.related_min_score,
        duplicate_score=config.related_duplicate_score,
    )
    ids = {document.id for document in documents}
    for source, links in found.items():
        assert source in ids
        for link in links:
            assert link.id in ids
            assert link.id != source
            assert 0.0 <= link.score <= 1.0 + 1e-9


@EXAMPLES
@given(hostile_text)
def test_blocks_from_any_markdown_or_html_are_encodable(text: str) -> None:
    for block in [*blocks_from_markdown(text), *blocks_from_html(text)]:
        assert_utf8(block.text)


@EXAMPLES
@given(hostile_text)
def test_rendered_markdown_is_inert(source: str) -> None:
    rendered = render(source)
    assert_utf8(rendered)
    assert not re.search("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]", rendered)
    if not rendered.strip():
        return
    tree = html.fromstring(f"<div>{rendered}</div>")
    assert not tree.xpath("//script | //iframe | //object | //embed | //style")
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        for name, value in element.attrib.items():
            assert not LIVE_ATTRIBUTE.match(name)
            if name in ("href", "src"):
                assert is_safe_link(value)


@EXAMPLES
@given(st.text(ANY_CHARACTER, max_size=30))
def test_raw_tags_are_shown_as_typed(words: str) -> None:
    tree = html.fromstring(f"<div>{render(f'<b>{words}</b>')}</div>")
    assert not tree.xpath("//b")
    assert "<b>" in tree.text_content()


@EXAMPLES
@given(st.sampled_from(["javascript", "JavaScript", "vbscript", "data"]), hostile_text)
def test_script_schemes_are_seen_through_disguises(scheme: str, rest: str) -> None:
    for disguised in (
        f"{scheme}:{rest}",
        f" {scheme}:{rest}",
        f"{scheme[:3]}\t{scheme[3:]}:{rest}",
        f"&#{ord(scheme[0])};{scheme[1:]}:{rest}",
    ):
        assert url_scheme(disguised) == scheme.lower()
        assert not is_safe_link(disguised)


@EXAMPLES
@given(st.lists(hostile_text, max_size=5))
def test_lines_tokenised_at_once_give_each_line_s_tokens(lines: list[str]) -> None:
    lines = [line.replace("\n", " ") for line in lines] or [""]
    assert segment.tokenize_lines("\n".join(lines)) == [
        segment.tokenize(line) for line in lines
    ]


@EXAMPLES
@given(hostile_text)
def test_related_stories_find_the_terms_key_points_find(text: str) -> None:
    # Both read the same words; sharing one analyzer (one stem cache) between them
    # must not change what either finds.
    analyzer = TermAnalyzer()
    shared = ChunkTerms(analyzer)
    assert shared.terms(text) == ChunkTerms().terms(text)
    assert analyzer.terms(text) == TermAnalyzer().terms(text)
    assert shared.terms(text) == ChunkTerms().terms(text)
