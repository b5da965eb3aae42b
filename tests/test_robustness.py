"""Hostile and broken briefs through a real build: a correct page or a one-line error.

One site is built from a table of briefs, one per input class; each row says what a
reader or an editor must get.  Site-wide checks then look for what must never
happen: executable markup in pages or feeds, characters that break XML, files
written outside the output folder.
"""

from __future__ import annotations

import io
import json
import logging
import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import FIXTURES, build_site
from lxml import etree, html
from mowjaz.site.build import ProblemLog
from mowjaz.site.safety import location_problem

BODY = (
    "أعلنت البلدية عن افتتاح حديقة جديدة في وسط المدينة بعد عامين من الأشغال.\n\n"
    "وقال رئيس البلدية إن الحديقة مفتوحة للجميع طوال أيام الأسبوع.\n"
)
DATE = "Date: 2025-05-04 10:00+01:00\n"
HUGE_LINE_BYTES = 5 * 1024 * 1024
ATOM = "{http://www.w3.org/2005/Atom}"
# C0 controls (tab, newline and carriage return excepted), DEL, C1 controls, bidi
# embeddings, overrides and isolates: none may reach a page or a feed.
FORBIDDEN_CHARACTERS = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufffe\uffff]"
)
URL_ATTRIBUTES = ("href", "src", "action", "formaction", "poster", "xlink:href")


@dataclass(frozen=True)
class Case:
    """A brief (raw bytes) and what the build must make of it."""

    name: str
    data: bytes
    # The page it must give (a file name in output/), or None for an error.
    page: str | None = None
    # A fragment the one-line error or warning about the file must contain.
    problem: str | None = None


def brief(header: str, body: str = BODY) -> bytes:
    """Encode a brief as UTF-8 from its metadata header and body."""
    return f"{header}\n{body}".encode()


def _huge_line() -> bytes:
    sentence = "وتواصل فرق الصيانة أشغالها في الحي القديم "
    repeated = sentence * (HUGE_LINE_BYTES // len(sentence.encode()) + 1)
    return brief(f"Title: سطر طويل جدا\n{DATE}Slug: robust-huge", repeated + ".\n")


CASES = [
    Case("empty", b"", problem="could not find information about 'title'"),
    Case("whitespace", b"  \n\t\n   \n", problem="'title'"),
    Case("binary", bytes(range(256)) * 4, problem="could not process"),
    Case(
        "invalid-utf8",
        b"Title: x\n\n\xc3\x28 \xff\xfe",
        problem="could not process: UnicodeDecodeError",
    ),
    Case(
        "windows-1256",
        f"Title: خبر\n{DATE}\n{BODY}".encode("cp1256"),
        problem="UnicodeDecodeError",
    ),
    Case(
        "utf-16",
        f"Title: خبر\n{DATE}\n{BODY}".encode("utf-16"),
        problem="UnicodeDecodeError",
    ),
    Case("huge-line", _huge_line(), page="robust-huge.html"),
    Case(
        "controls",
        brief(
            f"Title: خبر\x00 فيه\x07 محارف\x85 تحكم\n{DATE}Slug: robust-controls\n",
            "نص\x01 الخبر\x1b فيه\x7f محارف\x9f تحكم\x0c مخفية.\n",
        ),
        page="robust-controls.html",
    ),
    Case(
        "bidi-title",
        brief(f"Title: \u202eخبر عاجل\u202c عن \u2066الطقس\u2069\n{DATE}"),
        page="خبر-عاجل-عن-الطقس.html",
    ),
    Case(
        "zero-width",
        brief(f"Title: كلمة\u200cمفصولة و\u200b فاصل\n{DATE}Slug: robust-zw\n"),
        page="robust-zw.html",
    ),
    Case(
        "html-in-body",
        brief(
            f"Title: خبر فيه شفرة\n{DATE}Slug: robust-html\n",
            "<script>alert(1)</script>\n\n"
            'فقرة <img src=x onerror="alert(2)"> و '
            '<iframe src="//evil.example"></iframe>'
            ' و <a href="javascript:alert(3)">رابط</a>.\n\n'
            '<div markdown="1" onclick="alert(4)">*نص*</div>\n',
        ),
        page="robust-html.html",
    ),
    Case(
        "html-in-title",
        brief(
            "Title: <script>alert(1)</script> عنوان <b>خبيث</b>\n"
            f"{DATE}Slug: robust-t\n"
        ),
        page="robust-t.html",
    ),
    Case(
        "html-in-summary",
        brief(
            f"Title: ملخص خبيث\n{DATE}Slug: robust-summary\n"
            "Summary: <script>alert(1)</script> ملخص [رابط](javascript:alert(2))\n"
        ),
        page="robust-summary.html",
    ),
    Case(
        "markdown-posing-as-metadata",
        brief(
            f"Title: العنوان الحقيقي\n{DATE}Slug: robust-meta\n",
            "Title: عنوان مزيف\nSave_as: ../../pwned.html\nStatus: draft\n\n" + BODY,
        ),
        page="robust-meta.html",
    ),
    Case(
        "script-links",
        brief(
            f"Title: روابط خبيثة\n{DATE}Slug: robust-links\n",
            "[أ](javascript:alert(1)) [ب](JaVaScRiPt:alert(2)) "
            "[ت](&#106;avascript:alert(3)) [ث](java\tscript:alert(4)) "
            "[ج][مرجع] [ح](vbscript:msgbox) <javascript:alert(5)> "
            "![صورة](data:image/svg+xml;base64,PHN2Zz4=) "
            "![بعيدة](https://tracker.example/pixel.png) "
            "[آمن](https://example.org/news)\n\n"
            "[مرجع]: javascript:alert(6)\n\n"
            'فقرة بسمات\n{: onclick="alert(7)" style="color: red" }\n',
        ),
        page="robust-links.html",
    ),
    Case(
        "slug-escape",
        brief(f"Title: مسار\n{DATE}Slug: ../../pwned\n"),
        problem="outside",
    ),
    Case(
        "save-as-escape",
        brief(f"Title: مسار\n{DATE}Save_as: ../../pwned.html\n"),
        problem="outside",
    ),
    Case(
        "slug-backslash",
        brief(f"Title: مسار\n{DATE}Slug: ..\\..\\pwned\n"),
        problem="one plain name",
    ),
    Case(
        "url-script",
        brief(f"Title: مسار\n{DATE}Slug: robust-url\nURL: javascript:alert(1)\n"),
        problem="relative address",
    ),
    Case(
        "static-outside-content",
        brief(f"Title: ملف\n{DATE}", BODY + "\n![سر]({static}/../../secret.txt)\n"),
        problem="outside the content folder",
    ),
    Case(
        "static-missing",
        brief(f"Title: صورة\n{DATE}", BODY + "\n![صورة]({static}/images/none.png)\n"),
        problem="does not exist",
    ),
    Case(
        "reserved-slug",
        brief(f"Title: index\n{DATE}Slug: index\n"),
        problem="writes itself",
    ),
    Case(
        "unbalanced-quotes",
        brief(
            f"Title: اقتباسات\n{DATE}Slug: robust-quotes\n",
            "وقال المدير: «هذا “مهم جداً» لنا” ثم أضاف: “لم ينته\n\n"
            "وقالت الوزيرة: «سنبدأ «قريبا» العمل» في الموعد.\n",
        ),
        page="robust-quotes.html",
    ),
    Case(
        "no-sentence",
        brief(f"Title: بلا جمل\n{DATE}Slug: robust-empty-body\n", "— ١٢٣ — !!!\n"),
        page="robust-empty-body.html",
    ),
    Case(
        "no-arabic",
        brief(f"Title: English only\n{DATE}Slug: robust-english\n", "No Arabic.\n"),
        page="robust-english.html",
        problem="no Arabic",
    ),
    Case(
        "future-date",
        brief("Title: خبر من المستقبل\nDate: 2999-01-01 10:00\nSlug: robust-future\n"),
        page="robust-future.html",
        problem="future",
    ),
    Case(
        "bad-date",
        brief("Title: تاريخ غريب\nDate: صباح الغد\nSlug: robust-bad-date\n"),
        problem="not a valid date",
    ),
]
DUPLICATES = ("dup-a", "dup-b")


@dataclass(frozen=True)
class Built:
    """The built site, its content folder and the one-line problems it logged."""

    root: Path
    content: Path
    output: Path
    lines: list[str]

    def lines_about(self, name: str) -> list[str]:
        """The logged lines that name the brief ``name``.md."""
        return [line for line in self.lines if f"{name}.md" in line]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    """Build one site from every hostile brief plus the good fixture briefs."""
    root = tmp_path_factory.mktemp("hostile")
    content = root / "content"
    briefs = content / "briefs"
    briefs.mkdir(parents=True)
    (root / "secret.txt").write_text("not for the web\n", "utf-8")
    (briefs / "harbour.md").write_bytes(
        (FIXTURES / "briefs" / "harbour.md").read_bytes()
    )
    for case in CASES:
        (briefs / f"{case.name}.md").write_bytes(case.data)
    for name in DUPLICATES:
        (briefs / f"{name}.md").write_bytes(
            brief(f"Title: {name}\n{DATE}Slug: robust-dup\n")
        )
    stream = io.StringIO()
    problems = ProblemLog(stream, str(content))
    logging.getLogger().addHandler(problems)
    try:
        output = build_site(content, root / "output")
    finally:
        logging.getLogger().removeHandler(problems)
    return Built(root, content, output, stream.getvalue().splitlines())


def parse_page(built: Built, name: str) -> html.HtmlElement:
    return html.fromstring((built.output / name).read_bytes())


@pytest.mark.parametrize(
    "case", [c for c in CASES if c.page is None], ids=lambda c: c.name
)
def test_a_broken_brief_is_left_out_with_one_line_naming_it(
    built: Built, case: Case
) -> None:
    lines = built.lines_about(case.name)
    assert any(line.startswith("ERROR") and case.problem in line for line in lines), (
        lines
    )
    slug = re.search(rb"^Slug: (robust-[\w-]+)$", case.data, re.MULTILINE)
    if slug:
        assert not (built.output / f"{slug.group(1).decode()}.html").exists()


@pytest.mark.parametrize("case", [c for c in CASES if c.page], ids=lambda c: c.name)
def test_a_hostile_but_readable_brief_gives_its_page(built: Built, case: Case) -> None:
    page = parse_page(built, case.page or "")
    assert page.xpath("//article//h1")
    errors = [line for line in built.lines_about(case.name) if line.startswith("ERROR")]
    assert errors == []
    if case.problem:
        assert any(case.problem in line for line in built.lines_about(case.name))


def test_two_briefs_with_one_slug_are_both_named_and_both_left_out(
    built: Built,
) -> None:
    lines = [line for line in built.lines if "dup-a.md" in line and "dup-b.md" in line]
    assert any(line.startswith("ERROR") and "robust-dup.html" in line for line in lines)
    assert not (built.output / "robust-dup.html").exists()


def test_the_home_page_is_not_replaced_by_a_brief_called_index(built: Built) -> None:
    home = html.fromstring((built.output / "index.html").read_bytes())
    assert not home.xpath("//article//h1[normalize-space()='index']")


def test_raw_html_in_the_body_is_shown_as_text(built: Built) -> None:
    body = parse_page(built, "robust-html.html").xpath("//article")[0]
    text = body.text_content()
    assert "<script>alert(1)</script>" in text
    assert "<iframe" in text
    assert not body.xpath(".//img | .//iframe | .//div[@onclick]")


def test_markup_in_a_title_stays_inert(built: Built) -> None:
    """The theme may show the tags as text or strip them; it never renders them."""
    page = parse_page(built, "robust-t.html")
    title = page.xpath("//article//h1")[0]
    assert not title.xpath(".//script | .//b")
    assert "عنوان" in title.text_content()
    assert "خبيث" in title.text_content()
    assert not page.xpath("//head//script[not(@type='application/ld+json')][not(@src)]")


def test_invisible_characters_are_removed_from_titles(built: Built) -> None:
    title = parse_page(built, "خبر-عاجل-عن-الطقس.html").xpath("//article//h1")[0]
    assert title.text_content() == "خبر عاجل عن الطقس"
    controls = parse_page(built, "robust-controls.html").xpath("//article//h1")[0]
    assert controls.text_content() == "خبر فيه محارف تحكم"


def test_a_joiner_between_letters_stays_and_a_stray_space_goes(built: Built) -> None:
    title = parse_page(built, "robust-zw.html").xpath("//article//h1")[0].text_content()
    assert "كلمة\u200cمفصولة" in title
    assert "\u200b" not in title


def test_body_lines_that_look_like_metadata_stay_in_the_body(built: Built) -> None:
    page = parse_page(built, "robust-meta.html")
    assert page.xpath("//article//h1")[0].text_content() == "العنوان الحقيقي"
    assert "Save_as: ../../pwned.html" in page.xpath("//article")[0].text_content()


def test_only_safe_links_survive(built: Built) -> None:
    body = parse_page(built, "robust-links.html").xpath("//article")[0]
    hrefs = body.xpath(".//a/@href")
    assert "https://example.org/news" in hrefs
    assert "https://tracker.example/pixel.png" in hrefs  # a remote image becomes a link
    assert not body.xpath(".//img")
    assert not body.xpath(".//*[@style]")


def test_a_brief_without_sentences_builds_without_key_points(built: Built) -> None:
    page = parse_page(built, "robust-empty-body.html")
    assert not page.xpath('//aside[@data-mowjaz="key-points"]//li')
    assert not page.xpath(
        '//aside[@data-mowjaz="quotes"]//blockquote[normalize-space()=""]'
    )


def test_unbalanced_quotes_never_show_an_empty_quotation(built: Built) -> None:
    page = parse_page(built, "robust-quotes.html")
    for quote in page.xpath('//aside[@data-mowjaz="quotes"]//blockquote'):
        assert quote.text_content().strip()


def _check_inert(tree: html.HtmlElement, where: str) -> None:
    for script in tree.iter("script"):
        if script.get("type") == "application/ld+json":
            json.loads(script.text or "")
        else:
            src = script.get("src", "")
            assert src and "//" not in src.split("theme/")[0].replace("..", ""), where
            assert not (script.text or "").strip(), where
    assert not tree.xpath("//iframe | //object | //embed | //frame | //base"), where
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        for name, value in element.attrib.items():
            assert not name.lower().startswith("on"), (where, name, value)
            if name.lower() in URL_ATTRIBUTES:
                seen = re.sub(r"[\x00-\x20]+", "", value).lower()
                assert not seen.startswith(("javascript:", "vbscript:", "data:")), where


def test_no_page_holds_executable_markup(built: Built) -> None:
    pages = sorted(built.output.rglob("*.html"))
    assert len(pages) > 10
    for path in pages:
        _check_inert(html.fromstring(path.read_bytes()), str(path))


def test_every_feed_is_well_formed_and_its_html_is_inert(built: Built) -> None:
    feeds = sorted((built.output / "feeds").glob("*.xml"))
    assert feeds
    for path in feeds:
        tree = etree.parse(str(path), etree.XMLParser(recover=False, huge_tree=True))
        fragments = tree.xpath(
            "//a:content | //a:summary | //description", namespaces={"a": ATOM[1:-1]}
        )
        for fragment in fragments:
            if fragment.text and fragment.text.strip():
                _check_inert(html.fromstring(f"<div>{fragment.text}</div>"), str(path))


def test_no_page_or_feed_carries_a_control_or_bidi_override_character(
    built: Built,
) -> None:
    for path in [*built.output.rglob("*.html"), *built.output.rglob("*.xml")]:
        text = path.read_text("utf-8")
        found = FORBIDDEN_CHARACTERS.search(text)
        assert found is None, (path, hex(ord(found.group())) if found else None)


def test_nothing_is_written_outside_the_output_folder(built: Built) -> None:
    outside = {
        path.relative_to(built.root).as_posix()
        for path in built.root.rglob("*")
        if path.is_file()
        and not path.is_relative_to(built.output)
        and not path.is_relative_to(built.content)
        and not path.is_relative_to(built.root / "cache")
    }
    assert outside == {"secret.txt"}
    assert not list(built.root.rglob("*pwned*"))
    assert not list(built.output.rglob("secret.txt"))


def test_briefs_with_different_utc_offsets_share_one_month_archive(
    tmp_path: Path,
) -> None:
    # Two sources, two offsets, one night: 31 July 23:30 in Algiers is 1 August
    # 02:30 in Dubai. Pelican alone writes archives/2025-08.html twice and stops.
    briefs = tmp_path / "content" / "briefs"
    briefs.mkdir(parents=True)
    stamps = {
        "night-algiers": "2025-07-31 23:30+01:00",
        "night-dubai": "2025-08-01 02:45+04:00",
        "morning-algiers": "2025-08-01 09:00+01:00",
    }
    for name, stamp in stamps.items():
        (briefs / f"{name}.md").write_text(
            f"Title: خبر {name}\nDate: {stamp}\nCategory: منوعات\nSlug: {name}\n\n"
            "نص قصير عن حدث وقع في تلك الليلة في المدينة.\n",
            encoding="utf-8",
        )
    output = build_site(tmp_path / "content", tmp_path / "output")
    july = html.fromstring((output / "archives" / "2025-07.html").read_bytes())
    august = html.fromstring((output / "archives" / "2025-08.html").read_bytes())
    assert july.xpath("//a[contains(@href, 'night-algiers')]")
    # 02:45 in Dubai is 23:45 on 31 July in the site's time zone (Africa/Algiers).
    assert july.xpath("//a[contains(@href, 'night-dubai')]")
    assert august.xpath("//a[contains(@href, 'morning-algiers')]")
    page = html.fromstring((output / "night-dubai.html").read_bytes())
    assert page.xpath("//time/@datetime")[0].startswith("2025-07-31T23:45:00+01:00")


def test_a_symbolic_link_in_the_output_folder_cannot_lead_a_brief_out(
    tmp_path: Path,
) -> None:
    output, elsewhere = tmp_path / "output", tmp_path / "elsewhere"
    output.mkdir()
    elsewhere.mkdir()
    (output / "linked").symlink_to(elsewhere, target_is_directory=True)
    (output / "brief.html").symlink_to(elsewhere / "stolen.html")
    (output / "news").mkdir()
    folders: dict[str, str] = {}
    assert "outside" in location_problem("linked/brief.html", output, folders)
    assert "outside" in location_problem("brief.html", output, folders)
    assert location_problem("news/brief.html", output, folders) is None
    assert location_problem("other.html", output, folders) is None
