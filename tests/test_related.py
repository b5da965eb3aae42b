"""Related stories: editor links, hints, content similarity and a real build."""

from __future__ import annotations

import json
import logging
import math
import random
from pathlib import Path
from urllib.parse import unquote

import pytest
from lxml import html
from mowjaz.cli import main
from mowjaz.config import Config
from mowjaz.related.relate import (
    ChunkTerms,
    Document,
    TitleIndex,
    find_related,
    parse_date,
    relate,
    term_matrix,
)

from tests.conftest import build_site, copy_briefs, corpus_path

POWER_CUT = Document(
    id="power-cut",
    title="انقطاع الكهرباء عن أحياء شرق المدينة بسبب العاصفة",
    text=(
        "انقطع التيار الكهربائي ليلة الأحد عن أحياء شرق المدينة بعد سقوط أعمدة "
        "الكهرباء بفعل العاصفة. وقالت شركة الكهرباء إن فرقها تعمل على إصلاح "
        "الخطوط المتضررة."
    ),
    date="2025-11-03T07:45:00+01:00",
    source="briefs/power-cut.md",
)
POWER_BACK = Document(
    id="power-back",
    title="عودة التيار الكهربائي إلى أحياء شرق المدينة",
    text=(
        "أعلنت شركة الكهرباء عودة التيار الكهربائي إلى أحياء شرق المدينة بعد "
        "إصلاح الخطوط وأعمدة الكهرباء التي أسقطتها العاصفة."
    ),
    date="2025-11-04T18:00:00+01:00",
)
DERBY = Document(
    id="derby",
    title="فريق الساحل يفوز بالديربي بهدفين",
    text=(
        "فاز فريق الساحل على فريق الجبل بهدفين في الديربي. وسجل المهاجم الشاب "
        "الهدف الأول برأسية قبل ركلة جزاء في الشوط الثاني."
    ),
)
COACH = Document(
    id="coach",
    title="مدرب فريق الساحل يشيد بلاعبيه بعد الديربي",
    text=(
        "أشاد مدرب فريق الساحل بلاعبيه بعد الفوز في الديربي على فريق الجبل "
        "بهدفين، وقال إن المهاجم الشاب صاحب الهدف الأول يستحق المنتخب."
    ),
)
BOOK_FAIR = Document(
    id="book-fair",
    title="معرض الكتاب يستقبل آلاف الزوار في يومه الأول",
    text=(
        "استقبل معرض الكتاب آلاف الزوار في يومه الأول، واصطف القراء أمام أجنحة "
        "دور النشر لاقتناء الروايات ودواوين الشعر."
    ),
)
VEGETABLES = Document(
    id="vegetables",
    title="ارتفاع أسعار الخضر في الأسواق الشعبية",
    text=(
        "ارتفعت أسعار الطماطم والبطاطا في الأسواق الشعبية هذا الأسبوع، وأرجع "
        "التجار الغلاء إلى قلة العرض بعد موسم جاف."
    ),
)
BRIEFS = [POWER_CUT, POWER_BACK, DERBY, COACH, BOOK_FAIR, VEGETABLES]


def settings(**overrides: object) -> dict[str, object]:
    """The documented defaults (Config), with ``overrides``."""
    config = Config()
    return {
        "top_k": config.related_top_k,
        "min_score": config.related_min_score,
        "duplicate_score": config.related_duplicate_score,
        **overrides,
    }


def ids(links: list) -> list[str]:
    return [link.id for link in links]


# ---------------------------------------------------------------------------
# Content similarity


def test_no_briefs_and_one_brief_give_no_links() -> None:
    assert find_related([], **settings()) == {}
    assert find_related([POWER_CUT], **settings()) == {"power-cut": []}


def test_two_briefs_on_the_same_story_link_each_other() -> None:
    found = find_related(BRIEFS, **settings())
    assert ids(found["power-cut"])[0] == "power-back"
    assert ids(found["power-back"])[0] == "power-cut"
    assert ids(found["derby"])[0] == "coach"
    assert all(link.source == "similarity" for link in found["derby"])


def test_an_unrelated_brief_is_not_linked() -> None:
    found = find_related(BRIEFS, **settings())
    assert "book-fair" not in ids(found["power-cut"])
    assert "power-cut" not in ids(found["book-fair"])
    assert "derby" not in ids(found["vegetables"])


def test_a_brief_never_links_itself() -> None:
    found = find_related(BRIEFS, **settings(min_score=0.0))
    for doc in BRIEFS:
        assert doc.id not in ids(found[doc.id])


def test_scores_lie_between_0_and_1_and_respect_the_threshold_and_top_k() -> None:
    found = find_related(BRIEFS, **settings(top_k=1, min_score=0.05))
    for links in found.values():
        assert len(links) <= 1
        assert all(0.05 <= link.score <= 1.0 for link in links)
    assert find_related(BRIEFS, **settings(min_score=1.0))["power-cut"] == []
    assert find_related(BRIEFS, **settings(top_k=0))["power-cut"] == []


def test_shared_rare_tags_bring_untexted_briefs_together() -> None:
    first = Document(id="a", title="خبر أول", text="نص قصير", tags=("زلازل",))
    second = Document(id="b", title="خبر ثان", text="كلام آخر", tags=("زلازل",))
    others = [
        Document(id=f"o{number}", title="عنوان", text="نص", tags=("رياضة",))
        for number in range(3)
    ]
    found = find_related([first, second, *others], **settings(min_score=0.05))
    assert ids(found["a"]) == ["b"]


def test_a_brief_imported_twice_is_a_duplicate_not_a_related_story(
    caplog: pytest.LogCaptureFixture,
) -> None:
    again = Document(
        id="power-cut-2",
        title=POWER_CUT.title,
        text=POWER_CUT.text,
        source="briefs/power-cut-copy.md",
    )
    report = relate([*BRIEFS, again], **settings())
    assert [(d.first, d.second) for d in report.duplicates] == [
        ("power-cut", "power-cut-2")
    ]
    assert "power-cut-2" not in ids(report.related["power-cut"])
    assert ids(report.related["power-cut-2"])[0] == "power-back"
    with caplog.at_level(logging.WARNING, logger="mowjaz.related.relate"):
        find_related([*BRIEFS, again], **settings())
    warning = next(r.getMessage() for r in caplog.records if "same story" in r.msg)
    assert "briefs/power-cut.md" in warning
    assert "briefs/power-cut-copy.md" in warning


def test_two_briefs_with_the_same_id_are_refused() -> None:
    with pytest.raises(ValueError, match="power-cut"):
        find_related([POWER_CUT, POWER_CUT], **settings())


def test_briefs_close_in_time_rank_first_among_equals() -> None:
    text = "افتتاح جسر جديد على الوادي الكبير يربط ضفتي المدينة"
    base = Document(id="base", title="جسر", text=text, date="2025-06-01")
    near = Document(id="near", title="جسر", text=text + " صباحا", date="2025-06-02")
    far = Document(id="far", title="جسر", text=text + " صباحا", date="2021-01-01")
    filler = [Document(id=f"f{n}", title="عنوان", text="كلام") for n in range(3)]
    found = find_related([base, far, near, *filler], **settings(duplicate_score=1.0))
    assert ids(found["base"])[:2] == ["near", "far"]


def test_dates_are_read_in_iso_and_rfc_2822_forms() -> None:
    iso = parse_date("2018-06-01T00:10:10+00:00")
    assert parse_date("Fri, 01 Jun 2018 00:10:10 GMT") == iso
    assert math.isnan(parse_date("غدا"))
    assert math.isnan(parse_date(None))


# ---------------------------------------------------------------------------
# Same story first, and never shared vocabulary alone

# War reports from different places (more than a story has briefs): they share
# the vocabulary of war, and only the two Aden reports share a place.
WAR_WORDS = "قصف مدفعي وغارات جوية وسقوط قتلى وجرحى بين المسلحين والقوات"
WAR = [
    Document(
        id="aden-clashes",
        title="",
        text=f"اشتباكات عنيفة في مدينة عدن الساحلية. {WAR_WORDS}.",
        date="2025-03-02",
    ),
    Document(
        id="aden-truce",
        title="",
        text=f"هدنة هشة في عدن بعد يومين من الاشتباكات العنيفة. {WAR_WORDS}.",
        date="2025-03-03",
    ),
    Document(
        id="turkish-strikes",
        title="",
        text=f"الجيش التركي يضرب مواقع في جبال قنديل شمال العراق. {WAR_WORDS}.",
        date="2025-03-02",
    ),
    *(
        Document(id=f"front-{place}", title="", text=f"{event} {place}. {WAR_WORDS}.")
        for event, place in (
            ("هجوم على أطراف", "حلب"),
            ("حصار خانق لمدينة", "درنة"),
            ("معركة طاحنة حول", "الفاشر"),
            ("تقدم بطيء نحو", "مأرب"),
            ("كمين على طريق", "سرت"),
            ("اقتحام أحياء", "الموصل"),
            ("انسحاب مفاجئ من", "الحديدة"),
            ("مواجهات ليلية في", "بنغازي"),
            ("اختراق دفاعات", "تعز"),
            ("تطويق بلدة", "الجنينة"),
        )
    ),
    *BRIEFS,
    *(
        Document(id=f"market-{number}", title="", text=VEGETABLES.text)
        for number in range(12)
    ),
]


def test_briefs_sharing_only_the_vocabulary_of_a_subject_are_not_linked() -> None:
    found = find_related(WAR, **settings(duplicate_score=1.0))
    assert ids(found["aden-clashes"]) == ["aden-truce"]
    assert "aden-clashes" not in ids(found["turkish-strikes"])
    assert all(not ids(found[f"front-{place}"]) for place in ("حلب", "مأرب"))


def test_a_shared_dateline_is_no_evidence_of_one_story() -> None:
    # An agency's notices: each starts with its dateline; two of them left at
    # the same minute and tell different stories.
    def notice(number: int, day: int, minute: int, story: str) -> Document:
        dateline = f"الرياض {day} / 8 / 2015 م الموافق {day + 15} شوال 1436 هـ"
        text = f"{dateline} الساعة 18:{minute} {story}"
        return Document(id=f"notice-{number}", title="", text=text)

    stories = [
        "حفر بئر جديدة في القرية",
        "ترميم مدرسة البنات",
        "افتتاح حديقة عامة",
        "صيانة طريق المطار",
        "حملة تطعيم للأطفال",
        "توزيع سلال غذائية",
        "معرض للصور القديمة",
        "دورة في الإسعافات الأولية",
    ]
    notices = [
        notice(
            number, 11 if number < 2 else number, 38 if number < 2 else number, story
        )
        for number, story in enumerate(stories)
    ]
    found = find_related([*notices, *BRIEFS], **settings(min_score=0.0))
    assert "notice-1" not in ids(found["notice-0"])


def test_the_same_story_comes_before_the_same_subject() -> None:
    story = "انهيار جسر الوادي الكبير في مدينة النهر وإنقاذ ركاب حافلة"
    today = Document(id="today", title="", text=story, date="2025-05-10")
    same_day = Document(
        id="same-day",
        title="",
        text=story + " سقطت في الوادي بعد انهيار الجسر وأعلنت الحماية المدنية",
        date="2025-05-10",
    )
    last_year = Document(
        id="last-year", title="", text=story + " قبل عام", date="2024-05-01"
    )
    found = find_related(
        [today, last_year, same_day, *BRIEFS], **settings(duplicate_score=1.0)
    )
    assert ids(found["today"])[:2] == ["same-day", "last-year"]


def test_a_brief_whose_lead_tells_the_same_event_comes_first() -> None:
    # Both candidates share the same words with the brief; only one states them
    # in its lead, as a second report of the same event does.
    event = "غرق مركب صيد قبالة ميناء الرمال ونجاة بحارته الخمسة"
    other = (
        "ناقش المجلس البلدي ميزانية الحدائق العامة وصيانة الأرصفة وإنارة الشوارع "
        "وتوسيع المكتبة المركزية وترميم السوق المغطى وتجديد ملاعب الأحياء "
        "وتنظيف الشواطئ وزراعة الأشجار وشراء حافلات النقل المدرسي وتحديث "
        "مركز الإطفاء وتوظيف عمال النظافة"
    )
    brief = Document(id="brief", title="", text=f"{event}. {other} القديمة.")
    report = Document(
        id="report", title="", text=f"{event}. {other} الجديدة في الأحياء الشمالية."
    )
    digest = Document(
        id="digest", title="", text=f"{other} الجديدة في الأحياء. {event}."
    )
    found = relate([brief, digest, report, *BRIEFS], **settings(duplicate_score=1.0))
    assert ids(found.related["brief"])[:2] == ["report", "digest"]


def test_the_lead_is_the_title_and_the_start_of_the_text() -> None:
    opening = "أعلنت وزارة الصحة افتتاح مستشفى جديد للأطفال في الضاحية الجنوبية"
    rest = " ".join(f"فقرة{number}" for number in range(40))  # one term each
    title = "مستشفى الأطفال"
    # The story names its hospital again further down: that is not its lead.
    whole = Document(id="lead", title=title, text=f"{opening} {rest} {opening}")
    start = Document(id="lead", title=title, text=f"{opening} {rest}")

    def lead(doc: Document) -> dict[str, float]:
        matrix = term_matrix([doc, VEGETABLES])
        row = matrix.leads[0]
        terms = [matrix.vocabulary[column] for column in row.indices]
        return dict(zip(terms, row.data.tolist(), strict=True))

    reader = ChunkTerms()
    expected = [*reader.terms(opening), *reader.terms(rest)][:25]
    assert set(lead(whole)) == {*reader.terms(title), *expected}
    assert lead(whole) == pytest.approx(lead(start))


# A story many briefs follow: its names are in too many briefs to be rare one by
# one, but they are rarely found together outside it.
STORY_NAME, STORY_PLACE = "مرزوق", "الواحة"
SUBJECTS = (
    "افتتاح مدرسة ابتدائية جديدة",
    "حملة تشجير على ضفاف النهر",
    "مهرجان الشعر الشعبي السنوي",
    "صيانة شبكة المياه في الحي الغربي",
    "معرض الصناعات التقليدية",
    "دوري كرة اليد للشباب",
    "تخفيضات في أسعار الكتب المدرسية",
    "ندوة عن السلامة المرورية",
    "قافلة طبية إلى القرى الجبلية",
    "مسابقة حفظ القرآن للأطفال",
)


def many_briefs() -> list[Document]:
    """1,500 briefs: 14 on one story, and its name and place in 40 others each."""
    rng = random.Random(24)
    texts = [f"{subject} {number}" for subject in SUBJECTS for number in range(150)]
    rng.shuffle(texts)
    briefs = [
        Document(
            id=f"story-{number}",
            title="",
            text=f"{STORY_NAME} في {STORY_PLACE} {rng.choice(SUBJECTS)}",
        )
        for number in range(14)
    ]
    for number, text in enumerate(texts[: 1500 - len(briefs)]):
        named = f"{STORY_NAME} {text}" if number < 40 else text
        placed = f"{STORY_PLACE} {named}" if 40 <= number < 80 else named
        briefs.append(Document(id=f"other-{number}", title="", text=placed))
    return briefs


def test_a_story_followed_by_many_briefs_keeps_its_links() -> None:
    found = find_related(many_briefs(), **settings(duplicate_score=1.0))
    assert ids(found["story-0"])
    assert all(link.startswith("story-") for link in ids(found["story-0"]))


# Local stories, each told twice (its lead, then a second report in other words),
# and a weekly roundup that repeats every story's lead.
LOCAL_STORIES = (
    (
        "اندلع حريق في سوق الخضار القديم ببلدة النخيل",
        "أخمد رجال الإطفاء حريق سوق الخضار في النخيل بعد ساعتين",
    ),
    (
        "افتتح المحافظ جسر الوادي الجديد في بلدة الواحة",
        "عبر أول المسافرين جسر الوادي في الواحة صباح اليوم",
    ),
    (
        "فاز فريق الصفصاف بكأس الدوري المحلي للناشئين",
        "رفع لاعبو الصفصاف الناشئون الكأس أمام جمهورهم",
    ),
    (
        "بدأ موسم قطاف الزيتون في مزارع بلدة الرمان",
        "يتوقع مزارعو الرمان محصولا وفيرا مع بدء قطاف الزيتون",
    ),
    (
        "أغلقت البلدية الطريق الساحلي في العنبر للصيانة",
        "تحولت السيارات إلى طرق فرعية بعد إغلاق الطريق الساحلي بالعنبر",
    ),
)


def filler_briefs(count: int) -> list[Document]:
    """Briefs of made-up words, each close to no other brief (an ordinary archive)."""
    rng = random.Random(7)
    letters = "بتثجحخدذرزسشصضطظعغفقكلمنهي"
    return [
        Document(
            id=f"filler-{number}",
            title="",
            text=" ".join(
                "".join(rng.choice(letters) for _ in range(6)) for _ in range(8)
            ),
        )
        for number in range(count)
    ]


def test_a_roundup_close_to_every_story_comes_after_each_second_report() -> None:
    # The roundup shares more words with each lead than the second report
    # does, but it is as close to every other story: the second report tells
    # the same story and comes first; the roundup is still linked.
    roundup = ". ".join(lead for lead, _ in LOCAL_STORIES)
    briefs = [Document(id="roundup", title="", text=roundup)]
    for number, (lead, second) in enumerate(LOCAL_STORIES):
        briefs.append(Document(id=f"lead-{number}", title="", text=lead))
        briefs.append(Document(id=f"second-{number}", title="", text=second))
    found = find_related([*briefs, *filler_briefs(40)], **settings(duplicate_score=1.0))
    for number in range(len(LOCAL_STORIES)):
        assert ids(found[f"lead-{number}"])[:2] == [f"second-{number}", "roundup"]


def test_explain_gives_the_shared_words_as_written() -> None:
    found = find_related(WAR, **settings(duplicate_score=1.0), explain=True)
    link = found["aden-clashes"][0]
    assert link.id == "aden-truce"
    # The words of this story weigh more than the vocabulary of war.
    assert link.shared.index("عدن") < link.shared.index("قصف")
    assert find_related(WAR, **settings())["aden-clashes"][0].shared == ()


def test_the_command_explains_each_link_on_request(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "in.jsonl"
    lines = [
        {"id": doc.id, "title": doc.title, "text": doc.text, "date": doc.date}
        for doc in WAR
    ]
    source.write_text(
        "\n".join(json.dumps(line, ensure_ascii=False) for line in lines), "utf-8"
    )
    assert main(["related", "--jsonl", str(source), "--explain"]) == 0
    out = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    aden = next(line for line in out if line["id"] == "aden-clashes")
    assert aden["related"] == ["aden-truce"]
    [explained] = aden["explain"]
    assert explained["id"] == "aden-truce"
    assert explained["source"] == "similarity"
    assert "عدن" in explained["shared"]
    assert 0.0 < explained["score"] <= 1.0
    assert main(["related", "--jsonl", str(source)]) == 0
    assert "explain" not in capsys.readouterr().out


# ---------------------------------------------------------------------------
# Editor links and hints


def test_a_hint_matches_a_title_despite_hamza_taa_marbuta_and_diacritics() -> None:
    titles = TitleIndex(BRIEFS)
    assert titles.find("انقطاع الكهرباء عن احياء شرق المدينه بسبب العاصفة") == 0
    assert titles.find("مَعرِضُ الكِتابِ يستقبل آلاف الزوار في يومه الأول") == 4
    assert titles.find("ارتفاع اسعار الخضر في الاسواق الشعبيه") == 5


def test_a_hint_with_a_missing_word_still_matches() -> None:
    titles = TitleIndex(BRIEFS)
    assert titles.find("معرض الكتاب يستقبل آلاف الزوار في الأول") == 4
    assert titles.find("معرض الكتاب يغلق أبوابه") is None
    assert titles.find("") is None


def test_hints_come_before_similar_briefs() -> None:
    with_hint = Document(
        id="vegetables",
        title=VEGETABLES.title,
        text=VEGETABLES.text,
        hints=("معرض الكتاب يستقبل الاف الزوار في يومه الاول",),
    )
    found = find_related(
        [POWER_CUT, POWER_BACK, DERBY, COACH, BOOK_FAIR, with_hint], **settings()
    )
    assert found["vegetables"][0].id == "book-fair"
    assert found["vegetables"][0].source == "hint"


def test_a_hint_that_matches_nothing_warns_and_makes_no_link(
    caplog: pytest.LogCaptureFixture,
) -> None:
    lost = Document(
        id="lost",
        title="خبر بلا صلة",
        text="نص",
        hints=("قمة المناخ تنتهي باتفاق تاريخي",),
        source="briefs/lost.md",
    )
    with caplog.at_level(logging.WARNING, logger="mowjaz.related.relate"):
        found = find_related([*BRIEFS, lost], **settings())
    assert found["lost"] == []
    messages = [record.getMessage() for record in caplog.records]
    assert any(
        "briefs/lost.md" in message and "قمة المناخ" in message for message in messages
    )


def test_editor_links_by_slug_or_title_come_first_and_are_all_kept() -> None:
    edited = Document(
        id="vegetables",
        title=VEGETABLES.title,
        text=VEGETABLES.text,
        editor=("derby", "معرض الكتاب يستقبل آلاف الزوار في يومه الأول", "vegetables"),
    )
    found = find_related(
        [POWER_CUT, POWER_BACK, DERBY, COACH, BOOK_FAIR, edited], **settings(top_k=1)
    )
    assert [(link.id, link.source) for link in found["vegetables"]] == [
        ("derby", "editor"),
        ("book-fair", "editor"),
    ]


# ---------------------------------------------------------------------------
# A real build


def _unmatched_brief(content: Path) -> None:
    (content / "briefs" / "related-lost-hint.md").write_text(
        "Title: افتتاح مسبح بلدي جديد\n"
        "Date: 2025-11-05 10:00\n"
        "Category: محليات\n"
        "RelatedHints: مهرجان الموسيقى الأندلسية يختتم دورته\n\n"
        "افتتحت البلدية مسبحا جديدا مغطى يستقبل التلاميذ مجانا أيام الأربعاء.\n",
        "utf-8",
    )


@pytest.fixture(scope="module")
def related_site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    root = tmp_path_factory.mktemp("related-site")
    names = ["related-outage.md", "related-restored.md", "related-derby.md"]
    content = copy_briefs([*names, "related-coach.md"], root / "content")
    _unmatched_brief(content)
    records: list[str] = []

    class Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            records.append(record.getMessage())

    handler = Collect(level=logging.WARNING)
    logging.getLogger("mowjaz").addHandler(handler)
    try:
        output = build_site(content, root / "output", MOWJAZ_CACHE_PATH="")
    finally:
        logging.getLogger("mowjaz").removeHandler(handler)
    return output, records


def _related_links(page: Path) -> list[str]:
    tree = html.fromstring(page.read_bytes())
    return tree.xpath('//nav[@data-mowjaz="related"]//a/@href')


def test_related_links_in_the_built_site_resolve_to_pages(
    related_site: tuple[Path, list[str]],
) -> None:
    output, _ = related_site
    pages = sorted(output.glob("*.html"))
    checked = 0
    for page in pages:
        for href in _related_links(page):
            target = unquote(href.split("#", 1)[0]).removeprefix("./")
            assert (output / target).is_file(), f"{page.name} links {href}"
            checked += 1
    assert checked >= 3


def test_the_hint_and_similar_briefs_are_linked_in_the_page(
    related_site: tuple[Path, list[str]],
) -> None:
    output, _ = related_site
    outage = output / "انقطاع-الكهرباء-عن-أحياء-شرق-المدينة-بسبب-عاصفة-قوية.html"
    links = [unquote(href) for href in _related_links(outage)]
    assert links[0].endswith("عودة-التيار-الكهربائي-تدريجيا-إلى-أحياء-شرق-المدينة.html")
    derby = output / "فريق-الساحل-يفوز-بالديربي-بهدفين-نظيفين.html"
    tree = html.fromstring(derby.read_bytes())
    titles = tree.xpath('//nav[@data-mowjaz="related"]//a//text()')
    assert "مدرب فريق الساحل يشيد بلاعبيه بعد الفوز في الديربي" in titles
    assert tree.xpath('//nav[@data-mowjaz="related"]//time/@datetime')


def test_an_unmatched_hint_is_a_build_warning_naming_the_brief(
    related_site: tuple[Path, list[str]],
) -> None:
    _, records = related_site
    assert any(
        "related-lost-hint.md" in message and "مهرجان الموسيقى" in message
        for message in records
    )


# ---------------------------------------------------------------------------
# Real news (skipped without ../shared/corpora)


@pytest.mark.corpus
def test_on_two_hundred_real_articles_links_are_valid_and_mostly_on_topic() -> None:
    path = corpus_path("ant-dev.jsonl")
    with path.open(encoding="utf-8") as lines:
        rows = [json.loads(line) for line in lines]
    rows = random.Random(6).sample(rows, 200)
    classes = {
        row["id"]: {"middleEast": "internationalNews"}.get(
            row["category"], row["category"]
        )
        for row in rows
    }
    documents = [
        Document(id=r["id"], title=r["title"] or "", text=r["text"]) for r in rows
    ]
    found = find_related(documents, **settings())
    links = [(doc, link) for doc, own in found.items() for link in own]
    assert links
    for doc, link in links:
        assert link.id != doc
        assert link.id in classes
        assert 0.0 < link.score <= 1.0
    assert all(len(own) <= 5 for own in found.values())
    same = sum(classes[doc] == classes[link.id] for doc, link in links) / len(links)
    assert 0.6 < same <= 1.0
