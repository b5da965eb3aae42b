"""Metadata an editor gives at import reaches the page exactly as typed."""

from __future__ import annotations

from pathlib import Path

from conftest import build_site
from lxml import html
from mowjaz.cli import main

RAW = (
    "الشركة تعلن نتائج الربع الثالث\n"
    "أعلنت الشركة صباح اليوم نتائج الربع الثالث من العام، وقالت إن أرباحها ارتفعت "
    "بنسبة عشرة في المئة قياسا بالعام الذي سبقه.\n"
)
CATEGORY = 'اقتصاد & "أعمال" <عربية>'
AUTHOR = "د. سامي 'الكتبي' & شركاه"
TAGS = ("أرباح & خسائر", "شركات <كبرى>")


def test_category_author_and_tags_round_trip_import_build_page(
    tmp_path: Path,
) -> None:
    """``& < > " '`` are shown as typed: never escaped twice, never markup."""
    content = tmp_path / "content"
    raw = tmp_path / "raw.txt"
    raw.write_text(RAW, encoding="utf-8")
    status = main(
        [
            "import",
            "--out",
            str(content / "briefs"),
            "--date",
            "2025-05-04T10:00Z",
            "--category",
            CATEGORY,
            "--author",
            AUTHOR,
            "--tags",
            "، ".join(TAGS),
            str(raw),
        ]
    )
    assert status == 0
    output = build_site(content, tmp_path / "output", MOWJAZ_SEARCH=False)
    page = next(path for path in output.glob("*.html") if "الشركة" in path.name)
    tree = html.fromstring(page.read_bytes())
    assert tree.xpath("string(//p[@class='brief-kicker']/a)").strip() == CATEGORY
    assert tree.xpath("string(//a[@rel='author'])").strip() == AUTHOR
    shown = [tag.text_content().strip() for tag in tree.xpath("//a[@rel='tag']")]
    assert sorted(shown) == sorted(TAGS)
    assert not tree.xpath("//article//b | //article//عربية")
