"""Headless Debian Chromium through Playwright, and a local server for a built site.

Import it from any test module::

    from tests.browser_support import launch_chromium, require_chromium, serve

* :func:`require_chromium` skips the calling test (or fixture) with a clear reason
  when the ``chromium`` command or the Playwright package is missing (``.ci/run``
  installs the Debian package). Playwright's own browser downloads are never used.
* :func:`launch_chromium` starts that browser headless with a fresh temporary
  profile (Playwright's ``launch`` makes one and removes it on close).
* :func:`serve` serves a folder on a free localhost port, optionally with extra
  response headers (for example a strict ``Content-Security-Policy``).
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import shutil
import threading
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest

CHROMIUM_ARGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
)
STRICT_CSP = "default-src 'self'"


def require_chromium() -> str:
    """Return the path of Debian's chromium, or skip when it cannot be used."""
    path = shutil.which("chromium")
    if path is None:
        pytest.skip(
            "chromium is not installed (apt-get install chromium; .ci/run does)"
        )
    try:
        import playwright.sync_api  # noqa: F401, PLC0415 - optional at import time
    except ImportError:
        pytest.skip("the playwright package is not installed (requirements-dev.txt)")
    return path


@contextlib.contextmanager
def launch_chromium() -> Iterator[Any]:
    """Yield a headless Chromium ``Browser`` (skip the test when there is none)."""
    executable = require_chromium()
    from playwright.sync_api import sync_playwright  # noqa: PLC0415

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=executable, headless=True, args=list(CHROMIUM_ARGS)
        )
        try:
            yield browser
        finally:
            browser.close()


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    """Static files with extra headers and no request log on stderr."""

    extra_headers: Mapping[str, str] = {}

    def end_headers(self) -> None:
        for name, value in self.extra_headers.items():
            self.send_header(name, value)
        super().end_headers()

    def log_message(self, format: str, *args: Any) -> None:
        """Keep the test output clean."""


@contextlib.contextmanager
def serve(folder: Path, headers: Mapping[str, str] | None = None) -> Iterator[str]:
    """Serve ``folder`` on ``127.0.0.1`` at a free port; yield the base URL."""
    handler = type("Handler", (_QuietHandler,), {"extra_headers": dict(headers or {})})
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(handler, directory=str(folder))
    )
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
