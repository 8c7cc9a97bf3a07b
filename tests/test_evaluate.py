"""The evaluation harness: matching rules and the command."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner

from valkg.cli import main
from valkg.evaluate import CATEGORIES, match, match_doses, match_indications

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize(
    ("predicted", "gold", "counts"),
    [
        (["chickenpox"], [["chickenpox", "varicella"]], (1, 0, 0)),
        (["herpes labialis"], [["cold sores"]], (1, 0, 0)),  # through the lexicon's synonyms
        (["Seizures"], [["seizure"]], (1, 0, 0)),  # case and plural
        (["nausea", "rash"], [["nausea"], ["headache"]], (1, 1, 1)),
        (["cough", "dry cough"], [["dry cough", "cough"]], (1, 1, 0)),  # one gold item pairs once
        ([], [["asthma"]], (0, 0, 1)),
        (["people taking A and B"], [["people taking A or B"]], (1, 0, 0)),  # one group either way
        # "before" says nothing more of a group of those who have had something
        (["people who have had gout"], [["people who have had gout before"]], (1, 0, 0)),
        (["blood in the urine"], [["blood in their urine"]], (1, 0, 0)),  # a possessive is a determiner
        (["people who have had gout"], [["people who have had gout in the past"]], (1, 0, 0)),
        (["people who have had gout"], [["people who have previously had gout"]], (0, 1, 1)),  # only at the end
    ],
)
def test_match_is_one_to_one(predicted: list[str], gold: list[list[str]], counts: tuple[int, int, int]) -> None:
    score = match(predicted, gold, "condition", "doc")
    assert (score.true_positives, score.false_positives, score.false_negatives) == counts


@pytest.mark.parametrize(
    ("predicted", "gold", "hit"),
    [
        ("people allergic to penicillin", "people with a penicillin allergy", True),
        ("people allergic to penicillin", "anyone who has had an allergic reaction to penicillin", True),
        ("people allergic to penicillin", "people allergic to aspirin", False),
        ("people allergic to aspirin or another NSAID", "people allergic to aspirin or other NSAIDs", True),
        (
            "people taking other medicines that make the skin sensitive to light",
            "people taking medicines that make the skin sensitive to light",
            True,
        ),
        ("people with other allergies", "people with allergies", False),  # only the medicines taken
        ("people who have taken an MAO inhibitor", "MAO inhibitor", True),  # a group named by what defines it
        ("people who have had heart failure", "heart failure", True),
        ("people whose blood pressure is high when you lie down", "blood pressure is high when you lie down", True),
    ],
)
def test_populations_match_in_one_wording(predicted: str, gold: str, hit: bool) -> None:
    assert match([predicted], [[gold]], "population", "doc").true_positives == int(hit)


@pytest.mark.parametrize(
    ("predicted", "gold", "counts"),
    [
        # a coordinated group names its parts, as the gold lists them
        (
            ["people taking warfarin or another blood thinner"],
            [["people taking X, Y or Z", "people taking blood thinners"]],
            (1, 0, 0),
        ),
        (["people with asthma, eczema or hay fever"], [["people with eczema"]], (1, 0, 0)),
        # the whole name pairs first: the part does not take another item's place
        (
            ["people taking warfarin", "people taking warfarin or aspirin"],
            [["people taking warfarin or aspirin"], ["people taking warfarin"]],
            (2, 0, 0),
        ),
        (["people with asthma"], [["people with asthma or eczema"]], (0, 1, 1)),  # not the other way round
        # the parts of one coordinated gold item named one by one: the second is that item again
        (
            ["pregnant women", "breastfeeding women"],
            [["pregnant or breastfeeding women", "pregnant women", "breastfeeding women"]],
            (1, 0, 0),
        ),
        # a group named by what defines it, as the gold may list it
        (["people taking lithium"], [["people taking lithium carbonate", "lithium"]], (1, 0, 0)),
        (["people with diabetes"], [["people with diabetes who take aliskiren", "aliskiren", "diabetes"]], (1, 0, 0)),
        (["people with diabetes"], [["diabetic people", "people who have had diabetes"]], (0, 1, 1)),
        # ... and so may one part of a coordinated group
        (["people taking amantadine or ketamine"], [["people taking NMDA drugs", "ketamine"]], (1, 0, 0)),
        (["people with a spinal tap or an epidural"], [["people having a spinal tap", "spinal tap"]], (1, 0, 0)),
        # but not a second name of an item that is no coordination
        (["cough", "dry cough"], [["dry cough", "cough"]], (1, 1, 0)),
    ],
)
def test_coordinated_populations_match_by_their_parts(
    predicted: list[str], gold: list[list[str]], counts: tuple[int, int, int]
) -> None:
    score = match(predicted, gold, "population", "doc")
    assert (score.true_positives, score.false_positives, score.false_negatives) == counts


@pytest.mark.parametrize(
    ("predicted", "gold", "counts"),
    [
        # treatment and prevention of one condition are two items when the gold has two
        (
            [("influenza", "treatment"), ("influenza", "prevention")],
            [["influenza"], ["prevention of influenza", "influenza"]],
            (2, 0, 0),
        ),
        # the purpose pairs first: a prevention claim does not take the treatment item
        ([("influenza", "prevention")], [["influenza"], ["prevention of influenza"]], (1, 0, 1)),
        # a purpose the gold does not separate still matches; "used for" joins the purpose said elsewhere
        ([("malaria", "prevention"), ("malaria", "")], [["malaria"]], (1, 0, 0)),
        ([("gout", "")], [["gout"]], (1, 0, 0)),
        # two purposes against one gold item: one of them is spurious
        ([("gout", "treatment"), ("gout", "prevention")], [["gout"]], (1, 1, 0)),
    ],
)
def test_indications_match_with_their_purpose(
    predicted: list[tuple[str, str]], gold: list[list[str]], counts: tuple[int, int, int]
) -> None:
    score = match_indications(predicted, gold, "doc")
    assert (score.true_positives, score.false_positives, score.false_negatives) == counts
    if counts == (1, 0, 1):
        assert score.missed == ["doc: influenza"]


@pytest.mark.parametrize(
    ("predicted", "gold", "hit"),
    [
        ((Decimal(500), Decimal(1000), "mg"), {"min": 500, "max": 1, "unit": "g"}, False),
        ((Decimal(500), Decimal(1000), "mg"), {"min": 500, "max": 1000, "unit": "mg"}, True),
        (
            (Decimal(3000), Decimal(3000), "mg"),
            {"min": None, "max": 3, "unit": "g"},
            True,
        ),  # an upper limit stated as a single dose
        ((None, Decimal(3000), "mg"), {"min": None, "max": 3, "unit": "g"}, True),  # an upper limit
        ((None, Decimal(3000), "mg"), {"min": 3000, "max": 3000, "unit": "mg"}, False),  # a limit is no dose
        ((Decimal(200), Decimal(200), "ug"), {"min": 0.2, "max": 0.2, "unit": "mg"}, True),
        ((Decimal(10), Decimal(20), "mg"), {"min": 10, "max": 40, "unit": "mg"}, False),
    ],
)
def test_doses_match_in_a_common_unit(predicted: tuple[Decimal | None, Decimal, str], gold: dict, hit: bool) -> None:
    assert match_doses([predicted], [gold], "doc").true_positives == int(hit)


def test_precision_and_recall_of_an_empty_category_are_one() -> None:
    score = match([], [], "condition", "doc")
    assert score.precision == score.recall == 1.0


def _bundled_with_gold(folder: Path) -> tuple[Path, Path]:
    """A monograph folder and a gold folder holding the bundled monograph and its gold file."""
    monographs, gold = folder / "monographs", folder / "gold"
    monographs.mkdir()
    gold.mkdir()
    (monographs / "valacyclovir.txt").write_bytes((ROOT / "valkg" / "data" / "valacyclovir.txt").read_bytes())
    (gold / "valacyclovir.json").write_text((ROOT / "evaluation" / "gold" / "valacyclovir.json").read_text())
    return monographs, gold


def test_the_command_prints_every_category(tmp_path: Path) -> None:
    monographs, gold = _bundled_with_gold(tmp_path)
    result = CliRunner().invoke(main, ["evaluate", str(monographs), str(gold), "--min-score", "0.9"])
    assert result.exit_code == 0, result.output
    for category in CATEGORIES:
        assert f"| {category} |" in result.output


def test_a_gold_file_without_its_monograph_is_an_input_error(tmp_path: Path) -> None:
    (tmp_path / "gold").mkdir()
    (tmp_path / "monographs").mkdir()
    (tmp_path / "gold" / "absent.json").write_text(json.dumps({"drug": "x"}))
    result = CliRunner().invoke(main, ["evaluate", str(tmp_path / "monographs"), str(tmp_path / "gold")])
    assert result.exit_code == 2
    assert "absent.txt" in result.stderr


def test_a_monograph_that_cannot_be_read_is_scored_as_missed_and_the_others_still_count(tmp_path: Path) -> None:
    monographs, gold = _bundled_with_gold(tmp_path)
    (monographs / "blank.txt").write_text("Feeling unwell\n\nMany people feel unwell in winter.\n")
    (gold / "blank.json").write_text(json.dumps({"drug": "x", "indications": [["influenza"]]}))
    result = CliRunner().invoke(main, ["evaluate", str(monographs), str(gold)])
    assert result.exit_code == 1
    assert "blank.txt" in result.stderr and "no drug" in result.stderr
    assert "| prodrug | 1.00 | 1.00 |" in result.output  # the readable monograph still scored
    row = next(line for line in result.output.splitlines() if line.startswith("| indications |"))
    assert row.split("|")[-2].strip() == "1"  # the unreadable monograph's one indication, missed


def test_the_bundled_monograph_is_extracted_completely() -> None:
    """Every gold fact of the bundled monograph is found, and nothing else."""
    result = CliRunner().invoke(
        main,
        [
            "evaluate",
            str(ROOT / "evaluation" / "monographs"),
            str(ROOT / "evaluation" / "gold"),
            "--details",
        ],
    )
    assert result.exit_code == 0
    assert "valacyclovir:" not in result.output, result.output


def test_a_limit_and_a_dose_of_the_same_value_are_two_items() -> None:
    predicted = [(Decimal("7.5"), Decimal("7.5"), "mg"), (None, Decimal("7.5"), "mg")]
    gold = [{"min": 7.5, "max": 7.5, "unit": "mg"}, {"min": None, "max": 7.5, "unit": "mg"}]
    score = match_doses(predicted, gold, "doc")
    assert (score.true_positives, score.false_positives, score.false_negatives) == (2, 0, 0)


def test_development_and_held_out_monographs_share_no_drug_beyond_those_recorded() -> None:
    # a held-out set measures text the rules were not written for: a development monograph about
    # the same drug lets rules learn that drug's facts
    evaluation = ROOT / "evaluation"
    development = {p.stem for p in (evaluation / "monographs").glob("*.txt")}
    held_out = {p.stem for d in evaluation.glob("heldout*") for p in (d / "monographs").glob("*.txt")}
    recorded = {
        line.strip()
        for line in (evaluation / "shared_with_heldout.txt").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    }
    assert development & held_out == recorded
