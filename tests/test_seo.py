"""Search-engine and social metadata: JSON-LD, Open Graph, canonical links, sitemaps."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from lxml import etree, html
from mowjaz.site.sitemaps import (
    NewsItem,
    SitemapUrl,
    news_language,
    recent_news,
    sitemap_xml,
)
from pelican.settings import read_settings
from PIL import Image

from tests.conftest import ROOT, build_site, copy_briefs

SCHEMAS = Path(__file__).resolve().parent / "schemas"
SITE = "http://localhost:8000"
SITEMAP_NS = {
    "sm": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "news": "http://www.google.com/schemas/sitemap-news/0.9",
}

PORT = """\
Title: الميناء الجديد يستقبل أول سفينة شحن
Date: 2025-09-10 11:00+01:00
Modified: 2025-09-10 16:45+01:00
Category: اقتصاد
Tags: موانئ, شحن
Author: سلمى بن علي
Image: images/ship.jpg
Summary: رست أول سفينة شحن في الميناء الجديد </script> وسط حضور رسمي.

رست صباح الأربعاء أول سفينة شحن في الميناء الجديد، محملة بمواد البناء.

وقال مدير الميناء إن الرصيف الثاني سيفتح قبل نهاية السنة.
"""

MARKET = """\
Title: سوق السمك يفتح أبوابه قرب الميناء
Date: 2025-09-09 07:00+01:00
Category: اقتصاد
Tags: صيد

فتح سوق السمك الجديد أبوابه صباح الثلاثاء قرب الميناء، بعد أسابيع من التجهيز.
"""

ABOUT = """\
Title: من نحن
Summary: موجز موقع أخبار مختصرة بالعربية.

موجز فريق صغير يكتب أخباراً قصيرة وواضحة.
"""

PORT_PAGE = "الميناء-الجديد-يستقبل-أول-سفينة-شحن.html"
HARBOUR_PAGE = "افتتاح-ميناء-جديد-للصيد-في-مدينة-ساحلية.html"


def _content(root: Path) -> Path:
    content = copy_briefs(["harbour.md", "library.md"], root / "content")
    (content / "briefs" / "feeds-port.md").write_text(PORT, "utf-8")
    (content / "briefs" / "feeds-market.md").write_text(MARKET, "utf-8")
    (content / "images").mkdir()
    Image.new("RGB", (1400, 800), "#2a6f97").save(content / "images" / "ship.jpg")
    (content / "pages").mkdir()
    (content / "pages" / "about.md").write_text(ABOUT, "utf-8")
    return content


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("seo-site")
    return build_site(
        _content(root), root / "output", MOWJAZ_BUILD_TIME="2025-09-11T06:00+01:00"
    )


@pytest.fixture(scope="module")
def plain_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The same site built with the Mowjaz plugin switched off."""
    root = tmp_path_factory.mktemp("seo-plain")
    return build_site(_content(root), root / "output", PLUGINS=[])


def _head(site: Path, name: str) -> html.HtmlElement:
    return html.fromstring((site / name).read_bytes()).find("head")


def _meta(head: html.HtmlElement, key: str) -> list[str]:
    return head.xpath(f'meta[@property="{key}" or @name="{key}"]/@content')


def _json_ld(head: html.HtmlElement) -> list[dict]:
    return [
        json.loads(script.text)
        for script in head.xpath('script[@type="application/ld+json"]')
    ]


def _exists(site: Path, url: str) -> bool:
    path = unquote(urlsplit(url).path).lstrip("/")
    return (site / (path or "index.html")).exists()


# --- JSON-LD ------------------------------------------------------------------


def test_article_pages_carry_news_article_json_ld(site: Path) -> None:
    head = _head(site, PORT_PAGE)
    [data] = _json_ld(head)
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == "الميناء الجديد يستقبل أول سفينة شحن"
    assert data["datePublished"] == "2025-09-10T11:00:00+01:00"
    assert data["dateModified"] == "2025-09-10T16:45:00+01:00"
    assert [author["name"] for author in data["author"]] == ["سلمى بن علي"]
    assert data["publisher"] == {
        "@type": "NewsMediaOrganization",
        "@id": f"{SITE}/#publisher",
        "name": "موجز",
        "url": f"{SITE}/",
        "logo": {
            "@type": "ImageObject",
            "url": f"{SITE}/logo.png",
            "width": 512,
            "height": 512,
        },
    }
    assert data["inLanguage"] == "ar"
    assert data["description"].startswith("رست أول سفينة شحن")
    canonical = head.xpath('link[@rel="canonical"]/@href')
    assert data["mainEntityOfPage"] == {"@type": "WebPage", "@id": canonical[0]}
    assert data["image"] == [f"{SITE}/images/ship-1200.jpg"]


def test_json_ld_cannot_close_its_script_element(site: Path) -> None:
    raw = (site / PORT_PAGE).read_text("utf-8")
    start = raw.index('<script type="application/ld+json">')
    body = raw[start : raw.index("</script>", start)]
    assert "<" not in body.split(">", 1)[1]
    [data] = _json_ld(_head(site, PORT_PAGE))
    assert "</script>" in data["description"]


def test_json_ld_without_an_image_has_the_site_image(site: Path) -> None:
    [data] = _json_ld(_head(site, HARBOUR_PAGE))
    assert data["image"] == [f"{SITE}/site-image.png"]
    assert data["dateModified"] == data["datePublished"] == "2025-09-02T09:30:00+01:00"


def test_only_article_pages_and_home_carry_json_ld(site: Path) -> None:
    for name in ("category/اقتصاد.html", "pages/من-نحن.html", "index2.html"):
        if (site / name).exists():
            assert _json_ld(_head(site, name)) == [], name
    [home] = _json_ld(_head(site, "index.html"))
    assert [node["@type"] for node in home["@graph"]] == [
        "NewsMediaOrganization",
        "WebSite",
    ]


# --- canonical, description, Open Graph, Twitter ------------------------------


@pytest.mark.parametrize(
    ("name", "path"),
    [
        ("index.html", ""),
        (PORT_PAGE, PORT_PAGE),
        ("category/اقتصاد.html", "category/اقتصاد.html"),
        ("tag/موانئ.html", "tag/موانئ.html"),
        ("pages/من-نحن.html", "pages/من-نحن.html"),
    ],
)
def test_every_page_has_an_absolute_canonical_link(
    site: Path, name: str, path: str
) -> None:
    head = _head(site, name)
    [canonical] = head.xpath('link[@rel="canonical"]/@href')
    assert canonical.isascii()
    assert unquote(canonical) == f"{SITE}/{path}"
    assert _meta(head, "og:url") == [canonical]


def test_description_comes_from_the_summary(site: Path) -> None:
    head = _head(site, PORT_PAGE)
    [description] = _meta(head, "description")
    assert description.startswith("رست أول سفينة شحن في الميناء الجديد")
    assert _meta(head, "og:description") == [description]
    assert _meta(head, "twitter:description") == [description]
    assert _meta(_head(site, "pages/من-نحن.html"), "description") == [
        "موجز موقع أخبار مختصرة بالعربية."
    ]


def test_open_graph_and_twitter_card_on_an_article(site: Path) -> None:
    head = _head(site, PORT_PAGE)
    assert _meta(head, "og:type") == ["article"]
    assert _meta(head, "og:title") == ["الميناء الجديد يستقبل أول سفينة شحن"]
    assert _meta(head, "og:site_name") == ["موجز"]
    assert _meta(head, "og:locale") == ["ar_DZ"]
    assert _meta(head, "og:image") == [f"{SITE}/images/ship-1200.jpg"]
    assert _meta(head, "article:published_time") == ["2025-09-10T11:00:00+01:00"]
    assert _meta(head, "article:section") == ["اقتصاد"]
    assert _meta(head, "article:tag") == ["موانئ", "شحن"]
    assert _meta(head, "twitter:card") == ["summary_large_image"]
    # Without a lead image, the site image is shared, large.
    harbour = _head(site, HARBOUR_PAGE)
    assert _meta(harbour, "og:image") == [f"{SITE}/site-image.png"]
    assert _meta(harbour, "og:image:width") == ["1200"]
    assert _meta(harbour, "twitter:card") == ["summary_large_image"]


def test_listing_pages_are_websites_in_open_graph(site: Path) -> None:
    head = _head(site, "category/اقتصاد.html")
    assert _meta(head, "og:type") == ["website"]
    assert _meta(head, "og:title") == ["موجز - اقتصاد"]


# --- feed links ---------------------------------------------------------------


def _feed_links(head: html.HtmlElement) -> dict[str, str]:
    return {
        unquote(link.get("href")): link.get("type")
        for link in head.xpath('link[@rel="alternate"]')
    }


def test_every_page_links_the_site_feeds(site: Path) -> None:
    for name in ("index.html", PORT_PAGE, "pages/من-نحن.html", "archives.html"):
        links = _feed_links(_head(site, name))
        assert links[f"{SITE}/feeds/all.atom.xml"] == "application/atom+xml"
        assert links[f"{SITE}/feeds/all.rss.xml"] == "application/rss+xml"


def test_category_and_tag_pages_link_their_own_feeds(site: Path) -> None:
    category = _feed_links(_head(site, "category/اقتصاد.html"))
    assert f"{SITE}/feeds/اقتصاد.atom.xml" in category
    assert f"{SITE}/feeds/اقتصاد.rss.xml" in category
    tag = _feed_links(_head(site, "tag/موانئ.html"))
    assert set(tag) >= {
        f"{SITE}/feeds/tag-موانئ.atom.xml",
        f"{SITE}/feeds/tag-موانئ.rss.xml",
    }
    assert len(_feed_links(_head(site, PORT_PAGE))) == 2


def test_feed_links_point_to_written_feeds(site: Path) -> None:
    for name in ("category/اقتصاد.html", "tag/موانئ.html", "index.html"):
        for link in _head(site, name).xpath('link[@rel="alternate"]/@href'):
            assert link.isascii() and _exists(site, link), link


def test_metadata_renders_without_the_plugin(plain_site: Path) -> None:
    head = _head(plain_site, PORT_PAGE)
    [data] = _json_ld(head)
    assert data["headline"] == "الميناء الجديد يستقبل أول سفينة شحن"
    assert head.xpath('link[@rel="canonical"]/@href')


# --- sitemaps -----------------------------------------------------------------


def _locs(tree: etree._ElementTree) -> list[str]:
    return tree.xpath("//sm:url/sm:loc/text()", namespaces=SITEMAP_NS)


def test_sitemap_validates_against_the_sitemaps_org_schema(site: Path) -> None:
    schema = etree.XMLSchema(etree.parse(str(SCHEMAS / "sitemap.xsd")))
    tree = etree.parse(str(site / "sitemap.xml"))
    assert schema.validate(tree), schema.error_log


def test_sitemap_lists_every_page_once(site: Path) -> None:
    locs = _locs(etree.parse(str(site / "sitemap.xml")))
    assert locs[0] == f"{SITE}/"
    assert len(locs) == len(set(locs))
    assert all(loc.isascii() and _exists(site, loc) for loc in locs)
    pages = {
        path.relative_to(site).as_posix()
        for path in site.rglob("*.html")
        if path.name not in {"search.html", "404.html"}
        and not path.relative_to(site).as_posix().startswith("theme/")
    }
    listed = {unquote(urlsplit(loc).path).lstrip("/") or "index.html" for loc in locs}
    assert listed == pages


def test_sitemap_dates_are_the_briefs_dates(site: Path) -> None:
    tree = etree.parse(str(site / "sitemap.xml"))
    lastmod = {
        unquote(url.findtext("sm:loc", namespaces=SITEMAP_NS)): url.findtext(
            "sm:lastmod", namespaces=SITEMAP_NS
        )
        for url in tree.xpath("//sm:url", namespaces=SITEMAP_NS)
    }
    assert lastmod[f"{SITE}/{PORT_PAGE}"] == "2025-09-10T16:45:00+01:00"
    assert lastmod[f"{SITE}/{HARBOUR_PAGE}"] == "2025-09-02T09:30:00+01:00"
    assert lastmod[f"{SITE}/"] == "2025-09-10T16:45:00+01:00"


def test_news_sitemap_validates_with_the_google_news_schema(site: Path) -> None:
    schema = etree.XMLSchema(etree.parse(str(SCHEMAS / "sitemap-with-news.xsd")))
    tree = etree.parse(str(site / "news-sitemap.xml"))
    assert schema.validate(tree), schema.error_log


def test_news_sitemap_lists_only_the_recent_briefs(site: Path) -> None:
    tree = etree.parse(str(site / "news-sitemap.xml"))
    assert [unquote(loc) for loc in _locs(tree)] == [
        f"{SITE}/{PORT_PAGE}",
        f"{SITE}/سوق-السمك-يفتح-أبوابه-قرب-الميناء.html",
    ]
    news = tree.xpath("//news:news", namespaces=SITEMAP_NS)[0]
    assert news.xpath("news:publication/news:name/text()", namespaces=SITEMAP_NS) == [
        "موجز"
    ]
    assert news.xpath(
        "news:publication/news:language/text()", namespaces=SITEMAP_NS
    ) == ["ar"]
    assert news.xpath("news:title/text()", namespaces=SITEMAP_NS) == [
        "الميناء الجديد يستقبل أول سفينة شحن"
    ]
    assert news.xpath("news:publication_date/text()", namespaces=SITEMAP_NS) == [
        "2025-09-10T11:00:00+01:00"
    ]


def _item(day: int) -> NewsItem:
    when = dt.datetime(2025, 9, day, 12, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    return NewsItem(loc=f"https://m.example/{day}.html", title=str(day), published=when)


def test_recent_news_counts_back_from_the_build_time() -> None:
    items = [_item(1), _item(8), _item(10), _item(9)]
    now = _item(10).published
    assert [item.title for item in recent_news(items, 2, now)] == ["10", "9", "8"]
    assert [item.title for item in recent_news(items, 1, now)] == ["10", "9"]
    later = now + dt.timedelta(days=30)
    assert recent_news(items, 2, later) == []
    assert recent_news([], 2, now) == []


def test_news_language_is_an_iso_639_code() -> None:
    assert news_language("ar") == "ar"
    assert news_language("ar_DZ") == "ar"
    assert news_language("zh-TW") == "zh-tw"


def test_sitemap_of_the_same_url_twice_lists_it_once() -> None:
    data = sitemap_xml(
        [SitemapUrl("https://m.example/"), SitemapUrl("https://m.example/")]
    )
    tree = etree.fromstring(data)
    assert tree.xpath("//sm:loc/text()", namespaces=SITEMAP_NS) == [
        "https://m.example/"
    ]


def test_publish_settings_keep_metadata_urls_absolute(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("MOWJAZ_SITEURL", "https://news.example")
    settings = read_settings(str(ROOT / "publishconf.py"))
    assert settings["SITEURL"] == settings["FEED_DOMAIN"] == "https://news.example"
    assert settings["RELATIVE_URLS"] is False
