"""The quote sidebar: which quotations are pull quotes, and who said them."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import corpus_path
from mowjaz.config import Config
from mowjaz.quotes.extract import (
    Quote,
    attributed_quotes,
    editor_quotes,
    extract_quotes,
    pinned_quotes,
    sidebar_quotes,
)
from mowjaz.quotes.lexicon import lexicon, quote_tokens
from mowjaz.quotes.names import name_end, plausible_caption, role_end
from mowjaz.site.enrich import attach_quotes
from mowjaz.text.blocks import Block, blocks_from_plain_text
from mowjaz.text.quote_marks import quoted_spans
from pelican.contents import Article
from pelican.settings import DEFAULT_CONFIG

from eval.common import read_jsonl
from eval.quotes import RULES, read_article, report, rotations
from tests.quote_support import guesses_of, quotes_of

SEED = (
    Path(__file__).resolve().parents[2] / "shared" / "seed" / "000_9f8877a75b60fc06.txt"
)


# Degenerate input ---------------------------------------------------------------


def test_no_blocks_give_no_quotes():
    assert extract_quotes([]) == []


def test_text_without_marks_gives_no_quotes():
    assert quotes_of("قال الوزير إن العمل سيبدأ غدا.") == []


def test_empty_marks_are_ignored():
    assert quotes_of("وقالت المديرة سلمى عواد في مقابلة مع قناة “”.") == []


def test_headings_are_not_searched():
    blocks = [Block("heading", "وقال الوزير: «لن نتراجع عن هذا القرار أبدا»")]
    assert extract_quotes(blocks) == []


# Marks ----------------------------------------------------------------------------


def test_curly_guillemet_and_straight_marks_give_the_text_without_marks():
    found = quotes_of(
        "وقال المدرب فارس العلي: “سنلعب للفوز في كل مباراة”.",
        "وأضاف العلي: «اللاعبون جاهزون تماما للموسم»",
        'وتابع العلي: "نثق بجمهورنا الكبير في المدينة".',
    )
    assert [text for text, _ in found] == [
        "سنلعب للفوز في كل مباراة",
        "اللاعبون جاهزون تماما للموسم",
        "نثق بجمهورنا الكبير في المدينة",
    ]


def test_a_quotation_can_hold_several_sentences():
    found = quotes_of(
        "وقالت الطبيبة رنا سعيد: «الوضع مستقر. لكننا نحتاج إلى أدوية. الوقت ضيق!»"
    )
    assert found == [("الوضع مستقر. لكننا نحتاج إلى أدوية. الوقت ضيق!", "رنا سعيد")]


def test_a_double_prime_closes_a_quotation():
    found = quotes_of(
        "وقال المدير هادي سالم إن النتائج كانت “أفضل من كل التوقعات″، ثم غادر."
    )
    assert found == [("أفضل من كل التوقعات", "هادي سالم")]


def test_a_quotation_left_open_runs_to_the_end_of_the_paragraph():
    found = quotes_of(
        "وقال رئيس البلدية نبيل حمدان: “سنفتح الجسر الجديد قبل نهاية الشهر."
    )
    assert found == [("سنفتح الجسر الجديد قبل نهاية الشهر.", "نبيل حمدان")]


def test_a_space_before_a_straight_closing_mark_still_closes():
    text = 'وقال الوزير إن "الخطة الجديدة ستخفض الأسعار " بحلول الصيف.'
    spans = quoted_spans(text)
    assert [text[span.start : span.end] for span in spans] == [
        "الخطة الجديدة ستخفض الأسعار"
    ]


def test_an_unclosed_outer_quotation_keeps_only_the_inner_pair():
    text = (
        'وذكر التقرير أن "العمال نظموا وقفة أمام المصانع التي "تخالف قوانين السلامة".'
    )
    spans = quoted_spans(text)
    assert [text[span.start : span.end] for span in spans] == ["تخالف قوانين السلامة"]


def test_offsets_point_at_the_text_in_its_block():
    block = "وقال المهندس زياد قاسم: «سننهي المشروع في موعده المحدد»"
    (quote,) = extract_quotes([Block("paragraph", block)])
    assert quote.block == 0
    assert block[quote.start : quote.end] == quote.text


# What is not a pull quote -----------------------------------------------------------


def test_one_and_two_word_scare_quotes_are_left_out():
    assert quotes_of("ووصف الوزير سامر داود الاتفاق بأنه «تاريخي» و«غير مسبوق».") == []


def test_titles_slogans_and_names_are_left_out():
    found = quotes_of(
        "وعرضت القناة فيلم «رحلة إلى آخر النهر» مساء الجمعة.",
        "وقال المنظمون إن المهرجان يقام تحت شعار «الثقافة للجميع بلا استثناء».",
        "وتعاقدت الوزارة مع شركة «النور للطاقة الشمسية الحديثة».",
    )
    assert found == []


def test_quoted_words_with_no_speech_around_them_are_left_out():
    assert quotes_of("وانتشرت على الجدران عبارات «نحن هنا باقون» في كل الأحياء.") == []


def test_min_words_can_be_lowered():
    blocks = [Block("paragraph", "وقال الحكم جمال يوسف: «لا تعليق»")]
    assert extract_quotes(blocks) == []
    assert [q.text for q in extract_quotes(blocks, min_words=2)] == ["لا تعليق"]


def test_a_quote_repeated_as_a_subheading_is_kept_once():
    found = quotes_of(
        "«لن نرفع الأسعار هذا العام»",
        "وفي المؤتمر، قال المدير العام للشركة وليد منصور: «لن نرفع الأسعار هذا العام».",
    )
    assert found == [("لن نرفع الأسعار هذا العام", "وليد منصور")]


# Speakers: what the attribution rules find (shown only when certain, see below) ----


def test_speaker_after_a_speech_verb_with_a_title():
    found = guesses_of(
        "وقال وزير الزراعة الأردني سامي الخطيب: «المحصول هذا العام وفير جدا»."
    )
    assert found == [("المحصول هذا العام وفير جدا", "سامي الخطيب")]


def test_speaker_in_apposition_after_the_name():
    found = guesses_of(
        "وقالت ليلى حداد، رئيسة نقابة المعلمين، إن «الإضراب سيستمر حتى تلبية المطالب»."
    )
    assert found == [("الإضراب سيستمر حتى تلبية المطالب", "ليلى حداد")]


def test_feminine_and_participle_verbs_are_speech_verbs():
    found = guesses_of(
        "وأكدت المهندسة هالة ناصر أن «المبنى آمن للسكن»، "
        "مشيرةً إلى أن «أعمال الترميم تنتهي في الربيع»."
    )
    assert found == [
        ("المبنى آمن للسكن", "هالة ناصر"),
        ("أعمال الترميم تنتهي في الربيع", "هالة ناصر"),
    ]


def test_an_attribution_after_the_quote():
    found = guesses_of("«سنعيد بناء السوق القديم كما كان»، قال المحافظ عادل رشيد.")
    assert found == [("سنعيد بناء السوق القديم كما كان", "عادل رشيد")]


def test_continuation_verbs_carry_the_last_speaker():
    found = guesses_of(
        "وقال الكابتن مروان سليم للصحفيين إن الفريق بحاجة إلى راحة.",
        "وأضاف: «المباريات المتتالية أرهقت اللاعبين كثيرا»",
    )
    assert found == [("المباريات المتتالية أرهقت اللاعبين كثيرا", "مروان سليم")]


def test_captions_use_the_fullest_name_in_the_article():
    found = guesses_of(
        "استقبل الرئيس التونسي كمال النجار وفدا من المستثمرين صباح الأحد.",
        "وقال النجار: «أبواب البلاد مفتوحة أمام كل من يريد العمل»",
    )
    assert found == [("أبواب البلاد مفتوحة أمام كل من يريد العمل", "كمال النجار")]


def test_the_answering_quote_belongs_to_the_one_who_answers():
    found = guesses_of(
        "والتقى الوزير المغربي أنور الصباغ نظيره الفرنسي بيار دوران في الرباط.",
        "وقال دوران: «نريد شراكة أوسع في الطاقة»، "
        "ليجيب الصباغ ضاحكًا: «نحن مستعدون منذ سنوات طويلة»",
    )
    assert found == [
        ("نريد شراكة أوسع في الطاقة", "بيار دوران"),
        ("نحن مستعدون منذ سنوات طويلة", "أنور الصباغ"),
    ]


def test_a_role_names_the_speaker_when_no_person_is_named():
    found = guesses_of("وقال المتحدث باسم وزارة النقل إن «الطريق سيفتح بعد أسبوعين»")
    assert found == [("الطريق سيفتح بعد أسبوعين", "المتحدث باسم وزارة النقل")]


def test_a_role_is_replaced_by_the_name_it_introduced():
    found = guesses_of(
        "وصل رئيس الوزراء اللبناني فادي عيسى إلى القاهرة.",
        "وقال رئيس الوزراء اللبناني إن «الزيارة تفتح صفحة جديدة بين البلدين»",
    )
    assert found == [("الزيارة تفتح صفحة جديدة بين البلدين", "فادي عيسى")]


def test_no_speaker_when_there_is_none_to_find():
    assert guesses_of("وقال: «سنعود قريبا إلى هذه المدينة الجميلة»") == [
        ("سنعود قريبا إلى هذه المدينة الجميلة", None)
    ]


def test_diacritics_and_tatweel_do_not_hide_a_speech_verb():
    found = guesses_of("وقــالَ الباحث طارق منير: «النتائجُ مشجعةٌ للغاية»")
    assert found == [("النتائجُ مشجعةٌ للغاية", "طارق منير")]


# Documents speak for whoever issued them ---------------------------------------


def test_a_statement_speaks_for_the_body_that_issued_it():
    found = guesses_of(
        "أصدرت نقابة المعلمين بيانا مساء أمس.",
        'وقال وزير التربية سامي عيد إن "باب الحوار ما زال مفتوحا".',
        'وذكر البيان أن "الإضراب سيستمر حتى تلبية كل المطالب".',
    )
    assert found[-1] == ("الإضراب سيستمر حتى تلبية كل المطالب", "نقابة المعلمين")


def test_a_statement_given_in_passing_names_its_issuer_for_later_quotes():
    found = guesses_of(
        'وقال الاتحاد العربي للسباحة، في بيان، إنه "سيعيد تنظيم البطولة قريبا".',
        'وقال المدرب رامي حسن إن "اللاعبين ينتظرون الموعد الجديد".',
        'وأضاف البيان أن اللجنة "ستعلن الموعد الجديد خلال أيام قليلة".',
    )
    assert found[-1][1] == "الاتحاد العربي للسباحة"


def test_a_statement_repeated_later_keeps_its_first_issuer():
    found = guesses_of(
        "أصدر المجلس البلدي بيانا حول المياه.",
        'وأشار المقال إلى أن البيان يطالب "بإصلاح الشبكة القديمة في كل الأحياء".',
    )
    assert found == [("بإصلاح الشبكة القديمة في كل الأحياء", "المجلس البلدي")]


def test_an_account_speaks_for_its_owner():
    found = guesses_of(
        'وقال حساب الجيش الوطني على تويتر: "سنفتح ممرات آمنة للمدنيين قريبا".'
    )
    assert found == [("سنفتح ممرات آمنة للمدنيين قريبا", "الجيش الوطني")]


def test_said_in_it_refers_to_the_owner_of_the_statement():
    found = guesses_of(
        'ونقلت الصحيفة تصريحا لمدير الميناء قال فيه إن "العمل عاد إلى طبيعته تماما".'
    )
    assert found == [("العمل عاد إلى طبيعته تماما", "مدير الميناء")]


# Names and roles ----------------------------------------------------------------


def test_a_misspelt_short_name_gets_the_full_name():
    found = guesses_of(
        'وقال المدرب خوسيه مارتينيز: "الفريق جاهز للمباراة".',
        'وقال الحكم سمير داود: "المباراة ستبدأ في موعدها".',
        'وقال مارتنيز: "سنلعب بطريقة هجومية من البداية".',
    )
    assert found[-1] == ("سنلعب بطريقة هجومية من البداية", "خوسيه مارتينيز")


def test_two_short_names_one_letter_apart_stay_distinct():
    found = guesses_of(
        'قالت الطبيبة مريم حداد: "الوضع الصحي مستقر".',
        'وقال كريم: "لم نسمع أي شيء من المستشفى".',
    )
    assert found[-1] == ("لم نسمع أي شيء من المستشفى", "كريم")


def test_a_name_ends_before_a_prepositional_phrase():
    found = guesses_of(
        "والتقط هذه الصور سامر حمدان لأعضاء الجوقة أثناء الحفل.",
        'وقال حمدان: "كانت لحظة لا تنسى في حياتي".',
    )
    assert found == [("كانت لحظة لا تنسى في حياتي", "سامر حمدان")]


def test_a_name_after_a_news_agency_is_not_taken_as_its_apposition():
    found = guesses_of(
        "ووفقا لوكالة الأنباء المحلية، بدأ سلوم في مراجعة العقود.",
        'وقال المدير ماهر سلوم: "نريد شركاء جددا".',
        'وقال سلوم: "العقود القديمة لم تعد مناسبة".',
    )
    assert [speaker for _, speaker in found] == ["ماهر سلوم"] * 2


def test_hashtags_and_an_initial_madda_do_not_break_a_name():
    found = guesses_of(
        'أكد المتحدث باسم الوزارة، نبيل #عطية، أن "المفاوضات ستستأنف قريبا".',
        'وقال آلان مورو، الباحث في الجامعة: "النتائج مشجعة جدا حتى الآن".',
    )
    assert [speaker for _, speaker in found] == ["نبيل عطية", "آلان مورو"]


def test_an_institution_keeps_its_plural_and_participle_adjectives_and_country():
    found = guesses_of(
        'أعلن اتحاد الكتاب المغربيين أن "الجائزة ستمنح في الربيع المقبل".',
        'وقالت نقابة الأطباء المستقلة في لبنان: "المستشفيات تعمل بنصف طاقتها".',
        'وأضافت النقابة: "نطالب بدعم عاجل للقطاع الصحي".',
    )
    assert [speaker for _, speaker in found] == [
        "اتحاد الكتاب المغربيين",
        "نقابة الأطباء المستقلة في لبنان",
        "نقابة الأطباء المستقلة في لبنان",
    ]


def test_a_role_repeated_with_more_words_is_the_same_person():
    found = guesses_of(
        "قال رئيس هيئة الطيران المدني، فادي منصور، إن الرحلات ستعود.",
        'وأضاف رئيس الهيئة العامة للطيران المدني: "المطار جاهز لاستقبال المسافرين".',
    )
    assert found == [("المطار جاهز لاستقبال المسافرين", "فادي منصور")]


def test_a_title_with_a_pronoun_is_followed_by_its_name():
    found = guesses_of(
        "شدد اللاعب على أهمية الدراسة، وهو ما أكده مدربه سامر الخطيب، "
        'قائلا: "الدراسة تأتي قبل كل شيء".'
    )
    assert found == [("الدراسة تأتي قبل كل شيء", "سامر الخطيب")]


def test_an_object_listed_with_and_is_not_the_speakers_name():
    found = guesses_of(
        'توعد وزير الدفاع طهران والجماعات المسلحة، مؤكدا أن "الرد سيكون حازما وسريعا".'
    )
    assert found == [("الرد سيكون حازما وسريعا", "وزير الدفاع")]


# Subjects that are not right after the verb ---------------------------------------


def test_a_subject_before_its_verb():
    found = guesses_of(
        "قال المدرب علي ناصر إن الفريق تعب.",
        'وكان سامي فارس قد قال إنهم "سيعودون أقوى في الموسم المقبل".',
    )
    assert found == [("سيعودون أقوى في الموسم المقبل", "سامي فارس")]


def test_a_name_before_a_clause_conjunction_is_not_the_speaker():
    found = guesses_of(
        "أعربت وزارة الخارجية عن قلقها على مصير الصحفي نادر يوسف، "
        'إذ قالت إنها "تتابع القضية باهتمام كبير".'
    )
    assert found == [("تتابع القضية باهتمام كبير", "وزارة الخارجية")]


def test_a_title_earlier_in_the_clause_stands_for_the_person_it_introduced():
    found = guesses_of(
        "وكان نائب المدير سليم داود قد استقال.",
        "ونشرت الصحيفة تسجيلا يسمع فيه صوت نائب المدير وهو يقول: "
        '"لا أريد أن أرى أحدا هنا".',
    )
    assert found == [("لا أريد أن أرى أحدا هنا", "سليم داود")]


def test_the_seed_article_gives_its_four_voices_and_no_scare_quote():
    if not SEED.is_file():
        pytest.skip(f"the user's seed article {SEED} is not here")
    blocks = blocks_from_plain_text(SEED.read_text("utf-8"))
    guesses = {
        (found.quote.speaker, found.quote.text) for found in attributed_quotes(blocks)
    }
    assert ("دونالد ترامب", "لا اتفاق حتى الآن") in guesses
    assert ("فلاديمير بوتين", "المرة القادمة في موسكو") in guesses
    sidebar = sidebar_quotes(extract_quotes(blocks), 4)
    assert [quote.speaker for quote in sidebar] == [
        "دونالد ترامب",
        "فلاديمير بوتين",
        "فولوديمير زيلينسكي",
        "دميتري بيسكوف",
    ]
    assert sidebar[2].text.startswith("الإثنين، سألتقي مع الرئيس ترامب")
    assert sidebar[3].text.startswith("هذه هي المحادثة التي تسمح لنا")
    assert all("تاريخي" not in quote.text for quote in sidebar)


# A speaker only when certain: the faults a sidebar must never show -------------------


def sidebar_of(*paragraphs: str) -> list[tuple[str, str | None]]:
    """Return what the sidebar shows for a brief of these paragraphs."""
    blocks = [Block("paragraph", text) for text in paragraphs]
    return [
        (quote.text, quote.speaker)
        for quote in sidebar_quotes(extract_quotes(blocks), 4)
    ]


def test_a_verb_with_no_subject_and_nobody_before_gives_no_certain_speaker():
    found = quotes_of(
        "افتتح الملعب الجديد أمس بحضور الجماهير.",
        'وأضاف: "اللاعبون جاهزون تماما للمباراة".',
    )
    assert found == [("اللاعبون جاهزون تماما للمباراة", None)]


def test_an_unattributed_quote_stays_out_of_the_sidebar():
    assert sidebar_of('وأضاف: "اللاعبون جاهزون تماما للمباراة".') == []


def test_a_word_with_a_preposition_is_not_a_speaker():
    found = quotes_of(
        "نشرت صحيفة فايننشال تايمز تقريرا عن الشركة.",
        'وقال لفايننشال تايمز إن "الصفقة لم تكتمل حتى الآن".',
    )
    assert found == [("الصفقة لم تكتمل حتى الآن", None)]


def test_a_request_for_anonymity_is_not_a_name():
    found = guesses_of(
        'وقال مسؤول طلب عدم ذكر اسمه إن "المفاوضات تعثرت في الساعات الأخيرة".'
    )
    assert all(speaker != "اسمه" for _, speaker in found)
    assert quotes_of(
        'وقال مسؤول طلب عدم ذكر اسمه إن "المفاوضات تعثرت في الساعات الأخيرة".'
    ) == [("المفاوضات تعثرت في الساعات الأخيرة", None)]


def test_words_inside_a_quotation_never_name_its_speaker():
    found = quotes_of(
        'وقال المدير إن "أي اتحاد سباحة يعمل على رعاية أبطاله".',
        'وتابع: "لم يصلنا أي جواب حتى اليوم".',
    )
    assert [speaker for _, speaker in found] == [None, None]


def test_two_people_sharing_a_first_name_are_never_merged():
    found = quotes_of(
        'قال الرئيس السابق علي عبدالله صالح إن "الحرب ستطول كثيرا".',
        'وقال الناشط علي الأحمدي: "لن نغادر مدينتنا مهما حدث".',
        'وأضاف الأحمدي: "نحن هنا منذ مئة عام".',
        'وقال علي: "سنبقى في بيوتنا حتى النهاية".',
    )
    assert found == [
        ("الحرب ستطول كثيرا", "علي عبدالله صالح"),
        ("لن نغادر مدينتنا مهما حدث", "علي الأحمدي"),
        ("نحن هنا منذ مئة عام", "علي الأحمدي"),
        ("سنبقى في بيوتنا حتى النهاية", None),
    ]


def test_a_title_is_dropped_for_the_name_it_introduces():
    found = quotes_of(
        'وقال السناتور جون هاردن، عضو لجنة الاستخبارات: "التحقيق سيستمر طويلا".',
        'وأضاف السناتور: "لدينا أدلة كثيرة على ذلك".',
    )
    assert found == [
        ("التحقيق سيستمر طويلا", "جون هاردن"),
        ("لدينا أدلة كثيرة على ذلك", "جون هاردن"),
    ]


def test_the_name_after_tudaa_is_the_speaker():
    found = quotes_of(
        'وقالت مصممة أزياء تُدعى كلارا فينيتي: "العطر ذاكرة لا تموت أبدا".',
        'وقال شاب يدعى كريم الهادي إن "العمل في المدينة صار صعبا".',
    )
    assert [speaker for _, speaker in found] == ["كلارا فينيتي", "كريم الهادي"]


def test_a_participle_takes_the_subject_of_the_verb_before_it():
    found = quotes_of(
        'قال الوزير سامي خليل إن "المعارضة لا تملك أي برنامج".',
        'ورد عليه النائب كمال يوسف قائلا: "الحكومة هي التي فشلت في كل شيء".',
    )
    assert found == [
        ("المعارضة لا تملك أي برنامج", "سامي خليل"),
        ("الحكومة هي التي فشلت في كل شيء", "كمال يوسف"),
    ]


def test_an_institution_issuing_a_statement_is_named_in_full():
    found = quotes_of(
        "تصاعد الخلاف بين اللاعب واتحاد السباحة التونسي هذا الأسبوع.",
        'وقال الاتحاد في بيان إن "طلبات اللاعب غير منطقية".',
    )
    assert found == [("طلبات اللاعب غير منطقية", "اتحاد السباحة التونسي")]


def test_law_and_decree_text_is_not_speech_with_a_speaker():
    found = quotes_of(
        'ونصت المادة (27) من القانون على أن "لكل مواطن الحق في التعليم المجاني".',
        'وجاء في المرسوم: "يعمل بهذا القرار من تاريخ نشره".',
        'وقال المرسوم إن "الضريبة ترفع إلى عشرة في المئة".',
    )
    assert all(speaker is None for _, speaker in found)


def test_a_newspaper_headline_and_a_conference_name_are_not_sidebar_quotes():
    assert (
        sidebar_of(
            'ونشرت صحيفة الأهرام عنوانا رئيسيا يقول: "الحكومة تعلن خطة جديدة للإسكان".',
            'افتتح الوزير مؤتمر "مستقبل الطاقة في المنطقة العربية" صباح اليوم.',
        )
        == []
    )


def test_a_runaway_quote_stays_in_its_paragraph_and_out_of_the_sidebar():
    runaway = "كل يوم نعمل من الفجر حتى الليل في الحقول " * 12
    found = quotes_of(
        f"وقال المزارع سالم عودة: «{runaway}",
        'وقال المهندس رامي ناصر: "المياه تكفي لموسم واحد فقط".',
    )
    assert len(found) == 2
    assert found[0][0] == runaway.strip()
    assert sidebar_of(
        f"وقال المزارع سالم عودة: «{runaway}",
        'وقال المهندس رامي ناصر: "المياه تكفي لموسم واحد فقط".',
    ) == [("المياه تكفي لموسم واحد فقط", "رامي ناصر")]


def test_the_sidebar_takes_four_voices_in_article_order():
    paragraphs = [
        f'وقال الوزير {name}: "{text}".'
        for name, text in (
            ("سامي خليل", "سنبدأ العمل في الطريق غدا"),
            ("سامي خليل", "الموازنة تكفي لكل المشاريع"),
            ("هالة ناصر", "المدارس ستفتح في موعدها"),
            ("كمال يوسف", "الأسعار ستبقى كما هي"),
            ("ليلى حداد", "المستشفى الجديد جاهز تقريبا"),
            ("رامي عودة", "الميناء سيفتح في الربيع"),
        )
    ]
    assert [speaker for _, speaker in sidebar_of(*paragraphs)] == [
        "سامي خليل",
        "هالة ناصر",
        "كمال يوسف",
        "ليلى حداد",
    ]


# Editor's pins and drops --------------------------------------------------------------


def test_pinned_lines_give_text_and_speaker():
    assert pinned_quotes(["«الماء حق للجميع» — منى سالم", "نص بلا متحدث", "  "]) == [
        Quote("الماء حق للجميع", "منى سالم"),
        Quote("نص بلا متحدث", None),
    ]


def test_pinned_quotes_come_first_and_drops_remove_extracted_ones():
    extracted = [
        Quote("سنبني ثلاث مدارس جديدة هذا العام", "منى سالم"),
        Quote("الموازنة لا تكفي لكل المشاريع", "منى سالم"),
    ]
    pinned = [Quote("الماء حق للجميع", "منى سالم")]
    kept = editor_quotes(extracted, pinned=pinned, drops=["لا تكفي"])
    assert [quote.text for quote in kept] == [
        "الماء حق للجميع",
        "سنبني ثلاث مدارس جديدة هذا العام",
    ]


def test_a_pinned_quote_replaces_its_extracted_copy():
    extracted = [Quote("سنبني ثلاث مدارس جديدة", None)]
    kept = editor_quotes(
        extracted, pinned=[Quote("سنبني ثلاث مدارس جديدة", "منى سالم")]
    )
    assert kept == [Quote("سنبني ثلاث مدارس جديدة", "منى سالم")]


def _article(body: str, **metadata: object) -> Article:
    settings = dict(DEFAULT_CONFIG)
    return Article(body, metadata={"title": "خبر", **metadata}, settings=settings)


def test_attach_quotes_applies_pins_drops_and_the_cap():
    body = (
        "<p>وقالت الوزيرة منى سالم: «سنبني ثلاث مدارس جديدة هذا العام».</p>"
        "<p>وأضافت: «الموازنة لا تكفي لكل المشاريع».</p>"
        "<p>وتابعت: «التعليم أولويتنا الأولى دائما».</p>"
    )
    article = _article(
        body,
        quotes="«الماء حق للجميع» — منى سالم",
        dropquotes="لا تكفي",
    )
    attach_quotes(article, Config(quotes_max=2))
    assert [(q.text, q.speaker) for q in article.quotes] == [
        ("الماء حق للجميع", "منى سالم"),
        ("سنبني ثلاث مدارس جديدة هذا العام", "منى سالم"),
    ]


def test_a_cap_of_zero_hides_the_sidebar():
    article = _article("<p>وقال المدير سعيد نور: «سنوسع المصنع في الخريف المقبل».</p>")
    attach_quotes(article, Config(quotes_max=0))
    assert article.quotes == []


# Evaluation --------------------------------------------------------------------------


@pytest.mark.corpus
def test_the_scorer_rotates_over_the_four_sources():
    records = list(read_jsonl(corpus_path("quotes-dev.jsonl")))
    articles = [read_article(record) for record in records[::10]]
    results = rotations(articles)
    assert {source for source, _, _ in results} == {"AL", "BB", "CN", "JA"}
    for _, routes, scores in results:
        assert routes <= set(RULES)
        assert all(0.0 <= rate <= 1.0 for rate in scores.rates().values())
    assert sum(scores.articles for _, _, scores in results) == len(articles)


def _labelled(source: str, number: int) -> dict[str, object]:
    """A labelled article of my own: one pull quote with its speaker."""
    said = "لن نغلق السوق القديم قبل بناء السوق الجديد"
    text = f"وقال رئيس البلدية سامر الحمدان: «{said}»."
    start = text.index(said)
    label = {
        "start": start,
        "end": start + len(said),
        "text": said,
        "speaker": "سامر الحمدان",
        "pull": True,
    }
    return {"id": f"{source}-local-{number}", "text": text, "quotes": [label]}


def test_a_sealed_source_shows_nothing_of_itself_in_the_scores() -> None:
    articles = [
        read_article(_labelled(source, number))
        for source in ("AA", "BB", "ZZ")
        for number in range(2)
    ]
    shown = report(articles, frozenset({"ZZ"}))
    table, routes = shown.split("Right/shown", 1)
    assert "| ZZ (sealed) | - | - | - | - | - |" in table
    assert "ZZ (2)" not in table and "without ZZ" not in table
    assert "pooled held-out, sealed left out" in table
    assert "| route:kind | AA | BB | certain |" in routes
    assert "| ZZ (2) |" in report(articles)


def test_the_sidebar_gives_each_voice_a_place_before_repeating_one() -> None:
    quotes = [
        Quote("لن نغلق السوق القديم قبل بناء السوق الجديد", "رئيس البلدية"),
        Quote("عشرة من عشرة", "رئيس البلدية"),
        Quote("سنراقب الأسعار كل يوم في الأسواق", "رئيس البلدية"),
        Quote("التجار لم يُستشاروا في قرار النقل أبدا", "ممثل التجار"),
        Quote("نريد موقفا قريبا من محطة الحافلات", "سكان الحي"),
    ]
    chosen = sidebar_quotes(quotes, 3)
    assert [quote.speaker for quote in chosen] == [
        "رئيس البلدية",
        "ممثل التجار",
        "سكان الحي",
    ]
    # In article order, and the fuller quote of the first speaker is the one kept.
    assert chosen[0].text.startswith("لن نغلق")


def test_the_sidebar_fills_its_places_in_order_once_every_voice_is_shown() -> None:
    quotes = [
        Quote("لن نغلق السوق القديم قبل بناء السوق الجديد", "رئيس البلدية"),
        Quote("سنراقب الأسعار كل يوم في الأسواق", "رئيس البلدية"),
        Quote("التجار لم يُستشاروا في قرار النقل أبدا", "ممثل التجار"),
    ]
    assert sidebar_quotes(quotes, 3) == quotes
    assert sidebar_quotes(quotes, 0) == []
    assert sidebar_quotes([], 4) == []


def test_pinned_quotes_always_keep_their_places_in_the_sidebar() -> None:
    pinned = Quote("نص ثبّته المحرر في أعلى الشريط", "المحرر")
    quotes = [
        pinned,
        Quote("لن نغلق السوق القديم قبل بناء السوق الجديد", "رئيس البلدية"),
        Quote("التجار لم يُستشاروا في قرار النقل أبدا", "ممثل التجار"),
    ]
    chosen = sidebar_quotes(quotes, 2, pinned=1)
    assert chosen == [pinned, quotes[1]]


# A dropped subject: the speaker just before ---------------------------------------


def test_a_verb_without_subject_carries_the_speaker_of_the_paragraph_before():
    assert quotes_of(
        "قال المدرب سامي الحداد إن “الفريق استعد جيدا لهذه المباراة الصعبة”.",
        "وأضاف: “سنلعب من أجل الفوز ولا شيء غيره”.",
    ) == [
        ("الفريق استعد جيدا لهذه المباراة الصعبة", "سامي الحداد"),
        ("سنلعب من أجل الفوز ولا شيء غيره", "سامي الحداد"),
    ]


def test_a_dropped_subject_does_not_reach_two_paragraphs_back():
    assert quotes_of(
        "قال المدرب سامي الحداد إن “الفريق استعد جيدا لهذه المباراة الصعبة”.",
        "وتقام المباراة مساء الجمعة في الملعب البلدي.",
        "وأضاف: “سنلعب من أجل الفوز ولا شيء غيره”.",
    )[1] == ("سنلعب من أجل الفوز ولا شيء غيره", None)


def test_a_dropped_subject_is_not_carried_past_another_named_person():
    assert quotes_of(
        "قال المدرب سامي الحداد إن “الفريق استعد جيدا لهذه المباراة الصعبة”.",
        "وانتقد الحكم منير العلي في اجتماع الأمس، وأضاف: “لن نقبل الأخطاء بعد اليوم”.",
    )[1] == ("لن نقبل الأخطاء بعد اليوم", None)


def test_another_speaker_without_a_name_stops_the_carried_speaker():
    assert quotes_of(
        "وقالت الطبيبة ليلى ناصر إن “المستشفى يحتاج إلى أسرة جديدة”.",
        "وقالت أخرى إن العمل صعب.",
        "وأضافت: “ننام في المستشفى أياما كثيرة”.",
    )[1] == ("ننام في المستشفى أياما كثيرة", None)


def test_a_verbal_noun_with_a_pronoun_is_not_a_dropped_subject():
    # "قولهم" (their saying): the pronoun points at the sources named before it,
    # the villagers the words are reported from, never the governor before.
    assert quotes_of(
        "قال المحافظ نبيل عيسى إن “الطريق سيفتح قريبا أمام السيارات”.",
        "ونقلت الصحيفة عن سكان القرية قولهم إن “الماء انقطع منذ أسبوع كامل”.",
    )[1] == ("الماء انقطع منذ أسبوع كامل", "سكان القرية")


def test_a_quoted_name_after_the_verb_is_its_subject_not_speech():
    # News quotes the names of organisations: the quoted subject speaks, certainly.
    assert quotes_of(
        "قال النائب خالد يوسف إن “القانون الجديد يحمي المستأجرين”.",
        "وقالت “سند”، وهي جمعية أهلية، إن “القانون الجديد لا يكفي لحماية الأسر”.",
    ) == [
        ("القانون الجديد يحمي المستأجرين", "خالد يوسف"),
        ("القانون الجديد لا يكفي لحماية الأسر", "سند"),
    ]


def test_a_clause_after_a_comma_is_not_an_apposition_name():
    speakers = [
        speaker
        for _, speaker in guesses_of(
            "وقالت موظفة سابقة، عملت في الفرع سنوات، إن “الإدارة تجاهلت الشكاوى”."
        )
    ]
    assert speakers != ["عملت"]


def test_a_definite_institution_refers_back_to_its_quoted_name():
    assert quotes_of(
        "أطلقت منظمة “أيادي الخير” حملة لجمع التبرعات.",
        "وقالت المنظمة الخيرية إن “التبرعات ستصل إلى الأسر قبل العيد”.",
    )[-1] == ("التبرعات ستصل إلى الأسر قبل العيد", "أيادي الخير")


def test_a_reply_between_two_quotes_changes_the_speaker():
    found = guesses_of(
        "كتبت المغنية هالة منصور “كفاك مزاحا يا سامر”، الأمر الذي جعله "
        "يرد عليها سريعا، حيث قال “أنت تمزحين بالتأكيد”."
    )
    assert found[1] != ("أنت تمزحين بالتأكيد", "هالة منصور")


def test_a_name_after_an_is_the_subject_of_the_verb_that_follows():
    # "أن هالة توعدت سامر": هالة threatens, سامر is the object and does not speak.
    assert quotes_of(
        "قال الممثل سامر نجيب إن “المقلب كان مزحة بين أصدقاء قدامى”.",
        "إلا أن هالة منصور توعدت سامر نجيب بالرد، حيث قالت “سأرد عليك قريبا جدا”.",
    )[1] != ("سأرد عليك قريبا جدا", "سامر نجيب")


def test_a_network_named_in_quotes_speaks_as_itself_afterwards():
    assert quotes_of(
        "نشرت شبكة “سنابل” بيانا عن الخلل التقني.",
        "وقالت الشبكة إن “الخلل أصاب عددا محدودا من الحسابات”.",
    )[-1] == ("الخلل أصاب عددا محدودا من الحسابات", "سنابل")


def test_a_lone_title_stands_for_the_one_person_given_that_title():
    assert quotes_of(
        "أعلنت وزيرة الصحة، منى الخطيب، خطة جديدة للمستشفيات.",
        "وقالت الوزيرة إن “الخطة تبدأ مطلع الشهر المقبل”.",
    )[-1] == ("الخطة تبدأ مطلع الشهر المقبل", "منى الخطيب")


def test_a_lone_title_given_to_two_people_stands_for_neither():
    assert quotes_of(
        "التقى وزير المالية كريم حداد أمس نظيره وزير الاقتصاد فادي سليم.",
        "وقال الوزير إن “الميزانية ستعرض على البرلمان قريبا”.",
    )[-1] == ("الميزانية ستعرض على البرلمان قريبا", None)


# Faults seen on raw pages -------------------------------------------------------


def test_a_religious_formula_is_never_a_speaker():
    found = guesses_of(
        "وذكر الخطيب بقوله صلى الله عليه وسلم “الدين النصيحة لله ولرسوله”."
    )
    assert all(speaker != "صلى الله" for _, speaker in found)


def test_particles_of_european_names_stay_inside_the_name():
    assert quotes_of(
        "وأعلن رئيس النادي لوكا بيترو دل فابرو في بيان: “ندعم ترشح المدرب بقوة”."
    ) == [("ندعم ترشح المدرب بقوة", "لوكا بيترو دل فابرو")]


def test_a_name_run_that_goes_on_into_another_word_does_not_caption_a_speaker():
    # "زاجل سهلة": a name and its predicate, not a longer name for زاجل.
    found = guesses_of(
        "وقال موقع متخصص إن الأداة التي طرحتها منصة الحجوزات زاجل سهلة لكنها نافعة.",
        "وتقول زاجل إن الخدمة متاحة “لملايين الأماكن في أنحاء العالم”.",
    )
    assert found[-1][1] != "زاجل سهلة"


def test_the_words_after_an_addressed_title_are_not_its_name():
    found = quotes_of(
        "من جانبه، نقل الأمير للرئيس الحربي تهاني وتقدير رئيس مجلس الأمناء.",
        "وأكد الرئيس الحربي، في كلمة ألقاها، أن “الزيارة رسالة مهمة للشعوب العربية”.",
    )
    assert found[-1][1] != "تهاني وتقدير رئيس"


def test_a_place_after_a_role_is_part_of_the_role_and_the_rank_name_follows():
    assert quotes_of(
        "وقال المتحدث باسم الدفاع المدني بمنطقة الجوف العقيد سالم المطيري: "
        "“باشرت الفرق إطفاء الحريق فور البلاغ”."
    ) == [("باشرت الفرق إطفاء الحريق فور البلاغ", "سالم المطيري")]


def test_an_institution_named_after_a_king_keeps_the_kings_name():
    assert quotes_of(
        "وأوضحت مؤسسة جسر الملك خالد: “عادت الحركة إلى طبيعتها صباح اليوم”."
    ) == [("عادت الحركة إلى طبيعتها صباح اليوم", "مؤسسة جسر الملك خالد")]


def test_a_family_name_takes_no_participle_as_its_adjective():
    # "وطالب السالمي المغردين": the followers are the object, not part of the name;
    # an institution does take one (المعلمين المتقاعدين).
    lex = lexicon()
    assert role_end(quote_tokens("السالمي المغردين بالدعاء"), 0, lex) == 1
    assert role_end(quote_tokens("نقابة المعلمين المتقاعدين في"), 0, lex) == 3


def test_a_family_name_ends_a_name_and_the_next_name_is_another_person():
    lex = lexicon()
    assert name_end(quote_tokens("هند العلي سعيد الحربي على"), 0, lex) == 2
    assert name_end(quote_tokens("علي عبد الله صالح في"), 0, lex) == 4


def test_a_particle_with_a_pronoun_is_not_part_of_a_name():
    found = guesses_of("وأضاف المرشد اننا “لن نتخلى عن أصدقائنا في المنطقة”.")
    assert all("اننا" not in (speaker or "") for _, speaker in found)


def test_a_participle_shares_the_subject_of_the_verb_opening_the_sentence():
    blocks = [
        Block(
            "paragraph",
            "قال النائب سامي عادل إن “الجلسة مهمة”. ودعا عادل، في وقت سابق من "
            "الشهر، إلى تأجيل التصويت، قائلا: “لم نطلع على نص القانون بعد”.",
        )
    ]
    found = attributed_quotes(blocks)
    assert (found[-1].quote.speaker, found[-1].rule) == ("سامي عادل", "head:name")


def test_a_name_before_a_definite_title_is_a_person_in_full():
    # "هنأ كارلوس مينديز المدير الفني": the first word of the sentence is its verb.
    assert quotes_of(
        "هنأ كارلوس مينديز المدير الفني لفريق المدينة لاعبيه بالفوز.",
        "وقال مينديز إن “الفريق قدم مباراة كبيرة أمس”.",
    )[-1] == ("الفريق قدم مباراة كبيرة أمس", "كارلوس مينديز")


def test_a_word_with_a_preposition_ends_a_name_before_more_words():
    lex = lexicon()
    assert name_end(quote_tokens("يوجّه بسرعة توحيد المواقف"), 0, lex) == 1
    assert name_end(quote_tokens("ميرا لين ويلمارث في"), 0, lex) == 3
    assert name_end(quote_tokens("عبد الكريم بوزقيلة في"), 0, lex) == 3


def test_a_preposition_on_a_word_the_article_writes_with_the_article_is_no_name():
    assert not plausible_caption("لمنتخب البلاد", lexicon(), frozenset({"المنتخب"}))


def test_a_short_quote_after_with_names_a_medium_not_speech():
    found = quotes_of(
        "قال المتحدث باسم الوزارة، سامر خليل، في مقابلة مع “قناة الأخبار العربية”، "
        "إن “المفاوضات ستستأنف الأسبوع المقبل”."
    )
    assert [text for text, _ in found] == ["المفاوضات ستستأنف الأسبوع المقبل"]


def test_words_after_a_preposition_with_a_pronoun_are_not_a_subject():
    found = guesses_of(
        "ومثل الوزير أمام اللجنة للدفاع عن العقد الذي جرى الاتفاق عليه بمشقة "
        "بالغة معتبرا أنه «عقد منصف للطرفين معا» يستحق إقرار البرلمان."
    )
    assert found[0][1] != "بمشقة بالغة"


def test_a_short_quoted_name_in_the_clause_does_not_end_its_window():
    # The verb and its subject stand before a quoted medium or platform.
    assert quotes_of(
        "وقالت المهندسة رنا حداد لـ“الشروق” إن “المشروع سينتهي قبل الصيف المقبل”.",
        "وقال الخبير سليم داود في تغريدة عبر موقع “إكس”، إن “الأسعار سترتفع "
        "بعد القرار”.",
    ) == [
        ("المشروع سينتهي قبل الصيف المقبل", "رنا حداد"),
        ("الأسعار سترتفع بعد القرار", "سليم داود"),
    ]


def test_a_quoted_name_right_after_the_verb_speaks_not_the_speaker_before():
    found = guesses_of(
        "وقال النائب خالد يوسف إن “القانون الجديد يحمي المستأجرين”.",
        "وقالت “سند”، وهي جمعية أهلية، إن “القانون الجديد لا يكفي لحماية الأسر”.",
    )
    assert found[1] == ("القانون الجديد لا يكفي لحماية الأسر", "سند")


def test_a_quote_after_a_speech_verb_and_its_preposition_is_an_event():
    # "تحدث في "…"": where he spoke, not what he said.
    found = quotes_of(
        "وألقى الخبير هادي سالم كلمة ثم تحدث في “منتدى الطاقة المتجددة الأول "
        "للشباب” عن خطته، وقال إن “التمويل جاهز منذ أشهر عدة”."
    )
    assert [text for text, _ in found] == ["التمويل جاهز منذ أشهر عدة"]


def test_a_name_heard_alone_does_not_run_on_into_the_object_of_a_verb():
    found = guesses_of(
        "وقال حمدان إن “الرحلة كانت طويلة ومتعبة جدا”.",
        "وحاول حمدان إقناع أصدقائه، لكنهم رفضوا الفكرة.",
        "وحينما عاد حمدان، كتب على صفحته: “سأحاول مرة أخرى في الربيع المقبل”.",
        "وسأل حمدان شركة “طيران الشمال” عبر صفحته: “كم تكلفة الرحلة إلى هناك؟”",
    )
    assert [speaker for _, speaker in found] == ["حمدان"] * 3


def test_a_participle_describes_the_subject_of_the_verb_opening_the_sentence():
    # Another person named as the object does not take the participle.
    found = quotes_of(
        "وانتقد النائب سامي خليل، أمس، قرار الوزير مراد عيسى بشأن الضرائب، قائلا: "
        "“هذا القرار سيضر بالعائلات الفقيرة”."
    )
    assert found == [("هذا القرار سيضر بالعائلات الفقيرة", "سامي خليل")]


def test_a_participle_after_a_sentence_opening_with_no_verb_has_no_certain_subject():
    blocks = [
        Block("paragraph", "وأعلن المدرب كريم ناصر رحيله عن النادي."),
        Block(
            "paragraph",
            "ووسط هتافات الجمهور في الملعب، كان المدرب حريصا على شكر اللاعبين، "
            "قائلا: “أريد أن يبقى الجميع معنا حتى نهاية الموسم”.",
        ),
    ]
    found = attributed_quotes(blocks)
    assert found[0].route != "head"
    assert extract_quotes(blocks)[0].speaker is None


def test_a_family_name_in_ya_before_a_preposition_stays_in_the_name():
    found = quotes_of(
        "وقال مدرب الفريق رامي الصفاقسي في تصريح اليوم إن “اللاعبين قدموا أداء "
        "رائعا في البطولة”."
    )
    assert found == [("اللاعبين قدموا أداء رائعا في البطولة", "رامي الصفاقسي")]


def test_a_whole_paragraph_quotation_continues_with_the_same_speaker():
    found = quotes_of(
        "وقالت وزارة الصحة في بيان: “نطالب بزيادة عدد الأسرة في المستشفيات”.",
        "“ونطالب أيضا بتوظيف مئات الممرضين قبل نهاية العام”.",
    )
    assert found == [
        ("نطالب بزيادة عدد الأسرة في المستشفيات", "وزارة الصحة"),
        ("ونطالب أيضا بتوظيف مئات الممرضين قبل نهاية العام", "وزارة الصحة"),
    ]


def test_a_quotation_ending_with_a_full_stop_inside_its_marks_ends_the_sentence():
    found = quotes_of(
        "قال الوزير سامر عادل: “المشروع سينجح حتما.” وانتقد النائب المعارض، خالد "
        "يوسف، تصريح الوزير عادل قائلا: “هذا وعد لن يتحقق أبدا”."
    )
    assert found == [
        ("المشروع سينجح حتما.", "سامر عادل"),
        ("هذا وعد لن يتحقق أبدا", "خالد يوسف"),
    ]


def test_two_quoted_questions_joined_by_and_stay_one_sentence():
    found = guesses_of(
        "وسأل المدرب كريم ناصر اللاعبين: “هل أنتم جاهزون للمباراة؟” و“هل تعرفون "
        "خطة اللعب جيدا؟”"
    )
    assert [speaker for _, speaker in found] == ["كريم ناصر", "كريم ناصر"]


def test_sheikh_without_the_article_inside_a_name_is_part_of_it():
    found = quotes_of(
        "وقال المسؤول المحلي عمر شيخ حرسي إن “القوات استعادت السيطرة على البلدة”.",
        "وقالت هودان شيخ في اتصال هاتفي إن “الأسواق أغلقت أبوابها منذ الصباح الباكر”.",
    )
    assert [speaker for _, speaker in found] == ["عمر شيخ حرسي", "هودان شيخ"]


def test_a_description_set_off_by_commas_stands_between_a_role_and_its_name():
    found = quotes_of(
        "وقال المحلل الاقتصادي البارز، المقرب من وزارة المالية، كريم فاضل، في حديث "
        "إذاعي إن “الأسعار ستنخفض في الخريف المقبل”."
    )
    assert found == [("الأسعار ستنخفض في الخريف المقبل", "كريم فاضل")]
