"""The ``mowjaz`` command: import (hostile inputs, real build), analyze, related."""

from __future__ import annotations

import html as html_text
import io
import json
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from lxml import html
from mowjaz.cli import main
from mowjaz.importer.brief_files import parse_header
from mowjaz.importer.markdown_writer import metadata_text
from mowjaz.importer.pipeline import SUMMARY_MAX_WORDS, clean_line
from mowjaz.text.slug import slugify
from pelican.readers import MarkdownReader
from pelican.settings import read_settings
from pelican.utils import slugify as pelican_slugify
from PIL import Image

from tests.conftest import ROOT, build_site

SEED = ROOT.parent / "shared" / "seed" / "000_9f8877a75b60fc06.txt"
MARKET = ROOT / "tests" / "fixtures" / "raw" / "market.txt"
LEAD = "افتتحت بلدية الساحل صباح الأحد سوقا مغطاة جديدة تضم مئة وعشرين محلا."
MORE = "وقال رئيس البلدية إن السوق ستنظم التجارة وتحمي المستهلك."
DATE = "2025-09-07T08:00:00+01:00"
SEED_OPTIONS = [
    "--title",
    "قمة ألاسكا تنتهي دون اتفاق بشأن أوكرانيا",
    "--date",
    "2025-08-16T09:00:00+01:00",
    "--category",
    "سياسة",
    "--tags",
    "روسيا,أوكرانيا,الولايات المتحدة",
    "--author",
    "فريق موجز",
]
SEED_SLUG = "قمة-ألاسكا-تنتهي-دون-اتفاق-بشأن-أوكرانيا"


@dataclass(frozen=True, slots=True)
class Run:
    """What one ``mowjaz`` invocation did."""

    code: int
    out: str
    err: str


@pytest.fixture
def mowjaz(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> Callable[..., Run]:
    """Run ``mowjaz`` in-process from an empty folder (no pelicanconf.py there)."""
    monkeypatch.chdir(tmp_path)

    def run(*args: str, stdin: bytes = b"") -> Run:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin)))
        code = main(list(args))
        captured = capsys.readouterr()
        return Run(code, captured.out, captured.err)

    return run


def write(folder: Path, name: str, data: bytes | str) -> Path:
    path = folder / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def body_of(brief: Path) -> str:
    return brief.read_text("utf-8").split("\n\n", 1)[1]


# ---------------------------------------------------------------------------
# Hostile and unusual inputs, through the real command line

ARTICLE = f"{LEAD}\n{MORE}\n"


@dataclass(frozen=True, slots=True)
class Case:
    """One input class: the bytes, extra options and what must come out."""

    data: bytes
    options: tuple[str, ...] = ()
    error: str | None = None
    warning: str | None = None
    body_has: tuple[str, ...] = ()
    body_lacks: tuple[str, ...] = ()


CASES = {
    "empty file": Case(b"", error="the file is empty"),
    "whitespace only": Case(b"  \n\t\r\n \xc2\xa0\n", error="nothing to publish"),
    "binary data": Case(bytes(range(256)) * 8, error="binary data"),
    "invalid utf-8": Case(
        LEAD.encode() + b"\xff\xfe" + MORE.encode(), error="not valid UTF-8"
    ),
    "utf-16 without bom": Case(
        "Mayor opens a market today.".encode("utf-16-le"), error="binary data"
    ),
    "windows-1256": Case(ARTICLE.encode("cp1256"), body_has=(LEAD, MORE)),
    "utf-16 with bom": Case(ARTICLE.encode("utf-16"), body_has=(LEAD, MORE)),
    "utf-8 with bom": Case(ARTICLE.encode("utf-8-sig"), body_has=(LEAD, MORE)),
    "cr line ends": Case(f"{LEAD}\r{MORE}\r".encode(), body_has=(f"{LEAD}\n\n{MORE}",)),
    "crlf line ends": Case(
        f"{LEAD}\r\n{MORE}\r\n".encode(), body_has=(f"{LEAD}\n\n{MORE}",)
    ),
    "nul and c0/c1 controls": Case(
        f"{LEAD}\x00\x07\x1b\n\x85{MORE}\x9b\n".encode(), body_has=(LEAD, MORE)
    ),
    "bidi overrides in title": Case(
        f"\u202eسوق\u202c \u2067جديدة\u2069 في الساحل\n{LEAD}\n".encode(),
        options=("--title", "\u202bسوق\u202c جديدة"),
        body_lacks=("\u202e", "\u2067"),
    ),
    "zero-width joiners": Case(
        f"\u200d{LEAD}\u200d\nكلمة\u200dموصولة و\u200b{MORE}\n".encode(),
        body_has=(LEAD + "\n", "كلمة\u200dموصولة و" + MORE),
    ),
    "script and html": Case(
        (
            f"{LEAD}\n<script>alert(1)</script>\n<img src=x onerror=alert(1)>\n"
            "<iframe src=//example.com></iframe>\n<a href='javascript:alert(1)'>x</a>\n"
        ).encode(),
        body_has=("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;img src=x"),
        body_lacks=("<script", "<img", "<iframe", "<a "),
    ),
    "metadata lines in the body": Case(
        f"{LEAD}\nTitle: عنوان مزور\nSave_as: ../../x.html\nStatus: draft\n".encode(),
        body_has=("Title: عنوان مزور", "Save\\_as: ../../x.html", "Status: draft"),
    ),
    "markdown links": Case(
        f"{LEAD}\n[x](javascript:alert(1))\n[1]: http://example.com/\n".encode(),
        body_has=("\\[x\\](javascript:alert(1))", "\\[1\\]: http://example.com/"),
    ),
    "no arabic": Case(
        b"The mayor opened a covered market on Sunday.\n", warning="no Arabic text"
    ),
    "no sentence at all": Case(
        "... \u061f\u061f !!\n***\n".encode(), error="nothing to publish"
    ),
    "only site noise": Case(
        "التعليقات\nشارك المقال\n".encode(), error="nothing to publish"
    ),
    "empty quotation": Case(
        f"قال لشبكة \u201c\u201d إن {LEAD}\n".encode(), warning="empty quotation"
    ),
    "slug outside the output folder": Case(
        ARTICLE.encode(), options=("--slug", "../../x"), warning="was changed to 'x'"
    ),
    "date that does not parse": Case(
        ARTICLE.encode(), options=("--date", "16/08/2025"), error="not an ISO-8601 date"
    ),
    "date in the future": Case(
        ARTICLE.encode(), options=("--date", "2999-01-01"), warning="in the future"
    ),
}


@pytest.mark.parametrize("case", CASES.values(), ids=CASES.keys())
def test_every_input_gives_a_brief_or_one_clear_error(
    case: Case, mowjaz: Callable[..., Run], tmp_path: Path
) -> None:
    source = write(tmp_path, "article.txt", case.data)
    options = ("--date", DATE, *case.options)
    result = mowjaz("import", "--out", "out", *options, str(source))
    written = (
        sorted((tmp_path / "out").glob("*")) if (tmp_path / "out").exists() else []
    )
    assert "Traceback" not in result.err
    assert all(line.startswith(f"{source}: ") for line in result.err.splitlines())
    if case.error:
        assert result.code == 1
        assert written == []
        assert len(result.err.splitlines()) == 1
        assert case.error in result.err
        return
    assert result.code == 0, result.err
    assert [path.name for path in written] == [Path(result.out.strip()).name]
    if case.warning:
        assert case.warning in result.err
    brief = written[0]
    body = body_of(brief)
    assert all(fragment in body for fragment in case.body_has), body
    assert not any(fragment in brief.read_text("utf-8") for fragment in case.body_lacks)


def test_a_five_megabyte_line_is_imported_whole(
    mowjaz: Callable[..., Run], tmp_path: Path
) -> None:
    line = (LEAD + " ") * 70_000
    source = write(tmp_path, "long.txt", line + "\n")
    assert source.stat().st_size > 5_000_000
    result = mowjaz("import", "--date", DATE, "--out", "out", str(source))
    assert result.code == 0, result.err
    brief = Path(result.out.strip())
    body = body_of(brief)
    assert body == line.strip() + "\n"
    summary = parse_header(brief.read_text("utf-8"))["summary"]
    assert len(summary.split()) <= SUMMARY_MAX_WORDS


def test_one_bad_file_does_not_stop_the_good_ones(
    mowjaz: Callable[..., Run], tmp_path: Path
) -> None:
    bad = write(tmp_path, "bad.txt", b"")
    good = write(tmp_path, "good.txt", ARTICLE)
    missing = tmp_path / "missing.txt"
    result = mowjaz("import", "--out", "out", str(bad), str(good), str(missing))
    assert result.code == 1
    assert len(list((tmp_path / "out").glob("*.md"))) == 1
    errors = [line for line in result.err.splitlines() if ": error: " in line]
    assert [line.split(": ", 1)[0] for line in errors] == [str(bad), str(missing)]


def test_an_existing_brief_is_only_replaced_with_force(
    mowjaz: Callable[..., Run], tmp_path: Path
) -> None:
    source = write(tmp_path, "a.txt", ARTICLE)
    first = mowjaz(
        "import", "--date", DATE, "--slug", "سوق", "--out", "out", str(source)
    )
    assert first.code == 0
    brief = Path(first.out.strip())
    brief.write_text("Title: نسخة المحرر\n\nنص عدله المحرر.\n", encoding="utf-8")
    again = mowjaz(
        "import", "--date", DATE, "--slug", "سوق", "--out", "out", str(source)
    )
    assert again.code == 1
    assert "already exists (--force replaces it)" in again.err
    assert "نص عدله المحرر" in brief.read_text("utf-8")
    forced = mowjaz(
        "import",
        "--date",
        DATE,
        "--slug",
        "سوق",
        "--force",
        "--out",
        "out",
        str(source),
    )
    assert forced.code == 0
    assert LEAD in brief.read_text("utf-8")
    assert [path.name for path in (tmp_path / "out").iterdir()] == ["سوق.md"]


def test_a_slug_used_by_another_brief_is_refused(
    mowjaz: Callable[..., Run], tmp_path: Path
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    write(out, "market.md", "Title: سوق جديدة\nSlug: سوق-جديدة\n\nنص.\n")
    source = write(tmp_path, "a.txt", ARTICLE)
    result = mowjaz("import", "--title", "سوق جديدة", "--out", "out", str(source))
    assert result.code == 1
    assert "already used by" in result.err
    assert [path.name for path in out.iterdir()] == ["market.md"]


def test_a_bulk_import_sees_the_briefs_it_has_just_written(
    mowjaz: Callable[..., Run], tmp_path: Path
) -> None:
    first = write(tmp_path, "a.txt", "سوق جديدة في الساحل\n" + ARTICLE)
    second = write(tmp_path, "b.txt", "سوق جديدة في الساحل\n" + ARTICLE)
    result = mowjaz("import", "--date", DATE, "--out", "out", str(first), str(second))
    assert result.code == 1
    assert result.out.strip().endswith("سوق-جديدة-في-الساحل.md")
    assert f"{second}: error: " in result.err
    assert [path.name for path in (tmp_path / "out").iterdir()] == [
        "سوق-جديدة-في-الساحل.md"
    ]


def test_explain_says_what_became_of_each_line_and_writes_nothing(
    mowjaz: Callable[..., Run], tmp_path: Path
) -> None:
    source = write(
        tmp_path,
        "a.txt",
        "محلي / سوق جديدة في الساحل\nالساحل - سلمى العتيبي:\n"
        + ARTICLE
        + "// انتهى //\n",
    )
    result = mowjaz("import", "--explain", "--out", "out", str(source))
    assert result.code == 0
    assert result.out.splitlines() == [
        f"{source}:1: title; removed desk tag \u201cمحلي /\u201d: "
        "\u201cسوق جديدة في الساحل\u201d",
        f"{source}:2: byline (Author: سلمى العتيبي; Dateline: الساحل): "
        "\u201cالساحل - سلمى العتيبي:\u201d",
        f"{source}:3: paragraph: \u201c{LEAD[:59]}\u2026\u201d",
        f"{source}:4: paragraph: \u201c{MORE}\u201d",
        f"{source}:5: dropped (agency trailer): \u201c// انتهى //\u201d",
    ]
    assert not (tmp_path / "out").exists()


def test_stdout_and_stdin(mowjaz: Callable[..., Run], tmp_path: Path) -> None:
    result = mowjaz(
        "import", "--date", DATE, "--stdout", "-", stdin=MARKET.read_bytes()
    )
    assert result.code == 0
    assert result.out.startswith(
        "Title: بلدية الساحل تفتتح سوقا مغطاة للخضر والفواكه\n"
    )
    assert not (tmp_path / "content").exists()


def test_settings_add_boilerplate_and_time_zone(
    mowjaz: Callable[..., Run], tmp_path: Path
) -> None:
    write(
        tmp_path,
        "pelicanconf.py",
        'TIMEZONE = "Asia/Riyadh"\nMOWJAZ_BOILERPLATE_LINES = ["حقوق النشر محفوظة"]\n',
    )
    source = write(tmp_path, "a.txt", f"{LEAD}\nحقوق النشر محفوظة\n")
    result = mowjaz("import", "--date", "2025-09-07 08:00", "--stdout", str(source))
    assert "Date: 2025-09-07T08:00:00+03:00\n" in result.out
    assert "حقوق النشر" not in result.out


def test_the_console_script_runs(tmp_path: Path) -> None:
    script = Path(sys.executable).parent / "mowjaz"
    if not script.exists():
        pytest.skip("the mowjaz console script is not installed in this environment")
    done = subprocess.run(
        [str(script), "import", "--date", DATE, "--stdout", str(MARKET)],
        capture_output=True,
        cwd=tmp_path,
        check=False,
    )
    assert done.returncode == 0
    assert done.stdout.decode("utf-8").startswith("Title: ")


# ---------------------------------------------------------------------------
# The seed and a hostile brief, imported and built by Pelican


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Import the seed and a hostile article with the CLI, then build the site."""
    if not SEED.exists():
        pytest.skip(f"the seed article {SEED} is not here")
    root = tmp_path_factory.mktemp("import-build")
    briefs = root / "content" / "briefs"
    hostile = write(
        root,
        "hostile.txt",
        f"{LEAD}\nTitle: عنوان مزور\nSave_as: ../../x.html\nStatus: draft\n"
        "<script>alert(1)</script>\n[x](javascript:alert(1))\n"
        "[1]: javascript:alert(1)\n# ليس عنوانا\n",
    )
    bylined = write(
        root,
        "bylined.txt",
        "محلي / سوق مغطاة جديدة في وهران\nوهران - سلمى العتيبي:\n" + ARTICLE,
    )
    settings_file = str(ROOT / "pelicanconf.py")
    stderr = io.StringIO()
    stdout = io.StringIO()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(sys, "stderr", stderr)
        patch.setattr(sys, "stdout", stdout)
        common = ["--settings", settings_file, "import", "--out", str(briefs)]
        seed_code = main([*common, *SEED_OPTIONS, str(SEED)])
        hostile_code = main(
            [
                *common,
                "--title",
                "سوق",
                "--date",
                DATE,
                "--slug",
                "hostile",
                str(hostile),
            ]
        )
        main([*common, "--date", DATE, "--slug", "bylined", str(bylined)])
    output = build_site(root / "content", root / "output")
    return {
        "codes": (seed_code, hostile_code),
        "stderr": stderr.getvalue(),
        "briefs": briefs,
        "output": output,
    }


def test_the_seed_imports_with_a_warning_per_dropped_line_and_the_empty_quote(
    built: dict[str, Any],
) -> None:
    assert built["codes"] == (0, 0)
    warnings = [
        line for line in built["stderr"].splitlines() if line.startswith(str(SEED))
    ]
    assert warnings == [
        f"{SEED}: warning: line 8: dropped boilerplate "
        "\u201cمتابعو الموقع يشاهدون:\u201d",
        f"{SEED}: warning: line 25: dropped boilerplate \u201cالتعليقات\u201d",
        f"{SEED}: warning: line 7: empty quotation \u201c\u201d "
        "(a name was probably lost in copying)",
    ]


def test_an_imported_byline_shows_on_the_page_and_in_json_ld(
    built: dict[str, Any],
) -> None:
    page = html.fromstring((built["output"] / "bylined.html").read_bytes())
    byline = " ".join(page.xpath("string(//*[@class='byline'])").split())
    assert byline.startswith("وهران — بقلم سلمى العتيبي")
    assert "وهران - سلمى العتيبي" not in page.xpath("string(//article)")
    [data] = [
        json.loads(script.text)
        for script in page.xpath('//script[@type="application/ld+json"]')
    ]
    assert data["dateline"] == "وهران"
    assert data["author"][0]["name"] == "سلمى العتيبي"
    assert page.xpath("string(//h1)") == "سوق مغطاة جديدة في وهران"


def test_a_brief_imported_without_a_category_is_filed_under_the_default_one(
    built: dict[str, Any],
) -> None:
    page = html.fromstring((built["output"] / "bylined.html").read_bytes())
    assert page.xpath("string(//*[@class='brief-kicker'])").strip() == "عام"
    menu = " ".join(page.xpath("string(//header)").split())
    assert "عام" in menu
    assert "briefs" not in menu


def test_the_seed_renders_every_paragraph_in_order(built: dict[str, Any]) -> None:
    page = html.fromstring((built["output"] / f"{SEED_SLUG}.html").read_bytes())
    rendered = [
        " ".join(p.text_content().split())
        for p in page.xpath("//p[not(ancestor::aside)]")
    ]
    source = [line.strip() for line in SEED.read_text("utf-8").splitlines()]
    headings = {
        "\u201cلا اتفاق حتى الآن\u201d",
        "غياب الرئيس الأوكراني",
        "بوتين يدعو ترامب",
    }
    expected = [
        line.replace("\u2033", "\u201d")
        for line in source
        if line and line not in headings and not line.startswith("مواضيع مشابهة")
        if line not in {"متابعو الموقع يشاهدون:", "التعليقات"}
    ]
    positions = [rendered.index(paragraph) for paragraph in expected]
    assert positions == sorted(positions)
    assert len(expected) == 17
    h2 = [" ".join(h.text_content().split()) for h in page.xpath("//h2")]
    assert [text for text in h2 if text in headings] == [
        "\u201cلا اتفاق حتى الآن\u201d",
        "غياب الرئيس الأوكراني",
        "بوتين يدعو ترامب",
    ]
    body = " ".join(rendered)
    assert "متابعو الموقع" not in body
    assert "التعليقات" not in body
    assert "\u2033" not in body
    assert body.count("\u201c") == body.count("\u201d")
    assert "\u201c10 من 10\u201d" in body
    assert "بـ\u201cأخذ المخاوف" in body


def test_the_seed_keeps_two_related_hints_in_its_metadata(
    built: dict[str, Any],
) -> None:
    reader = MarkdownReader(read_settings(str(ROOT / "pelicanconf.py")))
    _, metadata = reader.read(str(built["briefs"] / f"{SEED_SLUG}.md"))
    assert metadata["relatedhints"] == [
        "رئيس وزراء كندا ينتقد خطة إسرائيل لاحتلال غزة بالكامل ويصفها بالخطأ الكبير",
        "قتلى ومصابين نتيجة هجوم جوي إسرائيلي على منطقة الشجاعية في غزة",
    ]
    assert metadata["lang"] == "ar"
    assert str(metadata["date"]) == "2025-08-16 09:00:00+01:00"
    assert [str(tag) for tag in metadata["tags"]] == [
        "روسيا",
        "أوكرانيا",
        "الولايات المتحدة",
    ]


def test_a_hostile_brief_is_published_as_plain_text(built: dict[str, Any]) -> None:
    output = built["output"]
    assert not (output.parent / "x.html").exists()
    assert not list(output.rglob("x.html"))
    page = html.fromstring((output / "hostile.html").read_bytes())
    article_text = page.text_content()
    assert "Title: عنوان مزور" in article_text
    assert "Status: draft" in article_text
    assert "<script>alert(1)</script>" in article_text
    assert not page.xpath("//script[contains(., 'alert')]")
    assert not page.xpath("//a[starts-with(normalize-space(@href), 'javascript:')]")
    assert page.xpath("//title")[0].text_content().startswith("سوق")


# ---------------------------------------------------------------------------
# Slugs: the importer and Pelican agree


@cache
def pelican_settings() -> dict[str, Any]:
    return read_settings(str(ROOT / "pelicanconf.py"))


def pelican_slug(metadata_title: str) -> str:
    config = pelican_settings()
    return pelican_slugify(
        metadata_title,
        regex_subs=config["SLUG_REGEX_SUBSTITUTIONS"],
        preserve_case=config.get("SLUGIFY_PRESERVE_CASE", False),
        use_unicode=config["SLUGIFY_USE_UNICODE"],
    )


@pytest.mark.parametrize(
    "title",
    [
        "قمة ألاسكا تنتهي دون اتفاق بشأن أوكرانيا",
        "سُوقٌ جديـــدة: «مغطاة» في 2025!",
        "Mowjaz & <موجز> \u201cالخبر\u201d",
        "  ../../etc/passwd  ",
    ],
)
def test_importer_slugs_equal_pelican_slugs(title: str) -> None:
    assert slugify(title) == pelican_slug(metadata_text(title))


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80))
def test_importer_slugs_equal_pelican_slugs_for_any_title(text: str) -> None:
    title = clean_line(text)
    assert slugify(title) == pelican_slug(metadata_text(title))


# ---------------------------------------------------------------------------
# analyze and related


def test_analyze_a_raw_text_file(mowjaz: Callable[..., Run]) -> None:
    result = mowjaz("analyze", "--count", "3", str(MARKET))
    assert result.code == 0
    found = json.loads(result.out)
    assert set(found) == {"id", "title", "key_points", "quotes"}
    assert found["id"] == "market"
    assert found["title"] == "بلدية الساحل تفتتح سوقا مغطاة للخضر والفواكه"
    assert 1 <= len(found["key_points"]) <= 3
    assert {
        "text": "هذه السوق ستنظم التجارة وتحمي المستهلك",
        "speaker": None,
    }.keys() == (found["quotes"][0].keys())
    assert found["quotes"][0]["text"] == "هذه السوق ستنظم التجارة وتحمي المستهلك"


def test_analyze_a_markdown_brief(mowjaz: Callable[..., Run], tmp_path: Path) -> None:
    brief = write(
        tmp_path,
        "brief.md",
        "Title: سوق &amp; ميناء\nSlug: market\nLang: ar\n\n"
        f"{LEAD}\n\n## مطالب التجار\n\n"
        "وقال التاجر: \u201cنريد تخفيض الإيجار هذا العام\u201d.\n",
    )
    found = json.loads(mowjaz("analyze", str(brief)).out)
    assert found["id"] == "market"
    assert found["title"] == "سوق & ميناء"
    assert found["quotes"][0]["text"] == "نريد تخفيض الإيجار هذا العام"


def test_analyze_jsonl_reports_bad_lines_and_keeps_going(
    mowjaz: Callable[..., Run], tmp_path: Path
) -> None:
    lines = [
        json.dumps({"id": "a", "title": "سوق", "text": ARTICLE}, ensure_ascii=False),
        "{not json",
        json.dumps({"id": 3, "text": "نص"}),
        "",
        json.dumps({"id": "b", "text": ""}),
        '{"id": "c", "text": "\\ud800"}',
    ]
    source = write(tmp_path, "in.jsonl", "\n".join(lines) + "\n")
    result = mowjaz("analyze", "--jsonl", str(source))
    assert result.code == 1
    outputs = [json.loads(line) for line in result.out.splitlines()]
    assert [item["id"] for item in outputs] == ["a", "b"]
    assert outputs[1] == {"id": "b", "key_points": [], "quotes": []}
    assert [line.split(": ", 1)[0] for line in result.err.splitlines()] == [
        f"{source}:2",
        f"{source}:3",
        f"{source}:6",
    ]
    assert "\\u" not in result.out


def test_related_jsonl_answers_in_input_order(
    mowjaz: Callable[..., Run], tmp_path: Path
) -> None:
    stories = [
        ("market", "سوق مغطاة جديدة في الساحل", f"{LEAD} {MORE}"),
        ("garden", "حديقة عامة جديدة", "افتتحت البلدية حديقة عامة للأطفال قرب الشاطئ."),
        (
            "market-2",
            "تجار السوق المغطاة راضون",
            "وقال تجار السوق المغطاة الجديدة في بلدية الساحل إن محلاتها أوسع"
            " وإن السوق ستنظم التجارة.",
        ),
    ]
    lines = [
        json.dumps(
            {"id": i, "title": t, "text": x, "tags": ["أسواق"]}, ensure_ascii=False
        )
        for i, t, x in stories
    ]
    lines.insert(1, json.dumps({"id": "market", "text": "مكرر"}))
    source = write(tmp_path, "in.jsonl", "\n".join(lines) + "\n")
    result = mowjaz("related", "--jsonl", str(source), "--top", "1")
    assert result.code == 1
    assert result.err.startswith(f"{source}:2: error: duplicate id")
    outputs = [json.loads(line) for line in result.out.splitlines()]
    assert [item["id"] for item in outputs] == ["market", "garden", "market-2"]
    for item in outputs:
        assert set(item) == {"id", "related"}
        assert len(item["related"]) <= 1
        assert set(item["related"]) <= {"market", "garden", "market-2"} - {item["id"]}


def test_related_reads_standard_input(mowjaz: Callable[..., Run]) -> None:
    line = json.dumps({"id": "a", "title": "سوق", "text": LEAD}, ensure_ascii=False)
    result = mowjaz("related", "--jsonl", "-", stdin=(line + "\n").encode())
    assert result.code == 0
    assert json.loads(result.out) == {"id": "a", "related": []}


def test_usage_errors_exit_with_status_two(
    mowjaz: Callable[..., Run], tmp_path: Path
) -> None:
    a = write(tmp_path, "a.txt", ARTICLE)
    b = write(tmp_path, "b.txt", ARTICLE)
    assert mowjaz("import", "--title", "سوق", str(a), str(b)).code == 2
    assert mowjaz("--settings", "nowhere.py", "import", str(a)).code == 2
    write(tmp_path, "bad.py", 'TIMEZONE = "Mars/Olympus"\n')
    bad_zone = mowjaz("--settings", "bad.py", "import", str(a))
    assert bad_zone.code == 2
    assert "'Mars/Olympus' is not a time zone" in bad_zone.err
    with pytest.raises(SystemExit) as exited:
        mowjaz("analyze")
    assert exited.value.code == 2


def test_titles_with_markup_are_html_text_in_metadata() -> None:
    assert html_text.unescape(metadata_text('<b>"x"</b>')) == '<b>"x"</b>'


def test_import_with_a_lead_image_copies_it_beside_the_briefs(tmp_path: Path) -> None:
    content = tmp_path / "content"
    picture = tmp_path / "ميناء الصيد.png"
    Image.new("RGB", (1400, 800), "#1d6fa5").save(picture)
    raw = tmp_path / "raw.txt"
    raw.write_text(
        "افتتاح ميناء جديد للصيد\n"
        "افتتحت السلطات المحلية صباح اليوم ميناء جديدا للصيد البحري يتسع لمئتي قارب.\n",
        encoding="utf-8",
    )
    args = ["import", "--out", str(content / "briefs"), "--date", "2025-05-04T10:00Z"]
    image_args = ["--image", str(picture), "--image-alt", "قوارب صيد زرقاء في الميناء"]
    assert main([*args, *image_args, "--image-credit", "رسم موجز", str(raw)]) == 0
    copied = content / "images" / "ميناء-الصيد.png"
    assert copied.read_bytes() == picture.read_bytes()
    brief = next((content / "briefs").glob("*.md")).read_text(encoding="utf-8")
    assert "\nImage: ميناء-الصيد.png\n" in brief
    assert "\nImageAlt: قوارب صيد زرقاء في الميناء\n" in brief
    assert "\nImageCredit: رسم موجز\n" in brief
    # Another picture of the same name never replaces the one a brief may show.
    Image.new("RGB", (1400, 800), "#a51d1d").save(picture)
    raw.write_text(raw.read_text(encoding="utf-8") + "وأضافت أن الأشغال دامت عامين.\n")
    again = [*args, "--slug", "another", "--image", str(picture), str(raw)]
    assert main(again) == 2
    assert copied.read_bytes() != picture.read_bytes()
