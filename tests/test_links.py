"""Every internal link, feed link and asset of a built site resolves to a file.

Checked on the demo site (the real ``content/`` built by ``mowjaz.site.build`` with the
project's pelicanconf.py) and on the tiny fixture site.  Arabic addresses are
percent-encoded in pages and feeds; they are decoded (UTF-8) before looking for the
file, so an address that a browser would mangle is reported.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote, unquote, urljoin, urlsplit

import pytest
from conftest import ROOT
from lxml import etree, html
from mowjaz.site.build import EXIT_OK, ProblemLog, build

SITEURL = "http://localhost:8000"
ATOM = "http://www.w3.org/2005/Atom"
CSS_URL = re.compile(r"""url\(\s*['"]?([^'")]+?)['"]?\s*\)""")
HTML_LINKS = (
    "//a/@href | //link/@href | //img/@src | //script/@src | //source/@src"
    " | //form/@action | //iframe/@src | //meta[@property='og:url']/@content"
    " | //meta[@property='og:image']/@content"
)


@pytest.fixture(scope="module")
def demo_build(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """The demo content built by the build wrapper (search index included).

    Returns the output folder and what the build logged (warnings and errors).
    """
    root = tmp_path_factory.mktemp("demo")
    stream = io.StringIO()
    status = build(
        ROOT / "pelicanconf.py",
        root / "output",
        {"PATH": str(ROOT / "content"), "CACHE_PATH": str(root / "cache")},
        ProblemLog(stream),
    )
    assert status == EXIT_OK, stream.getvalue()
    return root / "output", stream.getvalue()


@pytest.fixture(scope="module")
def demo_site(demo_build: tuple[Path, str]) -> Path:
    return demo_build[0]


def test_the_demo_content_builds_without_a_warning(
    demo_build: tuple[Path, str],
) -> None:
    assert demo_build[1] == ""


def page_url(site: Path, path: Path) -> str:
    """The address a file of the built site is served at."""
    return f"{SITEURL}/{quote(path.relative_to(site).as_posix())}"


def local_file(site: Path, base: str, link: str) -> Path | None:
    """The file ``link`` (found in the page at ``base``) points to; None if external."""
    target = urlsplit(urljoin(base, link.strip()))
    if f"{target.scheme}://{target.netloc}" != SITEURL:
        return None
    path = unquote(target.path, encoding="utf-8", errors="strict").lstrip("/")
    if not path or path.endswith("/"):
        path += "index.html"
    return site / path


def html_links(site: Path) -> Iterator[tuple[Path, str]]:
    for path in site.rglob("*.html"):
        page = html.fromstring(path.read_bytes())
        base = page_url(site, path)
        for link in page.xpath(HTML_LINKS):
            yield path, urljoin(base, link)


def feed_links(site: Path) -> Iterator[tuple[Path, str]]:
    for path in site.rglob("*.xml"):
        tree = etree.parse(str(path), etree.XMLParser(huge_tree=True))
        base = page_url(site, path)
        links = tree.xpath(
            "//a:link/@href | //link/text() | //s:loc/text()",
            namespaces={"a": ATOM, "s": "http://www.sitemaps.org/schemas/sitemap/0.9"},
        )
        for link in links:
            yield path, urljoin(base, link.strip())
        bodies = tree.xpath(
            "//a:content/text() | //a:summary/text() | //description/text()",
            namespaces={"a": ATOM},
        )
        for body in bodies:
            if body.strip():
                for link in html.fromstring(f"<div>{body}</div>").xpath(HTML_LINKS):
                    yield path, urljoin(base, link)


def css_links(site: Path) -> Iterator[tuple[Path, str]]:
    for path in site.rglob("*.css"):
        base = page_url(site, path)
        for link in CSS_URL.findall(path.read_text("utf-8")):
            if not link.startswith("data:"):
                yield path, urljoin(base, link)


def dead_links(site: Path) -> list[tuple[str, str]]:
    dead = []
    for source, link in [*html_links(site), *feed_links(site), *css_links(site)]:
        target = local_file(site, link, link)
        if target is not None and not target.is_file():
            dead.append((source.relative_to(site).as_posix(), unquote(link)))
    return sorted(set(dead))


def test_every_internal_link_of_the_demo_site_resolves(demo_site: Path) -> None:
    assert len(list(demo_site.rglob("*.html"))) > 10
    assert dead_links(demo_site) == []


def test_every_internal_link_of_the_fixture_site_resolves(tiny_site: Path) -> None:
    assert dead_links(tiny_site) == []


def test_feeds_point_at_the_demo_briefs(demo_site: Path) -> None:
    links = [link for source, link in feed_links(demo_site) if "feeds" in source.parts]
    briefs = [link for link in links if link.endswith(".html")]
    assert briefs
    for link in briefs:
        target = local_file(demo_site, link, link)
        assert target is not None
        assert target.is_file()


def test_arabic_addresses_resolve_raw_in_pages_and_encoded_in_feeds(
    tiny_site: Path,
) -> None:
    harbour = tiny_site / "افتتاح-ميناء-جديد-للصيد-في-مدينة-ساحلية.html"
    home = tiny_site / "index.html"
    base = page_url(tiny_site, home)
    in_pages = {
        local_file(tiny_site, base, urljoin(base, href))
        for href in html.fromstring(home.read_bytes()).xpath("//a/@href")
    }
    assert harbour in in_pages
    feed = etree.parse(str(tiny_site / "feeds" / "all.atom.xml"))
    encoded = [
        href
        for href in feed.xpath("//a:link/@href", namespaces={"a": ATOM})
        if "%D8" in href.upper()
    ]
    assert encoded
    assert harbour in {local_file(tiny_site, href, href) for href in encoded}


def test_the_checker_reports_a_dead_link(tmp_path: Path) -> None:
    (tmp_path / "index.html").write_text(
        '<html><body><a href="%D8%BA%D8%A7%D8%A6%D8%A8.html">x</a>'
        '<a href="https://example.org/">y</a></body></html>',
        "utf-8",
    )
    assert dead_links(tmp_path) == [("index.html", f"{SITEURL}/غائب.html")]
