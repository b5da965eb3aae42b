"""Speed: fingerprinted, minified assets; preloaded fonts; pre-compressed copies."""

from __future__ import annotations

import gzip
import re
from pathlib import Path

import brotli
import pytest
from lxml import html
from mowjaz.site.assets import fallback_faces, fingerprint, font_faces, minify_css
from mowjaz.site.compress import precompress

from tests.conftest import ROOT, build_site, copy_briefs

FONTS = ROOT / "theme" / "static" / "fonts"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("assets")
    content = copy_briefs(["harbour.md", "library.md"], root / "content")
    return build_site(
        content, root / "output", MOWJAZ_SEARCH=False, MOWJAZ_PRECOMPRESS=True
    )


def _head(site: Path, name: str) -> html.HtmlElement:
    return html.fromstring((site / name).read_bytes()).find("head")


def test_stylesheets_have_content_hashed_names(site: Path) -> None:
    head = _head(site, "index.html")
    hrefs = head.xpath("link[@rel='stylesheet']/@href")
    assert hrefs
    for href in hrefs:
        assert re.fullmatch(r"\./theme/assets/[a-z]+\.[0-9a-f]{10}\.css", href), href
        path = site / href.removeprefix("./")
        assert fingerprint(path.name.split(".")[0] + ".css", path.read_bytes()) == (
            href.removeprefix("./")
        )


def test_the_main_stylesheet_is_minified(site: Path) -> None:
    [href] = _head(site, "index.html").xpath(
        "link[@rel='stylesheet'][not(@media)]/@href"
    )
    css = (site / href.removeprefix("./")).read_text("utf-8")
    assert "/*" not in css
    assert css.count("\n") <= 1
    assert "calc(100% - var(--page))" in css or "calc(" in css


def test_search_page_loads_fingerprinted_script_and_styles(site: Path) -> None:
    page = html.fromstring((site / "search.html").read_bytes())
    [script] = page.xpath("//script[@type='module']/@src")
    assert re.search(r"theme/assets/search\.[0-9a-f]{10}\.js$", script)
    assert (site / script.removeprefix("./")).exists()


def test_arabic_fonts_are_preloaded_and_declared_in_the_main_css(site: Path) -> None:
    if not (FONTS / "fonts.css").exists():
        pytest.skip("webfont not prepared (needs npm): run `make fonts`")
    head = _head(
        site, "pages/من-نحن.html" if (site / "pages").exists() else "index.html"
    )
    preloads = head.xpath("link[@rel='preload']")
    assert [link.get("as") for link in preloads] == ["font", "font"]
    for link in preloads:
        assert "arabic" in link.get("href")
        assert link.get("crossorigin") is not None
        assert (site / "theme" / "assets").exists()
    [href] = head.xpath("link[@rel='stylesheet'][not(@media)]/@href")
    css = (site / "theme" / "assets" / href.rsplit("/", 1)[-1]).read_text("utf-8")
    for link in preloads:
        assert link.get("href").rsplit("/", 1)[-1] in css
    assert 'font-family:"Mowjaz Naskh Fallback"' in css
    assert "size-adjust:85.1%" in css
    # One stylesheet: fonts.css is no longer linked.
    assert not head.xpath("link[contains(@href, 'fonts.css')]")


def test_every_text_file_has_gzip_and_brotli_copies(site: Path) -> None:
    page = site / "index.html"
    assert gzip.decompress((site / "index.html.gz").read_bytes()) == page.read_bytes()
    assert brotli.decompress((site / "index.html.br").read_bytes()) == (
        page.read_bytes()
    )
    for name in ("feeds/all.atom.xml", "sitemap.xml", "robots.txt"):
        if (site / name).stat().st_size >= 256:
            assert (site / (name + ".br")).exists(), name
    assert not list(site.rglob("*.png.gz"))


def test_precompress_is_off_by_default_and_stable(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text("<p>" + "موجز " * 200 + "</p>", "utf-8")
    assert precompress(tmp_path) == 1
    first = (tmp_path / "a.html.gz").read_bytes()
    precompress(tmp_path)
    assert (tmp_path / "a.html.gz").read_bytes() == first  # no timestamp inside


def test_minify_keeps_meaningful_spaces() -> None:
    css = "/* c */\n.a .b > p ,\n.c:hover {\n  margin: calc(100% - 1rem) auto ;\n}\n"
    assert minify_css(css) == ".a .b>p,.c:hover{margin:calc(100% - 1rem) auto}"


def test_font_faces_point_at_renamed_files_only() -> None:
    css = (
        '@font-face {\n  font-weight: 400;\n  src: url("a.woff2") format("woff2");\n}\n'
        '@font-face {\n  font-weight: 700;\n  src: url("b.woff2") format("woff2");\n}\n'
    )
    faces = font_faces(css, {"a.woff2": "a.123.woff2"})
    assert "a.123.woff2" in faces
    assert "b.woff2" not in faces
    assert fallback_faces().count("@font-face") == 2


def test_font_faces_can_be_inlined_in_each_page(tmp_path: Path) -> None:
    if not (FONTS / "fonts.css").exists():
        pytest.skip("webfont not prepared (needs npm): run `make fonts`")
    content = copy_briefs(["harbour.md"], tmp_path / "content")
    out = build_site(
        content, tmp_path / "output", MOWJAZ_SEARCH=False, MOWJAZ_INLINE_FONT_FACES=True
    )
    for name, prefix in (("index.html", "./"), ("category/اقتصاد.html", "../")):
        [style] = _head(out, name).xpath("style/text()")
        fonts = re.findall(r'url\("([^"]+)"\)', style)
        assert fonts
        assert all(url.startswith(prefix + "theme/assets/") for url in fonts)
        assert 'font-family:"Mowjaz Naskh Fallback"' in style
    [href] = _head(out, "index.html").xpath(
        "link[@rel='stylesheet'][not(@media)]/@href"
    )
    assert "@font-face" not in (out / href.removeprefix("./")).read_text("utf-8")
