"""The importer: its named steps, the Brief it builds and the Markdown it writes."""

from __future__ import annotations

import re
from pathlib import Path

import markdown
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import html
from mowjaz.importer import pipeline as importer
from mowjaz.importer.pipeline import Draft, ImporterError, ImportOptions, Line
from mowjaz.text.noise import SiteNoise
from mowjaz.text.slug import slugify
from mowjaz.text.typography import balance_quotes, fix_typography

RAW = Path(__file__).resolve().parent / "fixtures" / "raw"
MARKET = (RAW / "market.txt").read_text("utf-8")
DATE = "2025-09-07T08:00:00+01:00"


def lines(*texts: str) -> tuple[Line, ...]:
    return tuple(Line(number, text) for number, text in enumerate(texts, start=1))


def imported(text: str | bytes, **options: object) -> importer.ImportResult:
    raw = text.encode("utf-8") if isinstance(text, str) else text
    return importer.import_bytes(
        raw,
        "article.txt",
        ImportOptions(date=DATE, **options),  # type: ignore[arg-type]
    )


def rendered_html(markdown_text: str) -> tuple[str, dict[str, list[str]]]:
    """Render a brief as Pelican's Markdown reader would: extra + meta."""
    md = markdown.Markdown(
        extensions=["markdown.extensions.extra", "markdown.extensions.meta"]
    )
    body = md.convert(markdown_text)
    return body, md.Meta  # type: ignore[attr-defined]


def block_texts(body: str) -> list[str]:
    """Return what a reader sees in each top-level block of rendered HTML."""
    return [element.text_content() for element in html.fragments_fromstring(body)]


# ---------------------------------------------------------------------------
# The pipeline is a list of named steps


def test_steps_run_in_the_documented_order() -> None:
    assert importer.STEP_NAMES == (
        "decode",
        "split_lines",
        "split_paragraphs",
        "clean",
        "join_lines",
        "remove_noise",
        "typography",
        "find_title",
        "credits",
        "classify",
        "build_brief",
        "render",
    )


def test_one_step_can_run_by_name() -> None:
    draft = Draft(source="a.txt", text="سطر أول\r\nسطر ثان\rسطر ثالث\n")
    split = importer.run_step("split_lines", draft)
    assert [line.text for line in split.lines] == ["سطر أول", "سطر ثان", "سطر ثالث", ""]
    assert [line.number for line in split.lines] == [1, 2, 3, 4]


def test_a_slice_of_the_pipeline_runs_from_text_to_blocks() -> None:
    draft = importer.run(
        Draft(source="a.txt", text=MARKET), start="split_lines", stop="classify"
    )
    assert draft.title_line == "بلدية الساحل تفتتح سوقا مغطاة للخضر والفواكه"
    assert [block.kind for block in draft.blocks] == [
        "paragraph",
        "paragraph",
        "heading",
        "paragraph",
        "paragraph",
    ]
    assert draft.brief is None


# ---------------------------------------------------------------------------
# decode


@pytest.mark.parametrize(
    ("encoding", "prefix"),
    [
        ("utf-8", b""),
        ("utf-8-sig", b""),
        ("utf-16", b""),
        ("utf-16-be", b"\xfe\xff"),
        ("cp1256", b""),
    ],
)
def test_newsroom_encodings_decode_to_the_same_text(
    encoding: str, prefix: bytes
) -> None:
    raw = prefix + MARKET.encode(encoding)
    assert importer.decode_bytes(raw, "a.txt") == MARKET


def test_windows_1256_is_only_accepted_for_arabic_text() -> None:
    french = "Le maire a inauguré un marché couvert près de la gare.".encode("cp1252")
    with pytest.raises(ImporterError, match="not UTF-8, UTF-16 or Arabic Windows-1256"):
        importer.decode_bytes(french, "a.txt")


def test_utf8_with_a_broken_byte_is_an_error_not_a_guess() -> None:
    raw = "افتتحت البلدية سوقا جديدة".encode() + b"\xff" + " اليوم.".encode()
    with pytest.raises(ImporterError, match=r"a\.txt: not valid UTF-8 \(byte 0xff"):
        importer.decode_bytes(raw, "a.txt")


@pytest.mark.parametrize(
    "raw",
    [b"", b"\x00" * 64, bytes(range(256)) * 4, b"\x89PNG\r\n\x1a\n" + bytes(200)],
    ids=["empty", "nul-bytes", "all-bytes", "png"],
)
def test_binary_or_empty_input_is_refused(raw: bytes) -> None:
    with pytest.raises(ImporterError, match=r"^a\.txt: "):
        importer.decode_bytes(raw, "a.txt")


# ---------------------------------------------------------------------------
# clean


def test_clean_drops_controls_bidi_and_stray_zero_width_characters() -> None:
    draft = Draft(
        source="a.txt",
        lines=lines(
            "\u202eعنوان\u202c\x00 مقلوب\x85", "  \u200b\t ", "كلمة\u200dموصولة \u200d"
        ),
    )
    cleaned = importer.run_step("clean", draft)
    assert [line.text for line in cleaned.lines] == ["عنوان مقلوب", "كلمة\u200dموصولة"]
    assert [line.number for line in cleaned.lines] == [1, 3]


def test_clean_folds_presentation_forms_copied_from_pdf() -> None:
    pdf_copy = "\ufe8d\ufedf\ufeb4\ufeee\ufed5"  # isolated/initial/medial/final forms
    assert importer.clean_line(pdf_copy) == "السوق"


# ---------------------------------------------------------------------------
# remove_noise


def test_hints_are_kept_and_boilerplate_is_dropped() -> None:
    long_prompt_like = (
        "تابعونا على صفحتنا لأن هذه الجملة الطويلة جدا ليست زرا"
        " بل فقرة حقيقية من المقال نفسه"
    )
    draft = Draft(
        source="a.txt",
        lines=lines(
            "افتتحت البلدية سوقا جديدة.",
            "مواضيع مشابهة: حملة لتنظيف الشواطئ",
            "إقرأ أيضاً: أسعار الخضر ترتفع",
            "متابعو الموقع يشاهدون:",
            "شارك المقال",
            "تابعونا على فيسبوك وتويتر",
            long_prompt_like,
            "التعليقات",
        ),
    )
    result = importer.run_step("remove_noise", draft)
    assert [line.text for line in result.hints] == [
        "حملة لتنظيف الشواطئ",
        "أسعار الخضر ترتفع",
    ]
    assert [line.text for line in result.lines] == [
        "افتتحت البلدية سوقا جديدة.",
        long_prompt_like,
    ]


def test_a_hint_label_alone_takes_the_headline_on_the_next_line() -> None:
    draft = Draft(
        source="a.txt",
        lines=lines(
            "اقرأ أيضا:", "أسعار الخضر ترتفع", "وقال التجار إن الأسعار سترتفع."
        ),
    )
    result = importer.run_step("remove_noise", draft)
    assert [line.text for line in result.hints] == ["أسعار الخضر ترتفع"]
    assert [line.text for line in result.lines] == ["وقال التجار إن الأسعار سترتفع."]


def test_a_newsroom_can_add_its_own_noise() -> None:
    rules = SiteNoise.load(
        extra_boilerplate_lines=["حقوق النشر محفوظة"],
        extra_hint_prefixes=["طالع المزيد:"],
    )
    draft = Draft(
        source="a.txt",
        rules=rules,
        lines=lines("نص الخبر.", "حقوق النشر محفوظة", "طالع المزيد: خبر آخر"),
    )
    result = importer.run_step("remove_noise", draft)
    assert [line.text for line in result.lines] == ["نص الخبر."]
    assert [line.text for line in result.hints] == ["خبر آخر"]


# ---------------------------------------------------------------------------
# typography


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("كانت \u201c10 من 10\u2033، وأضاف", "كانت \u201c10 من 10\u201d، وأضاف"),
        ('قال: "نعم" ثم صمت', "قال: \u201cنعم\u201d ثم صمت"),
        ("قال \u201dنعم\u201c ثم صمت", "قال \u201cنعم\u201d ثم صمت"),
        ("مطالبًا بـ\u201cأخذ المخاوف\u201d", "مطالبًا بـ\u201cأخذ المخاوف\u201d"),
        ("شاشة طولها 5\u2033 فقط", "شاشة طولها 5\u2033 فقط"),
        (
            "قال \u201cإن \u201cالأمر\u201d انتهى\u201d",
            "قال \u201cإن \u201cالأمر\u201d انتهى\u201d",
        ),
    ],
    ids=["double-prime", "straight", "reversed", "tatweel", "inches", "nested"],
)
def test_quotation_marks_become_balanced_pairs(raw: str, expected: str) -> None:
    assert balance_quotes(raw) == (expected, [])


@pytest.mark.parametrize(
    "text",
    [
        "قال: \u201cسنواصل العمل",
        "وقال إن الأمر انتهى\u201d ثم غادر القاعة",
        'قال "نعم" ثم "لا',
    ],
    ids=["never-closed", "never-opened", "odd-count"],
)
def test_marks_that_cannot_be_paired_are_left_as_typed(text: str) -> None:
    assert balance_quotes(text) == (
        text,
        ["quotation mark that cannot be paired: left as typed"],
    )


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("قال \u00bbنعم\u00ab ثم صمت", "قال \u00abنعم\u00bb ثم صمت"),
        ("قال \u00abنعم\u00bb و\u00abلا\u00bb", "قال \u00abنعم\u00bb و\u00abلا\u00bb"),
        ('قال " نعم " ثم صمت', "قال \u201c نعم \u201d ثم صمت"),
        ("قال \u201cنعم \u201d ثم صمت", "قال \u201cنعم \u201d ثم صمت"),
    ],
    ids=["reversed-guillemets", "guillemets", "spaced-straight", "space-before-close"],
)
def test_guillemets_and_spaced_marks_are_paired(raw: str, expected: str) -> None:
    assert balance_quotes(raw) == (expected, [])


def test_an_unpaired_mark_is_reported_with_its_line() -> None:
    draft = Draft(source="a.txt", lines=lines("نص أول.", "قال \u00bb نعم ثم صمت."))
    result = importer.run_step("typography", draft)
    assert result.lines[1].text == "قال \u00bb نعم ثم صمت."
    assert result.warnings == (
        "line 2: guillemet \u00ab \u00bb that cannot be paired: left as typed",
    )


def test_spaces_around_arabic_punctuation_are_normalised() -> None:
    assert fix_typography("أوسع ، وأن الإيجار بقي؟نعم ؛ هكذا .") == (
        "أوسع، وأن الإيجار بقي؟ نعم؛ هكذا.",
        [],
    )
    assert fix_typography("العدد 1،5 و 3 .") == ("العدد 1،5 و 3 .", [])


def test_an_empty_quotation_is_kept_and_reported_with_its_line() -> None:
    draft = Draft(
        source="a.txt", lines=lines("نص أول.", "قال لشبكة \u201c\u201d إن القمة مثمرة.")
    )
    result = importer.run_step("typography", draft)
    assert result.lines[1].text == "قال لشبكة \u201c\u201d إن القمة مثمرة."
    assert len(result.warnings) == 1
    assert result.warnings[0].startswith("line 2: empty quotation")


# ---------------------------------------------------------------------------
# classify


def test_short_lines_followed_by_a_paragraph_become_subheadings() -> None:
    draft = Draft(
        source="a.txt",
        options=ImportOptions(title="عنوان من المحرر"),
        lines=lines(
            "افتتحت البلدية سوقا جديدة صباح الأحد.",
            "\u201cلا اتفاق حتى الآن\u201d",
            "وقال الوزير إن المحادثات ستستمر.",
            "تجار راضون",
            "مطالب التجار",
            "وطالب التجار بتخفيض الإيجار.",
            "قال الوزير:",
            "نهاية قصيرة",
        ),
    )
    blocks = importer.run_step("classify", draft).blocks
    assert [block.text for block in blocks if block.kind == "heading"] == [
        "\u201cلا اتفاق حتى الآن\u201d",
        "مطالب التجار",
    ]


def test_a_headline_first_line_is_the_title_unless_the_editor_gave_one() -> None:
    body = lines("سوق جديدة في الساحل", "افتتحت البلدية سوقا جديدة.")
    found = importer.run(
        Draft(source="a.txt", lines=body), start="find_title", stop="classify"
    )
    assert found.title_line == "سوق جديدة في الساحل"
    assert [block.text for block in found.blocks] == ["افتتحت البلدية سوقا جديدة."]
    same = Draft(
        source="a.txt", options=ImportOptions(title="سوق جديدة في الساحل"), lines=body
    )
    assert len(importer.run(same, start="find_title", stop="classify").blocks) == 1


# ---------------------------------------------------------------------------
# build_brief and render


def test_the_fixture_article_becomes_a_brief() -> None:
    result = imported(MARKET, category="اقتصاد", tags=("أسواق", "بلديات"))
    brief = result.brief
    assert brief.title == "بلدية الساحل تفتتح سوقا مغطاة للخضر والفواكه"
    assert brief.slug == "بلدية-الساحل-تفتتح-سوقا-مغطاة-للخضر-والفواكه"
    assert brief.hints == (
        "ارتفاع أسعار الخضر في الأسواق الشعبية مع بداية الخريف",
        "بلدية الساحل تطلق حملة لتنظيف الشواطئ",
    )
    assert brief.summary.startswith("افتتحت بلدية الساحل صباح الأحد")
    assert brief.date.isoformat() == DATE
    assert all("dropped boilerplate" in warning for warning in result.warnings)
    body, meta = rendered_html(result.markdown)
    assert meta["lang"] == ["ar"]
    assert meta["tags"] == ["أسواق, بلديات"]
    assert meta["relatedhints"] == list(brief.hints)
    assert "<h2>تجار راضون</h2>" in body
    assert "\u201cهذه السوق ستنظم التجارة وتحمي المستهلك\u201d." in body
    assert "التعليقات" not in body
    assert "شارك المقال" not in body


def test_the_same_input_and_options_give_the_same_bytes() -> None:
    assert imported(MARKET).markdown.encode() == imported(MARKET).markdown.encode()


def test_without_a_headline_the_title_comes_from_the_lead_with_a_warning() -> None:
    result = imported(
        "افتتحت بلدية الساحل سوقا مغطاة جديدة. وتضم السوق مئة وعشرين محلا.\n"
        "وقال رئيس البلدية إنها ستنظم التجارة."
    )
    assert result.brief.title == "افتتحت بلدية الساحل سوقا مغطاة جديدة"
    assert any(
        "title was built from the lead" in warning for warning in result.warnings
    )


def test_a_long_lead_is_cut_after_whole_sentences_for_the_summary() -> None:
    sentence = "وقال رئيس البلدية إن السوق الجديدة ستنظم التجارة في المدينة كلها. "
    summary = importer.lead_summary((sentence * 20).strip())
    assert summary.endswith("كلها.")
    assert len(summary.split()) <= importer.SUMMARY_MAX_WORDS


def test_a_date_without_offset_gets_the_configured_time_zone() -> None:
    date = importer.parse_date("2025-08-16 09:00", "Africa/Algiers", "a.txt")
    assert date.isoformat() == "2025-08-16T09:00:00+01:00"
    with pytest.raises(ImporterError, match=r"a\.txt: --date 'demain'"):
        importer.parse_date("demain", "Africa/Algiers", "a.txt")


def test_text_without_any_word_is_refused() -> None:
    with pytest.raises(ImporterError, match="nothing to publish"):
        imported("... \u061f\u061f !!\n---\n***")


@pytest.mark.parametrize(
    "line",
    [
        "# ليس عنوانا",
        "1. ليست قائمة",
        "> ليس اقتباسا",
        "- ليس بندا",
        "+ ليس بندا",
        "* ليس بندا",
        ": ليس تعريفا",
        "~~~",
        "```",
        "---",
        "[1]: http://example.com/x",
        "[x](javascript:alert(1))",
        "![x](http://example.com/x.png)",
        "*[HTML]: Hyper Text",
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "<iframe src=//example.com></iframe>",
        "<http://example.com>",
        "نص {: onclick=alert(1)}",
        "نص | عمود | آخر",
        "&lt;b&gt; نص",
        "`رمز` و**غامق** و_مائل_",
    ],
)
def test_raw_text_never_becomes_markup(line: str) -> None:
    text = f"افتتحت البلدية سوقا جديدة.\n{line}\nوقال التجار إن الأسعار مناسبة."
    result = imported(text, title="عنوان")
    body, meta = rendered_html(result.markdown)
    assert set(re.findall(r"<(\w+)", body)) <= {"p", "h2"}
    assert meta["title"] == ["عنوان"]
    assert line in block_texts(body)


@pytest.mark.parametrize(
    "line", ["Title: مخترق", "Save_as: ../../x.html", "Status: draft"]
)
def test_metadata_lines_in_the_body_stay_body_text(line: str) -> None:
    result = imported(f"{line}\nافتتحت البلدية سوقا جديدة.", title="عنوان")
    body, meta = rendered_html(result.markdown)
    assert set(meta) == {"title", "date", "slug", "uid", "lang", "summary"}
    assert meta["title"] == ["عنوان"]
    assert line in block_texts(body)


def test_metadata_values_cannot_inject_lines_or_markup() -> None:
    result = imported(
        "افتتحت البلدية سوقا جديدة.",
        title='سوق\nSave_as: x.html <b onmouseover="x">',
        author="محرر\r\nStatus: draft",
        category="اقتصاد\u2028Template: evil",
    )
    _, meta = rendered_html(result.markdown)
    assert set(meta) == {
        "title",
        "date",
        "category",
        "author",
        "slug",
        "uid",
        "lang",
        "summary",
    }
    assert "<b" not in meta["title"][0]
    assert meta["author"] == ["محرر Status: draft"]


# ---------------------------------------------------------------------------
# slugs


def test_slugs_keep_arabic_letters_and_drop_marks() -> None:
    assert slugify("  سُوقٌ جديـــدة: «مغطاة» 2025! ") == "سوق-جديدة-مغطاة-2025"
    assert slugify("../../x") == "x"


def test_a_slug_option_is_sanitised_and_reported() -> None:
    result = imported(
        "افتتحت البلدية سوقا جديدة.", title="عنوان", slug="../../etc/passwd"
    )
    assert result.brief.slug == "etcpasswd"
    assert any("--slug" in warning for warning in result.warnings)


# ---------------------------------------------------------------------------
# Properties over arbitrary Unicode

_ANY_TEXT = st.text(
    alphabet=st.one_of(
        st.characters(codec="utf-8"),
        st.sampled_from(
            '\u0627\u0644\u0633\u0648\u0642\u064e\u0640\u201c\u201d\u2033"<>&#*[]`\n\r\u202e\u200d'
        ),
    ),
    max_size=300,
)


@settings(max_examples=150, deadline=None)
@given(_ANY_TEXT, st.one_of(st.none(), _ANY_TEXT))
def test_any_text_gives_a_safe_brief_or_an_importer_error(
    text: str, title: str | None
) -> None:
    try:
        result = imported(text, title=title)
    except ImporterError as error:
        assert error.source == "article.txt"
        assert "\n" not in str(error)
        return
    data = result.markdown.encode("utf-8")
    assert data.decode("utf-8") == result.markdown
    body, meta = rendered_html(result.markdown)
    assert set(re.findall(r"<(\w+)", body)) <= {"p", "h2"}
    assert {"title", "date", "slug", "lang", "summary"} <= set(meta)
    assert all("<" not in value for values in meta.values() for value in values)
    assert all("\n" not in warning for warning in result.warnings)


@settings(max_examples=200, deadline=None)
@given(_ANY_TEXT)
def test_quotation_marks_come_out_in_pairs_or_as_typed(text: str) -> None:
    fixed, problems = balance_quotes(text)
    if any("quotation mark" in problem for problem in problems):
        assert [c for c in fixed if c in '"\u201c\u201d'] == [
            c for c in text if c in '"\u201c\u201d'
        ]
    else:
        assert fixed.count("\u201c") == fixed.count("\u201d")
        assert '"' not in fixed
    assert len(fixed) == len(text)


def test_an_imported_brief_gets_a_permanent_id_that_a_new_headline_keeps(
    tmp_path: Path,
) -> None:
    """The Uid is written once: the same article imported again has the same id,
    another article another one, and the id does not come from the headline."""
    source = tmp_path / "raw.txt"
    source.write_text(
        "افتتاح مكتبة جديدة في الحي القديم\n"
        "افتتحت البلدية صباح اليوم مكتبة عامة جديدة تضم آلاف الكتب للقراء.\n",
        encoding="utf-8",
    )
    options = importer.ImportOptions(date="2025-05-04T10:00+01:00", timezone="UTC")
    first = importer.import_bytes(source.read_bytes(), str(source), options)
    again = importer.import_bytes(source.read_bytes(), str(source), options)
    other = importer.import_bytes(
        source.read_bytes().replace("آلاف".encode(), "مئات".encode()),
        str(source),
        options,
    )
    uid = first.brief.uid
    assert uid is not None and len(uid) == 36
    assert f"\nUid: {uid}\n" in first.markdown
    assert again.brief.uid == uid
    assert other.brief.uid != uid
