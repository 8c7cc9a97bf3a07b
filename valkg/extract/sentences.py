"""Sentences as the rules read them, the items of a list, and the kind of each paragraph.

``_Sentence`` holds a sentence's lexicon mentions and ConText triggers (``valkg.context``,
``context_triggers.tsv``), computed once; ``slot_items`` splits the list a cue opens into its
items; ``_paragraph_kinds`` and ``_line_label_kind`` give a section kind to the paragraphs of a
monograph without headings and to a reference entry's field lines, with the heading patterns
of ``sections.tsv`` (``reader.classify_heading``). Cues (``clause_break``, ``agent_boundary``,
``frequency``, ``occurrence``, ``side_effect``) come from ``cues.tsv``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from valkg import context, recache
from valkg.claims import Evidence
from valkg.extract.patterns import cue
from valkg.lexicon import Lexicon, Mention
from valkg.reader import RISK_OF, Monograph, Sentence


class _Sentence:
    """A sentence with its lexicon mentions and ConText triggers, computed once."""

    def __init__(self, sentence: Sentence, kind: str, lexicon: Lexicon, drug_names: re.Pattern[str]):
        self.sentence = sentence
        self.text = sentence.text
        self.section_kind = kind
        self.lexicon = lexicon
        self.triggers = context.find_triggers(self.text)
        self.drug_mentions = [(m.start(), m.end()) for m in drug_names.finditer(self.text)]
        self._mentions: dict[str, list[Mention]] = {}
        self._clause_bounds: list[int] | None = None

    def clause_bounds(self) -> list[int]:
        """Where the sentence's clauses start and end (computed once: doses ask for each amount)."""
        if self._clause_bounds is None:
            breaks = (m.end() for m in cue("clause_break").finditer(self.text))
            self._clause_bounds = [0, *breaks, len(self.text)]
        return self._clause_bounds

    def mentions(self, kind: str) -> list[Mention]:
        if kind not in self._mentions:
            self._mentions[kind] = self.lexicon.find(kind, self.text)
        return self._mentions[kind]

    def modifiers(self, start: int, end: int) -> frozenset[str]:
        return context.modifiers(self.text, start, end, self.triggers)

    def has(self, cue_name: str) -> bool:
        return cue(cue_name).search(self.text) is not None

    def evidence(self) -> Evidence:
        s = self.sentence
        return Evidence(s.start, s.end, s.text, s.section)


_CLAUSE_END = recache.compile(
    r"[.;:!?]|\b(?:which|that|who|when|where|because|if|but|although|while|whereas|so|therefore|in order|due to)\b",
    re.I,
)
_ITEM_SPLIT = recache.compile(
    r"\s*(?:,|\band\b|\bor\b|\bas well as\b|\bincluding\b|\bsuch as\b|\blike\b|\bplus\b"
    r"|\n\s*(?:[-*\u2022]|\d+[.)])?)\s*",  # a new line, with or without a bullet, starts an item
    re.I,
)
#: "used to treat:" then a list: the colon opens the list rather than ending the clause
_LIST_COLON = recache.compile(r"\s*:\s*")
#: a name and another name in parentheses ("hydatid disease (cystic echinococcosis)")
_NAMED_AGAIN = recache.compile(r"(?P<x>[^()]+?)\s*\([^()]*\)")

#: the label that opens a line of a list ("gum, lozenges and sprays: ")
_LINE_LABEL = recache.compile(r"[^:\n]{1,40}:\s*")
#: a word for a kind of effect that a colon then lists ("withdrawal: restlessness, yawning")
_LIST_CATEGORY = recache.compile(
    r"\s*(?:(?:a|an|the)\s+)?(?:withdrawal(?:\s+symptoms)?|symptoms|signs|effects|side\s+effects|problems)\s*", re.I
)
#: a text with a bulleted line after its first
_BULLETED = recache.compile(r"\n[ \t]*(?:[-*\u2022]|\d+[.)])[ \t]")
#: a bulleted line of a list, and the line break after it
_BULLET_LINE = recache.compile(r"[ \t]*(?:[-*\u2022]|\d+[.)])[ \t]+(?P<body>[^\n]*)(?:\r?\n|$)")
_ITEM_LEAD = recache.compile(
    r"^(?:(?:a|an|the|some|certain|other|not|severe|mild|serious|rare|occasional|possible|temporary|transient|slight|little|"
    r"existing|"
    r"also|even|more|very|for|and|or|but|while|whereas|both|either|"
    r"such|as|of|in|with|to|treat|treating|prevent|preventing|manage|managing|control|controlling|"
    r"relieve|relieving|reduce|reducing|help|helping|cases|case|forms?|types?|symptoms?|called|"
    r"known as|named)\s+)+",
    re.I,
)
_ITEM_BAD = recache.compile(
    r"\b(?:is|are|be|been|being|can|may|might|has|have|had|will|would|must|should|was|were|do|does|"
    r"it|this|these|those|they|them|their|its|patients?|people|doctors?|physicians?|drugs?|medications?|"
    r"medicines?|treatments?|therapy|dose|doses|dosage|body|number|numerous|time|times|day|days|week|"
    r"weeks|cases?|other|clinical|certain|various|many|several|different|some|all|any|well|also|often|"
    r"then|only|than|about|usually|described|above|below|following|"
    # places: "sold as Emend for injection in the United States"
    r"united|states|kingdom|europe|america|canada|australia|countries|country)\b"
    # "seizures, with or without secondary generalization": a qualifier of the item before
    r"|^\s*(?:with\s+or\s+)?without\b",
    re.I,
)
#: Words that cannot be the head (last word) of a new condition or form, or that cannot stand alone.
_HEAD_BAD = recache.compile(
    r"(?:^|\s)(?:virus|viruses|bacteria|germs?|brain|kidneys?|liver|heart|skin|stomach|blood|face|lips?|"
    r"tongue|throat|mouth|eyes?|hands?|feet|foot|legs?|arms?|chest|bowel|gut|bladder|lungs?|nose|ears?|"
    r"organs?|tissues?|years?|months?|weight|age|surgery|operation|procedure|serious|rare|common|mild|severe)$"
    r"|^(?:conditions?|diseases?|disorders?|problems?|effects?|symptoms?|illness(?:es)?|infections?)$",
    re.I,
)


def slot_items(text: str, start: int, limit: int | None = None) -> Iterator[tuple[str, int, int]]:
    """Items of a list that starts at ``text[start:]`` and runs to the end of its clause (or ``limit``)."""
    colon = _LIST_COLON.match(text, start)
    if colon:
        start = colon.end()
    if limit is None and colon and "\n" in colon.group() and _BULLET_LINE.match(text, start):
        # "used to treat:\n- hydatid disease (cystic echinococcosis), in which ...": each line is a
        # list of its own, up to the end of its first clause or its parentheses
        while line := _BULLET_LINE.match(text, start):
            label = _LINE_LABEL.match(line.group("body"))  # "- gum and sprays: a sore mouth": after the label
            yield from slot_items(text, line.start("body") + (label.end() if label else 0), line.end("body"))
            start = line.end()
        return
    stop = _CLAUSE_END.search(text, start, limit if limit is not None else len(text))
    if limit is None and stop is not None and stop.group() == ":" and _BULLETED.match(text, stop.end()):
        # "Most people get some irritation in the first weeks:\n- dryness\n- peeling": the lines
        # after the colon are the list
        yield from slot_items(text, stop.start())
    elif (
        limit is None
        and stop is not None
        and stop.group() == ":"
        and _LIST_CATEGORY.fullmatch(text[start : stop.start()])
    ):
        # "causes withdrawal: restlessness, a runny nose and yawning": the list after the colon
        yield from slot_items(text, stop.end())
        return
    end = stop.start() if stop else (limit if limit is not None else len(text))
    cursor = start
    # ("acute pulmonary reactions (fever, chills, cough)": what is in parentheses describes the item)
    asides = [(m.start(), m.end()) for m in _ASIDE.finditer(text, start, end)]
    for separator in [*_ITEM_SPLIT.finditer(text, start, end), None]:
        if separator and any(s < separator.start() < e for s, e in asides):
            continue
        item_end = separator.start() if separator else end
        raw = _TRAILING_ASIDE.sub("", text[cursor:item_end])
        lead = _ITEM_LEAD.match(raw.strip())
        stripped = raw.strip()[lead.end() :] if lead else raw.strip()
        named = _NAMED_AGAIN.fullmatch(stripped)
        if named:
            stripped = named.group("x")
        if stripped:
            offset = cursor + raw.find(stripped)
            words = stripped.split()
            if (
                1 <= len(words) <= 4
                and all(re.fullmatch(r"[A-Za-z][A-Za-z'-]*", w) for w in words)
                and not _ITEM_BAD.search(stripped)
                and not _HEAD_BAD.search(stripped)
                and not _LONE_MODIFIER.fullmatch(stripped)
            ):
                yield stripped, offset, offset + len(stripped)
        cursor = separator.end() if separator else end


_ASIDE = recache.compile(r"\([^()]*\)")
_TRAILING_ASIDE = recache.compile(r"\s*\([^()]*\)\s*$")

#: an item that only qualifies the noun of the last ("Acute, subacute and chronic pulmonary reactions")
_LONE_MODIFIER = recache.compile(
    r"acute|subacute|chronic|mild|moderate|severe|early|late|minor|major|local|systemic", re.I
)

#: "Over 65: ...", "- Drivers: ...": a short label, a colon, then what it says of that group
#: (in bold, "- **Pregnancy:** ...", "- **Liver disease** makes ...", or a table's first cell,
#: "| Amiodarone | INR rises |")
_GROUP_LABEL = recache.compile(
    r"(?<![^\n])\s*(?:[-*\u2022]\s+|\|\s*)?(?:\*\*)?"
    # (its first letter a capital, or lower case in "mTOR" and after a bullet; a stop only in "St."
    # and after an initial, "C. difficile")
    r"(?P<label>(?:[A-Z]|[a-z](?=[A-Z])|(?<=[-*\u2022] )[a-z])"
    r"(?:[\w ,'/-]|\([^()\n]{1,60}\)|(?<=\bSt)\.|(?<=\b[A-Z])\.(?=\s[a-z])){1,120}?)"
    r"(?:\s*:(?:\*\*)?|\*\*\s*:|\s+[-\u2013]|\s+\||\s+(?:\u2192|->|=>)|\*\*(?=\s+[a-z]))\s+(?=\S)"
)
_CLAUSE_STOP = recache.compile(r"[;.]")

_FINITE_VERB = recache.compile(
    r"\b(?:is|are|was|were|can|may|might|will|would|has|have|had|should|must|does|do)\b", re.I
)


def _agent_clause_start(text: str, position: int) -> int:
    """Where the clause that ends at ``position`` starts: after the last comma, "which", "if" ... before it."""
    return max((b.end() for b in cue("agent_boundary").finditer(text, 0, position)), default=0)


#: a question column's question: "Q: ...", "Q. ..."
_QUESTION_LEAD = recache.compile(r"\s*Q\s*[:.]\s")


def _is_question(text: str) -> bool:
    """A sentence that asks ("Can people with porphyria take it?"), and so states nothing itself."""
    return text.rstrip(" \"'\u201d").endswith("?")


def _line_label_kind(text: str, position: int) -> str | None:
    """The section kind of the label that opens the line ``position`` is on, when the line is a
    reference entry's field ("Uses: ...", "Side effects (common): ..."): such a line is a section
    of its own, down to its last sentence."""
    from valkg.reader import classify_heading

    line_start = text.rfind("\n", 0, position) + 1
    line_end = text.find("\n", line_start)
    label = _GROUP_LABEL.match(text[line_start : line_end if line_end >= 0 else len(text)])
    if label is None or len(label.group("label").split()) > 6 or _FINITE_VERB.search(label.group("label")):
        return None  # ("Long-term use brings a different set of effects: ...": a sentence, not a label)
    if RISK_OF.match(label.group("label")):
        return None  # "Risk of infection: it lowers your white cells": an effect's label, not a field
    kind = classify_heading(label.group("label"))
    return None if kind == "other" else kind


def _run_in_kinds(monograph: Monograph) -> dict[int, str]:
    """Section kinds for the paragraphs that open with a heading of their own, run into the text
    ("Side effects. Most are worst in the first weeks ...", "Doses and forms. Adults take ...")."""
    from valkg.reader import classify_heading

    kinds: dict[int, str] = {}
    for sentence in monograph.sentences:
        if sentence.paragraph in kinds:
            continue
        kinds[sentence.paragraph] = "other"
        if _RUN_IN_LABEL.fullmatch(sentence.text):
            kinds[sentence.paragraph] = classify_heading(sentence.text[:-1])
    return {paragraph: kind for paragraph, kind in kinds.items() if kind not in ("other", "continued")}


#: a heading run into its paragraph: a few words and a full stop ("Doses and forms.")
_RUN_IN_LABEL = recache.compile(r"[A-Z][\w'-]*(?: [\w'-]+){0,4}\.")


#: a frequency band that labels what follows ("Common: ...", "Rare but serious, call 911: ...")
_FREQUENCY_LABEL = recache.compile(
    r"(?:very |less |more )?(?:common(?:ly)?|uncommon|rare(?:ly)?|less often|infrequent|frequent)\b"
    r"(?!\s+(?:used|prescribed|given|taken)\b)[^:.;\n]{0,40}:",
    re.I,
)


def _refuted(monograph: Monograph, sentence: Sentence) -> bool:
    """Whether the text presents ``sentence`` as untrue: a myth ("Myth: It makes you ill if you
    drink"), a quiz's statement answered "FALSE." on the next line."""
    text = monograph.text
    line_start = text.rfind("\n", 0, sentence.start) + 1
    if _MYTH.match(text, line_start) and not _FACT.search(text, line_start, sentence.end):
        return True  # (up to a "Fact:" on the same line)
    line_end = text.find("\n", sentence.start)  # (every sentence of the statement's line)
    return line_end >= 0 and sentence.end <= line_end and bool(_FALSE_ANSWER.match(text, line_end + 1))


#: a myth the text goes on to correct, and a quiz's answer that a statement is false
_MYTH = recache.compile(r"[ \t]*(?:myth|misconception|false claim)\s*(?:\d+\s*)?:", re.I)
_FALSE_ANSWER = recache.compile(r"[ \t]*(?:false|wrong)\s*[.!]", re.I)
_FACT = recache.compile(r"\b(?:fact|truth|true)\s*:", re.I)


def _paragraph_kinds(monograph: Monograph) -> dict[int, str]:
    """Section kinds for the paragraphs of a monograph written without headings.

    The first paragraph is the introduction; each later one is classified by
    its first sentence with the heading patterns ("Side effects include ..."
    reads as a side-effects section).  Monographs with headings get nothing here.
    """
    from valkg.reader import classify_heading

    if any(section.heading for section in monograph.sections):
        return _answers_take_their_questions_kind(monograph, _run_in_kinds(monograph))

    paragraphs = {sentence.paragraph for sentence in monograph.sentences}
    if len(paragraphs) == 1:
        return dict.fromkeys(paragraphs, "other")  # one dense paragraph is the whole article, not its opening

    kinds: dict[int, str] = {}
    effect_sentences: dict[int, int] = {}
    for sentence in monograph.sentences:
        if (
            cue("frequency").search(sentence.text)
            or cue("occurrence").search(sentence.text)
            or cue("side_effect").search(sentence.text)
        ):
            effect_sentences[sentence.paragraph] = effect_sentences.get(sentence.paragraph, 0) + 1
        if sentence.paragraph in kinds:
            continue
        kinds[sentence.paragraph] = (
            "introduction"
            if not kinds
            else "side_effects"  # "Rare but serious, call 911: a seizure; ...": a frequency band's label
            if _FREQUENCY_LABEL.match(sentence.text)
            else classify_heading(sentence.text)
        )
    # "A bitter taste is very common. ... Less often: headache, nightmares.": a paragraph that
    # says how often several things happen is about side effects, whatever its first sentence
    for paragraph, count in effect_sentences.items():
        if count >= 2 and kinds.get(paragraph) in ("other", "overview"):
            kinds[paragraph] = "side_effects"
    return _answers_take_their_questions_kind(monograph, kinds)


def _answers_take_their_questions_kind(monograph: Monograph, kinds: dict[int, str]) -> dict[int, str]:
    """A column of questions and answers: each question ("Q: Who ought to steer clear of it?", "Q. I'm
    74 and my mouth is dry. What else should I watch for?") heads the answers after it, up to the next
    question or heading, as a heading would. Without headings, a paragraph that only asks is a question."""
    from valkg.reader import classify_heading

    headed = any(section.heading for section in monograph.sections)
    first: dict[int, Sentence] = {}
    last: dict[int, Sentence] = {}
    for sentence in monograph.sentences:
        first.setdefault(sentence.paragraph, sentence)
        last[sentence.paragraph] = sentence
    asked: str | None = None
    section = None
    for paragraph in sorted(first):
        opening, closing = first[paragraph], last[paragraph]
        if headed and monograph.section_of(opening) is not section:
            section, asked = monograph.section_of(opening), None
        lead = _QUESTION_LEAD.match(opening.text)
        if lead or (not headed and opening is closing and _is_question(opening.text)):
            # (the question a letter ends on says what it asks: "... Is that normal? What else should I watch for?")
            question = closing.text if opening is not closing else opening.text[lead.end() if lead else 0 :]
            found = (classify_heading(question), classify_heading(opening.text[lead.end() if lead else 0 :]))
            # (a question of no kind the headings know leaves the section's kind: "Q. ... Is this normal?")
            asked = next((kind for kind in found if kind not in ("other", "introduction", "continued")), None)
            if asked is not None:
                kinds[paragraph] = asked
        elif asked is not None and kinds.get(paragraph, "other") in ("other", "overview"):
            kinds[paragraph] = asked
    return kinds
