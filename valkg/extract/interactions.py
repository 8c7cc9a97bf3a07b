"""Interactions: the other medicines a sentence says act with or on this drug, as the people who take them.

"Antacids reduce the amount absorbed" (another medicine as the subject), "It also weakens warfarin"
(another as the object), "taking an antidepressant with an NSAID", "..., and so do steroids",
"..., whereas rifampicin lowers them", and the ``co_medication`` cues of ``cues.tsv`` ("do not take
it with ..."). Each names a group, "people taking X", for ``populations`` to tie to the risk.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cached_property

from valkg import recache
from valkg.claims import Entity
from valkg.extract.groups import LIST_ITEMS, _defining_clause, _Groups, or_list, with_its_or
from valkg.extract.patterns import _inn_stems, cue, entity_of, names_a_medicine, unmapped
from valkg.extract.sentences import _CLAUSE_STOP, _agent_clause_start, _Sentence
from valkg.lexicon import slugify

#: this drug raising another medicine's level: "it can cause lithium to build up to toxic levels"
_RAISES_ANOTHER = recache.compile(
    r"\b(?P<subject>[\w-]+)\s+(?:can|may|might|will)\s+(?:cause|make|let)\s+(?P<other>[\w-]+)\s+(?:levels?\s+)?"
    r"(?:to\s+)?(?:build\s+up|rise|accumulate)\b",
    re.I,
)
#: this drug acting on another medicine named as the object: "It also weakens warfarin", "It can
#: raise lithium to a harmful level", "slows its removal, raising methotrexate to harmful levels"
_ACTS_ON_ANOTHER = recache.compile(
    r"(?:\b(?P<subject>[\w-]+)\s+(?:(?:also|can|may|might|could|will|often)\s+)*"
    r"(?:weakens?|strengthens?|raises?|boosts?|lowers?|push(?:es)?(?:\s+up)?)|\b(?:raising|pushing)(?=\s+[\w-]+\s+(?:up\s+)?to\b))\s+"
    # ("raise blood levels of lithium and methotrexate toward toxic ranges")
    r"(?:your\s+|the\s+)?(?:(?:blood\s+)?(?:levels?|concentrations?)\s+of\s+)?"
    r"(?P<other>[\w-]+(?:\s+(?:or|and)\s+[\w-]+)?)(?:\s+(?:levels?|concentrations?))?"
    r"(?=\s*[,.;]|\s+(?:up\s+)?(?:to|towards?)\s+(?:(?:a\s+)?(?:harmful|toxic|dangerous|high|unsafe)\s+"
    r"(?:levels?|concentrations?|ranges?)\b|toxicity\b))",
    re.I,
)
#: another medicine's level said to rise, among the interactions: "Digoxin levels rise, so they may
#: need checking", "lithium levels can climb"
_LEVELS_RISE = recache.compile(
    r"^\W*(?P<other>[\w-]+(?:\s+(?:and|or)\s+[\w-]+)?)\s+(?:blood\s+)?(?:levels?|concentrations?)\s+"
    r"(?:(?:can|may|might|could|will|often)\s+)?(?:rises?|go(?:es)?\s+up|climbs?|increases?|builds?\s+up)\b",
    re.I,
)
#: a rise another cause explains, or that this drug's company is not said to bring
_RISE_FOR_ANOTHER_REASON = recache.compile(
    r"[^.;]*?\b(?:when\s+(?!(?:taken|used|given|combined)\b)|if\s+you\s+(?:also\s+)?take|in\s+(?:women|men|people|patients)\b)",
    re.I,
)
#: substances the body makes, whose levels a medicine may change without being taken with one
_BODY_SUBSTANCE = recache.compile(
    r"insulin|testosterone|oestrogen|estrogen|progesterone|cortisol|melatonin|potassium|sodium|calcium|magnesium|"
    r"glucose|sugar|cholesterol|uric\s+acid|prolactin|thyroxine|serotonin|dopamine|histamine|acetylcholine|"
    r"(?:nor)?adrenaline|(?:nor)?epinephrine|bradykinin|prostaglandins?|leukotrienes?",
    re.I,
)
#: another medicine acting on this one as the subject of a later clause: "..., whereas rifampicin
#: lowers them", "... and phenobarbital lowers griseofulvin levels"
_ACTING_IN_CLAUSE = recache.compile(
    r"(?:[,;]\s*(?:and\s+|but\s+|whereas\s+|while\s+)|\b(?:whereas|while)\s+)(?P<np>[\w'-]+(?:\s+(?:and|or)\s+[\w'-]+)?)"
    r"\s+(?:(?:can|may|also|will|could)\s+)*(?:lowers?|raises?|reduces?|increases?|weakens?|blocks?)\s+"
    r"(?:the\s+(?:levels?|effects?)\s+of\s+)?(?P<on>[\w-]+)",
    re.I,
)
#: a rise that is the point of taking the two together
_ON_PURPOSE = recache.compile(
    r"\b(?:on\s+purpose|deliberately|to\s+boost)\b|\bso\b[^.;]*\b(?:work\s+better|(?:always\s+)?given\s+together)\b",
    re.I,
)
#: medicines named one after another ("erythromycin", "erythromycin or clarithromycin")
_NAMES = r"(?P<other>[\w'-]+(?:(?:\s*,\s*|\s+(?:or|and)\s+)[\w'-]+){0,3})"
#: a level said to change, and what a level is called
_LEVEL = r"(?:blood\s+)?(?:levels?|concentrations?|amount)"
_LEVEL_CHANGES = (
    r"(?:rises?|go(?:es)?\s+up|increases?|climbs?|builds?\s+up|doubles?|triples?|falls?|drops?|go(?:es)?\s+down)"
)
#: another medicine taken with this one or its class: "Taking an antidepressant such as sertraline
#: with an NSAID may make you bruise"
_TAKEN_WITH_THIS = recache.compile(
    r"\b(?:taking|combining|using|mixing)\s+(?!it\b|this\b|them\b)(?P<other>(?:[\w'-]+\s+){0,8}?[\w'-]+)"
    r"\s+(?:together\s+)?with\s+(?:an?\s+|the\s+)?(?P<this>[\w-]+)\b",
    re.I,
)
#: another medicine with the same effect as the one a clause before names: "..., and so do steroid
#: medicines such as prednisone"
_SO_DO = recache.compile(
    r",?\s*\band\s+so\s+(?:do|does|can|may|will)\s+(?!(?:the|this)\s+(?:medicine|drug|medication|tablet)s?\b)(?P<np>(?:[\w'-]+\s+){0,3}?[\w'-]+)"
    r"(?=,?\s+(?:such as|like|including)\b|\s*[.;,]|$)",
    re.I,
)
#: a clause, not a noun phrase ("Ganciclovir is taken up by cells, where it", "Combined with simvastatin it"),
#: or people ("Anyone who drinks alcohol or takes other sedatives")
_NOT_A_SUBJECT = recache.compile(
    r"\b(?:you|it|is|are|was|were|has|have|had|who|anyone|everyone|someone)\b|^[A-Za-z]+ed\b", re.I
)
_VERB_FIRST = recache.compile(
    r"(?:take|takes|taken|use|uses|used|given|combined|mixed|have|has|are|is|drink|get|avoid|tell|ask)\b", re.I
)

#: what a medicine is for, after its name ("allopurinol for gout")
_PURPOSE = recache.compile(r"\s+for\s+[\w'-]+(?:\s+[\w'-]+){0,3}$")
#: the use of a medicine as a subject's lead ("Regular use of NSAID painkillers adds to ...")
_USE_OF = recache.compile(r"^(?:(?:regular|long-term|frequent|heavy|daily)\s+)?use\s+of\s+(?:these\s+|the\s+)?", re.I)
#: the examples after a class of medicines ("NSAIDs, such as ibuprofen")
_EXAMPLES_AFTER = recache.compile(r",?\s+(?:such as|like|including)\s+(?P<named>.+)$")


#: alcohol leading a list of what is taken with the drug, up to the next item (or alone)
_ALCOHOL_FIRST = recache.compile(r"alcohol(?![\w-])(?:\s*,\s*|\s+(?:and|or)\s+(?=\S)|(?![\s,]+(?:and|or)\b).*$)", re.I)
#: words that go on a noun phrase ("alcohol withdrawal medicines"), not a preposition or a coordinator
_NOUN_AFTER = recache.compile(
    r"(?!(?:with|plus|and|or|on|in|at|during|the|same|together|alongside|taken)\b)[a-z]", re.I
)
#: "with" repeated after a coordinator: "with alcohol or with other drugs that make you sleepy"
_WITH_AGAIN = recache.compile(r"\b(or|and)\s+with\s+", re.I)
#: the description before a medicine's usual name: "the older type of antidepressant known as an MAOI"
_KNOWN_AS = recache.compile(r"^.*?\b(?:known\s+as|called)\s+", re.I)
#: another medicine taken too said to be fine ("Taking paracetamol as well is safe")
_SAID_FINE = recache.compile(
    r"\s*(?:is|are)\s+(?:perfectly\s+|usually\s+|generally\s+)?(?:safe|fine|ok|okay|all\s+right)\b", re.I
)
#: food and drink, which a list of what not to take a medicine with may name beside medicines
_FOOD = recache.compile(
    r"\b(?:food|meals?|milk|dairy|yog(?:h)?urts?|cheese|juice|water|drinks?|alcohol|grapefruit|coffee|tea|caffeine)\b",
    re.I,
)
#: how much of a food or drink ("large amounts of grapefruit juice" are grapefruit juice)
_FOOD_AMOUNT = recache.compile(
    r"^(?:(?:a\s+)?(?:large|big|great)\s+(?:amounts?|quantities|glass(?:es)?)\s+of\s+|(?:lots|a\s+lot)\s+of\s+)", re.I
)


#: the drug named by its form: "the tablets", "these capsules"
_ITS_FORM = recache.compile(
    r"(?:the|these|its|your)\s+(?:tablets?|capsules?|cream|gel|drops|injections?|infusion|patch(?:es)?|liquid|"
    r"suspension|pills?|medicine|drug|medication)",
    re.I,
)


def _without_examples(words: str) -> str:
    """A class of medicines without the examples that illustrate it."""
    return _EXAMPLES_AFTER.sub("", words)


#: when or how long a medicine that is a subject is taken ("Allopurinol taken during a course")
_TAKEN_WHEN = recache.compile(
    r"(?<!,)\s+(?:taken|used|given)\s+(?:during|at|in|over|throughout|before|after)\s+(?:the\s+|a\s+|an\s+)?[\w\s-]{1,30}$",
    re.I,
)


class _Interactions(_Groups):
    """The other medicines a sentence names as acting with or on this drug."""

    def _drug_is_subject(self, before: str) -> bool:
        """Whether ``before`` is just this drug as a sentence's subject ("Zorbavir can", "It also")."""
        # ("Zorbavir acetate can": a name of two words; "- It also": a list's line)
        subject = re.match(
            rf"\s*(?:[-*\u2022]\s+)?(?:(?:because|since|as|if|when|although|while)\s+)?(?P<s>it|this (?:drug|medicine)|"
            rf"{self.taken_names.pattern}|[\w-]+)\s+(?:(?:can|may|also|will|could|might)\s+)*$",
            before,
            re.I,
        )
        if subject is None:
            return False
        return subject.group("s").lower() in {"it", "this drug", "this medicine"} or bool(
            self.taken_names.fullmatch(subject.group("s"))
        )

    def _is_this_drug(self, words: str) -> bool:
        """Whether ``words`` are this drug's name or a word for it ("it", "this medicine")."""
        # ("Never combine the tablets with dofetilide": the drug by its form)
        return (
            words.lower() in ("it", "this medicine", "this drug")
            or bool(self.taken_names.fullmatch(words))
            or _ITS_FORM.fullmatch(words) is not None
        )

    def _names_this_drug(self, text: str, match: re.Match[str], group: str) -> bool:
        """Whether a pattern's one-word ``group`` is this drug's name or ends it ("acetate" of
        "Zorbavir acetate can raise lithium")."""
        end = match.end(group)
        return any(m.end() == end for m in self.taken_names.finditer(text, max(0, match.start(group) - 40), end))

    def _interacting_subject(self, sentence: _Sentence) -> re.Match[str] | None:
        """Another medicine that is the subject of an interaction ("Antacids ... reduce the amount absorbed")."""
        match = cue("medicine_subject").match(sentence.text)
        if match is None:
            return None
        subject = self._without_this_drug_after(match.group("np"))
        if self.taken_names.search(subject):
            return None
        if subject != match.group("np") and _FOOD.search(subject) and not self._is_other_medicine(subject):
            return None  # "Food taken with zorbavir can reduce how much is absorbed": no medicine
        # ("Warfarin users may bruise or bleed more easily": among the interactions, a harm is interaction enough)
        harm = (
            sentence.section_kind == "interactions"
            # ("Potassium supplements ... may cause hyperkalaemia")
            and (
                cue("risk").search(sentence.text)
                or cue("stated_harm").search(sentence.text)
                or cue("causal").search(sentence.text, match.end("np"))
            )
            and not cue("reassurance").search(sentence.text)
            and not re.search(r"\b(?:not|no|never)\b|n't\b", sentence.text, re.I)
            and not re.search(r"\b(?:levels?|concentrations?)$", match.group("np"), re.I)
        )
        acts = cue("interaction").search(sentence.text)
        if acts and "negated" in sentence.modifiers(acts.start(), acts.end()):
            return None  # "Levetiracetam does not raise its levels"
        if not (acts or harm):
            return None
        if match.group("np").lower() in self._active_forms():
            return None  # "Phenytoin also speeds up the breakdown of ...": what the drug becomes is the drug
        if re.search(r"\s[-\u2013]\s", match.group("np")):
            return None  # "Ciclosporin - Each drug raises ...": a labelled line, read as such
        if _NOT_A_SUBJECT.search(match.group("np")) or _VERB_FIRST.match(match.group("np")):
            # "Take care if you are taking another medicine that ...", "- take medicines that weaken
            # the immune system": advice or a list's line, not a medicine as subject
            return None
        if cue("population_phrase").match(sentence.text.lstrip(" \t\n-*\u2022")):
            return None  # "Those on the blood thinner warfarin may ...": people, not a medicine
        span = range(match.start("np"), match.end("np"))
        # "Other medicines: allopurinol for gout can deepen the fall in blood counts"; a warning's
        # "- Lithium can build up to toxic levels"
        warned = sentence.section_kind == "precautions" and cue("risk").search(sentence.text, match.end("np"))
        if (sentence.section_kind == "interactions" or warned) and names_a_medicine(
            _PURPOSE.sub("", match.group("np"))
        ):
            return match
        named = [m for m in sentence.mentions("role") if m.start in span]
        named += [m for m in sentence.mentions("drug") if m.start in span and m.term.slug != self.drug.slug]
        names = [w for w in re.split(r"\s*,\s*|\s+(?:and|or)\s+", match.group("np")) if w]
        if named or cue("medicine_noun").search(match.group("np")) or re.match(r"alcohol\b", match.group("np"), re.I):
            return match  # (alcohol too: "Alcohol on the same evening deepens the sedation")
        if names and all(n.lower().endswith(_inn_stems()) and slugify(n) != self.drug.slug for n in names):
            return match  # "Omeprazole and esomeprazole ... block ...": names of medicines by their stems
        acting = cue("interaction").search(sentence.text, match.end("np"))
        on_this = acting and re.search(
            rf"^\W*(?:[\w-]+\W+){{0,4}}?(?:it|its|{self.taken_names.pattern})\b", sentence.text[acting.end() :], re.I
        )
        if on_this and any(names_a_medicine(n) for n in names):
            return match  # "Rifampin, carbamazepine, phenytoin and St. John's wort lower it"
        return None

    @cached_property
    def _taken_with_this(self) -> re.Pattern[str]:
        """This drug after the medicine taken with it: "... taken with zorbavir", "... together with it"."""
        return re.compile(
            rf"\s+(?:(?:taken|used|given|combined)\s+)?(?:together\s+)?(?:with|alongside)\s+(?:it|this\s+(?:drug|medicine)|"
            rf"{self.taken_names.pattern})$",
            re.I,
        )

    @cached_property
    def _own_level_changed(self) -> re.Pattern[str]:
        """This drug's level changed by another medicine: "Zorbavir levels rise if you also take
        erythromycin", "The level of zorbavir in the blood goes up when it is taken with
        clarithromycin", "Taking ketoconazole can increase the amount of zorbavir in your blood"."""
        this = self.taken_names.pattern
        modal = r"(?:(?:can|may|will|could|might|also|then)\s+)*"
        return re.compile(
            rf"(?:(?:{this})(?:'s)?\s+{_LEVEL}|\b(?:the\s+)?{_LEVEL}\s+of\s+(?:{this}|it)(?:\s+in\s+(?:the|your)\s+blood)?)"
            rf"\s+{modal}{_LEVEL_CHANGES}\b[^.;]{{0,30}}?\b(?:if|when|while)\s+(?:you\s+(?:also\s+)?(?:take|are\s+taking|use)"
            rf"|(?:it\s+is\s+|they\s+are\s+)?(?:taken|combined|used|given)\s+(?:together\s+)?(?:with|alongside))\s+{_NAMES}"
            rf"|\b(?:taking|using)\s+{_NAMES.replace('other', 'other2')}\s+{modal}"
            rf"(?:increase|raise|boost|reduce|lower)s?\s+(?:the\s+)?{_LEVEL}\s+of\s+(?:{this})",
            re.I,
        )

    def _levels_changed_by(self, text: str) -> Iterator[tuple[str, int, int]]:
        """The medicines of ``_own_level_changed``, to the last that names a medicine."""
        for match in self._own_level_changed.finditer(text):
            group = "other" if match.group("other") else "other2"
            items = LIST_ITEMS.split(match.group(group))
            while items and not self._is_other_medicine(items[-1]):
                items.pop()  # "erythromycin, which can ...": the list ends at the last medicine
            if items:
                last = match.group(group).rindex(items[-1]) + len(items[-1])
                yield match.group(group)[:last], match.start(group), match.start(group) + last

    def _without_this_drug_after(self, np: str) -> str:
        """A subject without this drug it is taken with: "Verapamil or diltiazem taken with zorbavir",
        "Digoxin together with zorbavir"."""
        # ("Allopurinol taken during a course": when it is taken is no part of the medicine)
        return _TAKEN_WHEN.sub("", self._taken_with_this.sub("", np))

    def _medicines_interacting(
        self, text: str, section_kind: str | None = None, following: str = ""
    ) -> list[tuple[str, int, int]]:
        """Other medicines named in the middle of a sentence: those this drug weakens or raises ("It
        also weakens warfarin"), those taken with it or its class ("taking an antidepressant with an
        NSAID"), those with the same effect ("and so do steroids"), those that weaken or raise it
        in a later clause ("..., whereas rifampicin lowers them"), and, among the interactions, those
        whose levels rise ("Digoxin levels rise")."""
        found = []
        rising = _LEVELS_RISE.match(text) if section_kind == "interactions" else None
        other = rising.group("other") if rising else ""
        if (
            rising
            and self._is_other_medicine(other)
            and not self.taken_names.search(other)
            and other.lower() not in self._active_forms()
            and not _BODY_SUBSTANCE.fullmatch(other)
            # ("Theophylline levels rise when smokers quit", "... rise in women taking HRT", "may rise
            # slightly, but this is not clinically important": no medicine taken with this one)
            and not _RISE_FOR_ANOTHER_REASON.match(text, rising.end())
            and not cue("reassurance").search(text)
        ):
            found.append((other, rising.start("other"), rising.end("other")))
        for match in _ACTS_ON_ANOTHER.finditer(text):
            acting = match.group("subject")
            this_drug = (
                self._names_this_drug(text, match, "subject") or acting.lower() == "it"
                if acting  # ("raising methotrexate to harmful levels": the drug is named before)
                else self._last_medicine_is_this(text, match.start()) or re.match(r"\W*it\b", text, re.I)
            )
            body_substance = _BODY_SUBSTANCE.fullmatch(match.group("other"))  # "It can raise insulin levels"
            if this_drug and self._is_other_medicine(match.group("other")) and not body_substance:
                found.append((match.group("other"), match.start("other"), match.end("other")))
        for match in _TAKEN_WITH_THIS.finditer(text):
            this = match.group("this")
            if (self.taken_names.fullmatch(this) or self._own_class(this)) and self._is_other_medicine(
                match.group("other")
            ):
                other = _without_examples(match.group("other"))
                found.append((other, match.start("other"), match.start("other") + len(other)))
        # ("... rise slightly, but this is not clinically important", "... This does not matter"; a
        # booster given on purpose, "so the two are always given together")
        if not (cue("reassurance").search(text) or cue("reassurance").search(following) or _ON_PURPOSE.search(text)):
            found.extend(self._levels_changed_by(text))
        for match in _SO_DO.finditer(text):  # "..., and so do steroid medicines such as prednisone"
            if self._is_other_medicine(match.group("np")):
                found.append((match.group("np"), match.start("np"), match.end("np")))
        for match in _ACTING_IN_CLAUSE.finditer(text):
            on = match.group("on")
            on_this = on.lower() in ("it", "its", "them", "their") or self.taken_names.fullmatch(on)
            if on_this and self._is_other_medicine(match.group("np")):
                found.append((match.group("np"), match.start("np"), match.end("np")))
        return found

    def _last_medicine_is_this(self, text: str, position: int) -> bool:
        """Whether this drug is named before ``position`` and no other medicine after it ("Unlike
        zorbavir, probenecid slows its removal, raising ..." is probenecid's)."""
        named = [m.end() for m in self.taken_names.finditer(text, 0, position)]
        return bool(named) and not any(
            self._is_other_medicine(w) for w in re.findall(r"[A-Za-z][\w-]{3,}", text[named[-1] : position])
        )

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

    def _raised_by_this(self, text: str) -> Iterator[tuple[Entity, int, int]]:
        """Medicines this drug makes build up: "Zorbavir can cause lithium to build up to toxic levels"."""
        for match in _RAISES_ANOTHER.finditer(text):
            this_drug = self._names_this_drug(text, match, "subject") or match.group("subject").lower() == "it"
            if this_drug and self._is_other_medicine(match.group("other")):
                yield self._group(f"people taking {match.group('other')}"), match.start("other"), match.end("other")

    def _acted_on(self, acted_on: list[tuple[str, int, int]]) -> Iterator[tuple[Entity, int, int]]:
        """The people taking the medicines of ``_medicines_interacting``: "It also weakens warfarin"."""
        for other, start, end in acted_on:  # ("It can raise lithium and methotrexate": people taking either)
            yield self._group("people taking " + re.sub(r"\s+and\s+", " or ", other)), start, end

    def _subject_takers(self, text: str, subject: re.Match[str]) -> Iterator[tuple[Entity, int, int]]:
        """The people taking the medicine that is an interaction's subject (and drinkers, when
        alcohol is one of them)."""
        # "NSAIDs such as ibuprofen": the class is the group, its examples only illustrate it
        # ("Regular use of NSAID painkillers ...": the people taking them)
        named_class = _USE_OF.sub("", _without_examples(self._without_this_drug_after(subject.group("np"))))
        named_class = re.sub(r"\s+users$", "", named_class, flags=re.I)  # "Warfarin users": people taking warfarin
        examples = _EXAMPLES_AFTER.search(subject.group("np"))
        if examples and cue("medicine_noun").fullmatch(named_class):
            named_class = examples.group("named")  # "Medicines such as sodium bicarbonate and acetazolamide"
        # "Riociguat, a lung medicine,": the medicine without its apposition
        named_class = re.sub(r",\s+(?:an?|the|another)\s+[^,]+,?$", "", named_class)
        named_class = re.sub(r"\s+[-\u2013]$", "", named_class)  # "Ketoconazole, ritonavir -": a dashed label
        named_class = with_its_or(named_class)  # "Ketoconazole, clarithromycin, ritonavir"
        without_purpose = _PURPOSE.sub("", named_class)  # "allopurinol for gout": people taking allopurinol
        if names_a_medicine(without_purpose) and not cue("medicine_noun").search(named_class):
            named_class = without_purpose
        named_class += _defining_clause(text, subject.end("np"), named_class)
        drinkers, named_class = self._drinkers_apart(named_class)
        if drinkers is not None:
            start = subject.start("np")
            yield drinkers, start, start + len("alcohol")
        if named_class.strip():
            label = "people taking " + re.sub(r"\s+and\s+", " or ", named_class).lower()
            yield unmapped("population", label), subject.start("np"), subject.end("np")

    def _drinkers_apart(self, named: str) -> tuple[Entity | None, str]:
        """Drinkers, when alcohol leads a list of what is taken with the drug, and the rest of the list:
        "Alcohol, sleeping tablets and other sedatives add to its drowsiness" ("Alcohol on the same
        evening deepens the sedation": drinkers alone)."""
        alcohol = _ALCOHOL_FIRST.match(named)
        term = self.lexicon.lookup("population", "alcohol users") if alcohol else None
        if alcohol is None or term is None:
            return None, named
        rest = named[len("alcohol") :].strip()
        if alcohol.end() == len(named) and _NOUN_AFTER.match(rest) and self._is_other_medicine(rest):
            return None, named  # "alcohol withdrawal medicines such as chlordiazepoxide": medicines
        return entity_of(term), named[alcohol.end() :]

    def _co_medication_takers(
        self, text: str, interactions: list[re.Match[str]], clause_end: int
    ) -> Iterator[tuple[Entity, int, int]]:
        """The people taking the medicines the ``co_medication`` cues name ("do not take it with ...")."""
        for match in interactions:
            name = next(
                g
                for g in ("other", "other2", "other3", "other4", "other5", "other6", "other7", "other8", "other9")
                if match.group(g)
            )
            other = match.group(name)
            if match.start() >= clause_end:
                continue
            if name in ("other3", "other5") and not (
                self._drug_is_subject(text[_agent_clause_start(text, match.start()) : match.start()])
                and self._is_other_medicine(other)
            ):
                continue  # "lowers the level of sugar in the blood": not another medicine
            if name == "other6" and not self._is_other_medicine(other):
                continue  # "With food it is absorbed better": "combined with" names a medicine
            if name == "other":
                other = _KNOWN_AS.sub("", _WITH_AGAIN.sub(r"\1 ", other))
                drinkers, other = self._drinkers_apart(other)
                if drinkers is not None:  # "Taking it with alcohol or with other drugs that make you sleepy"
                    yield drinkers, match.start(name), match.start(name) + len("alcohol")
                    if not other.strip():
                        continue
            if name in ("other", "other8") and _FOOD.search(other) and not self._is_other_medicine(other):
                # "Taking it with food can ease stomach upset": no group; "with grapefruit juice": its drinkers
                drink = self.lexicon.lookup("population", _FOOD_AMOUNT.sub("", other))
                if drink is not None:
                    yield entity_of(drink), match.start(name), match.end(name)
                continue
            if name == "other8":
                # "Having a meal at the same time": no medicine; "Taking paracetamol as well is safe": no risk
                stop = _CLAUSE_STOP.search(text, match.end())
                clause = text[match.end() : stop.start() if stop else len(text)]
                fine = cue("reassurance").search(clause) or _SAID_FINE.match(clause)
                if not self._is_other_medicine(other) or fine:
                    continue
                other = re.sub(r"^(?:an?|the)\s+", "", other)  # "a nicotine patch": the people taking nicotine patches
            start, end = match.start(name), match.end(name)
            if name in ("other7", "other9"):
                this = match.group("this7") or match.group("this9")
                if name == "other7" and not self._is_this_drug(this) and self._is_this_drug(other):
                    # "Do not take ibuprofen with zorbavir": the other medicine first
                    other, start, end = this, match.start("this7"), match.end("this7")
                elif not self._is_this_drug(this):
                    continue
                # "Do not take it with milk, iron or antacids": the list without its food and drink
                items = [i for i in LIST_ITEMS.split(other) if i and not _FOOD.search(i)]
                if not any(self._is_other_medicine(i) for i in items):
                    continue  # "Do not take it with food": not another medicine
                other = or_list(items)
            if self._names_a_drug(other) and not self.lexicon.lookup("role", other):
                continue
            examples = re.match(
                r",?\s*(?:such as|like|including)\s+(?!(?:some|other|many|certain|most|several)\b)"
                r"((?:[\w-]+(?:\s[\w-]+)?\s*,\s*){0,5}[\w-]+(?:\s[\w-]+)?\s+(?:and|or)\s+[\w-]+(?:\s[\w-]+){0,3}?(?=\s*[,.;])"
                r"|[\w-]+(?=\s*[,.;]))",
                text[match.end(name) :],
            )
            if examples and re.search(r"\b(?:that|which)\b", other):
                other = examples.group(1)  # "medicines that slow its breakdown, such as erythromycin": those named
            other = _without_examples(other)  # the class, not its examples
            # "the antibiotic trimethoprim"; "azathioprine and mercaptopurine": people taking either
            label = "people taking " + re.sub(r"\s+and\s+", " or ", cue("class_apposition").sub("", other))
            term = self.lexicon.lookup("population", label)
            yield (entity_of(term) if term else unmapped("population", label)), start, end
