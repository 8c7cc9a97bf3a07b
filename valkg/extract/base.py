"""The extractor's core: its state, ``emit``, and the helpers several kinds of claim ask.

``_ExtractorBase`` identifies the drug (``drug.identify_drug``), reads each sentence once
(``sentences._Sentence``, with the section kind of its paragraph or field line) and records
claims; the brand names found with the drug are its first claims. The helpers here serve more
than one kind: who a clause is about (this drug, another medicine, a group of people), what an
item of a list names, and how specifically the text names a condition. Terms come from the
lexicon (``lexicon/terms.tsv``), cue patterns from ``cues.tsv``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cached_property

from valkg import recache
from valkg.claims import Claim, ClaimObject, Entity, Evidence, Text
from valkg.extract.drug import ESTER_OR_SALT, identify_drug
from valkg.extract.patterns import _SEEK_HELP_BEFORE, _inn_stems, cue, entity_of, names_a_medicine, unmapped
from valkg.extract.sentences import _agent_clause_start, _line_label_kind, _paragraph_kinds, _Sentence
from valkg.lexicon import Lexicon, Mention, Term, singular, tokens
from valkg.reader import Monograph

#: the cation of a salt that leads its name ("calcium carbonate"), no name of the medicine
_CATIONS = r"(?:sodium|potassium|calcium|magnesium|aluminium|aluminum|zinc|ferrous|ferric|iron|lithium|bismuth)"
#: a condition's reason in parentheses after it ("epilepsy (fits become more likely)")
_REASON = recache.compile(r"\s*\([^()]*\)")
#: the signs of a condition to act on, not a group: "if you have (any) signs of"
_SIGNS_OF = recache.compile(r"if you have (?:any )?(?:signs|symptoms) of\b", re.I)


class _ExtractorBase:
    """What the rules of every kind of claim share (the mixins of ``valkg.extract._Extractor``)."""

    def __init__(self, monograph: Monograph, lexicon: Lexicon):
        self.monograph = monograph
        self.lexicon = lexicon
        self.drug, self.brands = identify_drug(monograph, lexicon)
        names = {self.drug.label, *(b[0] for b in self.brands)}
        term = lexicon.get("drug", self.drug.slug)
        if term:
            names.update(term.synonyms)
        alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
        self.drug_names = re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.I)
        kinds = _paragraph_kinds(monograph)
        self.sentences = [
            _Sentence(
                s,
                _line_label_kind(monograph.text, s.start) or kinds.get(s.paragraph) or monograph.section_of(s).kind,
                lexicon,
                self.drug_names,
            )
            for s in monograph.sentences
        ]
        self.claims: list[Claim] = []
        self.adverse_by_sentence: dict[int, list[Entity]] = {}
        self.adverse_paragraphs: set[int] = set()
        # Indexes kept as claims are found, so each sentence costs the same however long the text.
        self.other_drugs: dict[str, Entity] = {}
        self.product_aliases: dict[str, Entity] = {}  # a product's short name the text introduces ("5-HMT")
        self.adverse_heads: set[str] = set()
        self.adverse_slugs: set[str] = set()
        self._open_list: tuple[int, str] | None = None  # the paragraph and lead of an "if you:" list
        self._open_list_refuses = False  # whether that lead refuses the drug to its lines ("Do not use it if:")
        self._lead_alone: tuple[int, str] | None = None  # a lead that ends its paragraph, over the next one
        self._use_slugs: set[str] | None = None
        self._harm_paragraphs: set[int] | None = None  # the paragraphs that name the drug and its harms
        self._own_role_slugs: set[str] | None = None
        #: the specific indications named so far, by the last word of their name
        self.indication_heads: dict[str, Entity] = {}
        self.adverse_by_system: dict[str, Entity] = {}
        self._prodrug_said: bool | None = None

    def emit(
        self,
        sentence: _Sentence,
        kind: str,
        obj: ClaimObject,
        rule: str,
        start: int = 0,
        end: int = 0,
        *,
        subject: Entity | None = None,
        negated: bool | None = None,
        hedged: bool | None = None,
        serious: bool | None = None,
        frequency: str | None = None,
        body_system: Entity | None = None,
        risk: Entity | None = None,
        purpose: str | None = None,
    ) -> None:
        """Record a claim; negation and hedging come from ConText on ``start:end`` unless given."""
        if end > start and self._in_another_drugs_column(sentence, start):
            return  # "Usual dose | 10 mg a day | 40 mg a day": the second column is another drug's
        mods = sentence.modifiers(start, end) if end > start else frozenset()
        if isinstance(obj, Entity) and obj.kind == "drug" and obj.slug != self.drug.slug:
            self.other_drugs.setdefault(obj.slug, obj)
        self.claims.append(
            Claim(
                kind,
                subject or self.drug,
                obj,
                sentence.evidence(),
                rule,
                negated="negated" in mods if negated is None else negated,
                hedged=bool(mods & {"possible", "hypothetical"}) if hedged is None else hedged,
                serious=serious,
                frequency=frequency,
                body_system=body_system,
                risk=risk,
                purpose=purpose,
            )
        )

    def _in_another_drugs_column(self, sentence: _Sentence, position: int) -> bool:
        """Whether ``position`` is in a table column whose header names another medicine than the
        one a column of the same header names ("Feature | Zorbavir | Pravastatin")."""
        text = self.monograph.text
        at = sentence.sentence.start + position
        line_start = text.rfind("\n", 0, at) + 1
        line_end = text.find("\n", at)
        line = text[line_start : line_end if line_end != -1 else len(text)]
        cells = line.strip().strip("|").count("|")
        if cells < 2:
            return False
        column = text[line_start:at].lstrip().lstrip("|").count("|")
        header = self._table_header(line_start, cells)
        if column >= len(header) or self.drug_names.search(header[column]):
            return False
        return any(self.drug_names.search(cell) for cell in header) and self._is_other_medicine(header[column])

    def _table_header(self, line_start: int, cells: int) -> list[str]:
        """The cells of the first line of the table whose row starts at ``line_start`` (the lines
        above it with as many cells)."""
        text = self.monograph.text
        while line_start > 0:
            above = text.rfind("\n", 0, line_start - 1) + 1
            if text[above : line_start - 1].strip().strip("|").count("|") != cells:
                break  # (a Markdown table's rule "|---|---|" has as many)
            line_start = above
        return [cell.strip() for cell in text[line_start : text.find("\n", line_start)].strip().strip("|").split("|")]

    def brand_claims(self) -> None:
        m = self.monograph
        for name, start, end in self.brands:
            if m.title_start is not None and m.title_end is not None and m.title_start <= start < m.title_end:
                evidence = Evidence(m.title_start, m.title_end, m.text[m.title_start : m.title_end], None)
            else:
                sentence = next((s for s in m.sentences if s.start <= start < s.end), None)
                evidence = (
                    Evidence(sentence.start, sentence.end, sentence.text, sentence.section)
                    if sentence
                    else Evidence(start, end, m.text[start:end], None)
                )
            self.claims.append(Claim("brand_name", self.drug, Text(name), evidence, "brand/title-or-pattern"))

    def _slot_entity(self, kind: str, item: str, *, loose: bool = True) -> Entity | None:
        """The lexicon term an item of a list names, or a new entity if the item plausibly is one."""
        term = self.lexicon.lookup(kind, item)
        if term is not None:
            return entity_of(term)
        last = singular(item.split()[-1].lower())
        words = tokens(item)
        if not words:
            return None
        if (words[-1][0] in self.lexicon.heads(kind) and not cue("organ").fullmatch(words[-1][0])) or (
            loose and kind == "condition" and cue("condition_word").search(last)
        ):
            return unmapped(kind, item)
        return None

    def _descriptions(self, sentence: _Sentence, *, examples: bool = True) -> list[tuple[int, int]]:
        """Spans that describe a condition just named, not new ones.

        "angioedema, a swelling of the lips" (an apposition) and, with ``examples``,
        "abnormal bleeding, such as nosebleeds" (instances of the effect already named).
        """
        spans = []
        text = sentence.text
        for mention in sentence.mentions("condition"):
            # "(such as hallucinations, depression, or thoughts of suicide), unusual restlessness": a
            # description inside a parenthesis ends with it
            inside = text.rfind("(", 0, mention.start) > text.rfind(")", 0, mention.start)
            closing = text.find(")", mention.end) if inside else -1
            limit = closing if closing != -1 else len(text)
            # ("angina, chest pain that comes on with effort": a use described without an article)
            kinds = ["appositive", "features"] if examples else ["appositive", "bare_appositive"]
            if examples and not cue("category_head").search(mention.text):
                kinds.append("examples")  # "a severe reaction such as Stevens-Johnson syndrome" names new ones
            for name in kinds:
                match = cue(name).search(text[mention.end : limit])
                if match:
                    spans.append((mention.end, mention.end + match.end()))
            # "tardive dyskinesia (involuntary chewing, lip-smacking and tongue movements)"
            described = re.match(r"\s*\(([^()]*(?:,|\band\b|\bor\b)[^()]*)\)", sentence.text[mention.end :])
            if described:
                spans.append((mention.end, mention.end + described.end()))
        return spans

    def _names_a_drug(self, item: str) -> bool:
        return bool(
            self.drug_names.search(item)
            or self.lexicon.lookup("drug", item)
            or self.lexicon.lookup("brand", item)
            or self.lexicon.lookup("role", item)
            or self.lexicon.lookup("dosage_form", item)
        )

    def _drug_entity(self, term: Term) -> Entity:
        return self.drug if term.slug == self.drug.slug else entity_of(term)

    def _about_this_drug(self, sentence: _Sentence) -> bool:
        """Whether the sentence names this drug or speaks of it as "it"."""
        return bool(sentence.drug_mentions) or cue("drug_anaphor").search(sentence.text) is not None

    def _extended(self, sentence: _Sentence, mention: Mention) -> Entity:
        """The most specific condition the text names with a lexicon mention as its head.

        Monographs name conditions by a head the lexicon knows and modifiers it may not:
        "psoriatic arthritis", "CMV retinitis", "thyroid cancer", "cancer pain",
        "non-Hodgkin lymphoma". Words right before the mention are taken while they are
        modifiers of the kind ``cues.tsv`` describes (disease and anatomy adjectives, organs,
        eponyms and acronyms, conditions named before another one); degree and frequency words
        ("severe", "recurrent") end the name. A name the lexicon does not know is a new entity.
        """
        text = sentence.text
        start = mention.start
        taken = 0
        while taken < 3:
            word = re.search(r"([A-Za-z][\w'-]*)\s+$", text[:start])
            if word is None:
                break
            # "acute lymphoblastic leukaemia": a course word is part of a name already extended,
            # not of a bare one ("acute pain")
            if taken and word.group(1).lower() in ("acute", "chronic"):
                start = word.start(1)
                break
            if not self._modifies(sentence, word.group(1), word.start(1)):
                break
            start, taken = word.start(1), taken + 1
        if start == mention.start:
            return entity_of(mention.term)
        name = text[start : mention.end]
        term = self.lexicon.lookup("condition", name)
        return entity_of(term) if term is not None else unmapped("condition", name)

    def _modifies(self, sentence: _Sentence, word: str, position: int) -> bool:
        """Whether ``word``, right before a condition, is part of its name."""
        lowered = word.lower()
        if cue("modifier_stop").match(lowered) or any(s <= position < e for s, e in sentence.drug_mentions):
            return False
        if cue("condition_modifier").match(lowered) or cue("organ").match(lowered):
            return True
        # eponyms and acronyms ("non-Hodgkin", "CMV"), but not the first word of the sentence or of a
        # list's line ("- Some chest infections")
        line_start = sentence.text.rfind("\n", 0, position) + 1
        if any(c.isupper() for c in word) and sentence.text[line_start:position].strip(" \t-*\u2022\u2013"):
            return not self.lexicon.lookup("drug", word)
        return any(m.start <= position < m.end for m in sentence.mentions("condition"))

    def _symptom_of_another(self, sentence: _Sentence, mention: Mention, link: str | None = None) -> bool:
        """ "the wheezing, coughing and breathlessness of asthma": symptoms of the condition named next."""
        found = cue("symptom_of").match(sentence.text[mention.end :])
        if found and (link is None or found.group().split()[-1] == link):
            after = mention.end + found.end() - 1
            # the condition must follow the link ("of severe asthma"), not close a later clause
            return any(
                after <= m.start
                and m.term.slug != mention.term.slug  # ("tuberculosis caused by Mycobacterium tuberculosis")
                and re.fullmatch(r"\s*(?:[\w-]+\s+){0,2}", sentence.text[after : m.start])
                and not re.search(
                    r"\b(?:people|patients|adults|children|women|men|those|who|which|that)\b",
                    sentence.text[after : m.start],
                )
                for m in sentence.mentions("condition")
            )
        return False

    def _about_another_drug(self, sentence: _Sentence, position: int | None = None) -> bool:
        """Whether the sentence (or the clause holding ``position``) names another drug and not this one.

        "A cream containing penciclovir is sold separately": the cream is penciclovir's.
        """
        text, offset = sentence.text, 0
        if position is not None:
            bounds = sentence.clause_bounds()
            offset = max(b for b in bounds if b <= position)
            text = text[offset : min(b for b in bounds if b > position)]
        if any(offset <= s < offset + len(text) for s, _ in sentence.drug_mentions):
            return False
        if re.match(r"^\s*(?:it|this|the (?:drug|medicine|tablets?))\b", text, re.I):
            return False
        if any(
            offset <= m.start < offset + len(text) and m.term.slug != self.drug.slug for m in sentence.mentions("drug")
        ):
            return True
        lowered = text.lower()
        return any(re.search(rf"\b{re.escape(o.label.lower())}\b", lowered) for o in self.other_drugs.values())

    def _inside_population(self, sentence: _Sentence, position: int) -> bool:
        for mention in sentence.mentions("population"):
            if mention.start <= position < mention.end:
                return True
        for match in cue("population_phrase").finditer(sentence.text):
            if _SIGNS_OF.match(match.group()) and _SEEK_HELP_BEFORE.search(sentence.text, 0, match.start()):
                continue  # "Get emergency help if you have signs of ...": signs to act on, no group
            # "those with asthma, diabetes or heart disease": the conditions coordinated after it too
            end = max((e for _, _, e in self._coordinated_conditions(sentence, match.end())), default=match.end())
            if match.start() <= position < end:
                return True
        return False

    def _causes_harm(self, sentence: _Sentence, match: re.Match[str]) -> bool:
        """Whether a causal verb has the drug as its agent ("it can cause", but not "caused by chemotherapy")."""
        passive = re.match(r"\s+by\s+((?:[\w-]+\s+){0,3}[\w-]+)", sentence.text[match.end() :])
        if passive:
            return bool(self.drug_names.search(passive.group(1)) or cue("drug_anaphor").search(passive.group(1)))
        if self._drug_is_agent(sentence, match.start()):
            return True
        # "Stopping it suddenly brings anxiety and sweating", "Do not stop taking it suddenly: this can
        # bring on a heart attack": effects of coming off the drug are its effects
        return cue("withdrawal_agent").search(sentence.text, 0, match.start()) is not None

    def _drug_is_agent(self, sentence: _Sentence, position: int) -> bool:
        """Whether the clause before ``position`` has the drug (or a word for it) as its agent."""
        clause_start = _agent_clause_start(sentence.text, position)
        clause = sentence.text[clause_start:position]
        if any(clause_start <= s < position for s, _ in sentence.drug_mentions):
            return True
        return cue("drug_anaphor").search(clause) is not None

    def _coordinated_conditions(self, sentence: _Sentence, end: int) -> Iterator[tuple[str, int, int]]:
        """Conditions coordinated with the phrase that ends at ``end`` (", asthma or diabetes"), each
        perhaps with its reason in parentheses ("epilepsy (fits become more likely), glaucoma (...)")."""
        reason = _REASON.match(sentence.text, end)
        for mention in sentence.mentions("condition"):
            if mention.start < end:
                continue
            if reason and mention.start < reason.end():
                continue  # a word of the reason
            if not re.fullmatch(
                r"\s*(?:\([^()]*\)\s*)?(?:,\s*(?:or\s+|and\s+)?|\s+(?:or|and)\s+)(?:an?\s+)?",
                sentence.text[end : mention.start],
            ):
                return
            yield sentence.text[mention.start : mention.end], mention.start, mention.end
            end = mention.end
            reason = _REASON.match(sentence.text, end)

    @cached_property
    def taken_names(self) -> re.Pattern[str]:
        """This drug's names, and its name without the salt or ester word ("norethisterone" of
        norethisterone acetate): what people take, though the prodrug rules keep the two apart."""
        words = self.drug.label.split()
        if len(words) < 2 or len(words[0]) < 5 or not ESTER_OR_SALT.fullmatch(" ".join(words[1:])):
            return self.drug_names
        if re.fullmatch(_CATIONS, words[0], re.I):
            return self.drug_names  # "calcium carbonate": "calcium" names calcium-channel blockers too
        return re.compile(rf"{self.drug_names.pattern}|(?<![\w-]){re.escape(words[0])}(?![\w-])", re.I)

    def _next_in_paragraph(self, sentence: _Sentence) -> _Sentence | None:
        """The next sentence, when the paragraph goes on."""
        index = sentence.sentence.index
        following = self.sentences[index + 1] if index + 1 < len(self.sentences) else None
        return (
            following if following is not None and following.sentence.paragraph == sentence.sentence.paragraph else None
        )

    def _next_text(self, sentence: _Sentence) -> str:
        """The next sentence of the paragraph, or nothing."""
        following = self._next_in_paragraph(sentence)
        return following.text if following is not None else ""

    def _previous_text(self, sentence: _Sentence) -> str:
        """The sentence before in the paragraph, or nothing."""
        index = sentence.sentence.index
        before = self.sentences[index - 1] if index > 0 else None
        return before.text if before is not None and before.sentence.paragraph == sentence.sentence.paragraph else ""

    def _active_forms(self) -> set[str]:
        """The names of what the text says this drug becomes in the body (its prodrug claims so far)."""
        return {
            claim.object.label.lower()
            for claim in self.claims
            if claim.kind in ("prodrug_of", "converted_into") and not claim.negated and isinstance(claim.object, Entity)
        }

    def _is_other_medicine(self, words: str) -> bool:
        """Whether ``words`` name a medicine other than this one ("the contraceptive pill", "warfarin")."""
        if self.drug_names.search(words):
            return False
        if (
            cue("medicine_noun").search(words)
            or self.lexicon.find("role", words)
            or self.lexicon.find("drug", words)
            or names_a_medicine(words)
        ):
            return True
        return any(w.lower().endswith(_inn_stems()) for w in re.findall(r"[\w-]+", words))
