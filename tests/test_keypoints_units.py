"""Key points: how sentences of a run-on news story become bullets that stand alone.

Every fixture is an Arabic sentence written for these tests.
"""

from __future__ import annotations

from mowjaz.keypoints import (
    UnitRules,
    candidate_units,
    dangling_start,
    strip_connective,
)
from mowjaz.keypoints.units import fragment, self_contained, verb_after_and
from mowjaz.text.blocks import Block
from mowjaz.text.memo import WordMemo
from mowjaz.text.normalize import fold
from mowjaz.text.segment import word_count

from eval.keypoints_raw import Box, check, clause_starts, cut_from_inside

# The fallback of a long brief short of units: the hard limit and run-on cuts.
RELAXED = UnitRules(max_words=35, phrase_words=12)


def units_of(*texts: str, rules: UnitRules | None = None) -> list[str]:
    """The candidate units of one paragraph per text."""
    blocks = [Block("paragraph", text) for text in texts]
    return [unit.text for unit in candidate_units(blocks, rules=rules)]


def alone(text: str) -> str | None:
    return self_contained(text, WordMemo())


# Speech openings ----------------------------------------------------------------------


def test_a_plural_speech_verb_and_the_medium_spoken_to_leave_the_fact() -> None:
    assert (
        alone("وقالوا لـ«الصحيفة» إن الطريق الجديد سيفتح أمام السيارات غدا.")
        == "الطريق الجديد سيفتح أمام السيارات غدا."
    )
    assert (
        alone("وقال لـ«وكالة الأنباء» إن المعرض سيستقبل زواره يوم الأحد.")
        == "المعرض سيستقبل زواره يوم الأحد."
    )
    assert (
        alone("وأكدوا أن موعد الامتحانات لم يتغير رغم الأمطار.")
        == "موعد الامتحانات لم يتغير رغم الأمطار."
    )
    # A named speaker keeps his words and his name.
    assert (
        alone("وقال الوزير لـ«الصحيفة» إن الطريق سيفتح غدا.")
        == "قال الوزير لـ«الصحيفة» إن الطريق سيفتح غدا."
    )
    # A plural verb whose words are not reported with "that" still needs them.
    assert alone("وعبروا عن شكرهم للبلدية على سرعة الإصلاح") is None


def test_a_present_tense_speech_verb_with_a_colon_needs_its_speaker() -> None:
    assert dangling_start("ويقول: الطريق مغلق منذ الصباح الباكر")
    assert dangling_start("وتضيف: لم نتلق أي إشعار من البلدية")
    assert alone("ويضيف أن الطريق سيبقى مغلقا حتى نهاية الأسبوع.") == (
        "الطريق سيبقى مغلقا حتى نهاية الأسبوع."
    )


def test_an_impersonal_verb_after_a_speech_colon_is_no_ones_words() -> None:
    assert (
        alone("وقال: تم افتتاح ثلاث مدارس جديدة في القرى الشمالية.")
        == "تم افتتاح ثلاث مدارس جديدة في القرى الشمالية."
    )
    # "We will open …" is the speaker's own voice: it needs the speaker.
    assert alone("وقال: سنفتتح ثلاث مدارس جديدة في القرى الشمالية.") is None


def test_the_quotation_mark_after_a_trimmed_that_is_kept() -> None:
    assert (
        alone("وأضاف أن «المركز» سيفتح أبوابه للزوار يوم الأحد المقبل.")
        == "«المركز» سيفتح أبوابه للزوار يوم الأحد المقبل."
    )


def test_a_plural_subject_after_a_trimmed_that_becomes_nominative() -> None:
    assert (
        alone("وأضاف أن المسؤولين رفضوا الاقتراح في اجتماع أمس.")
        == "المسؤولون رفضوا الاقتراح في اجتماع أمس."
    )
    assert (
        alone("وأوضح أن المواطنين يطالبون بفتح الطريق قبل الموسم.")
        == "المواطنون يطالبون بفتح الطريق قبل الموسم."
    )
    # A name that ends like a plural stays: the verb after it is singular.
    assert (
        alone("وأكد أن البحرين تستضيف البطولة في الشهر المقبل.")
        == "البحرين تستضيف البطولة في الشهر المقبل."
    )


def test_an_opening_participle_describes_someone_in_the_sentence_before() -> None:
    assert dangling_start("مقدما شكره لجميع العاملين في المستشفى")
    assert dangling_start("مستعرضا أبرز إنجازات الجمعية خلال العام الماضي")
    assert not dangling_start("ماليزيا تفوز بالبطولة الآسيوية للمرة الأولى")
    assert not dangling_start("مدارسنا تستقبل الطلاب صباح الأحد")


def test_a_relative_pronoun_needs_its_noun_before_it() -> None:
    assert dangling_start("الذي قام بإلقاء عدد من القصائد للحضور")
    assert not dangling_start("المشروع الذي أطلقته الوزارة يهدف إلى تطوير الطرق")


def test_has_and_rather_need_the_sentence_before() -> None:
    assert dangling_start("لديه جميع التقارير التي تثبت صحة كلامه")
    assert dangling_start("بل هي بداية موسم جديد من التحديات")
    # After a noun, "has" says what the noun has.
    assert not dangling_start("المدينة لديها ثلاثة مستشفيات حكومية كبيرة")
    assert alone("إضافة إلى أن المعرض يضم ألف دار نشر من ثلاثين دولة.") == (
        "المعرض يضم ألف دار نشر من ثلاثين دولة."
    )


def test_and_then_and_on_a_related_front_are_connectives() -> None:
    assert (
        strip_connective("ومن ثم توجه الوفد إلى المطار الدولي.")
        == "توجه الوفد إلى المطار الدولي."
    )
    assert (
        strip_connective("وعلى صعيد متصل، غادر الفريق إلى معسكره في الخارج.")
        == "غادر الفريق إلى معسكره في الخارج."
    )
    assert (
        strip_connective("بعد ذلك ألقى الشاعر قصيدة في الحفل.")
        == "ألقى الشاعر قصيدة في الحفل."
    )


# Labels -------------------------------------------------------------------------------


def test_a_numbered_item_loses_its_label() -> None:
    assert (
        alone("ثانيا: تم إبلاغ أسرة الطالب بموعد الاختبار الجديد.")
        == "تم إبلاغ أسرة الطالب بموعد الاختبار الجديد."
    )
    assert alone("والثالث: تمديد ساعات العمل في المكتبة العامة.") == (
        "تمديد ساعات العمل في المكتبة العامة."
    )


def test_a_label_that_says_what_the_item_is_about_stays() -> None:
    text = "الشوط الأول: فاز الحصان الأبيض بفارق طول واحد."
    assert alone(text) == text
    # A time is no label.
    text = "الساعة 10:30 صباحا انطلقت القافلة من المدينة."
    assert alone(text) == text


def test_the_words_of_a_source_named_by_a_label_are_not_a_point() -> None:
    # A press digest: "The paper: that …" is the paper's opinion, not a fact.
    assert alone("الصحيفة: إن قرار البلدية جاء متأخرا عن موعده كثيرا.") is None


# Fragments of run-on sentences --------------------------------------------------------

RUN_ON = (
    "نظمت البلدية مهرجانا للأطفال في الحديقة الكبيرة وسط المدينة خلال أيام "
    "العيد وشارك فيه عدد كبير من الأسر القادمة من القرى المجاورة إلى جانب "
    "مسابقات للرسم والقراءة وعروض مسرحية قدمتها فرق محلية على المسرح المكشوف "
    "طوال ثلاثة أيام متتالية"
)


def test_a_piece_cut_off_before_a_preposition_is_never_a_point() -> None:
    found = units_of(RUN_ON, rules=RELAXED)
    assert found, "the head of the run-on sentence is a unit"
    assert found[0].startswith("نظمت البلدية مهرجانا")
    assert not any(fragment(text) for text in found)


def test_fragments_open_on_a_phrase_and_clauses_do_not() -> None:
    assert fragment("على جانبي الطريق السريع الجديد")
    assert fragment("التي افتتحت في العام الماضي")
    assert fragment("والأثاث المكتبي والأجهزة")
    assert fragment("بالإضافة إلى عروض مسرحية للأطفال")
    assert not fragment("والدة اللاعب حضرت المباراة")
    assert not fragment("وشهدت الفعالية حضورا كبيرا")
    assert not fragment("بين المدير أن المدرسة ستفتح غدا")
    assert fragment("")


OPENING = (
    "افتتح محافظ المدينة مساء أمس المعرض الدولي للكتاب في قاعة المعارض الكبرى "
    "بحضور عدد كبير من الأدباء والناشرين والمثقفين والإعلاميين من داخل البلاد "
    "وخارجها ومن دول الخليج العربي ومن دول أخرى"
)


def test_a_run_on_clause_is_cut_before_and_a_verb_with_its_own_subject() -> None:
    sentence = f"{OPENING} وشهدت الأجنحة إقبالا كبيرا من الزوار في يومها الأول."
    found = units_of(sentence, rules=RELAXED)
    assert found == [OPENING, "وشهدت الأجنحة إقبالا كبيرا من الزوار في يومها الأول."]


def test_a_verb_that_shares_the_subject_before_it_opens_no_clause() -> None:
    sentence = f"{OPENING} وتفقد أجنحة الدور المشاركة في يومه الأول."
    found = units_of(sentence, rules=RELAXED)
    assert found
    assert not any(text.startswith("وتفقد") for text in found)


def test_verbs_after_and_are_told_from_nouns_by_their_shape() -> None:
    for word in ("وشهدت", "ويشارك", "وتستمر", "واستقبل", "واختتم", "وتم"):
        assert verb_after_and(fold(word)), word
    for word in ("وتطوير", "ومحافظة", "والشارع", "وعدد", "وتدريبات", "ووقت"):
        assert not verb_after_and(fold(word)), word


def test_a_run_on_sentence_is_cut_before_a_clause_with_its_own_subject() -> None:
    sentence = (
        "أنهت البلدية أعمال صيانة الطرق الرئيسية في الأحياء الشرقية والغربية من "
        "المدينة القديمة بعد شهرين من العمل المتواصل ليلا ونهارا بمشاركة عشرات "
        "العمال والمهندسين حيث تم افتتاح الطريق الدائري أمام حركة السير صباح أمس "
        "بحضور رئيس البلدية وأعضاء المجلس البلدي"
    )
    found = units_of(sentence, rules=RELAXED)
    assert found[0].endswith("بمشاركة عشرات العمال والمهندسين")
    assert word_count(found[0]) <= RELAXED.max_words
    assert found[1].startswith("تم افتتاح الطريق الدائري")


# The raw-page checks ------------------------------------------------------------------


def test_a_bullet_cut_from_inside_a_sentence_is_counted_as_a_fragment() -> None:
    texts = (RUN_ON, "وأضاف المدير أن الحديقة ستبقى مفتوحة حتى منتصف الليل.")
    starts = clause_starts(texts)
    assert cut_from_inside("إلى جانب مسابقات للرسم والقراءة وعروض مسرحية", starts)
    assert not cut_from_inside("نظمت البلدية مهرجانا للأطفال في الحديقة", starts)
    assert not cut_from_inside("الحديقة ستبقى مفتوحة حتى منتصف الليل.", starts)


def test_lines_of_a_poem_are_not_prose_words() -> None:
    verse = "\n".join(["يا ليل طال السهر ..."] * 60)
    poem = Box("test", "قصيدة", tuple(verse.splitlines()), "", "", ("سطر",))
    prose = Box("test", "خبر", (RUN_ON,) * 4, RUN_ON, RUN_ON, ("نقطة",))
    assert poem.words >= 150 > poem.prose_words
    assert prose.prose_words == prose.words >= 150
    checks = check([poem, prose])
    assert (checks.long_articles, checks.long_with_3_to_5) == (2, 0)
    assert (checks.long_prose, checks.long_prose_with_3_to_5) == (1, 0)
    # Four copies of one sentence: none of them is after the visible lead.
    assert checks.short_with_few_sentences == 1


def test_a_box_filled_up_with_a_fragment_is_not_counted_as_full() -> None:
    paragraphs = (RUN_ON, *(f"{RUN_ON} {day}." for day in ("أمس", "اليوم", "غدا")))
    head = "نظمت البلدية مهرجانا للأطفال في الحديقة الكبيرة وسط المدينة"
    piece = "إلى جانب مسابقات للرسم والقراءة وعروض مسرحية"
    box = Box("test", "مهرجان", paragraphs, RUN_ON, RUN_ON, (head, head, piece))
    checks = check([box])
    assert (checks.long_with_3_to_5, checks.long_with_3_to_5_whole) == (1, 0)
    assert checks.fragments == 1


# A participle named after its speaker ------------------------------------------------

SAID = (
    "وأكد محمد سالم أن المدينة شهدت نموا واسعا خلال السنوات الماضية في مجال "
    "الجسور والطرق والحدائق العامة والأسواق الشعبية وإنارة الشوارع الرئيسية"
)


def test_a_speech_participle_after_a_named_speaker_becomes_his_sentence() -> None:
    sentence = f"{SAID}، مطالبا أعضاء المجلس بالاستماع إلى شكاوى السكان في الأحياء."
    assert units_of(sentence) == [
        SAID.removeprefix("و"),
        "طالب محمد سالم أعضاء المجلس بالاستماع إلى شكاوى السكان في الأحياء.",
    ]


def test_a_participle_of_another_gender_or_without_a_named_speaker_is_dropped() -> None:
    # "مطالبة" (she) cannot describe "أكد محمد سالم" (he).
    sentence = f"{SAID}، مطالبة أعضاء المجلس بالاستماع إلى شكاوى السكان في الأحياء."
    assert units_of(sentence) == [SAID.removeprefix("و")]
    # "He added that …" names no one: the participle has no name to take.
    unnamed = SAID.replace("وأكد محمد سالم أن", "وأكد أن")
    sentence = f"{unnamed}، مطالبا أعضاء المجلس بالاستماع إلى شكاوى السكان."
    assert not any(text.startswith(("مطالبا", "طالب")) for text in units_of(sentence))
    assert dangling_start("داعيا الجميع إلى زيارة المعرض قبل نهاية الأسبوع")


def test_a_fronted_cause_cut_off_its_main_clause_is_no_unit() -> None:
    sentence = (
        "ولأن المدينة تستقبل أعدادا كبيرة من الزوار في موسم الصيف من كل عام "
        "ومن مختلف المناطق والدول المجاورة لها، قررت البلدية توسعة الطرق الرئيسية "
        "وإنشاء ثلاثة جسور جديدة وتحسين الإنارة في الأحياء القديمة والجديدة معا."
    )
    found = [unit.text for unit in candidate_units([Block("paragraph", sentence)])]
    assert not any("لأن المدينة" in unit for unit in found)
