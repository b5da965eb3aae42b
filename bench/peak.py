"""Run Pelican's command line and record its peak memory: ``peak.py OUT ARGS...``.

Writes the process's peak resident set size in KiB (``VmHWM`` of
``/proc/self/status``) to ``OUT`` when it exits.  ``VmHWM`` belongs to the memory
of this program only, whereas ``ru_maxrss`` of a child also counts its parent's
memory at ``fork``/``exec`` time (the benchmark holds the whole corpus).
"""

from __future__ import annotations

import atexit
import sys
from pathlib import Path


def peak_kib() -> int:
    """Return VmHWM of this process in KiB (0 where /proc is missing)."""
    try:
        status = Path("/proc/self/status").read_text(encoding="ascii")
    except OSError:
        return 0
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0


def main() -> int:
    """Run ``pelican`` with the remaining arguments; record the peak at exit."""
    target = Path(sys.argv[1])
    atexit.register(lambda: target.write_text(str(peak_kib()), encoding="ascii"))
    sys.argv = ["pelican", *sys.argv[2:]]
    from pelican import main as pelican_main  # noqa: PLC0415 - after argv is set

    pelican_main()
    return 0


if __name__ == "__main__":
    sys.exit(main())
