"""Discovery: robots.txt, the news sitemap's window, noindex, search without JS."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from lxml import etree, html
from mowjaz.config import Config, ConfigError
from mowjaz.site.sitemaps import build_time, robots_txt

from tests.conftest import build_site, copy_briefs

SITE = "http://localhost:8000"
NS = {
    "sm": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "news": "http://www.google.com/schemas/sitemap-news/0.9",
}


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("discovery")
    # theme-summit (2025-08-16) is within two days of this build time; harbour
    # (2025-09-02), after it, is listed too; library (2025-07-14) is too old.
    content = copy_briefs(
        ["theme-summit.md", "harbour.md", "library.md"], root / "content"
    )
    return build_site(
        content,
        root / "output",
        MOWJAZ_BUILD_TIME="2025-08-18T12:00+01:00",
        MOWJAZ_SEARCH=False,
    )


def _dates(site: Path) -> list[str]:
    tree = etree.parse(str(site / "news-sitemap.xml"))
    return tree.xpath("//news:publication_date/text()", namespaces=NS)


def test_robots_txt_names_both_sitemaps(site: Path) -> None:
    lines = (site / "robots.txt").read_text("utf-8").splitlines()
    assert "User-agent: *" in lines
    assert f"Sitemap: {SITE}/sitemap.xml" in lines
    assert f"Sitemap: {SITE}/news-sitemap.xml" in lines


def test_news_sitemap_window_counts_back_from_the_build_time(site: Path) -> None:
    days = sorted(date[:10] for date in _dates(site))
    assert days == ["2025-08-16", "2025-09-02"]


def test_news_sitemap_has_no_keywords(site: Path) -> None:
    tree = etree.parse(str(site / "news-sitemap.xml"))
    assert tree.xpath("//news:keywords", namespaces=NS) == []


def test_no_recent_brief_means_no_news_sitemap_and_no_line_for_it(
    tmp_path: Path,
) -> None:
    content = copy_briefs(["library.md"], tmp_path / "content")
    out = build_site(
        content,
        tmp_path / "output",
        MOWJAZ_BUILD_TIME="2030-01-01T00:00+00:00",
        MOWJAZ_SEARCH=False,
    )
    assert not (out / "news-sitemap.xml").exists()
    robots = (out / "robots.txt").read_text("utf-8")
    assert "news-sitemap" not in robots
    assert f"Sitemap: {SITE}/sitemap.xml" in robots


@pytest.mark.parametrize("name", ["404.html", "search.html"])
def test_error_and_search_pages_are_not_indexed(site: Path, name: str) -> None:
    page = html.fromstring((site / name).read_bytes())
    assert page.xpath('//head/meta[@name="robots"]/@content') == ["noindex"]


def test_briefs_and_home_are_indexed(site: Path) -> None:
    for name in ("index.html", "archives.html"):
        page = html.fromstring((site / name).read_bytes())
        assert not page.xpath('//meta[@name="robots"]'), name


def test_search_page_without_javascript_points_to_the_archives(site: Path) -> None:
    page = html.fromstring((site / "search.html").read_bytes())
    fallback = page.xpath("//*[@data-search-fallback]")[0]
    assert fallback.get("hidden") is None  # shown until the script hides it
    assert "JavaScript" in fallback.text_content()
    assert fallback.xpath(".//a/@href")[0].endswith("archives.html")
    # The form needs the script: it stays hidden without it.
    assert page.xpath('//form[@role="search"]')[0].get("hidden") is not None


def test_build_time_setting_then_source_date_epoch_then_clock() -> None:
    fixed = build_time("2025-08-16T12:00+01:00", {"SOURCE_DATE_EPOCH": "0"})
    assert fixed.isoformat() == "2025-08-16T12:00:00+01:00"
    assert build_time("", {"SOURCE_DATE_EPOCH": "86400"}) == dt.datetime(
        1970, 1, 2, tzinfo=dt.UTC
    )
    assert build_time("", {}).year >= 2025
    with pytest.raises(ConfigError, match="MOWJAZ_BUILD_TIME"):
        Config.from_settings({"MOWJAZ_BUILD_TIME": "demain"})


def test_robots_txt_without_sitemaps_still_lets_crawlers_in() -> None:
    assert robots_txt([]) == b"User-agent: *\nAllow: /\n"
