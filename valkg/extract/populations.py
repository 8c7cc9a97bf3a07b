"""Risk populations: the groups of people a sentence warns about, each with the risk it names.

Reads warnings and precautions, and any sentence that names a risk, a harm, an interaction, a
labelled group or advice on driving or alcohol (cues ``risk``, ``causal``, ``co_medication``,
``driving_advice``, ``alcohol_advice`` and more of ``cues.tsv``); groups are the lexicon's
(``lexicon/terms.tsv``) or named by the text (``groups``). The risk is the condition the
sentence names, else an effect found before (``effects``).
"""

from __future__ import annotations

import re

from valkg.claims import Entity
from valkg.extract.groups import _defining_clause, _Groups, _trimmed
from valkg.extract.patterns import (
    _FOR_PATIENTS,
    _LINE_VERB,
    _SEEK_HELP,
    _inn_stems,
    cue,
    entity_of,
    names_a_medicine,
    unmapped,
)
from valkg.extract.sentences import _FINITE_VERB, _agent_clause_start, _is_question, _Sentence
from valkg.lexicon import singular, slugify

#: a line of an "if you:" list that gives an age ("are 65 years of age or older")
_AGE_LINE = re.compile(
    r"(?:are\s+)?(?:aged\s+)?(?P<n>\d+)\s+(?:years?\s+)?(?:of\s+age\s+|old\s+)?(?:or\s+(?:older|over)|and\s+(?:older|over))",
    re.I,
)

#: where a line of a list goes on to explain itself ("diabetes - it can hide the signs of ...")
_LINE_EXPLANATION = re.compile(r"\s+[-\u2013\u2014]\s+|\s*[:;]\s+|,\s+(?:because|as|since|which|so)\b")

#: advice to seek help that ends just before a phrase ("Call your doctor immediately if you have ...")
_SEEK_HELP_BEFORE = re.compile(rf"(?:{_SEEK_HELP.pattern})[\w\s,]{{0,30}}$", re.I)
#: this drug raising another medicine's level: "it can cause lithium to build up to toxic levels"
_RAISES_ANOTHER = re.compile(
    r"\b(?P<subject>[\w-]+)\s+(?:can|may|might|will)\s+(?:cause|make|let)\s+(?P<other>[\w-]+)\s+(?:levels?\s+)?"
    r"(?:to\s+)?(?:build\s+up|rise|accumulate)\b",
    re.I,
)
#: this drug acting on another medicine named as the object: "It also weakens warfarin", "It can
#: raise lithium to a harmful level", "slows its removal, raising methotrexate to harmful levels"
_ACTS_ON_ANOTHER = re.compile(
    r"(?:\b(?P<subject>[\w-]+)\s+(?:(?:also|can|may|might|could|will|often)\s+)*"
    r"(?:weakens?|strengthens?|raises?|boosts?|lowers?)|\b(?:raising|pushing)(?=\s+[\w-]+\s+(?:up\s+)?to\b))\s+"
    r"(?P<other>[\w-]+(?:\s+(?:or|and)\s+[\w-]+)?)(?:\s+levels?)?"
    r"(?=\s*[,.;]|\s+(?:up\s+)?to\s+(?:a\s+)?(?:harmful|toxic|dangerous|high|unsafe)\s+levels?\b)",
    re.I,
)
#: substances the body makes, whose levels a medicine may change without being taken with one
_BODY_SUBSTANCE = re.compile(
    r"insulin|testosterone|oestrogen|estrogen|progesterone|cortisol|melatonin|potassium|sodium|calcium|magnesium|"
    r"glucose|sugar|cholesterol|uric\s+acid|prolactin|thyroxine|serotonin|dopamine",
    re.I,
)
#: another medicine acting on this one as the subject of a later clause: "..., whereas rifampicin
#: lowers them", "... and phenobarbital lowers griseofulvin levels"
_ACTING_IN_CLAUSE = re.compile(
    r"(?:[,;]\s*(?:and\s+|but\s+|whereas\s+|while\s+)|\b(?:whereas|while)\s+)(?P<np>[\w'-]+(?:\s+(?:and|or)\s+[\w'-]+)?)"
    r"\s+(?:(?:can|may|also|will|could)\s+)*(?:lowers?|raises?|reduces?|increases?|weakens?|blocks?)\s+"
    r"(?:the\s+(?:levels?|effects?)\s+of\s+)?(?P<on>[\w-]+)",
    re.I,
)
#: another medicine taken with this one or its class: "Taking an antidepressant such as sertraline
#: with an NSAID may make you bruise"
_TAKEN_WITH_THIS = re.compile(
    r"\b(?:taking|combining|using|mixing)\s+(?!it\b|this\b|them\b)(?P<other>(?:[\w'-]+\s+){0,8}?[\w'-]+)"
    r"\s+(?:together\s+)?with\s+(?:an?\s+|the\s+)?(?P<this>[\w-]+)\b",
    re.I,
)
#: another medicine with the same effect as the one a clause before names: "..., and so do steroid
#: medicines such as prednisone"
_SO_DO = re.compile(
    r",?\s*\band\s+so\s+(?:do|does|can|may|will)\s+(?!(?:the|this)\s+(?:medicine|drug|medication|tablet)s?\b)(?P<np>(?:[\w'-]+\s+){0,3}?[\w'-]+)"
    r"(?=,?\s+(?:such as|like|including)\b|\s*[.;,]|$)",
    re.I,
)
#: advice to mention a condition to the doctor: "DO mention any heart rhythm problem", "mention an aortic aneurysm"
_MENTION_CONDITION = re.compile(r"\bmention\s+(?:any|an?|your)\s+(?:history\s+of\s+)?", re.I)
#: the drug reaching breast milk ("passes into breast milk", "small amounts reach the milk") ...
_INTO_MILK = re.compile(
    r"\b(?:pass(?:es)?|gets?|goes|go|reach(?:es)?|enters?|found|excreted|present)\s+(?:in(?:to)?\s+)?(?:the\s+)?"
    r"(?:breast\s+)?milk\b|\bin(?:to)?\s+breast\s+milk\b",
    re.I,
)
#: ... and what it may do to the baby ("may make a nursing baby fussy", "watch a breastfed baby for")
_BABY_AFFECTED = re.compile(
    r"\b(?:may|can|could|might|watch|monitor\w*|check\w*|occasionally|sometimes)\b[^.;]{0,60}?"
    r"\b(?:baby|babies|infants?|newborns?)\b|\b(?:baby|babies|infants?)\s+(?:may|can|could|might|gets?|becomes?)\b",
    re.I,
)
#: live vaccines to avoid ("Avoid live vaccines", "Live vaccines should not be given")
_LIVE_VACCINES = re.compile(
    r"\b(?:avoid|(?:not|never)\s+(?:have|receive|get|be\s+given)|no)\s+(?:any\s+)?live\s+(?:[\w-]+\s+){0,2}?vaccin\w*"
    r"|\blive\s+(?:[\w-]+\s+){0,2}?vaccin\w*(?:\s*,[^,.;]{1,60},)?\s+(?:should|must)\s+"
    r"(?:not\s+be\s+(?:given|used|had)|be\s+avoided)\b",
    re.I,
)
#: advice not to take the drug that follows a consequence and names who should not
_REFUSED_AFTER = re.compile(
    r"\s*,?\s*(?:do\s+not|don't|never|you\s+should\s+not|you\s+must\s+not)\s+(?:take|use|have)\s+"
    r"(?P<what>it|this\s+medicine|this\s+drug|[\w-]+)\s+if\b",
    re.I,
)
#: the heading of a contraindications section, whose lines open with the conditions
_CONTRAINDICATIONS = re.compile(r"contra-?indicat", re.I)
_CONDITION_LEAD = re.compile(r"(?:(?:known|active|severe|a\s+history\s+of|history\s+of|hx)\s+)+", re.I)
#: advice to parents-to-be that names their group: "Don't breastfeed", "men should not father a child"
_PARENT_ADVICE = re.compile(
    r"\b(?:do\s+not|don't|should\s+not|must\s+not|never)\s+(?P<feed>breast-?feed)\b"
    r"|\bmen\s+(?:should|must)\s+not\s+(?:father|conceive)\b",
    re.I,
)
_CAUTION_IN = re.compile(
    r"\b(?:caution|care)\s+(?:is\s+)?(?:needed|required|advised|recommended|should be taken)\s+in\b", re.I
)
_IN_BEFORE = re.compile(r"\bin\s+(?:an?\s+|the\s+)?$", re.I)

#: "With severe kidney disease the drug stays in the body longer"
_WITH_CONDITION = re.compile(
    r"^\s*With\s+(?P<x>(?:[\w'-]+\s+){0,5}?(?:disease|diseases|problems?|failure|impairment|damage|cirrhosis))\b"
)
#: a list at the start of a sentence that makes something more likely ("Asthma or diabetes raise ...")
_CONDITIONS_RAISE = re.compile(
    r"^(?P<list>[^.;:]{3,160}?)\s+(?:can\s+|may\s+|also\s+|all\s+|both\s+)*"
    r"(?:make|makes|raise|raises|increase|increases)\s+(?:the\s+(?:risk|chance)\b|[\w\s-]{2,40}?\s+more\s+likely\b)"
)

#: a line of a list, its bullet or number dropped
_LIST_ITEM_LINE = re.compile(r"(?:^|\n)[ \t]*(?:[-*\u2022]|\d+[.)])?[ \t]*(?P<item>[^\n]*?)[ \t;,.]*(?=\n|$)")

#: a clause, not a noun phrase ("Ganciclovir is taken up by cells, where it", "Combined with simvastatin it")
_NOT_A_SUBJECT = re.compile(r"\b(?:you|it|is|are|was|were|has|have|had)\b|^[A-Za-z]+ed\b", re.I)
_VERB_FIRST = re.compile(
    r"(?:take|takes|taken|use|uses|used|given|combined|mixed|have|has|are|is|drink|get|avoid|tell|ask)\b", re.I
)

#: what a medicine is for, after its name ("allopurinol for gout")
_PURPOSE = re.compile(r"\s+for\s+[\w'-]+(?:\s+[\w'-]+){0,3}$")

_WITH_NAMED = re.compile(r"\s+with\s+(?:an?\s+)?")
#: ", inflamed or sunburnt scalp": more adjectives and the noun they share
_SHARED_NOUN = re.compile(r",\s*(?:[a-z-]+\s*,\s*)*[a-z-]+\s+(?:or|and)\s+[a-z-]+\s+(?P<noun>[a-z-]+)\b")


#: the examples after a class of medicines ("NSAIDs, such as ibuprofen")
_EXAMPLES_AFTER = re.compile(r",?\s+(?:such as|like|including)\s+(?P<named>.+)$")


def _without_examples(words: str) -> str:
    """A class of medicines without the examples that illustrate it."""
    return _EXAMPLES_AFTER.sub("", words)


def _use_clause_start(text: str, position: int) -> int:
    """Where the line or clause of a statement of use that reaches ``position`` starts."""
    return max((m.end() for m in _USE_CLAUSE_BOUNDARY.finditer(text, 0, position)), default=0)


#: what ends a statement of use before a group ("..., but in people with kidney disease")
_USE_CLAUSE_BOUNDARY = re.compile(r"[;.\n]|\b(?:but|although|however|though|whereas)\b", re.I)


class _RiskPopulations(_Groups):
    """``risk_population`` claims."""

    def risk_populations(self, sentence: _Sentence) -> None:
        text = sentence.text
        # "no extra risk", "do not need a different dose": the words of risk say there is none, and
        # "lowers the risk of fractures" names a benefit
        without_limits = cue("reassurance").sub(" ", cue("dose_limit").sub(" ", text))
        # "lowers the risk of dying from heart problems": a benefit, to the end of its clause
        without_limits = re.sub(rf"(?:{cue('benefit').pattern})[^,;.\n]*", " ", without_limits, flags=re.I)
        # "people with liver problems": a word of risk inside a group's name says nothing of a risk
        without_limits = cue("population_phrase").sub(lambda m: " " * len(m.group()), without_limits)
        interactions = list(cue("co_medication").finditer(text))
        subject = self._interacting_subject(sentence)
        acted_on = self._medicines_interacting(text)
        labelled = self._labelled_group(sentence)
        fields = self._field_list_groups(sentence)
        # "Can people with porphyria take it? No. It can set off an attack": the question names the
        # group, the answer says no
        refused = self._answered_no(sentence)
        if _is_question(text) and not refused:
            return  # "Can people with kidney disease take it?" asks; its answer says
        driving = cue("driving_advice").search(text)  # "do not drive if you feel drowsy": a risk for drivers
        allergies = self._allergy_groups(text)
        risk_named = cue("risk").search(without_limits)
        harmful = (
            risk_named
            or cue("causal").search(text)
            or interactions
            or subject
            or acted_on
            or labelled
            or fields
            or refused
            or driving
            or allergies
            or cue("alcohol_advice").search(text)
        )
        if not (harmful or sentence.section_kind == "precautions"):
            return
        if not harmful and cue("reassurance").search(text):
            return  # "considered safe for pregnant women": no risk stated
        harm_stated = cue("causal").search(text) or cue("stated_harm").search(text)
        if cue("unknown_risk").search(text) and not harm_stated:
            return  # "Pregnancy: there is not enough information; talk to your doctor": no risk stated
        risk_words = {" ".join(m.group().lower().split()) for m in cue("risk").finditer(without_limits)}
        if risk_words == {"not recommended"} and not harm_stated and not cue("alcohol_advice").search(text):
            return  # "Breastfeeding during a long course is not recommended": advice, no risk named
        consequence = cue("consequence").search(text)
        # ("Because it makes the pill less reliable, use condoms too": a reason that opens the
        # sentence holds the risk)
        clause_end = consequence.start() if consequence and consequence.start() > 0 else len(text)
        refused_after = _REFUSED_AFTER.match(text, consequence.end()) if consequence else None
        if refused_after and self._drug_is_subject(refused_after.group("what") + " "):
            clause_end = len(text)  # "It can harm an unborn baby, so do not take it if you are pregnant"
        populations: dict[str, tuple[Entity, int, int]] = {}
        # "Doctors give it to people who have active TB": the patients it is for, unless a risk is named
        patients = cue("patients_of_use").search(text)
        if patients and not risk_named:
            clause_end = min(clause_end, patients.end())
        # "a medicine used to lower the risk of death in adults with heart failure": the patients
        # a use is for, when the sentence names no risk of its own
        used_in = [] if risk_named else self._patients_of_use(text)
        for mention in sentence.mentions("population"):
            if any(mention.start < end <= mention.end for end in used_in):
                continue
            if re.match(r"(?:child|children|baby|babies|infant)", mention.text, re.I) and re.search(
                r"\b(?:father|have|conceive|expecting)\s+an?\s+$", text[: mention.start], re.I
            ):
                continue  # "men should not father a child": a child to come, no group at risk
            if (
                mention.start < clause_end
                and not cue("victim").search(text[: mention.start])
                and not cue("victim_words").search(mention.text)
            ):
                entity, end = entity_of(mention.term), mention.end
                age = cue("age_qualifier").match(text[mention.end :])
                if mention.term.slug == "adults" and not age:
                    continue  # adults are everyone the text is written for, not a group at risk
                if age and cue("general_population").fullmatch(mention.text):
                    entity, end = (
                        unmapped("population", mention.text + age.group()),
                        mention.end + age.end(),
                    )
                # "older people with dementia": the group the condition narrows, not all older people
                # ("children with flu" are the children it treats)
                with_named = _WITH_NAMED.match(text, end)
                narrowed = [
                    m
                    for m in sentence.mentions("condition")
                    if with_named and m.start == with_named.end() and m.term.slug not in self._uses()
                ]
                if narrowed:
                    entity = unmapped("population", f"{text[mention.start : end]} with {narrowed[0].text}")
                    end = narrowed[0].end
                populations.setdefault(entity.slug, (entity, mention.start, end))
        for entity, start, end in self._contraindicated(sentence):  # "4.3 Contraindications\n- Acute porphyria, ..."
            populations.setdefault(entity.slug, (entity, start, end))
        for entity, start, end in fields:  # "Avoid in: severe kidney impairment (...); ..."
            populations.setdefault(entity.slug, (entity, start, end))
        for entity, start, end in allergies:  # before the phrases, which would take their words apart
            populations.setdefault(entity.slug, (entity, start, end))
        for match in cue("descent_group").finditer(text):  # "people of Han Chinese, Thai or Korean descent"
            entity = self._group(match.group())
            populations.setdefault(entity.slug, (entity, match.start(), match.end()))
        for match in cue("population_phrase").finditer(text):
            if match.start() >= clause_end or any(
                s < match.end() and match.start() < e for _, s, e in populations.values()
            ):
                continue
            phrase = _trimmed(match.group())
            if not cue("population_phrase").fullmatch(phrase) or self.drug_names.search(phrase):
                continue  # "people who are due to", "people taking gabapentin": no group named
            if _SEEK_HELP_BEFORE.search(text, 0, match.start()):
                continue  # "Call your doctor immediately if you have unusual bleeding": signs to act on
            if any(match.start() < end <= match.end() for end in used_in):
                continue  # the patients of a use
            if re.search(r"\b(?:it|them|this|that)$|\b\d+\s+(?:weeks?|months?|days?)$", phrase, re.I):
                continue  # "people who have it", "women who are 20 weeks [into pregnancy]": named elsewhere
            phrase += _defining_clause(text, match.start() + len(phrase), phrase)
            # "people with a red, inflamed or sunburnt scalp": adjectives coordinated before one organ
            shared = _SHARED_NOUN.match(text, match.start() + len(phrase))
            if shared and cue("organ").fullmatch(shared.group("noun").lower()):
                phrase = text[match.start() : shared.end()]
            entity = self._group(phrase)
            populations.setdefault(entity.slug, (entity, match.start(), match.start() + len(phrase)))
            # "if you have kidney disease, asthma or diabetes": one group for each condition
            for other, start, end in self._coordinated_conditions(sentence, match.start() + len(phrase)):
                entity = self._group(f"people with {other}")
                populations.setdefault(entity.slug, (entity, start, end))
        # "Caution is needed in diabetes, ...; and in glaucoma, because ...": the conditions it is needed in
        caution = _CAUTION_IN.search(text)
        caution_start = caution.start() if caution else len(text)
        for mention in sentence.mentions("condition"):
            if mention.start > caution_start and _IN_BEFORE.search(text, caution_start, mention.start):
                entity = self._group(f"people with {mention.text}")
                populations.setdefault(entity.slug, (entity, mention.start, mention.end))
        # "Drinking alcohol raises the risk of liver damage, as does existing liver disease": another
        # group with the same risk, after the consequence
        for also in cue("shared_risk").finditer(text):
            phrase_match = cue("population_phrase").match(text, also.end())
            if phrase_match is not None:
                phrase = _trimmed(phrase_match.group())
                entity, start, end = self._group(phrase), also.end(), also.end() + len(phrase)
            else:
                words = re.match(r"(?:[\w'-]+\s+){0,4}?[\w'-]+(?=\s*(?:[,.;:]|$))", text[also.end() :])
                if words is None:
                    continue
                entity = self._group(f"people with {words.group()}")
                named = any(
                    m.start == also.end() and m.end == also.end() + words.end() for m in sentence.mentions("condition")
                )
                if not (entity.in_lexicon or named):
                    continue
                start, end = also.end(), also.end() + words.end()
            populations.setdefault(entity.slug, (entity, start, end))
        # "You should not take it if you:\n- are pregnant\n- have severe liver disease"
        for body_start, lead_in in self._if_you_lists(sentence, clause_end):
            # "Tell your doctor first if you have:\n- diabetes - it can hide ...": the lead's verb
            # goes with each line, up to the line's own explanation
            for line in _LIST_ITEM_LINE.finditer(text, body_start):
                item = _LINE_EXPLANATION.split(line.group("item"), maxsplit=1)[0]
                # "- kidney disease (kidney function can get worse);": the line's reason in parentheses
                item = re.sub(r"\s*\([^()]*\)\s*[;,.]?\s*$", "", item)
                you = re.match(r"(?:if\s+)?you\s+", item, re.I)  # "if:\n- you have kidney problems", "- if you are ..."
                if you and lead_in == "if you":
                    item = item[you.end() :]
                if not item.strip():
                    continue
                start = line.start("item") + (you.end() if you and lead_in == "if you" else 0)
                end = start + len(item)
                if any(start <= s < end for _, s, _ in populations.values()):
                    continue  # "- are pregnant or plan to become pregnant": the group named in the line
                # (after "if you have:" a line is the name of a group; after "if you:" it must say one)
                phrase = f"{lead_in} {item}"
                age = _AGE_LINE.fullmatch(item)
                if age:  # "- are 65 years of age or older"
                    entity = unmapped("population", f"people aged {age.group('n')} or older")
                    populations.setdefault(entity.slug, (entity, start, end))
                    continue
                # ("if you:\n- take medicines that weaken the immune system": the line's own verb leads)
                own_verb = _LINE_VERB.match(item) if lead_in == "if you" else None
                rest = item[own_verb.end() :] if own_verb else item
                listed = (lead_in != "if you" or own_verb is not None) and len(rest.split()) <= 14
                # ("kidney problems or are on dialysis": a second verb of the same list line)
                # (a relative clause may have its own: "other medicines that can harm the liver")
                main = re.sub(r"\b(?:or|and) (?:are|have|has|is)\b|\b(?:that|which|who)\b.*$", "", rest)
                listed = listed and not _FINITE_VERB.search(main)
                if listed or cue("population_phrase").fullmatch(phrase):
                    entity = self._group(phrase)
                    populations.setdefault(entity.slug, (entity, start, end))
        if refused and re.search(r"\balcohol\b", text, re.I):  # "Can I drink alcohol? No."
            term = self.lexicon.lookup("population", "alcohol users")
            if term is not None:
                start = text.lower().index("alcohol")
                populations.setdefault(term.slug, (entity_of(term), start, start + len("alcohol")))
        for match in _RAISES_ANOTHER.finditer(text):  # "Zorbavir can cause lithium to build up to toxic levels"
            this_drug = self.drug_names.fullmatch(match.group("subject")) or match.group("subject").lower() == "it"
            if this_drug and self._is_other_medicine(match.group("other")):
                entity = self._group(f"people taking {match.group('other')}")
                populations.setdefault(entity.slug, (entity, match.start("other"), match.end("other")))
        for other, start, end in acted_on:  # "It also weakens warfarin"
            entity = self._group(f"people taking {other}")
            populations.setdefault(entity.slug, (entity, start, end))
        for match in _MENTION_CONDITION.finditer(text):  # "DO mention any heart rhythm problem, such as ..."
            mentioned = [m for m in sentence.mentions("condition") if m.start == match.end()]
            if mentioned:
                entity = self._group(f"people with {mentioned[0].text}")
                populations.setdefault(entity.slug, (entity, mentioned[0].start, mentioned[0].end))
        milk = _INTO_MILK.search(text)
        harmless = cue("reassurance").search(text) or re.search(r"\bunlikely\s+to\b", text, re.I)
        if milk and not harmless and _BABY_AFFECTED.search(text, milk.end()):  # "... and may make a baby sleepy"
            entity = self._group("breastfeeding women")
            populations.setdefault(entity.slug, (entity, milk.start(), milk.end()))
        vaccines = _LIVE_VACCINES.search(text)
        # "Avoid live vaccines", "Live vaccines should not be given" ("no need to avoid ...": none)
        if vaccines and not re.search(
            r"\b(?:no\s+need|not\s+necessary|unnecessary)\s+to\s+$", text[: vaccines.start()], re.I
        ):
            entity = self._group("people receiving live vaccines")
            populations.setdefault(entity.slug, (entity, vaccines.start(), vaccines.end()))
        for match in _PARENT_ADVICE.finditer(text):  # "Don't breastfeed", "men should not father a child"
            wording = "breastfeeding women" if match.group("feed") else "men"
            term = self.lexicon.lookup("population", wording)
            entity = entity_of(term) if term is not None else unmapped("population", wording)
            populations.setdefault(entity.slug, (entity, match.start(), match.end()))
        for match in cue("alcohol_advice").finditer(text):  # "avoid alcohol while taking it"
            term = self.lexicon.lookup("population", "alcohol users")
            if term is not None:
                populations.setdefault(term.slug, (entity_of(term), match.start(), match.end()))
        if driving is not None:
            term = self.lexicon.lookup("population", "people who drive")
            if term is not None:
                populations.setdefault(term.slug, (entity_of(term), driving.start(), driving.end()))
        for match in cue("organ_impairment").finditer(text):  # "people whose kidneys work poorly"
            term = self.lexicon.lookup("population", f"people with {singular(match.group('organ').lower())} impairment")
            if term is not None and match.start() < clause_end:
                populations.setdefault(term.slug, (entity_of(term), match.start(), match.end()))
        if subject is not None:
            # "NSAIDs such as ibuprofen": the class is the group, its examples only illustrate it
            named_class = _without_examples(subject.group("np"))
            examples = _EXAMPLES_AFTER.search(subject.group("np"))
            if examples and cue("medicine_noun").fullmatch(named_class):
                named_class = examples.group("named")  # "Medicines such as sodium bicarbonate and acetazolamide"
            # "Riociguat, a lung medicine,": the medicine without its apposition
            named_class = re.sub(r",\s+(?:an?|the|another)\s+[^,]+,?$", "", named_class)
            named_class = re.sub(r"\s+[-\u2013]$", "", named_class)  # "Ketoconazole, ritonavir -": a dashed label
            if "," in named_class and not re.search(r"\b(?:and|or)\b", named_class):
                named_class = re.sub(r",\s*(?=[^,]*$)", " or ", named_class)  # "A, B, C": a list without its "or"
            without_purpose = _PURPOSE.sub("", named_class)  # "allopurinol for gout": people taking allopurinol
            if names_a_medicine(without_purpose) and not cue("medicine_noun").search(named_class):
                named_class = without_purpose
            named_class += _defining_clause(text, subject.end("np"), named_class)
            # "Alcohol, sleeping tablets and other sedatives add to its drowsiness": drinkers are a group too
            # ("Alcohol on the same evening deepens the sedation": drinkers alone)
            alcohol = re.match(
                r"alcohol(?:\s*,\s*|\s+(?:and|or)\s+(?=\S)|(?![\s,]+(?:and|or)\b).*$)", named_class, re.I
            )
            term = self.lexicon.lookup("population", "alcohol users") if alcohol else None
            if alcohol and term is not None:
                start = subject.start("np")
                populations.setdefault(term.slug, (entity_of(term), start, start + len("alcohol")))
                named_class = named_class[alcohol.end() :]
            if named_class.strip():
                label = "people taking " + re.sub(r"\s+and\s+", " or ", named_class).lower()
                entity = unmapped("population", label)
                populations.setdefault(entity.slug, (entity, subject.start("np"), subject.end("np")))
        for match in interactions:
            name = next(g for g in ("other", "other2", "other3", "other4", "other5", "other6") if match.group(g))
            other = match.group(name)
            if name in ("other3", "other5") and not (
                self._drug_is_subject(text[_agent_clause_start(text, match.start()) : match.start()])
                and self._is_other_medicine(other)
            ):
                continue  # "lowers the level of sugar in the blood": not another medicine
            if name == "other6" and not self._is_other_medicine(other):
                continue  # "With food it is absorbed better": "combined with" names a medicine
            if match.start() >= clause_end or (self._names_a_drug(other) and not self.lexicon.lookup("role", other)):
                continue
            examples = re.match(
                r",?\s*(?:such as|like|including)\s+(?!(?:some|other|many|certain|most|several)\b)"
                r"((?:[\w-]+(?:\s[\w-]+)?\s*,\s*){0,5}[\w-]+(?:\s[\w-]+)?\s+(?:and|or)\s+[\w-]+|[\w-]+(?=\s*[,.;]))",
                text[match.end(name) :],
            )
            if examples and re.search(r"\b(?:that|which)\b", other):
                other = examples.group(1)  # "medicines that slow its breakdown, such as erythromycin": those named
            other = _without_examples(other)  # the class, not its examples
            # "the antibiotic trimethoprim"; "azathioprine and mercaptopurine": people taking either
            label = "people taking " + re.sub(r"\s+and\s+", " or ", cue("class_apposition").sub("", other))
            term = self.lexicon.lookup("population", label)
            entity = entity_of(term) if term else unmapped("population", label)
            populations.setdefault(entity.slug, (entity, match.start(name), match.end(name)))
        # "Pregnancy and breastfeeding: ...": the groups the label names, when it names known ones
        if labelled is not None and not any(labelled[1] <= s < labelled[2] for _, s, _ in populations.values()):
            populations.setdefault(labelled[0].slug, labelled)
        # "With kidney disease the antibiotic builds up in the blood"
        with_condition = _WITH_CONDITION.match(text)
        if with_condition is not None and harmful:
            entity = self._group(f"people with {with_condition.group('x')}")
            populations.setdefault(entity.slug, (entity, with_condition.start("x"), with_condition.end("x")))
        # "Sickle cell anaemia, leukaemia or myeloma make priapism more likely": the conditions are
        # the subject, and the people who have them the group
        for condition, start, end in self._condition_subjects(sentence):
            entity = self._group(f"people with {condition}")
            populations.setdefault(entity.slug, (entity, start, end))
        if not populations and harmful and sentence.section_kind == "precautions":
            # "Can I take it while pregnant or breastfeeding?" then "some risk of birth defects
            # remains": the groups the heading names are the ones the section's risks are for
            populations = {entity.slug: (entity, 0, 0) for entity in self._heading_groups(sentence)}
        # ("Fosinopril may interfere with a blood test": the drug itself is no other medicine taken)
        populations = {
            slug: item
            for slug, item in populations.items()
            if not (slug.startswith("people-taking-") and self.drug_names.search(item[0].label))
        }
        if not populations:
            return
        risk = self._risk_of(sentence, populations)
        for entity, start, end in populations.values():
            self.emit(
                sentence,
                "risk_population",
                entity,
                "risk-population/cue",
                start,
                end,
                risk=risk,
                negated=False,
            )

    @staticmethod
    def _patients_of_use(text: str) -> list[int]:
        """Where "used to treat adults with", "in people with" end, when a statement of use leads to
        them and its clause names no risk: the groups after them are the patients of that use."""
        found = []
        for match in [*_FOR_PATIENTS.finditer(text), *cue("helps_people").finditer(text)]:
            clause_start = _use_clause_start(text, match.start())
            if cue("indication").search(text, clause_start, match.end()) and not cue("risk").search(
                cue("benefit").sub(" ", text[clause_start : match.start()])
            ):
                found.append(match.end())
        return found

    def _condition_subjects(self, sentence: _Sentence) -> list[tuple[str, int, int]]:
        """The conditions of a list that opens a sentence and makes a risk greater."""
        subject = _CONDITIONS_RAISE.match(sentence.text)
        if subject is None or self._is_other_medicine(subject.group("list")):
            return []  # "HIV medicines such as ritonavir raise its levels": medicines, not conditions
        inside = [m for m in sentence.mentions("condition") if m.end <= subject.end("list")]
        if not inside or sentence.text[: inside[0].start].strip(" -*\u2022").lower() not in ("", "a", "an"):
            return []
        return [(m.text, m.start, m.end) for m in inside]

    def _drug_is_subject(self, before: str) -> bool:
        """Whether ``before`` is just this drug as a sentence's subject ("Zorbavir can", "It also")."""
        subject = re.match(
            r"\s*(?:(?:because|since|as|if|when|although|while)\s+)?(?P<s>it|this (?:drug|medicine)|[\w-]+)\s+"
            r"(?:(?:can|may|also|will|could|might)\s+)*$",
            before,
            re.I,
        )
        if subject is None:
            return False
        return subject.group("s").lower() in {"it", "this drug", "this medicine"} or bool(
            self.drug_names.fullmatch(subject.group("s"))
        )

    def _uses(self) -> set[str]:
        """The conditions that are uses of the drug (asked once every use is found: by risk populations)."""
        if self._use_slugs is None:
            self._use_slugs = {
                c.object.slug
                for c in self.claims
                if c.kind == "indication" and not c.negated and isinstance(c.object, Entity)
            }
        return self._use_slugs

    def _interacting_subject(self, sentence: _Sentence) -> re.Match[str] | None:
        """Another medicine that is the subject of an interaction ("Antacids ... reduce the amount absorbed")."""
        match = cue("medicine_subject").match(sentence.text)
        if match is None or self.drug_names.search(match.group("np")) or not cue("interaction").search(sentence.text):
            return None
        if re.search(r"\s[-\u2013]\s", match.group("np")):
            return None  # "Ciclosporin - Each drug raises ...": a labelled line, read as such
        if _NOT_A_SUBJECT.search(match.group("np")) or _VERB_FIRST.match(match.group("np")):
            # "Take care if you are taking another medicine that ...", "- take medicines that weaken
            # the immune system": advice or a list's line, not a medicine as subject
            return None
        if cue("population_phrase").match(sentence.text.lstrip()):
            return None  # "Those on the blood thinner warfarin may ...": people, not a medicine
        span = range(match.start("np"), match.end("np"))
        if sentence.section_kind == "interactions" and names_a_medicine(_PURPOSE.sub("", match.group("np"))):
            return match  # "Other medicines: allopurinol for gout can deepen the fall in blood counts"
        named = [m for m in sentence.mentions("role") if m.start in span]
        named += [m for m in sentence.mentions("drug") if m.start in span and m.term.slug != self.drug.slug]
        names = [w for w in re.split(r"\s*,\s*|\s+(?:and|or)\s+", match.group("np")) if w]
        if named or cue("medicine_noun").search(match.group("np")) or re.match(r"alcohol\b", match.group("np"), re.I):
            return match  # (alcohol too: "Alcohol on the same evening deepens the sedation")
        if names and all(n.lower().endswith(_inn_stems()) and slugify(n) != self.drug.slug for n in names):
            return match  # "Omeprazole and esomeprazole ... block ...": names of medicines by their stems
        acting = cue("interaction").search(sentence.text, match.end("np"))
        on_this = acting and re.search(
            rf"^\W*(?:[\w-]+\W+){{0,4}}?(?:it|its|{self.drug_names.pattern})\b", sentence.text[acting.end() :], re.I
        )
        if on_this and any(names_a_medicine(n) for n in names):
            return match  # "Rifampin, carbamazepine, phenytoin and St. John's wort lower it"
        return None

    def _medicines_interacting(self, text: str) -> list[tuple[str, int, int]]:
        """Other medicines named in the middle of a sentence: those this drug weakens or raises ("It
        also weakens warfarin"), those taken with it or its class ("taking an antidepressant with an
        NSAID"), those with the same effect ("and so do steroids"), and those that weaken or raise it
        in a later clause ("..., whereas rifampicin lowers them")."""
        found = []
        for match in _ACTS_ON_ANOTHER.finditer(text):
            acting = match.group("subject")
            this_drug = (
                self.drug_names.fullmatch(acting) or acting.lower() == "it"
                if acting  # ("raising methotrexate to harmful levels": the drug is named before)
                else self._last_medicine_is_this(text, match.start()) or re.match(r"\W*it\b", text, re.I)
            )
            body_substance = _BODY_SUBSTANCE.fullmatch(match.group("other"))  # "It can raise insulin levels"
            if this_drug and self._is_other_medicine(match.group("other")) and not body_substance:
                found.append((match.group("other"), match.start("other"), match.end("other")))
        for match in _TAKEN_WITH_THIS.finditer(text):
            this = match.group("this")
            if (self.drug_names.fullmatch(this) or self._own_class(this)) and self._is_other_medicine(
                match.group("other")
            ):
                other = _without_examples(match.group("other"))
                found.append((other, match.start("other"), match.start("other") + len(other)))
        for match in _SO_DO.finditer(text):  # "..., and so do steroid medicines such as prednisone"
            if self._is_other_medicine(match.group("np")):
                found.append((match.group("np"), match.start("np"), match.end("np")))
        for match in _ACTING_IN_CLAUSE.finditer(text):
            on = match.group("on")
            on_this = on.lower() in ("it", "its", "them", "their") or self.drug_names.fullmatch(on)
            if on_this and self._is_other_medicine(match.group("np")):
                found.append((match.group("np"), match.start("np"), match.end("np")))
        return found

    def _last_medicine_is_this(self, text: str, position: int) -> bool:
        """Whether this drug is named before ``position`` and no other medicine after it ("Unlike
        zorbavir, probenecid slows its removal, raising ..." is probenecid's)."""
        named = [m.end() for m in self.drug_names.finditer(text, 0, position)]
        return bool(named) and not any(
            self._is_other_medicine(w) for w in re.findall(r"[A-Za-z][\w-]{3,}", text[named[-1] : position])
        )

    def _contraindicated(self, sentence: _Sentence) -> list[tuple[Entity, int, int]]:
        """The conditions that open the lines of a contraindications section: "- Acute porphyria,
        which it may precipitate", "• Hx angioedema"."""
        heading = self.monograph.sections[sentence.sentence.section].heading or ""
        if not _CONTRAINDICATIONS.search(heading):
            return []
        found = []
        for line in _LIST_ITEM_LINE.finditer(sentence.text):
            lead = _CONDITION_LEAD.match(sentence.text, line.start("item"))
            start = lead.end() if lead else line.start("item")
            opening = [m for m in sentence.mentions("condition") if m.start == start]
            # ("- Hypersensitivity to X or any excipient": the genre's allergy to the product, no group)
            if opening and not re.match(r"hypersensitiv|allerg", opening[0].text, re.I):
                history = lead and re.search(r"\b(?:history|hx)\b", lead.group(), re.I)
                found.append(
                    (
                        self._group(f"people with {'a history of ' if history else ''}{opening[0].text}"),
                        start,
                        opening[0].end,
                    )
                )
        return found

    def _own_class(self, words: str) -> bool:
        """Whether ``words`` name a class the text says this drug belongs to ("an NSAID")."""
        term = self.lexicon.lookup("role", words)
        if self._own_role_slugs is None:  # (asked once every role is found: by risk populations)
            self._own_role_slugs = {
                c.object.slug
                for c in self.claims
                if c.kind == "has_role" and c.subject == self.drug and isinstance(c.object, Entity)
            }
        return term is not None and term.slug in self._own_role_slugs

    def _risk_of(self, sentence: _Sentence, populations: dict[str, tuple[Entity, int, int]]) -> Entity | None:
        own = [
            m for m in sentence.mentions("condition") if not any(s <= m.start < e for _, s, e in populations.values())
        ]
        if own:
            return entity_of(own[0].term)
        index = sentence.sentence.index
        for mention in sentence.mentions("body_system"):
            if mention.term.slug in self.adverse_by_system:
                return self.adverse_by_system[mention.term.slug]
        if cue("anaphora").search(sentence.text) and index - 1 in self.adverse_by_sentence:
            return self.adverse_by_sentence[index - 1][0]
        return None
