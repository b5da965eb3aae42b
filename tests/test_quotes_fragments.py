"""A speaker is a name or a role, never the words around it (issue 23, raw pages).

Every fixture is an Arabic sentence written for these tests.
"""

from __future__ import annotations

from tests.quote_support import guesses_of, quotes_of


def test_the_verb_of_a_relative_clause_is_not_a_name():
    # "الذي فضل عدم كشف هويته" describes an anonymous source: the words after the
    # relative pronoun are its verb, not the speaker's name.
    found = guesses_of(
        "وبحسب المصدر الذي فضل عدم كشف هويته، فإن "
        "«اللجنة ستجتمع الأسبوع المقبل لحسم الملف»."
    )
    assert found == [("اللجنة ستجتمع الأسبوع المقبل لحسم الملف", None)]


def test_an_adverb_after_the_subject_is_not_part_of_the_name():
    assert quotes_of(
        "يؤكد الباحث سامر هولدن بشدة أن «النتائج تحتاج إلى مراجعة دقيقة قبل نشرها»."
    ) == [("النتائج تحتاج إلى مراجعة دقيقة قبل نشرها", "سامر هولدن")]


def test_a_quoted_topic_is_a_title_not_the_speakers_words():
    found = guesses_of(
        "وأوضح الدكتور سامي الحربي أن البحوث تتنافس هذا العام في موضوع "
        "“أثر العادات الاجتماعية في التنمية المحلية”."
    )
    assert found == []


def test_a_short_quotation_after_according_to_names_the_source():
    # "بحسب “…”" and "من خلال “…”" name a medium or a means: never words said.
    found = guesses_of(
        "ويقول الوزير فهد العنزي، بحسب “قناة الأخبار الدولية”، "
        "إن الطرق ستفتح قريبا، وإن التسجيل يتم من خلال “البوابة الوطنية الموحدة”."
    )
    assert found == []


def test_the_object_of_the_verb_is_not_part_of_the_name():
    # "وأكد فلان ضرورة …": the name ends where the object opens.
    assert guesses_of(
        "وأكد المحامي سامر تانسو ضرورة إعادة فتح التحقيق، وقال "
        "«الأدلة الجديدة تكفي لإدانة المتهمين»."
    ) == [("الأدلة الجديدة تكفي لإدانة المتهمين", "سامر تانسو")]


def test_pointing_to_someones_words_does_not_make_them_yours():
    # "مشيرا إلى قوله": the pronoun of قوله is the witness, not the lawyer.
    assert quotes_of(
        "وقدم المحامي سامر تانسو نسخة من اعترافات الشاهد كريم بولات، "
        "مشيرا إلى قوله إن «الأموال خرجت من البلاد بطرق غير قانونية»."
    ) == [("الأموال خرجت من البلاد بطرق غير قانونية", None)]


def test_an_adverb_of_frequency_is_not_a_name():
    # "ويكرر الوزير دائما": the adverb after the subject is no speaker.
    assert guesses_of("ويكرر الوزير دائما «إن التعليم أولوية قصوى للحكومة».") == [
        ("إن التعليم أولوية قصوى للحكومة", "الوزير")
    ]


def test_a_figure_spelled_out_in_words_is_not_speech():
    # Official statements repeat a figure in words after its digits.
    found = guesses_of(
        "وأضاف العقيد سامي العلي: ضبطت الدورية شحنة من البن المهرب وزنها "
        '"1750"، "ألف وسبعمائة وخمسين جراماً" داخل صندوق السيارة.'
    )
    assert found == []
    # A sentence that mentions a figure is still speech.
    assert quotes_of(
        "وقال المدير سامي العلي إن «الميزانية بلغت ثلاثة مليارات ريال هذا العام»."
    ) == [("الميزانية بلغت ثلاثة مليارات ريال هذا العام", "سامي العلي")]


def test_his_father_is_someone_else():
    # "ووقف والده": a kinship noun with a pronoun is another person, so the
    # speaker before is not carried on to "يقول"; an adverb ends the name.
    found = quotes_of(
        "وقال سامر حداد بهدوء أمام بيت العائلة «لا يسعني تصديق هذا الدمار». "
        "ووقف والده طويلا عند الباب المحطم ثم يقول "
        "«انظر ماذا فعلوا بمدينتنا الجميلة»."
    )
    assert found == [
        ("لا يسعني تصديق هذا الدمار", "سامر حداد"),
        ("انظر ماذا فعلوا بمدينتنا الجميلة", None),
    ]


def test_verbs_and_adverbs_after_a_title_are_not_the_name():
    # "المدرب فلان واكمل المدرب سريعا تجهيز …": a verb with و and an adverb end
    # the name a title introduces.
    found = guesses_of(
        "وجاء التعاقد مع المهاجم بقرار من المدرب سامي حداد واكمل المدرب سريعا "
        "تجهيز التشكيلة الجديدة. وقال حداد: «الحارس أنقذ الفريق من هزيمة مؤكدة»."
    )
    assert [speaker for _, speaker in found] in (["سامي حداد"], ["حداد"])


def test_a_negated_verb_reports_no_words():
    # "لا يطالب النادي": the coach claims nothing; the pledge quoted later in the
    # sentence is not the club's words (nor the club named after it).
    found = quotes_of(
        "وأوضح أن المدرب لا يطالب النادي بأي مستحقات، وهناك تعهد مكتوب منه "
        "«لن أدرب أي فريق منافس قبل عامين»، كما وقعت الإدارة عقدا "
        "مع نادي الأمل."
    )
    assert found == [("لن أدرب أي فريق منافس قبل عامين", None)]


def test_a_short_quotation_after_such_as_names_an_example():
    found = guesses_of(
        "وقال المستثمر سامي خليل إن شركات مثل “سوق الجملة الرقمي” غيرت طريقة البيع."
    )
    assert found == []


def test_an_unnamed_officials_relative_clause_is_not_his_name():
    # "مسؤول أمني رفض الكشف عن اسمه": an indefinite official with his adjective,
    # then a relative clause with no الذي; its verb is no genitive of the title.
    found = quotes_of(
        "وصرح مسؤول أمني رفض الكشف عن اسمه لإحدى الصحف “سنواصل العمل حتى نهاية الشهر”."
    )
    assert found == [("سنواصل العمل حتى نهاية الشهر", None)]


def test_a_club_in_the_title_keeps_its_name_and_the_person_speaks():
    assert quotes_of(
        "وقال رئيس نادي الشباب خالد العمري: «سنواصل العمل حتى نهاية الموسم»."
    ) == [("سنواصل العمل حتى نهاية الموسم", "خالد العمري")]


def test_and_with_a_form_three_verb_is_not_the_first_name():
    # "وواصل" is و with واصل (he went on): a verb, never the start of a name.
    found = quotes_of(
        "وواصل سمير الحداد: «لن نفرط في اللقب هذا الموسم مهما كانت الظروف»."
    )
    assert all(speaker is None or not speaker.startswith("وو") for _, speaker in found)


def test_a_clubs_city_stays_in_the_title():
    # "رئيس نادي الطائف الأدبي": the club's name continues the title, and the
    # person named after it is the speaker.
    assert quotes_of(
        "قال رئيس نادي الطائف الأدبي الدكتور سالم الحربي: "
        "«النادي سيطلق برنامجا ثقافيا جديدا للشباب»."
    ) == [("النادي سيطلق برنامجا ثقافيا جديدا للشباب", "سالم الحربي")]
