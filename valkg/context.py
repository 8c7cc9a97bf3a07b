"""Negation, hedging and hypotheticals: the ConText algorithm.

An implementation of ConText (Harkema et al., J Biomed Inform 2009), the
successor of NegEx (Chapman et al., 2001).  Trigger terms come from the data
file ``context_triggers.tsv``; each trigger has a category (negated,
possible, hypothetical) and a direction; its scope runs from the trigger to
the end of the sentence (forward) or to its start (backward), cut short by a
termination term or after ``WINDOW`` tokens.  Pseudo-triggers ("not only",
"no more than") are matched first and hide the triggers inside them.

Maintained implementations (medspaCy's ConText) need spaCy, whose import
alone costs several times valkg's start-up budget; the algorithm is small.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from valkg import recache
from valkg.resources import read_tsv

_BULLET = recache.compile(r"\n(?=[ \t]*(?:[-*\u2022\u2013]|\d+[.)])[ \t])")
_BULLET_START = recache.compile(r"[ \t]*(?:[-*\u2022\u2013]|\d+[.)])[ \t]")

#: Maximum scope of a trigger, in tokens (ConText uses the sentence; consumer
#: prose runs long sentences together, so a window keeps scopes local).
WINDOW = 12

#: a clause that ends in a list: items between commas, then "or"/"and" and the last one
_LIST_TAIL = recache.compile(r",\s*(?:[^,.;:()\n]+,\s*)*[^,.;:()\n]*?\b(?:or|and)\s+[\w' -]{1,40}?\s*")
#: words that start a clause of its own after a comma: ", and it commonly causes ...", ", then ..."
_NEW_CLAUSE = recache.compile(
    r"\b(?:it|they|you|we|he|she|this|that|these|there|is|are|was|were|can|may|might|will|would|should|must|"
    r"then|also|so|yet|causes?|makes?|treats?|has|have|had)\b",
    re.I,
)
_CLAUSE_END = recache.compile(r"[.;:\n()]")
#: a comma, perhaps a conjunction, then a clause's own subject: ", and it is not ...", ", but they ..."
_NEXT_CLAUSE = recache.compile(
    r",\s*(?:(?:and|but|while|whereas|though|although)\s+)?(?=(?:it|they|you|we|he|she|this|that|these|there)\b)",
    re.I,
)

_WORD = recache.compile(r"\w+(?:'\w+)?|;")


@dataclass(frozen=True)
class Trigger:
    category: str
    direction: str
    start: int
    end: int
    phrase: str


@cache
def _compiled() -> tuple[re.Pattern[str], dict[str, tuple[str, str]]]:
    rows = read_tsv("context_triggers.tsv")
    table = {row["phrase"].lower(): (row["category"], row["direction"]) for row in rows}
    phrases = sorted(table, key=len, reverse=True)
    alternatives = "|".join(r"\s+".join(re.escape(part) for part in phrase.split()) for phrase in phrases)
    return recache.compile(rf"(?<![\w'-])(?:{alternatives})(?![\w'-])", re.I), table


def find_triggers(text: str) -> list[Trigger]:
    """ConText triggers in ``text`` (offsets relative to ``text``), pseudo-triggers removed."""
    pattern, table = _compiled()
    found = []
    for match in pattern.finditer(text):
        phrase = " ".join(match.group().lower().split())
        category, direction = table[phrase]
        if category != "pseudo":
            found.append(Trigger(category, direction, match.start(), match.end(), phrase))
    return found + _item_boundaries(text)


def _item_boundaries(text: str) -> list[Trigger]:
    """Terminators where a bulleted line starts; where a line ending in a colon introduced the list,
    boundaries that end only the scope of a trigger on an item.

    "- Not available as: a liquid\n- Prescription only": each item is a statement of its own.
    "Not available as:\n- a liquid\n- an injection": the items complete the first line, and only
    a trigger inside an item ends with it ("to treat:\n- seizures, with or without spread\n- myoclonic
    seizures": the "without" of one item does not deny the next), a boundary of category ``item``.
    """
    boundaries = []
    for match in _BULLET.finditer(text):
        lines = text[: match.start()].split("\n")
        index = len(lines) - 1
        while index >= 0 and _BULLET_START.match(lines[index]):
            index -= 1
        introduced = index >= 0 and lines[index].rstrip().endswith(":")
        category = "item" if introduced else "terminate"
        boundaries.append(Trigger(category, "-", match.start(), match.start() + 1, "\n"))
    return boundaries


def _token_starts(text: str) -> list[int]:
    return [m.start() for m in _WORD.finditer(text)]


_TURN = recache.compile(r"\b(?:but|although|though|however|whereas|while|yet)\b", re.I)
#: what may stand before a trigger that labels a line (a bullet), and the words and colon that end the label
_LABEL_LEAD = recache.compile(r"[ \t]*(?:[-*\u2022][ \t]+)?$")
_LABEL_END = recache.compile(
    r"(?:[ \t]+(?:for|used\s+for|indicated(?:\s+(?:for|in))?|recommended(?:\s+for)?|suitable\s+for))?[ \t]*:"
)


def modifiers(text: str, start: int, end: int, triggers: list[Trigger] | None = None) -> frozenset[str]:
    """The ConText categories whose scope covers ``text[start:end]``.

    ``text`` is one sentence; offsets are relative to it.
    """
    if triggers is None:
        triggers = find_triggers(text)
    words = _token_starts(text)
    terminators = [t for t in triggers if t.category == "terminate"]
    items = [t for t in triggers if t.category == "item"]
    found: set[str] = set()
    for trigger in triggers:
        if trigger.category in ("terminate", "item") or (trigger.start < end and trigger.end > start):
            continue
        # (a trigger on a list's item ends with the item; one on the list's lead covers the list)
        line_start = text.rfind("\n", 0, trigger.start) + 1
        in_item = bool(_BULLET_START.match(text, line_start))
        stops = terminators + items if in_item else terminators
        if trigger.direction in ("forward", "bidirectional") and trigger.end <= start:
            limit = _nth_after(words, trigger.end, WINDOW, len(text))
            # ("not approved for pain such as a headache, a toothache or period cramps": a list the
            # window cuts runs on to its last item)
            clause_stop = _CLAUSE_END.search(text, limit)
            end_of_clause = clause_stop.start() if clause_stop else len(text)
            # (", and it is not a painkiller": the list ends where a clause of its own begins)
            next_clause = _NEXT_CLAUSE.search(text, limit, end_of_clause)
            end_of_clause = next_clause.start() if next_clause else end_of_clause
            cut = text.rfind(",", trigger.end, limit)  # (the list's comma before the window's end)
            tail = text[cut:end_of_clause] if cut != -1 else ""
            if end_of_clause - limit <= 80 and _LIST_TAIL.fullmatch(tail) and not _NEW_CLAUSE.search(tail):
                limit = end_of_clause
            for stop in stops:
                if trigger.end <= stop.start < limit:
                    limit = stop.start
            if _LABEL_LEAD.match(text, line_start, trigger.start) and _LABEL_END.match(text, trigger.end):
                # ("Not for: heart failure; hypertensive emergencies; migraine prophylaxis": a line's label
                # covers every item of its line)
                line_end = text.find("\n", trigger.end)
                line_end = line_end if line_end != -1 else len(text)
                # (up to a clause that turns round: "Not for: colds, but it does treat shingles")
                turn = _TURN.search(text, trigger.end, line_end)
                limit = max(limit, turn.start() if turn else line_end)
            if start < limit:
                found.add(trigger.category)
        if trigger.direction in ("backward", "bidirectional") and trigger.start >= end:
            limit = _nth_before(words, trigger.start, WINDOW)
            for stop in stops:
                if limit < stop.end <= trigger.start:
                    limit = stop.end
            if end > limit:
                found.add(trigger.category)
    return frozenset(found)


def _nth_after(starts: list[int], position: int, count: int, default: int) -> int:
    after = [s for s in starts if s >= position]
    return after[count] if len(after) > count else default


def _nth_before(starts: list[int], position: int, count: int) -> int:
    before = [s for s in starts if s < position]
    return before[-count] if len(before) >= count else 0
