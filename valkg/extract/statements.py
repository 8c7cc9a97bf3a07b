"""Statements kept in the monograph's words: management, precautions and the mechanism of action.

Reads sentences with the cues ``management``, ``precaution`` and ``mechanism`` of ``cues.tsv``;
a mechanism is kept with the drug it is about (this drug, or a product it is converted into).
"""

from __future__ import annotations

import re

from valkg.claims import Entity, Text
from valkg.extract.base import _ExtractorBase
from valkg.extract.patterns import cue
from valkg.extract.sentences import _Sentence


class _Statements(_ExtractorBase):
    """``management``, ``precaution`` and ``mechanism`` claims."""

    def statements(self, sentence: _Sentence) -> None:
        text = sentence.text
        if sentence.has("management"):
            self.emit(sentence, "management", Text(text), "management/cue")
        if sentence.has("precaution") and (
            sentence.section_kind in ("precautions", "side_effects", "interactions") or sentence.drug_mentions
        ):
            self.emit(sentence, "precaution", Text(text), "precaution/cue")
        mechanism = cue("mechanism").search(text)
        if mechanism and (
            sentence.section_kind == "mechanism" or re.search(r"\bworks? by\b|\bacts? (?:on|by)\b", text, re.I)
        ):
            subject = self._mechanism_subject(sentence, mechanism.start())
            if subject is not None:
                self.emit(sentence, "mechanism", Text(text), "mechanism/cue", subject=subject)

    def _mechanism_subject(self, sentence: _Sentence, position: int) -> Entity | None:
        named: list[tuple[int, Entity]] = [(s, self.drug) for s, _ in sentence.drug_mentions if s < position]
        named += [(m.start, self._drug_entity(m.term)) for m in sentence.mentions("drug") if m.start < position]
        for other in self.other_drugs.values():
            # active forms named only by the text ("converted into zorbacin")
            found = re.search(rf"\b{re.escape(other.label)}\b", sentence.text[:position], re.I)
            if found:
                named.append((found.start(), other))
        if named:
            return min(named, key=lambda n: n[0])[1]
        if re.match(
            r"^\s*(?:it|this (?:drug|medicine|medication)|the (?:drug|medicine|medication))\b",
            sentence.text,
            re.I,
        ):
            return self.drug
        return None
