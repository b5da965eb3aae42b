"""Key points: commentary gets only facts in the third person; formulas are no bullet.

Fixtures are sentences written for these tests; the names and places are invented.
"""

from __future__ import annotations

from mowjaz.keypoints import extract_key_points
from mowjaz.keypoints.units import sentences
from mowjaz.keypoints.voice import is_commentary, is_formula, states_fact, voiced
from mowjaz.text.blocks import Block

COLUMN = [
    "كلما مررت بشارع السوق القديم تذكرت أيام طفولتي وضحكات أصدقائي هناك.",
    "لماذا نترك أحياءنا القديمة تذبل أمام أعيننا دون أن نحرك ساكنا؟",
    "يا أمين المدينة، إن هذه الشوارع تحكي تاريخنا وتاريخ آبائنا قبلنا.",
    "لقد تغير كل شيء حولنا، وبقيت الذكريات وحدها شاهدة على ما كان.",
    "أنشئ السوق القديم عام 1950 وكان يضم أكثر من 200 دكان للتجار.",
    "إننا نحتاج إلى خطة تعيد الحياة إلى هذه الأزقة قبل فوات الأوان!",
    "أعرف أن المهمة ليست سهلة، لكنني أعرف أيضا أن الإرادة تصنع المعجزات.",
    "فهل من مجيب لهذا النداء قبل أن تضيع آخر معالم المدينة القديمة؟",
]

POEM = [
    "يا ليل طال السهر والقلب في شوق إليك يناديك كل مساء",
    "أنا الذي ما نسيت العهد يوما ولا خنت الوداد مع الأحباء",
    "أين أنتم يا رفاق الدرب إنا على الوعد باقون رغم العناء",
    "لكم مني السلام ما هبت الريح وما غنت الطيور في السماء",
]

REPORT = [
    "افتتح محافظ مدينة الواحة الجديدة مساء أمس مستشفى الأطفال الجديد بسعة "
    "مئتي سرير، بحضور مسؤولي الصحة وأعضاء المجلس البلدي.",
    "وقال مدير المستشفى الدكتور نادر الصالح إن المستشفى يضم ثمانية أقسام "
    "تخصصية وغرفتي عمليات مجهزتين بأحدث الأجهزة الطبية.",
    "وأضاف الصالح: «نحن فخورون بفريقنا، وسنبذل كل جهد لخدمة أطفال المنطقة».",
    "وبلغت تكلفة المشروع نحو أربعين مليون ريال، ونفذته شركة محلية خلال "
    "عامين ونصف العام من بدء الأعمال.",
    "ويستقبل المستشفى المراجعين اعتبارا من الأحد المقبل، على أن تفتح "
    "العيادات الخارجية أبوابها في الشهر التالي للافتتاح.",
    "وتعمل وزارة الصحة على توظيف مئة وعشرين ممرضا وممرضة لتشغيل الأقسام "
    "الجديدة قبل نهاية العام الجاري.",
    "ويخدم المستشفى سكان المدينة والقرى المجاورة، الذين كانوا يقطعون مسافة "
    "تزيد على مئة كيلومتر لعلاج أطفالهم في مستشفيات العاصمة.",
]


def _sentences(paragraphs: list[str]) -> list[str]:
    return [sentence for text in paragraphs for sentence in sentences(text)]


def _box(paragraphs: list[str], title: str) -> list[str]:
    blocks = [Block("paragraph", text) for text in paragraphs]
    return extract_key_points(blocks, 5, title=title)


def test_a_column_in_the_first_and_second_person_is_commentary() -> None:
    assert is_commentary(_sentences(COLUMN))


def test_a_poem_with_vocatives_is_commentary() -> None:
    assert is_commentary(_sentences(POEM))


def test_a_report_with_one_quoted_first_person_sentence_is_news() -> None:
    assert not is_commentary(_sentences(REPORT))


def test_a_report_keeps_its_box_with_the_quoted_sentence() -> None:
    box = _box(REPORT, "افتتاح مستشفى الأطفال في مدينة الواحة")
    # A brief under 150 words gets two bullets; the quotation may be one.
    assert len(box) == 2
    assert any("«نحن فخورون بفريقنا" in bullet for bullet in box)


def test_a_column_gives_only_facts_in_the_third_person() -> None:
    box = _box(COLUMN, "السوق القديم")
    assert box == ["أنشئ السوق القديم عام 1950 وكان يضم أكثر من 200 دكان للتجار."]


def test_a_poem_gives_no_box() -> None:
    assert _box(POEM, "قصيدة") == []


def test_a_quoted_first_person_sentence_is_not_the_writers_voice() -> None:
    assert not voiced("وقال المدير: «نحن نعمل ليلا ونهارا لإنهاء المشروع».")
    assert voiced("ونحن نعمل ليلا ونهارا ولا نرى نتيجة لهذا العمل.")


def test_a_column_bullet_is_the_writers_claim_in_the_third_person() -> None:
    # Under the column's byline, the argument is the box: a claim is shown ...
    assert states_fact("المدينة القديمة أجمل من كل الأبراج الحديثة.")
    assert states_fact("أنشئ السوق القديم عام 1950 وكان يضم أكثر من 200 دكان.")
    # ... never a question or an exclamation, nor a clause of one.
    assert not states_fact("هل المدينة القديمة أجمل من الأبراج الحديثة؟")
    assert not states_fact(
        "المدينة القديمة أجمل من كل الأبراج",
        sentence="المدينة القديمة أجمل من كل الأبراج، فكيف نتركها تذبل!",
    )
    # "Our" on a verb is the first person too.
    assert not states_fact("تدخلنا عام 2010 لخفض الأسعار في أسواق المدينة.")


def test_a_prayer_is_a_formula() -> None:
    assert is_formula("نسأل الله أن يرحم الفقيد ويلهم أسرته الصبر والسلوان.")
    assert is_formula("رحم الله الفقيد وأسكنه فسيح جناته.")


def test_a_prayer_after_a_name_inside_a_fact_is_not_a_formula() -> None:
    assert not is_formula(
        "ويروي المعرض سيرة الشيخ سالم العتيبي - رحمه الله - منذ طفولته في القرية."
    )


def test_a_contact_line_and_scripture_are_formulas() -> None:
    assert is_formula("writer@example.com للتواصل مع الكاتب عبر البريد")
    assert is_formula("واستشهد الخطيب بقوله تعالى {وتعاونوا على البر والتقوى}.")


def test_a_prayer_is_never_a_bullet_of_a_report() -> None:
    prayer = "نسأل الله أن يحفظ أطفال المدينة وأن يديم عليهم الصحة والعافية دائما."
    box = _box([*REPORT, prayer], "افتتاح مستشفى الأطفال في مدينة الواحة")
    assert box
    assert prayer not in box


def test_questions_a_preacher_asked_are_reported_speech_not_the_writers() -> None:
    sermon = [
        "امتلأ الجامع الكبير بالمصلين أمس، وخصص الخطيب خطبته لتربية الأبناء.",
        "وتساءل الخطيب: من يراقب ما يشاهده أطفالنا على الشاشات كل يوم؟",
        "من يعرف أصدقاءهم ورفاقهم في المدرسة والحي؟",
        "ومن يجلس معهم ساعة في الأسبوع ليسمع منهم همومهم؟",
        "ومن يعلمهم قيمة الوقت وحسن استعماله في النافع؟",
        "وحضر الخطبة جمع كبير من المصلين وأهالي الأحياء المجاورة للجامع.",
    ]
    assert not is_commentary(_sentences(sermon))


def test_a_first_person_sentence_of_a_report_with_no_speaker_is_no_bullet() -> None:
    unsigned = "ونحن لا نعرف حتى الآن موعد وصول الأجهزة الجديدة إلى المستشفى."
    box = _box(
        [REPORT[0], unsigned, REPORT[3]], "افتتاح مستشفى الأطفال في مدينة الواحة"
    )
    assert box == [REPORT[3]]


def test_a_name_in_brackets_is_not_the_writers_voice() -> None:
    assert not voiced("وتقدم الفرقة مسرحية (أنا وأنت والقمر) على مسرح المدينة غدا.")


def test_a_prayer_after_and_is_a_formula_still() -> None:
    assert is_formula("ورحم الله الشاعر حين وصف العيد في قصيدته المشهورة.")
    assert is_formula("دعا الشيخ في ختام كلمته بأن يحفظ الله البلاد وأهلها.")


def test_the_first_person_future_is_the_writers_voice() -> None:
    assert voiced("ولهذا سأتحدث بكلمات بسيطة عن أهمية الميناء الجديد للمدينة.")
    assert voiced("وسأكتب في الأسبوع المقبل عن تجربة السوق القديم.")
    # "سأل" is "asked", a report of someone else
    assert not voiced("سألت البلدية سكان الحي عن رأيهم في المشروع الجديد.")


def test_that_you_is_the_writers_voice() -> None:
    assert voiced("لو أنك زرت السوق القديم صباحا لرأيت الباعة يفتحون دكاكينهم.")


def test_a_voice_word_before_the_speech_verb_is_the_writers() -> None:
    # the verb comes after: the writer says "we", the verb is in a relative clause
    assert voiced("إننا نحتاج إلى خطة تعيد الحياة إلى أزقة السوق القديم.")
    # the verb first: the speaker's words, reported
    assert not voiced("وقال رئيس البلدية: نحن نعمل على خطة لإحياء السوق.")


def test_a_word_after_a_quantifier_is_no_speech_verb() -> None:
    # "كل فرد" is "every individual", not "so he replied"
    assert voiced("فنحن أسرة واحدة ونجاح كل فرد منا نجاح لنا جميعا.")


def test_a_column_bullet_holds_no_voice_word_beside_a_speech_verb() -> None:
    unit = "يعلن المجلس كل عام خطته، ونحن ننتظرها بفارغ الصبر منذ سنوات طويلة"
    assert not states_fact(unit)


def test_the_future_of_i_and_we_is_the_writers_voice() -> None:
    assert voiced("وبعون الله سوف نكون سندا لأهل القرية في محنتهم.")
    assert voiced("سوف أكتب عن تجربة السوق في الأسبوع المقبل.")
    # the third person after سوف is a report
    assert not voiced("سوف تنطلق القافلة صباح الغد نحو القرى الجبلية.")


def test_an_invocation_of_my_lord_is_the_writers_voice() -> None:
    assert voiced("ربي احفظ هذه المدينة وأهلها من كل مكروه.")


def test_a_prayer_after_and_inside_the_unit_is_a_formula() -> None:
    assert is_formula("وأشاد بصبر الأسرة ونسأل الله لها العون في أيامها القادمة.")
    assert not is_formula("وأشاد المحافظ بجهود الأسرة في تنظيم الحفل الخيري.")


def test_brackets_before_a_speech_verb_leave_the_speech_reported() -> None:
    # the caption in brackets is set aside; "نحن" after "قال" is still the
    # speaker's, however many words the brackets held
    assert not voiced("(عرض أول للفيلم في المدينة) قال المخرج: نحن سعداء بالجمهور.")
