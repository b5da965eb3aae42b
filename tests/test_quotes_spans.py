"""Where a speaker's name starts and ends on raw pages (issue 23, round 5).

Every fixture is an Arabic sentence written for these tests, with invented names.
"""

from __future__ import annotations

from tests.quote_support import guesses_of, quotes_of


def test_the_word_after_a_kunya_is_part_of_the_name():
    # "أبو" (father of) always takes the next word: a common noun or a verb form
    # there (مالك، صالح) is still the name, never its end.
    assert quotes_of(
        "ويقول الكاتب سعود أبو مالك في مقاله: «علينا أن نسأل أنفسنا لماذا تأخرنا»."
    ) == [("علينا أن نسأل أنفسنا لماذا تأخرنا", "سعود أبو مالك")]


def test_a_plural_verbal_noun_after_the_name_is_never_part_of_it():
    # "رفض فلان انتقادات …": a long plural in ـات (or a verbal noun of form VII or
    # VIII) is the verb's object; with no speaker certain, none is guessed.
    assert guesses_of(
        "ورفض الرئيس جون ماكلين انتقادات تتهمه بالإهمال في متابعة المشروع، وقال: "
        "«لقد فعلنا كل ما في وسعنا منذ اليوم الأول»."
    ) == [("لقد فعلنا كل ما في وسعنا منذ اليوم الأول", None)]


def test_a_verbal_noun_with_its_alef_lam_is_no_family_name():
    assert quotes_of(
        "وأكد الوزير كريم بوشار التزامات حكومته، مضيفا: "
        "«سنفي بكل وعودنا أمام الناخبين هذا العام»."
    ) == [("سنفي بكل وعودنا أمام الناخبين هذا العام", "كريم بوشار")]


def test_the_name_after_a_role_and_its_institution_is_the_speaker():
    # "العضو المنتدب في مجموعة النخبة سامر الفلاحي:": the institution says where
    # the role serves; the given and family name closing the subject are the person.
    assert quotes_of(
        "وقال العضو المنتدب في مجموعة النخبة سامر الفلاحي: "
        "«نتوقع أرباحا أعلى في الربع المقبل من العام»."
    ) == [("نتوقع أرباحا أعلى في الربع المقبل من العام", "سامر الفلاحي")]


def test_an_unnamed_official_at_a_place_stays_unnamed():
    # "مسؤول في ميناء جدة الإسلامي": an indefinite role is nobody named; the
    # place and its adjective are not his name.
    assert quotes_of(
        "وذكر مسؤول في ميناء المدينة الإسلامي أن "
        "«السفينة وصلت صباح اليوم بعد تأخير طويل»."
    ) == [("السفينة وصلت صباح اليوم بعد تأخير طويل", None)]


def test_a_team_or_a_state_after_a_role_is_not_the_speakers_name():
    # "المدرب السابق لمنتخب كرواتيا": ل with a team (or a state) is the role's
    # genitive; the words after it are never the speaker's name.
    assert guesses_of(
        "وقال المدرب السابق لمنتخب كرواتيا «عملنا بجد طوال فترة الإعداد في الصيف».",
        "وقال الحاكم السابق لولاية تكساس «هذا القانون سيضر بالمزارعين في الجنوب».",
    ) == [
        ("عملنا بجد طوال فترة الإعداد في الصيف", "المدرب السابق"),
        ("هذا القانون سيضر بالمزارعين في الجنوب", "الحاكم السابق"),
    ]


def test_a_title_in_the_construct_plural_is_not_a_name_word():
    # "محللي السوق" is محللين before its genitive: a title, never part of a name.
    assert quotes_of(
        "وقال كبير محللي السوق: «الأسعار ستواصل الارتفاع حتى نهاية العام»."
    ) == [("الأسعار ستواصل الارتفاع حتى نهاية العام", None)]


def test_words_cited_from_a_dictionary_or_a_book_are_not_speech():
    # "جاء في المعجم: «…»" after a speech verb: the words come from the text named
    # after جاء في, not from the verb's subject; a citation is not speech.
    cited = "«الغيث هو المطر الذي يأتي بعد حاجة إليه»."
    assert (
        guesses_of(
            "وقد ذكرته كتب الأدب كثيرا وهكذا استعمله الشعراء، جاء في معجم قديم: "
            + cited
        )
        == []
    )
    assert (
        guesses_of(
            "وأوضح الكاتب سامر الفلاني أن للكلمة أصلا، وجاء في المعجم الوسيط: " + cited
        )
        == []
    )


def test_words_in_a_statement_after_a_verb_are_still_speech():
    assert quotes_of(
        "وأكدت وزارة الصحة ذلك، وجاء في بيان لها: «الحملة تشمل جميع المدارس»."
    ) == [("الحملة تشمل جميع المدارس", "وزارة الصحة")]


def test_the_dutch_particle_van_stays_inside_the_name():
    # "فان" without a hamza between two names is the particle of a Dutch name,
    # not the conjunction فإن that it folds to.
    assert quotes_of(
        "وقال المدرب الهولندي يان فان ديرفين: «الفريق يحتاج إلى وقت أطول للتأقلم»."
    ) == [("الفريق يحتاج إلى وقت أطول للتأقلم", "يان فان ديرفين")]


def test_the_conjunction_fa_inna_after_a_name_is_not_a_particle():
    assert quotes_of(
        "وقال الوزير سامي حداد إن الخطة جاهزة، فإن أقرب موعد للتنفيذ هو الشهر المقبل، "
        "مضيفا: «سنبدأ بالمدن الكبرى أولا ثم القرى»."
    ) == [("سنبدأ بالمدن الكبرى أولا ثم القرى", "سامي حداد")]


def test_a_reaction_is_a_noun_not_a_reply_and_its_words_no_speaker():
    # "رد فعل" (a reaction) is a compound noun: رد is no speech verb there, and
    # the words after it never become a speaker carried to the next quotation.
    found = guesses_of(
        "وقال الوزير سامي حداد إن القرار صائب.",
        "ولا يبدو أن الإجراء كان رد فعل متسرع. وأضاف: "
        "«لا أحد يريد التصعيد في هذه المرحلة الحساسة».",
    )
    assert [speaker for _, speaker in found] == ["سامي حداد"]


def test_some_people_are_never_a_family_name():
    # "مثلما يفعل البعض وقال": البعض (some people) is a quantifier, so no name
    # "… البعض" stands before the verb.
    assert guesses_of(
        "وتحدث عن الظاهرة دون أن يسميها أزمة مثلما يفعل البعض وقال: "
        "«المشكلة محدودة ويمكن علاجها بسهولة»."
    ) == [("المشكلة محدودة ويمكن علاجها بسهولة", None)]


def test_another_countrys_president_is_not_the_president_named_earlier():
    # "الرئيس الموريتاني" beside "الرئيس سامي حداد": the relative adjective names
    # another country's holder of the title; the quote gets nobody certain.
    assert quotes_of(
        "واستقبل الرئيس سامي حداد وفدا رسميا أمس في القصر.",
        "من جهته، قال الرئيس الموريتاني في برقية: "
        "«نتمنى لشعبكم الشقيق دوام الازدهار والتقدم».",
    ) == [("نتمنى لشعبكم الشقيق دوام الازدهار والتقدم", None)]


def test_a_title_with_the_family_name_still_stands_for_the_person():
    assert quotes_of(
        "وقال العميد سعد بن فهد الحربي إن الدوريات انتشرت في الأحياء.",
        "وقال العميد الحربي: «الوضع تحت السيطرة منذ ساعات الصباح الأولى».",
    ) == [("الوضع تحت السيطرة منذ ساعات الصباح الأولى", "سعد بن فهد الحربي")]


def test_a_feminine_verb_never_takes_a_male_title_before_it():
    # "وقالت" after "والد الوزير": the verb is feminine, so the speaker is not
    # the (male) minister the title stands for.
    assert guesses_of(
        "وزار الوزير سامي حداد أمس مدينة الساحل في جولة قصيرة.",
        "ورغم أن الجولة لا تشمل القرية التي ولد فيها والد الوزير، "
        "فإن عمته تنتظره، وقالت: «سأعد له طعاما كثيرا إن جاء».",
    ) == [("سأعد له طعاما كثيرا إن جاء", None)]


def test_a_colleague_before_a_name_is_a_title_not_part_of_it():
    assert quotes_of(
        "وقال زميله سامر الخطيب قائد الفريق: «علينا أن نبدأ الموسم بقوة كبيرة»."
    ) == [("علينا أن نبدأ الموسم بقوة كبيرة", "سامر الخطيب")]


def test_a_specialist_after_a_name_is_a_title_not_part_of_it():
    assert quotes_of(
        "وقال جون ماكلين اختصاصي أسواق المال: «السوق ستهدأ قبل نهاية الصيف»."
    ) == [("السوق ستهدأ قبل نهاية الصيف", "جون ماكلين")]


def test_a_preposition_on_a_noun_with_a_pronoun_is_never_in_a_caption():
    # "برلمان سرت لإجباره": an institution's name never holds ل on a noun with a
    # pronoun (a purpose clause, "to force it").
    found = guesses_of(
        "وتسعى الحكومة إلى الضغط على برلمان سرت لإجباره على إلغاء القانون الجديد.",
        "واعتبر برلمان سرت، في بيان أصدره أمس، أن "
        "«الحملة الأخيرة ليست إلا محاولة للضغط على النواب».",
    )
    assert [speaker for _, speaker in found] == [None]


def test_a_noun_the_article_writes_elsewhere_ends_a_name_used_alone():
    # "وصف فلان حداد قرار اللجنة" beside "وقال حداد": the family name the article
    # uses alone ends the name, and قرار, written elsewhere too, is the object.
    assert quotes_of(
        "وصف رئيس المجلس سامي حداد قرار اللجنة بأنه متسرع. "
        "وقال حداد إن «قرار اللجنة لن يغير شيئا على الأرض»."
    ) == [("قرار اللجنة لن يغير شيئا على الأرض", "سامي حداد")]


def test_the_second_part_of_a_family_name_stays_with_it():
    # "تشان أوغلو" always follows "تشان": part of the name, even when the article
    # calls him "تشان" alone.
    assert quotes_of(
        "وقال الوزير مراد تشان أوغلو إن المحادثات مستمرة.",
        "وقال تشان: «نعمل مع شركائنا على خطة مشتركة للحدود».",
    ) == [("نعمل مع شركائنا على خطة مشتركة للحدود", "مراد تشان أوغلو")]


def test_an_accusative_object_the_article_names_is_never_in_a_caption():
    # "حفارا" when the article writes "الحفار": the indefinite object of يشغل,
    # not part of the engineer's name; with no certain name, no speaker.
    found = guesses_of(
        "يشغل المهندس المصري سامر حفارا عملاقا لإزالة الطين عن الضفة، ويقول إن "
        "«العمل لا يتوقف ليلا ولا نهارا».",
        "ويضيف سامر على صوت الحفار: «لم أر أهلي منذ شهرين بسبب العمل».",
    )
    assert [speaker for _, speaker in found] == [None, None]


def test_the_acting_holder_of_a_post_is_a_title_after_the_name():
    assert quotes_of(
        "وقال جون ماكلين القائم بأعمال المدير التنفيذي للصندوق: "
        "«العالم تقدم كثيرا نحو حماية الغابات»."
    ) == [("العالم تقدم كثيرا نحو حماية الغابات", "جون ماكلين")]


def test_a_prepositional_phrase_between_commas_describes_the_role():
    # "الباحث، بقسم هندسة العمارة بالجامعة، فلان:": the phrase with ب between the
    # commas says where the role serves; the name after it is the speaker.
    assert quotes_of(
        "وقال الباحث المعماري، بقسم هندسة العمارة بالجامعة الوطنية، "
        "سامر بن خالد حداد: «المباني القديمة تحتاج إلى ترميم عاجل»."
    ) == [("المباني القديمة تحتاج إلى ترميم عاجل", "سامر بن خالد حداد")]


def test_a_hadith_is_a_citation_without_a_speaker():
    # The Prophet's words in a column («…») cite scripture: the Prophet is never
    # shown as a speaker of the story.
    found = guesses_of(
        "ويذكرنا الكاتب بفضل الجار، فقد قال النبي عليه الصلاة والسلام: "
        "«أحسنوا إلى جيرانكم في كل حين»."
    )
    assert [speaker for _, speaker in found] == [None]


def test_a_clause_opener_is_never_part_of_a_name():
    # "فيما اختار فلان": فيما (while) opens a clause; it and the verb after it are
    # never the start of someone's name.
    assert quotes_of(
        "عزف سامي حداد مقطوعتين، فيما اختار ميشال دوران أن يقدم لحنا جديدا.",
        "وقال دوران: «هذا اللحن كتبته في دقائق قليلة قبل الحفل».",
    ) == [("هذا اللحن كتبته في دقائق قليلة قبل الحفل", None)]


def test_the_red_crescent_is_one_name_and_its_spokesman_is_named_after_it():
    assert quotes_of(
        "وأوضح الناطق باسم الهلال الأحمر بمدينة الساحل سامر الحربي: "
        "«الفرق وصلت إلى الموقع خلال دقائق»."
    ) == [("الفرق وصلت إلى الموقع خلال دقائق", "سامر الحربي")]


def test_existence_after_a_speech_verb_is_its_object_not_a_speaker():
    # "أكدت وجود عيوب": وجود opens the verb's object, so it never names anyone.
    assert guesses_of(
        "وعن التقارير التي أكدت وجود عيوب كثيرة في المبنى، قال: "
        "«سنصلح كل شيء قبل موعد الافتتاح»."
    ) == [("سنصلح كل شيء قبل موعد الافتتاح", None)]


def test_a_ship_named_in_quotation_marks_is_a_name_not_speech():
    assert (
        guesses_of(
            "وأعلن المدير الإقليمي سامر حداد في بيان رسو السفينة «نجمة البحر الكبيرة» "
            "في الميناء صباح اليوم."
        )
        == []
    )


def test_a_quoted_year_with_its_era_is_a_figure_not_speech():
    assert (
        guesses_of(
            "وأعلنت اللجنة المنظمة أن المعرض يفتتح في دورته "
            "«1447هـ - 2025م» بمشاركة واسعة."
        )
        == []
    )


def test_a_books_title_after_its_authors_name_is_not_speech():
    # "كتاب العالم البريطاني فلان «…»": a work, its author, then its title.
    assert (
        guesses_of(
            "وقال الباحث سامي حداد إنه أحب الفلك بعد أن قرأ في صغره كتاب "
            "العالم البريطاني جون ماكلين «أسرار النجوم البعيدة»."
        )
        == []
    )


def test_a_fathers_name_never_resolves_to_his_son():
    # "سلطان بن عبد الرحمن" names the son; "الملك عبد الرحمن" is the father.
    assert quotes_of(
        "وأشاد الأمير سلطان بن عبد الرحمن بالمشروع في كلمته أمس.",
        "ويقول الملك عبد الرحمن في إحدى خطبه القديمة: «العمل هو طريق الأمم إلى المجد».",
    ) == [("العمل هو طريق الأمم إلى المجد", "عبد الرحمن")]


def test_a_reply_given_to_the_subject_is_not_his_words():
    # "ليكون الرد عليه: «…»": the reply someone gave him, not what he said.
    assert guesses_of(
        "وأوضح سامر حداد أنه يذهب إلى الإدارة كل أسبوع ليكون الرد عليه: "
        "«سنحل المشكلة قريبا يا أخي»."
    ) == [("سنحل المشكلة قريبا يا أخي", None)]


def test_quoted_words_describing_the_speaker_before_a_colon_are_not_speech():
    # "يقول فلان «موظف في فندق قديم»: إن …": the quoted words say who he is.
    found = guesses_of(
        "من جهته يقول سامر حداد «موظف في فندق قديم بالمدينة»: "
        "إن «الإقبال هذا الصيف أكبر من أي عام مضى»."
    )
    assert [text for text, _ in found] == ["الإقبال هذا الصيف أكبر من أي عام مضى"]


def test_a_name_after_a_title_is_not_the_other_holder_of_the_title():
    # "المصور لمى الفهد" after "المصور فلان": a given name with ل and a family
    # name after the title are someone else, never the photographer named first.
    found = quotes_of(
        "وقال رئيس اللجنة المصور سامر حداد إن المسابقة ناجحة.",
        "بينما قالت المصور لمى الفهد: «الصورة تحفظ الذاكرة لأجيال قادمة».",
    )
    assert [speaker for _, speaker in found] == [None]


def test_a_house_name_never_resolves_to_a_member_of_the_house():
    # "آل منصور" is the king's house; "الأمير منصور" is another man, whom the
    # article names by one word only: no speaker rather than the king.
    assert quotes_of(
        "واستقبل الملك فيصل بن خالد آل منصور الوفد في قصره أمس.",
        "وقال الأمير منصور في كلمته: «المدينة تستحق أكثر مما قدمنا لها».",
    ) == [("المدينة تستحق أكثر مما قدمنا لها", None)]
