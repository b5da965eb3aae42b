"""Raw pages, round 3: a shown speaker must be right (issue 23).

Every fixture is an Arabic sentence written for these tests.
"""

from __future__ import annotations

from tests.quote_support import guesses_of


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
    # "وطالب بفتح …": the demand; the words that follow are his, but he is not
    # named here, so no one is shown rather than "بفتح قنوات".
    found = guesses_of(
        "وطالب بفتح قنوات الحوار مع الشباب. "
        "وأضاف: «علينا أن نحمي شبابنا من الأفكار الدخيلة»."
    )
    assert found == [("علينا أن نحمي شبابنا من الأفكار الدخيلة", None)]


def test_a_foreign_name_opening_with_ba_is_still_the_subject():
    assert guesses_of(
        "وصرح بيتر هولدن للصحفيين بأن «الاتفاق سيوقع خلال أيام قليلة»."
    ) == [("الاتفاق سيوقع خلال أيام قليلة", "بيتر هولدن")]
