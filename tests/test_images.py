"""Lead images: responsive markup, share copies, feed enclosures, warnings."""

from __future__ import annotations

import io
import json
import logging
import stat
from pathlib import Path

import feedparser
import pytest
from lxml import etree, html
from mowjaz.site.images import image_path, make_variants, widths_for
from PIL import Image

from tests.conftest import build_site
from tests.nu_support import nu_errors

SITE = "http://localhost:8000"
PAGE = "قارب-الصيد.html"
BRIEF = """\
Title: قارب صيد يعود محملا بأكبر صيد هذا الموسم
Date: 2025-09-10 11:00+01:00
Category: اقتصاد
Slug: قارب-الصيد
Uid: 3f0e5a8c-8b0a-4d8e-b7a5-1c2d3e4f5a6b
Image: boat.png
ImageAlt: قارب صيد أزرق في الميناء
ImageCredit: تصوير موجز

عاد قارب الصيد صباح الأربعاء إلى الميناء محملا بأكبر صيد هذا الموسم.
"""
MISSING = """\
Title: سوق السمك يفتح أبوابه
Date: 2025-09-09 07:00+01:00
Category: اقتصاد
Slug: سوق-السمك
Uid: 6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d
Image: images/nowhere.jpg
ImageAlt: سوق

فتح سوق السمك الجديد أبوابه صباح الثلاثاء قرب الميناء.
"""


def _picture() -> Image.Image:
    image = Image.new("RGBA", (1600, 1000), (30, 90, 150, 255))
    image.paste((240, 200, 40, 255), (600, 300, 1000, 700))
    return image


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("images")
    content = root / "content"
    (content / "briefs").mkdir(parents=True)
    (content / "images").mkdir()
    _picture().save(content / "images" / "boat.png")
    (content / "briefs" / "boat.md").write_text(BRIEF, "utf-8")
    (content / "briefs" / "market.md").write_text(MISSING, "utf-8")
    return build_site(content, root / "output", MOWJAZ_SEARCH=False)


def _head(site: Path, name: str) -> html.HtmlElement:
    return html.fromstring((site / name).read_bytes()).find("head")


def _meta(head: html.HtmlElement, key: str) -> list[str]:
    return head.xpath(f'meta[@property="{key}" or @name="{key}"]/@content')


def test_lead_image_is_a_responsive_picture_with_its_size(site: Path) -> None:
    page = html.fromstring((site / PAGE).read_bytes())
    [figure] = page.xpath('//figure[@class="brief-image"]')
    [img] = figure.xpath(".//img")
    assert img.get("alt") == "قارب صيد أزرق في الميناء"
    assert (img.get("width"), img.get("height")) == ("1200", "750")
    candidates = [part.split() for part in img.get("srcset").split(", ")]
    assert [width for _, width in candidates] == ["480w", "800w", "1200w", "1600w"]
    for url, width in candidates:
        with Image.open(site / url.removeprefix("./")) as copy:
            assert f"{copy.width}w" == width
            assert copy.format == "JPEG"
    [source] = figure.xpath(".//source")
    assert source.get("type") == "image/webp"
    first = source.get("srcset").split(", ")[0].split()[0]
    with Image.open(site / first.removeprefix("./")) as webp:
        assert webp.format == "WEBP"
    assert "تصوير موجز" in figure.xpath("string(.//figcaption)")


def test_share_image_is_1200_px_for_open_graph_twitter_and_json_ld(
    site: Path,
) -> None:
    head = _head(site, PAGE)
    share = f"{SITE}/images/boat-1200.jpg"
    assert _meta(head, "og:image") == [share]
    assert _meta(head, "og:image:width") == ["1200"]
    assert _meta(head, "twitter:card") == ["summary_large_image"]
    assert _meta(head, "twitter:image") == [share]
    [data] = [json.loads(s) for s in head.xpath("script[@type]/text()")]
    assert data["image"] == [share]
    with Image.open(site / "images" / "boat-1200.jpg") as image:
        assert image.width >= 1200


def test_feeds_carry_the_share_image_as_an_enclosure(site: Path) -> None:
    size = (site / "images" / "boat-1200.jpg").stat().st_size
    rss = etree.parse(str(site / "feeds" / "all.rss.xml"))
    [enclosure] = rss.xpath("//item[guid[contains(., '3f0e5a8c')]]/enclosure")
    assert enclosure.get("url") == f"{SITE}/images/boat-1200.jpg"
    assert enclosure.get("length") == str(size)
    assert enclosure.get("type") == "image/jpeg"
    atom = feedparser.parse((site / "feeds" / "all.atom.xml").read_bytes())
    [entry] = [
        e for e in atom.entries if e.id.endswith("3f0e5a8c-8b0a-4d8e-b7a5-1c2d3e4f5a6b")
    ]
    assert [e.href for e in entry.enclosures] == [f"{SITE}/images/boat-1200.jpg"]


def test_image_copies_are_readable_by_a_web_server(site: Path) -> None:
    mode = (site / "images" / "boat-800.jpg").stat().st_mode
    assert mode & stat.S_IROTH


def test_a_missing_image_is_named_and_the_site_image_is_shared(
    site: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    head = _head(site, "سوق-السمك.html")
    assert _meta(head, "og:image") == [f"{SITE}/site-image.png"]
    assert not html.fromstring((site / "سوق-السمك.html").read_bytes()).xpath("//figure")
    content = tmp_path / "content"
    (content / "briefs").mkdir(parents=True)
    (content / "briefs" / "lost.md").write_text(MISSING, "utf-8")
    with caplog.at_level(logging.WARNING, logger="mowjaz.site.images"):
        build_site(content, tmp_path / "output", MOWJAZ_SEARCH=False)
    assert any(
        r.getMessage().startswith("briefs/lost.md: Image images/nowhere.jpg")
        for r in caplog.records
    )


def test_a_default_image_setting_replaces_the_drawn_card(tmp_path: Path) -> None:
    content = tmp_path / "content"
    (content / "briefs").mkdir(parents=True)
    (content / "images").mkdir()
    _picture().save(content / "images" / "site.png")
    (content / "briefs" / "market.md").write_text(
        MISSING.replace("Image: images/nowhere.jpg\n", ""), "utf-8"
    )
    out = build_site(
        content,
        tmp_path / "output",
        MOWJAZ_DEFAULT_IMAGE="site.png",
        MOWJAZ_SEARCH=False,
    )
    head = _head(out, "سوق-السمك.html")
    assert _meta(head, "og:image") == [f"{SITE}/images/site-1200.jpg"]
    assert (out / "images" / "site-1200.jpg").exists()


def test_copies_are_never_wider_than_the_original() -> None:
    assert widths_for(3000) == [480, 800, 1200, 1600]
    assert widths_for(900) == [480, 800]
    assert widths_for(300) == [300]
    assert image_path("boat.jpg") == "images/boat.jpg"
    assert image_path("/images/boat.jpg") == "images/boat.jpg"


def test_transparent_images_are_flattened_on_white() -> None:
    clear = Image.new("RGBA", (500, 300), (0, 0, 0, 0))
    out = io.BytesIO()
    clear.save(out, "PNG")
    variants = make_variants(out.getvalue(), "clear.png", webp=False)
    assert [(v.path, v.width, v.height) for v in variants] == [
        ("images/clear-480.jpg", 480, 288)
    ]
    with Image.open(io.BytesIO(variants[0].data)) as image:
        assert min(image.getpixel((10, 10))) >= 250


@pytest.mark.slow
def test_a_page_with_a_lead_image_passes_the_nu_checker(site: Path) -> None:
    assert nu_errors([site / PAGE]) == []


def test_atom_with_an_enclosure_still_validates(site: Path) -> None:
    schema = Path(__file__).resolve().parent / "schemas" / "atom.rng"
    rng = etree.RelaxNG(etree.parse(str(schema)))
    assert rng.validate(etree.parse(str(site / "feeds" / "all.atom.xml"))), (
        rng.error_log
    )
