"""Risk populations: the groups of people a sentence warns about, each with the risk it names.

Reads warnings and precautions, and any sentence that names a risk, a harm, an interaction, a
labelled group or advice on driving or alcohol (cues ``risk``, ``causal``, ``co_medication``,
``driving_advice``, ``alcohol_advice`` and more of ``cues.tsv``); groups are the lexicon's
(``lexicon/terms.tsv``), named by the text (``groups``) or the people taking another medicine
(``interactions``). A sentence is read once for what makes it a warning (``_Warning``), then by
each way of naming a group in turn. The risk is the condition the sentence names, else an effect
found before (``effects``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from valkg import recache
from valkg.claims import Entity
from valkg.extract.groups import (
    _BULLET_START,
    _EXAMPLES_LEAD,
    _EXAMPLES_LEAD_ALONE,
    _LEAD_LINE,
    _STILL_A_RISK,
    LIST_ITEMS,
    NO_INTERACTION,
    _defining_clause,
    _list_leads,
    _trimmed,
)
from valkg.extract.interactions import _Interactions
from valkg.extract.patterns import (
    _FOR_PATIENTS,
    _LINE_VERB,
    _MEDICINE_FOR,
    _SEEK_HELP,
    _SEEK_HELP_BEFORE,
    cue,
    entity_of,
    names_a_medicine,
    second_person,
    unmapped,
)
from valkg.extract.sentences import _FINITE_VERB, _is_question, _Sentence
from valkg.lexicon import singular

#: a line of an "if you:" list that gives an age ("are 65 years of age or older")
_AGE_LINE = recache.compile(
    r"(?:are\s+)?(?:aged\s+)?(?P<n>\d+)\s+(?:years?\s+)?(?:of\s+age\s+|old\s+)?(?:or\s+(?:older|over)|and\s+(?:older|over))",
    re.I,
)

#: where a line of a list goes on to explain itself ("diabetes - it can hide the signs of ...")
_LINE_EXPLANATION = recache.compile(r"\s+[-\u2013\u2014]\s+|\s*[:;]\s+|,\s+(?:because|as|since|which|so)\b")

#: a group's last word that points back to what an earlier one named: "people who had had one"
_POINTS_BACK = recache.compile(r"\s(?:one|it|them|this|these|those)$", re.I)
#: ... to a thing the group's own words name first: "expecting a baby or planning one"
_POINTS_WITHIN = recache.compile(r"\s(?:an?|the)\s+[\w-]+\s+(?:or|and)\s+[\w-]+\s+(?:one|it|them)$", re.I)
#: a lead of symptoms to act on: "Stop taking it and see your doctor if:"
_STOP_OR_SEE = recache.compile(r"\bstop\s+(?:taking|using)\b", re.I)
#: someone other than the reader: "your child", "your partner"
_PERSON = recache.compile(
    r"(?:child|children|baby|toddler|infant|newborn|teenager|teen|partner|son|daughter|husband|wife|carer|parent|"
    r"mother|father|friend)\b",
    re.I,
)
#: a refusal of the drug itself to people whose organ is in a state: "Avoid it if your bowel may be blocked"
#: (not "Do not drive if your vision is blurred", nor "no need to avoid it if ...")
_REFUSED_IF_YOUR = recache.compile(
    r"(?<!need to )(?<!have to )\b(?:(?:avoid|(?:do\s+not|don't|should\s+not|shouldn't|must\s+not|never)\s+"
    r"(?:take|use|give|start|have))\s+(?:taking\s+|using\s+)?(?:it|them|(?:this|these|the)\s+[\w-]+|[\w-]+)"
    r"|(?:should|must)\s+not\s+be\s+(?:used|taken|given))\b[^.;:]{0,40}?"
    r"\bif\s+(?P<group>your\s+(?P<what>[\w-]+(?:\s+[\w-]+)?)\s+(?:is|are|(?:may|might|could)\s+be|ha(?:s|ve)\s+been)"
    r"\s+(?!not\b)[\w-]+(?:\s+[\w-]+){0,3}?)(?=\s*(?:[,.;]|$)|\s+(?:or|and|because|as|since|so)\b)"
    r"|\b(?:is|are)\s+(?:not\s+suitable|unsuitable)\b[^.;:]{0,40}?\bif\s+(?P<group2>your\s+(?P<what2>[\w-]+(?:\s+[\w-]+)?)"
    r"\s+(?:is|are|(?:may|might|could)\s+be)\s+(?!not\b)[\w-]+(?:\s+[\w-]+){0,3}?)(?=\s*(?:[,.;]|$))",
    re.I,
)
#: a measure of the body whose state may refuse the drug: "if your blood pressure is very low"
_MEASURE = recache.compile(r"\b(?:pressure|sugar|pulse|heart\s*rate|count|level)s?$", re.I)
#: a line of an "if you:" list that says what its people cannot do ("- cannot empty your bladder")
_CANNOT = recache.compile(r"(?:cannot|can't)\s+(?=\S)", re.I)
#: the leads of lines that name medicines taken ("Tell your doctor if you take:")
_MEDICINES_TAKEN = frozenset({"if you are taking", "if you take", "if you use"})
#: the reason a line of a list gives for its group: "- a slow heartbeat, because it can slow it further"
_LINE_REASON = recache.compile(r",\s+(?:because|as|since|which\s+(?:can|may|could|might))\b|;\s+\w", re.I)
#: advice to mention a condition to the doctor: "DO mention any heart rhythm problem", "mention an aortic aneurysm"
_MENTION_CONDITION = recache.compile(
    r"\bmention\s+(?:any|an?|your)\s+(?:history\s+of\s+|past\s+|previous\s+)?"
    # ("will want to know about any past stomach ulcer": a history, not a symptom to report)
    r"|\b(?:want|need)s?\s+to\s+(?:know|hear)\s+about\s+(?:any|an?|your)\s+(?:history\s+of|past|previous)\s+",
    re.I,
)
#: the drug reaching breast milk ("passes into breast milk", "small amounts reach the milk") ...
_INTO_MILK = recache.compile(
    r"\b(?:pass(?:es)?|gets?|goes|go|reach(?:es)?|enters?|found|excreted|present)\s+(?:in(?:to)?\s+)?(?:the\s+)?"
    r"(?:breast\s+)?milk\b|\bin(?:to)?\s+breast\s+milk\b",
    re.I,
)
#: ... and what it may do to the baby ("may make a nursing baby fussy", "watch a breastfed baby for")
_BABY_AFFECTED = recache.compile(
    r"\b(?:may|can|could|might|watch|monitor\w*|check\w*|occasionally|sometimes)\b[^.;]{0,60}?"
    r"\b(?:baby|babies|infants?|newborns?)\b|\b(?:baby|babies|infants?)\s+(?:may|can|could|might|gets?|becomes?)\b",
    re.I,
)
#: harm to a baby before birth, which names pregnant women though the sentence does not ("It can
#: harm an unborn baby")
_UNBORN_HARMED = recache.compile(
    r"\b(?:harm|damage|injure|hurt|affect|endanger)s?\s+(?:an?|the|your|their)\s+(?:unborn|developing)\s+"
    r"(?:baby|babies|child|children|foetus|fetus)\b",
    re.I,
)
#: ... unless the harm is denied or in doubt ("has not been shown to harm", "Whether it harms ... is not known")
#: in its own clause ("You should not take it because it can harm an unborn baby" says it can)
_DENIED_BEFORE = recache.compile(
    r"\b(?:not|n't|never|unlikely|no\s+evidence|whether)\b(?:(?!\b(?:because|since)\b)[^,;.:])*$", re.I
)
#: ... by the drug, the subject of its clause ("It can harm", "Zorbavir may damage"; not "an infection
#: that can harm", "Smoking can harm")
_HARMED_BY = recache.compile(
    r"\b(?:it|(?:this|the)\s+(?:medicine|medication|drug|product)|(?:these|the)\s+(?:tablets|capsules|medicines))"
    r"\s+(?:[\w-]+\s+){0,4}$",
    re.I,
)
#: ... and not that it may not be ("unlikely to harm", "which could not hurt a baby", "you can still breastfeed")
_BABY_UNHARMED = recache.compile(
    r"\bunlikely\s+to\b|\bcan\s+(?:still\s+)?(?:continue\s+to\s+)?breast-?feed|"
    r"\b(?:could|can|will|would|does|do)\s*(?:not|n't)\s+(?:\w+\s+)?(?:hurt|harm|affect)|\bcannot\s+(?:hurt|harm|affect)",
    re.I,
)
#: live vaccines to avoid ("Avoid live vaccines", "Live vaccines should not be given")
_LIVE_VACCINES = recache.compile(
    r"\b(?:avoid|(?:not|never)\s+(?:have|receive|get|be\s+given)|no)\s+(?:any\s+)?live\s+(?:[\w-]+\s+){0,2}?vaccin\w*"
    r"|\blive\s+(?:[\w-]+\s+){0,2}?vaccin\w*(?:\s*,[^,.;]{1,60},)?\s+(?:should|must)\s+"
    r"(?:not\s+be\s+(?:given|used|had)|be\s+avoided)\b",
    re.I,
)
#: advice not to take the drug that follows a consequence and names who should not
_REFUSED_AFTER = recache.compile(
    r"\s*,?\s*(?:do\s+not|don't|never|you\s+should\s+not|you\s+must\s+not)\s+(?:take|use|have)\s+"
    r"(?P<what>it|this\s+medicine|this\s+drug|[\w-]+)\s+if\b",
    re.I,
)
#: the heading of a contraindications section, whose lines open with the conditions
_CONTRAINDICATIONS = recache.compile(r"contra-?indicat", re.I)
_CONDITION_LEAD = recache.compile(r"(?:(?:known|active|severe|a\s+history\s+of|history\s+of|hx)\s+)+", re.I)
#: the words for contraception ("reliable contraception", "condoms")
_CONTRACEPTIVES = r"(?:contraception|contraceptives?|condoms?|birth\s+control)"
#: advice to parents-to-be that names their group: "Don't breastfeed", "men should not father a child"
_PARENT_ADVICE = recache.compile(
    r"\b(?:do\s+not|don't|should\s+not|must\s+not|never)\s+(?P<feed>breast-?feed)\b"
    r"|\bmen\s+(?:should|must)\s+not\s+(?:father|conceive)\b"
    r"|\b(?P<condoms>(?:men|male\s+patients)(?:\s+(?:taking|on|using)\s+[\w-]+)?\s+(?:should|must|need\s+to)\s+use\s+"
    rf"(?:[\w-]+\s+){{0,3}}?{_CONTRACEPTIVES})\b",
    re.I,
)
#: advice to use contraception, which says the drug is a risk to a pregnancy ("Use contraception if you
#: could become pregnant")
_CONTRACEPTION = recache.compile(
    rf"\b(?:use|uses|using|need|needs)\s+(?:\w+\s+){{0,2}}?{_CONTRACEPTIVES}\b",
    re.I,
)
#: ... because of what the drug may do to a pregnancy (not "if you miss two pills", "to protect a partner
#: from HIV")
_A_PREGNANCY = recache.compile(r"\b(?:unborn|birth\s+defects?|harm\w*|damag\w*|sperm|semen)\b", re.I)
#: ... said of the group just named ("women who might conceive should use dependable contraception")
_TOLD_TO_USE_CONTRACEPTION = recache.compile(
    r"\s+(?:should|must|need\s+to|are\s+(?:advised|told)\s+to)\s+use\s+(?:[\w-]+\s+){0,2}?"
    rf"{_CONTRACEPTIVES}\b",
    re.I,
)
#: the reader's child of an age, a group ("if your child is under 12", "if under 12", "weighs less than 10 kg")
_OF_AN_AGE = recache.compile(r"\s+(?:is|was)\s+(?:under|younger|aged|less|over|older|below)\b", re.I)
_AN_AGE_OR_WEIGHT = recache.compile(
    r"\b(?:under|younger\s+than|older\s+than|aged|over)\s+\d|\bweighs?\s+(?:less|more|under|over)\b"
    r"|\b\d+\s*(?:(?:years?|months?)\s+(?:old|of\s+age)|or\s+(?:younger|older))\b",
    re.I,
)
#: care, or avoidance, needed in the conditions that follow ("Caution is needed in diabetes, ...",
#: "It should also be avoided in lupus, ..., and in severe liver disease", "It is contraindicated in ...")
_CAUTION_IN = recache.compile(
    r"\b(?:caution|care)\s+(?:is\s+)?(?:needed|required|advised|recommended|should be taken)\s+in\b"
    r"|\b(?:is|are|(?:should|must)\s+(?:also\s+)?be)\s+avoided\s+in\b|\bused\s+with\s+(?:great\s+)?(?:caution|care)\s+in\b"
    r"|\b(?:should|must)\s+not\s+be\s+(?:used|given|taken)\s+in\b|\bcontra-?indicated\s+in\b"
    # ("It is not recommended in severe liver disease", "unsuitable during a manic phase, ..., in severe
    # liver disease, where it builds up")
    r"|\bnot\s+(?:recommended|suitable|advised)\s+in\b|\b(?:it|this\s+(?:medicine|drug))\s+is\s+(?:also\s+)?unsuitable\b"
    r"|^\s*unsuitable\s+(?:in|for)\b",
    re.I,
)
#: words for how bad a condition is, before its name ("severe", "pre-existing")
_HOW_BAD = r"severe|serious|advanced|active|existing|pre-existing|known|untreated"
_SEVERITY = rf"(?P<severity>(?:(?:very\s+)?(?:{_HOW_BAD})\s+)?)"
#: "in" and a few words up to the end of their clause ("in severe liver disease, where ...")
_IN_WORDS = recache.compile(
    rf"\bin\s+(?:an?\s+|the\s+)?(?P<all>{_SEVERITY}(?P<words>(?:[\w'-]+\s+){{0,3}}?[\w'-]+))"
    r"(?=\s*(?:[,.;:]|$)|\s+(?:which|where|because|as|since|when)\b)",
    re.I,
)
#: "in" before a condition, with its severity ("and in severe liver disease")
_IN_BEFORE = recache.compile(rf"\bin\s+(?:an?\s+|the\s+)?{_SEVERITY}$", re.I)

#: "With severe kidney disease the drug stays in the body longer"
_WITH_CONDITION = recache.compile(
    r"^\s*(?P<lead>With|In)\s+(?!(?:studies|trials|research|tests?|people|patients|those|animals?)\b)(?P<x>(?:[\w'-]+\s+){0,5}?(?:disease|diseases|problems?|failure|impairment|damage|cirrhosis))\b"
)
#: food that is no medicine and no drink a warning is for ("milk"; not alcohol or grapefruit juice)
_FOOD_NOT_DRINK = recache.compile(r"\b(?:food|meals?|milk|dairy|yog(?:h)?urts?|cheese|eggs?)\b", re.I)
#: a sentence that lists medicines after "include" ("Medicines to keep apart from it include ...")
_INCLUDE_LEAD = recache.compile(
    r"^\W*(?:the\s+)?(?:other\s+)?(?:medicines|drugs|medications)\b[^.;:]{0,50}?\binclude\b\s*:?\s*", re.I
)
#: where an item's reason starts (", which add to the danger", ", whose levels can climb")
_ITEM_REASON = recache.compile(
    r",\s*(?:which|whose|who|that|including|because|as|since)\b|\s+(?:because|since)\b", re.I
)
#: what may happen, not how it may be taken or what may be needed
_MAY_HAPPEN = recache.compile(
    r"\b(?:may|can|could|might)\s+(?:also\s+)?(?:hold|retain|worsen|get\s+worse|become\s+worse|build\s+up|accumulate|cause|"
    r"trigger|bring\s+on|bleed|fail|damage|harm|rise|fall|drop|lead\s+to|strain|suffer|flare|deteriorate|"
    r"make\s+(?:[\w-]+\s+){0,3}?(?:worse|fall|drop|rise|harder)|lengthen|increase(?!\s+the\s+dose)|go\s+up|"
    r"be\s+(?:harmed|damaged|dangerous|harmful|fatal|made\s+worse))\b",
    re.I,
)
#: a later clause that opens with a condition: "..., and in severe liver disease it can worsen liver damage"
_IN_CONDITION_LATER = recache.compile(
    rf"[,;]\s*(?:and|but|while|whereas)\s+in\s+(?:an?\s+)?(?!(?:children|people|patients|adults|women|men|those)\b)"
    rf"(?P<x>{_SEVERITY}(?:[\w'-]+\s+){{0,3}}?"
    r"(?:disease|problems?|failure|impairment|damage|cirrhosis))\b",
    re.I,
)
#: where such a later clause ends: a full stop, a semicolon or the next coordinated clause
_LATER_CLAUSE_END = recache.compile(r"[;.]|,\s*(?:and|but|while|whereas)\b")
#: a list at the start of a sentence that makes something more likely ("Asthma or diabetes raise ...")
_CONDITIONS_RAISE = recache.compile(
    r"^(?P<list>[^.;:]{3,160}?)\s+(?:can\s+|may\s+|could\s+|might\s+|also\s+|all\s+|both\s+)*"
    r"(?:(?:make|makes|raise|raises|increase|increases)\s+(?:the\s+(?:risk|chance)\b|[\w\s-]{2,40}?\s+more\s+likely\b)"
    # ("Crohn's disease or ulcerative colitis can flare", "Severe kidney disease rules it out")
    r"|(?<=can\s|may\s)(?P<worsens>flare(?:\s+up)?|worsen|get\s+worse|become\s+worse)\b|rules?\s+(?:it|this\s+medicine)\s+out\b"
    # ("An overactive thyroid strengthens its effect")
    r"|(?:strengthens?|boosts?|increases?|exaggerates?|weakens?|blunts?)\s+(?:its|the\s+drug's)\s+effects?\b"
    r"|(?:is|are)\s+(?:a\s+)?(?:reason|reasons)\s+(?:to\s+avoid|not\s+to\s+(?:take|use|give))\s+(?P<avoided>[^.;,]+))"
)
#: where a later clause of a sentence starts ("..., and severe kidney disease also makes ...")
#: (on the same line: a list's next item is no later clause)
_NEXT_CLAUSE = recache.compile(r"(?:;|,\s*(?:and|while|whereas))[ \t]+(?![-*\u2022])")
#: a later clause whose subject points back ("; the liver disease can get worse"): named before
_POINTS_BACK_AT_START = recache.compile(r"(?:the|this|that|these|those|its|your|such)\b", re.I)
#: a condition described by a clause after it ("heart failure that is poorly controlled")
_CONDITION_STATE = recache.compile(
    r"\s+that\s+(?:is|are)\s+(?:(?:poorly|badly|not\s+well)\s+controlled|uncontrolled|severe|advanced)", re.I
)
#: how bad or how old a condition that opens a sentence is ("Untreated hypothyroidism raises ...")
_CONDITION_QUALIFIER = recache.compile(
    rf"(?:(?:a|an)\b\s*)?(?:(?:very\s+)?(?:{_HOW_BAD}|uncontrolled|(?:poorly|badly)\s+controlled|previous|past|recent))?"
)

_ORGAN = r"(?:kidney|renal|liver|hepatic|heart|cardiac|lung|thyroid)"
#: organs that share the word of their trouble ("Severe kidney or liver disease")
_ORGANS_TROUBLE = recache.compile(
    rf"{_CONDITION_QUALIFIER.pattern}\s*{_ORGAN}(?:\s*(?:,|or|and)\s*{_ORGAN})*\s+"
    r"(?:disease|problems|trouble|failure|impairment|damage)",
    re.I,
)

#: a line of a list, its bullet or number dropped
_LIST_ITEM_LINE = recache.compile(
    r"(?:^|\n)(?P<indent>[ \t]*)(?P<bullet>[-*\u2022]|\d+[.)])?[ \t]*(?P<item>[^\n]*?)[ \t;,.]*(?=\n|$)"
)

_WITH_NAMED = recache.compile(r"\s+with\s+(?:an?\s+)?")
#: ", inflamed or sunburnt scalp": more adjectives and the noun they share
_SHARED_NOUN = recache.compile(r",\s*(?:[a-z-]+\s*,\s*)*[a-z-]+\s+(?:or|and)\s+[a-z-]+\s+(?P<noun>[a-z-]+)\b")


def _use_clause_start(text: str, position: int) -> int:
    """Where the line or clause of a statement of use that reaches ``position`` starts."""
    return max((m.end() for m in _USE_CLAUSE_BOUNDARY.finditer(text, 0, position)), default=0)


def _parent_advice(text: str) -> Iterator[re.Match[str]]:
    """Advice to parents-to-be, men's contraception only for what the drug may do to a pregnancy
    ("men should use condoms, as it can damage sperm"; not "to avoid passing on herpes")."""
    for match in _PARENT_ADVICE.finditer(text):
        if not match.group("condoms") or _A_PREGNANCY.search(text) or _PARENTHOOD.search(text):
            yield match


#: words of a child to be conceived, which men's contraception may protect
_PARENTHOOD = recache.compile(
    r"\b(?:father\w*|pregnan\w*|conceiv\w*|baby)\b|\bfor\s+\d+\s+(?:weeks?|months?)\s+(?:after|afterwards)\b", re.I
)


def _harms_a_breastfed_baby(text: str) -> re.Match[str] | None:
    """Where the drug is said to reach breast milk, when the sentence says the baby may be harmed
    ("It gets into breast milk and may leave a nursing baby sleepy"; not "unlikely to harm")."""
    milk = _INTO_MILK.search(text)
    if milk is None or cue("reassurance").search(text) or _BABY_UNHARMED.search(text):
        return None
    # (the baby before or after the milk, on the same line of a list)
    line_start, line_end = text.rfind("\n", 0, milk.start()) + 1, text.find("\n", milk.end())
    return milk if _BABY_AFFECTED.search(text, line_start, line_end if line_end >= 0 else len(text)) else None


#: what ends a statement of use before a group ("..., but in people with kidney disease")
_USE_CLAUSE_BOUNDARY = recache.compile(r"[;.\n]|\b(?:but|although|however|though|whereas)\b", re.I)


#: a found group: its entity and where its words start and end in the sentence
_Found = tuple[Entity, int, int]


@dataclass(frozen=True, slots=True)
class _Warning:
    """What makes a sentence a warning, read once for all the ways it may name a group."""

    interactions: list[re.Match[str]]  # the ``co_medication`` cues ("do not take it with ...")
    subject: re.Match[str] | None  # another medicine as the subject of an interaction
    acted_on: list[tuple[str, int, int]]  # medicines acted on in mid-sentence ("It also weakens warfarin")
    labelled: list[_Found]  # "Pregnancy: ...", "\u2022 Epilepsy \u2192 fits"
    fields: list[_Found]  # "Avoid in: severe kidney impairment; ..."
    refused: bool  # "Can people with porphyria take it? No."
    driving: re.Match[str] | None  # "do not drive if you feel drowsy"
    milk: re.Match[str] | None  # "It gets into breast milk and may leave a nursing baby sleepy"
    parent_advice: list[re.Match[str]]  # "Don't breastfeed", "men should not father a child"
    allergies: list[_Found]
    harmful: bool  # a risk, a harm, an interaction, a label or advice that the sentence is a warning
    clause_end: int  # where the clause that names groups ends (a consequence or a statement of use after it)
    used_in: list[int]  # where the patients of a statement of use start ("used to treat adults with")


#: a group said in a later clause to share the risk just named: "..., and heavy drinkers face a similar
#: danger", "..., while people over 75 are at the same risk"
_FACES_THE_SAME = recache.compile(
    r"[,;]\s*(?:and|while|whereas)\s+(?P<group>[\w' -]{3,60}?)\s+(?:(?:face|faces|run|runs|carry|carries|share|shares)"
    r"\s+(?:a\s+|the\s+)?(?:similar|same|comparable)\s+(?:danger|risk|problem|hazard)s?"
    r"|(?:are|is)\s+(?:also\s+)?at\s+(?:a\s+)?(?:similar|the\s+same|comparable)\s+risk)\b",
    re.I,
)

#: a lead that says its list is no risk ("so no extra care is needed with:", "so you can take it if you have:")
_LEAD_REASSURES = recache.compile(r"\b(?:no|not|nothing|never)\b|n't\b|\bcan\s+(?:take|use|have)\b", re.I)
#: the drug said to act more strongly than it should ("so zorbavir acts more strongly")
_STRONGER_EFFECT = recache.compile(
    r"\b(?:acts?|works?)\s+(?:more|too)\s+strongly\b(?!\s+than)|\b(?:its|the\s+drug's)\s+effects?\s+(?:is|are|becomes?)\s+"
    r"(?:stronger|exaggerated)\b(?!\s+than)",
    re.I,
)
#: contact lenses and what a medicine (its preservative) does to them or to the eye under them
_CONTACT_LENSES = recache.compile(r"\b(?:soft\s+)?contact\s+lens(?:es)?\b", re.I)
_LENS_HARM = recache.compile(
    r"\b(?:irritat\w*|absorbed\s+(?:by|into)|soaks?\s+into|discolou?r\w*|damag\w*|tak(?:e|es|en)\s+up|"
    r"builds?\s+up|stain\w*)\b",
    re.I,
)
#: a lens harm denied ("do not irritate", "preservative-free", "nothing builds up")
_LENS_HARM_DENIED = recache.compile(
    r"(?:\b(?:not|never|nothing|no)\b|n't\b)\s+(?:[\w-]+\s+){0,2}?(?:be\s+)?(?:irritat|absorb|soak|build|discolou?r|damag|stain)"
    r"|-free\b",
    re.I,
)

#: examples between commas ("..., for example oxybutynin for an overactive bladder,")
_ASIDE = recache.compile(r",\s*(?:for example|for instance|e\.g\.)\s[^,;.]*,")


class _RiskPopulations(_Interactions):
    """``risk_population`` claims."""

    def risk_populations(self, sentence: _Sentence) -> None:
        if _BULLET_START.match(sentence.text) is None and _LEAD_LINE.match(sentence.text):
            # a line that leads a list of its own ends the list before it, whether or not it is a warning
            self._open_list, self._open_list_refuses = None, False
        warning = self._warning(sentence)
        if warning is None:
            return
        populations: dict[str, _Found] = {}
        # in this order: the first way to name a group keeps it, and later ways skip words an earlier one took
        # (each is called with the sentence, what makes it a warning and the groups found so far, whether it
        # needs them or not)
        for finder in (
            self._lexicon_groups,
            self._lens_wearers,
            self._contraindicated,
            self._fields_and_allergies,
            self._phrased_groups,
            self._refused_whose,
            self._caution_in,
            self._shared_risk_groups,
            self._if_you_list_groups,
            self._drinkers_told_no,
            self._medicine_takers,
            self._advised_groups,
            self._interaction_takers,
            self._included_medicines,
            self._named_by_structure,
        ):
            for entity, start, end in finder(sentence, warning, populations):
                populations.setdefault(entity.slug, (entity, start, end))
        if not populations and warning.harmful and sentence.section_kind == "precautions":
            # "Can I take it while pregnant or breastfeeding?" then "some risk of birth defects
            # remains": the groups the heading names are the ones the section's risks are for
            populations = {entity.slug: (entity, 0, 0) for entity in self._heading_groups(sentence)}
        # ("Fosinopril may interfere with a blood test": the drug itself is no other medicine taken;
        # "people who had had one": a group named by a word that points back names none of its own)
        populations = {
            slug: item
            for slug, item in populations.items()
            if not (slug.startswith("people-taking-") and self.drug_names.search(item[0].label))
            and not (_POINTS_BACK.search(item[0].label) and not _POINTS_WITHIN.search(item[0].label))
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

    def _warning(self, sentence: _Sentence) -> _Warning | None:
        """What makes ``sentence`` a warning, or None when it names no risk and is no precaution."""
        text = sentence.text
        # "no extra risk", "do not need a different dose": the words of risk say there is none, and
        # "lowers the risk of fractures" names a benefit
        reassurance = cue("reassurance").search(text)
        # ("not known to be harmful": a harm said not to be)
        unreassured = cue("reassurance").sub(lambda m: " " * len(m.group()), text) if reassurance else text
        without_limits = cue("dose_limit").sub(" ", unreassured)
        # "lowers the risk of dying from heart problems": a benefit, to the end of its clause
        without_limits = re.sub(rf"(?:{cue('benefit').pattern})[^,;.\n]*", " ", without_limits, flags=re.I)
        # "people with liver problems": a word of risk inside a group's name says nothing of a risk
        without_limits = cue("population_phrase").sub(lambda m: " " * len(m.group()), without_limits)
        interactions = list(cue("co_medication").finditer(text))
        subject = self._interacting_subject(sentence)
        acted_on = self._medicines_interacting(text, sentence.section_kind, self._next_text(sentence))
        labelled = self._labelled_groups(sentence) + self._bare_medicine_line(sentence)
        fields = self._field_list_groups(sentence)
        # "Can people with porphyria take it? No. It can set off an attack": the question names the
        # group, the answer says no
        refused = self._answered_no(sentence)
        if _is_question(text) and not refused:
            return None  # "Can people with kidney disease take it?" asks; its answer says
        driving = cue("driving_advice").search(text)  # "do not drive if you feel drowsy": a risk for drivers
        milk = _harms_a_breastfed_baby(text)
        parent_advice = list(_parent_advice(text))
        allergies = self._allergy_groups(text)
        risk_named = cue("risk").search(without_limits)
        # "These include:\n\n- triptans for migraine": a line of a list of medicines that interact
        paragraph = sentence.sentence.paragraph
        in_a_list = (self._open_list is not None and self._open_list[0] == paragraph) or (
            self._lead_alone is not None and self._lead_alone[0] == paragraph - 1
        )
        # a line of its own in a list: under a lead that refuses the drug ("Do not use zorbavir if:\n- you
        # have ...\n- you have severe kidney disease."), or giving its own reason ("Talk about any health
        # conditions you may have, including:\n- a slow heartbeat, because it can slow it further.")
        open_line = in_a_list and _BULLET_START.match(text) is not None  # (also after a lead and a blank line)
        refused_line = bool(open_line) and (self._open_list_refuses or _LINE_REASON.search(text) is not None)
        examples = _EXAMPLES_LEAD.match(text) is not None or _EXAMPLES_LEAD_ALONE.fullmatch(text) is not None
        # (a line of a list of medicines: "The following may interact with it:\n- ...\n- digoxin, which ...")
        introduced = (sentence.section_kind == "interactions" and examples) or self._leads_medicines(sentence)
        listed_medicine = bool(introduced and not self._said_safe_before(sentence)) or (
            open_line
            and (
                sentence.section_kind == "interactions"
                or (self._open_list is not None and self._open_list[1] in _MEDICINES_TAKEN)
            )
        )
        harmful = bool(
            listed_medicine
            or refused_line
            or risk_named
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
            or milk
            or parent_advice
            or (_CONTRACEPTION.search(text) and _A_PREGNANCY.search(text))
            or self._lenses_harmed(text)
        )
        if not (harmful or sentence.section_kind == "precautions"):
            return None
        if not harmful and reassurance:
            return None  # "considered safe for pregnant women": no risk stated
        harm_stated = (
            cue("causal").search(unreassured)
            or cue("stated_harm").search(unreassured)
            or (reassurance and _STILL_A_RISK.search(text))  # "..., but watch the baby for ..."
        )
        if (subject or interactions) and not (risk_named or harm_stated) and reassurance:
            return None  # "Antacids reduce absorption slightly, which is not clinically important"
        if cue("unknown_risk").search(text) and not harm_stated:
            return None  # "Pregnancy: there is not enough information; talk to your doctor": no risk stated
        risk_words = {" ".join(m.group().lower().split()) for m in cue("risk").finditer(without_limits)}
        advice_only = risk_words and risk_words <= {"not recommended", "not advised"}
        if advice_only and not harm_stated and not cue("alcohol_advice").search(text):
            return None  # "Breastfeeding during a long course is not recommended": advice, no risk named
        consequence = cue("consequence").search(text)
        # ("Because it makes the pill less reliable, use condoms too": a reason that opens the
        # sentence holds the risk)
        clause_end = consequence.start() if consequence and consequence.start() > 0 else len(text)
        refused_after = _REFUSED_AFTER.match(text, consequence.end()) if consequence else None
        if refused_after and self._drug_is_subject(refused_after.group("what") + " "):
            clause_end = len(text)  # "It can harm an unborn baby, so do not take it if you are pregnant"
        elif consequence and any(
            lead.start() > consequence.start()
            and "\n" not in text[consequence.start() : lead.end()]
            and not _LEAD_REASSURES.search(text, consequence.start(), lead.end())
            for lead, _ in _list_leads(text)
        ):
            clause_end = len(
                text
            )  # "Some reaches the body, so extra care is needed with:\n- asthma ...": it leads a list
        # "Doctors give it to people who have active TB": the patients it is for, unless a risk is named
        patients = cue("patients_of_use").search(text)
        if patients and not risk_named:
            clause_end = min(clause_end, patients.end())
        return _Warning(
            interactions=interactions,
            subject=subject,
            acted_on=acted_on,
            labelled=labelled,
            fields=fields,
            refused=refused,
            driving=driving,
            milk=milk,
            parent_advice=parent_advice,
            allergies=allergies,
            harmful=harmful,
            clause_end=clause_end,
            # "a medicine used to lower the risk of death in adults with heart failure": the patients
            # a use is for, when the sentence names no risk of its own
            used_in=[] if risk_named else self._patients_of_use(text),
        )

    def _lens_wearers(self, sentence: _Sentence, warning: _Warning, found: dict[str, _Found]) -> Iterator[_Found]:
        """ "Take soft contact lenses out first, because the preservative soaks into them and can
        irritate the eye": the people who wear them."""
        if self._lenses_harmed(sentence.text):
            lenses = _CONTACT_LENSES.search(sentence.text)
            assert lenses is not None
            yield self._group("contact lens wearers"), lenses.start(), lenses.end()

    def _lenses_harmed(self, text: str) -> bool:
        """Whether this drug's drops are said to harm contact lenses or the eye under them (not
        another medicine's, not a harm denied)."""
        lenses = _CONTACT_LENSES.search(text)
        if lenses is None or not _LENS_HARM.search(text) or _LENS_HARM_DENIED.search(text):
            return False
        # ("Unlike zorbavir, timolol drops contain a preservative that soaks into soft contact lenses")
        line_start = text.rfind("\n", 0, lenses.start()) + 1  # (a list's earlier lines name their own medicines)
        return not names_a_medicine(self.drug_names.sub(" ", text[line_start : lenses.start()]))

    def _bare_medicine_line(self, sentence: _Sentence) -> list[_Found]:
        """The medicines a bulleted line of the interactions names on their own, with what they do
        in the sentences after ("- MAO inhibitors such as phenelzine. These stop ... blood pressure
        can soar"), unless the next sentence says they are safe."""
        bullet = _BULLET_START.match(sentence.text)
        if sentence.section_kind != "interactions" or bullet is None:
            return []
        # ("- Carbidopa, which is combined with levodopa ...": the medicine, without what describes it)
        names = re.split(
            r",?\s+(?:which|that|who|because)\b|,\s+as\b|[.;:]", sentence.text[bullet.end() :], maxsplit=1
        )[0]
        if (
            not names.strip()
            or _FINITE_VERB.search(names)
            or names.count("(") != names.count(")")  # "(e.g. acetazolamide)": a sentence cut at an abbreviation
            or re.fullmatch(
                r"\s*(?:other\s+)?(?:drugs|medicines|medications)\s*", names, re.I
            )  # "Drugs that raise ..."
            or not self._is_other_medicine(names)
        ):
            return []
        following = self._next_text(sentence)
        if not following or cue("reassurance").search(following) or NO_INTERACTION.search(following):
            return []
        # (what they do must be a harm or an interaction: not "Useful for headaches", "It is fine")
        acts = any(
            cue(name).search(following) for name in ("risk", "stated_harm", "causal", "interaction", "level_change")
        )
        if not acts or self._said_safe_before(sentence):
            return []
        start = bullet.end() + len(names) - len(names.lstrip())
        return [(self._group(f"people taking {names.strip()}"), start, start + len(names.strip()))]

    def _said_safe_before(self, sentence: _Sentence) -> bool:
        """Whether the sentence before says the medicines it introduces are safe with this one ("Some
        painkillers are safe to take with zorbavir. These include:")."""
        index = sentence.sentence.index
        before = self.sentences[index - 1].text if index > 0 else ""
        return bool(cue("reassurance").search(before) or NO_INTERACTION.search(before))

    def _lexicon_groups(self, sentence: _Sentence, warning: _Warning, found: dict[str, _Found]) -> Iterator[_Found]:
        """The lexicon's groups the sentence names before its consequence ("older people", "children")."""
        text = sentence.text
        # "Digoxin (often 62.5 micrograms a day in older people): ...": an aside inside a label
        asides = [
            (start + m.start(), start + m.end())
            for _, start, end in warning.labelled
            for m in re.finditer(r"\([^()]*\)", text[start:end])
        ]
        for mention in sentence.mentions("population"):
            if any(mention.start < end <= mention.end for end in warning.used_in):
                continue
            if any(a <= mention.start < b for a, b in asides):
                continue
            if re.match(r"(?:child|children|baby|babies|infant)", mention.text, re.I) and re.search(
                r"\b(?:father|have|conceive|expecting)\s+an?\s+$", text[: mention.start], re.I
            ):
                continue  # "men should not father a child": a child to come, no group at risk
            # ("..., so women who might conceive should use contraception": those the consequence advises)
            advised = _TOLD_TO_USE_CONTRACEPTION.match(text, mention.end)
            if (
                (mention.start >= warning.clause_end and not advised)
                or cue("victim").search(text[: mention.start])
                or cue("victim_words").search(mention.text)
            ):
                continue
            entity, end = entity_of(mention.term), mention.end
            age = cue("age_qualifier").match(text[mention.end :])
            if mention.term.slug == "adults" and not age:
                continue  # adults are everyone the text is written for, not a group at risk
            if (
                not (age or _OF_AN_AGE.match(text, mention.end) or _AN_AGE_OR_WEIGHT.search(text))
                and re.fullmatch(r"child|baby", mention.text, re.I)
                and re.search(r"\byour\s+$", text[: mention.start], re.I)
            ):
                continue  # "If your child has a cold": the reader's child, whom a children's leaflet is about
            if age and cue("general_population").fullmatch(mention.text):
                entity, end = unmapped("population", mention.text + age.group()), mention.end + age.end()
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
            yield entity, mention.start, end

    def _fields_and_allergies(
        self, sentence: _Sentence, warning: _Warning, found: dict[str, _Found]
    ) -> Iterator[_Found]:
        """A field's groups ("Avoid in: severe kidney impairment; ..."), people allergic to something
        (before the phrases, which would take their words apart) and people of a descent."""
        yield from warning.fields
        yield from warning.allergies
        for match in cue("descent_group").finditer(sentence.text):  # "people of Han Chinese, Thai or Korean descent"
            yield self._group(match.group()), match.start(), match.end()

    def _phrased_groups(self, sentence: _Sentence, warning: _Warning, found: dict[str, _Found]) -> Iterator[_Found]:
        """The groups a phrase names ("people with kidney disease", "if you have asthma or diabetes")."""
        text = sentence.text
        for match in cue("population_phrase").finditer(text):
            if match.start() >= warning.clause_end or any(
                s < match.end() and match.start() < e for _, s, e in found.values()
            ):
                continue
            phrase = _trimmed(match.group())
            if not cue("population_phrase").fullmatch(phrase) or self.drug_names.search(phrase):
                continue  # "people who are due to", "people taking gabapentin": no group named
            if _SEEK_HELP_BEFORE.search(text, 0, match.start()):
                continue  # "Call your doctor immediately if you have unusual bleeding": signs to act on
            if any(match.start() < end <= match.end() for end in warning.used_in):
                continue  # the patients of a use
            if re.search(r"\b(?:it|them|this|that)$|\b\d+\s+(?:weeks?|months?|days?)$", phrase, re.I):
                continue  # "people who have it", "women who are 20 weeks [into pregnancy]": named elsewhere
            phrase += _defining_clause(text, match.start() + len(phrase), phrase)
            # "people with a red, inflamed or sunburnt scalp": adjectives coordinated before one organ
            shared = _SHARED_NOUN.match(text, match.start() + len(phrase))
            if shared and cue("organ").fullmatch(shared.group("noun").lower()):
                phrase = text[match.start() : shared.end()]
            yield self._group(phrase), match.start(), match.start() + len(phrase)
            # "if you have kidney disease, asthma or diabetes": one group for each condition
            for other, start, end in self._coordinated_conditions(sentence, match.start() + len(phrase)):
                yield self._group(f"people with {other}"), start, end

    def _refused_whose(self, sentence: _Sentence, warning: _Warning, found: dict[str, _Found]) -> Iterator[_Found]:
        """ "Avoid it if your bowel may be blocked": the people whose organ is in that state (not another
        person's: "if your child is under 12")."""
        # (kidneys and liver that work poorly are the lexicon's groups, named by ``organ_impairment``)
        if cue("organ_impairment").search(sentence.text):
            return
        for match in _REFUSED_IF_YOUR.finditer(sentence.text):
            group = "group" if match.group("group") else "group2"
            what = match.group("what") or match.group("what2")
            # (an organ's or a measure's state, not "your symptoms" or "your vision")
            organ = cue("organ").match(what.split()[-1].lower()) or _MEASURE.search(what)
            if match.start() < warning.clause_end and organ and not _PERSON.match(what):
                yield self._group(f"if {match.group(group)}"), match.start(group), match.end(group)

    def _caution_in(self, sentence: _Sentence, warning: _Warning, found: dict[str, _Found]) -> Iterator[_Found]:
        """ "Caution is needed in diabetes, ...; and in glaucoma, because ...", "It should be avoided
        in lupus, ..., and in severe liver disease": the conditions it is needed in."""
        text = sentence.text
        caution = _CAUTION_IN.search(text)
        if caution is None:
            return
        for mention in sentence.mentions("condition"):
            before = _IN_BEFORE.search(text, caution.start(), mention.start)
            if mention.start > caution.start() and before:
                start = before.start("severity")
                yield self._group(f"people with {text[start : mention.end]}"), start, mention.end
        # ("in severe liver disease": a group the lexicon knows, though no condition it names)
        for match in _IN_WORDS.finditer(text, caution.end() - len("in")):
            known = self._group(f"people with {match.group('words')}")
            if known.in_lexicon:
                yield self._group(f"people with {match.group('severity')}{match.group('words')}"), *match.span("all")

    def _shared_risk_groups(self, sentence: _Sentence, warning: _Warning, found: dict[str, _Found]) -> Iterator[_Found]:
        """ "Drinking alcohol raises the risk of liver damage, as does existing liver disease": another
        group with the same risk, after the consequence."""
        text = sentence.text
        for also in cue("shared_risk").finditer(text):
            phrase_match = cue("population_phrase").match(text, also.end())
            if phrase_match is not None:
                phrase = _trimmed(phrase_match.group())
                yield self._group(phrase), also.end(), also.end() + len(phrase)
                continue
            words = re.match(r"(?:[\w'-]+\s+){0,4}?[\w'-]+(?=\s*(?:[,.;:]|$))", text[also.end() :])
            if words is None:
                continue
            entity = self._group(f"people with {words.group()}")
            named = any(
                m.start == also.end() and m.end == also.end() + words.end() for m in sentence.mentions("condition")
            )
            if entity.in_lexicon or named:
                yield entity, also.end(), also.end() + words.end()
        for later in _FACES_THE_SAME.finditer(text):  # "..., and heavy drinkers face a similar danger"
            group = later.group("group")
            term = self.lexicon.lookup("population", group)
            if term is not None or cue("population_phrase").fullmatch(group):
                yield (entity_of(term) if term else self._group(group)), later.start("group"), later.end("group")

    def _if_you_list_groups(self, sentence: _Sentence, warning: _Warning, found: dict[str, _Found]) -> Iterator[_Found]:
        """ "You should not take it if you:\\n- are pregnant\\n- have severe liver disease"."""
        text = sentence.text
        for body_start, lead_in in self._if_you_lists(sentence, warning.clause_end):
            # "Tell your doctor first if you have:\n- diabetes - it can hide ...": the lead's verb
            # goes with each line, up to the line's own explanation
            bullet_indent: int | None = None
            for line in _LIST_ITEM_LINE.finditer(text, body_start):
                indent = len(line.group("indent").expandtabs())
                if line.group("bullet"):
                    bullet_indent = indent if bullet_indent is None else bullet_indent
                elif bullet_indent is not None and line.group("item")[:1].isupper() and indent <= bullet_indent:
                    # "- warfarin: ...\nIt also slows ...": the list has ended (a line indented under an
                    # item is read as one of its lines)
                    break
                item = _LINE_EXPLANATION.split(line.group("item"), maxsplit=1)[0]
                # "- kidney disease (kidney function can get worse);": the line's reason in parentheses
                item = re.sub(r"\s*\([^()]*\)\s*[;,.]?\s*$", "", item)
                if lead_in == "if you are taking":  # "- water tablets, such as spironolactone": the class
                    item = re.sub(r",?\s+(?:such\s+as|like|including|for\s+example)\s.*$", "", item)
                    if _FOOD_NOT_DRINK.search(item) and not self._is_other_medicine(item):
                        continue  # "Do not take it with any of the following:\n- milk": food, not a medicine
                # "a resident who:\n- is over 65\n- has dementia": the lines of a lead in the third person
                item = second_person(item)
                you = re.match(r"(?:if\s+)?you\s+", item, re.I)  # "if:\n- you have kidney problems", "- if you are ..."
                # ("Let us know about any of the following:\n- you are travelling abroad": the line's own verb)
                line_lead = "if you" if you else lead_in
                if you:
                    item = item[you.end() :]
                # "if:\n- your blood pressure is already high when you lie down": people whose it is
                # (not what to stop for, "Stop taking it and see your doctor if:\n- your urine is dark", nor
                # another person, "- your child is under 12")
                whose = re.match(r"(?:if\s+)?your\s+(?=[\w-]+(?:\s+[\w-]+)?\s+(?:is|are)\b)", item, re.I)
                whose_group = (
                    whose is not None
                    and lead_in == "if you"
                    and len(item.split()) <= 14
                    and not _STOP_OR_SEE.search(text, 0, body_start)
                    and not _SEEK_HELP.search(text, 0, body_start)
                    and not cue("people").match(item[whose.end() :])
                    and not _PERSON.match(item[whose.end() :])
                )
                if whose and whose_group:
                    # ("your kidneys are damaged, or the arteries that feed them are narrowed": the first clause)
                    item = re.split(r",?\s+(?:or|and)\s+(?=(?:the|you|your)\b)", item, maxsplit=1)[0]
                    start = line.start("item")
                    yield self._group(f"if your {item[whose.end() :]}"), start, start + len(item)
                    continue
                if not item.strip():
                    continue
                start = line.start("item") + (you.end() if you else 0)
                end = start + len(item)
                if any(start <= s < end for _, s, _ in found.values()):
                    continue  # "- are pregnant or plan to become pregnant": the group named in the line
                # (after "if you have:" a line is the name of a group; after "if you:" it must say one)
                phrase = f"{self._line_lead(sentence, line_lead, item)} {item}"
                age = _AGE_LINE.fullmatch(item)
                if age:  # "- are 65 years of age or older"
                    yield unmapped("population", f"people aged {age.group('n')} or older"), start, end
                    continue
                # ("if you:\n- take medicines that weaken the immune system": the line's own verb leads)
                own_verb = (_LINE_VERB.match(item) or _CANNOT.match(item)) if line_lead == "if you" else None
                rest = item[own_verb.end() :] if own_verb else item
                listed = (line_lead != "if you" or own_verb is not None) and len(rest.split()) <= 18
                # ("kidney problems or are on dialysis": a second verb of the same list line)
                # (a relative clause may have its own: "other medicines that can harm the liver")
                main = re.sub(r"\b(?:or|and) (?:are|have|has|is)\b|\b(?:that|which|who)\b.*$", "", rest)
                listed = listed and not _FINITE_VERB.search(main)
                if listed or cue("population_phrase").fullmatch(phrase):
                    yield self._group(phrase), start, end

    def _line_lead(self, sentence: _Sentence, lead_in: str, item: str) -> str:
        """The words that make a list's line a group: outside the interactions a lead of medicines
        ("Check with your doctor before taking:") over a line that names a condition and no medicine
        ("- asthma") has it; "contact lenses" under "if you use:" stays a thing used."""
        if lead_in not in ("if you are taking", "if you take") or sentence.section_kind == "interactions":
            return lead_in
        names = [re.sub(r"^(?:an?|the|other)\s+", "", part) for part in LIST_ITEMS.split(item) if part.strip()]
        # ("- sofosbuvir (Sovaldi, Harvoni) for hepatitis C": the medicine opens the line, its use ends it)
        ends = {word.strip("()[],;:.") for part in names for word in (part.split()[0], part.split()[-1])}
        medicines = (
            cue("medicine_noun").search(item)
            or any(self._is_a_medicines_name(part) or names_a_medicine(part.split()[-1]) for part in names)
            or any(word and (self._is_a_medicines_name(word) or names_a_medicine(word)) for word in ends)
        )
        condition = self.lexicon.find("condition", item)
        return "if you have" if condition and not medicines else lead_in

    def _drinkers_told_no(self, sentence: _Sentence, warning: _Warning, found: dict[str, _Found]) -> Iterator[_Found]:
        """Drinkers, when "Can I drink alcohol?" is answered "No."."""
        text = sentence.text
        term = self.lexicon.lookup("population", "alcohol users")
        if warning.refused and term is not None and re.search(r"\balcohol\b", text, re.I):
            start = text.lower().index("alcohol")
            yield entity_of(term), start, start + len("alcohol")

    def _medicine_takers(self, sentence: _Sentence, warning: _Warning, found: dict[str, _Found]) -> Iterator[_Found]:
        """The people taking the medicines this drug acts on ("It also weakens warfarin")."""
        yield from self._raised_by_this(sentence.text)
        yield from self._acted_on(warning.acted_on)

    def _advised_groups(self, sentence: _Sentence, warning: _Warning, found: dict[str, _Found]) -> Iterator[_Found]:
        """The groups that advice names: a condition to mention, breastfeeding, live vaccines, parents
        to be, alcohol, driving, an organ that works poorly."""
        text = sentence.text
        for match in _MENTION_CONDITION.finditer(text):  # "DO mention any heart rhythm problem, such as ..."
            mentioned = [m for m in sentence.mentions("condition") if m.start == match.end()]
            if mentioned:
                yield self._group(f"people with {mentioned[0].text}"), mentioned[0].start, mentioned[0].end
        milk = warning.milk
        if milk is not None:  # "... and may make a baby sleepy"
            yield self._group("breastfeeding women"), milk.start(), milk.end()
        unborn = _UNBORN_HARMED.search(text)
        # (the drug named before the harm, with no clause about something else between: not "flu,
        # which can harm")
        by_the_drug = unborn is not None and (
            _HARMED_BY.search(text, max(0, unborn.start() - 60), unborn.start())
            or any(
                end <= unborn.start() and not re.search(r"\b(?:which|that|who)\b", text[end : unborn.start()], re.I)
                for _, end in sentence.drug_mentions
            )
        )
        if unborn and by_the_drug and not _DENIED_BEFORE.search(text, 0, unborn.start()):
            yield self._group("pregnant women"), unborn.start(), unborn.end()
        vaccines = _LIVE_VACCINES.search(text)
        # "Avoid live vaccines", "Live vaccines should not be given" ("no need to avoid ...": none)
        if vaccines and not re.search(
            r"\b(?:no\s+need|not\s+necessary|unnecessary)\s+to\s+$", text[: vaccines.start()], re.I
        ):
            yield self._group("people receiving live vaccines"), vaccines.start(), vaccines.end()
        for match in warning.parent_advice:  # "Don't breastfeed", "men should not father a child"
            wording = "breastfeeding women" if match.group("feed") else "men"
            term = self.lexicon.lookup("population", wording)
            yield (entity_of(term) if term is not None else unmapped("population", wording)), match.start(), match.end()
        drinkers = self.lexicon.lookup("population", "alcohol users")
        for match in cue("alcohol_advice").finditer(text):  # "avoid alcohol while taking it"
            if drinkers is not None:
                yield entity_of(drinkers), match.start(), match.end()
        drivers = self.lexicon.lookup("population", "people who drive")
        if warning.driving is not None and drivers is not None:
            yield entity_of(drivers), warning.driving.start(), warning.driving.end()
        for match in cue("organ_impairment").finditer(text):  # "people whose kidneys work poorly"
            # ("if your kidneys or liver are not working well": both)
            for organ in filter(None, match.group("organ", "organ2")):
                term = self.lexicon.lookup("population", f"people with {singular(organ.lower())} impairment")
                if term is not None and match.start() < warning.clause_end:
                    yield entity_of(term), match.start(), match.end()

    def _interaction_takers(self, sentence: _Sentence, warning: _Warning, found: dict[str, _Found]) -> Iterator[_Found]:
        """The people taking the medicine that is an interaction's subject, and those the
        ``co_medication`` cues name."""
        if warning.subject is not None:
            yield from self._subject_takers(sentence.text, warning.subject)
        yield from self._co_medication_takers(sentence.text, warning.interactions, warning.clause_end)

    def _included_medicines(self, sentence: _Sentence, warning: _Warning, found: dict[str, _Found]) -> Iterator[_Found]:
        """The medicines a sentence of the interactions lists after "include", item by item with each
        item's reason ("Medicines to keep apart from it include other drugs known to injure the liver,
        which add to the danger; warfarin and other blood thinners, which raise the risk of bleeding")."""
        lead = _INCLUDE_LEAD.match(sentence.text)
        if sentence.section_kind != "interactions" or lead is None or ";" not in sentence.text:
            return
        if re.search(r"\b(?:not|never|no)\b|n't\b", lead.group(), re.I):
            return  # "Drugs that do not interact with zorbavir include ..."
        position = lead.end()
        for item in sentence.text[lead.end() :].split(";"):
            head = _ITEM_REASON.split(item, maxsplit=1)[0]
            named = re.sub(r"^\s*(?:and\s+|or\s+)?", "", head).rstrip(" .")
            start = position + item.index(named) if named else position
            position += len(item) + 1
            if named and len(named.split()) <= 10 and self._is_other_medicine(named):
                yield self._group(f"people taking {named}"), start, start + len(named)

    def _named_by_structure(self, sentence: _Sentence, warning: _Warning, found: dict[str, _Found]) -> Iterator[_Found]:
        """The groups a sentence's shape names: a label ("Pregnancy and breastfeeding: ..."), an
        opening "With kidney disease ...", conditions as the subject ("Asthma or diabetes raise ...")."""
        for labelled in warning.labelled:
            if not any(labelled[1] <= s < labelled[2] for _, s, _ in found.values()):
                yield labelled
        # "With kidney disease the antibiotic builds up in the blood", "In liver disease ..."
        with_condition = _WITH_CONDITION.match(sentence.text)
        # ("In sickle cell disease it is taken every day to prevent crises": the patients of a use)
        # ("In kidney disease the dose is halved" outside the warnings: dosing, no risk named)
        if (
            with_condition is not None
            and with_condition.group("lead") == "In"
            and (
                sentence.section_kind != "precautions"
                or cue("reassurance").search(re.split(r"[,;]", sentence.text, maxsplit=1)[0])
            )
        ):
            with_condition = None
        # ("In heart failure the body may hold on to fluid": among the warnings, what may happen is the harm)
        # ("In liver disease ..., so the drug acts more strongly": a stronger effect is a harm; not "works more
        # strongly than digoxin")
        harmful = warning.harmful or (
            sentence.section_kind == "precautions"
            and (_MAY_HAPPEN.search(sentence.text) or _STRONGER_EFFECT.search(sentence.text)) is not None
        )
        if with_condition is not None and harmful and not cue("indication").search(sentence.text):
            yield (
                self._group(f"people with {with_condition.group('x')}"),
                with_condition.start("x"),
                with_condition.end("x"),
            )
        if sentence.section_kind == "precautions" and harmful:
            for later in _IN_CONDITION_LATER.finditer(sentence.text):
                # (the later clause must name a harm of its own: not "..., and in kidney failure it is
                # removed by dialysis", nor "... it needs no dose change")
                stop = _LATER_CLAUSE_END.search(sentence.text, later.end())
                clause = sentence.text[later.end() : stop.start() if stop else len(sentence.text)]
                harm = (
                    cue("causal").search(clause)
                    or cue("risk").search(clause)
                    or cue("stated_harm").search(clause)
                    or (
                        _MAY_HAPPEN.search(clause) and not cue("benefit").search(clause)
                    )  # "... liver enzymes may rise"
                )
                if harm and not cue("reassurance").search(clause):
                    yield self._group(f"people with {later.group('x')}"), later.start("x"), later.end("x")
        # "Sickle cell anaemia, leukaemia or myeloma make priapism more likely": the conditions are
        # the subject, and the people who have them the group
        for condition, start, end in self._condition_subjects(sentence):
            yield self._group(f"people with {condition}"), start, end

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
        """The conditions of a list that opens a sentence, or a clause of it, and makes a risk greater
        ("An active ulcer can bleed heavily, and severe kidney disease also makes bleeding more likely")."""
        clauses = [0]
        if sentence.section_kind == "precautions":  # (elsewhere a later clause may speak of the illness)
            clauses += [m.end() for m in _NEXT_CLAUSE.finditer(sentence.text)]
        return [found for offset in clauses for found in self._clause_condition_subjects(sentence, offset)]

    def _clause_condition_subjects(self, sentence: _Sentence, offset: int) -> list[tuple[str, int, int]]:
        text = sentence.text[offset:]
        subject = _CONDITIONS_RAISE.match(text)
        if offset and _POINTS_BACK_AT_START.match(text):
            return []
        if subject is None or self._is_other_medicine(subject.group("list")):
            return []  # "HIV medicines such as ritonavir raise its levels": medicines, not conditions
        avoided = subject.group("avoided")
        this_one = avoided and re.match(r"(?:(?:taking|using|giving)\s+)?(?:it|this|these|the)\b", avoided, re.I)
        if avoided and not this_one and self._is_other_medicine(avoided):
            return []  # "Kidney disease is a reason to avoid ibuprofen": another medicine to avoid
        listed = subject.group("list").strip(" -*\u2022")
        if re.search(r"\b(?:not|never)$|n't$", listed, re.I):
            return []  # "Asthma on its own does not rule it out"
        if subject.group("worsens") and any(
            m.term.slug in self._uses() for m in self.lexicon.find("condition", listed)
        ):
            return []  # "Stop it suddenly and angina can get worse": the illness it treats, not a group
        if self._group(f"people with {listed}").in_lexicon:  # "Severe liver disease is a reason to avoid it"
            start = offset + subject.start("list") + subject.group("list").index(listed)
            return [(listed, start, start + len(listed))]
        inside = [
            m for m in sentence.mentions("condition") if offset <= m.start and m.end <= offset + subject.end("list")
        ]
        qualifier = sentence.text[offset : inside[0].start].strip(" -*\u2022") if inside else ""
        if _ORGANS_TROUBLE.fullmatch(listed):
            # "Severe kidney or liver disease rules it out": organs that share the condition's word
            start = offset + subject.start("list") + subject.group("list").index(listed)
            return [(listed, start, start + len(listed))]
        if not inside or not _CONDITION_QUALIFIER.fullmatch(qualifier.lower()):
            return []
        state = _CONDITION_STATE.match(sentence.text, inside[0].end)
        if len(inside) == 1 and state and state.end() == offset + subject.end("list"):
            # "heart failure that is poorly controlled can get worse": the state is part of the group
            return [(sentence.text[inside[0].start : state.end()], inside[0].start, state.end())]
        # ("Untreated hypothyroidism raises ...": the group keeps how bad its condition is)
        # ("An underactive thyroid": the article is no part of it)
        kept = qualifier.lower() not in ("", "a", "an")
        first_start = sentence.text.index(qualifier, offset) if kept else inside[0].start
        return [(sentence.text[first_start : inside[0].end], first_start, inside[0].end)] + [
            (m.text, m.start, m.end) for m in inside[1:]
        ]

    def _uses(self) -> set[str]:
        """The conditions that are uses of the drug (asked once every use is found: by risk populations)."""
        if self._use_slugs is None:
            self._use_slugs = {
                c.object.slug
                for c in self.claims
                if c.kind == "indication" and not c.negated and isinstance(c.object, Entity)
            }
        return self._use_slugs

    def _contraindicated(self, sentence: _Sentence, warning: _Warning, found: dict[str, _Found]) -> Iterator[_Found]:
        """The conditions that open the lines of a contraindications section: "- Acute porphyria,
        which it may precipitate", "• Hx angioedema"."""
        heading = self.monograph.sections[sentence.sentence.section].heading or ""
        if not _CONTRAINDICATIONS.search(heading):
            return
        for line in _LIST_ITEM_LINE.finditer(sentence.text):
            lead = _CONDITION_LEAD.match(sentence.text, line.start("item"))
            start = lead.end() if lead else line.start("item")
            opening = [m for m in sentence.mentions("condition") if m.start == start]
            # ("- Hypersensitivity to X or any excipient": the genre's allergy to the product, no group)
            if opening and not re.match(r"hypersensitiv|allerg", opening[0].text, re.I):
                history = lead and re.search(r"\b(?:history|hx)\b", lead.group(), re.I)
                yield (
                    self._group(f"people with {'a history of ' if history else ''}{opening[0].text}"),
                    start,
                    opening[0].end,
                )

    def _risk_of(self, sentence: _Sentence, populations: dict[str, _Found]) -> Entity | None:
        conditions = sentence.mentions("condition")
        own = [m for m in conditions if not any(s <= m.start < e for _, s, e in populations.values())]
        # "Medicines with anticholinergic effects, for example oxybutynin for an overactive bladder,
        # work against it": an aside's condition is what an example is for, not the risk
        asides = [range(m.start(), m.end()) for m in _ASIDE.finditer(sentence.text)]
        # "(which can also cause headache)" is an aside too; "an attack (bronchospasm)" names the risk
        asides += [
            range(m.start(), m.end())
            for m in re.finditer(r"\(([^()]*)\)", sentence.text)
            if not any((c.start, c.end) == (m.start(1), m.end(1)) for c in conditions)
        ]
        own = [m for m in own if not any(m.start in aside for aside in asides)]
        own = [m for m in own if not _MEDICINE_FOR.match(sentence.text, m.end)]  # "HIV drugs" name medicines
        if own:
            return entity_of(own[0].term)
        index = sentence.sentence.index
        for mention in sentence.mentions("body_system"):
            if mention.term.slug in self.adverse_by_system:
                return self.adverse_by_system[mention.term.slug]
        if cue("anaphora").search(sentence.text) and index - 1 in self.adverse_by_sentence:
            return self.adverse_by_sentence[index - 1][0]
        return None
