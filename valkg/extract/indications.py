"""What the drug is and what it is for: roles (drug classes), indications, whether it cures,
and its therapeutic effects.

Roles are lexicon terms (``lexicon/terms.tsv``) after a copula whose subject is a drug;
indications are the conditions after a use cue or a verb of therapy, or any condition in a uses
section, named as specifically as the text names them (the condition helpers of
``base._ExtractorBase``). The cues (``indication``, ``therapy_verb``, ``use_noun``,
``prevention``, ``curative``, ``therapeutic_effect`` and more) come from ``cues.tsv``.
"""

from __future__ import annotations

import re

from valkg import recache
from valkg.claims import Entity, Flag, Text
from valkg.extract.base import _ExtractorBase
from valkg.extract.patterns import _FOR_PATIENTS, cue, entity_of, names_a_medicine, unmapped
from valkg.extract.sentences import _CLAUSE_STOP, _ITEM_BAD, _Sentence, slot_items
from valkg.lexicon import Mention, singular

#: a parenthesis that explains the name before it: "(long-lasting inflammation of the prostate)"
_GLOSS = recache.compile(
    r"\(\s*(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?[\w-]+\s+of\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s*\)"
)

_DURATION = recache.compile(
    r"\s+(?:many|several|a few|some|long|\d+|one|two|three|four|six|twelve)\s+(?:years?|months?|weeks?|days?|hours?)\b"
    r"|\s+(?:a long time|long periods|longer than)\b",
    re.I,
)

#: the words between a use and the symptoms that describe it ("hay fever (seasonal allergic rhinitis),
#: with sneezing, ...", "the pollen allergy behind sneezing", "allergies that cause a runny nose")
_DESCRIBES_IT = recache.compile(
    r"\s*(?:\([^()]*\))?\s*,?\s*(?:with|behind|that\s+causes?|which\s+causes?|causing)\b[^.;:\n]*", re.I
)
#: products named just before "used for", in a clause of their own ("the vitamin D ointments used for")
_PRODUCTS_BEFORE = recache.compile(
    r"\b(?:the|these|those|other|some)\s+(?:[\w-]+\s+){0,3}?(?:medicines|drugs|ointments|creams|tablets|products|"
    r"treatments|ones|preparations|inhalers|injections)\s+$",
    re.I,
)

_RAISES_RISK = recache.compile(
    r"\b(?:raises?|raising|increases?|increasing|boosts?|adds? to)\s+(?:the\s+|your\s+|their\s+)?"
    r"(?:risk|chance)s?\s+of\b",
    re.I,
)
_PROCEDURE_AFTER = recache.compile(
    r"\s+(?:surgery|operations?|removal|replacement|extraction|transplant(?:ation)?)\b", re.I
)
_CAUSED_BY_BEFORE = recache.compile(
    r"\b(?:caused by|due to|brought on by|resulting from|triggered by)\s+(?:an?\s+|the\s+)?"
    r"(?:(?:susceptible|sensitive|resistant|certain|some|strains\s+of)\s+)*$",
    re.I,
)

#: a germ's genus just before a condition's word: "Mycobacterium tuberculosis" is the germ, not the disease
_GENUS_BEFORE = recache.compile(r"\b[A-Z][a-z]+(?:bacterium|bacter|coccus|monas|bacillus)\s+$")

#: after a germ, the clause that names the disease it causes
_CAUSE_OF = recache.compile(r"\s+(?:that|which)\s+(?:can\s+|may\s+|often\s+)?caus(?:e|es)\b", re.I)


#: a condition a drug was tried in, to the end of its clause ("has been studied in migraine, but ...")
_STUDIED_IN = recache.compile(
    r"\b(?:has|have|had)\s+(?:also\s+)?been\s+(?:studied|tested|tried|trialled|trialed|investigated)\b"
    r".*?(?=,\s*(?:but|and)\b|[.;]|$)",
    re.I,
)


#: a bulleted line of a uses section
_USES_LINE = recache.compile(r"[ \t]*(?:[-*\u2022]|\d+[.)])[ \t]+")
#: an item of such a line that can be a condition's name: a few words, no verb, no clause
_NAMES_A_CONDITION = recache.compile(
    r"(?!(?:given|usually|often|including|not|only|also|with|for|in|a|an|the|some|other|alone|together|both|either|etc)\b)"
    r"[A-Za-z][\w'-]*(?:\s+[A-Za-z][\w'-]*){0,3}(?<!ing)",
    re.I,
)
#: the ending of an illness's name ("-itis", "-osis", "gangrene"), not of "liquid" or "kidney protection"
_ILLNESS_ENDING = recache.compile(
    r"(?:itis|osis|iasis|ia|aemia|emia|oma|pathy|philis|rrho?ea|gangrene|infections?|disease|syndrome|disorder|"
    r"fever|pox|cancer|ulcers?|pneumonia)$",
    re.I,
)
#: a condition said to need another treatment than this one
_NEEDS_ANOTHER = recache.compile(
    r"\bneeds?\s+(?:a\s+)?(?:different|another)\s+(?:antibiotic|medicine|treatment|drug)\b", re.I
)


#: where an apposition ends: at the next punctuation or line
_APPOSITION_END = recache.compile(r"[,;:.\n]")
#: where the illness of a prevention's patients ends: at the next item or use ("... and to treat")
_PATIENTS_END = recache.compile(r"[,;.\n]|\s+and\s+(?:to|for|also|in)\b")


def _end_of(stop: re.Pattern[str], text: str, position: int) -> int:
    """Where ``stop`` first matches from ``position``, or the end of ``text``."""
    found = stop.search(text, position)
    return found.start() if found else len(text)


class _Indications(_ExtractorBase):
    """``has_role``, ``indication``, ``curative`` and ``therapeutic_effect`` claims."""

    def _subject_before(self, sentence: _Sentence, position: int) -> Entity | None:
        """The drug a copula before ``position`` is about: the nearest drug named before it."""
        before = sentence.text[:position]
        copulas = list(cue("copula").finditer(before))
        if not copulas:
            return None
        copula = copulas[-1]
        if copula.end() < position - 2 and not re.fullmatch(r"[\s\w-]*", before[copula.end() : position]):
            return None
        candidates: list[tuple[int, Entity]] = [
            (s, self.drug) for s, e in sentence.drug_mentions if e <= copula.start()
        ]
        for mention in sentence.mentions("drug"):
            if mention.end <= copula.start():
                candidates.append((mention.start, self._drug_entity(mention.term)))
        if re.match(r"^\s*(?:it|this (?:drug|medicine|medication))\b", before, re.I):
            candidates.append((0, self.drug))
        if not candidates:
            return None
        return max(candidates, key=lambda c: c[0])[1]

    def roles(self, sentence: _Sentence) -> None:
        for mention in sentence.mentions("role"):
            subject = self._subject_before(sentence, mention.start)
            if subject is None:
                continue
            self.emit(
                sentence,
                "has_role",
                entity_of(mention.term),
                "role/copula",
                mention.start,
                mention.end,
                subject=subject,
            )

    def indications(self, sentence: _Sentence) -> None:
        text = sentence.text
        cues = list(cue("indication").finditer(text))
        # "Zorbavir relieves the pain of osteoarthritis": a verb of therapy with the drug as its agent
        cues += [m for m in cue("therapy_verb").finditer(text) if self._drug_is_agent(sentence, m.start())]
        cues.sort(key=lambda m: m.start())
        # "the vitamin D ointments used for psoriasis contain ...": other products' use
        cues = [
            m for m in cues if not (m.group().lower().startswith("used") and _PRODUCTS_BEFORE.search(text[: m.start()]))
        ]
        cues = [m for m in cues if not self._another_use(text, m)]
        # "Rifampin, an antibiotic for tuberculosis, ...": another medicine's use, to the end of its apposition
        apposed = [m for m in cues if self._apposed_to_another(text, m)]
        apposed_spans = [(m.start(), _end_of(_APPOSITION_END, text, m.end())) for m in apposed]
        cues = [m for m in cues if m not in apposed]
        # "Its chief use is in status epilepticus", "... are the commonest reason it is prescribed":
        # the conditions may stand before the cue, as in a uses section.
        use_noun = cue("use_noun").search(text)
        in_section = sentence.section_kind == "uses" or use_noun is not None
        treated = {m.start() for m in cue("treatment_of").finditer(text)} if self._about_this_drug(sentence) else set()
        if not cues and not in_section and not treated:
            return
        if sentence.section_kind == "side_effects" and not use_noun:
            return  # "mainly with high doses taken for a long time: cataract, glaucoma": harms, not uses
        lead = cue("if_you_list").search(text) if sentence.section_kind != "uses" else None
        if lead is not None and (not cues or cues[0].start() > lead.start()):
            return  # "Tell your doctor if you have:\n- diabetes; it can make sugar harder to control": groups
        harms = [m.start() for m in cue("causal").finditer(text) if self._causes_harm(sentence, m)]
        side_effect = cue("side_effect").search(text)
        if side_effect:
            harms.append(side_effect.start())
        if harms and (not cues or min(harms) < cues[0].start()):
            return  # a sentence about harms that happens to name a use
        if cues and self._another_subject(sentence, cues[0].start()):
            return  # "Beta-blockers, which are used for blood pressure": another drug's use
        if use_noun and self._another_subject(sentence, use_noun.start()):
            return  # "Painkillers such as ibuprofen are a mainstay of arthritis treatment"
        # Outside a uses sentence, conditions after the first cue count; with no cue only
        # "gout treatment" compounds do.
        first_cue = 0 if in_section else (cues[0].end() if cues else len(text))
        excluded = self._descriptions(sentence, examples=False) + apposed_spans
        # "high blood pressure, which can lead to heart attack": the disease's complications, not uses
        excluded += [(m.start(), m.end()) for m in cue("complication_clause").finditer(text)]
        # "It has been studied in migraine, but it is not approved for it": a trial, not a use
        excluded += [(m.start(), m.end()) for m in _STUDIED_IN.finditer(text)]
        # "chronic prostatitis (long-lasting inflammation of the prostate)": a gloss names the same use
        excluded += [
            gloss.span()
            for gloss in _GLOSS.finditer(text)
            if any(
                m.end <= gloss.start() and not text[m.end : gloss.start()].strip()
                for m in sentence.mentions("condition")
            )
        ]
        # "It is used for gout, but it can cause kidney stones", "... because it raises the risk of
        # heart attack": the harms named after a use
        harms += [m.start() for m in _RAISES_RISK.finditer(text)]
        excluded += [(h, len(text)) for h in harms if cues and h > cues[0].start()]
        # "to prevent bleeding from varices in people with cirrhosis, ...": a use already named, then the
        # illness of the patients it is for, up to the next item
        preventions = [c for c in cues if re.search(r"\bprevent", c.group(), re.I)]
        for patients in _FOR_PATIENTS.finditer(text):
            named_before = any(
                c.end() <= m.start < patients.start() and not _CLAUSE_STOP.search(text, c.end(), patients.start())
                for c in preventions
                for m in sentence.mentions("condition")
            )
            if named_before:
                excluded.append((patients.end(), _end_of(_PATIENTS_END, text, patients.end())))
        found: dict[str, tuple[Entity, int, int]] = {}
        for mention in sentence.mentions("condition"):
            # "the mainstay of long-term gout treatment": the condition names the treatment's use
            compound = mention.end in treated
            if mention.start < first_cue and not compound:
                continue
            if _GENUS_BEFORE.search(text, 0, mention.start) and any(
                m.term.slug == mention.term.slug and m.end <= mention.start for m in sentence.mentions("condition")
            ):
                continue  # "tuberculosis caused by Mycobacterium tuberculosis": the germ's name, not a second use
            if _CAUSE_OF.match(text, mention.end):
                continue  # "the mycobacteria that cause TB": the germ is not the use, what it causes is
            caused = self._with_cause(sentence, mention)  # "pain caused by cancer" is not cancer's symptom
            if not caused and self._qualifies_another(sentence, mention):
                if self._symptom_of_another(sentence, mention, link="of"):
                    excluded.append((mention.start, mention.end))  # nor is it a use as a list item
                continue
            if any(a <= mention.start < b for a, b in excluded):
                continue
            if _PROCEDURE_AFTER.match(text, mention.end):
                continue  # "the inflammation that follows cataract surgery": an operation, not its condition
            if any(
                m.end <= mention.start and m.start >= first_cue and _DESCRIBES_IT.fullmatch(text[m.end : mention.start])
                for m in sentence.mentions("condition")
            ):
                continue  # "hay fever, with sneezing and itchy eyes": the symptoms of the use before it
            if _CAUSED_BY_BEFORE.search(text, 0, mention.start) and any(
                m.end <= mention.start for m in sentence.mentions("condition")
            ):
                continue  # "swelling of the brain caused by brain tumours": the cause of the use
            for entity, start, end in caused or self._named(sentence, mention):
                found.setdefault(entity.slug, (entity, start, end))
        # a condition named inside a longer name ("cancer" in "pain caused by cancer") is not a use of its own
        spans = [(start, end) for _, start, end in found.values()]
        found = {
            slug: item
            for slug, item in found.items()
            if not any(s <= item[1] and item[2] <= e and (s, e) != item[1:] for s, e in spans)
        }
        for head in cue("organ_condition").finditer(text):
            # "ringworm (tinea) infections of the skin, hair and nails": where a named condition occurs
            named_before = any(
                m.end <= head.start() and re.fullmatch(r"\s*(?:\([^()]*\)\s*)?", text[m.end : head.start()])
                for m in sentence.mentions("condition")
            )
            if named_before:
                continue
            if head.start() >= first_cue and not any(a <= head.start() < b for a, b in excluded):
                for entity, start, end in self._of_organs(sentence, head.group(), head.end()):
                    found.setdefault(entity.slug, (entity, start, end))
        for match in cues:
            for item, start, end in slot_items(text, match.end()):
                if any(s < end and start < e for _, s, e in found.values()) or self._names_a_drug(item):
                    continue
                if any(a < end and start < b for a, b in excluded) or any(start <= m.start() < end for m in cues):
                    continue  # an excluded span, or the verb of the next cue ("treats and prevents X")
                if _CAUSE_OF.match(text, end):
                    continue
                named = self._slot_entity("condition", item)
                if named is not None and (named.in_lexicon or not item.lower().endswith("ing")):
                    found.setdefault(named.slug, (named, start, end))
        # "- Diphtheria, tetanus, gas gangrene and neurosyphilis.": a uses section's line that lists
        # known conditions lists its other items as conditions too
        # (a list of names only, most of them known: "- Given to the mother in labour, alongside support" is none)
        line = _USES_LINE.match(text) if sentence.section_kind == "uses" and found else None
        items = list(slot_items(text, line.end())) if line is not None else []
        known = [i for i in items if any(s < i[2] and i[1] < e for _, s, e in found.values())]
        if len(items) >= 3 and 2 * len(known) >= len(items) and all(_NAMES_A_CONDITION.fullmatch(i[0]) for i in items):
            for item, start, end in items:
                if (item, start, end) in known or any(a <= start < b for a, b in excluded) or self._names_a_drug(item):
                    continue
                named = self._slot_entity("condition", item, loose=False)
                if named is None and _ILLNESS_ENDING.search(item):  # "gas gangrene", "neurosyphilis"
                    named = unmapped("condition", item)
                if named is not None:
                    found.setdefault(named.slug, (named, start, end))
        helped = [m.end() for m in cue("helps_people").finditer(text)]
        # "Main use: long-term lowering of uric acid in adults with gout": the patients it is used in
        helped += [
            m.end()
            for m in _FOR_PATIENTS.finditer(text)
            if sentence.section_kind == "uses"
            or any(c.end() <= m.start() and not _CLAUSE_STOP.search(text, c.end(), m.start()) for c in cues)
        ]
        for entity, start, end in found.values():
            # "It helps people with hay fever": the people are the patients, not a risk group.
            if self._inside_population(sentence, start) and not any(h <= start for h in helped):
                continue
            # "- Altitude sickness: it treats and prevents acute mountain sickness": every mention counts
            mentioned = {(start, end)} | {
                (m.start, m.end) for m in sentence.mentions("condition") if m.term.slug == entity.slug
            }
            said = {purpose for s, e in mentioned for purpose in self._purposes(text, cues, s, e)}
            # "Once the colitis is quiet ...": "the" plus the last word of a use named before is that use
            earlier = self.indication_heads.get(singular(entity.label.lower()))
            if (
                earlier is not None
                and " " not in entity.label
                and re.search(r"\bthe\s+(?:next\s+|same\s+)?$", text[:start], re.I)
            ):
                entity = earlier
            elif " " in entity.label:
                self.indication_heads.setdefault(singular(entity.label.split()[-1].lower()), entity)
            # "A kidney infection, with fever ..., needs a different antibiotic": no use of this one
            another = _NEEDS_ANOTHER.search(text, end)
            refused = another is not None and not _CLAUSE_STOP.search(text, end, another.start())
            for purpose in sorted(said - {None} or {None}, key=str):
                self.emit(
                    sentence,
                    "indication",
                    entity,
                    "indication/cue",
                    start,
                    end,
                    purpose=purpose,
                    negated=True if refused else None,
                )

    @staticmethod
    def _purposes(text: str, cues: list[re.Match[str]], start: int, end: int) -> tuple[str | None, ...]:
        """Whether the sentence says the drug treats the condition at ``start:end``, prevents it,
        both, or only that it is used for it (``None``).

        The cue last before the condition decides ("to lower the chance of fractures", "heals
        ulcers"), with the verbs coordinated just before it ("treats and prevents osteoporosis");
        "to stop attacks coming back" and "gout prevention" say it after the condition.
        """
        if cue("prevention_after").match(text[end:]):
            return ("prevention",)
        governing = [m for m in cues if m.start() < start]
        lead = text[governing[-1].start() : start] if governing else ""
        if cue("prevention").search(lead) is None:
            return ("treatment",) if cue("treatment").search(lead) else (None,)
        if cue("treat_and_prevent").search(text[max(0, governing[-1].start() - 30) : start]):
            return ("treatment", "prevention")
        return ("prevention",)

    def _apposed_to_another(self, text: str, match: re.Match[str]) -> bool:
        """Whether a use cue is in an apposition to another medicine's name: "Rifampin, an antibiotic
        for tuberculosis", "Crizanlizumab (Adakveo), a drip given in hospital for" (not "Zorbavir is an
        anticonvulsant, a medicine for epilepsy": a class the drug is)."""
        apposed = re.search(
            r"\b(?P<name>[A-Za-z][\w-]+)(?:\s*\([^()]*\))?\s*,\s*(?:an?|the|another)\s+(?:[\w-]+\s+){0,4}$",
            text[: match.start()],
        )
        if apposed is None:
            return False
        name = apposed.group("name")
        # ("Doctors add zorbavir to methotrexate, the main medicine for rheumatoid arthritis": the use
        # the drug is added for)
        added_to = any(m.start() < apposed.start() for m in self.drug_names.finditer(text))
        return self._is_other_medicine(name) and not self.lexicon.lookup("role", name) and not added_to

    def _another_use(self, text: str, match: re.Match[str]) -> bool:
        """A use cue about something else: other medicines ("if you take medicines for an irregular
        heartbeat"), a medicine a relative clause is about ("warfarin, which may then fail to prevent
        clots"), or a length of time ("taken for many years, it can soften the bones")."""
        before = text[: match.start()]
        if re.match(
            r"(?:medicines?|drugs?|medications?|tablets?|injections?)\s+for\b", match.group(), re.I
        ) and re.search(
            r"\b(?:take|takes|taking|use|uses|using|on|other|any|some|with|receive|receives|receiving|get|gets|"
            r"getting|have|having)\s+(?:[\w-]+\s+)?$",  # ("who receive gold injections for arthritis")
            before,
            re.I,
        ):
            return True
        # "Medicines for high blood pressure can ...", "probenecid and allopurinol, medicines for gout":
        # a class of other medicines, at the start of the sentence or beside their names
        if re.match(r"(?:medicines|drugs|medications)\s+for\b", match.group(), re.I):
            named = re.search(r"\b(?P<name>[A-Za-z][\w-]+)\s*,\s*$", before)
            if re.fullmatch(r"\s*(?:[-*\u2022]\s*)?", before) or (
                named and self._is_other_medicine(named.group("name"))
            ):
                return True
        relative = re.search(r"\b([A-Za-z][\w-]+),?\s+(?:which|who)\s+(?:[\w-]+\s+){0,4}$", before)
        if (
            relative
            and self._is_other_medicine(relative.group(1))
            and not cue("medicine_noun").fullmatch(relative.group(1))
        ):
            return True
        return bool(match.group().lower().endswith("for") and _DURATION.match(text, match.end()))

    def _another_subject(self, sentence: _Sentence, position: int) -> bool:
        """Whether the first thing named before ``position`` is another drug or drug class."""
        if re.match(r"^\s*(?:it|this|the (?:drug|medicine|tablets?))\b", sentence.text, re.I):
            return False
        named = [(s, True) for s, _ in sentence.drug_mentions if s < position]
        # "At higher doses it is a chemotherapy drug for ...": "it" is this drug, after an opening phrase
        named += [
            (m.start(), True) for m in re.finditer(r"\b(?:it|this (?:drug|medicine))\b", sentence.text[:position], re.I)
        ]
        named += [
            (m.start, False) for m in sentence.mentions("drug") if m.start < position and m.term.slug != self.drug.slug
        ]
        named += [(m.start, False) for m in sentence.mentions("role") if m.start < position]
        # "Tretinoin, a tablet used for one kind of leukaemia, ...": a medicine the lexicon does not know
        opening = re.match(r"\s*([A-Z][\w-]+)\b", sentence.text)
        if opening and opening.end() <= position and names_a_medicine(opening.group(1)):
            own = any(s <= opening.start(1) < e for s, e in sentence.drug_mentions)
            if not own and not self.drug.label.lower().startswith(opening.group(1).lower()):
                named.append((opening.start(1), False))
        # (a list's lines are clauses of their own: "- HTN, alone or with a thiazide diuretic" names no
        # subject of a cue on a later line)
        line_start = sentence.text.rfind("\n", 0, position) + 1
        named = [(s, own) for s, own in named if s >= line_start]
        return bool(named) and not min(named)[1]

    def _named(self, sentence: _Sentence, mention: Mention) -> list[tuple[Entity, int, int]]:
        """The conditions a mention names: one per organ (``_of_organs``), or itself extended."""
        if len(mention.text.split()) == 1:
            per_organ = self._of_organs(sentence, mention.text, mention.end)
            if per_organ:
                return per_organ
        return [(self._extended(sentence, mention), mention.start, mention.end)]

    def _with_cause(self, sentence: _Sentence, mention: Mention) -> list[tuple[Entity, int, int]]:
        """ "pain caused by cancer", "the pain of a heart attack", "pain after an operation or a
        serious injury": a symptom the text ties to its cause is a use of its own (one per cause)."""
        text = sentence.text
        link = cue("cause_link").match(text[mention.end :])
        if link is None or not cue("caused_symptom").fullmatch(mention.text):
            return []
        named = []
        cursor = mention.end + link.end()
        while item := re.match(
            r"((?:[A-Za-z][\w'-]*\s+){0,3}?[A-Za-z][\w'-]*)(?=\s*(?:[,;:.()]|\bor\b|\band\b|$))", text[cursor:]
        ):
            words = item.group(1)
            if _ITEM_BAD.search(words) or mention.text.lower() in words.lower():
                break
            end = cursor + item.end(1)
            name = f"{mention.text} {link.group().strip()} {words}"
            # ("the nausea and vomiting that follow cancer chemotherapy": the lexicon's nausea and vomiting
            # caused by chemotherapy)
            term = self.lexicon.lookup("condition", name) or self.lexicon.lookup(
                "condition", f"{mention.text} caused by {words.split()[-1]}"
            )
            # ("pain that comes with period cramps": no use of its own the lexicon knows, the pain's)
            if term is not None or not re.match(r"\s*(?:that|which)\b", link.group()):
                named.append((entity_of(term) if term else unmapped("condition", name), mention.start, end))
            joined = re.match(r"\s+(?:or|and)\s+", text[end:])
            if joined is None:
                break
            cursor = end + joined.end()
        return named

    def _of_organs(self, sentence: _Sentence, head: str, end: int) -> list[tuple[Entity, int, int]]:
        """ "infections of the blood, the bones and the heart valves": one condition per organ."""
        text = sentence.text
        lead = re.match(r"\s+(?:of|in|affecting)\s+", text[end:])
        if lead is None:
            return []
        organs: list[tuple[str, int, int]] = []
        cursor = end + lead.end()
        while item := re.match(r"(?:the\s+)?([A-Za-z]+)(?:\s([A-Za-z]+))?", text[cursor:]):
            words = item.group(1) if item.group(2) is None else f"{item.group(1)} {item.group(2)}"
            if not cue("organ").match(words.lower()):
                words = item.group(1)  # "the bones and ...": the organ is one word
                if not cue("organ").match(words.lower()):
                    break
            start = cursor + item.start(1)
            if re.match(r"\s+of\b", text[start + len(words) :]):
                break  # "the back of the eye": a part of an organ, not a list of organs
            organs.append((words, start, start + len(words)))
            separator = re.match(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", text[start + len(words) :])
            if separator is None:
                break
            cursor = start + len(words) + separator.end()
        condition = singular(head.lower())
        named = []
        for words, start, stop in organs:
            name = " ".join(singular(w) for w in words.lower().split()) + " " + condition
            term = self.lexicon.lookup("condition", name)
            named.append((entity_of(term) if term else unmapped("condition", name), start, stop))
        return named

    def _qualifies_another(self, sentence: _Sentence, mention: Mention) -> bool:
        """Whether a condition named here only describes another one.

        "the pain and swelling of rheumatoid arthritis" (a symptom of the next
        condition), "several anxiety conditions" (a category), "radiotherapy
        for cancer" (another treatment's use).
        """
        after = sentence.text[mention.end :]
        before = sentence.text[: mention.start]
        if cue("category_noun").match(after) or cue("other_treatment").search(before):
            return True
        if re.match(r"\s+cells?\b", after, re.I):
            return True  # "cancer cells" are cells
        renamed = re.match(r"\s*\(([^()]+)\)", after)
        if renamed:
            other = self.lexicon.lookup("condition", renamed.group(1))
            if other is not None and other.slug != mention.term.slug:
                return True  # "shingles (postherpetic neuralgia)": the parenthesis names what is meant
        return self._symptom_of_another(sentence, mention)

    def therapeutic(self, sentence: _Sentence) -> None:
        text = sentence.text
        not_curative = cue("not_curative").search(text)
        if not_curative:
            self.emit(sentence, "curative", Flag(False), "curative/negated-cue", negated=False)
        elif cue("curative").search(text) and sentence.section_kind in ("uses", "overview"):
            match = cue("curative").search(text)
            assert match is not None
            self.emit(sentence, "curative", Flag(True), "curative/cue", match.start(), match.end())
        for match in cue("therapeutic_effect").finditer(text):
            self.emit(
                sentence,
                "therapeutic_effect",
                Text(match.group()),
                "therapeutic-effect/cue",
                match.start(),
                match.end(),
            )
