"""Rate a built page with Lighthouse: `python -m tools.lighthouse` (`make lighthouse`).

Serves the built site from a local HTTP server and runs Lighthouse 12 (installed by
`make lighthouse` with `npm i -E lighthouse@12.2.3` into the git-ignored
``.node/lighthouse/``) against Debian's Chromium (``/usr/bin/chromium``, or
``CHROME_PATH``), headless, with a fresh profile, in Lighthouse's default mobile
emulation.  Prints the four category scores and the Core Web Vitals, writes the JSON
report to ``reports/lighthouse/`` (git-ignored) and exits 1 when a score is below
the issue's bar (performance 98, the others 100, CLS at most 0.01), 2 when the
tools are missing.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import http.server
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
LIGHTHOUSE = ROOT / ".node" / "lighthouse" / "node_modules" / ".bin" / "lighthouse"
REPORTS = ROOT / "reports" / "lighthouse"
DEFAULT_PAGE = "آلاف-العدائين-يشاركون-في-ماراثون-العاصمة-الدولي.html"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
BAR = {"performance": 98, "accessibility": 100, "best-practices": 100, "seo": 100}
MAX_CLS = 0.01
CHROME_FLAGS = (
    "--headless --no-sandbox --disable-gpu --disable-quic --no-first-run "
    "--disable-background-networking --disable-component-update --disable-sync"
)


@dataclass(frozen=True, slots=True)
class Summary:
    """The figures of one Lighthouse run."""

    scores: Mapping[str, int]
    cls: float
    lcp_ms: float
    tbt_ms: float
    fcp_ms: float

    def failures(self) -> list[str]:
        """Return what misses the bar, as readable lines (empty: all good)."""
        missed = [
            f"{name} {self.scores.get(name, 0)} < {bar}"
            for name, bar in BAR.items()
            if self.scores.get(name, 0) < bar
        ]
        if self.cls > MAX_CLS:
            missed.append(f"CLS {self.cls:.3f} > {MAX_CLS}")
        return missed


def summarise(report: Mapping[str, object]) -> Summary:
    """Return the scores (0-100) and vitals from a Lighthouse JSON report."""
    categories = report["categories"]
    audits = report["audits"]
    assert isinstance(categories, dict)
    assert isinstance(audits, dict)

    def value(name: str) -> float:
        return float(audits.get(name, {}).get("numericValue") or 0.0)

    return Summary(
        scores={
            name: round(float(categories[name]["score"] or 0) * 100)
            for name in CATEGORIES
            if name in categories
        },
        cls=value("cumulative-layout-shift"),
        lcp_ms=value("largest-contentful-paint"),
        tbt_ms=value("total-blocking-time"),
        fcp_ms=value("first-contentful-paint"),
    )


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    """Serve files without a log line per request."""

    def log_message(self, format: str, *args: object) -> None:
        """Log nothing (Lighthouse's output is what matters)."""


@contextlib.contextmanager
def serve(folder: Path) -> Iterator[str]:
    """Serve ``folder`` on a free local port; yield its base URL."""
    handler = functools.partial(QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        # "localhost", the host the demo's canonical links name.
        yield f"http://localhost:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def run_lighthouse(url: str, chrome: str, output: Path) -> dict[str, object]:
    """Run Lighthouse on ``url``; return its JSON report (written to ``output``)."""
    output.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="mowjaz-lh-") as profile:
        flags = f"{CHROME_FLAGS} --user-data-dir={profile}"
        subprocess.run(
            [
                str(LIGHTHOUSE),
                url,
                "--quiet",
                f"--chrome-flags={flags}",
                f"--only-categories={','.join(CATEGORIES)}",
                "--output=json",
                f"--output-path={output}",
            ],
            check=True,
            env={**os.environ, "CHROME_PATH": chrome},
            timeout=300,
        )
    return json.loads(output.read_text("utf-8"))


def main(argv: list[str] | None = None) -> int:
    """Rate one page of a built site; print its figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, default=ROOT / "output")
    parser.add_argument("--page", default=DEFAULT_PAGE, help="path inside the site")
    args = parser.parse_args(argv)
    chrome = os.environ.get("CHROME_PATH") or shutil.which("chromium") or ""
    missing = [
        what
        for what, ok in (
            (f"Lighthouse ({LIGHTHOUSE}; run `make lighthouse`)", LIGHTHOUSE.exists()),
            ("Chromium (/usr/bin/chromium or CHROME_PATH)", bool(chrome)),
            (
                f"the built page {args.site / args.page}",
                (args.site / args.page).exists(),
            ),
        )
        if not ok
    ]
    if missing:
        print("lighthouse: missing " + "; ".join(missing), file=sys.stderr)
        return 2
    output = REPORTS / (Path(args.page).stem[:40] + ".json")
    with serve(args.site) as base:
        report = run_lighthouse(f"{base}/{quote(args.page)}", chrome, output)
    summary = summarise(report)
    for name in CATEGORIES:
        print(f"{name:15} {summary.scores.get(name, 0):3d}")
    print(
        f"CLS {summary.cls:.3f}  LCP {summary.lcp_ms:.0f} ms  "
        f"FCP {summary.fcp_ms:.0f} ms  TBT {summary.tbt_ms:.0f} ms  ({output})"
    )
    failures = summary.failures()
    if failures:
        print("below the bar: " + ", ".join(failures), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
