"""In so-and-so's words: ``"…" على حد تعبير فلان`` (issue 23, fourth round).

A verbal noun of speech (قول، تعبير، وصف) in construct with a name, after ``على
حد`` or ``حسب``، ``بحسب``، ``وفق``، ``وفقا لـ``, gives the words just quoted to
that name.  Every fixture is an Arabic sentence written for these tests.
"""

from __future__ import annotations

from tests.quote_support import quotes_of


def test_a_quotation_opening_its_sentence_is_given_to_the_name_after_it():
    assert quotes_of(
        '"من أجل حماية المستخدمين من الرسائل المزعجة"، على حد تعبير سامي خليل، '
        "مدير الأمن في الشركة."
    ) == [("من أجل حماية المستخدمين من الرسائل المزعجة", "سامي خليل")]


def test_the_name_in_the_formula_outranks_the_subject_of_the_verb_before():
    # The company announced it; the words are its security manager's.
    assert quotes_of(
        "وأعلنت الشركة أنها حذفت آلاف الحسابات "
        '"من أجل حماية المستخدمين من الرسائل المزعجة" على حد تعبير سامي خليل، '
        "مدير الأمن فيها."
    ) == [("من أجل حماية المستخدمين من الرسائل المزعجة", "سامي خليل")]


def test_according_to_the_words_of_a_titled_name():
    assert quotes_of(
        'وحذفت الشركة الحسابات "لحماية المستخدمين من الرسائل المزعجة"، '
        "وفق تعبير المديرة سلمى ناصر."
    ) == [("لحماية المستخدمين من الرسائل المزعجة", "سلمى ناصر")]


def test_the_formula_with_a_pronoun_keeps_the_speaker_of_the_verb_before():
    assert quotes_of(
        "وقال المدير سامي خليل إن الشركة حذفت الحسابات "
        '"من أجل حماية المستخدمين من الرسائل المزعجة"، حسب تعبيره.'
    ) == [("من أجل حماية المستخدمين من الرسائل المزعجة", "سامي خليل")]


def test_a_description_of_a_quotation_is_no_formula():
    # "حسب الوصف" with the article names nobody: the minister still speaks.
    assert quotes_of(
        'وقال الوزير سامي خليل: "سنفتتح الجسر الجديد في الربيع"، '
        "حسب الوصف الرسمي للمشروع."
    ) == [("سنفتتح الجسر الجديد في الربيع", "سامي خليل")]
