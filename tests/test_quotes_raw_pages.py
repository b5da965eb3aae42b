"""Raw pages, round 3: a shown speaker must be right (issue 23).

Every fixture is an Arabic sentence written for these tests.
"""

from __future__ import annotations

from mowjaz.quotes.lexicon import lexicon, quote_tokens
from mowjaz.quotes.word_kinds import is_name_word

from tests.quote_support import guesses_of, quotes_of


def test_a_quoted_neighbourhood_or_flight_is_a_name_not_speech():
    # "في حي «…»" names a place and "الرحلة «…»" a flight: nobody said them.
    found = guesses_of(
        "ويؤكد الخبير سامر هولدن أن الأسعار تراجعت في حي «الروضة الشرقية». "
        "وأعلنت الشركة أنها فقدت الاتصال بطائرة الرحلة «إكس واي 12»."
    )
    assert found == []


def test_a_nom_de_guerre_in_quotes_is_not_speech():
    found = guesses_of(
        "وقالت الجماعة في بيان إن منفذ الهجوم يحمل الاسم الحركي «أبو سالم الشمالي»."
    )
    assert found == []


def test_the_complement_of_a_verb_with_ba_is_not_its_subject():
    # "وطالب بتمديد …": the demand; the words that follow are his, but he is not
    # named here, so no one is shown rather than "بتمديد ساعات".
    found = guesses_of(
        "وطالب بتمديد ساعات العمل في المكتبات العامة. "
        "وأضاف: «القراءة حق لسكان الأحياء البعيدة أيضا»."
    )
    assert found == [("القراءة حق لسكان الأحياء البعيدة أيضا", None)]


def test_a_foreign_name_opening_with_ba_is_still_the_subject():
    assert guesses_of(
        "وصرح بيتر هولدن للصحفيين بأن «الاتفاق سيوقع خلال أيام قليلة»."
    ) == [("الاتفاق سيوقع خلال أيام قليلة", "بيتر هولدن")]


def test_a_role_with_a_coordinated_region_gives_the_name_after_the_comma():
    assert guesses_of(
        "وقال المدير الإقليمي للصندوق لمنطقة القرن الأفريقي وشرق أفريقيا، "
        "سامر هولدن، في بيان «نحن نعمل على إيصال المساعدات إلى كل القرى»."
    ) == [("نحن نعمل على إيصال المساعدات إلى كل القرى", "سامر هولدن")]


def test_a_role_with_a_prepositional_phrase_then_the_name_gives_the_name():
    assert guesses_of(
        "وقال العضو المنتدب في الشركة سامر الهولدن إن "
        "«النتائج فاقت التوقعات هذا العام»."
    ) == [("النتائج فاقت التوقعات هذا العام", "سامر الهولدن")]


def test_a_name_opening_with_waw_after_a_role_is_still_the_name():
    assert guesses_of(
        "وقال مدير المكتب وليد الخالد، في بيان، إن «النتائج فاقت التوقعات هذا العام»."
    ) == [("النتائج فاقت التوقعات هذا العام", "وليد الخالد")]


def test_a_spokesman_on_their_behalf_is_the_name_given_right_after():
    # "المتحدث باسمهم فلان": the role is complete with its pronoun; the name
    # that follows is this spokesman, not an earlier one met by role.
    found = guesses_of(
        "وقال المتحدث باسم الوزارة سامي الحربي إن «المفاوضات متوقفة منذ أسابيع». "
        "ورد المتحدث باسمهم بيتر هولدن بأن «الحوار هو الطريق الوحيد للحل»."
    )
    assert found == [
        ("المفاوضات متوقفة منذ أسابيع", "سامي الحربي"),
        ("الحوار هو الطريق الوحيد للحل", "بيتر هولدن"),
    ]


def test_two_verbs_are_not_a_name():
    # "واسترسل": و with a form X past; no Arabic name has that shape.
    assert guesses_of(
        "وسارع واسترسل في الحديث قائلا «لم نكن نعرف شيئا عن هذه الخطة»."
    ) == [("لم نكن نعرف شيئا عن هذه الخطة", None)]


def test_the_subject_after_said_about_it_is_the_speaker():
    # "حملة قال عنها الوزير إنها …": عنها is what he spoke about, he spoke.
    assert guesses_of(
        "وأطلقت البلدية أعمال تنظيف الشواطئ، في مبادرة قال عنها رئيس البلدية "
        "سامر هولدن إنها «بداية صيف نظيف للجميع»."
    ) == [("بداية صيف نظيف للجميع", "سامر هولدن")]


def test_what_was_told_is_not_who_told_it():
    # "روى تفاصيل الحادثة …": the object of روى is never the speaker.
    found = guesses_of(
        "روى تفاصيل الحادثة والد الطفل سامر هولدن: «سمعنا صوتا قويا ثم رأينا الدخان»."
    )
    assert ("سمعنا صوتا قويا ثم رأينا الدخان", "تفاصيل الحادثة") not in found
    assert found[0][1] in {None, "سامر هولدن"}


def test_two_short_quotations_joined_by_and_are_a_list_of_names():
    found = guesses_of(
        "وكان قد قال شريكان من كبار المساهمين “الواحة للتطوير” "
        "و“السنابل للاستثمار” إنهما سيخرجان من المشروع."
    )
    assert found == []


def test_a_quoted_list_of_places_is_not_speech():
    found = guesses_of(
        "وأوضح رئيس اللجنة سامي الحربي أن الفريق زار المواقع الواقعة في الشمال "
        "وهي: “وادي الحمض، ضبا، المويلح، تبوك، حقل”."
    )
    assert found == []


def test_a_sentence_with_commas_is_still_speech():
    said = "وصلنا إلى القرى، ووزعنا الغذاء على الأسر، وسنعود قريبا، إن شاء الله"
    assert guesses_of(f"وقال الوزير سامي الحربي: «{said}».") == [(said, "سامي الحربي")]


def test_an_unnamed_official_who_denies_is_not_the_one_named_before():
    found = guesses_of(
        "وقال الوزير سامي الحربي إن «القصف استهدف مواقع عسكرية فقط». لكن مسؤولا "
        "محليا نفى ذلك قائلا للصحفيين إن «القذائف سقطت على منازل المدنيين»."
    )
    assert found == [
        ("القصف استهدف مواقع عسكرية فقط", "سامي الحربي"),
        ("القذائف سقطت على منازل المدنيين", None),
    ]


def test_an_unnamed_official_keeps_speaking_after_an_aside():
    found = guesses_of(
        "وقال الوزير سامي الحربي إن «القصف استهدف مواقع عسكرية فقط». غير أن "
        "مسؤولا أميركيا، رفض نشر اسمه، قال إن هناك خلافا. "
        "وأضاف: «لن نوافق على هذه الخطة أبدا»."
    )
    assert found[-1] == ("لن نوافق على هذه الخطة أبدا", None)


def test_an_official_in_the_reported_words_does_not_stop_the_speaker():
    assert guesses_of(
        "وقال الوزير سامي الحربي إن مسؤولا كبيرا أبلغه بالأمر. "
        "وأضاف: «لن نوافق على هذه الخطة أبدا»."
    ) == [("لن نوافق على هذه الخطة أبدا", "سامي الحربي")]


def test_a_manner_adverb_with_ba_is_not_part_of_the_name():
    # "رد فلان بابتسامة": ب with a form VIII verbal noun says how he answered.
    found = guesses_of(
        "وعندما سأله الصحفيون عن معنى كلامه رد كارل هولدن بابتسامة قائلا: "
        "«هذا يعني الرحيل ببساطة شديدة»."
    )
    assert found == [("هذا يعني الرحيل ببساطة شديدة", "كارل هولدن")]


def test_a_title_with_ba_is_whom_he_met_not_his_name():
    # "لقاء المدير بمديري المدارس": the heads he met, not the director's name.
    found = guesses_of(
        "ونوهت المشرفة سلمى الراشد بلقاء المدير بمديري المدارس. وأكد المدير "
        "«اكتمال استعداد الفصول قبل بداية الفصل الأول»."
    )
    assert [speaker for _, speaker in found] != ["بمديري التعليم"]


def test_a_proverb_is_not_a_speaker():
    found = guesses_of("ويقول المثل الشعبي الساخر: «من طلب العلا سهر الليالي كلها».")
    assert found == [("من طلب العلا سهر الليالي كلها", None)]


def test_a_title_with_a_family_name_is_not_another_holder_of_the_title():
    # Two generals: "اللواء الفرحان" is not "اللواء ركن سامي التميمي".
    found = guesses_of(
        "وقال اللواء ركن سامي التميمي إن «الوضع الأمني مستقر تماما في كل المناطق». "
        "وشدد اللواء الفرحان على أن المنافذ "
        "«لن تفتح إلا بعد انتهاء أعمال الصيانة كلها»."
    )
    assert found[0][1] == "سامي التميمي"  # ركن is his staff rank, not his name
    assert found[1][1] != "سامي التميمي"


def test_a_form_ten_verbal_noun_is_the_object_not_part_of_the_name():
    # "وأكد هولدن استضافة المدينة …": استضافة opens what he confirmed.
    found = guesses_of(
        "وأكد سامر هولدن أن البطولة ستقام في موعدها. وأكد هولدن استضافة المدينة "
        "للبطولة قائلا إن اللجنة لديها «ثقة كاملة بالمنظمين في كل مراحل العمل»."
    )
    assert found == [("ثقة كاملة بالمنظمين في كل مراحل العمل", "سامر هولدن")]


def test_an_imperfect_verb_with_its_object_pronoun_is_never_a_name_word():
    lex = lexicon()
    for verb in ("يفرضها", "تدعمهم", "يرفضهما"):
        assert not is_name_word(quote_tokens(verb)[0], lex)
    for name in ("يوسف", "ياسين", "تركي"):
        assert is_name_word(quote_tokens(name)[0], lex)


def test_the_object_of_a_bodys_verb_is_not_its_family_name():
    # "اللواء الفرحان" is a title and a family name; "المؤسسة القرار" is an
    # institution and the object of its verb.
    found = guesses_of(
        "وقالت المؤسسة في بيان إن البلدية أجلت المشروع. واعتبرت المؤسسة القرار "
        "«خطوة جديدة ضد الحدائق القديمة في المدينة»."
    )
    assert [speaker for _, speaker in found] == ["المؤسسة"]


def test_the_channel_is_the_channel_the_article_named_not_another_outlet():
    # A site and a channel are both named in quotation marks; "القناة" later is
    # the channel, never the site that reported on it.
    assert quotes_of(
        "ذكر موقع «النهار الجديد» المستقل أن قناة «الأفق» الحكومية "
        "بثت تقريرا مضللا عن الفيضانات.",
        "وقالت القناة إن «فرق الإنقاذ وصلت إلى كل الأحياء المتضررة قبل منتصف الليل».",
    ) == [("فرق الإنقاذ وصلت إلى كل الأحياء المتضررة قبل منتصف الليل", "الأفق")]


def test_an_institutions_reply_in_its_own_words_is_its_speech():
    # "بما نصه" (in these words) after an institution's reply quotes what the
    # institution said: it is shown with the institution as speaker.
    assert quotes_of(
        "وردت وزارة الخارجية على سؤال الصحيفة بما نصه: "
        "«لا نعلق على القضايا المنظورة أمام القضاء في الوقت الحالي»."
    ) == [
        ("لا نعلق على القضايا المنظورة أمام القضاء في الوقت الحالي", "وزارة الخارجية")
    ]


def test_a_laws_wording_is_not_speech_even_in_its_own_words():
    # An article of a law "says" nothing: its wording is no one's speech.
    found = quotes_of(
        "ونصت المادة الخامسة من النظام بما نصه: "
        "«يعاقب كل من يخالف أحكام هذا النظام بغرامة مالية»."
    )
    assert all(speaker is None for _, speaker in found)


def test_a_president_of_another_country_is_another_person():
    # "الرئيس الجزائري" after "الرئيس التونسي كمال الهادي": the adjectives differ,
    # so the title does not resolve to the Tunisian president's name.
    found = quotes_of(
        "وقال الرئيس التونسي كمال الهادي إن "
        "«الحوار هو الطريق الوحيد للخروج من الأزمة».",
        "وفي السياق نفسه قال الرئيس الجزائري إن «الأمن خط أحمر لا يمكن تجاوزه».",
    )
    assert found == [
        ("الحوار هو الطريق الوحيد للخروج من الأزمة", "كمال الهادي"),
        ("الأمن خط أحمر لا يمكن تجاوزه", None),
    ]


def test_scripture_is_cited_not_said():
    # "قال تعالى" cites a verse: it is listed with no speaker, out of the sidebar.
    found = quotes_of("وقال تعالى: «يا أيها الذين آمنوا اصبروا وصابروا ورابطوا».")
    assert all(speaker is None for _, speaker in found)
