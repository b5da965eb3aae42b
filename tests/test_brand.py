"""Publisher identity: logo, icons, Organization and WebSite JSON-LD, feed images."""

from __future__ import annotations

import io
import json
from pathlib import Path

import feedparser
import pytest
from lxml import etree, html
from mowjaz.config import Config, ConfigError
from mowjaz.site.brand import draw_logo, logo_shapes, logo_svg
from PIL import Image

from tests.conftest import build_site, copy_briefs

SITE = "http://localhost:8000"
TEAM = "فريق التحرير"
DESK = """\
Title: المكتب يعلن نتائج المسابقة الوطنية للقراءة
Date: 2025-09-03 10:00+01:00
Category: ثقافة
Author: فريق التحرير
Slug: نتائج-مسابقة-القراءة
Uid: 0b7e3d52-52f8-4b1e-9a4e-7d0c5f9d2a11

أعلن المكتب نتائج المسابقة الوطنية للقراءة بعد مشاركة آلاف التلاميذ.
"""


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("brand")
    content = copy_briefs(["harbour.md"], root / "content")
    (content / "briefs" / "desk.md").write_text(DESK, "utf-8")
    return build_site(
        content,
        root / "output",
        MOWJAZ_ORGANIZATION_AUTHORS=[TEAM],
        MOWJAZ_SEARCH=False,
    )


def _json_ld(site: Path, name: str) -> list[dict]:
    page = html.fromstring((site / name).read_bytes())
    return [json.loads(text) for text in page.xpath("//script[@type]/text()")]


def test_home_page_has_the_organization_and_the_website_with_search(
    site: Path,
) -> None:
    [data] = _json_ld(site, "index.html")
    publisher, website = data["@graph"]
    assert publisher["@type"] == "NewsMediaOrganization"
    assert publisher["logo"]["url"] == f"{SITE}/logo.png"
    assert website["@type"] == "WebSite"
    assert website["publisher"] == {"@id": publisher["@id"]}
    action = website["potentialAction"]
    assert action["@type"] == "SearchAction"
    assert action["target"]["urlTemplate"] == (
        f"{SITE}/search.html?q={{search_term_string}}"
    )
    assert action["query-input"] == "required name=search_term_string"


def test_authors_are_people_unless_the_setting_names_them(site: Path) -> None:
    [desk] = _json_ld(site, "نتائج-مسابقة-القراءة.html")
    assert [(a["@type"], a["name"]) for a in desk["author"]] == [("Organization", TEAM)]
    [harbour] = _json_ld(site, "افتتاح-ميناء-جديد-للصيد-في-مدينة-ساحلية.html")
    assert {a["@type"] for a in harbour["author"]} == {"Person"}


def test_icons_are_linked_and_made_from_the_logo(site: Path) -> None:
    head = html.fromstring((site / "index.html").read_bytes()).find("head")
    icons = {link.get("rel"): link.get("href") for link in head.xpath("link")}
    assert icons["apple-touch-icon"] == "./apple-touch-icon.png"
    with Image.open(site / "favicon.ico") as ico:
        assert ico.format == "ICO"
        assert (32, 32) in ico.info["sizes"]
    with Image.open(site / "apple-touch-icon.png") as touch:
        assert touch.size == (180, 180)
        assert touch.mode == "RGB"  # iOS shows transparency as black
    with Image.open(site / "logo.png") as logo:
        assert logo.size == (512, 512)
    svg = etree.parse(str(site / "icon.svg")).getroot()
    assert svg.tag == "{http://www.w3.org/2000/svg}svg"
    assert head.xpath('link[@type="image/svg+xml"]/@href') == ["./icon.svg"]


def test_feeds_carry_the_icon_and_logo(site: Path) -> None:
    atom = feedparser.parse((site / "feeds" / "all.atom.xml").read_bytes())
    assert atom.feed.icon == f"{SITE}/apple-touch-icon.png"
    assert atom.feed.logo == f"{SITE}/logo.png"
    rss = etree.parse(str(site / "feeds" / "all.rss.xml"))
    assert rss.xpath("/rss/channel/image/url/text()") == [f"{SITE}/logo.png"]
    assert rss.xpath("/rss/channel/image/link/text()") == [f"{SITE}/"]


def test_a_site_logo_setting_replaces_the_drawn_one(tmp_path: Path) -> None:
    content = copy_briefs(["harbour.md"], tmp_path / "content")
    Image.new("RGB", (600, 300), "#0b5575").save(content / "mark.png")
    out = build_site(content, tmp_path / "output", MOWJAZ_LOGO="mark.png")
    with Image.open(out / "apple-touch-icon.png") as touch:
        assert touch.getpixel((90, 90)) == (11, 85, 117)  # the logo's colour
    assert not (out / "icon.svg").exists()


def test_the_drawn_logo_is_the_same_in_svg_and_png() -> None:
    shapes = logo_shapes()
    png = draw_logo(shapes, 64)
    assert png.getpixel((2, 32))[:3] == (0x8C, 0x1D, 0x18)
    assert min(png.getpixel((40, 20))[:3]) >= 250  # white: the first line
    svg = etree.parse(io.BytesIO(logo_svg(shapes))).getroot()
    assert len(svg) == len(shapes)


def test_publisher_type_is_checked() -> None:
    with pytest.raises(ConfigError, match="MOWJAZ_PUBLISHER_TYPE"):
        Config.from_settings({"MOWJAZ_PUBLISHER_TYPE": "Person"})


def test_atom_with_icon_and_logo_still_validates(site: Path) -> None:
    schema = Path(__file__).resolve().parent / "schemas" / "atom.rng"
    rng = etree.RelaxNG(etree.parse(str(schema)))
    assert rng.validate(etree.parse(str(site / "feeds" / "all.atom.xml"))), (
        rng.error_log
    )
