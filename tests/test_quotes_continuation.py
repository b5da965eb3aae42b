"""A verb without a subject continues the sentence's topic (issue 23, fourth round).

Arabic drops the subject of a verb that has the subject of the sentences before it
(``وقال:``).  These tests pin where that subject is still speaking and what a
profession before a name tells.  Every fixture is an Arabic sentence written for
these tests.
"""

from __future__ import annotations

from tests.quote_support import quotes_of


def test_a_profession_before_a_name_is_a_title():
    # "الشاعر فلان": the poet is the subject; the name after the title is shown.
    assert quotes_of(
        'ووصف الشاعر سالم الحربي "ليالي الشعر" بالموسم الناجح، '
        'مضيفا "الجمهور كان أكبر من كل توقعاتنا".'
    ) == [("الجمهور كان أكبر من كل توقعاتنا", "سالم الحربي")]


def test_fa_inna_after_a_fronted_phrase_brings_back_the_speaker_as_subject():
    # The third paragraph names the painter by his profession after "فإن", and the
    # minister only after a preposition: the painter is still the one speaking.
    assert quotes_of(
        "كشف الرسام، خالد منصور، عن لوحة جديدة في معرض المدينة.",
        'وقال: "رسمتها في شهر واحد".',
        "وعلى الرغم من النقد، فإن الرسام، البالغ من العمر خمسين عاما، "
        "تلقى تهنئة من الوزير سامر علي نفسه.",
        'وقال: "أنا راض عن هذه اللوحة".',
    ) == [
        ("رسمتها في شهر واحد", "خالد منصور"),
        ("أنا راض عن هذه اللوحة", "خالد منصور"),
    ]


def test_a_person_named_after_a_preposition_does_not_take_the_turn():
    # "تهنئة من الوزير فلان": the minister is named, but in the genitive; the
    # next verb without a subject still has the trainer as its subject.
    assert quotes_of(
        'وقال المدرب ماجد سليم: "استعددنا جيدا لهذه المباراة الصعبة".',
        "وتلقى المدرب تهنئة من الوزير سامر علي بعد الفوز.",
        'وأضاف: "الفوز للجمهور كله".',
    ) == [
        ("استعددنا جيدا لهذه المباراة الصعبة", "ماجد سليم"),
        ("الفوز للجمهور كله", "ماجد سليم"),
    ]


def test_a_person_named_as_a_subject_in_between_takes_the_turn():
    # The counterpart: a new subject between the two quotations leaves the
    # second without a certain speaker.
    assert quotes_of(
        'وقال المدرب ماجد سليم: "استعددنا جيدا لهذه المباراة الصعبة".',
        "وهنأ الوزير سامر علي الفريق بعد الفوز.",
        'وأضاف: "الفوز للجمهور كله".',
    )[1] == ("الفوز للجمهور كله", None)


def test_a_long_role_through_a_place_and_a_second_title_shows_the_name_after():
    # The preacher's role names his mosque, its town and a second post before
    # his titles and his name: the name, not the role cut at the mosque.
    assert quotes_of(
        "دعا إمام الجامع الكبير بمدينة الواحة المدير العام لهيئة الأوقاف "
        "الشيخ سالم بن ناصر العلي؛ إلى رعاية الشباب.",
        'وأضاف: "على الأسر أن تستمع لأبنائها قبل أن تحاسبهم".',
    ) == [("على الأسر أن تستمع لأبنائها قبل أن تحاسبهم", "سالم بن ناصر العلي")]


def test_a_titled_person_opening_a_sentence_is_the_subject_of_the_next_verb():
    # "أثنى" is no speech verb, but the player it opens the sentence with is
    # the one who goes on speaking.
    assert quotes_of(
        "من ناحيته، أثنى اللاعب نادر الشهري على الأجواء في معسكر التدريب بسويسرا. "
        "وقال عقب وصوله إلى المطار: «أكملنا الإعداد للموسم المقبل كما خططنا».",
        "وأضاف: «الجميع جاهزون للموسم الجديد تماما».",
    ) == [
        ("أكملنا الإعداد للموسم المقبل كما خططنا", "نادر الشهري"),
        ("الجميع جاهزون للموسم الجديد تماما", "نادر الشهري"),
    ]


def test_a_group_opening_a_sentence_is_no_topic():
    # "الباحثون" is a plural title with no name: nobody named takes the turn.
    assert quotes_of(
        "ووضع الباحثون تقديراتهم لأثر النوم على الذاكرة في دراسة طويلة. "
        "وقال: «النوم الكافي يحمي الذاكرة من التراجع»."
    ) == [("النوم الكافي يحمي الذاكرة من التراجع", None)]


def test_one_of_a_group_then_his_full_name_is_that_name():
    assert quotes_of(
        "وقال أحد مؤسسي الجمعية الأهلية ماهر سعيد: «سنفتح فرعا جديدا في الشمال».",
        "وأضاف: «التبرعات زادت هذا العام».",
    ) == [
        ("سنفتح فرعا جديدا في الشمال", "ماهر سعيد"),
        ("التبرعات زادت هذا العام", "ماهر سعيد"),
    ]


def test_one_of_a_group_without_a_name_is_nobody_named():
    assert quotes_of(
        "وقالت إحدى العاملات بالحملة: «نطالب بمزيد من الحدائق العامة»."
    ) == [("نطالب بمزيد من الحدائق العامة", None)]


def test_a_description_without_a_listed_title_gives_the_name_after_it():
    # "المقيّم العقاري" (the property valuer) is in no title list; the article
    # writes his name after it, closed by a comma, elsewhere.
    assert quotes_of(
        "وأكد المقاول سامي يوسف، والمقيّم العقاري المعتمد ماجد الحربي، أن السوق مستقرة.",
        "وقال يوسف: «الأسعار ستنخفض قليلا».",
        "من ناحيته، شدد المقيّم العقاري ماجد الحربي على أهمية الشراكة.",
        "وقال: «الطلب على المساكن الصغيرة يزداد كل عام».",
    ) == [
        ("الأسعار ستنخفض قليلا", "سامي يوسف"),
        ("الطلب على المساكن الصغيرة يزداد كل عام", "ماجد الحربي"),
    ]


def test_words_after_a_family_name_are_no_name_of_their_own():
    # "الجبوري" is the speaker's family name; "عشية جلسة" is when he spoke.
    assert quotes_of(
        "وصل رئيس البرلمان سليم الحمداني إلى المدينة، وسط ترقب جلسة حاسمة.",
        "وقال الحمداني عشية جلسة البرلمان إن «المجلس سيحسم الملف قريبا جدا».",
    ) == [("المجلس سيحسم الملف قريبا جدا", "سليم الحمداني")]


def test_a_long_role_through_a_place_with_fi_shows_the_titled_name_after():
    assert quotes_of(
        "ومن جهته، قال مدير هيئة الأوقاف والمساجد في المنطقة الشمالية "
        "الشيخ حامد السالم: «هذا العمل لا يمثل أهل المدينة أبدا».",
    ) == [("هذا العمل لا يمثل أهل المدينة أبدا", "حامد السالم")]


def test_a_family_name_before_a_definite_title_stays_in_the_name():
    # "الشمري" is the family name; the title after it is his role.
    assert quotes_of(
        "وأفاد الطبيب نادر الشمري المدير الطبي للمركز: "
        "«استقبلنا أربع حالات خطرة مساء الخميس»."
    ) == [("استقبلنا أربع حالات خطرة مساء الخميس", "نادر الشمري")]


def test_a_compass_word_after_a_role_opens_a_place_not_a_name():
    # "جنوب البلاد" is where the office is; the rank and the name follow.
    assert quotes_of(
        "ذكر الناطق باسم إدارة الإطفاء بمحافظة جازان جنوب البلاد "
        'العقيد فهد بن راشد الدوسري "أن الفرق باشرت البلاغ فور وصوله".'
    ) == [("أن الفرق باشرت البلاغ فور وصوله", "فهد بن راشد الدوسري")]


def test_a_role_whose_genitive_closes_it_still_shows_the_titled_name_after():
    # The institution's name ends the role ("للتدريب التقني والمهني"): the
    # doctor's title and name after it are the speaker.
    assert quotes_of(
        "وقال رئيس الهيئة الوطنية للتعليم المهني والتقني الدكتور "
        'نبيل بن سعد العامر "إن الإقبال على البرامج زاد كثيرا هذا العام".'
    ) == [("إن الإقبال على البرامج زاد كثيرا هذا العام", "نبيل بن سعد العامر")]


def test_a_place_with_ba_after_a_role_gives_way_to_the_titled_name():
    # "بتبوك" (in Tabuk) is where the club is, not a name.
    assert quotes_of(
        "وقال رئيس الجمعية الثقافية بتبوك الدكتور ماجد الحربي: "
        '"الموسم الثقافي سيبدأ الشهر المقبل".'
    ) == [("الموسم الثقافي سيبدأ الشهر المقبل", "ماجد الحربي")]


def test_a_name_before_the_medium_spoken_to_is_closed():
    assert quotes_of(
        "وقال عضو الجمعية بمكة المكرمة الدكتور ماجد الحربي "
        'لـ"الصحيفة" إن "ما حدث يخالف الأنظمة المعمول بها".'
    ) == [("ما حدث يخالف الأنظمة المعمول بها", "ماجد الحربي")]


def test_a_title_inside_an_institutions_name_is_no_rank():
    # "جامعة الملك فيصل" names the university; the king is no speaker's rank.
    assert quotes_of(
        "وذكر منسق البرامج في جامعة الملك فيصل نبيل العامر للصحيفة: "
        "«حالة المريض مستقرة الآن»."
    ) == [("حالة المريض مستقرة الآن", None)]


def test_an_honorific_after_a_topic_person_speaks_for_him():
    # "سموه" (His Highness) after a sentence opened by the prince's visit.
    assert quotes_of(
        "واستقبل أمير المنطقة الأمير سعد بن فهد أمس وفد الجمعية الخيرية.",
        "وقال سموه: «نقدر جهود الجمعية في خدمة المجتمع».",
    ) == [("نقدر جهود الجمعية في خدمة المجتمع", "سعد بن فهد")]


def test_a_short_quoted_subject_after_an_and_before_its_verb_is_a_name():
    # "أن «شبكة الواحة» تسير": the quoted words are the clause's subject.
    assert (
        quotes_of(
            "وأشار المدير سامي خليل إلى أن «شبكة الواحة الخضراء» تسير في تنفيذ "
            "خططها كما رسمت."
        )
        == []
    )


def test_quoted_words_after_anna_with_a_pronoun_stay_speech():
    # "أنه «…» يستحق": the words say what the deal is, in the minister's words.
    assert quotes_of(
        "وتحدث الوزير سامي خليل عن الاتفاق، معتبرا أنه «حل عادل للطرفين» يستحق الدعم."
    ) == [("حل عادل للطرفين", "سامي خليل")]
