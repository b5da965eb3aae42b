"""Layouts the byline perturbation does not vary (``eval.importer --perturb``).

:mod:`eval.import_perturb` moves a page's own byline around.  This check adds, to
the same tuning pages (the held-out outlets are never used), one piece of page
furniture that Arabic news sites print and the tuning outlets rarely show:

* **credit after lead** / **credit at end**: the reporter under a label
  (``تقرير: فلان``) after the first paragraph, or closing the text;
* **outlet line**: a town, an online paper's name and a date
  (``جدة - صحيفة الأفق - الأحد 3 مايو 2015``) in place of the byline;
* **hijri date line**: ``الأحد 12 ربيع الأول 1436 هـ - 3 يناير 2015 م`` under the
  headline, before or after the byline;
* **photo credit**: ``تصوير: فلان`` (or in brackets) under the byline, after the
  first paragraph or at the end; the photographer is not the author;
* **reviewer line**: ``مراجعة: فلان`` / ``تدقيق: فلان`` closing the text; the
  reviewer is not the author;
* **source line**: ``المصدر: وكالات`` or a paper, closing the text under a byline;
* **agency first** / **agency last**: an agency in brackets or after a dash
  opening the lead (``(واس) -``, ``(واس)``, ``جدة (واس) -``, ``جدة - أ ش أ -``)
  or closing the last sentence or line (``- أ ش أ``, ``وكالات``), the page's
  byline removed;
* **bracketed town**: the lead opening with its town in brackets
  (``(جدة) -``, ``(جدة):``);
* **title run on**: the headline (six words or more) repeated at the lead's start
  with no break, under the byline or with none;
* **date into lead**: the date line run into the lead before a dash or a colon,
  alone or after the town (``جدة، 12 ربيع الأول 1436 هـ - …``);
* **publication stamp**: ``نشر في: …`` or ``آخر تحديث: …`` with a date and a
  time under the byline.

A second table (``SITE_LAYOUTS``, drawn with its own seed so that the first stays
comparable from round to round) adds what every news website prints around a story:

* **share row**: share, print and e-mail buttons on one line (``شارك | طباعة |
  أرسل لصديق``) under the byline, after the lead or at the end;
* **copyright line**: ``جميع الحقوق محفوظة © …`` closing the page;
* **app prompt**: a newsletter or app prompt (``اشترك في النشرة البريدية …``,
  ``حمّل التطبيق …``) after the lead or at the end;
* **follow us**: ``تابعونا على …`` closing the page;
* **reading stamp**: ``آخر تحديث: …`` or a reading time (``وقت القراءة: 3
  دقائق``) under the headline or the byline;
* **view counter**: ``عدد المشاهدات: 1234`` under the byline or at the end;
* **read also**: ``اقرأ أيضاً: <another story's headline>`` between paragraphs,
  on one line or with the headline on the next;
* **comment counter**: ``التعليقات (3)``, ``3 تعليقات`` closing the page;
* **end mark**: a wire's end mark (``انتهى``, ``/ انتهى /``, ``(انتهى) ع.م``) on its
  own line or after the last sentence;
* **trailer, then furniture**: a link line, a tag list, a read-more or a
  "more by this writer" label, or a wire's control mark closing the text (on its
  own line or after the last sentence), then a share row, a copyright line, a
  comment counter or a follow line under it, so that the trailer is not last;
* **credit under lead**: an agency's credit (``(واس)``, ``جدة - واس``) printed
  after a first paragraph, where the ``Summary`` is taken from.

The outlet names are invented and neutral.  Metrics (shares of variants):
**author in** (``Author`` non-empty and all its tokens among the expected ones,
of the pages that name one),
**dateline** (the place given is the ``Dateline``), **furniture left** (the added
piece still opens or closes a block), **summary bad** (the ``Summary`` opens with
the added piece, the names or the place, or is the title) and **text kept**.
"""

from __future__ import annotations

import random
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from eval.common import markdown_table
from eval.import_perturb import (
    Base,
    Counts,
    closes,
    import_page,
    opens,
    person_shaped,
    share,
)

LAYOUTS = (
    "credit after lead",
    "credit at end",
    "outlet line",
    "hijri date line",
    "photo credit",
    "reviewer line",
    "source line",
    "agency first",
    "agency last",
    "bracketed town",
    "title run on",
    "date into lead",
    "publication stamp",
)
CREDIT_LABELS = ("تقرير", "كتب", "متابعة", "إعداد", "بقلم")
OUTLETS = ("صحيفة الأفق", "جريدة النافذة", "صحيفة المرسى الإلكترونية")
WEEKDAYS = ("الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت")
HIJRI_MONTHS = (
    "محرم",
    "صفر",
    "ربيع الأول",
    "ربيع الآخر",
    "جمادى الأولى",
    "جمادى الآخرة",
    "رجب",
    "شعبان",
    "رمضان",
    "شوال",
    "ذو القعدة",
    "ذو الحجة",
)
MONTHS = ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس")
REVIEW_LABELS = ("مراجعة", "تدقيق", "مراجعة وتدقيق")
AGENCIES = ("واس", "أ ف ب", "رويترز", "د ب أ", "أ ش أ", "قنا", "كونا", "وكالات")
SEPARATORS = (" - ", " – ", ": ")
# A headline repeated at the lead's start has at least this many words.
TITLE_RUN_ON_MIN_WORDS = 6
# Tokens (a label, a date) that may come before the names at a block's start.
OFFSET = 3
SITE_LAYOUTS = (
    "share row",
    "copyright line",
    "app prompt",
    "follow us",
    "reading stamp",
    "view counter",
    "read also",
    "comment counter",
    "end mark",
    "credit under lead",
    "trailer, then furniture",
)
SHARE_BUTTONS = (
    "شارك",
    "طباعة",
    "أرسل لصديق",
    "إرسال لصديق",
    "مشاركة",
    "حفظ",
    "فيسبوك",
    "تويتر",
    "واتساب",
)
BUTTON_GAPS = (" ", "  ", " | ", " - ", " / ")
NETWORKS = ("تويتر", "فيسبوك", "إنستغرام", "يوتيوب", "تيليجرام", "سناب شات")
END_MARKS = (
    "انتهى",
    "/ انتهى /",
    "(انتهى) ع.م",
    "ع.م / ح.س",
    "(النهاية)",
    "-انتهى-",
    "ـ النهاية ـ",
)


@dataclass(frozen=True, slots=True)
class Layout:
    """One page with an added piece, and what the brief should show."""

    page: str
    layout: str
    form: str
    piece: str
    authors: tuple[str, ...]
    place: str | None
    names: tuple[str, ...]


@dataclass(slots=True)
class Tally(Counts):
    """Counts for one layout (or all)."""

    variants: int = 0
    with_author: int = 0
    author_in: int = 0
    with_place: int = 0
    dateline: int = 0
    furniture_left: int = 0
    summary_bad: int = 0
    kept: float = 0.0


@dataclass(slots=True)
class LayoutReport:
    """The overall tally, one per layout and form, and the misses."""

    overall: Tally = field(default_factory=Tally)
    by_form: dict[tuple[str, str], Tally] = field(
        default_factory=lambda: defaultdict(Tally)
    )
    misses: list[str] = field(default_factory=list)


def _date(draw: random.Random) -> str:
    return f"{draw.choice(WEEKDAYS)} {draw.randint(1, 28)} {draw.choice(MONTHS)} 2015"


def _hijri(draw: random.Random) -> str:
    hijri = f"{draw.randint(1, 29)} {draw.choice(HIJRI_MONTHS)} 1436 هـ"
    gregorian = f"{draw.randint(1, 28)} {draw.choice(MONTHS)} 2015"
    return draw.choice(
        (
            f"{draw.choice(WEEKDAYS)} {hijri} - {gregorian} م",
            f"{draw.choice(WEEKDAYS)} {hijri} الموافق {gregorian} م",
            f"{hijri} - {gregorian}",
        )
    )


def _byline(base: Base) -> str:
    """Return the page's byline with its town (a paper's name alone is any noun)."""
    return f"{base.place} - {base.name}" if base.place else base.name


def _credit_line(
    base: Base, layout: str, other: str, draw: random.Random
) -> Layout | None:
    del other  # the reporter is the page's own
    if not person_shaped(base.name):
        return None
    lines = list(base.lines)
    piece = f"{draw.choice(CREDIT_LABELS)}{draw.choice(SEPARATORS)}{base.name}"
    at = 1 if layout == "credit after lead" else len(lines)
    lines.insert(at, piece)
    form = "after lead" if at == 1 else "end"
    page = "\n".join([base.title, *lines])
    return Layout(page, layout, form, piece, (base.name,), None, (base.name,))


def _outlet_line(base: Base, layout: str, other: str, draw: random.Random) -> Layout:
    del other
    outlet = draw.choice(OUTLETS)
    place = base.place or "جدة"
    dash = draw.choice((" - ", " – "))
    form = draw.choice(("town, outlet", "town, outlet, date", "outlet, date"))
    piece = {
        "town, outlet": f"{place}{dash}{outlet}",
        "town, outlet, date": f"{place}{dash}{outlet}{dash}{_date(draw)}",
        "outlet, date": f"{outlet}{dash}{_date(draw)}",
    }[form]
    place_given = None if form == "outlet, date" else place
    page = "\n".join([base.title, piece, *base.lines])
    return Layout(page, layout, form, piece, (outlet,), place_given, ())


def _hijri_line(base: Base, layout: str, other: str, draw: random.Random) -> Layout:
    del other
    piece = _hijri(draw)
    form = draw.choice(("before byline", "after byline"))
    byline = _byline(base)
    head = [piece, byline] if form == "before byline" else [byline, piece]
    page = "\n".join([base.title, *head, *base.lines])
    return Layout(page, layout, form, piece, (base.name,), base.place, (base.name,))


def _photo_line(base: Base, layout: str, other: str, draw: random.Random) -> Layout:
    piece = draw.choice((f"تصوير: {other}", f"(تصوير: {other})", f"تصوير - {other}"))
    form = draw.choice(("under byline", "after lead", "end"))
    lines = list(base.lines)
    at = {"under byline": 0, "after lead": 1, "end": len(lines)}[form]
    lines.insert(at, piece)
    page = "\n".join([base.title, _byline(base), *lines])
    return Layout(page, layout, form, piece, (base.name,), base.place, (base.name,))


def _closing_line(base: Base, layout: str, other: str, draw: random.Random) -> Layout:
    if layout == "reviewer line":
        piece = f"{draw.choice(REVIEW_LABELS)}: {other}"
    else:
        piece = f"المصدر: {draw.choice(('وكالات', *OUTLETS))}"
    page = "\n".join([base.title, _byline(base), *base.lines, piece])
    return Layout(page, layout, "end", piece, (base.name,), base.place, (base.name,))


def _title_run_on(
    base: Base, layout: str, other: str, draw: random.Random
) -> Layout | None:
    """Return the page with the headline repeated at the lead's start, no break."""
    del other
    if len(base.title.split()) < TITLE_RUN_ON_MIN_WORDS:
        return None
    lines = list(base.lines)
    form = draw.choice(("under byline", "no byline"))
    lines[0] = f"{base.title} {lines[0]}"
    head = [_byline(base)] if form == "under byline" else []
    page = "\n".join([base.title, *head, *lines])
    names = (base.name,) if head else ()
    authors = (base.name,) if head else ()
    place = base.place if head else None
    return Layout(page, layout, form, base.title, authors, place, names)


def _date_into_lead(base: Base, layout: str, other: str, draw: random.Random) -> Layout:
    """Return the page with its date line run into the lead before a dash."""
    del other
    form = draw.choice(("date -", "town، hijri -"))
    date = _date(draw) if form == "date -" else _hijri(draw)
    town = base.place if form != "date -" else None
    piece = f"{town}، {date}" if town else date
    lines = list(base.lines)
    lines[0] = f"{piece}{draw.choice((' - ', ' – ', ': '))}{lines[0]}"
    page = "\n".join([base.title, *lines])
    return Layout(page, layout, form, piece, (), town, ())


def _publication_stamp(
    base: Base, layout: str, other: str, draw: random.Random
) -> Layout:
    """Return the page with a publication or update stamp under the byline."""
    del other
    label = draw.choice(("نشر في", "آخر تحديث", "تاريخ النشر"))
    day, month = draw.randint(1, 28), draw.randint(1, 12)
    stamp = draw.choice((_date(draw), f"{day:02d}/{month:02d}/2015"))
    piece = f"{label}: {stamp} - {draw.randint(0, 23):02d}:{draw.randint(0, 59):02d}"
    page = "\n".join([base.title, _byline(base), piece, *base.lines])
    return Layout(page, layout, "under byline", piece, (base.name,), base.place, ())


def _furniture_at(
    base: Base, piece: str, form: str, draw: random.Random, *, head: bool = True
) -> Layout:
    """Return the page with ``piece`` as a line at ``form``'s position.

    ``under title`` puts it above the byline, ``under byline`` below it, ``after
    lead`` after the first paragraph and ``end`` after the last one; the page keeps
    its own byline under the headline (``head``) or has none.
    """
    del draw
    lines = list(base.lines)
    byline = [_byline(base)] if head else []
    at = {"under byline": 0, "after lead": 1, "end": len(lines)}.get(form)
    if form == "under title":
        byline = [piece, *byline]
    elif at is not None:
        lines.insert(at, piece)
    page = "\n".join([base.title, *byline, *lines])
    authors = (base.name,) if head else ()
    place = base.place if head else None
    return Layout(page, "", form, piece, authors, place, authors)


def _share_row(draw: random.Random) -> str:
    buttons = draw.sample(SHARE_BUTTONS, draw.randint(2, 4))
    return draw.choice(BUTTON_GAPS).join(buttons)


def _copyright(draw: random.Random) -> str:
    outlet = draw.choice(OUTLETS)
    return draw.choice(
        (
            f"جميع الحقوق محفوظة © {outlet} 2015",
            f"© 2015 {outlet}. جميع الحقوق محفوظة",
            f"جميع الحقوق محفوظة لـ{outlet} ©",
            f"حقوق النشر محفوظة © 2015 {outlet}",
        )
    )


def _app_prompt(draw: random.Random) -> str:
    outlet = draw.choice(OUTLETS)
    return draw.choice(
        (
            "اشترك في النشرة البريدية",
            "اشترك في النشرة البريدية ليصلك جديد الأخبار",
            f"اشترك في نشرة {outlet} اليومية",
            "حمّل التطبيق",
            f"حمّل تطبيق {outlet} على هاتفك",
            "حمّل التطبيق الآن لتصلك الأخبار العاجلة",
            f"حمّل تطبيق {outlet} من متجر آب ستور وجوجل بلاي",
        )
    )


def _follow_us(draw: random.Random) -> str:
    outlet = draw.choice(OUTLETS)
    first, second = draw.sample(NETWORKS, 2)
    return draw.choice(
        (
            f"تابعونا على {first}",
            f"تابعونا على {first} و{second}",
            f"تابعوا {outlet} على {first}",
            f"تابعنا على {first}",
            f"تابعونا على {first} @alofoq",
        )
    )


def _reading_stamp(draw: random.Random) -> str:
    minutes = draw.randint(2, 9)
    time = f"{draw.randint(0, 23):02d}:{draw.randint(0, 59):02d}"
    return draw.choice(
        (
            f"آخر تحديث: {_date(draw)} - {time}",
            f"وقت القراءة: {minutes} دقائق",
            f"مدة القراءة: {minutes} دقائق",
            f"{minutes} دقائق للقراءة",
            f"آخر تحديث: {time}",
            f"نشر في: {_date(draw)} | آخر تحديث: {_date(draw)}",
            f"منذ {minutes} ساعات",
        )
    )


def _view_counter(draw: random.Random) -> str:
    count = draw.randint(100, 99999)
    return draw.choice(
        (
            f"عدد المشاهدات: {count}",
            f"المشاهدات: {count}",
            f"عدد القراءات: {count}",
            f"{count} مشاهدة",
            f"قراءات {count}",
            f"({count}) مشاهدة",
        )
    )


def _comment_counter(draw: random.Random) -> str:
    count = draw.randint(0, 40)
    return draw.choice(
        (
            f"التعليقات ({count})",
            f"{count} تعليقات",
            f"عدد التعليقات: {count}",
            f"تعليقات ({count})",
            "أضف تعليقاً",
            "لا توجد تعليقات",
            "التعليقات مغلقة",
        )
    )


SITE_PIECES: dict[str, tuple[Callable[[random.Random], str], tuple[str, ...]]] = {
    "share row": (_share_row, ("under byline", "after lead", "end")),
    "copyright line": (_copyright, ("end",)),
    "app prompt": (_app_prompt, ("after lead", "end")),
    "follow us": (_follow_us, ("after lead", "end")),
    "reading stamp": (_reading_stamp, ("under title", "under byline")),
    "view counter": (_view_counter, ("under byline", "end")),
    "comment counter": (_comment_counter, ("end",)),
}


def _site_piece(base: Base, layout: str, other: str, draw: random.Random) -> Layout:
    del other
    make, forms = SITE_PIECES[layout]
    piece = make(draw)
    built = _furniture_at(base, piece, draw.choice(forms), draw)
    return Layout(
        built.page, layout, built.form, piece, built.authors, built.place, built.names
    )


def _read_also(base: Base, layout: str, other: str, draw: random.Random) -> Layout:
    """Return the page with a link to another story between two paragraphs."""
    label = draw.choice(("اقرأ أيضاً", "اقرأ أيضا", "شاهد أيضاً", "طالع أيضاً"))
    headline = other
    form = draw.choice(("one line", "label, then headline"))
    lines = list(base.lines)
    at = draw.randint(1, len(lines) - 1)
    if form == "one line":
        lines.insert(at, f"{label}: {headline}")
    else:
        lines[at:at] = [f"{label}:", headline]
    page = "\n".join([base.title, _byline(base), *lines])
    return Layout(
        page,
        layout,
        form,
        f"{label}: {headline}" if form == "one line" else headline,
        (base.name,),
        base.place,
        (base.name,),
    )


def _end_mark(base: Base, layout: str, other: str, draw: random.Random) -> Layout:
    """Return the page with a wire's end mark closing the text."""
    del other
    mark = draw.choice(END_MARKS)
    form = draw.choice(("own line", "glued"))
    lines = list(base.lines)
    if form == "glued":
        lines[-1] = f"{lines[-1].rstrip()} {mark}"
    else:
        lines.append(mark)
    page = "\n".join([base.title, _byline(base), *lines])
    return Layout(page, layout, form, mark, (base.name,), base.place, (base.name,))


def _credit_under_lead(
    base: Base, layout: str, other: str, draw: random.Random
) -> Layout:
    """Return the page with an agency's credit after a first paragraph.

    A standfirst printed above the credit is the page's first paragraph; the
    ``Summary`` must not open with the credit.  (A reporter's name there stays
    text: it may be a caption's or a list's.)
    """
    del other
    lines = list(base.lines)
    agency = draw.choice(AGENCIES[:-1])
    form = draw.choice(("(agency)", "town - agency"))
    place = base.place or "جدة"
    piece = f"({agency})" if form == "(agency)" else f"{place} - {agency}"
    lines.insert(1, piece)
    page = "\n".join([base.title, *lines])
    given = place if form == "town - agency" else None
    return Layout(page, layout, form, piece, (agency,), given, (agency,))


def _trailer_then_furniture(
    base: Base, layout: str, other: str, draw: random.Random
) -> Layout:
    """Return the page with a trailer closing the text and site furniture under it."""
    form = draw.choice(
        ("link line", "tag list", "read more", "more by writer", "control mark")
    )
    outlet = draw.choice(OUTLETS)
    trailer = {
        "link line": draw.choice(
            (
                f"رابط الخبر: http://www.alofoq.example/news/{draw.randint(100, 9999)}",
                f"رابط الخبر بـ{outlet}: {other}",
            )
        ),
        # a tag list is words, no punctuation (another story's, as tags are)
        "tag list": "سمات " + " ".join(re.findall(r"[^\W\d_]+", other)[:4]),
        "read more": "...المزيد",
        "more by writer": "مقالات أخرى للكاتب",
        "control mark": draw.choice(("// انتهى //", "// يتبع //")),
    }[form]
    glue = draw.choice(("own line", "glued"))
    lines = list(base.lines)
    if glue == "glued" and form != "more by writer":
        lines[-1] = f"{lines[-1].rstrip()} {trailer}"
    else:
        lines.append(trailer)
    makers = [_share_row, _copyright, _comment_counter, _follow_us]
    lines.extend(make(draw) for make in draw.sample(makers, draw.randint(1, 2)))
    page = "\n".join([base.title, _byline(base), *lines])
    return Layout(
        page,
        layout,
        f"{form}, {glue}",
        trailer,
        (base.name,),
        base.place,
        (base.name,),
    )


def make_layout(
    base: Base, layout: str, other: str, draw: random.Random
) -> Layout | None:
    """Return ``base`` with ``layout`` added (None when it cannot apply).

    ``other`` is another article's reporter, lent as a photographer or reviewer.
    """
    builders = {
        "credit after lead": _credit_line,
        "credit at end": _credit_line,
        "outlet line": _outlet_line,
        "hijri date line": _hijri_line,
        "photo credit": _photo_line,
        "reviewer line": _closing_line,
        "source line": _closing_line,
        "agency first": _agency_first,
        "agency last": _agency_last,
        "bracketed town": _bracketed_town,
        "title run on": _title_run_on,
        "date into lead": _date_into_lead,
        "publication stamp": _publication_stamp,
        "read also": _read_also,
        "end mark": _end_mark,
        "credit under lead": _credit_under_lead,
        "trailer, then furniture": _trailer_then_furniture,
        **dict.fromkeys(SITE_PIECES, _site_piece),
    }
    return builders[layout](base, layout, other, draw)


def _agency_first(base: Base, layout: str, other: str, draw: random.Random) -> Layout:
    del other
    agency = draw.choice(AGENCIES[:-1])
    place = base.place or "جدة"
    form = draw.choice(
        ("(agency) -", "(agency)", "agency -", "town (agency) -", "town - agency -")
    )
    agency = draw.choice(AGENCIES) if form == "agency -" else agency
    dash = draw.choice((" - ", " – "))
    opening = {
        "agency -": f"{agency}{dash}",
        "(agency) -": f"({agency}){dash}",
        "(agency)": f"({agency}) ",
        "town (agency) -": f"{place} ({agency}){dash}",
        "town - agency -": f"{place}{dash}{agency}{dash}",
    }[form]
    lines = list(base.lines)
    lines[0] = opening + lines[0]
    place_given = None if form.startswith(("(", "agency")) else place
    page = "\n".join([base.title, *lines])
    return Layout(page, layout, form, agency, (agency,), place_given, ())


def _agency_last(base: Base, layout: str, other: str, draw: random.Random) -> Layout:
    del other
    agency = draw.choice(AGENCIES)
    form = draw.choice(("glued - agency", "own line", "own line (agency)"))
    lines = list(base.lines)
    if form == "glued - agency":
        lines[-1] = f"{lines[-1].rstrip()}{draw.choice((' - ', ' – '))}{agency}"
    elif form == "own line":
        lines.append(agency)
    else:
        lines.append(f"({agency})")
    page = "\n".join([base.title, *lines])
    return Layout(page, layout, form, agency, (agency,), None, ())


def _bracketed_town(base: Base, layout: str, other: str, draw: random.Random) -> Layout:
    del other
    place = base.place or "جدة"
    form = draw.choice(("(town) -", "(town):", "(town) —"))
    mark = form.split(")")[1]
    lines = list(base.lines)
    lines[0] = f"({place}){mark} {lines[0]}".replace(" :", ":")
    byline = base.name if person_shaped(base.name) else f"{place} - {base.name}"
    page = "\n".join([base.title, byline, *lines])
    return Layout(page, layout, form, f"({place})", (base.name,), place, ())


def score_layout(
    base: Base,
    layout: Layout,
    tokens: Callable[[str | None], list[str]],
    report: LayoutReport,
) -> None:
    """Import the page and add its results to the report."""
    brief = import_page(layout.page, base.ident)
    tally = Tally(variants=1)
    problems: list[str] = []
    if brief is None:
        problems.append("refused")
    else:
        texts = [block.text for block in brief.blocks]
        allowed = {token for author in layout.authors for token in tokens(author)}
        got = tokens(brief.author)
        if allowed:
            tally.with_author = 1
            if got and set(got) <= allowed:
                tally.author_in = 1
            else:
                problems.append(f"Author {brief.author!r}")
        elif got:
            problems.append(f"Author {brief.author!r} (none given)")
        place = tokens(layout.place)
        if place:
            tally.with_place = 1
            if tokens(brief.dateline) == place:
                tally.dateline = 1
            else:
                problems.append(f"Dateline {brief.dateline!r}")
        piece = tokens(layout.piece)
        offset = len(place) + OFFSET
        # the piece opens a block (after its town at most), or closes the text
        if any(opens(tokens(text), piece, len(place) + 1) for text in texts) or (
            texts and closes(tokens(texts[-1]), piece)
        ):
            tally.furniture_left = 1
            problems.append("furniture left")
        summary = tokens(brief.summary)
        if (
            summary == tokens(base.title)
            or opens(summary, piece, len(place) + 1)
            or any(opens(summary, tokens(name), offset) for name in layout.names)
            or (
                bool(place)
                and summary[: len(place)] == place
                and tokens(base.summary)[: len(place)] != place
            )
        ):
            tally.summary_bad = 1
            problems.append(f"Summary {brief.summary[:80]!r}")
        before = Counter(token for line in base.lines for token in tokens(line))
        after = Counter(token for text in texts for token in tokens(text))
        tally.kept = sum((before & after).values()) / max(1, sum(before.values()))
    report.overall.add(tally)
    report.by_form[layout.layout, "all"].add(tally)
    report.by_form[layout.layout, layout.form].add(tally)
    if problems:
        shown = layout.page.replace("\n", " ⏎ ")
        report.misses.append(
            f"{base.ident}\t{layout.layout} / {layout.form}\t{'; '.join(problems)}"
            f"\t{layout.piece!r}"
            f"\n    {shown[:260]} … {shown[-120:]}"
        )


def run(
    bases: Sequence[Base],
    rounds: int,
    tokens: Callable[[str | None], list[str]],
    *,
    site: bool = False,
) -> LayoutReport:
    """Score ``rounds`` layouts of every base article (seeded by its id).

    ``site`` draws from :data:`SITE_LAYOUTS` (with its own seed) instead of
    :data:`LAYOUTS`; there ``other`` is another article's headline (for ``read
    also``), not a reporter.
    """
    report = LayoutReport()
    if site:
        others = [base.title for base in bases]
        layouts, seed = SITE_LAYOUTS, "site"
    else:
        others = [base.name for base in bases if person_shaped(base.name)]
        layouts, seed = LAYOUTS, "layout"
    for base in bases:
        draw = random.Random(f"{base.ident}-{seed}")
        for _ in range(rounds):
            other = draw.choice(
                [o for o in others if o not in (base.name, base.title)] or ["سعد"]
            )
            layout = make_layout(base, draw.choice(layouts), other, draw)
            if layout is not None:
                score_layout(base, layout, tokens, report)
    return report


def _row(label: str, tally: Tally) -> list[object]:
    return [
        label,
        tally.variants,
        share(tally.author_in, tally.with_author),
        share(tally.dateline, tally.with_place),
        share(tally.furniture_left, tally.variants),
        share(tally.summary_bad, tally.variants),
        share(tally.kept, tally.variants),
    ]


HEADER = (
    "layout",
    "n",
    "author in",
    "dateline",
    "furniture left",
    "summary bad",
    "text kept",
)


def format_report(report: LayoutReport, layouts: Sequence[str] = LAYOUTS) -> str:
    """Return one row overall, one per layout and one per form of each."""
    rows = [_row("all", report.overall)]
    for layout in layouts:
        forms = sorted(form for name, form in report.by_form if name == layout)
        rows.extend(
            _row(layout if form == "all" else f"  {layout}: {form}", tally)
            for form in sorted(forms, key=lambda form: form != "all")
            if (tally := report.by_form[layout, form]).variants
        )
    return markdown_table(HEADER, rows)
