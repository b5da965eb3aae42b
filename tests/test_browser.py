"""The theme as a reader sees it: headless Chromium at phone and desktop widths.

One browser for the whole module; the site is served from localhost with a strict
``Content-Security-Policy: default-src 'self'`` header.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote, urlsplit

import pytest
from conftest import build_site, copy_briefs

from tests.browser_support import STRICT_CSP, launch_chromium, serve

pytestmark = pytest.mark.browser

SUMMIT = quote("قمة-المناخ-المتوسطية-تختتم-أعمالها-في-وهران-دون-بيان-مشترك.html")
PHONE, DESKTOP = 390, 1280
# Collects CSP violations before any page script runs.
WATCH_CSP = """
window.__csp = [];
document.addEventListener('securitypolicyviolation',
  (event) => window.__csp.push(event.violatedDirective + ' ' + event.blockedURI));
"""


@dataclass
class Visit:
    """A page opened at one width, with every request and console error it made."""

    page: Any
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def box(self, selector: str) -> dict[str, float]:
        box = self.page.locator(selector).first.bounding_box()
        assert box is not None, f"{selector} is not displayed"
        return box


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with launch_chromium() as chromium:
        yield chromium


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    root = tmp_path_factory.mktemp("browser")
    content = copy_briefs(
        ["harbour.md", "library.md", "theme-summit.md", "theme-transport.md"],
        root / "content",
    )
    site = build_site(content, root / "output")
    with serve(site, {"Content-Security-Policy": STRICT_CSP}) as url:
        yield url


@pytest.fixture(scope="module")
def visits(browser: Any, base_url: str) -> Iterator[dict[tuple[str, int], Visit]]:
    """Home and the seed-like article, each at phone and desktop width."""
    opened: dict[tuple[str, int], Visit] = {}
    contexts = []
    for width in (PHONE, DESKTOP):
        context = browser.new_context(viewport={"width": width, "height": 860})
        context.add_init_script(WATCH_CSP)
        contexts.append(context)
        for name, path in (("home", "index.html"), ("article", SUMMIT)):
            page = context.new_page()
            visit = Visit(page)
            page.on("request", lambda request, v=visit: v.requests.append(request.url))
            page.on(
                "console",
                lambda message, v=visit: (
                    v.errors.append(message.text) if message.type == "error" else None
                ),
            )
            page.goto(base_url + path, wait_until="networkidle")
            page.evaluate("document.fonts.ready.then(() => true)")
            opened[name, width] = visit
    yield opened
    for context in contexts:
        context.close()


@pytest.mark.parametrize("width", [PHONE, DESKTOP])
def test_article_reads_right_to_left_with_key_points_above_the_body(
    visits: dict[tuple[str, int], Visit], width: int
) -> None:
    visit = visits["article", width]
    direction = visit.page.evaluate(
        "getComputedStyle(document.querySelector('.brief-body p')).direction"
    )
    assert direction == "rtl"
    key_points = visit.box("[data-mowjaz='key-points']")
    body = visit.box(".brief-body")
    assert key_points["y"] + key_points["height"] <= body["y"]
    title = visit.box("h1")
    assert title["x"] + title["width"] == pytest.approx(
        key_points["x"] + key_points["width"], abs=2
    ), "the headline and the key points start at the same (right) edge"


def test_quote_sidebar_is_beside_the_body_on_desktop(
    visits: dict[tuple[str, int], Visit],
) -> None:
    visit = visits["article", DESKTOP]
    quotes, body = visit.box("[data-mowjaz='quotes']"), visit.box(".brief-body")
    assert quotes["x"] + quotes["width"] <= body["x"], (
        "sidebar at the inline end (left)"
    )
    assert quotes["y"] < body["y"] + body["height"]


def test_quote_sidebar_follows_the_body_on_a_phone(
    visits: dict[tuple[str, int], Visit],
) -> None:
    visit = visits["article", PHONE]
    quotes, body = visit.box("[data-mowjaz='quotes']"), visit.box(".brief-body")
    assert quotes["y"] >= body["y"] + body["height"]


@pytest.mark.parametrize("name", ["home", "article"])
@pytest.mark.parametrize("width", [PHONE, DESKTOP])
def test_nothing_overflows_horizontally(
    visits: dict[tuple[str, int], Visit], name: str, width: int
) -> None:
    overflow = visits[name, width].page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0


def test_the_arabic_webfont_is_loaded(visits: dict[tuple[str, int], Visit]) -> None:
    page = visits["article", DESKTOP].page
    faces = page.evaluate(
        "[...document.fonts].map((face) => [face.family, face.weight, face.status])"
    )
    if not faces:
        pytest.skip("webfont not prepared (needs npm): run `make fonts`")
    assert ["Mowjaz Naskh", "400", "loaded"] in [
        [family.strip('"'), weight, status] for family, weight, status in faces
    ]
    assert page.evaluate("document.fonts.check('16px \"Mowjaz Naskh\"', 'خبر')")


def test_no_request_leaves_the_site_and_the_csp_holds(
    visits: dict[tuple[str, int], Visit], base_url: str
) -> None:
    origin = urlsplit(base_url).netloc
    for key, visit in visits.items():
        foreign = [url for url in visit.requests if urlsplit(url).netloc != origin]
        assert foreign == [], key
        assert visit.page.evaluate("window.__csp") == [], key
        assert [e for e in visit.errors if "Content Security Policy" in e] == [], key


@pytest.mark.parametrize("name", ["home", "article"])
def test_axe_finds_no_serious_accessibility_violation(
    visits: dict[tuple[str, int], Visit], name: str
) -> None:
    axe_module = pytest.importorskip(
        "axe_playwright_python.sync_playwright", reason="axe-playwright-python missing"
    )
    for width in (PHONE, DESKTOP):
        results = axe_module.Axe().run(visits[name, width].page)
        serious = [
            f"{violation['id']}: {violation['help']}"
            for violation in results.response["violations"]
            if violation["impact"] in {"serious", "critical"}
        ]
        assert serious == [], (name, width)
