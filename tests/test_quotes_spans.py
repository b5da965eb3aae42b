"""Where a speaker's name starts and ends on raw pages (issue 23, round 5).

Every fixture is an Arabic sentence written for these tests, with invented names.
"""

from __future__ import annotations

from tests.quote_support import quotes_of


def test_the_word_after_a_kunya_is_part_of_the_name():
    # "أبو" (father of) always takes the next word: a common noun or a verb form
    # there (طالب، بكر) is still the name, never its end.
    assert quotes_of(
        "ويقول الكاتب سعود أبو طالب في مقاله: «علينا أن نسأل أنفسنا لماذا تأخرنا»."
    ) == [("علينا أن نسأل أنفسنا لماذا تأخرنا", "سعود أبو طالب")]
