"""A real Pelican build of a tiny site with the project's own configuration."""

from __future__ import annotations

from pathlib import Path
from xml.etree import ElementTree

from conftest import FIXTURES, build_site
from lxml import html

HARBOUR = "افتتاح-ميناء-جديد-للصيد-في-مدينة-ساحلية.html"


def test_home_page_is_arabic_and_right_to_left(tiny_site: Path) -> None:
    text = (tiny_site / "index.html").read_text("utf-8")
    assert text.startswith('<!DOCTYPE html>\n<html lang="ar" dir="rtl">')


def test_every_brief_gets_a_page_with_an_arabic_slug(tiny_site: Path) -> None:
    assert (tiny_site / HARBOUR).exists()
    assert (tiny_site / "مكتبة-الحي-تمدد-ساعات-العمل-في-الصيف.html").exists()
    assert (tiny_site / "category" / "اقتصاد.html").exists()
    assert (tiny_site / "tag" / "موانئ.html").exists()


def test_editor_key_points_win_over_extraction(tiny_site: Path) -> None:
    page = html.fromstring(
        (tiny_site / "مكتبة-الحي-تمدد-ساعات-العمل-في-الصيف.html").read_bytes()
    )
    points = page.xpath('//aside[@data-mowjaz="key-points"]//li/text()')
    assert points == [
        "المكتبة تفتح حتى العاشرة ليلاً طوال شهري جويلية وأوت.",
        "ورشات قراءة للأطفال كل سبت.",
        "الدخول مجاني لحاملي بطاقة الطالب.",
    ]


def test_atom_feed_lists_every_brief(tiny_site: Path) -> None:
    feed = ElementTree.parse(tiny_site / "feeds" / "all.atom.xml")
    ns = {"atom": "http://www.w3.org/2005/Atom"}
    titles = {
        entry.findtext("atom:title", namespaces=ns)
        for entry in feed.getroot().iterfind("atom:entry", ns)
    }
    assert "افتتاح ميناء جديد للصيد في مدينة ساحلية" in titles
    assert "مكتبة الحي تمدد ساعات العمل في الصيف" in titles


def test_hidden_and_draft_briefs_get_their_boxes_too(tmp_path: Path) -> None:
    """A hidden brief (reached by its link only) and a draft under review (in a
    preview: drafts are never published) show the same key points and quotes as a
    published one."""
    content = tmp_path / "content" / "briefs"
    content.mkdir(parents=True)
    header, body = (
        (FIXTURES / "briefs" / "harbour.md").read_text("utf-8").split("\n\n", 1)
    )
    for status in ("published", "hidden", "draft"):
        (content / f"{status}.md").write_text(
            f"{header}\nSlug: harbour-{status}\nStatus: {status}\n\n{body}", "utf-8"
        )
    output = build_site(
        tmp_path / "content", tmp_path / "output", MOWJAZ_PREVIEW_DRAFTS=True
    )
    shown = {}
    for status, page in (
        ("published", "harbour-published.html"),
        ("hidden", "harbour-hidden.html"),
        ("draft", "drafts/harbour-draft.html"),
    ):
        tree = html.fromstring((output / page).read_bytes())
        shown[status] = [
            tree.xpath('//*[@data-mowjaz="key-points"]//li//text()'),
            tree.xpath('//*[@data-mowjaz="quotes"]//figure//text()'),
        ]
    assert shown["published"][0] and shown["published"][1]
    assert shown["hidden"] == shown["published"] == shown["draft"]
