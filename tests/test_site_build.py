"""A real Pelican build of a tiny site with the project's own configuration."""

from __future__ import annotations

from pathlib import Path
from xml.etree import ElementTree

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
