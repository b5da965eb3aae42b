"""Speakers on raw pages, second precision round (issue 23, round q23g).

Every fixture is an Arabic sentence written for these tests, with invented names.
"""

from __future__ import annotations

from tests.quote_support import guesses_of, quotes_of


def test_words_quoted_after_a_definite_body_are_never_its_name():
    # "ووجدت الشرطة «منشورات …»": the quotation is the verb's object; only an
    # indefinite class noun names what it quotes (حركة «…»، قناة «…»).
    assert guesses_of(
        "ووجدت الشرطة «منشورات ذات طابع تحريضي» في سيارة المتهم. "
        "وأوضحت الشرطة أن المتهم «كان يخطط لمغادرة البلاد خلال أيام قليلة»."
    ) == [("كان يخطط لمغادرة البلاد خلال أيام قليلة", "الشرطة")]


def test_the_noun_after_a_verb_a_demonstrative_opens_is_no_speaker():
    # "وهذا يعتبر تقصيرا": the demonstrative is the subject, and "يعتبر" with an
    # indefinite predicate is "is considered", no speech verb (round q23o): the
    # principle quoted after وفق is governed by no speech at all.
    found = guesses_of(
        "وهذا يعتبر تقصيرا إداريا واضحا، وكان وفق «مبدأ لن نفتح أبوابا للخلاف مع أحد»."
    )
    assert found == []


def test_a_demonstrative_after_a_preposition_or_before_and_keeps_the_subject():
    # "وعن هذا قال فلان"، "هذا وقالت الوزارة": the demonstrative is no subject.
    assert quotes_of(
        "وعن هذا قال الباحث وليد السامرائي: «لن نفتح أبوابا للخلاف مع جيراننا أبدا».",
        "هذا وقالت وزارة الزراعة إن «المحصول هذا العام أكبر من المتوقع بكثير».",
    ) == [
        ("لن نفتح أبوابا للخلاف مع جيراننا أبدا", "وليد السامرائي"),
        ("المحصول هذا العام أكبر من المتوقع بكثير", "وزارة الزراعة"),
    ]


def test_an_event_named_in_quotation_marks_is_not_speech():
    assert (
        quotes_of(
            "وقال الوزير حسان العمري في كلمته خلال ندوة "
            "«مستقبل الطاقة في المنطقة العربية» إن الطلب سيرتفع.",
            "ونظمت الجمعية ورشة «صيانة الحاسب للمبتدئين» على مدى أسبوع.",
        )
        == []
    )


def test_words_said_at_an_event_are_still_speech():
    assert quotes_of(
        "وقال الوزير حسان العمري خلال الندوة: «سنضاعف الاستثمار في الطاقة النظيفة»."
    ) == [("سنضاعف الاستثمار في الطاقة النظيفة", "حسان العمري")]


def test_one_of_a_group_is_nobody_named_and_ends_the_last_speakers_turn():
    assert quotes_of(
        "وقال وزير الزراعة سامر الحلو: «سنوزع البذور على المزارعين هذا الشهر».",
        "وقال أحد المزارعين: «لم يصلنا شيء حتى الآن من الوزارة».",
    ) == [
        ("سنوزع البذور على المزارعين هذا الشهر", "سامر الحلو"),
        ("لم يصلنا شيء حتى الآن من الوزارة", None),
    ]


def test_the_noun_after_a_relative_clauses_verb_is_its_object():
    # "الأزمات التي تهدد مستقبل الشباب": the relative pronoun stands for the
    # verb's subject; the words after the verb are never a speaker.
    assert guesses_of(
        "وحذر الباحث من الأزمات التي تهدد مستقبل شباب القرية، "
        "وقال إن «الحل يبدأ من المدرسة والبيت معا»."
    ) == [("الحل يبدأ من المدرسة والبيت معا", "الباحث")]


def test_the_white_house_spokesman_is_captioned_with_his_name():
    assert quotes_of(
        "وأوضح متحدث البيت الأبيض جيم كارتر أن "
        "«الخطة ستعرض على المشرعين قبل نهاية الشهر»."
    ) == [("الخطة ستعرض على المشرعين قبل نهاية الشهر", "جيم كارتر")]


def test_a_verbs_object_after_a_family_name_used_alone_is_cut():
    # "ماركو فيلاني طلب منه" beside "وقال فيلاني": the family name ends the name;
    # the word after it, in no other name of the article, is the verb's object.
    assert quotes_of(
        "وكان مدير المعهد الجديد ماركو فيلاني طلب منه قبل أيام تمديد عقده لعامين.",
        "وقال فيلاني: «نحتاج إلى خبرته في السنوات المقبلة».",
    ) == [("نحتاج إلى خبرته في السنوات المقبلة", "ماركو فيلاني")]


def test_a_turkish_surname_keeps_its_ending():
    # "تشاكر أوغلو": أوغلو belongs to the surname even when the article uses
    # its first part alone.
    assert quotes_of(
        "وأعلن وزير النقل مراد تشاكر أوغلو أن حكومته ستطلق خطة جديدة للحافلات.",
        "وقال تشاكر «سنربط القرى البعيدة بالمدن الكبرى خلال عامين».",
    ) == [("سنربط القرى البعيدة بالمدن الكبرى خلال عامين", "مراد تشاكر أوغلو")]


def test_words_opening_a_sentence_before_a_verb_with_and_are_no_name():
    # "ابتسم سليم وقال": a subject before its verb takes no و, so the sentence
    # opened with another verb; "وكان سليم حداد قال" still names the speaker.
    assert guesses_of(
        "جلسنا طويلا في المقهى. ابتسم سليم وقال: «لا تقلق، كل الأمور ستنتهي بخير»."
    ) == [("لا تقلق، كل الأمور ستنتهي بخير", None)]
    assert quotes_of("وكان سليم حداد قال: «لا تقلق، كل الأمور ستنتهي بخير».") == [
        ("لا تقلق، كل الأمور ستنتهي بخير", "سليم حداد")
    ]


def test_a_quoted_institution_word_is_captioned_with_its_full_name():
    # "وتابعت "المؤسسة":" is the institution the article named in full, as
    # "وأردفت المؤسسة" is; a quoted family name ("الفهيد") stays a name.
    assert quotes_of(
        "وقالت مؤسسة جسر الوادي في بيان إن «العمل عاد إلى طبيعته صباح اليوم».",
        "وتابعت \u201cالمؤسسة\u201d: \u201cشغلنا مضخات الطوارئ خلال دقائق قليلة\u201d.",
    ) == [
        ("العمل عاد إلى طبيعته صباح اليوم", "مؤسسة جسر الوادي"),
        ("شغلنا مضخات الطوارئ خلال دقائق قليلة", "مؤسسة جسر الوادي"),
    ]


def test_a_contest_named_after_the_plural_of_its_noun_is_not_speech():
    assert (
        quotes_of(
            "وأعلنت الهيئة فتح باب المشاركة في مسابقات "
            "«عدسة الوادي للتصوير» الشهر المقبل."
        )
        == []
    )


def test_the_noun_after_a_verb_a_quantified_noun_opens_is_no_speaker():
    # "أي خلل يهدد سلامة ركاب القطار": "any fault" is the verb's subject.
    assert guesses_of(
        "وأوضح أن أي خلل يهدد سلامة ركاب القطار سيعالج فورا. "
        "وقال: «هدفنا حماية المسافرين في كل الرحلات»."
    ) == [("هدفنا حماية المسافرين في كل الرحلات", None)]


def test_words_put_in_anothers_mouth_are_not_the_writers():
    # "على لسان أحد الموظفين": the writer voices someone else; "على لسان الوزير
    # فلان قوله" still names the minister.
    assert guesses_of(
        "ويقول الكاتب سامر الحلو في إحدى مقالاته على لسان أحد الموظفين: "
        "«لا يعنيني مصير الشركة ما دام راتبي يصلني»."
    ) == [("لا يعنيني مصير الشركة ما دام راتبي يصلني", None)]
    assert guesses_of(
        "ونقلت الصحيفة على لسان وزير المالية كريم العلي قوله: "
        "«لن نرفع الضرائب هذا العام»."
    ) == [("لن نرفع الضرائب هذا العام", "كريم العلي")]


def test_the_verb_after_a_fronted_phrase_and_its_comma_opens_no_name():
    # "من ناحيته، ناقش فلان": after a fronted phrase the clause opens with its verb.
    assert quotes_of(
        "من ناحيته، ناقش روني بلاكمور، مدير المتحف، خطة الترميم مع البلدية.",
        "وقال روني: «ستنتهي أعمال الترميم قبل الصيف المقبل».",
    ) == [("ستنتهي أعمال الترميم قبل الصيف المقبل", None)]


def test_an_assistant_secretary_general_keeps_the_name_after_the_role():
    # "المساعد" continues the title "الأمين العام"; the name follows the body.
    assert quotes_of(
        "وصرح الأمين العام المساعد لاتحاد الغرف التجارية سامر الحداد بأن "
        '"الصادرات سترتفع هذا العام بنسبة كبيرة".'
    ) == [("الصادرات سترتفع هذا العام بنسبة كبيرة", "سامر الحداد")]


def test_in_reply_to_is_no_verb_carrying_the_last_speaker():
    # "وردا على سؤال" is the adverb "in reply to"; the minister named after it
    # answers, so the words are never the previous speaker's.
    found = quotes_of(
        "وقال الرئيس سامر الحداد إن الحكومة ستخفض الضرائب هذا العام.",
        "وردا على سؤال عن الميزانية، اكتفى وزير المالية نادر سليم بالقول إنه "
        "«قرار اتخذ لمصلحة الجميع».",
    )
    assert found == [("قرار اتخذ لمصلحة الجميع", None)]
