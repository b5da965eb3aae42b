"""The RTL theme: pages, markup hooks, localisation, escaping and valid HTML."""

from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import unquote

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po
from conftest import ROOT, build_site, copy_briefs
from jinja2 import ChoiceLoader, DictLoader, Environment, FileSystemLoader
from lxml import html
from mowjaz.l10n import (
    LocalisationError,
    jinja_settings,
    make_date_filter,
    site_locale,
)
from mowjaz.site.enrich import RelatedLink

from tests.nu_support import nu_errors

THEME = ROOT / "theme"
BRIEFS = ["harbour.md", "library.md", "theme-summit.md", "theme-transport.md"]
SUMMIT = "قمة-المناخ-المتوسطية-تختتم-أعمالها-في-وهران-دون-بيان-مشترك.html"
HARBOUR = "افتتاح-ميناء-جديد-للصيد-في-مدينة-ساحلية.html"
ARABIC = re.compile("[\u0600-\u06ff]")
HOSTILE_TITLE = 'خبر <img src=x onerror="alert(1)"> & <script>alert(2)</script>'


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The theme's test site: four briefs, two per page (so there is pagination)."""
    root = tmp_path_factory.mktemp("theme")
    content = copy_briefs(BRIEFS, root / "content")
    return build_site(content, root / "output", DEFAULT_PAGINATION=2)


@pytest.fixture(scope="module")
def english_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The same briefs with the English catalog and locale."""
    root = tmp_path_factory.mktemp("theme-en")
    content = copy_briefs(["theme-summit.md"], root / "content")
    return build_site(
        content,
        root / "output",
        MOWJAZ_LOCALE="en",
        DEFAULT_LANG="en",
        **jinja_settings(THEME, "en"),
    )


@pytest.fixture(scope="module")
def plain_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The plugin switched off, with a title full of markup.

    Built by the ``pelican`` command in its own process, as a user would, because
    Pelican's signals stay connected in a process that already ran the plugin.
    """
    root = tmp_path_factory.mktemp("theme-plain")
    content = copy_briefs(["harbour.md"], root / "content")
    (content / "briefs" / "hostile.md").write_text(
        f"Title: {HOSTILE_TITLE}\nDate: 2025-08-20 10:00\nCategory: اقتصاد\n"
        "Slug: hostile\n\nنص قصير للخبر.\n",
        "utf-8",
    )
    output = root / "output"
    overrides = {"PLUGINS": [], "CACHE_PATH": str(root / "cache")}
    subprocess.run(
        [sys.executable, "-m", "pelican", str(content), "-o", str(output)]
        + ["-s", str(ROOT / "pelicanconf.py"), "-q", "-e"]
        + [f"{key}={json.dumps(value)}" for key, value in overrides.items()],
        cwd=ROOT,
        check=True,
    )
    return output


def page(site: Path, name: str) -> html.HtmlElement:
    return html.fromstring((site / name).read_bytes())


def texts(tree: html.HtmlElement, xpath: str) -> list[str]:
    return [" ".join(node.text_content().split()) for node in tree.xpath(xpath)]


# Article page ------------------------------------------------------------------


def test_article_page_is_arabic_right_to_left_with_landmarks(site: Path) -> None:
    tree = page(site, SUMMIT)
    assert tree.get("lang") == "ar"
    assert tree.get("dir") == "rtl"
    skip = tree.xpath("//body//a")[0]
    assert skip.get("href") == "#main"
    assert tree.xpath("//main[@id='main']//article[@data-pagefind-body]")
    for landmark in ("header", "nav", "main", "article", "aside", "footer"):
        assert tree.xpath(f"//{landmark}"), landmark


def test_key_points_come_before_the_body_and_quotes_after_it(site: Path) -> None:
    tree = page(site, SUMMIT)
    order = [
        node.get("data-mowjaz") or "body"
        for node in tree.xpath(
            "//*[@data-mowjaz or contains(concat(' ', @class, ' '), ' brief-body ')]"
        )
    ]
    assert order[:3] == ["key-points", "body", "quotes"]
    assert texts(tree, "//aside[@data-mowjaz='key-points']/h2") == ["أبرز النقاط"]
    assert len(tree.xpath("//aside[@data-mowjaz='key-points']//li")) >= 3


def test_quote_sidebar_is_figures_of_blockquotes(site: Path) -> None:
    quotes = page(site, SUMMIT).xpath("//aside[@data-mowjaz='quotes']")[0]
    assert quotes.get("data-pagefind-ignore") is not None
    figures = quotes.xpath("./figure")
    assert figures
    quoted = texts(quotes, "./figure/blockquote")
    assert any("المدن الساحلية وحدها" in text for text in quoted)
    for caption in quotes.xpath("./figure/figcaption"):
        assert caption.xpath("./cite/bdi")


def test_byline_shows_author_and_both_dates_in_maghreb_arabic(site: Path) -> None:
    tree = page(site, SUMMIT)
    byline = tree.xpath("//*[contains(@class, 'byline')]")[0]
    assert byline.get("data-pagefind-ignore") is not None
    assert texts(byline, ".//a[@rel='author']") == ["ياسمين قادري"]
    published, updated = byline.xpath(".//time")
    assert published.get("datetime").startswith("2025-08-16T21:40")
    assert published.text_content().startswith("16 أوت 2025")
    assert updated.text_content().startswith("17 أوت 2025")


def test_updated_date_is_absent_when_never_modified(site: Path) -> None:
    assert len(page(site, HARBOUR).xpath("//*[contains(@class,'byline')]//time")) == 1


def test_tags_are_isolated_links(site: Path) -> None:
    tags = page(site, SUMMIT).xpath("//footer[@data-pagefind-ignore]//a[@rel='tag']")
    assert [tag.text_content() for tag in tags] == ["مناخ", "المتوسط", "COP30"]
    assert all(tag.xpath("./bdi") for tag in tags)
    assert all((site / unquote(tag.get("href"))).exists() for tag in tags)


def test_related_stories_link_title_and_localized_date() -> None:
    other = SimpleNamespace(
        url="other.html",
        title="Title <i>x</i>",
        date=dt.datetime(2025, 8, 3, 8, 0, tzinfo=dt.UTC),
    )
    tree = render_article(
        related=[RelatedLink(article=other, score=0.5, source="tags")]
    )
    nav = tree.xpath("//nav[@data-mowjaz='related']")[0]
    assert nav.get("data-pagefind-ignore") is not None
    assert nav.xpath(".//li/a/@href") == ["./other.html"]
    # Pelican titles are HTML (the importer writes entities): tags are dropped,
    # never rendered, and the text is escaped exactly once.
    assert texts(nav, ".//li/a/bdi") == ["Title x"]
    assert texts(nav, ".//li/time") == ["3 أوت 2025"]


# Listings ------------------------------------------------------------------------


def test_home_cards_show_headline_date_category_and_first_key_point(site: Path) -> None:
    home = page(site, "index.html")
    assert len(home.xpath("//ol[@class='cards']//article")) == 2
    summit = home.xpath("//article[.//bdi[starts-with(., 'قمة المناخ')]]")[0]
    assert texts(summit, ".//h2/a/bdi") == [
        "قمة المناخ المتوسطية تختتم أعمالها في وهران دون بيان مشترك"
    ]
    assert texts(summit, ".//time") == ["16 أوت 2025"]
    assert texts(summit, ".//a[contains(@class,'card-category')]") == ["سياسة"]
    # The card shows the first bullet of the article's key-points box.
    link = summit.xpath(".//h2/a/@href")[0]
    article = page(site, link.split("/", 3)[-1] if "://" in link else link.lstrip("/"))
    box = article.xpath("//*[@data-mowjaz='key-points']//li")
    assert texts(summit, ".//p[contains(@class,'card-point')]")[0] == (
        " ".join(box[0].text_content().split())
    )


def test_pagination_links_pages_in_arabic(site: Path) -> None:
    first, second = page(site, "index.html"), page(site, "index2.html")
    assert first.xpath(
        "//nav[contains(@class,'pagination')]//a[@rel='next']/@href"
    ) == ["./index2.html"]
    assert texts(first, "//*[contains(@class,'pagination-current')]") == [
        "الصفحة 1 من 2"
    ]
    assert second.xpath("//a[@rel='prev']/@href") == ["./index.html"]


@pytest.mark.parametrize(
    ("path", "kind", "heading"),
    [
        ("category/سياسة.html", "قسم", "سياسة"),
        ("tag/المتوسط.html", "وسم", "المتوسط"),
        ("author/ياسمين-قادري.html", "كاتب", "ياسمين قادري"),
        ("archives/2025-08.html", "الأرشيف", "أوت 2025"),
    ],
)
def test_listing_pages_name_what_they_list(
    site: Path, path: str, kind: str, heading: str
) -> None:
    tree = page(site, path)
    assert texts(tree, "//main//h1") == [heading]
    assert texts(tree, "//*[@class='listing-kind']") == [kind]
    assert tree.xpath("//main//article[@class='card']")


def test_archives_group_briefs_by_month(site: Path) -> None:
    tree = page(site, "archives.html")
    months = texts(tree, "//section[@class='archive-month']/h2")
    assert months == ["سبتمبر 2025", "أوت 2025", "جويلية 2025"]
    assert tree.xpath("//section/h2/a/@href")[1] == "./archives/2025-08.html"


def test_index_pages_count_briefs_with_arabic_plurals(site: Path) -> None:
    counts = dict(
        zip(
            texts(page(site, "tags.html"), "//ul[@class='index-list']/li/a"),
            texts(page(site, "tags.html"), "//ul[@class='index-list']/li/span"),
            strict=True,
        )
    )
    assert counts["المتوسط"] == "خبران"
    assert counts["صيد"] == "خبر واحد"
    assert texts(page(site, "authors.html"), "//main//li/a")


def test_not_found_page_links_from_the_site_root(site: Path) -> None:
    tree = page(site, "404.html")
    assert texts(tree, "//main//h1") == ["الصفحة غير موجودة"]
    assert "/index.html" in tree.xpath("//main//a/@href")
    main_css = tree.xpath("//link[@rel='stylesheet']/@href")[-2]
    assert re.fullmatch(r"/theme/assets/mowjaz\.[0-9a-f]{10}\.css", main_css)


# Plugin off, escaping ----------------------------------------------------------------


def test_theme_renders_without_the_plugin(plain_site: Path) -> None:
    tree = page(plain_site, HARBOUR)
    assert tree.xpath("//div[contains(@class,'brief-body')]/p")
    assert not tree.xpath("//*[@data-mowjaz]")


def test_titles_are_escaped_everywhere(plain_site: Path) -> None:
    for name in ("hostile.html", "index.html", "archives.html"):
        tree = page(plain_site, name)
        assert not tree.xpath("//body//script | //body//img | //@onerror"), name
    # A title is HTML to Pelican: hand-written tags are dropped, never executed.
    assert texts(page(plain_site, "hostile.html"), "//h1") == ["خبر & alert(2)"]


def render_article(**article: object) -> html.HtmlElement:
    """Render article.html alone (no SEO partial) for one fake article."""
    settings = jinja_settings(THEME, "ar_DZ")
    env = Environment(
        loader=ChoiceLoader(
            [
                DictLoader({"partials/seo.html": ""}),
                FileSystemLoader(THEME / "templates"),
            ]
        ),
        **settings["JINJA_ENVIRONMENT"],
    )
    env.filters.update(settings["JINJA_FILTERS"])
    env.globals.update(settings["JINJA_GLOBALS"])
    when = dt.datetime(2025, 2, 3, 9, 0, tzinfo=dt.UTC)
    defaults = {
        "title": "عنوان",
        "date": when,
        "content": "<p>نص</p>",
        "authors": [],
        "tags": [],
        "category": None,
        "lang": "ar",
    }
    text = env.get_template("article.html").render(
        article=SimpleNamespace(**{**defaults, **article}),
        SITEURL=".",
        SITENAME="موجز",
        DEFAULT_LANG="ar",
        THEME_STATIC_DIR="theme",
        DIRECT_TEMPLATES=["index"],
        categories=[],
        page_name="x",
    )
    return html.fromstring(text)


def test_quote_without_speaker_has_no_caption_and_speaker_is_isolated() -> None:
    quote = SimpleNamespace
    tree = render_article(
        quotes=[
            quote(text="كلام بلا قائل معروف", speaker=None),
            quote(text="<b>كلام</b> آخر", speaker="John <Smith>"),
        ]
    )
    first, second = tree.xpath("//aside[@data-mowjaz='quotes']/figure")
    assert not first.xpath("./figcaption")
    assert texts(second, "./blockquote") == ["<b>كلام</b> آخر"]
    assert texts(second, "./figcaption/cite/bdi") == ["John <Smith>"]


def test_dates_render_in_february_as_fivri_for_algeria() -> None:
    tree = render_article()
    assert "3 فيفري 2025" in texts(tree, "//time")[0]


# Localisation -------------------------------------------------------------------


def test_babel_gives_maghreb_month_names_for_algeria_and_tunisia() -> None:
    day = dt.date(2025, 8, 16)
    assert make_date_filter("ar_DZ")(day) == "16 أوت 2025"
    assert make_date_filter("ar_TN")(dt.date(2025, 2, 1)) == "1 فيفري 2025"
    assert make_date_filter("ar")(day) == "16 أغسطس 2025"


def test_digits_setting_writes_arabic_indic_digits() -> None:
    assert make_date_filter("ar_DZ", "arab")(dt.date(2025, 8, 16)) == "١٦ أوت ٢٠٢٥"
    assert (
        make_date_filter("ar_DZ", "latn")(dt.date(2025, 8, 16), "month") == "أوت 2025"
    )


def test_direction_comes_from_the_locale() -> None:
    assert site_locale("ar_DZ").direction == "rtl"
    assert site_locale("en").direction == "ltr"
    with pytest.raises(LocalisationError, match="MOWJAZ_DIGITS"):
        site_locale("ar", "roman")
    with pytest.raises(LocalisationError, match="MOWJAZ_LOCALE"):
        site_locale("xx_YY_ZZ")


def test_english_catalog_gives_an_english_left_to_right_site(
    english_site: Path,
) -> None:
    tree = page(english_site, SUMMIT)
    assert (tree.get("lang"), tree.get("dir")) == ("en", "ltr")
    assert texts(tree, "//aside[@data-mowjaz='key-points']/h2") == ["Key points"]
    assert texts(tree, "//a[@class='skip-link']") == ["Skip to content"]
    assert texts(tree, "//*[contains(@class,'byline-dates')]/span")[0].startswith(
        "Published August 16, 2025"
    )
    assert texts(page(english_site, "tags.html"), "//h1") == ["Tags"]


def test_every_template_string_is_in_the_catalogs() -> None:
    extracted = {
        message[2] if isinstance(message[2], str) else message[2][0]
        for message in extract_from_dir(
            str(THEME), method_map=[("templates/**.html", "jinja2")]
        )
    }
    assert "أبرز النقاط" in extracted
    for language in ("ar", "en"):
        with (THEME / "translations" / language / "LC_MESSAGES" / "messages.po").open(
            "rb"
        ) as stream:
            catalog = read_po(stream)
        ids = {m.id if isinstance(m.id, str) else m.id[0] for m in catalog if m.id}
        assert extracted <= ids, f"{language}: run `make messages`"
        if language == "en":
            untranslated = [m.id for m in catalog if m.id and not m.string]
            assert untranslated == []


def test_templates_hold_no_arabic_outside_gettext() -> None:
    gettext_call = re.compile(
        r"""_\(\s*(["']).*?\1\s*\)|\{%\s*trans.*?endtrans\s*%\}""", re.S
    )
    comment = re.compile(r"\{#.*?#\}", re.S)
    for template in sorted((THEME / "templates").rglob("*.html")):
        source = comment.sub("", gettext_call.sub("", template.read_text("utf-8")))
        assert not ARABIC.search(source), template.name


# Static rules: logical CSS, no inline code, valid HTML ----------------------------

PHYSICAL = re.compile(
    r"(?<![\w-])(?:(?:margin|padding|border|inset)-(?:left|right)|left|right"
    r"|border-(?:top|bottom)-(?:left|right)-radius)\s*:"
    r"|(?:float|clear|text-align)\s*:\s*(?:left|right)",
    re.I,
)


def test_css_uses_logical_properties_only() -> None:
    sheets = sorted((THEME / "static").rglob("*.css"))
    assert sheets
    for sheet in sheets:
        rules = re.sub(r"/\*.*?\*/", "", sheet.read_text("utf-8"), flags=re.S)
        assert not PHYSICAL.findall(rules), sheet.name


def built_pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def test_pages_have_no_inline_script_style_or_foreign_asset(site: Path) -> None:
    for path in built_pages(site):
        tree = html.fromstring(path.read_bytes())
        name = path.relative_to(site)
        assert not tree.xpath("//style | //@style"), name
        assert not [a for a in tree.xpath("//@*") if a.attrname.startswith("on")], name
        for script in tree.xpath("//script[not(@src)]"):
            assert script.get("type") == "application/ld+json", name
            json.loads(script.text)
        assets = tree.xpath(
            "//link[@rel='stylesheet' or @rel='preload' or @rel='icon']/@href"
            " | //script/@src | //img/@src | //iframe/@src"
        )
        assert not [url for url in assets if re.match(r"(?i)([a-z]+:)?//", url)], name


def test_webfont_and_its_licence_ship_with_the_site(site: Path) -> None:
    fonts = site / "theme" / "fonts"
    if not (fonts / "fonts.css").exists():
        pytest.skip("webfont not prepared (needs npm): run `make fonts`")
    assert sorted(path.name for path in fonts.glob("*.woff2")) == [
        "mowjaz-naskh-arabic-400.woff2",
        "mowjaz-naskh-arabic-700.woff2",
        "mowjaz-naskh-latin-400.woff2",
        "mowjaz-naskh-latin-700.woff2",
    ]
    assert "SIL OPEN FONT LICENSE" in (fonts / "OFL.txt").read_text("utf-8")
    assert "unicode-range: U+0600" in (fonts / "fonts.css").read_text("utf-8")


@pytest.mark.slow
def test_every_page_passes_the_nu_html_checker(site: Path) -> None:
    errors = nu_errors(built_pages(site))
    assert errors == [], "\n".join(errors)
