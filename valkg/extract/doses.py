"""Doses: amounts, ranges and upper limits of this drug, in UCUM units, with how often.

The dose pattern is written here; strengths, concentrations, pack sizes and other medicines'
doses are told apart with the cues ``strength``, ``other_medicine_dose``, ``dose_increase``,
``limit_before``, ``limit_after`` and ``medicine_noun`` of ``cues.tsv``.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import ClassVar

from valkg import recache
from valkg.claims import DoseRange
from valkg.extract.base import _ExtractorBase
from valkg.extract.patterns import cue
from valkg.extract.sentences import _Sentence

#: how far before (or after) an amount the patterns anchored at it look
_LOOK_BACK = 300

#: "1 microgram equals 40 units", "40 units = 1 microgram": a conversion between units
_UNIT_EQUATION = recache.compile(r"\s*(?:equals?|is\s+(?:equal\s+to|the\s+same\s+as)|=)\s*\d", re.I)
_UNIT_EQUATION_BEFORE = recache.compile(r"\d[\w\s]{0,20}?\s*(?:equals?|is\s+equal\s+to|=)\s*$", re.I)
_PACK_OR_DRINK = recache.compile(
    r"(?:\s+(?:and|or)\s+\d[\d.,]*\s*[a-zA-Z]+)?\s+(?:tubes?|packs?|bottles?|sachets?|vials?|cartons?|pots?)\b"
    r"|\s*\)?\s*of\s+(?:(?:cold|warm|tap|plain)\s+)?(?:water|fluid|liquid|juice|milk)\b",
    re.I,
)
#: a volume of a drink that a dose is mixed into: "stirred into 120 mL water", "in 10 ml juice"
_MIXED_INTO = recache.compile(r"\b(?:into|in|with)\s+$", re.I)
_DRINK_AFTER = recache.compile(r"\s+(?:(?:cold|warm|tap|plain)\s+)?(?:water|juice|milk)(?![\w-])", re.I)
#: a verb of mixing before an amount: "Dissolve 250 mg in 10 ml water" doses 250 mg
_MIXED_BEFORE = recache.compile(r"\b(?:dissolve|dissolved|mix|mixed|stir|stirred|add|added)\s+(?:the\s+)?$", re.I)
_SPACED_DASH = recache.compile(r"\s+[-\u2013]\s+")
_PER_VOLUME = recache.compile(
    r"\s*(?:(?:/|per|in each|in every)\s*(?:\d+\s*)?|in\s+\d+\s*)(?:ml|millilit(?:re|er)s?|lit(?:re|er)s?)\b", re.I
)
#: an amount that names a tablet's strength: "four 500 mg tablets", "150 mg and 500 mg film-coated
#: tablets", "100 mg, 250 mg and 750 mg strengths"
_STRENGTH_AFTER = recache.compile(
    r"\s*(?:strengths?\b|(?:film-coated|hard|soft|dispersible|chewable)\s+(?:tablets?|capsules?)\b)", re.I
)
#: tablets counted in parentheses that restate a total: "about 2,300 mg (four 500 mg tablets and ..."
_TABLETS_COUNTED = recache.compile(r"\([^()]*\b(?:one|two|three|four|five|six|seven|eight|\d+)\s+$", re.I)
#: the amounts of a list go together: "100 mg, 250 mg, 500 mg and 750 mg strengths"
_LIST_GAP = recache.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)")


#: the name a sentence opens with, as its subject ("Pravastatin is usually taken as ...")
_OPENING_NAME = recache.compile(
    r"\s*(?:[-*\u2022]\s+)?(?P<name>[A-Z][a-z][\w-]{3,})(?:\s*\([^()]*\))?"
    r"(?:\s*,[^,.;]{1,60},)?\s+(?:is|are|was|were|can|may|should|comes?|starts?|has|have|needs?|works?)\b"
)


class _Doses(_ExtractorBase):
    """``dose`` claims."""

    _NUM = r"\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:[.,]\d+)?"
    _UNIT = (
        r"(?:mg|milligrams?|mcg|µg|micrograms?|g|grams?|ml|mL|milliliters?|millilitres?|IU|units?)"
        r"(?:\s*(?:/|per)\s*(?:kg|kilograms?|m2|m\u00b2|square\s+met(?:re|er))(?:\s+of\s+body\s*(?:weight|surface(?:\s+area)?))?)?"
        r"(?:/(?:day|d)\b)?"  # a drug card's "20 mg/day"
    )
    _DOSE = recache.compile(
        rf"(?:\b(?:between|from)\s+)?(?P<a>{_NUM})\s*(?P<ua>{_UNIT})?(?:\s*(?P<conn>to|-|\u2013|and|or)\s*(?P<b>{_NUM})\s*(?P<ub>{_UNIT}))?(?![\w/])"
        r"|\bup to\s+(?P<c>" + _NUM + r")\s*(?P<uc>" + _UNIT + r")(?![\w/])",
        re.I,
    )
    _FREQUENCY = recache.compile(
        r"\b(?:once|twice|three times|four times|\d+ times)\s+(?:a|per|each)\s+day\b|"
        r"\b(?:daily|per day|a day|each day)\b|"
        r"\bevery\s+\d+(?:\s*(?:to|-|\u2013)\s*\d+)?\s+hours\b|\b(?:per|a|each)\s+week\b|\bweekly\b|\bat bedtime\b",
        re.I,
    )
    _UCUM: ClassVar[dict[str, tuple[str, int]]] = {
        "mg": ("mg", 1),
        "milligram": ("mg", 1),
        "milligrams": ("mg", 1),
        "g": ("mg", 1000),
        "gram": ("mg", 1000),
        "grams": ("mg", 1000),
        "mcg": ("ug", 1),
        "µg": ("ug", 1),
        "microgram": ("ug", 1),
        "micrograms": ("ug", 1),
        "ml": ("mL", 1),
        "milliliter": ("mL", 1),
        "milliliters": ("mL", 1),
        "millilitre": ("mL", 1),
        "millilitres": ("mL", 1),
        "iu": ("[iU]", 1),
        "unit": ("[iU]", 1),
        "units": ("[iU]", 1),
    }

    def _dose_of_another(self, text: str, match: re.Match[str]) -> bool:
        """ "a single 200 mg dose of doxycycline", "12.5 mg of chlortalidone", "furosemide 40 mg", "a
        higher dose of folic acid, 5 mg a day": the amount is another medicine's."""
        after = re.match(
            r"\s*(?:dose\s+|doses\s+)?of\s+(?P<name>[A-Za-z][\w-]*(?:\s+[a-z][\w-]*)?)", text[match.end() :]
        )
        before = re.search(
            r"(?:\bdoses?\s+of\s+(?P<of>[A-Za-z][\w-]*(?:\s+[a-z][\w-]*)?)\s*,\s*(?:often|usually|typically)?\s*"
            r"|\b(?P<named>[A-Za-z][\w-]{4,})\s+"
            # "doctors choose mebendazole instead, given as a single 100 mg dose"
            r"|\b(?P<given>[A-Za-z][\w-]{4,}(?:\s+[a-z]+){0,2})\s*,\s*(?:given|taken|used|prescribed)\s+(?:as|at)\s+"
            r"(?:an?\s+)?(?:single\s+|daily\s+|usual\s+)?"
            # "Oseltamivir (Tamiflu) is taken as 75 mg twice a day": another medicine the subject
            r"|\b(?P<subject>[A-Za-z][\w-]{4,})(?:\s*\([^()]*\))?(?:\s*,[^,.;]{1,30},)?\s+(?:is|are)\s+"
            r"(?:usually\s+|then\s+)?(?:taken|given|inhaled|used|injected|infused|prescribed|started)\s+"
            r"(?:(?:by|into\s+a|as\s+an?)\s+[\w-]+\s+)?(?:as|at|in)\s+"
            r"(?:an?\s+)?(?:single\s+|daily\s+|dose\s+of\s+)?"
            # "low-dose aspirin (typically 81 mg)", "folic acid at 5 mg", "vitamin K, 1 mg by injection"
            r"|\b(?P<aside>[A-Za-z][\w-]{4,}|[A-Za-z][\w-]+\s+[A-Za-z][\w-]*)\s*(?:\(|,|\s+at)\s*"
            r"(?:typically|usually|often|about|around)?\s*"
            # "the usual dose of that medicine is 500 mg"
            r"|\b(?P<that>doses?\s+of\s+(?:that|the other|this other)\s+(?:medicine|drug)\s+(?:is|are)\s+))$",
            text[max(0, match.start() - _LOOK_BACK) : match.start()],
        )
        if before and before.group("that"):
            return True
        if before and before.group("of") and not self.drug_names.search(before.group("of")):
            return True  # "a dose of" anything but this drug
        names = [after.group("name")] if after else []
        if before and before.group("named"):
            names.append(before.group("named"))
        if before and before.group("given"):
            names += before.group("given").split()
        if before and before.group("subject"):
            names.append(before.group("subject"))
        if before and before.group("aside") and not cue("medicine_noun").search(before.group("aside")):
            names.append(before.group("aside"))  # (not "the tablets start at 5 mg": this drug's)
        return any(self._is_other_medicine(name) and not cue("medicine_noun").fullmatch(name) for name in names)

    def doses(self, sentence: _Sentence) -> None:
        text = sentence.text
        previous_end: int | None = None
        previous_limit = False
        # "Pravastatin is usually taken as 40 mg, within a range of 10 to 40 mg": a sentence about
        # another medicine that does not name this one gives that medicine's doses
        opening = _OPENING_NAME.match(text)
        if (
            opening
            and not self.drug_names.search(text)
            and not re.search(r"\b(?:it|its)\b", text, re.I)
            and self._is_other_medicine(opening.group("name"))
            and not cue("medicine_noun").fullmatch(opening.group("name"))
        ):
            return
        for match in self._DOSE.finditer(text):
            if self._about_another_drug(sentence, match.start()):
                continue
            # (the patterns before an amount are anchored at it and a few words long: a window of
            # the text before it keeps a sentence of many amounts linear)
            before = text[max(0, match.start() - _LOOK_BACK) : match.start()]
            if self._is_strength(text, match, before):
                continue  # "tablets of 250 mg": a strength, not a dose
            volume_after_in = re.search(r"\bin\s*$", before) and re.match(r"m[lL]|millilit", match.group("ua") or "")
            concentration = _PER_VOLUME.match(text, match.end()) and not _MIXED_BEFORE.search(before)
            if concentration or re.search(r"\b(?:per|in each|in every)\s*$", before) or volume_after_in:
                continue  # "3.3 mg per millilitre", "20 mg per 5 mL": a concentration
            if _UNIT_EQUATION.match(text, match.end()) or _UNIT_EQUATION_BEFORE.search(before):
                continue  # "1 microgram equals 40 units": how the units compare, not a dose
            mixed_into_a_drink = _MIXED_INTO.search(before) and _DRINK_AFTER.match(text, match.end())
            if _PACK_OR_DRINK.match(text, match.end()) or mixed_into_a_drink:
                continue  # "1 g and 15 g tubes", "a full glass (240 mL) of water": a pack size or a drink
            if cue("other_medicine_dose").search(before) or self._dose_of_another(text, match):
                continue  # "a steroid such as prednisolone, often 40 mg a day": the other medicine's dose
            limit = False
            if match.group("c"):
                amounts = [(match.group("c"), match.group("uc"), match.group("c"), match.group("uc"))]
                limit = not cue("dose_increase").search(
                    text[max(0, match.start() - 40) : match.end("c") - len(match.group("c"))]
                )
            elif (
                match.group("b")
                and not match.group("ua")
                and _SPACED_DASH.fullmatch(text, match.end("a"), match.start("b"))
            ):
                # "Epilepsy, children 6 to 12 - 100 mg twice a day": a line's label, then its dose
                amounts = [(match.group("b"), match.group("ub"), match.group("b"), match.group("ub"))]
            elif match.group("conn") == "or" and match.group("ua") and match.group("ub"):
                # "12.5 mg or 25 mg": two doses, not a range
                amounts = [
                    (match.group(v), match.group(u), match.group(v), match.group(u))
                    for v, u in (("a", "ua"), ("b", "ub"))
                ]
            else:
                low_value, low_unit = match.group("a"), match.group("ua") or match.group("ub")
                # "no more than 7.5 mg", "up to a maximum of 500 mg", "20 mg is the maximum": a limit
                limit = not match.group("b") and bool(
                    cue("limit_before").search(text[max(0, match.start() - 40) : match.start()])
                    or cue("limit_after").search(text[match.end() : match.end() + 40])
                )
                amounts = [
                    (
                        low_value,
                        low_unit,
                        match.group("b") or low_value,
                        match.group("ub") or low_unit,
                    )
                ]
            if previous_end is not None and re.fullmatch(r"\s*\(\s*", text[previous_end : match.start()]):
                limit = previous_limit  # "no more than 100 micrograms (4,000 units)": the same limit restated
            previous_end, previous_limit = match.end(), limit
            frequency = self._FREQUENCY.search(text, match.end(), match.end() + _LOOK_BACK)
            often = (
                " ".join(frequency.group().lower().split())
                if frequency and frequency.start() - match.end() < 40
                else None
            )
            if re.search(r"/(?:day|d)$", match.group(), re.I):
                often = "a day"
            for low_value, low_unit, high_value, high_unit in amounts:
                if not low_unit or not high_unit:
                    continue
                low = self._normalise(low_value, low_unit)
                high = self._normalise(high_value, high_unit)
                if low is None or high is None or low[1] != high[1]:
                    continue
                dose = DoseRange(
                    min(low[0], high[0]), max(low[0], high[0]), low[1], match.group().strip(), often, upper_limit=limit
                )
                # Dose statements are not negated in this genre ("do not exceed 4 g" is a limit), and a
                # negation in a neighbouring clause ("adults who have not taken ...") must not leak in.
                self.emit(
                    sentence,
                    "dose",
                    dose,
                    "dose/expression",
                    match.start(),
                    match.end(),
                    negated=False,
                )

    def _is_strength(self, text: str, match: re.Match[str], before: str) -> bool:
        """Whether the amount is a tablet's strength rather than a dose: after "tablets of", before
        "strengths" or "film-coated tablets", counted tablets, a cell of a table, or the next of a
        list of strengths."""
        if cue("strength").search(before) or _STRENGTH_AFTER.match(text, match.end()):
            return True
        if _TABLETS_COUNTED.search(before) and re.match(r"\s*(?:tablets?|capsules?)\b", text[match.end() :], re.I):
            return True  # "four 500 mg tablets and two 150 mg tablets"
        line_start = text.rfind("\n", 0, match.start()) + 1
        line_end = text.find("\n", match.end())
        cells = text[line_start : line_end if line_end != -1 else len(text)].strip().strip("|").split("|")
        first_cell = cells[0].strip()
        amount_or_form = self._DOSE.fullmatch(first_cell) or self.lexicon.find("dosage_form", first_cell)
        if len(cells) >= 2 and amount_or_form:
            return True  # "| 0.5 mg | white |", "Capsules | 250 mg | blue": a table of strengths
        # ("100 mg, 250 mg and 750 mg strengths": each amount of the list goes with the last)
        end = match.end()
        while (gap := _LIST_GAP.match(text, end)) and (following := self._DOSE.match(text, gap.end())):
            if _STRENGTH_AFTER.match(text, following.end()):
                return True
            end = following.end()
        return False

    def _normalise(self, value: str, unit: str) -> tuple[Decimal, str] | None:
        unit = re.sub(r"/(?:day|d)$", "", unit, flags=re.I)
        base = re.split(r"\s*(?=/|\bper\b)", unit, maxsplit=1)[0]
        per_kilogram = re.search(r"(?:/|\bper)\s*(?:kg|kilogram)", unit, re.I) is not None
        per_area = re.search(r"(?:/|\bper)\s*(?:m2|m\u00b2|square)", unit, re.I) is not None
        code = self._UCUM.get(base.lower()) or self._UCUM.get(base)
        if code is None:
            return None
        if per_area:  # "600 mg per square metre" of body surface
            code = (code[0] + "/m2", code[1])
        if per_kilogram:
            code = (code[0] + "/kg", code[1])
        number = value.replace(",", "") if re.fullmatch(r"\d{1,3}(?:,\d{3})+", value) else value.replace(",", ".")
        amount = Decimal(number) * code[1]
        return Decimal(format(amount.normalize(), "f")), code[0]
