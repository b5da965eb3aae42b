"""Speakers on raw pages, fifth precision round (issue 23, round q23l).

Every fixture is an Arabic sentence written for these tests, with invented names.
"""

from __future__ import annotations

from tests.quote_support import quotes_of


def test_words_cited_with_ma_qalahu_are_not_the_citing_speakers():
    # "مستشهدا بما قاله الراحل «…»": the words are another's, cited; the person
    # who cites them is not shown as their speaker.
    assert quotes_of(
        "وأوضح أستاذ التاريخ الدكتور سامر الحمدان أن البلاد عرفت نهضة كبيرة، "
        'مستشهدا بما قاله الملك الراحل "نحن نبني المدارس قبل القصور في كل مدينة".'
    ) == [("نحن نبني المدارس قبل القصور في كل مدينة", None)]


def test_a_speaker_still_speaks_after_citing_someone():
    # The citation holds only for the quotation right after "بما قاله".
    assert quotes_of(
        "وقال الدكتور سامر الحمدان: «ندرس تجارب الماضي البعيد بعناية»."
    ) == [("ندرس تجارب الماضي البعيد بعناية", "سامر الحمدان")]


def test_narration_between_reversed_marks_is_not_a_quote():
    # »…« typed the wrong way round: the closing mark of one quotation pairs
    # with the opening mark of the next, and the words between them (opening on
    # the full stop or comma that ended the first) are narration.
    found = quotes_of(
        "وكتب الشاعر نادر العتيبي في تغريدته: » القصيدة بيت الروح « . وكما قال "
        "الكاتب ماهر السويدي : » الكلمة مسؤولية كبيرة أمام الناس «"
    )
    assert found == []


def test_an_ellipsis_still_opens_real_speech():
    # "..وأعتذر": a quotation may open on an ellipsis, which is no full stop.
    assert quotes_of("وقال الفنان سامر الدوري: «..وأعتذر لكل من انتظرني الليلة».") == [
        ("..وأعتذر لكل من انتظرني الليلة", "سامر الدوري")
    ]


def test_a_definite_noun_after_a_family_name_is_the_verbs_object():
    # "وأبلغ فلان الحضور بأن": the family name of a person named in full earlier,
    # then a definite noun in no one's name: the object, not more of the name.
    assert quotes_of(
        "وحضر الحفل الرئيس الروسي فلاديمير كوزنين في موسكو.",
        "وأبلغ كوزنين الحضور بأن «بلادنا ستكون مضيفة رائعة للجميع».",
    ) == [("بلادنا ستكون مضيفة رائعة للجميع", "فلاديمير كوزنين")]


def test_a_fathers_given_name_is_no_family_name():
    # "غازي بن وضاح" then "وضاح الرميثي": وضاح is a given name here, so the
    # second person keeps his family name.
    assert quotes_of(
        "وقال نائب الوزير غازي بن وضاح إن البلاد آمنة.",
        "وأضاف وضاح الرميثي «الحملات الوقائية كانت ناجحة جدا».",
    ) == [("الحملات الوقائية كانت ناجحة جدا", "وضاح الرميثي")]


def test_a_phrase_after_the_preposition_ba_is_no_other_person():
    # "بمنطقة السهول" beside "المنطقة": a prepositional phrase, not a person named
    # between the speaker and "وأضاف", so the speaker is carried.
    assert quotes_of(
        "وقال مدير الشؤون الصحية الدكتور سامر الحمدان إن المنطقة تستعد للموسم.",
        "وتحدث عن زيارات للمراكز الصحية بمنطقة السهول، وأضاف: "
        "«سنفتتح ثلاثة مراكز قبل نهاية العام».",
    ) == [("سنفتتح ثلاثة مراكز قبل نهاية العام", "سامر الحمدان")]


def test_a_name_opening_with_ba_is_still_a_name():
    # "بسام" opens a name: the article writes no "السام", so he is another person
    # and the first speaker is not carried past him.
    assert quotes_of(
        "وقال مدير الشؤون الصحية الدكتور سامر الحمدان إن المنطقة تستعد للموسم.",
        "وقال المهندس بسام العلي: «سنفتتح ثلاثة مراكز قبل نهاية العام».",
    ) == [("سنفتتح ثلاثة مراكز قبل نهاية العام", "بسام العلي")]
