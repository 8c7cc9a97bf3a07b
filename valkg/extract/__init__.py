"""Extract claims from a monograph: rules for the genre, not for one article.

The drug and its brand are read from the title (``Generic (Brand)``), the
"What is X?" heading or the lexicon; every other entity comes from the
lexicon or, in a recognised slot such as a side-effect list, from the text
itself (marked as not in the lexicon).  Cue patterns live in ``cues.tsv``,
negation and hedging come from ConText (``valkg.context``), curation rules
from ``disputes.tsv``.

The package, one module per concern:

- ``patterns``: cue patterns (``cues.tsv``), disputes (``disputes.tsv``), INN stems, the names
  of medicines, and the entities of claims (``entity_of``, ``unmapped``);
- ``drug``: the drug and its brand names (``identify_drug``);
- ``sentences``: sentences as the rules read them, the items of a list (``slot_items``), the
  section kinds of paragraphs and field lines;
- ``base``: the extractor's state, ``emit``, brand-name claims and the helpers several kinds ask;
- one module per kind of claim, each a mixin of ``_Extractor``: ``prodrug`` (conversion and
  active forms), ``indications`` (roles, uses, curative, therapeutic effects), ``forms``
  (dosage forms), ``doses``, ``effects`` (adverse effects), ``groups`` and ``populations``
  (risk populations), ``statements`` (management, precautions, mechanism);
- ``tidy``: what is done to the claims after the rules (specific forms, disputes, duplicates).

``_Extractor.run`` is the order the rules run in.
"""

from __future__ import annotations

from valkg.claims import Claim, Extraction
from valkg.extract.doses import _Doses
from valkg.extract.drug import identify_drug
from valkg.extract.effects import _Effects
from valkg.extract.forms import _Forms
from valkg.extract.groups import canonical_population
from valkg.extract.indications import _Indications
from valkg.extract.patterns import cue, entity_of, names_a_medicine, unmapped
from valkg.extract.populations import _RiskPopulations
from valkg.extract.prodrug import _Prodrug
from valkg.extract.sentences import _refuted, slot_items
from valkg.extract.statements import _Statements
from valkg.extract.tidy import _apply_disputes, _dedupe, _specific_forms
from valkg.lexicon import Lexicon, load_lexicon
from valkg.reader import Monograph

__all__ = [
    "Extraction",
    "canonical_population",
    "cue",
    "entity_of",
    "extract",
    "identify_drug",
    "names_a_medicine",
    "slot_items",
    "unmapped",
]


class _Extractor(_Prodrug, _Indications, _Forms, _Doses, _Effects, _RiskPopulations, _Statements):
    """The rules of every kind of claim, run over the sentences of one monograph."""

    def run(self) -> list[Claim]:
        self.brand_claims()
        said = [s for s in self.sentences if not _refuted(self.monograph, s.sentence)]
        for sentence in said:
            self.roles(sentence)
            self.prodrug(sentence)
            self.indications(sentence)
            self.therapeutic(sentence)
            self.dosage_forms(sentence)
            self.doses(sentence)
            self.adverse_effects(sentence)
        self.steps_on_the_way()
        self.active_form_by_name(said)
        self.denied_prodrug()
        for sentence in said:
            self.risk_populations(sentence)
            self.statements(sentence)
        return _dedupe(_apply_disputes(_specific_forms(self._one_polarity_per_form(self.claims))))


def extract(monograph: Monograph, lexicon: Lexicon | None = None) -> Extraction:
    """Extract the claims a monograph makes.

    Raises ``InputError`` when the monograph names no drug.
    """
    extractor = _Extractor(monograph, lexicon or load_lexicon())
    claims = extractor.run()
    warnings = list(monograph.warnings)
    return Extraction(monograph, extractor.drug, claims, warnings)
