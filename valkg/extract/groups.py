"""Groups of people: one wording for each group, and the groups of labels, fields and lists.

``canonical_population`` puts a phrase in the canonical "people ..." form (also used by
``valkg.evaluate`` to compare with the gold annotations); ``_Groups`` finds the lexicon's group
(``lexicon/terms.tsv``) a phrase names, and the groups of a line's label ("Over 65: ..."), a
reference entry's field ("Avoid in: ..."), an allergy, an "if you:" list, a question answered
"No." and a section's heading. Cues (``people``, ``allergy_wording``, ``allergy_group``,
``defining_clause``, ``labelled_risk`` and more) come from ``cues.tsv``.
"""

from __future__ import annotations

import re

from valkg import recache
from valkg.claims import Entity
from valkg.extract.base import _ExtractorBase
from valkg.extract.drug import _without_form
from valkg.extract.patterns import _SEEK_HELP, _inn_stems, _medicine_names, cue, entity_of, names_a_medicine, unmapped
from valkg.extract.sentences import _FINITE_VERB, _GROUP_LABEL, _is_question, _Sentence
from valkg.lexicon import singular
from valkg.reader import classify_heading

#: words that end the name of a state a group of people is in ("past drug or alcohol misuse")
_CONDITION_HEADS = frozenset(
    [
        "misuse",
        "abuse",
        "dependence",
        "addiction",
        "disease",
        "problems",
        "problem",
        "disorder",
        "failure",
        "impairment",
        "damage",
        "allergy",
        "allergies",
        "deficiency",
        "history",
    ]
)

#: a label that is advice leading into a list ("Tell your doctor if you're taking")
_ADVICE_LEAD = recache.compile(r"\bif you\b|^(?:tell|ask|check|talk|speak|see)\b", re.I)

_BULLET_START = recache.compile(r"\s*(?:[-*\u2022]|\d+[.)])[ \t]")

_ANSWER_NO = recache.compile(r"\s*no\b(?!\s+(?:problem|need|dose|change|harm|risk|known|extra|special))", re.I)
#: a reference entry's field that lists groups: "Avoid in: ...; ...", "Interactions: ...; ..."
_FIELD_OF_GROUPS = recache.compile(
    r"^\s*(?P<label>avoid in|avoid if|cautions?|use with (?:care|caution) in|do not use in|"
    r"contra-?indicat(?:ed in|ions)|interactions|interacts with)\s*[:.]\s*(?=\S)",
    re.I,
)


def _without_parentheses(text: str) -> str:
    """``text`` with each parenthesis (and the space before it) blanked out, offsets unchanged."""
    return re.sub(r"\s*\([^()]*\)", lambda m: " " * len(m.group()), text)


def _defining_clause(text: str, end: int, group: str) -> str:
    """The clause after a group of medicines that says which ("medicines that affect the heart
    rhythm", "remedies that contain paracetamol"); empty after anything else.

    Without it the group is every medicine, which no monograph warns about.
    """
    if not re.search(rf"(?:{cue('medicine_noun').pattern})$", group, re.I) or re.search(r",\s*(?:the|an?)\s", group):
        return ""  # ("aprepitant, the drug that blocks NK1 receptors": an apposition, not a group)
    clause = cue("defining_clause").match(text, end)
    return clause.group() if clause else ""


def _trimmed(phrase: str) -> str:
    """A population phrase without the punctuation and function words its pattern ran into."""
    return cue("trailing_function_words").sub("", re.sub(r"[\s,]+$", "", phrase))


#: what "people have" goes on to when it says what they did, not what they have ("have taken", "have reacted")
_PAST = r"(?:had|taken|used|been|never|recently|reacted|misused|abused|lost|smoked|received|undergone|stopped)\b"


def canonical_population(phrase: str) -> str:
    """A population phrase in the canonical "people ..." form ("anyone who has had" → "people who have had")."""
    # a group built around a phrase that already names people ("people taking" + "anyone who is
    # also taking a beta-blocker", "people with" + "people who are dehydrated") is that phrase's group
    doubled = re.match(
        r"people (?:taking|with) (?=(?:people|patients|those|adults|anyone|individuals|persons)\b)", phrase
    )
    if doubled:
        phrase = phrase[doubled.end() :]
    phrase = re.sub(r",?\s+(?:for example|for instance|e\.g\.)\s.*$", "", phrase)  # an aside, not the group
    phrase = re.sub(r"\bw/\s*", "with ", phrase)  # a drug card's "pts w/ DM"
    phrase = re.sub(r"\bhx\.?\s+(?:of\s+)?", "a history of ", phrase, flags=re.I)  # "Hx angle-closure glaucoma"
    phrase = re.sub(r"\s+[-\u2013]$", "", phrase)  # "Ketoconazole, ritonavir -" over the line that goes on
    phrase = re.sub(r"^if you're\b", "if you are", phrase, flags=re.I)
    phrase = re.sub(r"^if you've\b", "if you have", phrase, flags=re.I)
    phrase = re.sub(r"^if your\b", "people whose", phrase, flags=re.I)  # "if your blood pressure is high"
    phrase = re.sub(r"\byourself\b", "themselves", phrase)
    phrase = re.sub(r"\byour\b", "the", phrase)  # "poor circulation in your hands" is in the hands
    # "people taking rizatriptan (Maxalt)", "people with poor circulation, such as Raynaud's": the
    # group without its asides
    phrase = re.sub(r"\s*\([^()]*\)", "", phrase)
    phrase = cue("people").sub("people", phrase, count=1)
    if cue("medicine_noun").search(phrase):
        phrase = re.sub(r"^people on\b", "people taking", phrase)
    phrase = re.sub(r"^people (?:who )?(?:have|has) ever had\b", "people who have had", phrase)
    # "have ever misused prescription medicines": people who have misused them
    phrase = re.sub(rf"^people (?:who |with )?(?:(?:have|has) )?ever (?={_PAST})", "people who have ", phrase)
    # "if you have or have had: - diabetes": people with diabetes
    phrase = re.sub(r"^people (?:who )?(?:with|have) or (?:have|has) had\b", "people with", phrase)
    phrase = re.sub(
        rf"^people (?:have|has) (?={_PAST})",
        "people who have ",
        phrase,
    )
    phrase = re.sub(
        rf"^people (?:who )?(?:already |also )?(?:have|suffer from)\b(?! {_PAST})",
        "people with",
        phrase,
    )
    phrase = re.sub(r"^people (are|drink|smoke|take|use|cannot|can't|do not|don't)\b", r"people who \1", phrase)
    phrase = re.sub(r"^people who (?:(?:are|is) (?:also |already |still )?taking|take)\b", "people taking", phrase)
    phrase = re.sub(r"^people who has\b", "people who have", phrase)
    used = re.match(r"people (?:who use|using) (?P<what>.+)$", phrase)
    if used and names_a_medicine(used.group("what")):
        phrase = f"people taking {used.group('what')}"  # "if you use tizanidine"
    # "epilepsy or have ever had a fit": or who have had one
    phrase = re.sub(r"\b(or|and) (?:have|has) (?:ever )?had\b", r"\1 who have had", phrase)
    phrase = re.sub(r"\b(or|and) (?:are|is) (?=on\b|taking\b)", r"\1 ", phrase)  # "... or are on dialysis"
    phrase = re.sub(r"\s+and take\s+", " taking ", phrase)  # "with diabetes and take aliskiren"
    phrase = re.sub(r"\b(that|which|who) also\b", r"\1", phrase)  # "medicines that also affect the heart rhythm"
    phrase = re.sub(r",? or if you (?=\w)", " or who ", phrase)  # "diabetes, or if you smoke": or who smoke
    phrase = re.sub(r"^people who are (?:going|due|about) to have\b", "people having", phrase)
    # "people having live vaccines", "people taking live vaccines": people receiving them
    phrase = re.sub(
        r"^people (?:taking|having|getting|given|who receive|who get) (?=(?:[\w-]+ ){0,3}vaccin)",
        "people receiving ",
        phrase,
    )
    # "people who are being treated for", "people who are over 65"
    phrase = re.sub(r"^people who are (?=\w+ing\b|(?:over|under|aged) \d)", "people ", phrase)
    # "allergic to X, or to the related medicines Y or Z": allergic to X, Y or Z
    phrase = re.sub(
        r"\b(allergic to [\w-]+),? or to (?:the |other )?(?:related |similar )?(?:medicines|drugs) ", r"\1, ", phrase
    )
    phrase = re.sub(r"\b(allergic to \S+(?: \S+)?) or to\b", r"\1 or", phrase)
    phrase = re.sub(r"\b((?:low|high|raised) [\w-]+) in the blood\b", r"\1", phrase)  # "low potassium in the blood"
    # one group however the text words it: "people with a penicillin allergy", "who have had an allergic
    # reaction to penicillin", "who are allergic to penicillin" are all people allergic to penicillin
    phrase = cue("allergy_wording").sub("people allergic to", phrase, count=1)
    phrase = re.sub(r"^people with (?:an? )?allerg(?:y|ies) to\b", "people allergic to", phrase)
    phrase = re.sub(r"^people with an? ([\w-]+(?: [\w-]+)?) allergy$", r"people allergic to \1", phrase, flags=re.I)
    taking = re.match(r"people taking ", phrase, re.I)
    if taking:  # "people taking the blood thinner warfarin" are people taking warfarin
        phrase = taking.group() + cue("class_apposition").sub("", phrase[taking.end() :])
        # "people taking valproate for epilepsy" are people taking valproate ("a medicine for
        # epilepsy" is named by its use)
        if not re.match(
            r"people taking (?:an?\s+|the\s+|any\s+|other\s+)?(?:medicine|drug|medication|tablet|pill)s?\s+for\b",
            phrase,
        ):
            # ("rifampin, used for tuberculosis", "enzalutamide, for prostate cancer, or mitotane, for ...")
            phrase = re.sub(
                r"(?<=\w),?\s+(?:used\s+|given\s+)?for\s+(?:their\s+|an?\s+|the\s+)?[\w' -]+?(?=,\s+(?:or|and)\s|$)",
                "",
                phrase,
            )
            phrase = re.sub(r"^(people taking [\w' .-]+),\s+(or|and)\s+(?=[\w' .-]+$)", r"\1 \2 ", phrase)  # "A, or B"
        # "people taking finasteride, another hair loss medicine", "probenecid and allopurinol,
        # medicines for gout" are people taking those medicines
        phrase = re.sub(
            r",\s*(?:another|an?|the)\s+(?:[\w-]+\s+){0,3}?(?:medicine|drug|medication|treatment|product|remedy|antibiotic|"
            r"antifungal|antiviral|painkiller|antidepressant|anticonvulsant|steroid|supplement|vitamin)s?$"
            r"|,\s*(?:medicines|drugs|medications)$",
            "",
            phrase,
        )
    if re.match(r"people (?:with|taking|allergic to)\b", phrase):
        # the group, not its examples ("drugs like ketoconazole": the examples, when the group is just "drugs")
        examples = re.match(
            r"people taking (?:other\s+)?(?:drugs|medicines|medications)\s+(?:such as|like)\s+(.+)$", phrase
        )
        phrase = f"people taking {examples.group(1)}" if examples else re.sub(r",?\s+(?:such as|like)\s.*$", "", phrase)
    phrase = re.sub(r",?\s+(?:at present|at the moment|currently|right now|now)$", "", phrase)  # "gout at present"
    with_condition = re.match(r"(people with) (.+?), (.+)$", phrase)
    if with_condition:
        group, condition, rest = with_condition.groups()
        if rest == "history of":  # a reference page's "Seizures, history of"
            phrase = f"{group} a history of {condition}"
        elif re.fullmatch(r"[\w]+-[\w-]+|acute|chronic|severe|mild|moderate|primary|secondary", rest):
            phrase = f"{group} {rest} {condition}"  # "Glaucoma, angle-closure"
        elif re.match(r"an? ", rest) and not re.search(r",|\b(?:or|and)\b", rest):  # (not a list's next item)
            phrase = f"{group} {condition}"  # "acute porphyria, a rare inherited blood disorder"
    return phrase


#: the rule under a table's header row ("|---|---|")
_TABLE_RULE = recache.compile(r"\s*\|[-: |]+\|")

#: a list of examples opening a sentence ("These include:", "Examples are:")
_EXAMPLES_WORDS = r"\s*(?:these|they|examples|such medicines|these medicines)\s+(?:include|are)\s*:"
_EXAMPLES_LEAD = recache.compile(_EXAMPLES_WORDS + r"(?=\s*\n\s*[-*\u2022])", re.I)
#: the same lead as a paragraph of its own, over a list in the next
_EXAMPLES_LEAD_ALONE = recache.compile(_EXAMPLES_WORDS + r"\s*", re.I)


#: a risk after reassurance: a contrast ("not known to be harmful, but watch the baby for ..."), a dose
#: to change ("can be continued at a lower dose")
_STILL_A_RISK = recache.compile(
    r"\b(?:but|however|although|though)\b[^.;]*?\b(?:(?:may|can|could|might)\s+(?:become|get|cause|make|harm|"
    r"affect|pass|lead|feel|have|be(?!\s+(?:taken|used|given|continued|bought)\b))|watch|monitor|risk)\b"
    r"|(?<!\bno\s)\b(?:lower|reduced|smaller)\s+dose\b(?!\s+is\s+(?:rarely|not|never|seldom)\b)",
    re.I,
)


#: the end of a lead whose lines are taken with the drug: "with:", "with any of the following, because ...:"
_WITH_THESE = recache.compile(
    r"\bwith(?:\s+(?:any|all|one)\s+of\s+(?:the\s+following|these)(?:\s+medicines)?)?\s*(?:,?\s+(?:because|as|since)\b[^:\n]*)?:$"
)


def _list_leads(text: str, of_medicines: bool = False) -> list[tuple[re.Match[str], str]]:
    """The leads of lists of groups in ``text``, each with the words that make its lines groups:
    "if you have:" ("if you have"), "Let your doctor know about any history of:" ("if you have", or
    among interactions, ``of_medicines``, "if you are taking")."""
    leads = [(m, "if you" + re.sub(r"\s+", " ", m.group("verb") or "")) for m in cue("if_you_list").finditer(text)]
    # "Do not take zorbavir with:": the lines are medicines taken with it
    # ("Do not take it with any of the following, because they ...:")
    leads = [(m, "if you are taking" if _WITH_THESE.search(m.group()) else v) for m, v in leads]
    about = "if you are taking" if of_medicines else "if you have"
    leads += [(m, about) for m in cue("conditions_list").finditer(text)]
    # "Check with your pharmacist before taking:": the lines are medicines
    leads += [(m, "if you are taking") for m in cue("medicines_taken_list").finditer(text)]
    return sorted(leads, key=lambda lead: lead[0].start())


#: a verb of advice or ability, which makes a "people who ..." label a heading ("People who should not take it:")
_MODAL = recache.compile(r"\b(?:should|must|need|needs|can|cannot|can't|may|might)\b", re.I)
#: a label that names what someone has had or has ("Past problems with drugs", "Previous C. difficile infection")
_HISTORY_LEAD = recache.compile(r"(?:past|previous|prior|recent|current|known|(?:a\s+)?history\s+of)\s+\S", re.I)
#: what a label of that kind names when it names no one: "Recent studies", "Known side effects"
_NOT_A_HISTORY = recache.compile(
    r"\b(?:stud(?:y|ies)|trials?|data|research|evidence|reports?|(?:side\s+)?effects|guidance|advice|changes?)$", re.I
)
#: a procedure a label names, whose people are those having it ("Elective surgery", "Dental work")
_PROCEDURE = recache.compile(
    r"(?!(?:before|after|during|for|if|when)\b)(?:[\w-]+\s+){0,3}?"
    r"(?:surgery|operations?|an(?:a)?esthe(?:tic|sia)s?|dental\s+(?:work|treatment)|procedures?|scans?)",
    re.I,
)
#: where the items of a list part ("lithium, digoxin and warfarin", "milk, iron or with antacids")
LIST_ITEMS = recache.compile(r"\s*,\s*(?:(?:or|and)\s+)?(?:with\s+)?|\s+(?:or|and)\s+(?:with\s+)?")


def or_list(items: list[str]) -> str:
    """Items as one list: "A", "A or B", "A, B or C"."""
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} or {items[-1]}"


def with_its_or(words: str) -> str:
    """A list written without its "or" given one: "A, B, C" is "A, B or C"."""
    if "," in words and not re.search(r"\b(?:and|or)\b", words):
        return or_list(re.split(r"\s*,\s*", words))
    return words


_INTERACTING = recache.compile(r"\b(?:interact|interfere)(?:s|ing)?\b", re.I)
#: medicines said not to interact: "do not interact with", "is unlikely to interact with", "no known
#: interaction", "without any problem" (not "Never use zorbavir with:")
NO_INTERACTION = recache.compile(
    r"\b(?:not|never|unlikely\s+to)\s+(?:known\s+to\s+|likely\s+to\s+)?(?:interact|interfere|affect)"
    r"|\bno\s+(?:known\s+)?interactions?\b|n't\s+(?:interact|interfere|affect)"
    r"|\bwithout\s+(?:any\s+|a\s+)?(?:problems?|risk|harm)\b",
    re.I,
)
#: a lead whose lines are no medicines: "Signs of this include:", "Some tips:", "some laboratory tests:"
_NOT_MEDICINES = recache.compile(
    r"\W*(?:[\w-]+\s+){0,3}?(?:signs?|symptoms?|steps?|tips?)\b|[^\n]*\b(?:laboratory|lab|blood|urine)\s+tests?\b", re.I
)
#: a lead that refuses the drug to the people of its lines: "Do not use zorbavir if:", "Zorbavir is
#: not suitable for you if:"
_REFUSING_LEAD = recache.compile(
    r"\b(?:do\s+not|don't|never|must\s+not|should\s+not)\s+(?:take|use|be\s+(?:given|used|taken))\b"
    r"|\bnot\s+(?:suitable|recommended|safe)\b|\bcontraindicated\b",
    re.I,
)
#: a first line that ends in a colon over a bulleted line
_LEAD_LINE = recache.compile(r"[^\n]*\w\s+[^\n]*:(?=[ \t]*\n[ \t]*(?:[-*\u2022]|\d+[.)])\s)")
#: where a bulleted line starts after the first line
_BULLETED_LINE = recache.compile(r"(?<=\n)(?=[ \t]*[-*\u2022]\s)")


class _Groups(_ExtractorBase):
    """The groups of people a phrase, a label, a field or a list names."""

    def _heading_groups(self, sentence: _Sentence) -> list[Entity]:
        """The lexicon's groups the heading of a sentence's section names."""
        heading = self.monograph.sections[sentence.sentence.section].heading
        if not heading:
            return []
        return [entity_of(m.term) for m in self.lexicon.find("population", heading)]

    def _allergy_groups(self, text: str) -> list[tuple[Entity, int, int]]:
        """People allergic to something, however the text words it: "if you are allergic to aspirin
        or other salicylates", "people who are allergic to sulfonamide ("sulfa") drugs", "anyone who
        has had asthma, hives or a runny nose after taking aspirin" (a reaction to a medicine)."""
        groups = []
        for match in cue("allergy_group").finditer(_without_parentheses(text)):
            what = re.sub(r"^(?:an?|the|any)\s+", "", " ".join(match.group("what").split()), flags=re.I)
            what = re.sub(r"\s+(?:before|previously|in the past|already|again)$", "", what, flags=re.I)
            groups.append((self._group(f"people allergic to {what}"), match.start(), match.end()))
        return groups

    def _answered_no(self, sentence: _Sentence) -> bool:
        """Whether ``sentence`` asks whether some people may take it and the next sentence of its
        paragraph answers "No." ("Can people with porphyria take it? No. ...")."""
        index = sentence.sentence.index
        if not _is_question(sentence.text) or index + 1 >= len(self.sentences):
            return False
        answer = self.sentences[index + 1]
        return answer.sentence.paragraph == sentence.sentence.paragraph and bool(_ANSWER_NO.match(answer.text))

    def _field_list_groups(self, sentence: _Sentence) -> list[tuple[Entity, int, int]]:
        """The groups of a reference entry's labelled field: "Avoid in: allergy to aspirin (may react);
        severe kidney impairment (...)", "Interactions: warfarin (may weaken its effect); ..."."""
        field = _FIELD_OF_GROUPS.match(sentence.text)
        if field is None:
            return []
        groups = []
        interactions = field.group("label").lower().startswith("interact")
        # (items end at a semicolon outside parentheses: "renal impairment (accumulation; see above)")
        for item in re.finditer(r"(?:[^;()]|\([^()]*\))+", sentence.text[field.end() :]):
            name = re.sub(r"\s*\(.*$", "", item.group()).strip(" .,")
            if not name or len(name.split()) > 12:
                continue
            start = field.end() + item.start() + (len(item.group()) - len(item.group().lstrip()))
            term = self.lexicon.lookup("population", name)
            if term is not None:
                groups.append((entity_of(term), start, start + len(name)))
            elif re.match(r"alcohol\b", name, re.I):
                alcohol = self.lexicon.lookup("population", "alcohol users")
                if alcohol is not None:
                    groups.append((entity_of(alcohol), start, start + len(name)))
            elif re.match(r"allerg", name, re.I):  # "allergy to aspirin or other salicylates"
                groups.append((self._group(f"people with {name}"), start, start + len(name)))
            elif interactions or self._is_other_medicine(name):
                groups.append((self._group(f"people taking {name}"), start, start + len(name)))
            elif re.match(
                r"(?:surgery|operations?|dialysis|desensiti[sz]ation|radiotherapy|anaesthe|anesthe)", name, re.I
            ):
                groups.append((self._group(f"people having {name}"), start, start + len(name)))
            elif re.search(r"\b(?:patients|people|women|men|adults|children)\b", name, re.I):
                groups.append((self._group(name), start, start + len(name)))  # "Black patients of African origin"
            else:
                groups.append((self._group(f"people with {name}"), start, start + len(name)))
        return groups

    def _labelled_groups(self, sentence: _Sentence) -> list[tuple[Entity, int, int]]:
        """The groups that label a sentence and, in a warnings or interactions section, each line
        of its list: "Over 65: higher risk of falls", "- Drivers: do not drive if you feel dizzy",
        "• Epilepsy → ↓ seizure threshold"."""
        first = self._labelled_line(sentence, 0, len(sentence.text))
        found = [first] if first is not None else []
        if sentence.section_kind in ("precautions", "interactions"):
            for bullet in _BULLETED_LINE.finditer(sentence.text):
                line_end = sentence.text.find("\n", bullet.end())
                group = self._labelled_line(sentence, bullet.end(), line_end if line_end != -1 else len(sentence.text))
                if group is not None:
                    found.append(group)
        return found

    def _labelled_line(self, sentence: _Sentence, line_start: int, line_end: int) -> tuple[Entity, int, int] | None:
        """The group that labels the line of ``sentence`` at ``line_start`` and then a risk for it up
        to ``line_end`` ("Alcohol: deepens the sedation. Avoid.")."""
        text = sentence.text[:line_end]
        line = _GROUP_LABEL.match(text, line_start)
        bold_lead = line is not None and line.group().rstrip().endswith("**")  # "**Liver disease** makes ..."
        if bold_lead and sentence.section_kind not in ("precautions", "interactions"):
            return None  # "**Serious bleeding** is less common": an effect named in bold, not a group
        if line is None or not (
            cue("labelled_risk").search(text, line.end()) or sentence.section_kind in ("precautions", "interactions")
        ):
            return None
        if _TABLE_RULE.match(self.monograph.text, sentence.sentence.end):
            return None  # "| Medicine | What can happen |" over "|---|---|": a table's header
        label, start, end = line.group("label"), line.start("label"), line.end("label")
        if cue("reassurance").search(text, line.end()):
            # ("not known to be harmful": a harm said not to be)
            unreassured = cue("reassurance").sub(lambda m: " " * len(m.group()), text)
            if not cue("stated_harm").search(unreassured, start) and not _STILL_A_RISK.search(text, start):
                return None  # "Older people: no change of dose is needed"
        # "Avoid live vaccines, such as yellow fever: ...", "DON'T forget to mention warfarin: ..."
        # ("Concurrent terfenadine or cisapride: ...": the medicines taken at the same time)
        avoid = re.match(
            r"avoid\s+|(?:don'?t\s+forget\s+to\s+|remember\s+to\s+)?mention\s+(?:any\s+)?"
            r"|(?:concurrent|concomitant)\s+(?:use\s+of\s+|treatment\s+with\s+)?",
            label,
            re.I,
        )
        if avoid:
            label, start = label[avoid.end() :], start + avoid.end()
        if _ADVICE_LEAD.search(label):
            return None  # "Tell your doctor if you're taking: ...": a lead into a list, not a group
        if re.match(r"\d+[.)]\s", text[line_start:start].strip() + " ") and classify_heading(label) != "other":
            return None  # "8. Safety Tips: ...": a numbered run-in heading, not a group
        if label[:1].islower() and not label[1:2].isupper():
            # "- warfarin: a higher risk of bleeding": a line of a list that opens in lower case is a
            # label only when it names medicines ("- group: asthma" is a record's field)
            # ("- other antihypertensives:", "- benzodiazepines such as lorazepam, sedatives and hypnotics:")
            bare = re.sub(r"\s*\([^()]*\)|\s+(?:such\s+as|like|including)\s+[\w-]+", "", label)
            names = [re.sub(r"^other\s+", "", i) for i in LIST_ITEMS.split(bare) if i]
            if not names or not all(self._is_a_medicines_name(n) for n in names):
                return None
        who = re.match(r"(?:anyone|people|patients|those)\s+who\s", label, re.I)
        if who and len(label.split()) <= 14 and not _MODAL.search(label):
            return self._group(label), start, end  # "Anyone who has taken an MAOI in the last 14 days: ..."
        if _FINITE_VERB.search(label) and not cue("population_phrase").match(label):
            return None  # "Changes in ejaculation are a known problem: ...": a sentence, not a label
        for wording in (label, f"people who drink {label}", f"people with {label}", f"people having {label}"):
            term = self.lexicon.lookup("population", wording)
            if term is not None:
                return entity_of(term), start, end
        age = re.fullmatch(r"(?:people |adults |those )?(?P<age>(?:over|under|aged) \d+)(?: years)?", label, re.I)
        if age:
            return unmapped("population", f"people {age.group('age').lower()}"), start, end
        named = re.sub(r",?\s+(?:such as|like|including|e\.g\.)\s.*$", "", label)
        if re.fullmatch(
            r"(?:other\s+)?(?:medicines|drugs|medications)|interactions|warnings?|important|notes?"
            r"|(?:type|kind|class|group)\s+of\s+(?:medicine|drug|medication)",
            named,
            re.I,
        ):
            return None  # "Other medicines: tell your doctor if you take: ...", "WARNING: ...": a label, no group
        # ("Colestyramine (Questran)", "Colchicine for gout", "Quinine used for treatment": its brand
        # aside, what it is for)
        named = re.sub(r"\s*\([^()]*\)|\s+(?:(?:used|taken|given)\s+)?for\s+[\w' -]+$", "", named)
        if not named.strip():
            return None  # "Avoid (see below):": nothing named
        head = named.split()[-1]
        # ("Tramadol, triptans, St John's wort \u2192 ...": in an interactions section, a list of medicines'
        # names, each whole: "Lithium levels:" is no medicine)
        items = [i for i in LIST_ITEMS.split(named) if i]
        # ("Warfarin and other coumarins:": a medicine and its kind)
        named_items = [i for i in items if not re.match(r"(?:other|similar|related)\s", i, re.I)]
        listed = (
            sentence.section_kind == "interactions"
            and bool(named_items)
            and all(self._is_a_medicines_name(i) for i in named_items)
        )
        history = _HISTORY_LEAD.match(label)
        if history and re.match(r"\S+\s+(?:of\s+)?(?:hypersensitivity|allerg)", label[history.start() :], re.I):
            # "History of hypersensitivity to any penicillin:": people with it, not people taking the penicillin
            return self._group(f"people with {label[0].lower()}{label[1:]}"), start, end
        if self._is_other_medicine(head) or self.lexicon.find("role", named) or listed:
            named = with_its_or(named)  # "Insulin, sulfonylureas:"
            return self._group(f"people taking {named.lower()}"), start, end
        # "Aortic stenosis/HOCM:", "Surgery/anaesthesia:": either
        label = re.sub(r"(?<=[A-Za-z]{3})/(?=[A-Za-z]{3})|(?<=\w)\s+/\s+(?=\w)", " or ", label)
        last = label.split()[-1].lower()
        named_condition = any(start <= m.start and m.end <= end for m in sentence.mentions("condition"))
        if last.endswith("ing") and not named_condition:
            return None  # "Starting: ...", "Patient teaching: ...": a step or a topic ("Stomach bleeding:" names one)
        if (
            any(m.start <= start and end <= m.end + 25 for m in sentence.mentions("condition"))
            # "A history of kidney stones: more stones are likely"
            or (
                len(label.split()) <= 6
                and any(start <= m.start and m.end <= end for m in sentence.mentions("condition"))
            )
            or cue("condition_word").search(last)
            or last in _CONDITION_HEADS
            or self._conditions_listed(sentence, start, end)
        ):
            return self._group(f"people with {label.lower()}"), start, end
        history = _HISTORY_LEAD.match(label)
        # "Previous C. difficile infection: ...", "History of falls: ..." ("Recent studies:" names no one)
        if history and len(label.split()) <= 8 and not _NOT_A_HISTORY.search(label):
            return self._group(f"people with {label[0].lower()}{label[1:]}"), start, end
        if _PROCEDURE.fullmatch(label):  # "Elective surgery: omit for 3 days before"
            return self._group(f"people having {label.lower()}"), start, end
        return None

    def _conditions_listed(self, sentence: _Sentence, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` lists conditions, each item naming one ("Overactive thyroid,
        heart disease or high blood pressure")."""
        spans, cursor = [], start
        for part in LIST_ITEMS.split(sentence.text[start:end]):
            index = sentence.text.find(part, cursor, end) if part else -1
            if index >= 0:
                spans.append((index, index + len(part)))
                cursor = index + len(part)
        conditions = sentence.mentions("condition")
        return len(spans) >= 2 and all(any(s <= m.start and m.end <= e for m in conditions) for s, e in spans)

    def _is_a_medicines_name(self, words: str) -> bool:
        """Whether ``words`` are, whole, a medicine's name or class ("St John's wort", "triptans"),
        not words about one ("lithium levels")."""
        words = _without_form(words, self.lexicon)  # "miconazole oral gel": the medicine, without its form
        lowered = " ".join(words.lower().replace("\u2019", "'").split())
        return bool(
            {lowered, singular(lowered)} & _medicine_names()
            or self.lexicon.lookup("drug", words)
            or self.lexicon.lookup("role", words)
            or (" " not in lowered and singular(lowered).endswith(_inn_stems()))
        )

    def _group(self, phrase: str) -> Entity:
        """The lexicon's group a population phrase names ("people with kidney problems"), else a new one."""
        canonical = canonical_population(phrase)
        term = self.lexicon.lookup("population", phrase) or self.lexicon.lookup("population", canonical)
        having = cue("people_with").match(canonical)
        if term is None and having:
            term = self.lexicon.lookup("population", canonical[having.end() :])
        return entity_of(term) if term else unmapped("population", canonical)

    @staticmethod
    def _leads_medicines(sentence: _Sentence) -> re.Match[str] | None:
        """The first line of a sentence that leads a bulleted list of medicines taken: any line among
        the interactions, or one that says its lines interact ("The following may interact with it:")."""
        first_line = _LEAD_LINE.match(sentence.text)
        if first_line is None:
            return None
        lead = first_line.group()
        # (not "does not interact with these:", "Signs of this include:", "Side effects that may interfere
        # with daily life include:", "Zorbavir can interfere with some laboratory tests:")
        if (
            _SEEK_HELP.search(lead)
            or cue("reassurance").search(lead)
            or NO_INTERACTION.search(lead)
            or _NOT_MEDICINES.match(lead)
        ):
            return None
        if sentence.section_kind == "interactions" or cue("medicines_taken_list").search(lead):
            return first_line
        # (elsewhere a lead that says its medicines interact: not "Side effects that may interfere with
        # daily life include:")
        names_them = cue("medicine_noun").search(lead) or re.search(r"\b(?:the\s+following|these)\b", lead, re.I)
        return first_line if _INTERACTING.search(lead) and names_them else None

    def _if_you_lists(self, sentence: _Sentence, clause_end: int) -> list[tuple[int, str]]:
        """Where the lines of an "if you:" list start in ``sentence``, each with its lead ("if you
        have").

        A list whose lines explain themselves in sentences of their own ("- take a beta-blocker.
        Your heart rate may drop further.\n- have liver problems.") goes on in the later sentences
        of its paragraph that open with a bullet. What to call a doctor for ("Call your doctor at
        once if you have:") lists symptoms, not groups.
        """
        text = sentence.text
        paragraph = sentence.sentence.paragraph
        if sentence.section_kind == "interactions":
            # "Some medicines may interfere with it. These include:\n- probenecid ...": medicines taken
            examples = _EXAMPLES_LEAD.match(text)
            if examples:
                return [(examples.end(), "if you are taking")]
            if _EXAMPLES_LEAD_ALONE.fullmatch(text):
                self._lead_alone = (paragraph, "if you are taking")  # the list in the next paragraph
                return []
        of_medicines = sentence.section_kind == "interactions"
        leads = [(lead, lead_in) for lead, lead_in in _list_leads(text, of_medicines) if lead.start() < clause_end]
        if leads:
            lists = [(lead.end(), lead_in) for lead, lead_in in leads if not _SEEK_HELP.search(text, 0, lead.start())]
            last_is_a_list = bool(lists) and lists[-1][0] == leads[-1][0].end()
            self._open_list = (paragraph, lists[-1][1]) if last_is_a_list else None
            lead_end = leads[-1][0].end()
            lead_line = text[text.rfind("\n", 0, leads[-1][0].start()) + 1 : lead_end]
            self._open_list_refuses = last_is_a_list and _REFUSING_LEAD.search(lead_line) is not None
            ends_paragraph = last_is_a_list and not text[leads[-1][0].end() :].strip()
            self._lead_alone = (paragraph, lists[-1][1]) if ends_paragraph else None
            return lists
        # "Medicines that may interfere with it include:", "The following may interact with it:": a line
        # that leads a bulleted list among the interactions, or that says its lines interact, names the
        # medicines of its lines
        first_line = self._leads_medicines(sentence)
        if first_line:
            self._open_list, self._open_list_refuses = (paragraph, "if you are taking"), False
            return [(first_line.end(), "if you are taking")]
        bulleted = _BULLET_START.match(text) is not None
        if self._lead_alone is not None and self._lead_alone[0] == paragraph - 1 and bulleted:
            self._open_list = (paragraph, self._lead_alone[1])  # "... if you:" then a blank line and the list
        self._lead_alone = None
        if self._open_list is None or self._open_list[0] != paragraph:
            self._open_list = None
            # "Tell your doctor before starting it if you:" as the heading over the list
            heading = self.monograph.section_of(sentence.sentence).heading or ""
            heading_leads = [
                lead_in
                for lead, lead_in in _list_leads(heading, of_medicines)
                if not _SEEK_HELP.search(heading, 0, lead.start())
            ]
            if bulleted and heading_leads:
                self._open_list = (paragraph, heading_leads[-1])
                self._open_list_refuses = _REFUSING_LEAD.search(heading) is not None
                return [(0, self._open_list[1])]
            return []
        return [(0, self._open_list[1])] if bulleted else []
