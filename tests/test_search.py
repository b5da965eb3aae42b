"""Static search: Pagefind indexes the built site and the search page finds briefs.

Browser tests open the search page in headless Chromium, served from localhost with
the Content-Security-Policy documented in the README (no other host, no inline script).
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote, urlsplit

import pytest
from browser_support import STRICT_CSP, launch_chromium, serve
from conftest import build_site, copy_briefs
from lxml import html
from mowjaz.config import Config
from mowjaz.site.search import SearchIndexError, build_index

TALKS = "جولة-جديدة-من-مفاوضات-اتفاقية-الصيد-البحري.html"
WATER = "الوزير-يزور-محطة-تحلية-المياه-في-الجنوب.html"
TALKS_TITLE = "جولة جديدة من مفاوضات اتفاقية الصيد البحري"
WATER_TITLE = "الوزير يزور محطة تحلية المياه في الجنوب"
# The policy the README tells hosts to send; the tests serve the site with it.
CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'"

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def search_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A tiny built site of the two search briefs, with its Pagefind index."""
    root = tmp_path_factory.mktemp("search-site")
    content = copy_briefs(["search-talks.md", "search-water.md"], root / "content")
    site = build_site(content, root / "output")
    build_index(site)
    return site


def _page(site: Path, name: str) -> html.HtmlElement:
    return html.fromstring((site / name).read_bytes())


def _plain_site(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "index.html").write_text(
        '<!DOCTYPE html><html lang="ar"><head><meta charset="utf-8"><title>t</title>'
        "</head><body><main data-pagefind-body><h1>عنوان</h1><p>نص قصير</p></main>"
        "</body></html>",
        "utf-8",
    )
    return folder


# Indexing ---------------------------------------------------------------------------


def test_index_holds_every_brief_and_no_listing_page(search_site: Path) -> None:
    entry = json.loads((search_site / "pagefind" / "pagefind-entry.json").read_text())
    assert entry["languages"]["ar"]["page_count"] == 2
    assert (search_site / "pagefind" / "pagefind.js").is_file()


def test_article_marks_its_searchable_part_and_its_date(search_site: Path) -> None:
    page = _page(search_site, TALKS)
    body = page.xpath("//*[@data-pagefind-body]")
    assert len(body) == 1
    assert body[0].xpath('.//aside[@data-mowjaz="key-points"]')
    assert not body[0].xpath(
        './/aside[@data-mowjaz="key-points"][@data-pagefind-ignore]'
    )
    for ignored in ('[@data-mowjaz="quotes"]', '[@class="byline"]'):
        assert body[0].xpath(f".//*{ignored}[@data-pagefind-ignore]"), ignored
    related = page.xpath('//*[@data-mowjaz="related"]')
    assert all(nav.get("data-pagefind-ignore") is not None for nav in related)
    meta = page.xpath("//time/@data-pagefind-meta")
    assert meta
    assert meta[0].startswith("datetime[datetime], date:")
    assert "2025" in meta[0]


def test_missing_site_folder_is_named_in_the_error(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere"
    with pytest.raises(SearchIndexError, match="nowhere"):
        build_index(missing)


def test_rebuild_replaces_the_previous_bundle(tmp_path: Path) -> None:
    site = _plain_site(tmp_path / "site")
    build_index(site)
    stale = site / "pagefind" / "fragment" / "ar_stale.pf_fragment"
    stale.write_bytes(b"old")
    build_index(site)
    assert not stale.exists()
    assert (site / "pagefind" / "pagefind-entry.json").is_file()


def test_a_foreign_pagefind_folder_is_not_overwritten(tmp_path: Path) -> None:
    site = _plain_site(tmp_path / "site")
    (site / "pagefind").mkdir()
    (site / "pagefind" / "notes.txt").write_text("mine", "utf-8")
    with pytest.raises(SearchIndexError, match="not a Pagefind bundle"):
        build_index(site)
    assert (site / "pagefind" / "notes.txt").read_text("utf-8") == "mine"


def test_search_can_be_switched_off() -> None:
    assert Config.from_settings({}).search is True
    assert Config.from_settings({"MOWJAZ_SEARCH": False}).search is False


# The search page's HTML -------------------------------------------------------------


def test_search_page_has_no_inline_script_and_carries_its_strings(
    search_site: Path,
) -> None:
    page = _page(search_site, "search.html")
    scripts = page.xpath("//script")
    assert scripts
    assert all(
        script.get("src") and not (script.text or "").strip() for script in scripts
    )
    assert not page.xpath("//@*[starts-with(name(), 'on')]")
    root = page.xpath('//*[@data-mowjaz="search"]')[0]
    assert root.get("data-bundle").endswith("/pagefind/")
    assert "{count}" in root.get("data-msg-count")
    assert "{query}" in root.get("data-msg-none")
    assert root.get("data-msg-searching")


def test_search_page_without_javascript_points_to_the_archives(
    search_site: Path,
) -> None:
    page = _page(search_site, "search.html")
    assert page.xpath('//form[@role="search"][@hidden]')
    fallback = page.xpath("//*[@data-search-fallback]")[0]
    assert fallback.get("hidden") is None
    assert fallback.xpath(".//a/@href")[0].endswith("archives.html")


# In the browser ---------------------------------------------------------------------


@contextlib.contextmanager
def _serve(site: Path, csp: str) -> Iterator[str]:
    """Serve ``site`` on localhost with ``csp``; yield the base URL (no slash)."""
    with serve(site, {"Content-Security-Policy": csp}) as url:
        yield url.rstrip("/")


@pytest.fixture(scope="module")
def served(search_site: Path) -> Iterator[str]:
    """The search site on localhost, sent with the CSP the README documents."""
    with _serve(search_site, CSP) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    """Debian's headless Chromium through Playwright (never a downloaded browser)."""
    with launch_chromium() as launched:
        yield launched


@pytest.fixture
def page(browser: object) -> Iterator[object]:
    """A tab in a fresh context that records every request and console error."""
    context = browser.new_context()  # type: ignore[attr-defined]
    tab = context.new_page()
    tab.requests = []
    tab.errors = []
    tab.on("request", lambda request: tab.requests.append(request.url))
    tab.on(
        "console",
        lambda message: (
            tab.errors.append(message.text) if message.type == "error" else None
        ),
    )
    yield tab
    context.close()


def _search(page: object, served: str, query: str) -> list[object]:
    """Search through the page's own URL parameter; return the result items."""
    page.goto(f"{served}/search.html?q={quote(query)}")
    page.wait_for_selector(
        '[data-mowjaz="search"][data-searched]', state="attached", timeout=15_000
    )
    return page.query_selector_all(".search-result")


def _titles(items: list[object]) -> set[str]:
    return {item.query_selector("h2").inner_text().strip() for item in items}


@pytest.mark.browser
@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # The text says "مفاوضات" (no article): search with the article.
        ("المفاوضات", TALKS_TITLE),
        # The text says "الوزير" (with the article): search without it.
        ("وزير", WATER_TITLE),
        # ... with a conjunction in front, and with full diacritics.
        ("والوزير", WATER_TITLE),
        ("الوَزِيرُ", WATER_TITLE),
        # Tatweel inside the word.
        ("مـفـاوضـات", TALKS_TITLE),
        # A word only in the key points box ("التونة") without its article.
        ("تونة", TALKS_TITLE),
    ],
)
def test_another_inflected_form_finds_the_brief(
    page: object, served: str, query: str, expected: str
) -> None:
    assert _titles(_search(page, served, query)) == {expected}


@pytest.mark.browser
@pytest.mark.parametrize(
    "query",
    [
        "بطريق",  # appears nowhere
        "الأرشيف",  # only in the site navigation
        "حداد",  # only in the byline (the author's name)
        "دبلوماسية",  # only in the tag list
    ],
)
def test_words_outside_the_briefs_text_find_nothing(
    page: object, served: str, query: str
) -> None:
    assert _search(page, served, query) == []
    assert page.inner_text("[data-search-status]").strip()


@pytest.mark.browser
def test_a_title_shown_in_related_stories_finds_only_its_own_brief(
    page: object, served: str, search_site: Path
) -> None:
    related = _page(search_site, TALKS).xpath(
        '//nav[@data-mowjaz="related"]//a//text()'
    )
    if not any("تحلية" in text for text in related):
        pytest.skip("the brief's editor-written Related link is not rendered (yet)")
    assert _titles(_search(page, served, "تحلية")) == {WATER_TITLE}


@pytest.mark.browser
def test_result_shows_title_localised_date_and_excerpt_right_to_left(
    page: object, served: str, search_site: Path
) -> None:
    items = _search(page, served, "المفاوضات")
    assert len(items) == 1
    item = items[0]
    link = item.query_selector("h2 a")
    assert link.inner_text().strip() == TALKS_TITLE
    assert link.get_attribute("href").endswith(TALKS)
    meta = _page(search_site, TALKS).xpath("//time/@data-pagefind-meta")[0]
    assert item.query_selector("time").inner_text().strip() == meta.split("date:", 1)[1]
    marks = [mark.inner_text() for mark in item.query_selector_all(".excerpt mark")]
    assert any("مفاوضات" in mark for mark in marks)
    direction = item.evaluate("node => getComputedStyle(node).direction")
    assert direction == "rtl"
    assert not page.is_visible("[data-search-fallback]")


@pytest.mark.browser
def test_search_makes_no_request_to_another_host_and_breaks_no_csp_rule(
    page: object, served: str
) -> None:
    _search(page, served, "الصيد")
    origin = urlsplit(served).netloc
    assert page.requests
    assert {urlsplit(url).netloc for url in page.requests} == {origin}
    assert not [error for error in page.errors if "Content Security Policy" in error]


@pytest.mark.browser
def test_without_javascript_the_page_links_to_the_archives(
    browser: object, served: str
) -> None:
    context = browser.new_context(java_script_enabled=False)  # type: ignore[attr-defined]
    try:
        tab = context.new_page()
        tab.goto(f"{served}/search.html")
        assert not tab.is_visible("form[role=search]")
        link = tab.query_selector("[data-search-fallback] a")
        assert link.is_visible()
        assert link.get_attribute("href").endswith("archives.html")
    finally:
        context.close()


@pytest.mark.browser
def test_without_webassembly_permission_the_page_falls_back_to_the_archives(
    page: object, search_site: Path
) -> None:
    with _serve(search_site, STRICT_CSP) as url:
        page.goto(f"{url}/search.html?q={quote('وزير')}")
        page.wait_for_selector('[data-mowjaz="search"][data-failed]', state="attached")
        assert page.is_visible("[data-search-error]")
        assert page.is_visible("[data-search-fallback] a")
        assert not page.is_visible("form[role=search]")
