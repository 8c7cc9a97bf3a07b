"""Section kinds of paragraphs without headings and of a reference entry's field lines (``valkg.extract.sentences``)."""

from __future__ import annotations

from tests.extract.cases import facts
from valkg.claims import Entity
from valkg.extract import extract
from valkg.reader import parse_monograph


def test_a_monograph_of_one_dense_paragraph_is_read_whole() -> None:
    text = (
        "Zorbavir: drug summary\n\nZorbavir is a strong painkiller for severe pain. Stopping it suddenly causes"
        " withdrawal: restlessness and yawning. Some people develop low blood pressure.\n"
    )
    effects = {key for key, _ in facts(extract(parse_monograph(text, source="case.txt")), "adverse_effect")}
    assert {"agitation", "yawning", "hypotension"} <= effects


def test_a_field_line_of_a_reference_entry_is_a_section_of_its_own() -> None:
    text = (
        "Zorbavir\n\nClass: aminosalicylate.\nUses: mild ulcerative colitis. Long-term, to keep gout away.\n"
        "Side effects (common, usually mild): headache, nausea.\nLong-term use brings other effects: weight gain.\n"
    )
    extraction = extract(parse_monograph(text, source="case.txt"))
    assert {k for k, _ in facts(extraction, "indication")} == {"ulcerative-colitis", "gout"}
    assert {"headache", "nausea"} <= {k for k, _ in facts(extraction, "adverse_effect")}


def test_a_headingless_paragraph_about_how_often_things_happen_is_about_side_effects() -> None:
    text = (
        "Zorbavir\n\nZorbavir is a sleeping tablet for insomnia.\n\n"
        "A metallic taste in the mouth is very common. Dry mouth and dizziness also occur."
        " Less often: headache and nightmares.\n"
    )
    extraction = extract(parse_monograph(text, source="case.txt"))
    effects = {c.object.slug for c in extraction.claims if c.kind == "adverse_effect" and isinstance(c.object, Entity)}
    assert {"dry-mouth", "dizziness", "headache"} <= effects


def test_a_columns_question_heads_the_answers_after_it() -> None:
    text = (
        "Zorbavir: your questions answered\n\nQ: My doctor has moved me to zorbavir. Is it very different?\n\n"
        "A: Zorbavir is a beta-blocker for high blood pressure.\n\nQ: Who ought to steer clear of it?\n\n"
        "A: People with asthma should avoid it.\n\nIn pregnancy the baby may grow less well.\n\n"
        "Q: Can I take it alongside my other tablets?\n\n"
        "A: Verapamil or diltiazem taken with zorbavir can slow the heart dangerously.\n"
    )
    extraction = extract(parse_monograph(text, source="case.txt"))
    assert {k for k, _ in facts(extraction, "risk_population")} == {
        "people-with-asthma",
        "pregnant-women",
        "people-taking-verapamil-or-diltiazem",
    }


def test_a_readers_letter_under_a_heading_is_headed_by_the_question_it_ends_on() -> None:
    text = (
        "Zorbavir: reader questions\n\nQ. What dose is normal?\n\nA. Most adults take 7.5 mg once a day.\n\n"
        "Q. I'm 74 and my mouth feels like cotton since starting it. Is that normal? What else should I watch"
        " for?\n\nA. Dry mouth and constipation are the two most common complaints.\n\n"
        "Q. My husband has glaucoma. Could he take it?\n\nA. He must ask his doctor first.\n"
    )
    extraction = extract(parse_monograph(text, source="case.txt"))
    assert {"dry-mouth", "constipation"} <= {k for k, _ in facts(extraction, "adverse_effect")}
