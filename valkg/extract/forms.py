"""Dosage forms: the forms the drug is available as, or said not to be.

Reads sentences of availability (cue ``availability``) and dosage sections; forms are lexicon
terms (``lexicon/terms.tsv``) or the items of a ``form_list`` cue's list (``cues.tsv``). A
document says a form is available or that it is not, never both (``_one_polarity_per_form``).
"""

from __future__ import annotations

import re

from valkg import recache
from valkg.claims import Claim, Entity
from valkg.extract.base import _ExtractorBase
from valkg.extract.patterns import _inn_stems, cue, entity_of, names_a_medicine
from valkg.extract.sentences import _is_question, _Sentence, slot_items
from valkg.lexicon import Lexicon

#: the medicines a form is named for, after it ("injections you may have heard of, such as evolocumab")
_ANOTHERS_AFTER = recache.compile(r"[^.;:()]{0,40}?,?\s+(?:such as|including)\s+(?P<name>[\w-]+)")
#: words before "tablets" or "pills" that make them a kind of medicine ("sleeping tablets", "water pills")
_MEDICINE_KIND_BEFORE = recache.compile(
    r"\b(?:sleeping|water|iron|vitamin|calcium|contraceptive|birth[- ]control|slimming|diet|morning-after)\s+$", re.I
)

_NOT_A_FORM = recache.compile(r"(?:generic|cheaper|branded|brand-name|own-brand|combined|combination)\b", re.I)


#: a sign on the body that has a form's word: how it looks, then where it is ("white patches in
#: your mouth"; "a gel on your skin" is a form)
_SIGN_BEFORE = recache.compile(
    r"\b(?:white|red|dark|brown|yellow|black|grey|gray|raised|scaly|bald|sore|itchy)\s+$", re.I
)
_ON_THE_BODY = recache.compile(
    r"\s+(?:in|on|of)\s+(?:the|your|their)\s+(?:mouth|skin|tongue|throat|eyes?|scalp|nails?|lips?)\b", re.I
)


#: advice on how to take a form, just before it, that says nothing of whether there is one: how
#: many units not to take ("do not take 2 tablets"), or that something is unneeded ("no need to
#: take the capsules with food")
_HOW_TO_TAKE_IT = recache.compile(
    r"\b(?:do\s+not|don't|never)\s+(?:take|use|have|swallow)\s+(?:more\s+than\s+)?"
    r"(?:\d+|one|two|three|four|a\s+second|another|an\s+extra|extra)\s+(?:[\w-]+\s+)?$"
    r"|\bno\s+need\s+to\s+(?:[\w-]+\s+){1,4}$",
    re.I,
)


#: a liquid to drink, not the medicine as a liquid: "swallow it with a glass of liquid", "drink plenty of liquids"
_SOMETHING_TO_DRINK = recache.compile(
    r"\b(?:of|with|drink\w*|sip\w*|more|extra|other|another|any|enough|clear|cold|warm|hot|fluids?\s+(?:or|and))"
    r"\s+(?:\w+\s+){0,2}$",
    re.I,
)


def _names_a_medicine_of_its_own(word: str, lexicon: Lexicon) -> bool:
    """Whether ``word`` is a medicine's own name ("sumatriptan", "valdecoxib"), not a class ("statin",
    "antibiotic") that may stand before this drug's form."""
    lower = word.lower()
    stemmed = any(lower.endswith(stem) and len(lower) >= len(stem) + 3 for stem in _inn_stems())
    return names_a_medicine(word) or lexicon.lookup("drug", word) is not None or stemmed


#: "a shot of alcohol": a drink, not an injection
_OF_A_DRINK = recache.compile(
    r"\s+of\s+(?:alcohol|whisky|whiskey|vodka|spirits?|liquor|tequila|rum|gin|espresso|coffee)\b", re.I
)


#: where the clause of a form's mention starts: after a stop, a colon or a comma
_CLAUSE_START = recache.compile(r"[.;:,]\s*|\(")
#: the subject of that clause, after a conjunction ("but ceftriaxone has a parenteral formulation",
#: "where vancomycin is given by injection")
_CLAUSE_SUBJECT = recache.compile(
    r"(?:(?:and|but|while|whereas|where|though|although|so|yet)\s+)?(?P<name>[A-Za-z][\w-]+)"
    r"\s+(?:is|are|has|have|comes?|can|may|must|should|was|will|needs?)\b",
    re.I,
)
#: the medicine a form is of, after it ("a parenteral formulation of omeprazole")
_OF_A_MEDICINE = recache.compile(r"(?:\s+(?:form|version|formulation|preparation)s?)?\s+of\s+(?P<name>[\w-]+)", re.I)


class _Forms(_ExtractorBase):
    """``dosage_form`` claims."""

    def _one_polarity_per_form(self, claims: list[Claim]) -> list[Claim]:
        """A document says a form is available or that it is not, never both.

        When its sentences seem to say both, the negative holds if one of its mentions follows an
        explicit negation of availability ("not made as an inhaler", "there is no injection");
        otherwise it leaked from another clause ("not made as a syrup, and the capsules should not
        be opened") or the form is another product's, and the positive holds.
        """
        said: dict[str, set[bool]] = {}
        for claim in claims:
            if claim.kind == "dosage_form" and isinstance(claim.object, Entity):
                said.setdefault(claim.object.slug, set()).add(claim.negated)
        conflicting = {slug for slug, polarities in said.items() if len(polarities) == 2}
        if not conflicting:
            return claims
        explicit = {
            claim.object.slug
            for claim in claims
            if claim.kind == "dosage_form"
            and claim.negated
            and isinstance(claim.object, Entity)
            and claim.object.slug in conflicting
            and any(
                mention.term.slug == claim.object.slug
                and cue("unavailable_before").search(claim.evidence.quote[: mention.start])
                for mention in self.lexicon.find("dosage_form", claim.evidence.quote)
            )
        }
        return [
            claim
            for claim in claims
            if not (
                claim.kind == "dosage_form"
                and isinstance(claim.object, Entity)
                and claim.object.slug in conflicting
                and claim.negated != (claim.object.slug in explicit)
            )
        ]

    def _answered_yes(self, sentence: _Sentence) -> bool:
        """Whether the next sentence of ``sentence``'s paragraph answers it "Yes"."""
        following = self.monograph.sentences[sentence.sentence.index + 1 : sentence.sentence.index + 2]
        return bool(
            following
            and following[0].paragraph == sentence.sentence.paragraph
            and re.match(r"\s*yes\b", following[0].text, re.I)
        )

    def _anothers_form(self, text: str, start: int, end: int) -> bool:
        """Whether the form mentioned at ``start``..``end`` belongs to another medicine: the subject
        of its clause ("Unlike zorbavir, ceftriaxone has a parenteral formulation") or the medicine
        it is "of" ("a parenteral formulation of omeprazole")."""
        of = _OF_A_MEDICINE.match(text, end)
        if of and self._anothers_name(of.group("name")) and not self.taken_names.match(text, of.start("name")):
            return True  # ("an injection of insulin glargine": the drug's own name, though "insulin" names others)
        clause_start = max((m.end() for m in _CLAUSE_START.finditer(text, 0, start)), default=0)
        clause = text[clause_start:start]
        subject = _CLAUSE_SUBJECT.match(clause)
        return bool(subject and not self.taken_names.search(clause) and self._anothers_name(subject.group("name")))

    def _anothers_name(self, word: str) -> bool:
        """Whether ``word`` is the name of a medicine other than this one."""
        return (
            word[:1].isalpha()
            and not self.taken_names.fullmatch(word)
            and word.lower() not in self.drug.label.lower().split()  # "Insulin must be injected" of insulin glargine
            and _names_a_medicine_of_its_own(word, self.lexicon)
            and self._is_other_medicine(word)
        )

    def dosage_forms(self, sentence: _Sentence) -> None:
        if not (sentence.has("availability") or sentence.section_kind == "dosage"):
            return
        if cue("prohibition").search(sentence.text) and (
            sentence.mentions("population") or cue("population_phrase").search(sentence.text)
        ):
            return  # "People with a high INR should not have it injected": advice to a group, not availability
        if _is_question(sentence.text) and not self._answered_yes(sentence):
            return  # "Does it come as a cream?" asks; the answer says
        found: dict[str, tuple[Entity, int, int]] = {}
        for mention in sentence.mentions("dosage_form"):
            if _MEDICINE_KIND_BEFORE.search(sentence.text, 0, mention.start):
                continue  # "It is not a sleeping tablet": a kind of medicine, not a form of this one
            others = _ANOTHERS_AFTER.match(sentence.text, mention.end)
            if others and self._is_other_medicine(others.group("name")):
                continue  # "the injections you may have heard of, such as evolocumab": another medicine's
            named_before = re.search(r"(?<![/\w-])([A-Za-z][\w-]+)\s+$", sentence.text[: mention.start])
            if (
                named_before
                and not re.search(re.escape(named_before.group(1)), self.drug.label, re.I)
                and not self.drug_names.search(sentence.text, max(0, named_before.start() - 30), named_before.start())
                and _names_a_medicine_of_its_own(named_before.group(1), self.lexicon)
            ):
                continue  # "a sumatriptan shot": another medicine's form
            if self._anothers_form(sentence.text, mention.start, mention.end):
                continue  # "ceftriaxone has a parenteral formulation", "an injection of omeprazole"
            if _SIGN_BEFORE.search(sentence.text, 0, mention.start) and _ON_THE_BODY.match(sentence.text, mention.end):
                continue  # "white patches in your mouth": a sign on the body, not a form
            if _HOW_TO_TAKE_IT.search(sentence.text, 0, mention.start):
                continue  # "Do NOT take 2 tablets in the same week": how to take them, not whether there are any
            if mention.term.slug == "oral-liquid" and (
                _SOMETHING_TO_DRINK.search(sentence.text, 0, mention.start)
                or sentence.text[mention.end : mention.end + 1] == "-"
            ):
                continue  # "with a glass of liquid", "filled with a yellow liquid", "liquid-filled": not a form
            if mention.text.lower() == "shot" and _OF_A_DRINK.match(sentence.text, mention.end):
                continue  # "a shot of alcohol": a drink, not an injection
            # "Eye drops of that family exist, but zorbavir is not made as eye drops": of the
            # mentions of one form, the one the sentence negates is what it says of this drug
            # when that one is a statement of availability and the first is not ("comes as tablets
            # for people who cannot swallow tablets" stays available)
            earlier = found.get(mention.term.slug)
            if earlier is None or (
                "negated" in sentence.modifiers(mention.start, mention.end)
                and "negated" not in sentence.modifiers(earlier[1], earlier[2])
                and self._availability_before(sentence.text, mention.start)
                and not self._availability_before(sentence.text, earlier[1])
            ):
                found[mention.term.slug] = (entity_of(mention.term), mention.start, mention.end)
            # "no liquid or injectable form": the head is shared by the words coordinated before it
            head = re.search(r"\b(form|version|formulation|preparation)s?$", mention.text, re.I) or re.match(
                r"\s+(form|version|formulation|preparation)s?\b", sentence.text[mention.end :], re.I
            )
            shared = re.search(r"\b([A-Za-z]+)\s*(?:,|\bor\b|\band\b|\bnor\b)\s*$", sentence.text[: mention.start])
            if head and shared:
                term = self.lexicon.lookup("dosage_form", f"{shared.group(1)} {head.group(1)}")
                if term is not None:
                    found.setdefault(term.slug, (entity_of(term), shared.start(1), shared.end(1)))
        for match in cue("form_list").finditer(sentence.text):
            for item, start, end in slot_items(sentence.text, match.end()):
                if any(s < end and start < e for _, s, e in found.values()):
                    continue
                if _NOT_A_FORM.match(item):
                    continue  # "there is no generic version": a kind of product, not a form
                no = re.match(r"no\s+", item, re.I)  # "there is no liquid, no injection": each item's own "no"
                if no:
                    item, start = item[no.end() :], start + no.end()
                entity = self._slot_entity("dosage_form", item)
                if entity is not None:
                    found.setdefault(entity.slug, (entity, start, end))
        text = sentence.text
        for slug, (_, start, end) in list(found.items()):
            if slug not in found:
                continue  # already dropped as a description of an earlier form
            # "an oral concentrate, a liquid that ...": the second form only describes the first
            described = re.match(r"\s*,\s*(?:a|an)\s+", text[end:])
            if described:
                for other, (_, s, e) in found.items():
                    if other != slug and s == end + described.end() and re.match(r"\s+(?:that|which)\b", text[e:]):
                        found.pop(other)
                        break
            # "a fruit-flavoured liquid (oral suspension)": the parenthesis names the form meant
            # (but "an oral suspension (a liquid)" keeps the named form)
            renamed = re.match(r"\s*\(", text[end:])
            inner = [
                (other, s, e)
                for other, (_, s, e) in found.items()
                if other != slug and renamed and s == end + renamed.end()
            ]
            if inner:
                generic = re.fullmatch(r"(?:an? )?(?:[\w-]+ )?liquids?", text[inner[0][1] : inner[0][2]], re.I)
                found.pop(inner[0][0] if generic else slug)
                if not generic:
                    continue
            # "a powder that is made up into an oral solution": the form taken is the solution
            if cue("reconstituted").fullmatch(text[start:end]):
                made = cue("made_into").match(text[end:])
                if made and any(s == end + made.end() for other, (_, s, _) in found.items() if other != slug):
                    found.pop(slug)
        for entity, start, end in found.values():
            if not self._about_another_drug(sentence, start):
                self.emit(sentence, "dosage_form", entity, "dosage-form/availability", start, end)

    @staticmethod
    def _availability_before(text: str, position: int) -> bool:
        return cue("availability").search(text[max(0, position - 30) : position]) is not None
