"""Speakers on raw pages, seventh precision round (issue 23, round q23o).

Every fixture is an Arabic sentence written for these tests, with invented names.
"""

from __future__ import annotations

from mowjaz.quotes.lexicon import lexicon
from mowjaz.quotes.names import plausible_caption

from tests.quote_support import guesses_of, quotes_of


def test_offices_listed_between_dashes_are_no_quote():
    # A dash between every two items is list typography: the quotation names
    # the offices taking part, it is not words the official said.
    assert (
        quotes_of(
            "وأوضح مدير المعرض سامر الحمدان أن السوق يضم أكثر من 40 متجرا، كما "
            "تشارك فيه الجهات الرسمية “الأمانة – مكتب العمل – وفرع هيئة السياحة "
            "بالمحافظة – والهلال الأحمر – والشرطة”."
        )
        == []
    )


def test_a_dash_inside_speech_keeps_the_quote():
    # One or two dashes set off an aside: the quotation is still a sentence.
    assert quotes_of(
        "وقال المدير سامر الحمدان: «نحن – كإدارة جديدة – سنراجع كل العقود هذا العام»."
    ) == [("نحن – كإدارة جديدة – سنراجع كل العقود هذا العام", "سامر الحمدان")]


def test_a_mark_never_closed_after_a_preposition_and_its_noun_is_no_quote():
    # "على مناطق "…" with no closing mark: the regions a forecast lists, and a
    # stray mark, not the start of the weather office's words.
    assert (
        quotes_of(
            "وذكر مركز الطقس أن الغبار يتزايد على مناطق "
            '"الساحل والهضبة والوادي الكبير حتى أطراف الصحراء الغربية.'
        )
        == []
    )


def test_a_mark_never_closed_after_a_statement_is_still_speech():
    # "في بيان "…": a statement introduces the words, closed or not.
    found = guesses_of(
        'وقال الوزير سامر الحمدان في بيان "سنواصل العمل مع الشركاء حتى نهاية العام'
    )
    assert [text for text, _ in found] == ["سنواصل العمل مع الشركاء حتى نهاية العام"]


def test_a_short_form_resolves_to_the_name_it_ends():
    # The family name said alone is the person whose name it ends, never a run
    # that holds it between a verb and that verb's object.
    found = quotes_of(
        "أعلنت ريما فاضلي، مبعوثة الأمم المتحدة، أنها ستغادر منصبها في الخريف.",
        "وخلال السنة الفائتة، ضمن خطة الوزير للتواصل مع الجيران أولا بأول، زارت "
        "فاضلي كندا، مع سامي العمري، مستشار الوزير للشؤون الخارجية.",
        "وفي وقت لاحق، افتخرت فاضلي بعملها، وقالت: "
        "«لم تكن المفاوضات سهلة لكننا خرجنا باتفاق جيد»",
    )
    assert found == [("لم تكن المفاوضات سهلة لكننا خرجنا باتفاق جيد", "ريما فاضلي")]


def test_a_relative_speaks_not_the_person_named_after_the_kinship_noun():
    # "والد اللاعب فلان": the father speaks; the player named is his son.
    assert quotes_of(
        'وقال والد اللاعب ماهر السعدي لقناة محلية "ابني سيعود إلى الملعب قريبا".'
    ) == [("ابني سيعود إلى الملعب قريبا", "والد اللاعب ماهر السعدي")]
    assert quotes_of(
        'قالت زوجة سامر الخطيب إن "العائلة تنتظر خبرا منذ ثلاثة أيام".'
    ) == [("العائلة تنتظر خبرا منذ ثلاثة أيام", "زوجة سامر الخطيب")]


def test_a_name_set_off_by_commas_after_a_kinship_noun_is_the_speaker():
    # "زوجة الرئيس، فلانة،": the name in apposition is the wife herself.
    assert quotes_of(
        'وقالت زوجة الرئيس، ليلى العمري، إن "الحملة ستشمل كل المدارس".'
    ) == [("الحملة ستشمل كل المدارس", "ليلى العمري")]


def test_a_family_name_shared_by_father_and_son_is_no_caption():
    # The son of the minister named in full is the story; "العطار" alone may be
    # either of them, so the quote is listed without a speaker.
    assert quotes_of(
        "سلم ابن الوزير السابق كمال جابر العطار نفسه إلى الشرطة صباح اليوم.",
        'ونقلت وكالة محلية عن العطار قوله "هذه التهم لا أساس لها وسأثبت براءتي".',
    ) == [("هذه التهم لا أساس لها وسأثبت براءتي", None)]


def test_is_considered_with_a_predicate_is_no_speech_verb():
    # "يعتبر خطوة مهمة": "is considered an important step"; the predicate is no
    # speaker, and the sentence's own speaker says the words after وقال.
    found = quotes_of(
        "وأكد سامر الحمدان أن الاتفاق المبرم أمس، يعتبر خطوة مهمة نحو الحل، "
        "وقال إن «الجولة المقبلة ستكون حاسمة للجميع»."
    )
    assert found == [("الجولة المقبلة ستكون حاسمة للجميع", "سامر الحمدان")]


def test_considering_with_a_subject_and_that_is_still_speech():
    # "يعتبر مراقبون أن": observers consider that; the quotation is speech.
    found = guesses_of("ويعتبر مراقبون أن «الجولة المقبلة ستكون حاسمة للجميع».")
    assert found == [("الجولة المقبلة ستكون حاسمة للجميع", "مراقبون")]


def test_a_description_between_the_role_and_the_verb_keeps_the_subject():
    # "فلان، رئيس مصنع …، وهي منشأة …، يحذر": the clause in وهي describes the
    # factory; the name opening the sentence is still the verb's subject, not
    # another chief executive quoted before.
    found = quotes_of(
        'وأعلن الرئيس التنفيذي لمصنع بارق، فادي كمال: "سنطلق الدواء الجديد في '
        'الربيع المقبل".',
        "ويأمل المستثمرون أن تستمر النتائج على مدى العامين. سامي جابر، الرئيس "
        "التنفيذي لمصنع نورا، وهي منشأة محلية تقدم خدمات التصوير للمستشفيات، "
        'يحذر من التفاؤل بعلاج يعتبر معجزة: "النجاح لا يقاس بعدد المرضى الذين '
        'يتناولون الدواء كل يوم".',
    )
    assert found[1] == (
        "النجاح لا يقاس بعدد المرضى الذين يتناولون الدواء كل يوم",
        "سامي جابر",
    )


def test_words_joined_by_and_are_no_caption():
    # "وأنصاره ويسافر" (and his supporters, and he travels): the rest of a phrase
    # after a name, never a speaker; a name whose words open with و stays one.
    lex = lexicon()
    assert not plausible_caption("وأنصاره ويسافر", lex)
    assert plausible_caption("وليد وهبة", lex)


def test_a_man_named_as_a_relative_and_in_his_own_right_keeps_his_family_name():
    # The wife speaks once; the minister is also introduced himself, so his
    # family name said alone is his.
    assert quotes_of(
        'وقالت زوجة الوزير نادر العتيبي إن "الحملة ستشمل كل المدارس في الخريف".',
        'وأكد الوزير نادر العتيبي أن "الحكومة ستدعم الحملة بكل ما تملك".',
        'وأضاف العتيبي: "لن نترك أي طفل خارج المدرسة هذا العام".',
    ) == [
        ("الحملة ستشمل كل المدارس في الخريف", "زوجة الوزير نادر العتيبي"),
        ("الحكومة ستدعم الحملة بكل ما تملك", "نادر العتيبي"),
        ("لن نترك أي طفل خارج المدرسة هذا العام", "نادر العتيبي"),
    ]
