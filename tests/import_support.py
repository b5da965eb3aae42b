"""A small story and helpers shared by the importer tests.

Every fixture here is written for these tests (an invented town and market).
"""

from __future__ import annotations

from mowjaz.importer import pipeline as importer
from mowjaz.importer.records import ImportOptions

DATE = "2025-09-07T08:00:00+01:00"
TITLE = "البلدية تفتتح سوقا مغطاة للخضر والفواكه"
LEAD = (
    "افتتحت البلدية صباح الأحد سوقا مغطاة جديدة تضم مئة وعشرين محلا للخضر "
    "والفواكه في وسط البلدة."
)
BODY = LEAD + "\nوقال رئيس البلدية إن السوق ستنظم التجارة وتحمي المستهلك من الغلاء.\n"


def imported(text: str) -> importer.ImportResult:
    """Import ``text`` as a pasted article with only the date given."""
    return importer.import_bytes(
        text.encode("utf-8"), "article.txt", ImportOptions(date=DATE)
    )


def body_texts(result: importer.ImportResult) -> list[str]:
    """Return the texts of the imported brief's blocks."""
    return [block.text for block in result.brief.blocks]


def assert_read_as_credit(line: str, author: str) -> None:
    """Check that ``line`` under the headline is read as the credit of ``author``.

    The line leaves the body: the lead is the first block and the Summary.
    """
    result = imported(f"{TITLE}\n{line}\n{BODY}")
    assert result.brief.author == author
    assert body_texts(result)[0] == LEAD
    assert result.brief.summary == LEAD
