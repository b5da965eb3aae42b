"""The ``mowjaz`` command: ``import``, ``analyze`` and ``related`` (a thin wrapper).

Exit status: 0 when every input was handled, 1 when at least one file or input line
was refused (the others are still handled), 2 for a usage or settings error.
Messages go to standard error, one line each, starting with the file name.
"""

from __future__ import annotations

import argparse
import html
import json
import logging
import runpy
import sys
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from .config import Config, ConfigError
from .derive.analyse import key_points_of, quotes_of
from .importer.brief_files import add_image, parse_header, read_slugs, write_brief
from .importer.pipeline import (
    MAX_BYTES,
    ImporterError,
    ImportOptions,
    analyze_text,
    decode_bytes,
    explain,
    import_bytes,
    split_tags,
)
from .related.relate import Document, Related, find_related
from .text.blocks import Block, blocks_from_markdown
from .text.noise import SiteNoise

STDIN = "-"
_BRIEF_START = ("title:",)


class UsageError(ValueError):
    """The command line or the settings file cannot work (exit status 2)."""


@dataclass(frozen=True, slots=True)
class JsonLine:
    """One well-formed object of a JSON-lines input, with its line number."""

    number: int
    value: dict[str, Any]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``mowjaz`` command with ``argv`` (default: the process arguments)."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8", errors="backslashreplace")
    parser = build_parser()
    args = parser.parse_args(argv)
    _log_warnings_to_stderr()
    try:
        config = load_config(args.settings)
        return int(args.run(args, config))
    except UsageError as error:
        print(f"mowjaz: error: {error}", file=sys.stderr)
        return 2


class _StderrHandler(logging.Handler):
    """Write library warnings to the current standard error, one line each."""

    def emit(self, record: logging.LogRecord) -> None:
        message = " ".join(self.format(record).split())
        print(f"mowjaz: {record.levelname.lower()}: {message}", file=sys.stderr)


def _log_warnings_to_stderr() -> None:
    """Show warnings of the library (related stories ...) on standard error."""
    logger = logging.getLogger("mowjaz")
    if not any(isinstance(handler, _StderrHandler) for handler in logger.handlers):
        logger.addHandler(_StderrHandler(logging.WARNING))


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser of the three subcommands."""
    parser = argparse.ArgumentParser(
        prog="mowjaz", description="Arabic news briefs: import, analyze, related."
    )
    parser.add_argument(
        "--settings",
        metavar="FILE",
        help="pelicanconf.py to read MOWJAZ_* settings and TIMEZONE from "
        "(default: ./pelicanconf.py when it exists)",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    add = commands.add_parser("import", help="turn raw article text into briefs")
    add.add_argument("files", nargs="+", metavar="FILE", help="raw text; - reads stdin")
    add.add_argument("--title", help="the headline (one FILE only)")
    add.add_argument("--date", help="ISO-8601 date, e.g. 2025-08-16T09:00+01:00")
    add.add_argument("--category")
    add.add_argument("--tags", default="", help="comma-separated tags")
    add.add_argument("--author")
    add.add_argument("--slug", help="the brief's slug and file name (one FILE only)")
    add.add_argument(
        "--image",
        type=Path,
        metavar="FILE",
        help="lead image, copied into images/ beside --out (one FILE only)",
    )
    add.add_argument("--image-alt", metavar="TEXT", help="what the image shows")
    add.add_argument("--image-credit", metavar="TEXT", help="who made the image")
    add.add_argument("--out", default="content/briefs", type=Path, metavar="DIR")
    add.add_argument("--force", action="store_true", help="replace an existing brief")
    add.add_argument("--stdout", action="store_true", help="print, write nothing")
    add.add_argument(
        "--explain",
        action="store_true",
        help="print what became of each line (title, byline, dropped …), write nothing",
    )
    add.set_defaults(run=run_import)

    analyze = commands.add_parser("analyze", help="key points and quotes as JSON")
    source = analyze.add_mutually_exclusive_group(required=True)
    source.add_argument("file", nargs="?", metavar="FILE", help="raw text or brief")
    source.add_argument("--jsonl", metavar="IN", help='lines {"id","title","text"}')
    analyze.add_argument("--count", type=_positive, metavar="N", help="key points")
    analyze.set_defaults(run=run_analyze)

    related = commands.add_parser("related", help="related stories as JSON lines")
    related.add_argument("--jsonl", required=True, metavar="IN")
    related.add_argument("--top", type=_positive, metavar="K", help="at most K each")
    related.add_argument(
        "--explain", action="store_true", help="add each link's source, score, words"
    )
    related.set_defaults(run=run_related)
    return parser


def _positive(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more: {value!r}")
    return number


def load_config(path: str | None) -> Config:
    """Read Mowjaz settings from a pelicanconf.py (./pelicanconf.py if present)."""
    if path is None:
        if not Path("pelicanconf.py").is_file():
            return Config()
        path = "pelicanconf.py"
    if not Path(path).is_file():
        raise UsageError(f"settings file {path} does not exist")
    try:
        namespace = runpy.run_path(path)
    except Exception as error:  # a settings file can fail in any way
        raise UsageError(f"cannot read settings {path}: {error}") from None
    try:
        return Config.from_settings(namespace)
    except ConfigError as error:
        raise UsageError(f"{path}: {error}") from None


# ---------------------------------------------------------------------------
# import


def run_import(args: argparse.Namespace, config: Config) -> int:
    """Import every FILE; print the path written (or the Markdown) for each."""
    if len(args.files) > 1 and (args.title or args.slug or args.image):
        raise UsageError("--title, --slug and --image need exactly one FILE")
    if args.files.count(STDIN) > 1:
        raise UsageError("standard input (-) can be read only once")
    rules = _rules(config)
    image = _lead_image(args)
    if image is None and (args.image_alt or args.image_credit):
        raise UsageError("--image-alt and --image-credit need --image")
    options = ImportOptions(
        title=args.title,
        date=args.date,
        category=args.category,
        tags=split_tags([args.tags]),
        author=args.author,
        slug=args.slug,
        timezone=config.timezone,
        slug_max_chars=config.slug_max_chars,
        image=image,
        image_alt=args.image_alt,
        image_credit=args.image_credit,
    )
    status = 0
    # The slugs under --out are read once; write_brief keeps the index current.
    slugs = None if args.stdout or args.explain else read_slugs(args.out)
    for name in args.files:
        try:
            result = import_bytes(_read_bytes(name), name, options, rules)
            for warning in result.warnings:
                print(f"{name}: warning: {warning}", file=sys.stderr)
            if args.explain:
                for line in explain(result.decisions):
                    print(f"{name}:{line}")
            elif args.stdout:
                sys.stdout.write(result.markdown)
            else:
                path = write_brief(
                    result.markdown,
                    args.out,
                    result.brief.slug,
                    force=args.force,
                    source=name,
                    slugs=slugs,
                )
                print(path)
        except ImporterError as error:
            print(f"{error.source}: error: {error.reason}", file=sys.stderr)
            status = 1
    return status


def _lead_image(args: argparse.Namespace) -> str | None:
    """Copy ``--image`` into the content's images/ (beside --out); return its name.

    With ``--stdout`` or ``--explain`` nothing is written: the name alone is used.
    """
    if args.image is None:
        return None
    if args.stdout or args.explain:
        return args.image.name
    try:
        return add_image(args.image, args.out.parent / "images")
    except ImporterError as error:
        raise UsageError(f"{error.source}: {error.reason}") from None


def _rules(config: Config) -> SiteNoise:
    return SiteNoise.load(config.boilerplate_lines, config.related_hint_prefixes)


def _read_bytes(name: str) -> bytes:
    """Return the bytes of a file (or stdin), refusing what is too big to be text."""
    try:
        if name == STDIN:
            data = sys.stdin.buffer.read(MAX_BYTES + 1)
        else:
            path = Path(name)
            if path.is_file() and path.stat().st_size > MAX_BYTES:
                raise ImporterError(name, f"the file is larger than {MAX_BYTES} bytes")
            data = path.read_bytes()
    except OSError as error:
        raise ImporterError(name, f"cannot read: {error.strerror or error}") from None
    if len(data) > MAX_BYTES:
        raise ImporterError(name, f"the file is larger than {MAX_BYTES} bytes")
    return data


# ---------------------------------------------------------------------------
# analyze


def run_analyze(args: argparse.Namespace, config: Config) -> int:
    """Print key points and quotes of one file, or of every JSON line of IN."""
    count = args.count or config.key_points_count
    rules = _rules(config)
    if args.jsonl is None:
        try:
            identifier, title, blocks = _analyze_file(args.file, rules)
        except ImporterError as error:
            print(f"{error.source}: error: {error.reason}", file=sys.stderr)
            return 1
        _emit({"id": identifier, "title": title, **_findings(blocks, count, title)})
        return 0
    status = 0
    for item in read_jsonl(args.jsonl):
        if item is None:
            status = 1
            continue
        value = item.value
        outline = analyze_text(value["text"], rules, title=value.get("title"))
        _emit({"id": value["id"], **_findings(outline.blocks, count, outline.title)})
    return status


def _analyze_file(name: str, rules: SiteNoise) -> tuple[str, str, list[Block]]:
    """Return id, title and blocks of a raw text file or a Markdown brief."""
    text = decode_bytes(_read_bytes(name), name)
    stem = "stdin" if name == STDIN else Path(name).stem
    if text.lstrip("\ufeff").lstrip(" ").lower().startswith(_BRIEF_START):
        header, _, body = text.replace("\r\n", "\n").partition("\n\n")
        metadata = parse_header(header)
        title = html.unescape(metadata.get("title", ""))
        return metadata.get("slug", stem), title, blocks_from_markdown(body)
    outline = analyze_text(text, rules)
    return stem, outline.title, list(outline.blocks)


def _findings(blocks: Sequence[Block], count: int, title: str) -> dict[str, Any]:
    return {
        "key_points": key_points_of(blocks, count, title=title or None),
        "quotes": [
            {"text": quote.text, "speaker": quote.speaker}
            for quote in quotes_of(blocks)
        ],
    }


# ---------------------------------------------------------------------------
# related


def run_related(args: argparse.Namespace, config: Config) -> int:
    """Print ``{"id", "related": [ids]}`` for every JSON line of IN, in order."""
    rules = _rules(config)
    status = 0
    documents: list[Document] = []
    seen: set[str] = set()
    for item in read_jsonl(args.jsonl, optional=("tags", "category", "date", "hints")):
        if item is None:
            status = 1
            continue
        value = item.value
        if value["id"] in seen:
            _line_error(args.jsonl, item.number, f"duplicate id {value['id']!r}")
            status = 1
            continue
        seen.add(value["id"])
        outline = analyze_text(value["text"], rules, title=value.get("title"))
        documents.append(
            Document(
                id=value["id"],
                title=outline.title,
                text="\n".join(block.text for block in outline.blocks),
                tags=tuple(value.get("tags") or ()),
                category=value.get("category"),
                date=value.get("date"),
                hints=(*outline.hints, *(value.get("hints") or ())),
            )
        )
    found = find_related(
        documents,
        top_k=args.top or config.related_top_k,
        min_score=config.related_min_score,
        duplicate_score=config.related_duplicate_score,
        explain=args.explain,
    )
    for document in documents:
        links = found.get(document.id, [])
        line: dict[str, Any] = {
            "id": document.id,
            "related": [link.id for link in links],
        }
        if args.explain:
            line["explain"] = [_explained(link) for link in links]
        _emit(line)
    return status


def _explained(link: Related) -> dict[str, Any]:
    """One link as ``--explain`` shows it: why it was chosen, and on what words."""
    return {
        "id": link.id,
        "source": link.source,
        "score": round(link.score, 3),
        "shared": list(link.shared),
    }


# ---------------------------------------------------------------------------
# JSON lines


def read_jsonl(name: str, optional: Sequence[str] = ()) -> Iterator[JsonLine | None]:
    """Yield each well-formed line of ``name``; report a bad one and yield None.

    A line is an object with a non-empty string ``id`` and a string ``text``;
    ``title`` and the ``optional`` keys may be present (strings, or lists of
    strings for ``tags`` and ``hints``).  Blank lines are skipped.
    """
    try:
        stream = _open_binary(name)
    except OSError as error:
        print(f"{name}: error: cannot read: {error.strerror}", file=sys.stderr)
        yield None
        return
    with stream as lines:
        for number, raw in enumerate(lines, start=1):
            if not raw.strip():
                continue
            try:
                value = json.loads(raw.decode("utf-8-sig" if number == 1 else "utf-8"))
            except ValueError as error:  # JSONDecodeError and UnicodeDecodeError
                problem: str | None = _reason(error)
            else:
                problem = line_problem(value, optional)
            if problem is not None:
                _line_error(name, number, problem)
                yield None
                continue
            yield JsonLine(number, value)


def _open_binary(name: str) -> AbstractContextManager[BinaryIO]:
    if name == STDIN:
        return nullcontext(sys.stdin.buffer)
    return Path(name).open("rb")


def line_problem(value: Any, optional: Sequence[str] = ()) -> str | None:
    """Return what is wrong with one decoded JSON line, or None when it is fine."""
    if not isinstance(value, dict):
        return "not a JSON object"
    if not isinstance(value.get("id"), str) or not value["id"]:
        return '"id" must be a non-empty string'
    if not isinstance(value.get("text"), str):
        return '"text" must be a string'
    problem = next(filter(None, (_field_problem(value, key) for key in optional)), None)
    problem = _field_problem(value, "title") or problem
    if problem is None and not _encodable(value):
        return "holds a lone surrogate (\\ud800-\\udfff), which is not Unicode text"
    return problem


def _field_problem(value: dict[str, Any], key: str) -> str | None:
    item = value.get(key)
    if item is None:
        return None
    if key in ("tags", "hints"):
        if not isinstance(item, list) or not all(isinstance(x, str) for x in item):
            return f'"{key}" must be a list of strings'
    elif not isinstance(item, str):
        return f'"{key}" must be a string'
    return None


def _encodable(value: Any) -> bool:
    """Tell whether every string in ``value`` can be written as UTF-8."""
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return False
        return True
    if isinstance(value, dict):
        return all(_encodable(key) and _encodable(item) for key, item in value.items())
    if isinstance(value, list):
        return all(_encodable(item) for item in value)
    return True


def _reason(error: Exception) -> str:
    if isinstance(error, UnicodeError):
        return "not valid UTF-8 or Unicode"
    if isinstance(error, json.JSONDecodeError):
        return f"not JSON: {error.msg} (column {error.colno})"
    return str(error)


def _line_error(name: str, number: int, reason: str) -> None:
    print(f"{name}:{number}: error: {reason}", file=sys.stderr)


def _emit(value: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    sys.exit(main())
