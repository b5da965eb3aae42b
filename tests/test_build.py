"""The build wrapper (``python -m mowjaz.site.build``) run as a newsroom runs it.

It builds into a temporary folder and swaps it into ``output/`` only when the build
got to the end; a broken brief is named, left out and makes the exit status non-zero.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import FIXTURES, ROOT
from lxml import html
from mowjaz.site.build import clean_leftovers

HARBOUR = "افتتاح-ميناء-جديد-للصيد-في-مدينة-ساحلية.html"
LIBRARY = "مكتبة-الحي-تمدد-ساعات-العمل-في-الصيف.html"
KILL_TIMEOUT = 120.0


def make_content(root: Path) -> Path:
    """A content folder with two good fixture briefs."""
    briefs = root / "content" / "briefs"
    briefs.mkdir(parents=True)
    for name in ("harbour.md", "library.md"):
        (briefs / name).write_bytes((FIXTURES / "briefs" / name).read_bytes())
    return root / "content"


def command(root: Path, *extra: str) -> list[str]:
    """The wrapper's command line for a site under ``root``."""
    return [
        sys.executable,
        "-m",
        "mowjaz.site.build",
        "--settings",
        str(ROOT / "pelicanconf.py"),
        "--content",
        str(root / "content"),
        "--output",
        str(root / "output"),
        "-e",
        f"CACHE_PATH={json.dumps(str(root / 'cache'))}",
        *extra,
    ]


def environment() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT / "plugins")}


def run_build(root: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    """Run the wrapper to completion and return its exit status and output."""
    return subprocess.run(
        command(root, *extra),
        cwd=root,
        env=environment(),
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` and its bytes."""
    return {
        path.relative_to(folder).as_posix(): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def siblings(root: Path) -> set[str]:
    """The names of the folders next to output/ that the wrapper may leave."""
    return {path.name for path in root.iterdir() if path.name.startswith("output.")}


def write_brief(content: Path, name: str, text: str) -> None:
    (content / "briefs" / name).write_text(text, "utf-8")


def test_a_successful_build_replaces_the_previous_site(tmp_path: Path) -> None:
    make_content(tmp_path)
    (tmp_path / "output").mkdir()
    (tmp_path / "output" / "stale.html").write_text("old site", "utf-8")
    result = run_build(tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert not (tmp_path / "output" / "stale.html").exists()
    assert (tmp_path / "output" / HARBOUR).exists()
    assert (tmp_path / "output" / "pagefind").is_dir()
    assert siblings(tmp_path) == set()


def test_a_broken_brief_is_named_left_out_and_fails_the_build(tmp_path: Path) -> None:
    content = make_content(tmp_path)
    write_brief(content, "broken.md", "Title: خبر\nDate: الأسبوع المقبل\n\nنص الخبر.\n")
    result = run_build(tmp_path)
    assert result.returncode == 1
    lines = [line for line in result.stderr.splitlines() if "broken.md" in line]
    assert len(lines) == 1
    assert lines[0].startswith("ERROR: ")
    assert "not a valid date" in lines[0]
    assert (tmp_path / "output" / HARBOUR).exists()
    page = html.fromstring((tmp_path / "output" / LIBRARY).read_bytes())
    assert page.xpath('//aside[@data-mowjaz="key-points"]//li')


def test_bad_settings_keep_the_previous_site(tmp_path: Path) -> None:
    make_content(tmp_path)
    assert run_build(tmp_path).returncode == 0
    before = snapshot(tmp_path / "output")
    result = run_build(tmp_path, "-e", "MOWJAZ_KEY_POINTS_COUNT=9")
    assert result.returncode == 2
    assert "MOWJAZ_KEY_POINTS_COUNT" in result.stderr
    assert "keeps the previous site" in result.stderr
    assert snapshot(tmp_path / "output") == before
    assert siblings(tmp_path) == set()


def test_warnings_fail_the_build_only_when_the_newsroom_says_so(tmp_path: Path) -> None:
    content = make_content(tmp_path)
    write_brief(
        content,
        "english.md",
        "Title: Weather\nDate: 2025-05-04 10:00+01:00\n\nSunny all week.\n",
    )
    default = run_build(tmp_path)
    assert default.returncode == 0
    assert any(
        "english.md" in line and "no Arabic" in line
        for line in default.stderr.splitlines()
    )
    strict = run_build(tmp_path, "-e", "MOWJAZ_FAIL_ON_WARNINGS=true")
    assert strict.returncode == 1
    assert (tmp_path / "output" / "weather.html").exists()


def _add_many_briefs(content: Path, count: int) -> None:
    for number in range(count):
        write_brief(
            content,
            f"bulk-{number:03d}.md",
            f"Title: خبر رقم {number}\nDate: 2025-03-01 08:00+01:00\n"
            f"Slug: bulk-{number:03d}\n\n"
            f"أعلنت الجمعية رقم {number} عن برنامج جديد لتنظيف الشواطئ هذا الصيف.\n\n"
            f"وقال رئيس الجمعية إن {number} متطوعا سجلوا أسماءهم حتى الآن.\n",
        )


def _kill_once_writing(process: subprocess.Popen[bytes], root: Path) -> None:
    deadline = time.monotonic() + KILL_TIMEOUT
    while time.monotonic() < deadline and process.poll() is None:
        if any(root.glob("output.tmp-*/*.html")):
            process.send_signal(signal.SIGKILL)
            process.wait()
            return
        time.sleep(0.005)
    process.kill()
    process.wait()
    pytest.fail("the build ended before it wrote any page: nothing to interrupt")


def start_build(root: Path) -> subprocess.Popen[bytes]:
    """Start ``make html``'s build in the background, its output silenced."""
    return subprocess.Popen(
        command(root),
        cwd=root,
        env=environment(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def test_a_build_killed_midway_leaves_the_previous_site_intact(tmp_path: Path) -> None:
    content = make_content(tmp_path)
    assert run_build(tmp_path).returncode == 0
    before = snapshot(tmp_path / "output")
    _add_many_briefs(content, 150)
    process = start_build(tmp_path)
    _kill_once_writing(process, tmp_path)
    assert process.returncode == -signal.SIGKILL
    assert snapshot(tmp_path / "output") == before
    for path in (content / "briefs").glob("bulk-*.md"):
        path.unlink()
    result = run_build(tmp_path)
    assert result.returncode == 0, result.stderr
    assert siblings(tmp_path) == set()
    assert (tmp_path / "output" / LIBRARY).exists()


def _children(pid: int) -> set[int]:
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found.update(
                int(child) for child in (task / "children").read_text().split()
            )
        except OSError:
            continue
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs Linux /proc")
def test_a_build_killed_while_reading_leaves_no_worker_behind(tmp_path: Path) -> None:
    content = make_content(tmp_path)
    _add_many_briefs(content, 150)  # enough for a worker process to start
    process = start_build(tmp_path)
    workers: set[int] = set()
    deadline = time.monotonic() + 60
    while not workers and time.monotonic() < deadline and process.poll() is None:
        workers = _children(process.pid)
        time.sleep(0.002)
    process.send_signal(signal.SIGKILL)
    process.wait()
    if not workers:
        pytest.fail("the build started no worker process before it ended")
    deadline = time.monotonic() + 10
    while any(map(_alive, workers)) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(map(_alive, workers)), "a worker of the killed build is still there"


def test_a_site_lost_between_the_two_renames_is_put_back(tmp_path: Path) -> None:
    old = tmp_path / "output.old-abc123"
    old.mkdir()
    (old / "index.html").write_text("previous site", "utf-8")
    (tmp_path / "output.tmp-def456").mkdir()
    clean_leftovers(tmp_path / "output")
    assert (tmp_path / "output" / "index.html").read_text("utf-8") == "previous site"
    assert siblings(tmp_path) == set()
