"""Adverse effects: what the drug causes, how serious and how often, and in which body system.

Reads side-effect sections and lists, and sentences with a side-effect, causal, experience or
occurrence cue (``cues.tsv``); effects are lexicon conditions (``lexicon/terms.tsv``), named as
specifically as the text names them, or the items of an explicit list. The indexes kept here
(effects by sentence and body system, their head words) serve later sentences and the risk
populations.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from valkg import recache
from valkg.claims import Entity
from valkg.extract.base import _ExtractorBase
from valkg.extract.groups import _BULLET_START, _FIELD_OF_GROUPS, _list_leads
from valkg.extract.patterns import (
    _LINE_VERB,
    _MEDICINE_FOR,
    _SEEK_HELP,
    cue,
    entity_of,
    names_a_medicine,
    second_person,
    unmapped,
)
from valkg.extract.sentences import _BULLETED, _CLAUSE_STOP, _agent_clause_start, _Sentence, slot_items
from valkg.lexicon import Mention, Term
from valkg.reader import RISK_OF

#: the first items of a list, each a few words followed by a comma, from the start of a clause

#: a lead over the medicines to check before taking together: "Check with a pharmacist before combining it with:"
_COMBINATION_LEAD = recache.compile(
    r"\W*(?:check|talk|ask|speak)\b[^:\n]{0,60}?\b(?:combining|taking|using|mixing)\s+(?:it|this\s+medicine)\s+with\s*:",
    re.I,
)
#: an illness said to bring a harm of its own: "more frequent in Parkinson's disease itself"
_ILLNESS_ITSELF = recache.compile(
    r"\bin\s+(?:[\w'-]+\s+){1,4}itself\b|\bthe\s+(?:illness|disease|condition)\s+itself\b", re.I
)
#: a condition someone had before the drug: "who have had an allergic reaction to", "a past reaction",
#: "known hypersensitivity", "a history of seizures"
_BEFORE_NOW = recache.compile(
    r"(?:\bwho\s+(?:have|has)\s+(?:ever\s+)?had|\b(?:past|previous|prior|known|earlier)|\bhistory\s+of)\s+"
    r"(?:an?\s+|any\s+)?(?:(?:severe|serious|bad)\s+)?$",
    re.I,
)

_LIST_HEAD = recache.compile(
    r"(?:^|[.;:]\s+|\n[ \t]*)(?P<items>(?:(?!(?i:on|in|at|for|with|after|before|during|when|if|as|by|from|to|of|over|"
    r"under|since|because|although|while|once|then|also|however)\b)[A-Za-z][\w'-]*(?: [\w'-]+){0,3},\s*)+)$"
)

#: a frequency band that opens a line of effects, after a system organ class or not: "Rare:",
#: "Respiratory disorders - Uncommon:"
_FREQUENCY_BAND = recache.compile(
    r"\s*(?:[-*\u2022]\s*)?(?:[A-Z][\w ,]{2,80}\s[-\u2013]\s+)?(?:very\s+|less\s+)?"
    r"(?:common|uncommon|rare|frequent|infrequent|not\s+known|frequency\s+not\s+known)"
    r"(?:\s*\((?:may|can|could|might|affects?|frequency|seen|in|up|more|less|fewer)\b[^()]*\))?\s*:\s*",
    re.I,
)
#: an illness after a verb of occurrence: "can happen in bipolar disorder", "is common in people with gout"
_IN_AN_ILLNESS = recache.compile(r"\s+(?:in|with|during)\s+(?!(?:clinical\s+)?(?:trials?|studies)\b)", re.I)
#: a bulleted line of symptoms, then what they are signs of
_SIGNS_OF_LINE = recache.compile(
    r"(?m)^[ \t]*[-*\u2022][ \t]+(?P<signs>[^\n]*?)\s+[-\u2013\u2014]\s+(?:these|this|which|they|it)\s+"
    r"(?:can|may|could|might)?\s*(?:be\s+)?(?:an?\s+)?(?:early\s+|warning\s+)?signs?\s+of\b"
)

_RESEMBLING = recache.compile(r"-like\s+[A-Za-z][\w-]*")
_LABELLED_EFFECT_LINE = recache.compile(
    r"(?m)^[ \t]*[-*\u2022][ \t]+(?:an?\s+)?(?P<label>[^:\n]{3,40}?)[ \t]*:[ \t]*\S[^\n]*$"
)
_LABELLED_EFFECT_START = recache.compile(
    r"[ \t]*(?P<label>[A-Z][^:\n]{2,40}?)(?:[ \t]*:|[ \t]+[-\u2013])[ \t]+\S[^\n]*$"
)
#: what a label may say around the effects it names ("Risk of infection", "Bruising and bleeding")
_LABEL_WORDS = recache.compile(r"\s*(?:(?:the\s+)?risk\s+of|signs\s+of|and|or|,)?\s*", re.I)
_ALLERGIC = recache.compile(r"\ballerg|\banaphyla|\bhypersensitiv", re.I)
_NAMED_LINE = recache.compile(
    r"(?m)^[ \t]*[-*\u2022][ \t]+(?P<signs>[^\n(]*?[^\s(])\s*"
    r"\((?P<hedge>possible|probable|likely|signs? of|a sign of)?\s*(?P<name>[^()\n]{3,60})\)[ \t.;,]*$"
)

#: a verb that makes a parenthesis a remark of its own rather than a name
#: (not one that says what the signs are: "(these can mean bleeding in the brain)", "(these are signs
#: of liver problems)", "(this is a serious allergic reaction)"; an instruction is a remark too)
_CLAUSE_IN_PARENTHESES = recache.compile(
    r"^\s*(?:go|call|see|seek|contact|stop|tell|ring|get)\b"
    r"|^(?!\s*(?:these|this|they|which|it)\s+(?:(?:can|may|could|might)\s+(?:mean|signal|indicate|suggest|be\s+signs?)"
    r"|(?:are|is)\s+(?:(?:the\s+|early\s+|warning\s+)?signs?|symptoms?|an?\s+)))"
    r".*\b(?:may|can|could|will|should|must|is|are|was|were)\b",
    re.I,
)

#: a bulleted line that starts with a label and a colon ("- Stomach and gut: ...")
_LABELLED_LINE = recache.compile(r"\n[ \t]*(?:[-*\u2022]|\d+[.)])[ \t]*[A-Za-z][^:\n.]{0,40}:", re.I)
#: "side effects need urgent help:" over a bulleted list (not over lines with labels of their own:
#: "depend on the product:\n- gum: a sore mouth")
_PREDICATE_OVER_LIST = recache.compile(
    r"[^:\n.;]{1,40}:(?:[ \t]*\n(?![ \t]*[-*\u2022]?[ \t]*[^:\n]{1,40}:)\s*|[ \t]+(?=\S))"
)

#: a list at the start of a clause, then the name of what it describes in parentheses
_LIST_NAMED_AFTER = recache.compile(r"(?:^|[:;]\s*)(?P<list>[A-Za-z][^():;.]{2,120}?)\s*\((?P<alt>[^()]{2,60})\)")


class _Effects(_ExtractorBase):
    """``adverse_effect`` claims."""

    def _mentioned_before(self, entity: Entity) -> bool:
        """ "the cough" after "a dry cough": the effect named again by its head word.

        A more specific effect after a general one ("bleeding gums" after "bleeding") is a new one.
        """
        words = entity.label.lower().split()
        return words[-1] in self.adverse_heads and (len(words) == 1 or entity.slug in self.adverse_slugs)

    def _named_in_parentheses(self, sentence: _Sentence, mention: Mention) -> Entity | None:
        """The condition named in parentheses right after a description of it: "inflammation of the bowel (colitis)"."""
        match = cue("parenthetical").search(sentence.text[mention.end :])
        if not match:
            return None
        alternative = match.group("alt").strip()
        term = self.lexicon.lookup("condition", alternative)
        if term is not None:
            return entity_of(term)
        if re.fullmatch(r"[A-Za-z][a-z-]{4,}(?: [a-z-]+){0,2}", alternative) and not self._names_a_drug(alternative):
            return unmapped("condition", alternative)  # "involuntary movements (dyskinesia)": the medical name
        return None

    def _other_medicines_effects(self, sentence: _Sentence) -> list[tuple[int, int]]:
        """Spans naming what another medicine causes ("Zoledronic acid drips often cause a fever; this
        does not happen with alendronic acid"): from its verb to the end of the clause."""
        text, spans = sentence.text, []
        for match in cue("causal").finditer(text):
            agent = text[_agent_clause_start(text, match.start()) : match.start()]
            if names_a_medicine(agent) and not self.drug_names.search(agent) and not cue("drug_anaphor").search(agent):
                stop = _CLAUSE_STOP.search(text, match.end())
                spans.append((match.start(), stop.start() if stop else len(text)))
        return spans

    def _is_opening(self, sentence: _Sentence) -> bool:
        """Whether ``sentence`` is in the text's opening, before its first heading (a text without
        headings, a transcript or a letter, is all one section: only its first paragraph opens it)."""
        if sentence.sentence.section != 0:
            return False
        if len(self.monograph.sections) > 1:
            return True
        return sentence.sentence.paragraph == self.sentences[0].sentence.paragraph

    def _paragraphs_on_its_harms(self) -> set[int]:
        """The paragraphs that name the drug and no use of it, or name its side effects too."""
        if self._harm_paragraphs is None:
            named = {s.sentence.paragraph for s in self.sentences if s.drug_mentions}
            harms = {s.sentence.paragraph for s in self.sentences if cue("side_effect").search(s.text)}
            uses = {s.sentence.paragraph for s in self.sentences if cue("indication").search(s.text)}
            self._harm_paragraphs = (named - uses) | (named & harms)
        return self._harm_paragraphs

    def adverse_effects(self, sentence: _Sentence) -> None:
        text = sentence.text
        side_effect = cue("side_effect").search(text)
        causal = [m for m in cue("causal").finditer(text) if self._causes_harm(sentence, m)]
        about_drug = (
            bool(sentence.drug_mentions)
            or sentence.section_kind in ("side_effects", "precautions")
            or sentence.sentence.paragraph in self.adverse_paragraphs
            # "Side effects include: … ." then "Less often, X and Y are noticed.": the topic goes on
            or sentence.sentence.paragraph - 1 in self.adverse_paragraphs
            or cue("experiencer").search(text) is not None
        )
        experienced = [m for m in cue("experience").finditer(text) if about_drug]
        # "Dizziness and somnolence are very common, ..." in a paragraph that names the drug: its effects
        # (not in one that names its uses: "Migraine is very common. Zorbavir is used to prevent it.")
        in_its_paragraph = sentence.sentence.paragraph in self._paragraphs_on_its_harms()
        occurring = [
            m
            for m in cue("occurrence").finditer(text)
            # ("Mania can happen in bipolar disorder": what an illness brings)
            if about_drug or (in_its_paragraph and not _IN_AN_ILLNESS.match(text, m.end()))
        ]
        in_section = sentence.section_kind == "side_effects"
        if side_effect is None and sentence.sentence.paragraph in self.adverse_paragraphs:
            side_effect = cue("list_lead").match(text)  # "Less often, gout and raised blood sugar."
        if not (side_effect or causal or experienced or occurring or in_section):
            return
        if _FIELD_OF_GROUPS.match(text):
            return  # "Cautions. Renovascular disease (may cause renal failure); ...": groups and their risks
        if (
            sentence.section_kind == "introduction"
            and not (side_effect or sentence.drug_mentions)
            and self._is_opening(sentence)
        ):
            return  # the opening paragraph of the genre talks about the disease, not the drug's harms
        listed = in_section and _BULLETED.search(text) is not None  # a side-effect list in its section
        if not (side_effect or causal or listed) and cue("indication").search(text):
            return  # a statement of use, not of harm
        use = cue("indication").search(text) if sentence.section_kind == "uses" and not causal else None
        if use and side_effect and use.start() < side_effect.start():
            return  # "It may be prescribed for:\n- mild allergic reactions to a food": a use, not a harm
        conditions = sentence.mentions("condition")
        first_condition = conditions[0].start if conditions else len(text)
        subject_population = [m.start for m in sentence.mentions("population") if m.start < first_condition]
        subject_population += [
            m.start() for m in cue("population_phrase").finditer(text) if m.start() < first_condition
        ]
        if subject_population and not side_effect and not causal and not in_section:
            return  # "people with asthma may find ...": the group's risks, not the drug's effects
        if _COMBINATION_LEAD.match(text) or _ILLNESS_ITSELF.search(text):
            # "Check with a pharmacist before combining it with:\n- warfarin - bleeding becomes more likely":
            # what a combination does; "Melanoma is more frequent in Parkinson's disease itself": the illness's
            return
        lead = cue("if_you_list").search(text)
        # ("Check with your doctor first if you:\n- have ever had swelling of the face": lines that say
        # what people have or take are groups too)
        grouped = lead is not None and (
            lead.group("verb")
            or _LINE_VERB.match(second_person(re.sub(r"^\s*[-*\u2022]?\s*(?:you\s+)?", "", text[lead.end() :])))
        )
        if grouped and lead is not None and not (in_section and _SEEK_HELP.search(text, 0, lead.start())):
            # "Tell your doctor first if you have:\n- asthma - it can bring on an attack": groups at risk
            # (in a side-effects section "Call 911 if you have:" lists the effects to act on)
            return
        if _BULLET_START.match(text):
            heading = self.monograph.section_of(sentence.sentence).heading or ""
            # ("Serious side effects - talk to your doctor if you have:": the effects to act on)
            names_effects = cue("side_effect").search(heading) or _SEEK_HELP.search(heading)
            if not names_effects and _list_leads(heading):
                return  # "Let your doctor know about any history of:" over "- bipolar disorder - ...": groups
        if causal and not side_effect and cue("combination_agent").search(text[: causal[0].start()]):
            return  # "Drinking alcohol while taking it can cause flushing": the combination's effect
        cues = [m for m in (side_effect, *causal, *experienced) if m is not None]
        # "Dizziness and rash can occur": with these cues the effects may come before the verb.
        first_cue = 0 if side_effect or in_section or occurring else min(m.start() for m in cues)
        excluded = self._descriptions(sentence) + self._other_medicines_effects(sentence)
        # "its warning signs are unexplained bruising, a sore throat and a fever": signs of an effect
        excluded += [(m.start(), m.end()) for m in cue("warning_signs").finditer(text)]
        found: dict[str, tuple[Entity, int, int]] = {}
        for mention in conditions:
            if mention.start < first_cue or self._inside_population(sentence, mention.start):
                continue
            if re.search(
                r"\b(?:these|those|such|the same)\s+$|\bof this\s+(?:[a-z-]+\s+)?$", text[: mention.start], re.I
            ):
                # "These withdrawal effects are usually mild", "the same allergic reaction", "an attack of
                # this inherited blood disorder": named before
                continue
            if any(s <= mention.start < e for s, e in excluded):
                continue
            if _BEFORE_NOW.search(text, 0, mention.start):
                continue  # "People who have had an allergic reaction to another H2 blocker": the past, no effect
            if _MEDICINE_FOR.match(text, mention.end):
                continue  # "HIV medicines such as ritonavir": the condition names a class of medicines
            if any(self._symptom_of_another(sentence, mention, link=link) for link in ("from", "of")):
                continue  # "eye pain and blurred vision from glaucoma": the effect is the glaucoma
            entity = self._named_in_parentheses(sentence, mention) or self._extended(sentence, mention)
            resembling = _RESEMBLING.match(text, mention.end)
            if resembling:  # "a lupus-like illness" is not lupus
                entity = unmapped("condition", text[mention.start : resembling.end()])
            if not cues and not occurring and self._mentioned_before(entity):
                continue  # "the cough can be bothersome": a re-mention, not a new effect
            found.setdefault(entity.slug, (entity, mention.start, mention.end))
        for entity, start, end in self._level_changes(sentence):
            if start >= first_cue and not any(s <= start < e for s, e in excluded):
                found.setdefault(entity.slug, (entity, start, end))
        slots: list[tuple[int, int | None, bool]] = []
        for match in cues:
            rest = text[match.end() :]
            list_start = re.match(
                r"\s*(?:include|includes|including|are|is|such as|like|can include|may include|:)?\s*", rest
            )
            # "Rare but serious side effects need urgent help:\n- ...", "... if any of these serious side
            # effects occur: slurred speech, ...": the list after the colon
            over_list = _PREDICATE_OVER_LIST.match(rest) if match is side_effect else None
            list_start = over_list or list_start
            # An explicit list ("side effects include ...", "it can cause ...") names effects even when
            # the lexicon knows none of its words; other cues need a known head word.
            slots.append((match.end() + (list_start.end() if list_start else 0), None, match is side_effect))
        band = _FREQUENCY_BAND.match(text) if in_section else None
        if band is not None and "\n" not in band.group():  # "Uncommon: acute pulmonary reactions (...)": a band's list
            slots.append((band.end(), None, True))
        if side_effect is not None:
            # "- Stomach and gut: feeling sick and wind": a side-effect list with a line per part of the
            # body, each line a list of its own
            for line in _LABELLED_LINE.finditer(text, side_effect.end()):
                line_end = text.find("\n", line.end())
                slots.append((line.end(), line_end if line_end >= 0 else None, True))
        for start, limit, explicit in slots:
            for item, s, e in slot_items(text, start, limit):
                if any(fs < e and s < fe for _, fs, fe in found.values()) or any(a <= s < b for a, b in excluded):
                    continue
                if any(m.start < e and s < m.end for m in conditions):
                    continue  # "tingling or pins and needles": a synonym of an effect already found
                if self._names_a_drug(item) or self._inside_population(sentence, s):
                    continue
                guessed = self._slot_entity("condition", item)
                if guessed is not None and not guessed.in_lexicon and cue("not_an_effect").search(item):
                    guessed = None  # "aching bones, joints or muscles": a part of the body, not an effect
                # ("a hot, flushed face": an unknown word after an article is an adjective the comma split off)
                adjective = " " not in item and re.search(r"\ban?\s+$", text[:s], re.I) and re.match(r"\s*,", text[e:])
                listed = guessed is None and explicit and len(item.split()) <= 3
                if listed and not adjective and not cue("not_an_effect").search(item):
                    guessed = unmapped("condition", item)
                if guessed is not None:
                    if cue("parenthetical").search(text[e:]):
                        mention = Mention(Term("condition", "", item), s, e, item)
                        guessed = self._named_in_parentheses(sentence, mention) or guessed
                    found.setdefault(guessed.slug, (guessed, s, e))
        for match in occurring:
            # "Nosebleeds, bruising and bleeding gums have been reported": the list is the subject.
            # (a table's cell is a clause of its own: "Sip water; chew gum | Dry mouth is common")
            clause_start = max(_agent_clause_start(text, match.start()), text.rfind("|", 0, match.start()) + 1)
            # "Red eyes, a gritty feeling, stinging and blurred vision are common": the list's commas
            # are no clause boundaries
            earlier_items = _LIST_HEAD.search(text, 0, clause_start)
            if earlier_items is not None and earlier_items.end() == clause_start:
                clause_start = earlier_items.start("items")
            items = [
                (item, s, e, self._slot_entity("condition", item))
                for item, s, e in slot_items(text, clause_start, match.start())
                if not any(fs < e and s < fe for _, fs, fe in found.values()) and not self._names_a_drug(item)
            ]
            # "Less often, anxiety and tics appear": an unknown word listed with known effects is one too
            listed_with_known = any(known is not None for *_, known in items) or any(
                clause_start <= fs < match.start() for _, fs, _ in found.values()
            )
            for item, s, e, subject in items:
                if subject is None and listed_with_known and not cue("not_an_effect").search(item):
                    subject = unmapped("condition", item)
                if subject is not None:
                    found.setdefault(subject.slug, (subject, s, e))
        # "- shortness of breath and swollen ankles - these can be signs of heart failure": the line
        # names one effect, its signs first
        for line in _SIGNS_OF_LINE.finditer(text):
            found = {k: v for k, v in found.items() if not line.start("signs") <= v[1] < line.end("signs")}
        # "- low sodium: confusion, memory problems or feeling unsteady": a line labelled with an
        # effect lists its symptoms ("- Stomach and gut: wind" lists effects)
        # ("Risk of infection: it lowers your white blood cells ...": a paragraph of a side-effects
        # section labelled the same way)
        labelled_lines = list(_LABELLED_EFFECT_LINE.finditer(text))
        if sentence.section_kind == "side_effects":
            # (a sentence's first line: one label at most)
            labelled_lines += [line for line in [_LABELLED_EFFECT_START.match(text)] if line]
        for line in labelled_lines:
            label = self._label_effects(conditions, line.start("label"), line.end("label"), text)
            risk = RISK_OF.fullmatch(line.group("label"))
            if not label and risk and sentence.section_kind == "side_effects":
                # "Risk of infection: ...": an effect the lexicon has no entry for on its own
                found = {k: v for k, v in found.items() if not line.end("label") < v[1] <= line.end()}
                entity = unmapped("condition", risk.group("effect").lower())
                found.setdefault(entity.slug, (entity, line.start("label") + risk.start("effect"), line.end("label")))
            elif label:
                found = {k: v for k, v in found.items() if not line.end("label") < v[1] <= line.end()}
                for mention in label:
                    entity = self._extended(sentence, mention)
                    found.setdefault(entity.slug, (entity, mention.start, mention.end))
        heading_line = RISK_OF.fullmatch(text) if sentence.section_kind == "side_effects" else None
        if heading_line:  # "Risk of infection" over the paragraph that describes it
            entity = unmapped("condition", heading_line.group("effect").lower())
            found.setdefault(entity.slug, (entity, heading_line.start("effect"), heading_line.end("effect")))
        # "- a sudden severe headache, confusion or weakness (possible bleeding in the brain)": the
        # line's symptoms are of the one effect it names last
        for line in _NAMED_LINE.finditer(text):
            if not line.group("hedge") and _FREQUENCY_BAND.match(line.group("signs")):
                continue  # "- Less common: tics, sweating and cold, pale fingers (Raynaud's)": the last item's name
            if _CLAUSE_IN_PARENTHESES.search(line.group("name")):
                continue  # "- dizziness, headache, cough (cough may take weeks to go)": a remark, not a name
            in_name = [m for m in conditions if line.start("name") <= m.start < line.end("name")]
            if in_name or any(line.start("name") <= v[1] < line.end("name") for v in found.values()):
                found = {k: v for k, v in found.items() if not line.start("signs") <= v[1] < line.end("signs")}
                if in_name:  # the whole line its evidence ("things that are not there (hallucinations)")
                    line_effect = entity_of(in_name[0].term)
                    found.setdefault(line_effect.slug, (line_effect, line.start("signs"), line.end("name")))
        # an effect's description, features and examples ("allergic reactions such as rash, itching
        # or hives") name that one effect, not others
        for effect, _, end in list(found.values()):
            description = cue("appositive").search(text[end:]) or cue("features").search(text[end:])
            if description is None:
                description = cue("examples").search(text[end:])
            if description:
                zone = (end, end + description.end())
                if _ALLERGIC.search(effect.label) and description.re is cue("features"):
                    # "an allergic reaction with hives, swelling of the lips, or trouble breathing": a
                    # reaction's features run on through "or" to the end of the clause ("..., and
                    # inflammation of the liver" is the list's next effect)
                    # (or at advice after it: ", get help at once")
                    rest = text[zone[1] :]
                    stop = re.search(r"[.;\n]|,\s*(?:which|so|and|get)\b", rest)
                    zone = (end, zone[1] + (stop.start() if stop else len(rest)))
                found = {k: v for k, v in found.items() if not zone[0] <= v[1] < zone[1]}
        # "Tingling, numbness or burning in the feet (peripheral neuropathy) is a known problem":
        # a list of symptoms that opens its clause and is named in parentheses is that one effect
        described = _LIST_NAMED_AFTER.search(text)
        if (
            described
            # (alternatives: "Upset stomach, nausea and a white coating in the mouth (oral thrush)"
            # lists effects, the last one named again)
            and re.search(r"\bor\b", described.group("list"))
            and not any(described.start("list") <= m.start() < described.end("list") for m in cues)
        ):
            named = [k for k, v in found.items() if v[1] >= described.start("alt") and v[2] <= described.end("alt")]
            if named:
                found = {
                    k: v
                    for k, v in found.items()
                    if k in named or not described.start("list") <= v[1] < described.end("list")
                }
        # "Serious side effects are rare": the words for effects in general name none
        found = {k: v for k, v in found.items() if not cue("generic_effect").fullmatch(v[0].label)}
        # "nausea and vomiting" (one term of the lexicon, for a use) are two effects
        for slug, (entity, start, end) in list(found.items()):
            pair = re.fullmatch(r"(.+) and (.+)", entity.label) if entity.in_lexicon else None
            terms = [self.lexicon.lookup("condition", part) for part in pair.groups()] if pair else []
            parts = [term for term in terms if term is not None]
            if len(parts) == 2:
                del found[slug]
                for part in parts:
                    found.setdefault(part.slug, (entity_of(part), start, end))
        if cue("pregnancy").search(text):
            # "must not be taken in pregnancy, because it can cause miscarriage": the risk of a group,
            # and "can cause shaking and breathing problems in the newborn" the baby's
            if cue("newborn").search(text):
                return
            found = {k: v for k, v in found.items() if not cue("pregnancy_outcome").search(v[0].label)}
        if not found:
            return
        serious: bool | None = None
        if cue("serious").search(text):
            serious = True
        elif cue("not_serious").search(text):
            serious = False
        frequency_match = cue("frequency").search(text)
        frequency = " ".join(frequency_match.group().lower().split()) if frequency_match else None
        systems = sentence.mentions("body_system")
        effects = []
        for entity, start, end in found.values():
            system = next((entity_of(m.term) for m in systems if m.end <= start), None)
            self.emit(
                sentence,
                "adverse_effect",
                entity,
                "adverse-effect/cue",
                start,
                end,
                serious=serious,
                frequency=frequency,
                body_system=system,
            )
            effects.append(entity)
        self.adverse_by_sentence[sentence.sentence.index] = effects
        self.adverse_paragraphs.add(sentence.sentence.paragraph)
        for effect in effects:
            self.adverse_heads.add(effect.label.split()[-1].lower())
            self.adverse_slugs.add(effect.slug)
            if effect.related:
                self.adverse_by_system.setdefault(effect.related, effect)

    @staticmethod
    def _label_effects(conditions: list[Mention], start: int, end: int, text: str) -> list[Mention]:
        """The effects a line's label names, when it names nothing else ("Risk of infection",
        "Bruising and bleeding"; not "Stomach and gut" nor "Common")."""
        inside = sorted((m for m in conditions if start <= m.start and m.end <= end), key=lambda m: m.start)
        cursor = start
        for mention in inside:
            if not _LABEL_WORDS.fullmatch(text, cursor, mention.start):
                return []
            cursor = max(cursor, mention.end)
        return inside if inside and _LABEL_WORDS.fullmatch(text, cursor, end) else []

    def _level_changes(self, sentence: _Sentence) -> Iterator[tuple[Entity, int, int]]:
        """ "raises the level of potassium in the blood", "a drop in white blood cells": the lexicon's
        high or low state of what changes, when it knows one."""
        for match in cue("level_change").finditer(sentence.text):
            what = match.group("what")
            if match.group("up"):
                names = [f"high {what}", f"raised {what}", f"high blood {what}"]
            else:
                names = [f"low {what}", f"low {what} count", f"low blood {what}", f"drop in {what}"]
            term = next(filter(None, (self.lexicon.lookup("condition", name) for name in names)), None)
            if term is not None:
                yield entity_of(term), match.start(), match.end()
