"""The reader as a table: title, headings, sections, paragraphs, sentences and their offsets.

Every case also checks the offset invariant the whole pipeline relies on:
each span's text is exactly ``monograph.text[start:end]``.
"""

from __future__ import annotations

import time

import pytest

from valkg.errors import InputError
from valkg.reader import (
    MAX_BYTES,
    Monograph,
    classify_heading,
    decode,
    parse_monograph,
    read_monograph,
    split_sentences,
)


def _spans_hold(monograph: Monograph) -> None:
    text = monograph.text
    if monograph.title is not None:
        assert text[monograph.title_start : monograph.title_end] == monograph.title
    for start, end in monograph.paragraphs:
        assert text[start:end] == text[start:end].strip() != ""
    for section in monograph.sections:
        assert 0 <= section.start <= section.end <= len(text)
        if section.heading is not None:
            assert text[section.heading_start : section.heading_end] == section.heading
    for sentence in monograph.sentences:
        assert text[sentence.start : sentence.end] == sentence.text == sentence.text.strip() != ""
        section = monograph.sections[sentence.section]
        assert section.start <= sentence.start and sentence.end <= section.end
    starts = [s.start for s in monograph.sentences]
    assert starts == sorted(starts)


# (id, text, title, [(heading, kind)], [(sentence, section index, paragraph index)])
CASES = [
    (
        "title-and-question-heading",
        "Valacyclovir (Valtrex)\n\nWhat is valacyclovir?\n\nIt is an antiviral. It treats herpes.\n",
        "Valacyclovir (Valtrex)",
        [("What is valacyclovir?", "overview")],
        [("It is an antiviral.", 0, 2), ("It treats herpes.", 0, 2)],
    ),
    (
        "colon-heading-and-bare-heading",
        "Amoxicillin\n\nSide effects:\n\nNausea may occur. Rash is rare.\n\nDosage\n\nTake 500 mg to 1 g. Then rest.\n",
        "Amoxicillin",
        [("Side effects:", "side_effects"), ("Dosage", "dosage")],
        [
            ("Nausea may occur.", 0, 2),
            ("Rash is rare.", 0, 2),
            ("Take 500 mg to 1 g.", 1, 4),
            ("Then rest.", 1, 4),
        ],
    ),
    (
        "heading-kinds",
        "Drug\n\nHow does Drug work?\n\nIt blocks X.\n\nTaking precautions\n\nBe careful.\n\n"
        "Clinical uses\n\nIt treats Y.\n\nInteractions with other drugs\n\nAvoid Z.\n\n"
        "Conclusion\n\nFine.",
        "Drug",
        [
            ("How does Drug work?", "mechanism"),
            ("Taking precautions", "precautions"),
            ("Clinical uses", "uses"),
            ("Interactions with other drugs", "interactions"),
            ("Conclusion", "conclusion"),
        ],
        [
            ("It blocks X.", 0, 2),
            ("Be careful.", 1, 4),
            ("It treats Y.", 2, 6),
            ("Avoid Z.", 3, 8),
            ("Fine.", 4, 10),
        ],
    ),
    (
        "unknown-heading-is-other",
        "Drug\n\nHistory\n\nIt was found in 1970.",
        "Drug",
        [("History", "other")],
        [("It was found in 1970.", 0, 2)],
    ),
    (
        "intro-before-first-heading",
        "Some intro text.\n\nUses\n\nText here.",
        None,
        [(None, "introduction"), ("Uses", "uses")],
        [("Some intro text.", 0, 0), ("Text here.", 1, 2)],
    ),
    (
        "abbreviations-do-not-split",
        "Drug X is used, e.g. Valtrex or Zovirax. It is, i.e. a prodrug. Dr. Smith agrees.",
        None,
        [(None, "introduction")],
        [
            ("Drug X is used, e.g. Valtrex or Zovirax.", 0, 0),
            ("It is, i.e. a prodrug.", 0, 0),
            ("Dr. Smith agrees.", 0, 0),
        ],
    ),
    (
        "no-is-an-abbreviation-only-before-a-number",
        "Can children take it? No. It is not approved. See leaflet No. 5 for more.",
        None,
        [(None, "introduction")],
        [
            ("Can children take it?", 0, 0),
            ("No.", 0, 0),
            ("It is not approved.", 0, 0),
            ("See leaflet No. 5 for more.", 0, 0),
        ],
    ),
    (
        "ie-before-capital",
        "Valacyclovir i.e. Valtrex is a drug. It works.",
        None,
        [(None, "introduction")],
        [("Valacyclovir i.e. Valtrex is a drug.", 0, 0), ("It works.", 0, 0)],
    ),
    (
        "dose-range-ends-sentence",
        "The dosage ranges between 500 mg to 1 g. Tablets are available.",
        None,
        [(None, "introduction")],
        [("The dosage ranges between 500 mg to 1 g.", 0, 0), ("Tablets are available.", 0, 0)],
    ),
    (
        "decimals-do-not-split",
        "Take 2.5 mg daily. Use 1.5 g. 2 tablets daily.",
        None,
        [(None, "introduction")],
        [("Take 2.5 mg daily.", 0, 0), ("Use 1.5 g.", 0, 0), ("2 tablets daily.", 0, 0)],
    ),
    (
        "quotes-and-brackets-close-sentences",
        'He said "Stop." Then left. (See above.) Next.',
        None,
        [(None, "introduction")],
        [('He said "Stop."', 0, 0), ("Then left.", 0, 0), ("(See above.)", 0, 0), ("Next.", 0, 0)],
    ),
    (
        "initial-does-not-split",
        "Dr. J. Smith wrote it. Then it was read.",
        None,
        [(None, "introduction")],
        [("Dr. J. Smith wrote it.", 0, 0), ("Then it was read.", 0, 0)],
    ),
    (
        "a-letter-that-names-a-thing-ends-a-sentence",
        "Some doctors give the baby extra vitamin K. Older people bleed more easily. Infection with"
        " H. pylori is common. It is used for hepatitis B. Children may take it.",
        None,
        [(None, "introduction")],
        [
            ("Some doctors give the baby extra vitamin K.", 0, 0),
            ("Older people bleed more easily.", 0, 0),
            ("Infection with H. pylori is common.", 0, 0),
            ("It is used for hepatitis B.", 0, 0),
            ("Children may take it.", 0, 0),
        ],
    ),
    (
        "lowercase-after-stop-does-not-split",
        "It is taken orally. it is also given iv. Done.",
        None,
        [(None, "introduction")],
        [("It is taken orally. it is also given iv.", 0, 0), ("Done.", 0, 0)],
    ),
    (
        "crlf-line-endings",
        "Title\r\n\r\nUses\r\n\r\nFirst sentence. Second one!\r\nStill second? Third.\r\n",
        "Title",
        [("Uses", "uses")],
        [
            ("First sentence.", 0, 2),
            ("Second one!", 0, 2),
            ("Still second?", 0, 2),
            ("Third.", 0, 2),
        ],
    ),
    (
        "old-mac-cr-line-endings",
        "Title\r\rUses\r\rOne. Two.\r",
        "Title",
        [("Uses", "uses")],
        [("One.", 0, 2), ("Two.", 0, 2)],
    ),
    (
        "lines-in-a-paragraph-and-paragraphs",
        "Item one.\nItem two.\n\n  New paragraph here.  \n\n\n\nLast.",
        None,
        [(None, "introduction")],
        [("Item one.", 0, 0), ("Item two.", 0, 0), ("New paragraph here.", 0, 1), ("Last.", 0, 2)],
    ),
    (
        "heading-needs-capital-or-digit",
        "lowercase heading\n\nbody text. More text.",
        None,
        [(None, "introduction")],
        [("lowercase heading", 0, 0), ("body text.", 0, 1), ("More text.", 0, 1)],
    ),
    (
        "numbered-heading",
        "Drug\n\n1. Dosage:\n\nTake it.",
        "Drug",
        [("1. Dosage:", "dosage")],
        [("Take it.", 0, 2)],
    ),
    (
        "sentence-ending-paragraph-is-not-a-heading",
        "Valtrex 500 mg (valacyclovir).\n\nMore.",
        None,
        [(None, "introduction")],
        [("Valtrex 500 mg (valacyclovir).", 0, 0), ("More.", 0, 1)],
    ),
    (
        "long-line-is-not-a-heading",
        "Drug\n\n" + " ".join(["Word"] * 13) + "\n\nBody.",
        "Drug",
        [(None, "introduction")],
        [(" ".join(["Word"] * 13), 0, 1), ("Body.", 0, 2)],
    ),
    (
        "a bulleted line starts a sentence",
        "Drug\n\nUses\n\n- Gout: it lowers uric acid.\n- kidney stones: it stops them.\n* Lastly, this.",
        "Drug",
        [("Uses", "uses")],
        [
            ("- Gout: it lowers uric acid.", 0, 2),
            ("- kidney stones: it stops them.", 0, 2),
            ("* Lastly, this.", 0, 2),
        ],
    ),
    (
        "a heading line over a list or an answer is a heading; a lead-in line is not",
        "Drug\n\nWhat it treats\n- Gout\n\nQ: How much?\nA: 5 mg.\n\nSide effects\nCommon:\n- rash",
        "Drug",
        [("What it treats", "uses"), ("Q: How much?", "dosage"), ("Side effects", "side_effects")],
        [("- Gout", 0, 2), ("A: 5 mg.", 1, 4), ("Common:\n- rash", 2, 6)],
    ),
    (
        "the fields of a fact sheet are sentences; a lead-in line stays with its list",
        "Drug\n\nSide effects\n\nCommon: nausea, rash\nRare but serious: liver injury\nAlso:\nHeadache: often",
        "Drug",
        [("Side effects", "side_effects")],
        [
            ("Common: nausea, rash", 0, 2),
            ("Rare but serious: liver injury", 0, 2),
            ("Also:\nHeadache: often", 0, 2),
        ],
    ),
    (
        "the fields of a page of 'Label - value' lines are sentences",
        "Drug at a glance\n\nUsual dose - 10 mg a day\nMaximum \u2013 20 mg\nWhat it is for? - Gout",
        "Drug at a glance",
        [(None, "introduction")],
        [("Usual dose - 10 mg a day", 0, 1), ("Maximum \u2013 20 mg", 0, 1), ("What it is for? - Gout", 0, 1)],
    ),
    (
        "a wrapped line of prose that starts like a dashed field stays in its sentence",
        "Drug\n\nUses\n\nIt treats gout and, in some people,\nKidney stones - which are rare",
        "Drug",
        [("Uses", "uses")],
        [("It treats gout and, in some people,\nKidney stones - which are rare", 0, 2)],
    ),
    (
        "a heading line over the text of the section it names is a heading; a field line is not",
        "Drug\n\nBefore Using\n\nPregnancy\nIt may harm the baby.\n\nForms - tablets\nMaximum - 20 mg",
        "Drug",
        [("Before Using", "precautions"), ("Pregnancy", "precautions")],
        [("It may harm the baby.", 1, 3), ("Forms - tablets", 1, 4), ("Maximum - 20 mg", 1, 4)],
    ),
    (
        "a label line over prose is a heading; over a list it leads into the list",
        "Drug\n\nOther medicines:\nIt slows the breakdown of others.\n\nDo not take if:\n- you are pregnant",
        "Drug",
        [("Other medicines:", "interactions")],
        [("It slows the breakdown of others.", 0, 2), ("Do not take if:\n- you are pregnant", 0, 3)],
    ),
    (
        "a sub-heading that grades harms goes on with a section of harms, and after any other starts one",
        "Drug\n\nHow to take\n\nWith food.\n\nCall your doctor if\n\nA rash.\n\nSide effects\n\nA cough."
        "\n\nRare\n\nA fit.",
        "Drug",
        [
            ("How to take", "dosage"),
            ("Call your doctor if", "side_effects"),
            ("Side effects", "side_effects"),
            ("Rare", "side_effects"),
        ],
        [("With food.", 0, 2), ("A rash.", 1, 4), ("A cough.", 2, 6), ("A fit.", 3, 8)],
    ),
    (
        "a run-in heading of cautions leads the sentence after it; other run-in words do not",
        "Drug\n\nUses\n\nCautions. Renal impairment; elderly.\n\nNote. It is white.",
        "Drug",
        [("Uses", "uses")],
        [("Cautions. Renal impairment; elderly.", 0, 2), ("Note.", 0, 3), ("It is white.", 0, 3)],
    ),
    (
        "a short heading line right over its prose is a sentence of its own",
        "Drug\n\nSide effects\n\nHair loss\nYour hair may thin. It grows back.",
        "Drug",
        [("Side effects", "side_effects")],
        [("Hair loss", 0, 2), ("Your hair may thin.", 0, 2), ("It grows back.", 0, 2)],
    ),
    (
        "a wrapped line of prose is no heading line",
        "Drug\n\nUses\n\nYour doctor may also prescribe\nIbuprofen at the same time.",
        "Drug",
        [("Uses", "uses")],
        [("Your doctor may also prescribe\nIbuprofen at the same time.", 0, 2)],
    ),
    (
        "ellipsis-and-marks",
        "Wait... Really?! Yes.",
        None,
        [(None, "introduction")],
        [("Wait...", 0, 0), ("Really?!", 0, 0), ("Yes.", 0, 0)],
    ),
]


@pytest.mark.parametrize(("text", "title", "sections", "sentences"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_reader_table(text, title, sections, sentences):
    monograph = parse_monograph(text)
    assert monograph.title == title
    assert [(s.heading, s.kind) for s in monograph.sections] == sections
    assert [(s.text, s.section, s.paragraph) for s in monograph.sentences] == sentences
    _spans_hold(monograph)


def test_no_heading_warns():
    monograph = parse_monograph("valacyclovir treats herpes. it is safe.")
    assert monograph.warnings == ["no section headings recognised; each paragraph is read by its first sentence"]
    assert [s.kind for s in monograph.sections] == ["introduction"]


def test_offsets_in_crlf_text_point_into_the_text_as_read():
    text = "Title\r\n\r\nUses\r\n\r\nOne two.\r\nThree four.\r\n"
    monograph = parse_monograph(text)
    assert monograph.text == text
    assert [text[s.start : s.end] for s in monograph.sentences] == ["One two.", "Three four."]
    assert monograph.sentences[0].start == text.index("One")


def test_split_sentences_offsets_are_absolute():
    text = "xxxx A b. C d. yyyy"
    assert [text[s:e] for s, e in split_sentences(text, 5, 14)] == ["A b.", "C d."]


@pytest.mark.parametrize(
    "text",
    [
        "Valtrex is a drug" + "." * 200_000 + " a",  # a long run of stops before lower case
        "Valtrex " + "e.g. Valtrex " * 100_000,  # abbreviations that never end the sentence
        "x" * 1_000_000 + ". B",  # one enormous word
        "Valtrex.\n\n" + "Heading\n\nBody text here.\n\n" * 20_000,  # many sections
    ],
    ids=["stop-run", "abbreviation-run", "long-word", "many-sections"],
)
def test_pathological_paragraphs_are_linear(text):
    # Each of these took minutes before (regex backtracking, re-slicing from the
    # sentence start after each abbreviation, a scan of all sections per paragraph).
    started = time.perf_counter()
    monograph = parse_monograph(text)
    assert time.perf_counter() - started < 5
    _spans_hold(monograph)


# --- decoding ----------------------------------------------------------------------


def test_bom_dropped_crlf_kept():
    assert decode("\ufeffA\r\nB".encode(), "x") == "A\r\nB"


def test_invalid_utf8_names_line_column_and_offset():
    raw = b"First line\nSecond caf\xe9 line\n"
    with pytest.raises(InputError) as caught:
        decode(raw, "m.txt")
    message = str(caught.value)
    assert message.startswith("m.txt:2:11: ")
    assert "byte offset 21" in message and "0xe9" in message and "--encoding" in message
    assert decode(raw, "m.txt", "latin-1") == raw.decode("latin-1")


def test_unknown_encoding():
    with pytest.raises(InputError, match="unknown encoding 'nope'"):
        decode(b"text", "m.txt", "nope")


@pytest.mark.parametrize("raw", [b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", b"text\x00text", "é".encode("utf-16")])
def test_binary_refused(raw):
    if b"\x00" not in raw:
        raw = raw + b"\x00"
    with pytest.raises(InputError, match="binary data"):
        decode(raw, "b.bin")


def test_over_limit_refused_with_the_limit():
    with pytest.raises(InputError, match=f"{MAX_BYTES // (1024 * 1024)} MiB limit"):
        decode(b"a" * (MAX_BYTES + 1), "<stdin>")


@pytest.mark.parametrize(("text", "message"), [("", "is empty"), (" \n\t\r\n  ", "only whitespace")])
def test_empty_and_blank(text, message):
    with pytest.raises(InputError, match=message):
        parse_monograph(text, source="e.txt")


def test_read_monograph_file_errors(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_monograph(tmp_path / "missing.txt")
    with pytest.raises(InputError, match="is a directory"):
        read_monograph(tmp_path)
    big = tmp_path / "big.txt"
    with big.open("wb") as handle:
        handle.truncate(MAX_BYTES + 1)  # sparse: refused before it is read
    with pytest.raises(InputError, match="MiB limit"):
        read_monograph(big)


def test_sha256_is_of_the_bytes_read(tmp_path):
    import hashlib

    raw = "\ufeffDrug\r\n\r\nIt works.\r\n".encode()
    path = tmp_path / "m.txt"
    path.write_bytes(raw)
    monograph = read_monograph(path)
    assert monograph.sha256 == hashlib.sha256(raw).hexdigest()
    assert monograph.text == "Drug\r\n\r\nIt works.\r\n"
    assert monograph.name == "m.txt"


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("Why is it used?", "uses"),
        ("What it is for", "uses"),
        ("What is it licensed for?", "uses"),
        ("The job it does", "uses"),
        ("How much should I take?", "dosage"),
        ("How is it taken?", "dosage"),
        ("How it acts", "mechanism"),
        ("How it becomes active", "mechanism"),
        ("Before you start", "precautions"),
        ("Who must not take it", "precautions"),
        ("Who should avoid it or take care", "precautions"),
        ("What might go wrong?", "side_effects"),
        ("Unwanted effects", "side_effects"),
        ("What you might notice", "side_effects"),
        ("Who needs special care", "precautions"),
        ("Is it OK for me?", "precautions"),
        ("Before you take zorbavir", "precautions"),
        ("What it can help with", "uses"),
        ("What does it come as?", "dosage"),
        ("What it is not used for", "other"),
        # a medicines-information page ("Why is this medication prescribed?" ...)
        ("Why is this medication prescribed?", "uses"),
        ("Why do I take it?", "uses"),
        ("How should this medicine be used?", "dosage"),
        ("What special precautions should I follow?", "precautions"),
        ("Other uses for this medicine", "uses"),
        # a consumer medicine information leaflet
        ("When you must not take it", "precautions"),
        ("Taking other medicines", "interactions"),
        ("While you are taking Zorbix", "precautions"),
        ("Things you must not do", "precautions"),
        ("Things to be careful of", "precautions"),
        # a reference page's "Before Using" and "Proper Use"
        ("Allergies", "precautions"),
        ("Geriatric", "precautions"),
        ("Other Medical Problems", "precautions"),
        ("PROPER USE OF THIS MEDICATION", "dosage"),
        ("What it does:", "mechanism"),
        # a cancer charity's or an easy-read leaflet
        ("What it is", "overview"),
        ("How you have it", "dosage"),
        ("When do I start taking it?", "dosage"),
        ("Things that might happen", "side_effects"),
        ("Things to be careful about", "precautions"),
        ("Can I take it with my other medicines?", "interactions"),
        ("Other medicines, foods and drinks", "interactions"),
        ("What other drugs will affect naproxen?", "interactions"),
        ("Drug interactions", "interactions"),
        ("Rare", "other"),  # a sub-heading, with no section before it given
        # a summary of product characteristics, a Markdown page, a transcript, a news article
        ("4.8 Undesirable effects", "side_effects"),
        ("4.7 Effects on ability to drive and use machines", "precautions"),
        ("## Medicines, food and drink", "interactions"),
        ("HOST: Who needs to be extra careful?", "precautions"),
        ("Who it's for", "uses"),
        ("How it's taken", "dosage"),
        # a hospital discharge sheet's labels
        ("Reason for this medication:", "uses"),
        # a national health service's page, an expandable section's mark
        ("Who can and cannot take zorbavir", "precautions"),
        ("How and when to take it", "dosage"),
        ("Key facts", "overview"),
        ("+ Side effects", "side_effects"),
        ("[+] Taking it with other medicines", "interactions"),
        # a slide deck's numbered slides
        ("Slide 10 \u2014 Medicines, food and drink", "interactions"),
        # a student's flashcards and their abbreviations
        ("Q: Rare but serious SE?", "side_effects"),
        ("Q: MOA?", "mechanism"),
        # a package leaflet's sub-headings, in a translated voice too
        ("Do not use Zorbix", "precautions"),
        ("Talk with your doctor before to use Zorbix", "precautions"),
        # but a heading about the dose is dosage
        ("Do not take more than 4 doses a day", "dosage"),
        ("Do not take Zorbix if you have had a dose of an MAOI", "precautions"),
        ("What you need to know before use", "precautions"),
        ("Talk to your doctor about your dose", "dosage"),
        ("Who should be cautious", "precautions"),
        # a staff sheet's heading of what to watch for
        ("What to look out for", "side_effects"),
        ("Things to look out for", "side_effects"),
        # a newspaper column's questions
        ("Q: Who ought to steer clear of it?", "precautions"),
        ("Q: Can I take it alongside my other tablets?", "interactions"),
        ("What else should I watch for?", "side_effects"),
        ("Could he take it?", "precautions"),
        # a magazine's headings of who should be careful and of medicines that mix badly
        ("Who should think twice", "precautions"),
        ("Who should be wary", "precautions"),
        ("Mixing medicines", "interactions"),
        # a clinic's numbered question
        ("6. What does my provider need to know before I start?", "precautions"),
        ("Other things to watch", "side_effects"),
        ("Which medicines need a second look?", "interactions"),
        ("What medicines can treat it?", "uses"),
        ("What users report", "side_effects"),
        ("Mixing with other prescriptions", "interactions"),
        ("Taking it", "dosage"),
        ("Taking it with other medicines", "interactions"),
        # ... but not alternatives, children's medicines or what needs a prescription
        ("What medicines could I try instead?", "other"),
        ("Which medicines need a prescription?", "other"),
        ("What medicines can be given to children?", "other"),
        ("Who else should steer clear?", "precautions"),
    ],
)
def test_question_and_plain_headings_of_the_genre(heading: str, kind: str) -> None:
    assert classify_heading(heading) == kind


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("Common", "side_effects"),
        ("Less common", "side_effects"),
        ("Rare but serious", "side_effects"),
        ("Get emergency help if", "side_effects"),
        ("Call your doctor right away if", "side_effects"),
        ("Common questions", "other"),  # a word of frequency in a heading of its own
        # a leaflet's frequency bands
        ("Very common: may affect more than 1 in 10 people", "side_effects"),
        ("Not known: frequency cannot be estimated from the available data", "side_effects"),
    ],
)
def test_a_sub_heading_that_grades_a_list_goes_on_with_its_section(heading: str, kind: str) -> None:
    text = f"Zorbavir\n\nSide effects\n\nMost are mild.\n\n{heading}\n- nausea\n- rash\n"
    sections = parse_monograph(text).sections
    assert [s.kind for s in sections][-1] == kind


@pytest.mark.parametrize(
    ("section", "lead_in"),
    [
        ("Who can and cannot take it", "Tell your doctor before starting it if you:"),
        ("Taking it with other medicines", "Check with your doctor or pharmacist if you're taking:"),
        ("Common side effects", "More than 1 in 100 people get:"),
    ],
)
def test_a_line_that_leads_a_list_in_words_of_its_own_goes_on_with_its_section(section: str, lead_in: str) -> None:
    text = f"Zorbavir\n\n{section}\n\nRead this first.\n\n{lead_in}\n\n- the first item\n- the second item\n"
    kinds = [s.kind for s in parse_monograph(text).sections]
    assert kinds[-1] == kinds[-2] != "other"


def test_a_reference_mark_stays_with_the_sentence_it_ends() -> None:
    text = "Zorbavir\n\nIt lowers fats in the blood.[1] Esterases split it.[2][3] It is taken once a day.\n"
    assert [s.text for s in parse_monograph(text).sentences] == [
        "It lowers fats in the blood.[1]",
        "Esterases split it.[2][3]",
        "It is taken once a day.",
    ]


def test_a_message_threads_timestamps_and_replies_are_no_headings_and_its_sender_no_part_of_a_sentence() -> None:
    text = (
        "Messages from the pharmacy\n\nTue, Apr 8, 9:15 AM\n\nMe: 3\n\n"
        "RIVERSIDE PHARMACY: Common: nausea, rash. Reply 4 for more.\n"
    )
    monograph = parse_monograph(text)
    assert [s.heading for s in monograph.sections] == [None]
    assert monograph.sentences[-2].text == "Common: nausea, rash."


def test_a_numbered_articles_headings_over_their_paragraphs() -> None:
    text = (
        "5 things to know about zorbavir\n\n1. It is an old medicine\nZorbavir came out in 1970.\n\n"
        "2. Side effects are mild\nMost people get none.\n\n3. Take it with\nfood, or after a meal.\n"
    )
    headings = [s.heading for s in parse_monograph(text).sections]
    assert headings == ["1. It is an old medicine", "2. Side effects are mild"]


def test_a_question_over_its_answer_is_a_heading_a_yes_or_no_question_is_not() -> None:
    text = (
        "Zorbavir for gout\n\nWhat is gout?\nGout is a kind of arthritis.\n\nWhat did we find?\n"
        "Nausea was the most frequent unwanted effect.\n\nCan I drink alcohol?\nNo. It adds to the drowsiness.\n"
    )
    headings = [s.heading for s in parse_monograph(text).sections]
    assert headings == ["What is gout?", "What did we find?"]


def test_a_question_inside_a_section_on_harms_goes_on_with_it() -> None:
    text = "Zorbavir\n\nSide effects\n\nMost people have none.\n\nWhat happened to me?\nHeadache and nausea.\n"
    assert [(s.heading, s.kind) for s in parse_monograph(text).sections] == [("Side effects", "side_effects")]


def test_numbered_steps_under_a_named_section_are_no_headings() -> None:
    text = "Zorbavir\n\nDosage\n\n1. Take 200 mg twice daily\nTake it with food.\n\n2. Keep taking it\nDo not stop.\n"
    assert [(s.heading, s.kind) for s in parse_monograph(text).sections] == [("Dosage", "dosage")]


def test_an_abbreviation_in_parentheses_ends_no_sentence() -> None:
    sentences = parse_monograph("Zorbavir\n\nSome groups (e.g. Black patients) react more. Others do not.\n").sentences
    assert [s.text for s in sentences] == ["Some groups (e.g. Black patients) react more.", "Others do not."]


def test_a_markdown_heading_is_a_heading() -> None:
    sections = parse_monograph("# Zorbavir\n\n## How it works\n\nIt blocks an enzyme.\n").sections
    assert [(s.heading, s.kind) for s in sections] == [("## How it works", "mechanism")]


def test_an_expandable_sections_heading_over_its_list_is_a_heading() -> None:
    text = "Zorbavir\n\n+ Side effects\n- nausea\n- rash\n\n\u25b8 How it works\nIt blocks an enzyme.\n"
    sections = parse_monograph(text).sections
    assert [(s.heading, s.kind) for s in sections] == [
        ("+ Side effects", "side_effects"),
        ("\u25b8 How it works", "mechanism"),
    ]


def test_a_drug_cards_field_labels_over_their_lists_are_headings() -> None:
    text = (
        "DRUG CARD: ZORBAVIR\nStudy notes\n\nIndications:\n- HTN\n- gout\n\n"
        "Adverse reactions:\n- cough\n\nNot available as:\n- an injection\n"
    )
    kinds = [(s.heading, s.kind) for s in parse_monograph(text).sections if s.heading]
    # ("Not available as:" leads into its list: a clause, not the label of a section)
    assert kinds == [("Indications:", "uses"), ("Adverse reactions:", "side_effects")]


def test_a_follow_up_question_goes_on_with_the_section_before_it() -> None:
    text = "Zorbavir\n\nHOST: Side effects?\n\nSleeping badly.\n\nHOST: And after a year or two?\n\nWeight gain.\n"
    assert [s.kind for s in parse_monograph(text).sections] == ["side_effects", "side_effects"]


def test_an_overdose_heading_over_its_text_is_a_section_of_its_own() -> None:
    text = "Zorbavir\n\n4.8 Undesirable effects\nNausea.\n\n4.9 Overdose\nVomiting is the main symptom.\n"
    assert [s.kind for s in parse_monograph(text).sections] == ["side_effects", "other"]


def test_a_dos_and_donts_leaflets_lists_are_precautions() -> None:
    text = "Zorbavir\n\nDO:\n- DO finish the course.\n\nDON'T:\n- DON'T drink alcohol.\n"
    assert [s.kind for s in parse_monograph(text).sections] == ["precautions", "precautions"]


@pytest.mark.parametrize(
    ("heading", "previous", "kind"),
    [
        # a label in capitals that names a section is no speaker's
        ("WARNING: Serious liver problems", None, "precautions"),
        ("SIDE EFFECTS: What to watch for", None, "side_effects"),
        # a follow-up question that names a section starts that section
        ("So what are the side effects?", "uses", "side_effects"),
        ("And who should not take it?", "uses", "precautions"),
        # driving among side effects, pregnancy beside medicines, other medicines for a use
        ("Side effects that affect driving", None, "side_effects"),
        ("Medicines and pregnancy", None, "precautions"),
        ("Other drugs used for gout", None, "uses"),
    ],
)
def test_headings_that_look_like_new_layouts_keep_their_kind(heading: str, previous: str | None, kind: str) -> None:
    assert classify_heading(heading, previous) == kind


def test_a_glossary_entrys_watch_for_field_lists_side_effects_by_course() -> None:
    text = (
        "ZORBAVIR\n\nUsual dose:\nTablets - 4 mg a day.\n\nWatch for:\n"
        "Short courses - trouble sleeping.\nLong-term use - weight gain, cataracts.\n"
    )
    kinds = [(s.heading, s.kind) for s in parse_monograph(text).sections if s.heading]
    assert kinds == [("Usual dose:", "dosage"), ("Watch for:", "side_effects")]
    assert classify_heading("Long-term use", "side_effects") == "side_effects"


@pytest.mark.parametrize(
    ("section", "heading", "kind"),
    [
        # a heading that leads a list but names a section of its own is that section
        ("How to take zorbavir", "Tell your doctor about these side effects:", "side_effects"),
        (
            "What zorbavir is used for",
            "Speak to your doctor first if you are pregnant or breastfeeding:",
            "precautions",
        ),
        ("How to take zorbavir", "Check with your pharmacist before taking other medicines:", "interactions"),
        # and a heading that is no lead of its section's list stays apart
        ("Side effects", "If someone takes too many tablets:", "other"),
        ("Uses", "Signs that the medicine is working well:", "other"),
        # a lead-in among the warnings, interactions or side effects goes on with them, whatever
        # section words it holds, and so does one in words of its own
        ("Warnings", "Tell your doctor if you have had allergic reactions to:", "precautions"),
        ("Interactions", "Tell your pharmacist if you take these, as the dose may change:", "interactions"),
        ("Side effects", "Call your doctor straight away if you get:", "side_effects"),
        ("Side effects", "Some people get:", "side_effects"),
        ("Side effects", "These happen in more than 1 in 100 people:", "side_effects"),
        ("Warnings", "It may not be right for you if you:", "precautions"),
        ("Interactions", "Medicines that can raise its levels include:", "interactions"),
    ],
)
def test_a_heading_that_names_its_own_section_is_no_lead_in(section: str, heading: str, kind: str) -> None:
    text = f"Zorbavir\n\n{section}\n\nRead this first.\n\n{heading}\n\n- the first item\n- the second item\n"
    assert [s.kind for s in parse_monograph(text).sections][-1] == kind


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("Which medicines can affect ZORBIX?", "interactions"),
        ("What medicines affect it?", "interactions"),
        ("Medicines that affect zorbavir", "interactions"),
        ("Which medicines need a second look?", "interactions"),
    ],
)
def test_headings_that_ask_which_medicines_affect_the_drug(heading: str, kind: str) -> None:
    assert classify_heading(heading) == kind
