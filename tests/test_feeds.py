"""Atom and RSS feeds that real clients accept: feedparser, RFC 4287, newsboat."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit

import feedparser
import pytest
from lxml import etree, html
from mowjaz.quotes.extract import Quote
from mowjaz.site.enrich import RelatedLink, pin_urls
from mowjaz.site.feedentry import (
    EntryLabels,
    EntryLink,
    EntryParts,
    EntryQuote,
    entry_html,
)
from mowjaz.site.feeds import FeedWriter
from mowjaz.site.xmltext import absolute_url, tag_uri, xml_safe, xml_safe_html
from pelican.contents import Article
from pelican.settings import read_settings
from pelican.urlwrappers import Author, Category, Tag

from tests.browser_support import serve
from tests.conftest import ROOT, build_site, copy_briefs

SCHEMAS = Path(__file__).resolve().parent / "schemas"
ATOM_NS = {"atom": "http://www.w3.org/2005/Atom"}
SITE = "http://localhost:8000"

BUDGET = """\
Title: البلدية تصادق على ميزانية النقل المدرسي
Date: 2025-09-05 08:15+01:00
Modified: 2025-09-06 12:00+01:00
Category: اقتصاد
Tags: نقل, ميزانية
Author: كريم حداد
Summary: صادق المجلس البلدي على ميزانية جديدة للنقل المدرسي.
KeyPoints: ثلاثون حافلة جديدة قبل الدخول المدرسي.
    النقل مجاني لتلاميذ القرى البعيدة.
    الميزانية أكبر بالربع من ميزانية العام الماضي.

صادق المجلس البلدي مساء الخميس على ميزانية النقل المدرسي للعام الجديد،
وتشمل شراء ثلاثين حافلة.

وقال نائب رئيس المجلس: “لن يمشي أي تلميذ أكثر من كيلومتر للوصول إلى الحافلة”.

وسيكون النقل مجانياً لتلاميذ القرى البعيدة، على أن تبدأ الخدمة مع الدخول المدرسي.
"""

RAIN = """\
Title: أمطار غزيرة منتظرة على الشريط الساحلي
Date: 2025-09-06 17:40+01:00
Category: طقس
Tags: أمطار

توقعت مصالح الأرصاد الجوية أمطاراً غزيرة على المدن الساحلية ليلة السبت،
مع رياح قوية في المرتفعات.

ودعت الحماية المدنية السائقين إلى الحذر وتفادي الطرق الجبلية خلال ساعات الليل.
"""

RAIN_AGAIN = """\
Title: الأمطار الغزيرة تغلق طرقاً جبلية على الشريط الساحلي
Date: 2025-09-07 07:30+01:00
Category: طقس
Tags: أمطار

أغلقت الأمطار الغزيرة التي تهاطلت ليلة السبت على المدن الساحلية عدة طرق جبلية،
وسجلت مصالح الأرصاد الجوية رياحاً قوية في المرتفعات.

ودعت الحماية المدنية السائقين مجدداً إلى الحذر وتفادي الطرق الجبلية خلال الليل.
"""

# Raw bytes: C0 controls, U+FFFE and references to a lone surrogate and to U+0001.
HOSTILE = (
    "Title: خبر \x01 فيه \ufffe محارف &#xD800; ممنوعة\n"
    "Date: 2025-09-07 10:00+01:00\n"
    "Category: منوعات\n"
    "Tags: اختبار\x02\n"
    "Summary: ملخص \x0b فيه \x1b تحكم\n"
    "\n"
    "نص \x03 الخبر \ufffe فيه محارف \x1f غريبة &#xD800; و&#1; و&#xFFFE; وسط الكلام.\n"
).encode()
# A brief that is not UTF-8 at all: a lone surrogate written as raw bytes.
SURROGATE_BYTES = (
    "Title: سطر مكسور\nDate: 2025-09-07 11:00\n\nنص ".encode() + b"\xed\xa0\x80"
)

TITLES = {
    "افتتاح ميناء جديد للصيد في مدينة ساحلية",
    "مكتبة الحي تمدد ساعات العمل في الصيف",
    "البلدية تصادق على ميزانية النقل المدرسي",
    "أمطار غزيرة منتظرة على الشريط الساحلي",
    "الأمطار الغزيرة تغلق طرقاً جبلية على الشريط الساحلي",
}
# The feeds the fixture briefs give: all, 4 categories, 7 tags; Atom and RSS each.
FEED_FILES = {
    f"{name}.{kind}.xml"
    for name in (
        "all",
        "اقتصاد",
        "ثقافة",
        "طقس",
        "tag-صيد",
        "tag-موانئ",
        "tag-مكتبات",
        "tag-قراءة",
        "tag-نقل",
        "tag-ميزانية",
        "tag-أمطار",
    )
    for kind in ("atom", "rss")
}


def _content(root: Path, extra: dict[str, bytes]) -> Path:
    content = copy_briefs(["harbour.md", "library.md"], root / "content")
    for name, data in extra.items():
        (content / "briefs" / name).write_bytes(data)
    return content


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("feeds-site")
    briefs = {
        "feeds-budget.md": BUDGET.encode(),
        "feeds-rain.md": RAIN.encode(),
        "feeds-rain-again.md": RAIN_AGAIN.encode(),
    }
    return build_site(_content(root, briefs), root / "output")


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("feeds-hostile")
    briefs = {"feeds-hostile.md": HOSTILE, "feeds-surrogate.md": SURROGATE_BYTES}
    return build_site(_content(root, briefs), root / "output")


@pytest.fixture(scope="module")
def summary_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("feeds-summary")
    content = _content(root, {"feeds-budget.md": BUDGET.encode()})
    return build_site(content, root / "output", MOWJAZ_FEED_FULL_CONTENT=False)


def _feeds(site: Path) -> list[Path]:
    return sorted((site / "feeds").glob("*.xml"))


def _entries(site: Path, name: str) -> dict[str, feedparser.FeedParserDict]:
    parsed = feedparser.parse((site / "feeds" / name).read_bytes())
    return {entry.title: entry for entry in parsed.entries}


# --- pure helpers -------------------------------------------------------------------


def test_xml_safe_drops_exactly_the_characters_xml_forbids() -> None:
    forbidden = "\x00\x01\x08\x0b\x0c\x0e\x1f\ud800\udfff\ufffe\uffff"
    allowed = "\t\n\r أ \u200f \U0001f4f0 \ue000 \ufffd"
    assert xml_safe(forbidden + allowed + forbidden) == allowed
    assert xml_safe("") == ""


def test_xml_safe_html_drops_references_to_forbidden_characters() -> None:
    text = "a&#1;b&#x0B;c&#xD800;d&#xfffe;e&#99999999;f &#1575; &#x627; &amp;"
    assert xml_safe_html(text) == "abcdef &#1575; &#x627; &amp;"


def test_absolute_urls_percent_encode_arabic_slugs() -> None:
    url = absolute_url("https://mowjaz.example/", "category/اقتصاد.html")
    assert (
        url
        == "https://mowjaz.example/category/%D8%A7%D9%82%D8%AA%D8%B5%D8%A7%D8%AF.html"
    )
    assert absolute_url("https://mowjaz.example", "") == "https://mowjaz.example/"
    assert absolute_url("https://a.example", "https://b.example/س") == (
        "https://b.example/%D8%B3"
    )


def test_tag_uri_depends_on_host_day_and_path_only() -> None:
    day = "2025-09-02"
    one = tag_uri("http://localhost:8000/خبر.html", day)
    assert one == "tag:localhost,2025-09-02:/%D8%AE%D8%A8%D8%B1.html"
    assert tag_uri("https://localhost/خبر.html?ref=feed", day) == one


def test_entry_html_puts_key_points_first_and_escapes_text() -> None:
    labels = EntryLabels(key_points="أبرز النقاط", quotes="اقتباسات", related="ذات صلة")
    parts = EntryParts(
        body_html="<p>النص</p>",
        key_points=["نقطة <b>أولى</b>"],
        quotes=[EntryQuote("قول مأثور هنا", "سمير")],
        related=[EntryLink("خبر آخر", "http://x.example/%D8%AE.html")],
    )
    root = html.fragment_fromstring(entry_html(parts, labels))
    assert (root.get("dir"), root.get("lang")) == ("rtl", "ar")
    children = [child.tag for child in root]
    assert children == ["h2", "ul", "p", "h2", "ul", "h2", "ul"]
    assert root.xpath("ul[1]/li/text()") == ["نقطة <b>أولى</b>"]
    assert root.xpath("ul[2]/li/cite/text()") == ["سمير"]
    assert root.xpath("ul[3]/li/a/@href") == ["http://x.example/%D8%AE.html"]


def test_entry_html_without_boxes_is_the_body_alone() -> None:
    labels = EntryLabels(key_points="أ", quotes="ب", related="ج")
    root = html.fragment_fromstring(entry_html(EntryParts(body_html=""), labels))
    assert root.get("dir") == "rtl"
    assert len(root) == 0


def test_english_entries_are_left_to_right() -> None:
    labels = EntryLabels(key_points="Key points", quotes="Quotes", related="Related")
    fragment = entry_html(EntryParts(body_html="<p>Hi</p>", lang="en"), labels)
    assert html.fragment_fromstring(fragment).get("dir") == "ltr"


# --- a built site ---------------------------------------------------------------------


def test_there_are_atom_and_rss_feeds_for_all_categories_and_tags(site: Path) -> None:
    assert {path.name for path in _feeds(site)} == FEED_FILES


def test_every_feed_parses_in_feedparser_without_errors(site: Path) -> None:
    for path in _feeds(site):
        parsed = feedparser.parse(path.read_bytes())
        assert not parsed.bozo, (path.name, parsed.get("bozo_exception"))
        assert parsed.entries, path.name


def test_atom_feeds_validate_against_the_rfc_4287_schema(site: Path) -> None:
    schema = etree.RelaxNG(etree.parse(str(SCHEMAS / "atom.rng")))
    atom_feeds = [path for path in _feeds(site) if path.name.endswith(".atom.xml")]
    assert len(atom_feeds) == len(FEED_FILES) // 2
    for path in atom_feeds:
        assert schema.validate(etree.parse(str(path))), (path.name, schema.error_log)


def test_feeds_say_they_are_arabic(site: Path) -> None:
    atom = etree.parse(str(site / "feeds" / "all.atom.xml")).getroot()
    assert atom.get("{http://www.w3.org/XML/1998/namespace}lang") == "ar"
    rss = etree.parse(str(site / "feeds" / "all.rss.xml")).getroot()
    assert rss.findtext("channel/language") == "ar"


def test_feed_ids_differ_per_feed_and_point_to_the_feed(site: Path) -> None:
    ids = {
        etree.parse(str(path)).getroot().findtext("atom:id", namespaces=ATOM_NS)
        for path in _feeds(site)
        if path.name.endswith(".atom.xml")
    }
    assert len(ids) == len(FEED_FILES) // 2
    assert f"{SITE}/feeds/all.atom.xml" in ids


def test_entry_links_are_absolute_and_percent_encoded(site: Path) -> None:
    for name in ("all.atom.xml", "all.rss.xml"):
        for entry in _entries(site, name).values():
            assert entry.link.startswith(f"{SITE}/"), entry.link
            assert entry.link.isascii(), entry.link
            assert (site / unquote(urlsplit(entry.link).path).lstrip("/")).exists()


def test_entry_ids_are_stable_tag_uris_shared_by_atom_and_rss(
    site: Path, hostile_site: Path
) -> None:
    atom, rss = _entries(site, "all.atom.xml"), _entries(site, "all.rss.xml")
    harbour = atom["افتتاح ميناء جديد للصيد في مدينة ساحلية"]
    # The brief's Uid, not its headline or URL (tests/test_identity.py edits one).
    assert harbour.id == "urn:uuid:d6455fe2-c20c-576d-94e2-389adb76f666"
    assert {title: entry.id for title, entry in atom.items()} == {
        title: entry.id for title, entry in rss.items()
    }
    rebuilt = _entries(hostile_site, "all.atom.xml")
    assert rebuilt[harbour.title].id == harbour.id


def test_rss_guids_are_not_permalinks(site: Path) -> None:
    rss = etree.parse(str(site / "feeds" / "all.rss.xml"))
    guids = rss.findall("channel/item/guid")
    assert len(guids) == len(TITLES)
    assert {guid.get("isPermaLink") for guid in guids} == {"false"}


def test_entries_carry_author_dates_and_categories(site: Path) -> None:
    budget = _entries(site, "all.atom.xml")["البلدية تصادق على ميزانية النقل المدرسي"]
    assert budget.author == "كريم حداد"
    assert budget.published == "2025-09-05T08:15:00+01:00"
    assert budget.updated == "2025-09-06T12:00:00+01:00"
    assert [tag.term for tag in budget.tags] == ["اقتصاد", "نقل", "ميزانية"]
    rss = _entries(site, "all.rss.xml")["البلدية تصادق على ميزانية النقل المدرسي"]
    assert rss.author == "كريم حداد"
    assert rss.published == "Fri, 05 Sep 2025 08:15:00 +0100"


def test_a_brief_without_author_gets_the_site_author(site: Path) -> None:
    rain = _entries(site, "all.atom.xml")["أمطار غزيرة منتظرة على الشريط الساحلي"]
    assert rain.author == "فريق موجز"


def test_a_brief_without_modified_is_updated_when_published(site: Path) -> None:
    rain = _entries(site, "all.atom.xml")["أمطار غزيرة منتظرة على الشريط الساحلي"]
    assert rain.updated == rain.published == "2025-09-06T17:40:00+01:00"


def test_entry_content_is_rtl_with_key_points_first_and_lists_after(site: Path) -> None:
    raw = etree.parse(str(site / "feeds" / "all.atom.xml"))
    title = "البلدية تصادق على ميزانية النقل المدرسي"
    entry = next(
        node
        for node in raw.getroot().iterfind("atom:entry", ATOM_NS)
        if node.findtext("atom:title", namespaces=ATOM_NS) == title
    )
    content = entry.find("atom:content", ATOM_NS)
    assert content.get("type") == "html"
    root = html.fragment_fromstring(content.text)
    assert (root.tag, root.get("dir"), root.get("lang")) == ("div", "rtl", "ar")
    assert root[0].tag == "h2"
    assert root.xpath("ul[1]/li/text()") == [
        "ثلاثون حافلة جديدة قبل الدخول المدرسي.",
        "النقل مجاني لتلاميذ القرى البعيدة.",
        "الميزانية أكبر بالربع من ميزانية العام الماضي.",
    ]
    assert "ثلاثين حافلة" in root.xpath("string(p[1])")
    headings = root.xpath("h2/text()")
    last_body = root.xpath("p")[-1]
    assert root.index(last_body) < root.index(root.xpath("h2")[-1])
    assert len(headings) >= 2
    quoted = root.xpath("string(ul[2])")
    assert "لن يمشي أي تلميذ أكثر من كيلومتر" in quoted


def _article(settings: dict, title: str, slug: str, body: str) -> Article:
    return Article(
        body,
        metadata={
            "title": title,
            "slug": slug,
            "date": dt.datetime(2025, 9, 7, 10, 0),
            "category": Category("طقس", settings),
        },
        settings=settings,
    )


def _settings(tmp_path: Path) -> dict:
    return read_settings(
        str(ROOT / "pelicanconf.py"),
        override={"PATH": str(tmp_path), "OUTPUT_PATH": str(tmp_path)},
    )


def test_related_stories_follow_as_absolute_links(tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    rain = _article(settings, "أمطار منتظرة", "أمطار-منتظرة", "<p>توقعات.</p>")
    again = _article(settings, "الأمطار تغلق طرقاً", "الأمطار-تغلق-طرقا", "<p>طرق.</p>")
    rain.key_points = ["أمطار غزيرة ليلة السبت."]
    rain.quotes = [Quote(text="احذروا الطرق الجبلية ليلاً", speaker="الحماية المدنية")]
    rain.related = [RelatedLink(article=again, score=0.4, source="content")]
    writer = FeedWriter(str(tmp_path), settings=settings)
    context = {"SITENAME": "موجز", "SITEURL": SITE, "FEED_DOMAIN": SITE}
    writer.write_feed([rain], context, "feeds/x.rss.xml", feed_type="rss")
    entry = feedparser.parse((tmp_path / "feeds" / "x.rss.xml").read_bytes()).entries[0]
    root = html.fragment_fromstring(entry.summary)
    assert [child.tag for child in root] == ["h2", "ul", "p", "h2", "ul", "h2", "ul"]
    assert root.xpath("ul[2]/li/cite/text()") == ["الحماية المدنية"]
    [link] = root.xpath("ul[3]/li/a")
    assert link.text == "الأمطار تغلق طرقاً"
    assert link.get("href") == f"{SITE}/" + quote("الأمطار-تغلق-طرقا.html")


def test_summary_setting_leaves_the_full_body_out(summary_site: Path) -> None:
    title = "البلدية تصادق على ميزانية النقل المدرسي"
    atom = _entries(summary_site, "all.atom.xml")[title]
    assert "content" not in atom
    summary = html.fragment_fromstring(atom.summary)
    assert summary.get("dir") == "rtl"
    assert "صادق المجلس البلدي على ميزانية جديدة" in summary.text_content()
    assert "على أن تبدأ الخدمة" not in summary.text_content()
    rss = _entries(summary_site, "all.rss.xml")[title]
    assert "على أن تبدأ الخدمة" not in rss.summary
    assert "ثلاثون حافلة جديدة" in rss.summary


# --- hostile input --------------------------------------------------------------------


def _forbidden_characters(text: str) -> set[str]:
    return {char for char in text if xml_safe(char) != char}


def test_hostile_brief_still_yields_well_formed_feeds(hostile_site: Path) -> None:
    strict = etree.XMLParser(recover=False, resolve_entities=False)
    feeds = _feeds(hostile_site)
    assert any(path.name == "منوعات.rss.xml" for path in feeds)
    for path in feeds:
        etree.parse(str(path), strict)
        text = path.read_bytes().decode("utf-8")
        assert not _forbidden_characters(text), path.name
        parsed = feedparser.parse(path.read_bytes())
        assert not parsed.bozo, (path.name, parsed.get("bozo_exception"))


def test_hostile_brief_is_in_the_feed_with_its_words(hostile_site: Path) -> None:
    entries = _entries(hostile_site, "all.atom.xml")
    hostile = next(entry for title, entry in entries.items() if "ممنوعة" in title)
    assert hostile.title.split()[:2] == ["خبر", "فيه"]
    body = hostile.content[0].value
    assert "وسط الكلام" in body
    assert "&#1;" not in body and "&#xD800;" not in body
    assert {
        "افتتاح ميناء جديد للصيد في مدينة ساحلية",
        "مكتبة الحي تمدد ساعات العمل في الصيف",
    } < set(entries)


def test_feed_writer_drops_forbidden_characters_from_any_article(
    tmp_path: Path,
) -> None:
    settings = _settings(tmp_path)
    bad = "\x01\x0b\x1f\ud800\udfff\ufffe\uffff"
    article = Article(
        f"<p>نص {bad} الخبر &#xD800;</p>",
        metadata={
            "title": f"عنوان {bad} الخبر",
            "slug": "hostile",
            "date": dt.datetime(2025, 9, 7, 10, 0),
            "category": Category(f"فئة{bad}", settings),
            "tags": [Tag(f"وسم{bad}", settings)],
            "author": Author(f"كاتب{bad}", settings),
            "summary": f"<p>ملخص {bad}</p>",
        },
        settings=settings,
    )
    article.key_points = [f"نقطة {bad} أولى"]
    article.quotes = [Quote(text=f"قول {bad} مأثور", speaker=f"متحدث{bad}")]
    article.related = []
    context = {"SITENAME": f"موجز{bad}", "SITEURL": SITE, "FEED_DOMAIN": SITE}
    writer = FeedWriter(str(tmp_path), settings=settings)
    for kind in ("atom", "rss"):
        writer.write_feed([article], context, f"feeds/x.{kind}.xml", feed_type=kind)
        data = (tmp_path / "feeds" / f"x.{kind}.xml").read_bytes()
        etree.fromstring(data, etree.XMLParser(recover=False))
        assert not _forbidden_characters(data.decode("utf-8"))
        parsed = feedparser.parse(data)
        assert not parsed.bozo, parsed.get("bozo_exception")
        assert parsed.entries[0].title == "عنوان الخبر"
        assert parsed.entries[0].author == "كاتب"


# --- a real feed reader ---------------------------------------------------------------


@pytest.fixture(scope="module")
def served(site: Path) -> Iterator[str]:
    with serve(site) as url:
        yield url.rstrip("/")


@pytest.mark.parametrize("kind", ["atom", "rss"])
def test_newsboat_lists_every_brief_with_its_arabic_title(
    site: Path, served: str, kind: str, tmp_path: Path
) -> None:
    newsboat = shutil.which("newsboat")
    if newsboat is None:
        pytest.skip(
            "newsboat is not installed (apt-get install newsboat; .ci/run does)"
        )
    urls = [
        f"{served}/feeds/{quote(path.name)}"
        for path in _feeds(site)
        if path.name.endswith(f".{kind}.xml")
    ]
    (tmp_path / "urls").write_text("\n".join(urls) + "\n", "utf-8")
    (tmp_path / "config").write_text("download-timeout 10\nreload-threads 2\n", "utf-8")
    command = [newsboat, "-u", "urls", "-c", "cache.db", "-C", "config", "-x", "reload"]
    env = {"HOME": str(tmp_path), "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"}
    done = subprocess.run(
        command, cwd=tmp_path, env=env, capture_output=True, timeout=60, check=False
    )
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    with sqlite3.connect(tmp_path / "cache.db") as db:
        feeds = dict(db.execute("SELECT rssurl, title FROM rss_feed"))
        titles = {row[0] for row in db.execute("SELECT title FROM rss_item")}
    assert set(feeds) == set(urls)
    assert all(title.startswith("موجز") for title in feeds.values())
    assert titles == TITLES


def test_pinned_urls_are_the_urls_pelican_gives(tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    rain = _article(settings, "أمطار منتظرة", "أمطار-منتظرة", "<p>توقعات.</p>")
    moved = _article(settings, "نشرة خاصة", "نشرة-خاصة", "<p>نص.</p>")
    moved.override_url = "special/bulletin.html"  # what a URL metadata line sets
    expected = [rain.url, moved.url]
    pin_urls([rain, moved])
    assert (
        [rain.url, moved.url]
        == expected
        == ["أمطار-منتظرة.html", "special/bulletin.html"]
    )
    assert rain.override_url == "أمطار-منتظرة.html"
