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
