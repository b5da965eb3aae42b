"""Who said a quotation: the attribution routes of Arabic news writing (issue 23).

Every fixture is an Arabic sentence written for these tests.
"""

from __future__ import annotations

from tests.quote_support import guesses_of, quotes_of

# Grammar: whose verb governs the quotation -----------------------------------------


def test_a_verb_joined_in_the_sentence_keeps_the_speaker_of_its_first_quote():
    assert quotes_of(
        'وقال الوزير سامي خليل إن الميزانية "ستكون جاهزة قريبا"، '
        'مضيفا أنها "تراعي حاجات القرى البعيدة".'
    ) == [
        ("ستكون جاهزة قريبا", "سامي خليل"),
        ("تراعي حاجات القرى البعيدة", "سامي خليل"),
    ]


def test_a_verb_describing_an_indefinite_noun_is_not_the_speakers():
    # "أرقاما جديدة تذكر": figures worth mentioning; the verb describes the noun
    # before it and the quotation is not the minister's words.
    assert guesses_of(
        'وقال الوزير سامي خليل إن الزيارة كانت "مفيدة جدا"، غير أن الوفد عرض أرقاما '
        'جديدة تذكر حول "كلفة إصلاح الطرق الريفية".'
    ) == [("كلفة إصلاح الطرق الريفية", None)]


def test_a_verb_after_anna_with_a_pronoun_has_that_pronoun_as_subject():
    # "إنه طالب بتوفير": he demanded; "بتوفير" is the object, never a speaker.
    assert guesses_of(
        "وقال المدرب سامي الحداد إنه طالب بتوفير ملعب للتدريب.",
        'وأضاف: "اللاعبون يتدربون في ظروف صعبة".',
    ) == [("اللاعبون يتدربون في ظروف صعبة", "سامي الحداد")]


def test_an_institution_before_qad_and_its_verb_is_the_subject():
    assert quotes_of(
        "تصاعد الخلاف بين اللاعب واتحاد الكرة الأردني هذا الأسبوع.",
        'وكان الاتحاد قد قال عبر موقعه إنه لن يسمح "لأي جهة بتأجيج النزاع داخل صفوفه".',
    ) == [("لأي جهة بتأجيج النزاع داخل صفوفه", "اتحاد الكرة الأردني")]


def test_a_role_and_name_opening_the_sentence_are_the_subject_of_the_verb_after():
    assert quotes_of(
        'رئيس الوزراء الماليزي حسن عثمان قال في رسالة: "نرفض هذا الاعتداء تماما".'
    ) == [("نرفض هذا الاعتداء تماما", "حسن عثمان")]


def test_a_participle_takes_the_subject_of_the_verb_after_a_clause_opener():
    assert quotes_of(
        "حيث غردت المغنية سلمى ناصر بعد الحفل موجهة حديثها إلى المخرج كمال يوسف "
        'قائلة "شكرا لكل من حضر الليلة".'
    ) == [("شكرا لكل من حضر الليلة", "سلمى ناصر")]


def test_reported_words_belong_to_the_source_after_an():
    assert quotes_of(
        'ونقلت وكالة الأنباء عن الوزير سامي خليل قوله "الطريق سيفتح الأسبوع المقبل".'
    ) == [("الطريق سيفتح الأسبوع المقبل", "سامي خليل")]


def test_a_short_quoted_name_before_the_one_spoken_to_is_the_subject():
    assert quotes_of(
        'وقالت "منارة" لإذاعة محلية "سنواصل توزيع الطعام على العائلات".'
    ) == [("سنواصل توزيع الطعام على العائلات", "منارة")]


def test_a_title_before_a_long_quotation_does_not_make_it_a_name():
    # "للصحفيين" is whom she spoke to: the sentence after it is speech.
    assert quotes_of(
        'وقالت الممثلة سلمى ناصر للصحفيين "هل علينا أن نعيد كتابة التاريخ كله؟"'
    ) == [("هل علينا أن نعيد كتابة التاريخ كله؟", "سلمى ناصر")]


# Chains of verbs without a subject -----------------------------------------------


def test_a_chain_of_verbs_without_a_subject_keeps_the_speaker_speaking():
    assert quotes_of(
        'وقال الوزير سامي خليل إن "الطريق سيفتح قريبا".',
        "وأضاف أن العمل تأخر بسبب الأمطار، ولفت إلى أن الأمطار توقفت منذ يومين.",
        'وتابع: "سنراقب العمل يوما بيوم".',
    ) == [
        ("الطريق سيفتح قريبا", "سامي خليل"),
        ("سنراقب العمل يوما بيوم", "سامي خليل"),
    ]


def test_a_chain_stops_at_a_verb_with_another_subject():
    found = quotes_of(
        'وقالت الطبيبة ليلى ناصر إن "المستشفى يحتاج إلى أسرة جديدة".',
        "وقالت أخرى إن العمل صعب.",
        'وأضافت: "ننام في المستشفى أياما كثيرة".',
    )
    assert found[1] == ("ننام في المستشفى أياما كثيرة", None)


# Names: where they start and end -------------------------------------------------


def test_a_person_named_after_a_team_is_captioned_without_the_team():
    assert quotes_of(
        "اشتد النزاع بين نجم برشلونة سامي الحداد وإدارة ناديه.",
        'وقال الحداد: "لن أتنازل عن حقوقي أبدا".',
    ) == [("لن أتنازل عن حقوقي أبدا", "سامي الحداد")]


def test_underscores_of_a_hashtag_separate_the_words_of_a_name():
    assert quotes_of(
        'وصفت الفنانة #سلمى_الناصري دورها الجديد، وقالت مرام إنه "الأصعب في حياتي".',
        'وقالت الناصري: "أحببت هذه الشخصية كثيرا".',
    )[-1] == ("أحببت هذه الشخصية كثيرا", "سلمى الناصري")


def test_a_description_with_yuda_names_its_person():
    assert quotes_of(
        'إذ قال أحد القراء يُدعى كريم الهادي: "هذا الرد لا يليق بأحد".'
    ) == [("هذا الرد لا يليق بأحد", "كريم الهادي")]


def test_a_two_letter_given_name_opens_a_name():
    assert quotes_of(
        'وقال المدير العام لمصنع الألواح يو مينغ إن "الطرق الحالية لا تكفي".'
    ) == [("الطرق الحالية لا تكفي", "يو مينغ")]


def test_a_preposition_drawn_out_with_a_tatweel_ends_a_name():
    assert quotes_of(
        'وقالت الزميلة سارة بيرنار لـCNN: "الوضع مقلق جدا".',
        'وأضافت بيرنار: "لا أحد يعرف ما سيحدث".',
    )[-1] == ("لا أحد يعرف ما سيحدث", "سارة بيرنار")


def test_a_titles_name_in_quotation_marks_is_a_person_not_speech():
    found = quotes_of(
        'وأشرف على الفريق الأستاذ "حاتم الجزيري" الذي أوضح أن '
        '"الفوز جاء بعد عمل طويل".',
        'وأضاف الجزيري أن "الطلاب تدربوا كل يوم".',
    )
    assert found == [
        ("الفوز جاء بعد عمل طويل", "حاتم الجزيري"),
        ("الطلاب تدربوا كل يوم", "حاتم الجزيري"),
    ]


def test_a_family_name_with_aal_used_alone_is_the_subject():
    assert quotes_of('وقال آل الراشد في تغريدة "لم يطلب أحد دعمنا حتى الآن".') == [
        ("لم يطلب أحد دعمنا حتى الآن", "آل الراشد")
    ]


def test_a_body_named_with_bila_keeps_its_whole_name():
    assert quotes_of(
        'وقالت أطباء بلا حدود إنها ترفض "أي استغلال للمرضى أو العاملين".'
    ) == [("أي استغلال للمرضى أو العاملين", "أطباء بلا حدود")]


# Coreference: a role or title back to the full name -----------------------------


def test_a_title_with_a_possessive_pronoun_introduces_the_person_it_refers_to():
    assert quotes_of(
        "وتتابع المريضة علاجها في البيت، إذ يستطيع طبيبها كمال النجار متابعتها.",
        'وقال الطبيب إن "المتابعة من بعيد توفر وقتا كبيرا".',
    ) == [("المتابعة من بعيد توفر وقتا كبيرا", "كمال النجار")]


def test_a_role_with_coordinated_genitives_introduces_the_name_after_its_comma():
    assert quotes_of(
        "التقى المدير العام للمعهد الوطني للمسرح والموسيقى، فتحي الحداد ووفدا "
        "من الوزارة.",
        'وقال مدير المعهد الوطني للمسرح إن "التعاون بين البلدين قديم جدا".',
    ) == [("التعاون بين البلدين قديم جدا", "فتحي الحداد")]


# Not speech ----------------------------------------------------------------------


def test_words_written_on_a_banner_are_not_speech():
    found = guesses_of(
        'وقال المدرب سامي خليل إن "الفريق جاهز للمباراة".',
        'ورفع المشجعون لافتة كتب عليها "مرحبا بالأبطال في دارهم".',
    )
    assert [text for text, _ in found] == ["الفريق جاهز للمباراة"]


def test_a_negated_verb_never_opens_a_name():
    found = guesses_of(
        'وقال الوزير إن المحادثات كانت "مثمرة جدا"، لكنه لم يكشف أرقاما محددة قال '
        'إنها "ستعلن في الأسبوع المقبل".'
    )
    assert all(speaker != "يكشف أرقاما محددة" for _, speaker in found)


def test_a_plural_title_names_no_one_and_does_not_stop_the_speaker():
    # "الموظفين المتبقين سيكملون": the employees, then their verb; nobody is named,
    # so the minister is still the one speaking in the next paragraph.
    assert quotes_of(
        'وقال الوزير كمال يوسف إن "الوزارة ستفتح مكاتب جديدة".',
        "وأوضح أن الموظفين المتبقين سيكملون تدريب الشهر",
        'وأضاف: "يجب أن يكون الموظف قدوة للمواطن".',
    )[-1] == ("يجب أن يكون الموظف قدوة للمواطن", "كمال يوسف")


def test_a_subject_before_a_verb_with_its_object_speaks_in_the_next_paragraph():
    # "وكان فلان أدلى بتصريحاته": فلان made the statements; "بتصريحاته" is no one.
    assert quotes_of(
        'وقالت الشركة المنتجة في بيان إن "البرنامج سيعود في الخريف".',
        "وكان الكاتب مراد العلي أدلى بتصريحاته في مقابلة مع إذاعة محلية.",
        'وقال: "كتبت هذه الشخصيات وأنا أفكر في أصدقائي".',
    )[-1] == ("كتبت هذه الشخصيات وأنا أفكر في أصدقائي", "مراد العلي")


def test_whoever_issues_a_statement_stops_the_carried_speaker():
    found = quotes_of(
        'وكان الكاتب مراد العلي قد قال إن "الشخصيتين صديقتان فقط".',
        'لكن الشركة المنتجة أصدرت بيانا قالت فيه إن الشخصيتين "لا تمثلان أحدا".',
    )
    assert found[-1][1] != "مراد العلي"


def test_a_generic_institution_noun_refers_to_the_one_quoted_institution():
    assert quotes_of(
        'وتلقى مستخدمو منصة "رابط" رسالة تطلب منهم الدخول من جديد.',
        'وقالت الشركة في بيانها: "أعدنا ضبط رموز الدخول لحماية الحسابات".',
    ) == [("أعدنا ضبط رموز الدخول لحماية الحسابات", "رابط")]


def test_a_generic_institution_noun_stays_itself_when_two_are_quoted():
    found = guesses_of(
        'وتلقى مستخدمو منصة "رابط" ومستخدمو منصة "جسر" رسالة للدخول من جديد.',
        'وقالت الشركة في بيانها: "أعدنا ضبط رموز الدخول لحماية الحسابات".',
    )
    assert found == [("أعدنا ضبط رموز الدخول لحماية الحسابات", "الشركة")]


def test_a_noun_with_a_pronoun_after_the_verb_is_its_object_not_its_subject():
    # "وأكد حرصه على": he stressed his concern; "حرصه" is no speaker.
    assert quotes_of(
        'وقال اتحاد السباحة الأردني في بيان إن "اللاعب لم يتواصل معنا".',
        'وأكد حرصه على "مصلحة كل السباحين في البلاد".',
    )[-1] == ("مصلحة كل السباحين في البلاد", "اتحاد السباحة الأردني")


def test_an_institution_describing_itself_in_a_relative_clause_speaks():
    assert quotes_of(
        'ولكي تنضم الدولة إلى الصندوق العربي، الذي يصف نفسه بأنه "أكبر مصدر '
        'لتمويل التنمية في المنطقة"، عليها أن تقدم طلبا.'
    ) == [("أكبر مصدر لتمويل التنمية في المنطقة", "الصندوق العربي")]


def test_and_with_a_verbal_noun_after_a_title_is_not_a_name():
    # "سلامة اللاعب وتوفير حماية": and providing protection, not a player's name.
    found = guesses_of(
        "وطالب وكيل أعماله بضمان سلامة اللاعب وتوفير حماية له في المعسكر.",
        'وقال اللاعب إن "الوضع لم يعد يحتمل".',
    )
    assert all(speaker != "وتوفير حماية" for _, speaker in found)


def test_a_title_with_its_adjectives_before_the_verb_is_the_person_it_introduced():
    assert quotes_of(
        'التقى وزير الخارجية المصري سامي خليل نظيره الأردني أمس، وقال إن "اللقاء '
        'كان مفيدا".',
        'لكن الوزير المصري أوضح أن "الخلاف لم يحسم بعد".',
    )[-1] == ("الخلاف لم يحسم بعد", "سامي خليل")


def test_a_title_with_another_adjective_stands_for_no_one():
    found = guesses_of(
        'قال الرئيس الروسي ميخائيل سوكولوف إن "المحادثات صعبة".',
        'لكن الرئيس الأمريكي أوضح أن "الاتفاق قريب جدا".',
    )
    assert found[-1][1] != "ميخائيل سوكولوف"


def test_a_participle_after_kana_and_its_subject_describes_that_subject():
    assert quotes_of(
        'قال النائب سليم حداد إن "القانون ظالم".',
        'وكان رئيس الحكومة عادل منصور قد تحدث عن القانون، وقال إنه "ضروري".',
        'وكان منصور دافع قبل أيام عن القانون قائلا: "سنحمي حقوق الجميع".',
    )[-1] == ("سنحمي حقوق الجميع", "عادل منصور")


def test_the_words_of_a_statement_belong_to_its_issuer():
    assert quotes_of(
        'ونشرت منصة "رابط" بيانا جاء فيه أن "فريق الأمن اكتشف ثغرة في النظام".',
        'وجاء في البيان: "نعمل على إصلاح الثغرة خلال أيام".',
    ) == [
        ("فريق الأمن اكتشف ثغرة في النظام", "رابط"),
        ("نعمل على إصلاح الثغرة خلال أيام", "رابط"),
    ]


def test_the_words_of_a_decree_are_not_a_statement():
    assert (
        quotes_of(
            "وأصدرت الحكومة مرسوما جديدا أمس.",
            'وجاء في المرسوم: "يعمل بهذا القرار من تاريخ نشره".',
        )
        == []
    )


def test_a_name_in_apposition_between_commas_before_its_verb_is_the_subject():
    assert quotes_of(
        'وقال وزير الخارجية إن رئيس البلاد، كمال العتيبي، قال إنه "مستعد للحوار '
        'والتفاوض".'
    ) == [("مستعد للحوار والتفاوض", "كمال العتيبي")]


def test_a_preposition_with_a_pronoun_is_never_part_of_a_speaker():
    # "خلاله" (during it), "إزاء" (towards): prepositions, not names.
    found = guesses_of(
        'وعقد الوزير مؤتمرا صحفيا تحدث خلاله كمال يوسف عن "خطة الإسكان الجديدة '
        'للشباب".',
        'وأعرب الرئيس سامي خليل إزاء ذلك عن قلقه قائلا: "لن نقبل هذا القرار أبدا".',
    )
    assert all("خلاله" not in (speaker or "") for _, speaker in found)
    assert found[-1] == ("لن نقبل هذا القرار أبدا", "سامي خليل")


def test_a_relative_clause_with_a_pronoun_back_to_its_noun_has_another_subject():
    found = guesses_of(
        "ونشرت المغنية صورا لها في المدينة، وهي الصور التي كتبت تحتها قائلة "
        '"قبل الحفل بقليل جدا".'
    )
    assert found[0][1] != "الصور"


def test_a_preposition_on_a_noun_with_a_pronoun_is_never_a_speaker():
    found = guesses_of(
        'وأكد بخطوطه العريضة أن "المشروع سيكتمل قبل نهاية العام".',
    )
    assert all(speaker != "بخطوطه العريضة" for _, speaker in found)


def test_a_verb_after_idh_explains_the_sentence_and_shares_its_subject():
    assert guesses_of(
        "وتبنى التنظيم المسلح الهجوم على الثكنة، إذ قال في بيان نشره أمس إن "
        '"مقاتليه نفذوا العملية".'
    ) == [("مقاتليه نفذوا العملية", "التنظيم المسلح")]


def test_a_family_name_shared_with_a_full_name_given_in_passing_is_not_merged():
    # The writer سامر منصور and his father محمد حسن منصور: "منصور" is either.
    assert quotes_of(
        'قال الكاتب سامر منصور إن "الصورة قديمة جدا".',
        "وظهر في الصورة محمد حسن منصور، والد الكاتب.",
        'وقال منصور: "هذه أجمل أيام العائلة كلها".',
    ) == [
        ("الصورة قديمة جدا", "سامر منصور"),
        ("هذه أجمل أيام العائلة كلها", None),
    ]


def test_a_role_without_a_title_keeps_the_full_name_after_it():
    # "المستثمر العقاري" heads no listed title, but a given name and a family name
    # closing the subject before "إن" are the person it introduces.
    assert quotes_of(
        'وقال المستثمر العقاري سامي الفارس إن "الطلب على الشقق الصغيرة يرتفع".'
    ) == [("الطلب على الشقق الصغيرة يرتفع", "سامي الفارس")]


def test_a_noun_joined_to_an_institution_is_not_a_name():
    assert guesses_of(
        'وقالت الهيئة العامة للمياه وحماية السواحل إن "المخزون يكفي حتى الصيف".'
    ) != [("المخزون يكفي حتى الصيف", "وحماية السواحل")]


def test_a_short_quoted_medium_spoken_to_is_not_speech():
    # "لـ«…» إن": the channel is the one spoken to; the words follow "إن".
    assert quotes_of(
        'وقال الوزير سامي خليل لـ"صوت الساحل اليوم" إن الطريق سيفتح قريبا.',
        'وقال الوزير سامي خليل لـ"صوت الساحل اليوم": "الطريق سيفتح قريبا جدا".',
    ) == [("الطريق سيفتح قريبا جدا", "سامي خليل")]


def test_spokesmen_of_two_bodies_are_two_people():
    # Both speak "on behalf of" a body; the second is never the first by role.
    found = quotes_of(
        "وقال المتحدث الرسمي باسم إدارة الطرق العقيد سالم الحربي: "
        '"أغلقنا الطريق ساعتين".',
        "وقال المتحدث الرسمي باسم جمعية الإسعاف الأهلية: "
        '"نقلنا المصابين إلى المستشفى".',
    )
    assert found[0] == ("أغلقنا الطريق ساعتين", "سالم الحربي")
    assert found[1][1] != "سالم الحربي"


def test_someone_named_in_reported_words_does_not_take_over_the_speaker():
    # The president is what the minister reported; "وأضاف" continues the minister.
    assert quotes_of(
        "قال وزير الخارجية سامر الحلبي إن الرئيس خالد المنصور أعلن أنه سيزور "
        "العاصمة الشهر المقبل.",
        'وأضاف أن "الزيارة ستفتح صفحة جديدة بين البلدين".',
    ) == [("الزيارة ستفتح صفحة جديدة بين البلدين", "سامر الحلبي")]


def test_a_verb_with_a_subject_of_its_own_never_carries_the_last_speaker():
    # "وقال فان غال:" has a subject of its own (the Dutch particle opens a
    # name): never the coach quoted before.
    assert quotes_of(
        'وقال مدرب الفريق كريم النجار إن "المباراة كانت صعبة علينا".',
        'وقال فان غال: "نحن جاهزون للقاء المقبل بكل قوة".',
    ) == [
        ("المباراة كانت صعبة علينا", "كريم النجار"),
        ("نحن جاهزون للقاء المقبل بكل قوة", "فان غال"),
    ]


def test_a_name_quoted_after_its_noun_is_a_name_when_quoted_again():
    # The company's quoted name, quoted again without "شركة", is no speech.
    assert quotes_of(
        'أعلنت الوزارة شراكة مع شركة "نور الشرق الجديدة" لتطوير الشبكة.',
        'وقال الوزير سامي خليل إن "الشبكة ستصل إلى كل القرى".',
        'واستضاف المنتدى متحدثين من شركات كبرى مثل "نور الشرق الجديدة" وغيرها.',
    ) == [("الشبكة ستصل إلى كل القرى", "سامي خليل")]


def test_a_heading_after_a_colon_is_not_speech():
    # "تحت عنوان:" quotes a newspaper's headline, even after its quoted name.
    assert (
        guesses_of(
            'انتقدت صحيفة "الأفق الجديد" الوزير سامي خليل أمس.',
            'وكتبت "الأفق الجديد" تحت عنوان: "زمن التحولات الكبرى في المنطقة"، '
            "وقالت إن الوزير أخطأ.",
        )
        == []
    )


def test_a_paragraph_with_the_speaker_as_subject_keeps_him_speaking():
    # The paragraph between the two quotations names him by his title as the
    # subject of its verb: "وقال" after it still continues him.
    assert quotes_of(
        'وقال الرئيس التشادي سالم عبدالله حداد: "الحرب ستنتهي قريبا جدا".',
        "ووجه الرئيس التشادي الراحل انتقادات إلى خصومه في العاصمة.",
        'وقال إن خصومه "أتوا بأفكار غريبة عن البلاد".',
    ) == [
        ("الحرب ستنتهي قريبا جدا", "سالم عبدالله حداد"),
        ("أتوا بأفكار غريبة عن البلاد", "سالم عبدالله حداد"),
    ]


def test_a_paragraph_with_another_subject_stops_the_speaker():
    assert quotes_of(
        'وقال الرئيس التشادي سالم عبدالله حداد: "الحرب ستنتهي قريبا جدا".',
        "ووجه وزير الخارجية سامر الحلبي انتقادات إلى خصومه في العاصمة.",
        'وقال إن خصومه "أتوا بأفكار غريبة عن البلاد".',
    )[-1] == ("أتوا بأفكار غريبة عن البلاد", None)


def test_a_name_given_after_an_institution_noun_is_an_institution_however_short():
    # "شركة زينكو": the company's one-word name speaks for the company.
    assert quotes_of(
        "الوزير سامي خليل زار المصنع الذي تبنيه شركة زينكو في المدينة.",
        'وقالت زينكو إن "العرض يعكس ثقتنا في السوق المحلية".',
    )[-1] == ("العرض يعكس ثقتنا في السوق المحلية", "زينكو")


def test_a_short_quoted_institution_name_is_not_speech():
    # "جامعة …" in a few quoted words names the university that did the study.
    assert (
        quotes_of(
            'وكشفت الدراسة التي أعدتها "جامعة النخيل الوطنية" أن نصف الطلاب يعملون.',
        )
        == []
    )


def test_a_short_description_after_that_is_still_words_said():
    assert quotes_of(
        'ووصف الوزير سامي خليل، أمس، الاتفاق بأنه "تحالف مؤقت هش".',
    ) == [("تحالف مؤقت هش", "سامي خليل")]


def test_the_object_after_a_family_name_is_not_part_of_the_name():
    # "دانيال" alone speaks later: the name ends there, "الهجوم" is the object.
    assert quotes_of(
        'ووصف رئيس الوزراء سامر دانيال الهجوم بأنه "عمل جبان لن يمر دون عقاب".',
        'وقال دانيال في بيان "سنلاحق المسؤولين عن الهجوم أينما كانوا".',
    ) == [
        ("عمل جبان لن يمر دون عقاب", "سامر دانيال"),
        ("سنلاحق المسؤولين عن الهجوم أينما كانوا", "سامر دانيال"),
    ]


def test_a_compound_name_with_allah_is_kept_whole():
    assert quotes_of(
        'وقال الأمين العام للحزب حسن نصر الله "لن نتراجع عن مواقفنا".',
        'وقال نصر الله "الحوار هو الطريق الوحيد".',
    ) == [
        ("لن نتراجع عن مواقفنا", "حسن نصر الله"),
        ("الحوار هو الطريق الوحيد", "حسن نصر الله"),
    ]


def test_a_plural_verb_has_a_group_for_subject_never_the_noun_after_it():
    # "وكرروا": they repeated; "مطالب الحكومة" is the object, no speaker.
    found = guesses_of(
        'وقال الوزير سامي خليل إن "الاتفاق سيوقع الشهر المقبل".',
        'وكرروا مطالب الحكومة بأن "تفتح الحدود أمام التجارة فورا".',
    )
    assert found[-1] == ("تفتح الحدود أمام التجارة فورا", None)


def test_the_verb_after_that_with_a_pronoun_and_a_negation_has_that_subject():
    # "أنه لا يرى مكانا لـ…": he sees no place for …, not "مكانا" speaking.
    found = guesses_of(
        'وقال الوزير سامي خليل إن "الحل سياسي".',
        "وأكد أنه لا يرى مكانا للجماعات المسلحة في الحكومة المقبلة، مضيفا "
        '"لا أجد طريقا لوقف العنف قريبا".',
    )
    assert all(speaker != "مكانا للجماعات" for _, speaker in found)
    assert found[-1] == ("لا أجد طريقا لوقف العنف قريبا", "سامي خليل")


def test_a_noun_after_a_quantifier_is_no_subject_before_its_verb():
    # "أي إضافة صناعية" is the genitive of "أي", not someone who "يقول".
    found = guesses_of(
        "ويقدم المطعم أطباقا خالية من أي إضافة صناعية يقول: "
        '"نحافظ على الجودة في كل المواسم".',
    )
    assert all(speaker != "إضافة صناعية" for _, speaker in found)


def test_a_verb_after_and_he_has_him_for_subject():
    # "وهو يتابع جرافة ضخمة": he watches a digger; the digger says nothing.
    found = guesses_of(
        "ويوضح المهندس سامي خليل وهو يتابع جرافة ضخمة ترفع الرمال إن "
        '"العمل يسير وفق الخطة الموضوعة".',
    )
    assert found == [("العمل يسير وفق الخطة الموضوعة", "سامي خليل")]


def test_lack_of_after_a_verb_is_its_object_not_a_speaker():
    # "وأكد عدم تسجيل أي عطل": he stressed there was no fault; nobody named "عدم".
    found = guesses_of(
        'وقال مدير الجامعة سامي خليل إن "القبول أصبح إلكترونيا بالكامل".',
        "وأكد عدم تسجيل أي عطل في بوابة التسجيل هذا الفصل.",
        'وأضاف: "كل الطلبات تراجع مرتين قبل القبول".',
    )
    assert found[-1] == ("كل الطلبات تراجع مرتين قبل القبول", "سامي خليل")


def test_a_foreign_name_that_looks_like_bi_and_the_article_is_a_name():
    # "بالما": ب+ال never stands on a particle (ما), so this is a family name.
    assert quotes_of(
        'وقال ماركو بالما، مدير الأبحاث في الشركة: "الطلب يرتفع بسرعة كبيرة".'
    ) == [("الطلب يرتفع بسرعة كبيرة", "ماركو بالما")]


def test_a_given_name_resolves_to_the_full_name_after_a_verb_opening_a_clause():
    # "، وأبعد نجيب صادق،": a clause after a comma opens with its verb; the
    # name set off by a comma after it is a person, whom "نجيب" later names.
    assert quotes_of(
        "فالرئيس عاد إلى الحكم، وأبعد نجيب صادق، الذي كان من أتباعه.",
        'ووصف نجيب التكتل الجديد بأنه "تحالف مؤقت سينهار قريبا".',
    ) == [("تحالف مؤقت سينهار قريبا", "نجيب صادق")]


def test_a_post_on_an_account_is_the_account_owners():
    # "وجاء في تغريدة على حساب فلان": the tweet's words are the owner's.
    assert quotes_of(
        'وقال الوزير سامي خليل إن "الأمل يصنع المستقبل".',
        "وجاء في تغريدة على حساب الوزير سامي خليل في تويتر أن "
        '"العمل التطوعي مفتوح للجميع".',
    )[-1] == ("العمل التطوعي مفتوح للجميع", "سامي خليل")


def test_the_name_a_verb_of_describing_is_followed_by_is_what_it_describes():
    # "يصف نادر بأنه": he describes Nader as …; Nader is not speaking.
    found = guesses_of(
        "وقال زعيم المعارضة كمال صادق إن الانتخابات ستجرى في موعدها.",
        'وظل الزعيم يصف نادر بأنه "غير صالح لقيادة البلاد".',
    )
    assert found == [("غير صالح لقيادة البلاد", "كمال صادق")]


def test_a_full_name_after_a_title_with_lam_is_the_titled_person():
    # "خطابا للرئيس الراحل فلان الفلاني،": the late president is that person.
    assert quotes_of(
        "أذاعت محطة محلية خطابا مسجلا للرئيس الراحل سالم عبدالله حداد، قبل وفاته.",
        'وقال الرئيس الراحل إن "الحرب ستنتهي قريبا جدا".',
    ) == [("الحرب ستنتهي قريبا جدا", "سالم عبدالله حداد")]


def test_the_people_someone_accuses_do_not_take_over_the_speaker():
    # "واتهم المتمردين بنهب": the rebels are accused, nobody new speaks; and a
    # plural nisba after a preposition ("على اليمنيين") names no person.
    for accusation in (
        "واتهم المتمردين بنهب الرواتب.",
        "وحذر من الخطر على اليمنيين ونهب الرواتب.",
    ):
        assert quotes_of(
            'وقال الوزير سامي خليل إن "الوضع مستقر تماما".',
            f"ووجه الوزير انتقادات هي الأعنف لخصومه، {accusation}",
            'وقال إن "الأمن سيعود قريبا جدا".',
        )[-1] == ("الأمن سيعود قريبا جدا", "سامي خليل")


def test_a_noun_with_a_copula_after_a_title_is_no_name():
    # "انتقادات هي الأشد": criticism that is the harshest, not a person.
    found = guesses_of(
        "أذاعت محطة محلية خطابا مسجلا للرئيس الراحل سالم عبدالله حداد، قبل وفاته.",
        'وقال الرئيس الراحل: "الحرب ستنتهي قريبا جدا".',
        "ووجه الرئيس التشادي الراحل انتقادات هي الأشد على خصومه.",
        'وقال إن خصومه "أتوا بأفكار غريبة عن البلاد".',
    )
    assert all(speaker != "انتقادات" for _, speaker in found)
    assert found[-1] == ("أتوا بأفكار غريبة عن البلاد", "سالم عبدالله حداد")


def test_an_explaining_verb_shares_the_subject_fronted_after_but_that():
    # "إلا أن سلمى توعدت …، حيث قالت": the clause after أن opens with Salma.
    assert quotes_of(
        'وقالت الفنانة سلمى خليل إن "المقلب كان قاسيا".',
        'ورد عليها زميلها الفنان سامر نادر قائلا: "لم أقصد الإساءة أبدا".',
        "إلا أن سلمى توعدت سامر نادر بالرد، وأن يقع هو ضحية لها، حيث قالت "
        '"سأرد عليك في الوقت المناسب".',
    )[-1] == ("سأرد عليك في الوقت المناسب", "سلمى خليل")


def test_the_site_speaking_is_the_site_of_the_titled_person_named_before():
    # "موقع الشيخ فلان" then "وأضاف الموقع": the sheikh's site, in full.
    assert quotes_of(
        "وذكر موقع الشيخ سامي خليل أن العمل في المبادرة بدأ أمس.",
        'وأضاف الموقع أن "المبادرة مفتوحة لكل شباب الحي".',
    ) == [("المبادرة مفتوحة لكل شباب الحي", "موقع الشيخ سامي خليل")]


def test_a_rank_in_two_words_keeps_the_name_after_it():
    # "الفريق أول فلان": the rank is two words; not another "الفريق".
    assert quotes_of(
        'وقال قائد الأركان الفريق سامر نادر إن "العمليات مستمرة في الشمال".',
        'وشدد الفريق أول كمال صادق قائد القوات البرية على أن "الحدود آمنة تماما".',
    )[-1] == ("الحدود آمنة تماما", "كمال صادق")


def test_a_preposition_with_us_is_never_part_of_a_name():
    found = guesses_of(
        "وحسب ما يذكر لنا جاكسون، فإن القصر بني قبل خمسة قرون.",
        'ويشير جاكسون إلى الجدار قائلا: "هنا علقت اللوحات القديمة".',
    )
    assert all(speaker != "لنا جاكسون" for _, speaker in found)


def test_a_lineage_with_bin_is_one_full_name():
    # "سامي بن ماجد بن عبدالرحمن": بن does not count toward a name's length.
    assert quotes_of(
        "أكد الأمير سامي بن ماجد بن عبدالرحمن، أمير المنطقة، أن المهرجان نجح.",
        'ووعد الأمير سامي الشباب بفعاليات جديدة، وقال: "سنعمل من أجلكم في كل المواسم".',
    )[-1] == ("سنعمل من أجلكم في كل المواسم", "سامي بن ماجد بن عبدالرحمن")


def test_a_quantifier_after_a_name_opens_the_object():
    assert quotes_of(
        'وقال الشيخ سامي بن خالد إن "الأمل يصنع المستقبل".',
        'ودعا الشيخ سامي بن خالد جميع أبناء الوطن إلى "المشاركة في رحلة العطاء".',
    )[-1] == ("المشاركة في رحلة العطاء", "سامي بن خالد")


def test_an_accusative_of_manner_after_the_verb_is_no_subject():
    # "وأضاف مدافعا:": he added, defending; the speaker is still the one before.
    assert quotes_of(
        'وقال الكاتب سامي خليل إن "الحادث مؤلم للجميع".',
        'وأضاف مدافعا: "لم يكن أمامنا خيار آخر في تلك الليلة".',
    )[-1] == ("لم يكن أمامنا خيار آخر في تلك الليلة", "سامي خليل")


def test_the_word_after_bin_is_a_name_even_when_it_is_also_a_noun():
    # "بن مساعد": مساعد is also "assistant", but after بن it is the father.
    assert quotes_of(
        "كشف الأمير سامي بن مساعد بن فهد الرئيس العام للهيئة أن القرار صدر.",
        'وقال الأمير سامي بن مساعد في تصريح: "القرار يخدم جميع الأندية".',
    ) == [("القرار يخدم جميع الأندية", "سامي بن مساعد بن فهد")]


def test_a_name_opening_with_hamza_alef_lam_is_not_a_definite_noun():
    # "ألفاريز" folds to the letters of the article, but carries no article.
    assert quotes_of(
        "قال السيناتور ليونيل ألفاريز، عضو الحزب في الولاية: "
        '"طلبنا التهدئة من الجميع".',
        "ويعمل ألفاريز مع السيناتور دانا بيرس على مشروع قانون جديد.",
    ) == [("طلبنا التهدئة من الجميع", "ليونيل ألفاريز")]


def test_a_definite_singular_noun_opening_a_caption_is_a_role_not_a_name():
    # "المفكر الإسلامي" describes someone (it may be the man named before); a
    # name never opens with the article, so it is not shown as one.
    assert quotes_of(
        'وأعلن سامي خليل المتحدث باسم الوزارة أن "الأجواء عادت إلى طبيعتها".',
        'ودعا المفكر الإسلامي الشباب إلى "التعاون مع رجال الأمن دائما".',
    )[-1] == ("التعاون مع رجال الأمن دائما", None)


def test_a_coalition_is_an_institution():
    assert quotes_of(
        'وقال الائتلاف الوطني للإصلاح في بيان إن "الانتخابات لم تكن نزيهة".',
        "وكان رئيس الائتلاف سامي خليل قد دعا إلى الهدوء.",
    )[0] == ("الانتخابات لم تكن نزيهة", "الائتلاف الوطني للإصلاح")


def test_the_institution_someone_accuses_is_not_the_speaker():
    # "ويتهم البنك الإقليمي، في الوقت نفسه، بأنه "…"": the bank is accused.
    found = quotes_of(
        'وقال الباحث سامي خليل إن "البيانات الاقتصادية شحيحة".',
        'ويتهم البنك الإقليمي، في الوقت نفسه، بأنه "جهة لا تعنيها حقوق العمال".',
    )
    assert ("جهة لا تعنيها حقوق العمال", "البنك الإقليمي") not in found


def test_the_object_after_a_full_name_the_article_gives_is_not_part_of_it():
    # "نظيره الكيني كمال صادق قضايا مرتبطة": the person, then the object.
    found = quotes_of(
        "وسيبحث الوزير مع نظيره الكيني كمال صادق قضايا مرتبطة بالتجارة.",
        "ووصل الرئيس الكيني كمال صادق إلى العاصمة أمس.",
        'وقال صادق: "الاقتصاد أولويتنا الأولى هذا العام".',
    )
    assert found == [("الاقتصاد أولويتنا الأولى هذا العام", "كمال صادق")]


def test_a_quoted_name_before_a_colon_is_the_subject_not_a_quote():
    # "وقال مدير المركز "فلان الفلاني": إن …": the quoted words are his name.
    assert (
        guesses_of(
            'وقال مدير المركز الوطني للإغاثة "سامي خالد خليل": إن القوافل تحركت.',
        )
        == []
    )


def test_a_quoted_family_name_as_subject_is_the_person_named_in_full():
    assert quotes_of(
        'وقال مدير المشاريع سلطان عاطف القرشي إن "العمل يسير كما خطط له".',
        'وأردف "القرشي": "الرواق القديم سيعاد بناؤه خلال عامين".',
    )[-1] == ("الرواق القديم سيعاد بناؤه خلال عامين", "سلطان عاطف القرشي")


def test_a_quoted_family_name_two_people_share_gets_no_speaker():
    assert quotes_of(
        'وقال المتحدث باسم الدفاع المدني سامر العنزي: "الحريق تحت السيطرة".',
        'وقال المتحدث باسم الهلال الأحمر خالد مرضي العنزي: "نقلنا المصابين".',
        'وأضاف "العنزي": "حالة المصابين مستقرة الآن".',
    )[-1] == ("حالة المصابين مستقرة الآن", None)


def test_a_verb_with_and_in_the_feminine_past_is_never_a_name():
    # "واستغربت المصادر …، وقالت": the sources were surprised; no one is named.
    found = guesses_of(
        "قال المرشح سامي الدوسري إن الانتخابات نزيهة. الدوسري واستغربت المصادر "
        "نفسها أن يتم التشكيك في النتائج، وقالت "
        '"هم يعتمدون على معلومات غير دقيقة".',
    )
    assert found == [("هم يعتمدون على معلومات غير دقيقة", None)]


def test_a_family_name_in_i_after_a_lineage_closes_the_name_before_its_object():
    # "العميد فلان بن فلان العتيبي التفجير": the nisba family name, then the
    # verb's object.
    assert quotes_of(
        "استنكر العميد سامي بن سعد العتيبي التفجير الذي وقع في المسجد.",
        'وقال العميد العتيبي: "هذا العمل إجرامي ومشين".',
    ) == [("هذا العمل إجرامي ومشين", "سامي بن سعد العتيبي")]


def test_the_title_of_an_operetta_is_not_speech():
    assert (
        quotes_of(
            'وأوضح المشرف سامي خليل أن الحفل يتضمن أوبريت "حكاية بحر وقصة مدينة".'
        )
        == []
    )


# A verb joined to the sentence's verb shares its subject (issue 23, round 5) --------


def test_a_verb_joined_by_and_after_a_comma_shares_the_subject_of_the_opening_verb():
    # "كشف فلان عن …، وقال إن": the joined verb has no subject of its own; the
    # town named as an object in between is not who speaks.
    assert quotes_of(
        "كشف المهندس نادر سليم، أمس، عن خطة لتوسيع ميناء بنغازي الغربي، "
        'وقال إن العمال "سيبدأون الحفر مطلع العام المقبل".'
    ) == [("سيبدأون الحفر مطلع العام المقبل", "نادر سليم")]


def test_a_verb_joined_by_kama_shares_the_subject_of_the_opening_verb():
    assert quotes_of(
        "ودافعت الكاتبة ليلى منصور في حوار إذاعي عن روايتها الأخيرة، كما أكدت أن "
        'النقاد "لم يقرأوا الفصل الأخير بعناية".'
    ) == [("لم يقرأوا الفصل الأخير بعناية", "ليلى منصور")]


def test_for_his_part_before_the_opening_verb_leaves_its_subject_to_the_joined_verb():
    assert quotes_of(
        "بدوره، دعا الوزير كريم عبيد المزارعين إلى الصبر، وقال: "
        '"سنعوض كل من خسر محصوله هذا الموسم".'
    ) == [("سنعوض كل من خسر محصوله هذا الموسم", "كريم عبيد")]


def test_a_joined_verb_with_a_subject_of_its_own_is_not_the_opening_verbs():
    # "وقالت مديرته": someone else speaks, named after the joined verb.
    assert quotes_of(
        "استقبل الوزير كريم عبيد وفد المزارعين في مكتبه، وقالت المتحدثة سلوى "
        'حداد: "اللقاء استمر ساعتين".'
    ) == [("اللقاء استمر ساعتين", "سلوى حداد")]


def test_a_plural_joined_verb_gives_no_speaker():
    assert quotes_of(
        "استقبل الوزير كريم عبيد وفد المزارعين في مكتبه، وقالوا إن المحصول "
        '"تلف بالكامل بسبب الصقيع".'
    ) == [("تلف بالكامل بسبب الصقيع", None)]


def test_a_participle_after_a_joined_speech_verb_keeps_the_opening_subject():
    # "وأشار فلان …، كما أوضح …، مضيفا": the joined verb has no subject of its
    # own, so it does not stand between the participle and the sentence's subject.
    assert quotes_of(
        "وأشار المهندس نادر سليم إلى أن العمال بذلوا جهدا كبيرا، كما أوضح أن "
        'الأمطار أخرت العمل، مضيفا أن الجسر "سيفتتح قبل نهاية الصيف".'
    ) == [("سيفتتح قبل نهاية الصيف", "نادر سليم")]


def test_a_joined_verb_without_a_comma_before_it_shares_the_opening_subject():
    assert quotes_of(
        "واعتبر المدرب البرازيلي ماركو سيلفا أن فريقه يملك الأفضلية وقال: "
        '"سنلعب للفوز من الدقيقة الأولى".'
    ) == [("سنلعب للفوز من الدقيقة الأولى", "ماركو سيلفا")]


# An unnamed source introduced indefinite, then definite (issue 23, round 5) --------


def test_a_definite_source_is_the_unnamed_source_introduced_before():
    assert quotes_of(
        "وقال مصدر أمني إن الانفجار وقع قرب السوق الشعبي.",
        'وأضاف المصدر أن الشرطة "وصلت بعد ساعة كاملة من الانفجار".',
    ) == [("وصلت بعد ساعة كاملة من الانفجار", "مصدر أمني")]


def test_a_definite_source_with_two_unnamed_sources_before_stays_as_written():
    assert guesses_of(
        "وقال مصدر أمني إن الانفجار وقع قرب السوق، وقال مصدر طبي إن الجرحى كثر.",
        'وأضاف المصدر أن الشرطة "وصلت بعد ساعة كاملة من الانفجار".',
    ) == [("وصلت بعد ساعة كاملة من الانفجار", "المصدر")]


def test_the_one_told_is_no_part_of_an_unnamed_source():
    assert quotes_of(
        "وقال متحدث باسم السجن للقناة الرسمية إن السجين نقل أمس.",
        'وأضاف المتحدث: "لا نرى في الرجل أي خطر على أحد".',
    ) == [("لا نرى في الرجل أي خطر على أحد", "متحدث باسم السجن")]


# A verb agrees in gender with the person it carries (issue 23, round 5) -------------


def test_a_feminine_verb_does_not_carry_a_man_named_before():
    # "وقال فلان …" then "وأضافت:": a woman speaks, not the man named before.
    assert quotes_of(
        "وقال المدرب سامي خليل إن التدريبات انتهت أمس.",
        'وأضافت: "سنلعب للفوز من البداية".',
    ) == [("سنلعب للفوز من البداية", None)]


def test_a_verb_of_the_same_gender_still_carries_the_person():
    assert quotes_of(
        "وقالت المدربة سلمى خليل إن التدريبات انتهت أمس.",
        'وأضافت: "سنلعب للفوز من البداية".',
    ) == [("سنلعب للفوز من البداية", "سلمى خليل")]


def test_an_institution_carries_with_a_verb_of_either_gender():
    # "وقالت الشركة" then "وأضاف": a company speaks through its statement too.
    assert quotes_of(
        "وقالت شركة كومتك إن أرباحها ارتفعت هذا العام.",
        'وأضاف: "سنفتتح فروعا جديدة قريبا".',
    ) == [("سنفتتح فروعا جديدة قريبا", "كومتك")]


def test_a_listed_connective_without_a_comma_before_the_opening_verb_is_fronted():
    # "من جانبه علق فلان …، قائلا": the connective is no comma away from the verb.
    assert quotes_of(
        "من جانبه علق المهندس نادر سليم على قرار البلدية قائلا: "
        '"العمل سيستمر حتى نهاية الشهر".'
    ) == [("العمل سيستمر حتى نهاية الشهر", "نادر سليم")]


def test_a_name_then_its_role_between_commas_is_the_subject_of_the_verb_after():
    assert quotes_of(
        'العميد نادر سليم، المسؤول في وزارة النقل البحري، أشار إلى "ضرورة مراقبة '
        'الحدود ليلا".'
    ) == [("ضرورة مراقبة الحدود ليلا", "نادر سليم")]


def test_a_name_that_looks_like_kaf_on_a_verb_is_still_a_name():
    # "كيري" reads as ك + يرى, but ك (like) never takes a verb: a foreign name.
    assert quotes_of(
        "قال وزير الخارجية آدم كيري إن الاتفاق جيد.",
        'وأضاف كيري: "سنراقب تطبيق الاتفاق بدقة".',
    ) == [("سنراقب تطبيق الاتفاق بدقة", "آدم كيري")]


def test_a_joined_verb_of_another_gender_does_not_share_the_opening_subject():
    # "أعلن فلان أن الحكومة قررت …، وقالت إنها": the feminine verb is the
    # government's, not the minister's.
    assert quotes_of(
        "أعلن الوزير نادر سليم أن الحكومة قررت رفع الأسعار، وقالت إنها "
        '"ستدعم الأسر الفقيرة هذا العام".'
    ) == [("ستدعم الأسر الفقيرة هذا العام", None)]


def test_a_participle_agrees_with_the_subject_of_the_opening_verb():
    assert quotes_of(
        "كشفت الوزيرة سلمى خليل عن خطة لرفع الأسعار، قائلة إن الحكومة "
        '"ستدعم الأسر الفقيرة هذا العام".'
    ) == [("ستدعم الأسر الفقيرة هذا العام", "سلمى خليل")]


def test_a_relative_clause_on_the_speaker_does_not_hide_the_speech_verb():
    # "الذي يدير المركز منذ عامين" describes the subject of قال; the quotation
    # is what he said, with no comma around the relative clause.
    assert quotes_of(
        "وقال خالد المطيري الذي يدير المركز منذ عامين "
        '"نستقبل مئات الزوار كل أسبوع في الصيف."'
    ) == [("نستقبل مئات الزوار كل أسبوع في الصيف.", "خالد المطيري")]


def test_a_speech_verb_inside_the_relative_clause_is_not_the_main_verb():
    # The main verb أشاد is no speech verb and "الذي قال" belongs to the coach:
    # never the minister; no speaker rather than a guess.
    assert quotes_of(
        "وأشاد الوزير سامي الحربي بالمدرب عادل نصار الذي قال بعد المباراة "
        '"لعبنا بروح الفريق الواحد حتى النهاية".'
    ) == [("لعبنا بروح الفريق الواحد حتى النهاية", None)]


def test_the_given_name_ali_after_bin_stays_in_the_name():
    # علي folds into the preposition على; after بن it is the father's name.
    assert quotes_of(
        'وقال الشيخ ناصر بن علي الزرعوني "سنفتح باب التسجيل للطلاب الجدد غدا".'
    ) == [("سنفتح باب التسجيل للطلاب الجدد غدا", "ناصر بن علي الزرعوني")]


def test_a_family_name_alone_after_an_opening_verb_makes_that_person_the_topic():
    # The sentence before the quotation is about the player named in full
    # earlier; its verb is not one of speech, and وقال has no subject of its own.
    assert quotes_of(
        "بدأ الخلاف بين اللاعب سامي الكعبي والنادي منذ أسابيع.",
        "اشتكى الكعبي من طريقة تعامل النادي مع رسائله.",
        'وقال عبر صفحته: "لم يرد أحد من الإدارة على رسائلي حتى الآن".',
    ) == [("لم يرد أحد من الإدارة على رسائلي حتى الآن", "سامي الكعبي")]


def test_thus_after_a_quotation_opening_its_sentence_names_the_speaker():
    # "هكذا" / "بهذه الكلمات" point back to the words just quoted; the verb's
    # subject said them, whatever the verb.
    assert quotes_of(
        '"المدينة تستحق حدائق أكثر في كل حي". هكذا وصف رئيس البلدية فهد العلي '
        "خطته الجديدة."
    ) == [("المدينة تستحق حدائق أكثر في كل حي", "فهد العلي")]
    assert quotes_of(
        "«سنعود أقوى في الموسم المقبل».. بهذه الكلمات علق مدرب الفريق نادر "
        "سليم على الخسارة."
    ) == [("سنعود أقوى في الموسم المقبل", "نادر سليم")]


def test_thus_with_a_verb_in_the_first_person_names_nobody():
    assert guesses_of('"شاب يخسر عمله بسبب تغريدة"، هكذا نتصور القضية.') == []


def test_a_name_set_off_after_a_role_with_another_person_is_the_roles_holder():
    # The agent of the player: the player is the role's genitive, and the
    # name between commas is the agent.
    assert quotes_of(
        'وقال وكيل اللاعب المصري سامي الكعبي، فهد العلي، "لم يتلق أحد عرضا '
        'رسميا حتى الآن".'
    ) == [("لم يتلق أحد عرضا رسميا حتى الآن", "فهد العلي")]
    # A role after the comma is the first name's own role.
    assert quotes_of(
        'وقال وزير الخارجية سامح الفلاني، رئيس الوفد، إن "المحادثات كانت مثمرة".'
    ) == [("المحادثات كانت مثمرة", "سامح الفلاني")]


def test_a_statement_after_jaa_fi_speaks_for_the_issuer_named_after_it():
    assert quotes_of(
        "وجاء في رسالة صادرة عن هيئة المتاحف أن "
        '"عدد الزوار زاد كثيرا عن العام الماضي".',
        'وجاء في تقرير لمجلس الحي أن "المعرض القادم سيقام في مدينة أخرى".',
    ) == [
        ("عدد الزوار زاد كثيرا عن العام الماضي", "هيئة المتاحف"),
        ("المعرض القادم سيقام في مدينة أخرى", "مجلس الحي"),
    ]
    # عن alone may name what the report is about, not who issued it.
    assert (
        quotes_of('وجاء في تقرير عن وزارة الصحة أن "المستشفيات تحتاج إلى أطباء أكثر".')
        == []
    )


def test_van_right_after_qala_opens_a_dutch_name():
    # فإن never follows قال: فان there is the particle of the coach's name.
    assert quotes_of(
        "وكان المدرب الهولندي يوهان فان بيرخ قد وصل إلى المدينة أمس.",
        "وكان النادي قد عرض مبلغا كبيرا على المدافع.",
        'وقال فان بيرخ: "لن أتحدث عن الصفقات قبل نهاية الجولة".',
    ) == [("لن أتحدث عن الصفقات قبل نهاية الجولة", "يوهان فان بيرخ")]


def test_the_noun_after_anna_is_the_subject_so_the_noun_after_the_verb_is_told():
    # The residents are told; they say nothing.
    assert quotes_of(
        "وذكرت الوكالة أن وزارة الداخلية أبلغت سكان القرية "
        '"بضرورة مغادرة المنازل قبل الليل".'
    ) == [("بضرورة مغادرة المنازل قبل الليل", None)]


def test_a_family_name_in_i_ends_the_name_before_the_verbs_object():
    # "المصنع" is what the president visited; the family name الكعبي ends his
    # name, so "الكعبي" alone later is him.
    assert quotes_of(
        "وزار الرئيس سامي الكعبي المصنع أمس.",
        'وقال الكعبي "لن نرفع الضرائب على الأسر هذا العام".',
    ) == [("لن نرفع الضرائب على الأسر هذا العام", "سامي الكعبي")]


def test_a_compound_name_with_or_without_its_space_is_one_person():
    # Two spellings of one name are never two people sharing "الكعبي": the
    # family name alone is still captioned with the full name.
    found = quotes_of(
        "واستقبل الوزير عبد الرحيم الكعبي اليوم وفد الجامعة.",
        'وقال الوزير عبدالرحيم الكعبي إن "الجامعة ستفتح فرعين جديدين".',
        'وأضاف الكعبي: "سنبدأ البناء في الربيع المقبل".',
    )
    assert [text for text, _ in found] == [
        "الجامعة ستفتح فرعين جديدين",
        "سنبدأ البناء في الربيع المقبل",
    ]
    assert [(speaker or "").replace(" ", "") for _, speaker in found] == [
        "عبدالرحيمالكعبي",
        "عبدالرحيمالكعبي",
    ]


def test_a_verb_with_a_thing_as_object_in_the_relative_clause_reports_nothing():
    # "يختتم النادي جولته": the club ends its tour; the words after the colon
    # are the coach's, the subject of قال.
    assert quotes_of(
        "وقال المدرب نادر سليم الذي يستعد للمباراة قبل أن يختتم النادي جولته "
        'في آسيا: "لن أتحدث عن الصفقات الآن".'
    ) == [("لن أتحدث عن الصفقات الآن", "نادر سليم")]


def test_a_tweeter_is_a_role_never_a_name_with_the_verb_after_it():
    # "مغرد يبدو من كلامه": a tweeter who seems …; "يبدو" is no name word, and
    # an unnamed tweeter is shown as nobody.
    assert quotes_of(
        'ثم كتب مغرد يبدو من كلامه أنه معارض "لا تلوموا المدارس على كل شيء".',
        'وكتب المغرد فهد العلي "الأمن مسؤولية الجميع في هذا الوطن".',
    ) == [
        ("لا تلوموا المدارس على كل شيء", None),
        ("الأمن مسؤولية الجميع في هذا الوطن", "فهد العلي"),
    ]


def test_a_demand_with_ba_in_the_reported_words_names_nobody_new():
    # "إنه طالب بتوسيع …": the demand is the object of طالب, so nobody else
    # speaks between the opening verb's subject and the participle.
    assert quotes_of(
        "تجدد الخلاف بين المهندس ماجد الشمراني وإدارة المصنع.",
        "قال الشمراني في كلمة للعمال إنه طالب بتوسيع قاعة الإنتاج، مشيرا إلى أن "
        'خطته تقوم "على زيادة عدد الخطوط في المصنع".',
    ) == [("على زيادة عدد الخطوط في المصنع", "ماجد الشمراني")]


def test_in_response_to_is_the_subjects_own_act_not_a_reply_by_another():
    # "ردا على النقاد": the verbal noun (in response to), not "they replied".
    assert quotes_of(
        "عرض الخزاف نادر خليل إناء جديدا في المعرض.",
        "كشف خليل عن إناء آخر، ردا على النقاد، وقال: "
        '"لن أتوقف عن صنع الأواني مهما قالوا".',
    ) == [("لن أتوقف عن صنع الأواني مهما قالوا", "نادر خليل")]


def test_a_time_phrase_before_the_opening_verb_keeps_its_subject_for_wa_qala():
    # "وبعد شهر كشف فلان …، وقال": the verb opens the sentence after an adverb
    # of time and its noun; the joined وقال shares its subject.
    assert quotes_of(
        "كشف الخزاف، نادر خليل، عن إناء جديد في المعرض.",
        "وبعد شهر كشف خليل عن إناء آخر في السوق، وقال: "
        '"لن أتوقف عن صنع الأواني مهما قالوا".',
    ) == [("لن أتوقف عن صنع الأواني مهما قالوا", "نادر خليل")]
    # "قبل أن" opens a clause, not a time phrase before the verb.
    assert (
        guesses_of(
            "عرض الخزاف نادر خليل إناء جديدا في المعرض.",
            'وقبل أن يغادر خليل القاعة، قال الحارس: "أغلقنا الأبواب عند العاشرة مساء".',
        )[0][1]
        != "نادر خليل"
    )


def test_ama_opens_a_question_never_a_speakers_name():
    # "وسئلت عما يمنع …، فأجابت": عما (about what) opens what she was asked; the
    # one answering is the minister who spoke before.
    guesses = guesses_of(
        "قالت وزيرة الزراعة، سلمى عواد، إن المحصول تحسن هذا العام.",
        "وسئلت عما يمنع الوزارة من دعم حمدان كريم، فأجابت "
        '"المطلوب العمل وليس الكلام فقط".',
    )
    assert guesses[0][0] == "المطلوب العمل وليس الكلام فقط"
    assert guesses[0][1] == "سلمى عواد"


def test_a_list_of_nouns_after_an_adjective_is_nobody_speaking_in_between():
    # "المعني بشؤون الأطباء والممرضين": a complement and a list, not a person;
    # the writer named before still speaks in the next paragraph.
    assert quotes_of(
        "وكان الكاتب هشام كرم قد تحدث إلى موقع إخباري محلي المعني بشؤون "
        "مسعفي ومرضى وزائري المستشفيات.",
        'وقال "كتبت الرواية في صيف واحد دون أن أغير فيها شيئا".',
    ) == [("كتبت الرواية في صيف واحد دون أن أغير فيها شيئا", "هشام كرم")]


def test_an_institution_closed_by_its_nationality_keeps_the_form_it_has():
    # "قوات الدفاع الساحلي" is complete; the longer form written elsewhere with a
    # word inside it is another way of writing it, not more of it.
    guesses = guesses_of(
        "أعلنت قوات الدفاع الساحلي، الأحد، عن ضبط قارب مهربين، وقالت إنها "
        '"أوقفت القارب عند الصخور الشمالية".',
        "وقال مصدر إن قوات الدفاع الوطني الساحلي نفذت عمليات أخرى.",
    )
    assert guesses == [("أوقفت القارب عند الصخور الشمالية", "قوات الدفاع الساحلي")]


def test_an_adjective_of_stance_after_a_group_is_not_part_of_its_name():
    # "المتطرفة" describes the group; its name ends before it.
    assert guesses_of(
        "وتبنت جماعة النسور المتطرفة الهجوم على الميناء، قائلة إن "
        '"عناصرها نفذوا العملية قرب الميناء".'
    ) == [("عناصرها نفذوا العملية قرب الميناء", "جماعة النسور")]


def test_an_institution_opening_the_sentence_speaks_through_its_joined_verb():
    # "أعلنت الهيئة …، وقالت إنها": the joined verb has the opening verb's
    # subject, a body as well as a person; the speaker is shown.
    assert quotes_of(
        "أعلنت هيئة الموانئ الساحلية، الاثنين، عن افتتاح رصيف جديد، وقالت إنها "
        '"ستستقبل السفن الكبيرة ابتداء من الشهر المقبل".'
    ) == [
        (
            "ستستقبل السفن الكبيرة ابتداء من الشهر المقبل",
            "هيئة الموانئ الساحلية",
        )
    ]


def test_a_young_person_introduced_by_age_is_named_in_full_later():
    # "الشاب فلان": a private person introduced by age, as a title introduces
    # an official; the family name alone later is that person.
    assert quotes_of(
        "وكان الشاب جي دي كرافن، وهو طالب من مدينة ساحلية، يحلم برحلة طويلة.",
        'وسأل كرافن متابعيه: "كم مشاركة أحتاج حتى أسافر إلى صديقي؟".',
    ) == [("كم مشاركة أحتاج حتى أسافر إلى صديقي؟", "جي دي كرافن")]
    assert quotes_of(
        "وروت الفتاة ريم داود قصتها أمام الحضور.",
        'وقالت داود: "ما ظننت يوما أن صوتي سيبلغ كل هؤلاء".',
    ) == [("ما ظننت يوما أن صوتي سيبلغ كل هؤلاء", "ريم داود")]


def test_names_in_the_question_put_to_the_speaker_are_not_the_one_answering():
    # "وسئلت عما إذا كان … بفلان، فأجابت": the one asked answers; the
    # people named in the question are what she was asked about.
    assert quotes_of(
        "قالت وزيرة الثقافة، نوال شاكر، إن المهرجان سيقام في موعده.",
        "ورحب المخرج بلال عيسى بالقرار.",
        'وأضافت الوزيرة: "سنعلن البرنامج كاملا الأسبوع المقبل".',
        "وسئلت عما إذا كان المنظمون يعتمدون على بلال عيسى، فأجابت "
        '"اللجنة تختار العروض ولا أتدخل في عملها".',
    ) == [
        ("سنعلن البرنامج كاملا الأسبوع المقبل", "نوال شاكر"),
        ("اللجنة تختار العروض ولا أتدخل في عملها", "نوال شاكر"),
    ]


def test_a_title_then_tudaa_gives_the_name_after_it():
    # "رجل"، "سيدة"، "شاب" are titles; the name after يدعى / تدعى is the speaker,
    # not the whole description.
    assert quotes_of(
        'وقالت سيدة تدعى منى الهادي إن "السوق القديم يحتاج إلى ترميم عاجل".',
        'وقال شاب يدعى فادي سلوم: "أعمل هنا منذ خمس سنوات".',
    ) == [
        ("السوق القديم يحتاج إلى ترميم عاجل", "منى الهادي"),
        ("أعمل هنا منذ خمس سنوات", "فادي سلوم"),
    ]


def test_a_shared_given_name_before_another_family_name_is_another_man():
    # "علي الشماع" beside "علي منصور الغامدي": the given name alone never
    # merges two men; only a lineage (الأمير سامي for سامي بن ماجد) is called so.
    assert quotes_of(
        "وكان الوزير السابق علي منصور الغامدي قد ترك الحزب قبل عامين.",
        "واعترف علي الشماع بتراجع حزبه في الانتخابات على يد من سماهم "
        "بـ«الوجوه الجديدة التي لا تعرف الناس».",
    ) == [("الوجوه الجديدة التي لا تعرف الناس", "علي الشماع")]


def test_ya_tura_is_i_wonder_not_a_verb_of_seeing_or_saying():
    # "فهل يا ترى": an interjection; the quotation after it is nobody's speech.
    assert (
        guesses_of(
            "وقال الكاتب سامي خليل إن الأسعار ترتفع كل يوم.",
            'فهل يا ترى "ستهبط أسعار الخبز والحليب قبل الشتاء"؟',
        )
        == []
    )


def test_a_professor_after_a_role_is_the_person_the_role_describes():
    # "الخبير الفرنسي البروفسور فلان": البروفسور is a title like الدكتور, so the
    # name after it is the speaker, not the role before it.
    assert quotes_of(
        "ويصف الخبير الفرنسي البروفسور جان دوبوا هذا القانون بأنه "
        "«خطوة جيدة لكنها متأخرة عشر سنوات».",
    ) == [("خطوة جيدة لكنها متأخرة عشر سنوات", "جان دوبوا")]
