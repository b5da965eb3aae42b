"""Speakers on raw pages, fourth precision round (issue 23, round q23k).

Every fixture is an Arabic sentence written for these tests, with invented names.
"""

from __future__ import annotations

from tests.quote_support import guesses_of, quotes_of


def test_a_verb_inside_reported_words_belongs_to_the_person_they_name():
    # "قال فلان إن الممثل فلان … عندما قال": the second verb is part of what the
    # first reports; its subject is the actor, so the presenter is not shown.
    assert quotes_of(
        "علق الإعلامي سامر الدوري، على حلقة برنامج “ليالي المدينة” على قنوات "
        "الشرق، قائلًا : إن الممثل عبد الرحيم نادر، أحرج البرنامج، عندما قال: "
        "“سنلتقي في الموسم القادم مع الجميع”."
    ) == [("سنلتقي في الموسم القادم مع الجميع", None)]


def test_a_verb_after_reported_words_still_continues_the_speaker():
    # "وقال فلان إن الفريق …" then "وأضاف:": the team named in what he reported
    # does not stop him speaking.
    assert quotes_of(
        "وقال المدرب سامر الدوري إن الفريق سيلعب غدا.",
        "وأضاف: «لا تستسلموا حتى الدقيقة الأخيرة».",
    ) == [("لا تستسلموا حتى الدقيقة الأخيرة", "سامر الدوري")]


def test_a_noun_in_construct_after_a_full_name_is_the_verbs_object():
    # "أعلن فلان الفلاني وفاة الممثل": the noun in ة with a definite noun after
    # it is what he announced; it never joins the name shown.
    found = quotes_of(
        "وأعلن المخرج ناصر عادل وفاة الفنانة الكبيرة عبر صفحته الشخصية قائلًا: "
        "“رحل عنا صديق العمر اليوم”."
    )
    assert found[0][0] == "رحل عنا صديق العمر اليوم"
    assert found[0][1] in {None, "ناصر عادل"}


def test_a_given_name_in_taa_marbuta_before_a_family_name_stays_in_the_name():
    assert quotes_of(
        "وقال اللاعب سامر حمزة الغامدي: «سنعود أقوى في الموسم القادم»."
    ) == [("سنعود أقوى في الموسم القادم", "سامر حمزة الغامدي")]


def test_another_after_a_speech_verb_is_a_new_speaker():
    # "وقالت أخرى"، "وغرد آخر": "another" is the verb's subject, never the
    # speaker before.
    assert quotes_of(
        "وقالت المعلمة سلمى الدوري: «هذا يوم حزين لنا جميعا».",
        "وقالت أخرى: «نحن معكم في كل وقت».",
    ) == [
        ("هذا يوم حزين لنا جميعا", "سلمى الدوري"),
        ("نحن معكم في كل وقت", None),
    ]
    assert quotes_of(
        "وكتب المغرد سامر الدوري: «هذا يوم حزين لنا جميعا».",
        "وغرد آخر: «نحن معكم في كل وقت».",
    )[1] == ("نحن معكم في كل وقت", None)


def test_a_title_with_its_own_name_does_not_stand_for_an_earlier_person():
    # Two tweeters: "المغرد فلان اعتذر ثم غرد" names the second; the first, who
    # the article called المغرد before, is not shown for his words.
    found = quotes_of(
        "وكتب المغرد سامر الدوري: «هذا يوم حزين لنا جميعا».",
        "المغرد نادر الفضلي اعتذر ثم غرد قائلا «لن ننسى هذا اليوم أبدا».",
    )
    assert found[1][0] == "لن ننسى هذا اليوم أبدا"
    assert found[1][1] in {None, "نادر الفضلي"}


def test_a_past_verb_of_form_eight_after_a_name_ends_it():
    # "المغرد فلان اعتذر …": the verb opens the predicate; the name before it
    # is the person's (the guess names him, not a run of words).
    assert guesses_of(
        "المغرد نادر الفضلي اعتذر ثم غرد قائلا «لن ننسى هذا اليوم أبدا»."
    ) == [("لن ننسى هذا اليوم أبدا", "نادر الفضلي")]


def test_a_name_the_rules_cannot_read_stops_the_speaker_before():
    # "قالت آن فلان، الرئيسة …": آن (with its madda) is a given name, not إن.
    # Someone new speaks, so neither her quote nor a later "وأضافت" goes to the
    # paper named before her.
    found = quotes_of(
        "تقارير صحيفة “الغد المشرق” البريطانية، توضح أن الشركتين في محادثات متقدمة.",
        "قالت الرابطة، اتحاد الشركات، إن هناك اتفاقا سيعلن قريبا، وتقول "
        "المؤسسة وفقا للتقارير إنه لن يتاح قبل عام.",
        "قالت آن ماريسون، الرئيسة التنفيذية للرابطة، إن الرابطة ماضية في "
        "المفاوضات، مضيفةً: “لقد أبلغنا الجميع بهذا القرار مرة أخرى”.",
        "وأضافت: “تعاونا مع الجميع منذ البداية”.",
    )
    assert [speaker for _, speaker in found] == [None, None]


def test_an_institution_named_with_wa_keeps_its_whole_name():
    # "وزارة الزراعة والمياه الوطنية": the noun joined by و before a relative
    # adjective or a preposition is part of the name, not another body.
    assert quotes_of(
        "وقالت وزارة الزراعة والمياه الوطنية في بيان “سنبدأ حملة التشجير في الربيع”."
    ) == [("سنبدأ حملة التشجير في الربيع", "وزارة الزراعة والمياه الوطنية")]
    assert quotes_of(
        "وقالت هيئة الفنون والحرف في بيان “سنفتح المتحف للزوار قريبا”."
    ) == [("سنفتح المتحف للزوار قريبا", "هيئة الفنون والحرف")]


def test_a_second_title_joined_by_wa_is_another_person():
    # "رئيس الوزراء والرئيس": two people, never one caption joining them.
    ((_, speaker),) = quotes_of(
        "وقال رئيس الوزراء والرئيس في مؤتمر مشترك “سنواصل التنسيق بيننا دائما”."
    )
    assert speaker in {None, "رئيس الوزراء"}


def test_the_words_of_a_song_or_poem_are_not_news_speech():
    # "وتقول كلمات الأغنية"، "ويقول مطلع القصيدة": the work's own text.
    assert quotes_of("وتقول كلمات الأغنية: «يا ليل طال السهر وما زلنا هنا».") == []
    assert quotes_of("ويقول مطلع القصيدة: «يا ليل طال السهر وما زلنا هنا».") == []


def test_a_person_titled_by_a_work_still_speaks():
    # "كاتب الرواية"، "مخرج الفيلم": a person's title before the work.
    assert quotes_of("وقال مخرج الفيلم ناصر عادل: «سنعرض العمل في الخريف المقبل».") == [
        ("سنعرض العمل في الخريف المقبل", "ناصر عادل")
    ]


def test_initials_written_in_arabic_open_a_name():
    # "سي جيه فلان": Latin initials spelled as Arabic words, then the surname.
    assert quotes_of(
        "وقال سي جيه فيرلاند، المحلل في البنك: «الأسواق ستتعافى قريبا».",
        "وأضاف فيرلاند: «التضخم سينخفض العام المقبل».",
    ) == [
        ("الأسواق ستتعافى قريبا", "سي جيه فيرلاند"),
        ("التضخم سينخفض العام المقبل", "سي جيه فيرلاند"),
    ]


def test_letters_with_no_name_after_them_are_an_acronym():
    # "إس تي زد": a company's initials, never a person's name.
    assert quotes_of("وقالت إس تي زد إن «الأسواق ستتعافى قريبا».") == [
        ("الأسواق ستتعافى قريبا", None)
    ]
