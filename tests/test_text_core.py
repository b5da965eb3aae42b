"""The Arabic text core: normalisation, sentences, tokens, terms and blocks."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st
from mowjaz.text.blocks import (
    Block,
    blocks_from_html,
    blocks_from_markdown,
    blocks_from_plain_text,
)
from mowjaz.text.dates import parse_datetime
from mowjaz.text.normalize import (
    clean_text,
    fold,
    has_arabic,
    normalize,
    strip_diacritics,
)
from mowjaz.text.segment import split_sentences, tokenize, word_count
from mowjaz.text.slug import shorten_slug, slug_stop_words, slugify
from mowjaz.text.terms import TermAnalyzer, read_word_list, stop_words

# Normalisation ---------------------------------------------------------------------


def test_empty_text_normalises_to_empty() -> None:
    assert normalize("") == ""
    assert clean_text("") == ""
    assert not has_arabic("")


def test_diacritics_and_tatweel_do_not_change_a_word_for_comparison() -> None:
    assert normalize("كَتَبَ") == normalize("كتب")
    assert normalize("الـــرئيس") == normalize("الرئيس")
    assert strip_diacritics("مُحَمَّدٌ") == "محمد"


def test_alef_yaa_and_taa_marbuta_variants_fold_together() -> None:
    assert normalize("أحمد") == normalize("احمد") == normalize("إحمد")
    assert normalize("آمال") == normalize("امال")
    assert normalize("مستشفى") == normalize("مستشفي")
    assert normalize("مدرسة") == normalize("مدرسه")


def test_taa_marbuta_can_be_kept_for_the_stemmer() -> None:
    assert normalize("مدرسة", keep_taa_marbuta=True).endswith("ة")
    assert normalize("أحمد", keep_taa_marbuta=True) == "احمد"


def test_arabic_indic_and_persian_digits_become_ascii() -> None:
    assert normalize("عام ٢٠٢٤") == "عام 2024"
    assert normalize("۱۲۳") == "123"


def test_clean_text_keeps_what_readers_see_and_drops_bidi_overrides() -> None:
    assert clean_text("مَرحباً\u202e بكم\u200b") == "مَرحباً بكم"
    assert clean_text("بـ“لا”") == "بـ“لا”"


def test_latin_text_is_not_arabic() -> None:
    assert not has_arabic("Reuters")
    assert has_arabic("وكالة Reuters")


# Sentences -------------------------------------------------------------------------


def test_no_text_gives_no_sentence() -> None:
    assert split_sentences("") == []
    assert split_sentences("  \n\n ") == []


def test_one_sentence_without_final_mark_is_kept_whole() -> None:
    assert split_sentences("افتتح الوزير المعرض صباح اليوم") == [
        "افتتح الوزير المعرض صباح اليوم"
    ]


def test_arabic_question_mark_semicolon_and_ellipsis_end_sentences() -> None:
    text = "هل انتهت الأزمة؟ لا أحد يعرف؛ المفاوضات مستمرة… والأسعار ترتفع."
    assert split_sentences(text) == [
        "هل انتهت الأزمة؟",
        "لا أحد يعرف؛",
        "المفاوضات مستمرة…",
        "والأسعار ترتفع.",
    ]


def test_arabic_comma_does_not_end_a_sentence() -> None:
    text = "وصل الوفد إلى العاصمة، ثم توجه إلى مقر الوزارة."
    assert split_sentences(text) == [text]


def test_line_ends_end_sentences() -> None:
    assert split_sentences("العنوان الأول\nالفقرة الثانية") == [
        "العنوان الأول",
        "الفقرة الثانية",
    ]


def test_decimal_numbers_do_not_end_sentences() -> None:
    text = "بلغ النمو 3.5 في المئة هذا العام. وتوقع البنك 4.1 العام المقبل."
    assert split_sentences(text) == [
        "بلغ النمو 3.5 في المئة هذا العام.",
        "وتوقع البنك 4.1 العام المقبل.",
    ]


def test_abbreviations_do_not_end_sentences() -> None:
    text = "قال د. سمير العلي إن شركة Acme Inc. ستفتح فرعا. وأكد ذلك م. هشام."
    assert split_sentences(text) == [
        "قال د. سمير العلي إن شركة Acme Inc. ستفتح فرعا.",
        "وأكد ذلك م. هشام.",
    ]


def test_an_agency_s_dotted_initials_do_not_end_sentences() -> None:
    text = "وأفاد محللون للوكالة(د.ب.أ) أن الطلب يرتفع. ونقلت (أ.ف.ب) الخبر نفسه."
    assert split_sentences(text) == [
        "وأفاد محللون للوكالة(د.ب.أ) أن الطلب يرتفع.",
        "ونقلت (أ.ف.ب) الخبر نفسه.",
    ]


def test_a_year_with_its_calendar_letter_ends_a_sentence() -> None:
    assert split_sentences("ولد عام 1950 م. ثم انتقل إلى المدينة.") == [
        "ولد عام 1950 م.",
        "ثم انتقل إلى المدينة.",
    ]


def test_a_dot_glued_to_the_next_arabic_word_still_ends_a_sentence() -> None:
    assert split_sentences("تخرج عام 1975.بدأ العمل مدرسا") == [
        "تخرج عام 1975.",
        "بدأ العمل مدرسا",
    ]


def test_latin_inside_arabic_stays_in_its_sentence() -> None:
    text = "أطلقت الشركة تطبيق Mowjaz 2.0 على متجر Google Play. وسيصل إلى iOS قريبا."
    assert split_sentences(text) == [
        "أطلقت الشركة تطبيق Mowjaz 2.0 على متجر Google Play.",
        "وسيصل إلى iOS قريبا.",
    ]


def test_a_quote_of_several_sentences_stays_in_the_sentence_that_reports_it() -> None:
    text = "وقال الوزير: “انتهى العمل. سنفتح الطريق غدا!” ثم غادر القاعة. وصفق الحضور."
    assert split_sentences(text) == [
        "وقال الوزير: “انتهى العمل. سنفتح الطريق غدا!” ثم غادر القاعة.",
        "وصفق الحضور.",
    ]


def test_guillemets_and_straight_quotes_protect_their_sentences_too() -> None:
    assert len(split_sentences("قال «لن نتراجع. أبدا» ثم صمت.")) == 1
    assert len(split_sentences('كتب "الطريق طويل. لكننا هنا" في رسالته.')) == 1


def test_an_unclosed_quote_does_not_glue_the_rest_of_the_line() -> None:
    text = "قال الرئيس “لا اتفاق. ثم غادر. وعاد في المساء."
    assert len(split_sentences(text)) == 3


def test_a_double_prime_closes_a_curly_quote() -> None:
    text = "وصف المحادثات بأنها “10 من 10″. وغادر بعدها."
    assert split_sentences(text) == ["وصف المحادثات بأنها “10 من 10″.", "وغادر بعدها."]


@given(
    st.lists(
        st.sampled_from(
            ["كتب", "الوزير", "3.5", "،", ".", "؟", "؛", "“", "”", " ", "\n", "Dr."]
        )
    )
)
def test_splitting_never_loses_or_invents_text(pieces: list[str]) -> None:
    text = " ".join(pieces)
    assert "".join(split_sentences(text)).replace(" ", "") == "".join(text.split())


# Tokens ----------------------------------------------------------------------------


def test_tokens_keep_vowelled_words_whole_and_drop_punctuation() -> None:
    assert tokenize("كَتَبَ الطالبُ، ثم قرأ!") == ["كَتَبَ", "الطالبُ", "ثم", "قرأ"]


def test_tokens_keep_decimals_and_latin_words() -> None:
    assert tokenize("ارتفع سهم Apple بنسبة 3.5 أو ٣٫٥") == [
        "ارتفع",
        "سهم",
        "Apple",
        "بنسبة",
        "3.5",
        "أو",
        "٣٫٥",
    ]


def test_word_count_of_punctuation_only_is_zero() -> None:
    assert word_count("، ؛ ؟ …") == 0
    assert word_count("") == 0


# Terms -----------------------------------------------------------------------------


def test_stop_words_are_not_terms() -> None:
    assert TermAnalyzer().terms("في من على إلى هذا الذي") == []
    assert "في" in stop_words()


def test_and_the_word_gets_the_same_term_as_the_word() -> None:
    analyzer = TermAnalyzer()
    forms = ["والمفاوضات", "المفاوضات", "مفاوضات", "وبالمفاوضات", "وللمفاوضات"]
    assert len({term for form in forms for term in analyzer.terms(form)}) == 1


def test_singular_and_plural_with_taa_marbuta_meet() -> None:
    analyzer = TermAnalyzer()
    assert analyzer.terms("الحكومة") == analyzer.terms("والحكومات")


def test_the_conjunction_goes_only_before_the_article() -> None:
    analyzer = TermAnalyzer()
    assert analyzer.terms("والوزير") == analyzer.terms("الوزير")
    assert analyzer.terms("فالقرار") == analyzer.terms("القرار")
    # "his father" starts with the same letters as "and the ...": a listed exception.
    assert analyzer.terms("والده") != analyzer.terms("الده")


def test_terms_ignore_diacritics_and_tatweel() -> None:
    analyzer = TermAnalyzer()
    assert analyzer.terms("الحُكُومَة") == analyzer.terms("الحكـــومة")


def test_terms_of_empty_or_punctuation_text_are_empty() -> None:
    assert TermAnalyzer().terms("") == []
    assert TermAnalyzer().terms("، ؛ ؟") == []


def test_one_analyzer_gives_the_same_terms_twice() -> None:
    analyzer = TermAnalyzer()
    first = analyzer.terms("وقعت الحكومة اتفاق التعاون مع الشركات")
    assert first == analyzer.terms("وقعت الحكومة اتفاق التعاون مع الشركات")
    assert first == TermAnalyzer().terms("وقعت الحكومة اتفاق التعاون مع الشركات")


def test_a_missing_word_list_is_named_in_the_error() -> None:
    with pytest.raises(FileNotFoundError, match=r"no-such-list\.txt"):
        read_word_list("no-such-list.txt")


def test_word_lists_have_no_comments_or_blank_entries() -> None:
    entries = read_word_list("stopwords.txt")
    assert entries
    assert not any(entry.startswith("#") or not entry.strip() for entry in entries)


# Blocks ----------------------------------------------------------------------------


def test_plain_text_lines_become_paragraphs() -> None:
    assert blocks_from_plain_text("السطر الأول\n\n  السطر الثاني  \n") == [
        Block("paragraph", "السطر الأول"),
        Block("paragraph", "السطر الثاني"),
    ]


def test_markdown_headings_and_paragraphs_become_blocks() -> None:
    blocks = blocks_from_markdown("فقرة أولى\nتكملة.\n\n## عنوان فرعي\n\nفقرة ثانية.")
    assert blocks == [
        Block("paragraph", "فقرة أولى تكملة."),
        Block("heading", "عنوان فرعي"),
        Block("paragraph", "فقرة ثانية."),
    ]


def test_html_skips_asides_and_keeps_headings() -> None:
    blocks = blocks_from_html(
        "<aside><p>ملخص</p></aside><h2>عنوان</h2><p>نص <b>المقال</b>.</p>"
    )
    assert blocks == [Block("heading", "عنوان"), Block("paragraph", "نص المقال.")]


def test_fold_compares_arabic_text_as_a_reader_would() -> None:
    assert fold("  أعلنَ   الوزيـــر\tالخطة ") == fold("اعلن الوزير الخطة")
    assert fold("") == ""
    assert fold("، ؛ ؟") == "، ؛ ؟"


def test_one_date_parser_reads_iso_and_feed_dates() -> None:
    algiers = dt.timezone(dt.timedelta(hours=1))
    assert parse_datetime("2025-08-16T09:00", algiers) == dt.datetime(
        2025, 8, 16, 9, tzinfo=algiers
    )
    assert parse_datetime("Sat, 16 Aug 2025 08:00:00 +0000") == dt.datetime(
        2025, 8, 16, 8, tzinfo=dt.UTC
    )
    assert parse_datetime("٢٠٢٥-٠٨-١٦") == dt.datetime(2025, 8, 16, tzinfo=dt.UTC)
    assert parse_datetime("الأسبوع الماضي") is None
    assert parse_datetime("  ") is None


def test_a_long_slug_drops_its_stop_words_then_whole_words() -> None:
    title = (
        "وزارة الصحة تعلن عن خطة جديدة لمكافحة الأمراض المعدية "
        "في المدارس الابتدائية خلال الموسم"
    )
    slug = slugify(title)
    capped = shorten_slug(slug, 60, drop=slug_stop_words())
    assert len(capped) <= 60
    assert capped.split("-") == [
        word for word in capped.split("-") if word in slug.split("-")
    ]
    assert "في" not in capped.split("-") and "عن" not in capped.split("-")
    assert capped.startswith("وزارة-الصحة-تعلن-خطة")
    # A slug under the cap keeps every word, stop words included.
    short = slugify("الأمطار تعود إلى الجنوب")
    assert shorten_slug(short, 60, drop=slug_stop_words()) == short
    # One word longer than the cap is cut where the cap falls.
    assert shorten_slug("ا" * 100, 30) == "ا" * 30
