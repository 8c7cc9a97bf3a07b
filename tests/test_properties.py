"""Property-based tests: what holds for every input, not just the ones we thought of.

* reading and extracting any text raises nothing but ``InputError``;
* every span (sentence, section, heading, title, claim evidence) is exactly
  ``text[start:end]`` of the text as read;
* a monograph of the genre either gives a graph that conforms to the shapes,
  or the build refuses it (``result.error``): never a silent non-conforming graph;
* every output syntax parses back (rdflib) to a graph isomorphic to the one built.
"""

from __future__ import annotations

import string
from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, event, example, given, settings
from hypothesis import strategies as st

from valkg.errors import InputError
from valkg.extract import extract
from valkg.reader import decode, parse_monograph

# rdflib's own parsers warn about their own deprecated internals.
pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning:rdflib")

EVALUATION_MONOGRAPHS = sorted((Path(__file__).parent.parent / "evaluation").glob("*/*.txt"))

CHEAP = settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
COSTLY = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.function_scoped_fixture,
    ],
)


# --- strategies ---------------------------------------------------------------------------


@cache
def _labels(kind: str) -> list[str]:
    from valkg.lexicon import load_lexicon

    return sorted(term.label for term in load_lexicon() if term.kind == kind)


def labels(kind: str) -> st.SearchStrategy[str]:
    return st.deferred(lambda: st.sampled_from(_labels(kind)))


# Drugs the lexicon knows, and made-up names with INN stems the extractor must cope with.
drug_names = st.one_of(
    labels("drug"),
    st.builds(
        lambda stem, suffix: stem + suffix,
        st.sampled_from(["zor", "meta", "lumi", "pra", "desa", "quin"]),
        st.sampled_from(["vir", "cillin", "statin", "pril", "olol", "mab", "floxacin", "profen"]),
    ),
)
brand_names = st.one_of(labels("brand"), st.sampled_from(["Zorax", "Lumitab", "Quinex"]))
conditions = labels("condition")
populations = labels("population")
forms = labels("dosage_form")
body_systems = labels("body_system")
roles = labels("role")

doses = st.one_of(
    st.builds("{} mg".format, st.integers(1, 2000)),
    st.builds("{} mg to {} g".format, st.integers(100, 900), st.integers(1, 4)),
    st.builds("{}.{} mg".format, st.integers(0, 99), st.integers(0, 9)),
    st.builds("{} mg/kg".format, st.integers(1, 50)),
    st.builds("up to {} g".format, st.integers(1, 8)),
    st.builds("{},000 units".format, st.integers(1, 9)),
    st.builds("between {} and {} mcg".format, st.integers(1, 50), st.integers(51, 500)),
)
frequencies = st.sampled_from(["", " once a day", " twice a day", " every 8 hours", " daily", " at bedtime", " weekly"])


def _list(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


item_lists = st.lists(conditions, min_size=1, max_size=4, unique=True).map(_list)


@st.composite
def sentences(draw, drug: str, brand: str | None) -> str:
    name = draw(st.sampled_from([drug, drug.capitalize(), brand or drug, "It", "This drug"]))
    template = draw(
        st.sampled_from(
            [
                "{name} is used to treat {list}.",
                "{name} is used in the treatment of {cond}, e.g. in {pop}.",
                "{name} does not treat {cond}.",
                "{name} is not curative but reduces the symptoms of {cond}.",
                "{name} is an {role}.",
                "{name} is a {role} i.e. it works by blocking {cond}.",
                "The usual dose is {dose}{freq}.",
                "The dosage of {name} ranges between {dose}{freq}.",
                "Take {dose} of {name}{freq}. Do not exceed {dose}.",
                "{name} is available as {form} and {form2}.",
                "There is no {form} available as of yet.",
                "Side effects include {list}.",
                "{name} can cause {list}, which may be serious.",
                "{name} does not cause {cond}.",
                "Rarely, {name} may cause {cond} in the {system}.",
                "In {pop}, {name} must be used with caution.",
                "{pop} are at particular risk of {cond}.",
                "{name} is broken down in the {system} into {other}, the active form.",
                "{name} is a prodrug i.e. it is converted into {other}.",
                "If {cond} develops, {name} must be stopped.",
                "Patients must be aware of the side-effects of {name}.",
                "{name} is sold under the brand name {brand}.",
                "{name} ({brand}) may be taken with or without food; see e.g. section 2.5 below.",
            ]
        )
    )
    return template.format(
        name=name,
        list=draw(item_lists),
        cond=draw(conditions),
        pop=draw(populations),
        role=draw(roles),
        dose=draw(doses),
        freq=draw(frequencies),
        form=draw(forms),
        form2=draw(forms),
        system=draw(body_systems),
        other=draw(drug_names),
        brand=brand or "Zorax",
    )


noise = st.text(alphabet=string.ascii_letters + string.digits + " .,;:!?()'\"-/%", max_size=40)


@st.composite
def headings(draw, drug: str) -> str:
    return draw(
        st.sampled_from(
            [
                f"What is {drug}?",
                "Uses",
                "Clinical uses",
                "Side effects:",
                "Dosage",
                "How to take it",
                f"How does {drug} work?",
                "Taking precautions",
                "Warnings",
                "Interactions",
                "Conclusion",
                "Summary:",
                "Background",
            ]
        )
    )


@st.composite
def genre_monographs(draw) -> str:
    """A monograph of the consumer genre: title, headed sections, paragraphs of genre sentences."""
    drug = draw(drug_names)
    brand = draw(st.none() | brand_names)
    title = f"{drug.capitalize()} ({brand})" if brand else drug.capitalize()
    blocks = [title] if draw(st.integers(0, 6)) else []  # mostly with a title
    for _ in range(draw(st.integers(1, 5))):
        if draw(st.booleans()):
            blocks.append(draw(headings(drug)))
        for _ in range(draw(st.integers(1, 3))):
            parts = draw(st.lists(sentences(drug, brand), min_size=1, max_size=4))
            if draw(st.integers(0, 4)) == 0:
                parts.append(draw(noise))
            blocks.append(" ".join(parts))
    newline = draw(st.sampled_from(["\n", "\r\n"]))
    gap = newline * draw(st.integers(2, 3))
    return gap.join(block.replace("\n", newline) for block in blocks) + newline * draw(st.integers(0, 2))


arbitrary_texts = st.one_of(
    st.text(),
    st.lists(st.sampled_from([*"Aa Zz.!?:;,()\"'\n\r\t0123456789-", "e.g.", "i.e.", "\r\n", "\n\n", "mg"])).map(
        "".join
    ),
    st.lists(st.one_of(genre_monographs(), st.text(max_size=30)), min_size=1, max_size=3).map("\n\n".join),
)


# --- invariants ---------------------------------------------------------------------------


def assert_spans(monograph, extraction=None):
    text = monograph.text
    if monograph.title is not None:
        assert text[monograph.title_start : monograph.title_end] == monograph.title
    for start, end in monograph.paragraphs:
        assert 0 <= start < end <= len(text)
    for section in monograph.sections:
        assert 0 <= section.start <= section.end <= len(text)
        if section.heading is not None:
            assert text[section.heading_start : section.heading_end] == section.heading
    for sentence in monograph.sentences:
        assert text[sentence.start : sentence.end] == sentence.text
        assert sentence.text.strip() == sentence.text != ""
        assert 0 <= sentence.section < len(monograph.sections)
    if extraction is not None:
        for claim in extraction.claims:
            evidence = claim.evidence
            assert 0 <= evidence.start <= evidence.end <= len(text)
            assert text[evidence.start : evidence.end] == evidence.quote, claim


def read_and_extract(text: str):
    """Parse and extract; ``None`` when refused (``InputError``, the only error allowed)."""
    try:
        monograph = parse_monograph(text, source="<hypothesis>")
    except InputError:
        assert not text.strip()
        return None
    assert_spans(monograph)
    try:
        extraction = extract(monograph)
    except InputError as error:
        assert "no drug" in str(error)
        return None
    assert_spans(monograph, extraction)
    return extraction


@CHEAP
@given(arbitrary_texts)
@example("")
@example("\ufeff")
@example("Valtrex" + "." * 500 + " a")
@example("Valacyclovir (Valtrex)\r\rUses\r\rIt treats herpes. It is safe.\r")
@example("What is valacyclovir?")
@example("(Valtrex)\n\nValtrex is sold.")
def test_any_text_reads_and_extracts_or_is_refused(text):
    read_and_extract(text)


@CHEAP
@given(genre_monographs())
def test_genre_monographs_extract_with_exact_evidence(text):
    extraction = read_and_extract(text)
    assume(extraction is not None)
    assert extraction.drug.label
    event(f"claims: {min(len(extraction.claims), 10)}{'+' if len(extraction.claims) >= 10 else ''}")


@CHEAP
@given(st.binary(max_size=200), st.sampled_from(["utf-8", "latin-1", "utf-16", "ascii", "cp1252"]))
def test_decoding_any_bytes_gives_text_or_input_error(raw, encoding):
    try:
        text = decode(raw, "b.txt", encoding)
    except InputError as error:
        assert str(error).startswith("b.txt")
        return
    assert not text.startswith("\ufeff")


# --- the whole pipeline ----------------------------------------------------------------------


@COSTLY
@given(genre_monographs(), st.booleans())
def test_genre_monographs_conform_or_are_refused(tmp_path_factory, text, bom):
    from valkg import api

    path = tmp_path_factory.mktemp("m") / "monograph.txt"
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8"))
    result = api.build(str(path), check=True)
    event("refused" if result.error is not None else "conforms")
    if result.error is not None:
        # Refused: nothing would be written, and the reason is one line.
        assert "\n" not in str(result.error)
        assert result.report is None or not result.report.conforms
        return
    assert result.report is not None and result.report.conforms, result.report.text()
    assert result.extraction.monograph.text == text
    assert_spans(result.extraction.monograph, result.extraction)


def _parse_back(data: bytes, format_name: str, graph_name):
    from rdflib import Dataset, Graph

    if format_name in ("n-quads", "trig"):
        dataset = Dataset()
        dataset.parse(data=data, format="nquads" if format_name == "n-quads" else "trig")
        names = [g.identifier for g in dataset.graphs() if len(g)]
        assert names == [graph_name]
        return dataset.graph(graph_name)
    graph = Graph()
    rdflib_format = {"turtle": "turtle", "n-triples": "nt", "xml": "xml", "json-ld": "json-ld"}[format_name]
    graph.parse(data=data, format=rdflib_format)
    return graph


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(genre_monographs())
def test_every_format_round_trips(text):
    from rdflib.compare import isomorphic

    from valkg.graph import Minter, build_graph
    from valkg.namespaces import DEFAULT_BASE
    from valkg.serialize import FORMATS, serialize

    extraction = read_and_extract(text)
    assume(extraction is not None)
    graph = build_graph(extraction)
    name = Minter(DEFAULT_BASE, extraction.monograph.sha256).dataset()
    for format_name in FORMATS:
        data = serialize([(name, graph)], format_name)
        back = _parse_back(data, format_name, name)
        assert len(back) == len(graph), format_name
        assert isomorphic(back, graph), format_name


def test_bundled_round_trips(bundled):
    """The same property on the bundled monograph, as a plain test."""
    from rdflib.compare import isomorphic

    from valkg.serialize import FORMATS, serialize

    for format_name in FORMATS:
        back = _parse_back(
            serialize([(bundled.graph_name, bundled.graph)], format_name),
            format_name,
            bundled.graph_name,
        )
        assert isomorphic(back, bundled.graph), format_name


@pytest.mark.parametrize("path", EVALUATION_MONOGRAPHS, ids=lambda p: p.name)
def test_evaluation_corpus_evidence_is_exact(path):
    """Real monographs of the genre: every evidence quote is a slice of the text as read."""
    from valkg.reader import read_monograph

    monograph = read_monograph(path)
    assert_spans(monograph, extract(monograph))
