"""The drug a monograph is about, and its brand names (``identify_drug``).

Reads the title ("Generic (Brand)", a leaflet's title part by part), the "What is X?" heading,
and, with neither, the text itself. Which name is generic comes from the lexicon
(``lexicon/terms.tsv``), the list of medicines (``lexicon/medicine_names.txt``), WHO INN stems
(``inn_stems.txt``) and the cues ``leaflet_words``, ``medicine_predicate`` and
``medicine_dosage_noun`` of ``cues.tsv``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from valkg import recache
from valkg.claims import Entity
from valkg.errors import InputError
from valkg.extract.patterns import _inn_stems, _medicine_names, cue, entity_of, names_a_medicine, unmapped
from valkg.lexicon import KINDS, Lexicon
from valkg.reader import HEADING_MARK, Monograph

#: "Zorbix (zorbatinib)", "Zorbix® (zorbatinib) 10 mg tablets": two names, then perhaps a strength and form
_TITLE_PAIR = recache.compile(
    r"^\s*(?P<a>(?:[^():\s\u00ae\u2122]+\s+){0,4}?[^():\s\u00ae\u2122]+)\s*[\u00ae\u2122]?\s*\((?P<b>[^()]+)\)\s*(?P<rest>(?:[\d.,]+\s*(?:mg|g|mcg|micrograms?|%)\s*)?"
    r"(?:[a-z-]+\s*){0,3})$"
)
_WHAT_IS = recache.compile(
    r"^\s*what (?:is|are) (?P<name>[\w-]+(?: [\w-]+)?)\s*\??\s*$"
    # the first section of a patient leaflet: "1. What candesartan cilexetil is and what it is used for"
    r"|^\s*(?:\d+\.\s*)?what (?P<leaflet>[\w-]+(?: [\w-]+){0,2}) (?:is|are) and what (?:it is|they are) used for\s*$",
    re.I,
)
#: a labelled line that names the generic medicine ("Generic name: ramipril", "DRUG CARD: RAMIPRIL")
_GENERIC_FIELD = recache.compile(
    r"(?P<label>generic(?:[\s_]+name)?|drug(?:[\s_]+(?:name|card|profile))?|active[\s_]+(?:ingredient|substance)|"
    r"non-?proprietary\s+name|INN)\s*:\s*(?P<name>[A-Za-z][\w-]*(?:\s+[A-Za-z][\w-]*){0,3}?)\s*(?:$|[(;,])",
    re.I,
)
#: the labels of a field that say its value is the generic name, and values that name none
_SAYS_GENERIC = recache.compile(r"generic|non-?proprietary|INN|active", re.I)
_NO_NAME = recache.compile(
    r"(?:none|n/?a|unknown|various|not\b|see\b|tbc|pending|yes\b|no\b|available|unavailable)", re.I
)
#: a headline that says what it is about ("... what to know about fesoterodine", "All about X")
_ABOUT_IN_HEADLINE = recache.compile(
    r"\b(?:what (?:to|you should|you need to) know about|(?:all|facts|questions) about|a guide to)\s+"
    r"(?P<name>[\w-]+)\s*[?.!]?\s*$",
    re.I,
)
_ROUTE_NOTE = recache.compile(
    r"(?:oral|topical|intravenous|injection|inhalation|nasal|ophthalmic|rectal)(?: route)?", re.I
)
#: a brand in parentheses: capitalised words, perhaps a strength ("Zorbix", "Zorbix 500", "Zorbix Once Daily")
_BRAND_IN_PARENTHESES = recache.compile(r"[A-Z][\w-]+(?:\s+[A-Z0-9][\w-]*){0,3}[\u00ae\u2122]?")
#: a route or a use in parentheses, not a brand: "(Oral Route)", "(Subcutaneous)", "(Systemic)"
_NOT_A_BRAND = recache.compile(
    r"(?:[A-Za-z]+\s+)?(?:route|use)|oral|topical|systemic|vaginal|rectal|nasal|inhaled|inhalation|ophthalmic|otic|"
    r"intravenous|intramuscular|subcutaneous|transdermal|injection|tablets?|capsules?",
    re.I,
)
#: a note in a title's parentheses, not a name: "(for children)", "(as the hydrochloride)"
_NOTE = recache.compile(r"(?:for|in|as|with|without|from|by|to|a|an|the)\s", re.I)
#: a title of a word or two, each capitalised, as a brand is written ("Zinamide")
_BRAND_LIKE_TITLE = recache.compile(r"[A-Z][\w-]+(?: [A-Z][\w-]+)?[\u00ae\u2122]?")
#: the first line of an opening block, no sentence itself, over more lines
_OPENING_LINE = recache.compile(r"\s*(?P<line>[A-Z][^\n.!?]{2,80})[ \t]*\n(?=[ \t]*\S)")
#: the same with a strength after a pair in parentheses ("ZORBIX (zorbaprostone ophthalmic solution) 0.15%")
_OPENING_PAIR_WITH_STRENGTH = recache.compile(
    r"\s*(?P<line>[A-Z][^\n.!?()]{1,40}\([^\n()]{2,80}\)\s*\d+\.\d+\s*%?)[ \t]*\n(?=[ \t]*\S)"
)
#: a comparison's title: "Rosuvastatin vs pravastatin", "Zorbavir versus zorbacin: which is better?"
_COMPARISON_TITLE = recache.compile(
    r"\s*(?P<a>[A-Za-z][\w-]+(?: [a-z][\w-]+)?)\s+(?:vs\.?|versus|compared (?:with|to))\s+(?P<b>[A-Za-z][\w-]+)", re.I
)
#: the lines a leaflet opens with (its title, the product's name, what kind of leaflet it is)
_OPENING_CHARS = 400
#: a brand written with Canada's prescription-drug symbol before it ("PrKEPPRA")
_PRESCRIPTION_SYMBOL = recache.compile(r"^Pr(?P<brand>[A-Z][A-Z0-9-]{2,})[\u00ae\u2122]?$")
#: the salt a product's name may add to the drug's ("Fosinopril Sodium", "Sertraline hydrochloride")
_SALT_WORDS = (
    r"(?:(?:di|tri)?(?:sodium|potassium|calcium|magnesium|hydrochloride)|hcl|hydrobromide|maleate|mesylate|mesilate|"
    r"besylate|besilate|tosylate|succinate|(?:bi)?tartrate|citrate|(?:bi)?sulfate|(?:bi)?sulphate|fumarate|bromide|"
    r"phosphate|carbonate|gluconate|lactate|hyclate|pamoate|embonate|decanoate|nitrate|(?:mono|di|tri|hemi)hydrate)"
)
_SALT = recache.compile(rf"\s+{_SALT_WORDS}$", re.I)
#: a salt's anion after another word, at the end of a stretch of text: "dimethyl fumarate"
_SECOND_WORD_OF_A_SALT = recache.compile(
    r"[A-Za-z]\s+(?:(?:di|tri)?(?:sodium|potassium|calcium|magnesium)|bromide|carbonate|nitrate|hydrochloride|hcl|hydrobromide|maleate|mesylate|mesilate|besylate|besilate|tosylate|"
    r"succinate|(?:bi)?tartrate|citrate|(?:bi)?sulfate|(?:bi)?sulphate|fumarate|phosphate|gluconate|lactate)$",
    re.I,
)
#: the second word of a two-word generic name: an ester a prodrug carries, or a salt ("zorbium cilexetil")
ESTER_OR_SALT = recache.compile(
    rf"{_SALT_WORDS}|cilexetil|medoxomil|axetil|etexilate|mofetil|marboxil|disoproxil|alafenamide|pivoxil|"
    r"acetate|furoate|propionate|dipropionate|valerate|trometamol|acid",
    re.I,
)
_VITAMIN = recache.compile(r"vitamin\s+[a-z]\d*$", re.I)
#: the parts of a title ("Albendazole tablets: information for the patient")
_TITLE_PARTS = recache.compile(r"\s*(?::|\s[-\u2013\u2014|]\s)\s*")
#: a strength in a product's name ("400 mg", "0.5%")
_STRENGTH = recache.compile(r"\b\d+(?:[.,]\d+)?\s*(?:mg|g|mcg|micrograms?|milligrams?|ml|%)(?:/\w+)?(?!\w)", re.I)
_NAME_SPLIT = recache.compile(r"\s*(?:,|/|\bor\b|\band\b)\s*")
_BRAND_PATTERNS = (
    recache.compile(
        r"\b(?:brand(?:ed)?\s+names?\s+|[Bb]rand(?:ed)?\s+[Nn]ames?[ \t]*:[ \t]*)"
        r"(?:is\s+|are\s+|include\s+|includes\s+|such as\s+|like\s+|of\s+)?"
        r"(?P<names>[A-Z][\w-]+(?:(?:,\s*|\s+and\s+|\s+or\s+)[A-Z][\w-]+)*)"
    ),
    recache.compile(
        r"\b(?:sold|marketed|available)\s+(?:under\s+the\s+(?:brand\s+|trade\s+)?names?\s+|as\s+)(?P<names>[A-Z][\w-]+(?:(?:,\s*|\s+and\s+|\s+or\s+)[A-Z][\w-]+)*)"
    ),
    # "Also sold as: Amfexa (UK tablets), Dexedrine (Spansule capsules) and Zenzedi": each with its aside
    recache.compile(
        r"\b(?:sold|marketed)\s+as\s*:\s*(?P<names>[A-Z][\w-]+(?:\s*\([^()]*\))?"
        r"(?:(?:,\s*|\s+and\s+|\s+or\s+)[A-Z][\w-]+(?:\s*\([^()]*\))?)*)"
    ),
)

#: what a "Brand names:" field says when it names none
_NO_BRAND = recache.compile(
    r"None|Not|No|Generic|Generics|Unbranded|Various|Many|Several|Available|Unavailable|Discontinued|Withdrawn|N/A|Nil",
    re.I,
)

#: a brand the text gives the generic of: "Xyzal is the brand name for levocetirizine", "Xyzal is a brand of ..."
_BRAND_FOR = recache.compile(
    r"\b(?!(?:This|That|Which|What|It|Its|There|Here)\b)(?P<brand>[A-Z][\w-]{2,})[\u00ae\u2122]?\s+is\s+(?:the\s+|a\s+)?(?:brand|trade)(?:\s+name)?\s+(?:for|of)\s+"
    r"(?P<generic>[a-z][\w-]{3,}(?:\s+[a-z][\w-]{3,})?)\b(?=\s*[,.;(]|\s+(?:is|which|a|an|tablets?)\b)"
)
#: a medicine sold under a name per country: the sentence to its end
_SOLD_AS_PER_COUNTRY = recache.compile(r"\b(?:sold|marketed)\s+as\s+[A-Z][\w-]+\s+in\s+[^.;]*")


def _looks_generic(name: str, text: str, lexicon: Lexicon) -> bool | None:
    if lexicon.lookup("drug", name):
        return True
    if lexicon.lookup("brand", name):
        return False
    if names_a_medicine(name) or _VITAMIN.match(name):
        return True  # a generic name the list of medicines knows; a vitamin's name is no brand
    lower = name.lower()
    if re.search(rf"(?<=[a-z,;] ){re.escape(lower)}\b", text):
        return True
    if lower.endswith(_inn_stems()):
        return True
    return None


def identify_drug(monograph: Monograph, lexicon: Lexicon) -> tuple[Entity, list[tuple[str, int, int]]]:
    """The drug the monograph is about, and brand names with their offsets."""
    text = monograph.text
    brands: list[tuple[str, int, int]] = []
    generic: str | None = None
    title = monograph.title or ""
    title_start = monograph.title_start or 0
    # an opening block's first line ("Lithium carbonate (Priadel, Camcolit)" over a subtitle, "MY
    # MEDICATION DIARY: ARIPIPRAZOLE" over a paragraph)
    if not title:
        first_line = _OPENING_LINE.match(monograph.text) or _OPENING_PAIR_WITH_STRENGTH.match(monograph.text)
        if first_line:
            title, title_start = first_line.group("line"), first_line.start("line")
    bare_title = HEADING_MARK.sub("", title)  # "# Warfarin (Coumadin, Marevan)": a Markdown title
    title_start, title = title_start + len(title) - len(bare_title), bare_title
    # "Rosuvastatin vs pravastatin: what's the difference?": a comparison is about the first it names
    compared = _COMPARISON_TITLE.match(title or text)
    if (
        compared
        and _is_medicine(compared.group("a"), text, lexicon)
        and _is_medicine(compared.group("b"), text, lexicon)
    ):
        generic = compared.group("a")
        brand = lexicon.lookup("brand", generic)
        branded = lexicon.get("drug", brand.related) if brand is not None else None
        if branded is not None:  # "Valtrex vs Zovirax": a brand, whose generic is the drug
            position = text.find(generic)
            brands.append((generic, position, position + len(generic)))
            generic = branded.label
    pair = None if generic else _TITLE_PAIR.match(title)
    if pair and _ROUTE_NOTE.fullmatch(pair.group("b").strip()):
        pair = None  # "Venlafaxine (Oral Route)": how it is taken, not a second name
    as_salt = (
        re.fullmatch(r"as\s+(?P<generic>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)", pair.group("b").strip()) if pair else None
    )
    if pair and as_salt:
        # "Zorbix (as zorbavir hydrochloride)": the brand, then the generic it holds
        position = title.find(pair.group("a"))
        brands.append((pair.group("a"), title_start + position, title_start + position + len(pair.group("a"))))
        generic, pair = _SALT.sub("", as_salt.group("generic")).strip() or as_salt.group("generic"), None
    elif pair and _not_a_name(pair.group("b").strip(), lexicon):
        # "Kelpanor (oral suspension)", "Kelpanor (for children)": the name, then its form or a note
        generic, pair = pair.group("a"), None
    if pair:
        first = pair.group("a")
        others = [n for n in _NAME_SPLIT.split(pair.group("b")) if n]
        first_generic = _looks_generic(first, text, lexicon)
        other_generic = [_looks_generic(n, text, lexicon) for n in others]
        # ("Zorbavir eye drops (Zorbix)": a name and its dosage form)
        bare = _without_form(first, lexicon)
        not_a_name = len(bare.split()) > 2 or cue("leaflet_words").search(first)
        if not_a_name and first_generic is None and not any(other_generic) and not _is_medicine(bare, text, lexicon):
            pair = None  # "PATIENT GROUP DIRECTION (PGD)": a document's kind and its abbreviation
    if pair:
        if first_generic is False or (first_generic is None and any(other_generic)):
            generic = next((n for n, g in zip(others, other_generic, strict=True) if g), others[0])
            brand_names = [first]
        elif first_generic is None and not any(other_generic) and _brand_before_generic(first, others[0], text):
            # "ANZEMET (dolasetron mesylate)": a brand in capitals, or a generic name with its salt
            generic, brand_names = others[0], [first]
        elif first_generic and len(others) == 1 and other_generic[0] and not lexicon.lookup("brand", others[0]):
            # "Vitamin K (phytomenadione)": two generic names, no brand; the medicine's own name
            # is the one the list of medicines knows
            own = names_a_medicine(others[0]) and not names_a_medicine(first)
            generic, brand_names = (others[0] if own else first), []
            unknown = not any(names_a_medicine(n) or lexicon.lookup("drug", n) for n in (first, others[0]))
            if unknown and _brand_before_generic(first, others[0], text):
                # "Milgamma (benfotiamine)" over a text that also writes "milgamma protekt": a brand
                generic, brand_names = others[0], [first]
        else:
            generic, brand_names = first, others
        for name in brand_names:
            position = title.find(name)
            brands.append((name, title_start + position, title_start + position + len(name)))
    if generic is None:
        generic = _generic_from_field(monograph, lexicon)
    if generic is None:
        paired = _paired_opening_line(monograph, title_start, lexicon)
        if paired is not None:
            generic, paired_brand = paired
            brands.append(paired_brand)
    if generic is None:
        generic = _generic_from_headings(monograph, lexicon)
    if generic is None:
        generic = _generic_from_product_line(monograph, lexicon)
        # "Zinamide" over "Pyrazinamide 500 mg tablets": the title is the product's brand
        if (
            generic
            and _BRAND_LIKE_TITLE.fullmatch(title)
            and title.lower() != generic.lower()
            and not _looks_generic(title, text, lexicon)
        ):
            brands.append((title, title_start, title_start + len(title)))
    if generic is None:
        generic = _generic_from_title(title, monograph.text, lexicon)
    if generic is None:
        generic = _generic_of_a_titled_brand(title, monograph.text, lexicon)
    if generic is None:
        generic = _generic_from_text(monograph.text)
    if generic is None:
        generic = _generic_named_in_headline(title, monograph.text, lexicon)
    if generic is None:
        generic = _drug_in_the_opening_lines(monograph.text, lexicon)
    if generic is None:
        counts: dict[str, int] = {}
        for sentence in monograph.sentences:
            for mention in lexicon.find("drug", sentence.text):
                counts[mention.term.slug] = counts.get(mention.term.slug, 0) + 1
        if counts:
            best = max(sorted(counts), key=lambda slug: counts[slug])
            term = lexicon.get("drug", best)
            generic = term.label if term else best
        else:
            generic = _generic_by_name(monograph.text)
        # ("Tolperisone ... Baclofen (Lioresal) and tizanidine are the usual choices there": the subject
        # the text keeps coming back to, not a rival the lexicon or the list of medicines happens to know)
        subject = _subject_named_most(monograph.text)
        named = len(re.findall(rf"\b{re.escape(generic)}\b", monograph.text, re.I)) if generic else 0
        a_brand = subject is not None and (
            lexicon.lookup("brand", subject[0]) is not None
            or re.search(rf"\b{re.escape(subject[0])}\s*[\u00ae\u2122]?\s*\(", monograph.text, re.I) is not None
        )
        if subject is not None and not a_brand and subject[1] >= max(5, 2 * named):
            generic = subject[0]
        if generic is None:
            raise InputError("no drug named in the title, headings or text", source=monograph.source)
    if generic.isupper():
        generic = generic.lower()  # "LISINOPRIL": a heading's capitals, not the generic name's
    term = lexicon.lookup("drug", generic)
    if term is None:
        # "Amlodipine tablets", "Tazarotene topical": the drug, not its dosage form or route
        generic = _without_form(generic, lexicon)
        term = lexicon.lookup("drug", generic)
    drug = entity_of(term) if term else unmapped("drug", generic)
    # ("Xyzal is the brand name for levocetirizine")
    named_for = [
        m.span("brand")
        for m in _BRAND_FOR.finditer(text)
        if _without_form(m.group("generic"), lexicon).lower() == drug.label.lower()
    ]
    named_for_brands = [(text[s:e], s, e) for s, e in named_for]
    for name, start, end in [*_brands_in_text(monograph), *_brands_beside(text, drug.label), *named_for_brands]:
        if name.lower() != drug.label.lower() and all(name != b[0] for b in brands):
            brands.append((name, start, end))
    for brand_term in lexicon.brands_of(drug.slug):
        for match in re.finditer(rf"\b{re.escape(brand_term.label)}\b", text):
            if all(brand_term.label != b[0] for b in brands):
                brands.append((brand_term.label, match.start(), match.end()))
            break
    return drug, brands


def _drug_in_the_opening_lines(text: str, lexicon: Lexicon) -> str | None:
    """The first medicine named in the short lines that open a text ("Deck 6: Antidepressants, card
    set: AMITRIPTYLINE", "your questions on Warfarin"), which name what it is about before the body
    names others more often."""
    for line in text[:_OPENING_CHARS].splitlines():
        if len(line) > _SHORT_LINE:
            break
        # (a medicine the list or the lexicon knows, or a word in capitals with a medicine's stem, as a
        # card or a header writes the name it is about; not "Issue 12, April")
        for word in re.findall(r"\b[A-Za-z][A-Za-z-]{4,}\b", line):
            lower = str(word).lower()
            known = lower in _medicine_names() or lexicon.lookup("drug", word)
            if lower not in _MONTHS and (known or (word.isupper() and next(_medicine_words(word), None))):
                return lower
    return None


#: words in capitals that end as a medicine's stem does ("APRIL": -pril)
_MONTHS = frozenset({"april"})
#: the most characters of a line of a title block
_SHORT_LINE = 80


def _brand_before_generic(first: str, second: str, text: str) -> bool:
    """Whether a title's pair of unknown names is a brand, then its generic name: the first in
    capitals and the second in lower case; the first with a capital and the second one word in lower
    case that the text uses at least as often ("Zorbix (zorbatide)": a generic is written in lower
    case, a brand seldom); or the second with a salt's word ("dolasetron mesylate")."""
    if _SALT.search(first):
        return False  # "ZORBATIDE ACETATE (Zorbix)": the generic name with its salt comes first

    # ("ZORBIX (Zorbatide)" over a text that says "zorbatide": the name the text goes on to use)
    def used(name: str) -> int:
        return len(re.findall(rf"\b{re.escape(name)}\b", text, re.I))

    if _SALT.search(second) or (first.isupper() and second[:1].islower()):
        return True
    # ("Kelpanor (oral suspension)", "Kelpanor (for children)": a form or a note, not a generic's one word)
    if first[:1].isupper() and re.fullmatch(r"[a-z][a-z-]{4,}", second) and used(second) >= used(first):
        return True

    return first.isupper() and not second.isupper() and used(second) > used(first)


def _brands_beside(text: str, generic: str) -> Iterator[tuple[str, int, int]]:
    """Brand names written beside the generic one: "Zorbix (zorbatinib)", "zorbatinib (Zorbix)",
    "zorbatinib sodium (Zorbix)"."""
    name = re.escape(generic)
    pattern = (
        rf"\b(?P<a>[A-Z][a-z][A-Za-z0-9-]+|[A-Z]{{4,}})[\u00ae\u2122]?\s*(?:\([a-z-]+\)\s*)?\(\s*(?i:{name})\s*\)"
        rf"|\b(?i:{name})(?i:\s+{_SALT_WORDS})?\s*\(\s*(?P<b>[A-Z][a-z][A-Za-z0-9-]+)[\u00ae\u2122]?\s*\)"
    )
    for match in re.finditer(pattern, text):
        group = "a" if match.group("a") else "b"
        yield match.group(group), match.start(group), match.end(group)


def _generic_from_field(monograph: Monograph, lexicon: Lexicon) -> str | None:
    """A labelled line near the top that names the generic medicine: "Generic name: ramipril
    (ra-MI-pril)", "DRUG CARD: RAMIPRIL", "Active ingredient: fesoterodine fumarate"."""
    for line in monograph.text[: 2 * _OPENING_CHARS].splitlines():
        field = _GENERIC_FIELD.match(line.strip())
        if field is None:
            continue
        # ("Generic name: dimethyl fumarate": a salt word that is part of the name, "dimethyl" no medicine)
        # ("Generic name: zorbavir ophthalmic solution, 0.024%": the name without its form)
        named = _without_form(field.group("name").strip(), lexicon)
        if len(named.split()) > 2:
            continue
        for name in dict.fromkeys((_SALT.sub("", named), named)):
            if _looks_generic(name, monograph.text, lexicon) is not False and _is_medicine(
                name, monograph.text, lexicon
            ):
                return name.lower() if name.isupper() else name
        # ("Generic name: ceftaroline fosamil": a field that says its name is the generic one is taken at
        # its word, though nothing else says it is a medicine)
        name = named
        if _SAYS_GENERIC.match(field.group("label")) and not _NO_NAME.match(name):
            return name.lower() if name.isupper() else name
    return None


def _generic_from_headings(monograph: Monograph, lexicon: Lexicon) -> str | None:
    for section in monograph.sections:
        heading = (section.heading or "").strip()
        # "DAPAGLIFLOZIN" over a formulary's fields, "DEXAMFETAMINE (dextroamphetamine)" with its other names
        alone = re.fullmatch(r"(?P<name>[A-Za-z][\w-]{4,})(?:\s*\([^()]*\))?", heading)
        name = alone.group("name") if alone else ""
        if alone and (names_a_medicine(name) or name.lower().endswith(_inn_stems())):
            return name.lower() if name.isupper() else name
        about = _ABOUT_IN_HEADLINE.search(section.heading or "")
        if about and _is_medicine(about.group("name"), monograph.text, lexicon):
            return about.group("name")  # "A cheaper option for overactive bladder: what to know about fesoterodine"
        match = _WHAT_IS.match(section.heading or "")
        if match:
            name = match.group("name") or match.group("leaflet")
            # "What is ZORBIX?" over "ZORBIX (zor-bix) (zorbatinib) tablets": the brand's generic name
            beside = re.search(
                rf"\b{re.escape(name)}\b[\u00ae\u2122]?\s*(?:\([^()]*\)\s*)?"
                r"\((?P<generic>[a-z][\w-]+(?: [a-z][\w-]+)?)\)",
                monograph.text,
                re.I,
            )
            if beside and not name.islower() and _looks_generic(beside.group("generic"), monograph.text, lexicon):
                return beside.group("generic")
            if _looks_generic(name, monograph.text, lexicon) is not False and _is_medicine(
                name, monograph.text, lexicon
            ):
                return name
    return None


def _paired_opening_line(
    monograph: Monograph, title_start: int, lexicon: Lexicon
) -> tuple[str, tuple[str, int, int]] | None:
    """ "Isavuconazonium sulfate (Cresemba)" on a line of its own under a title that names no
    medicine ("Kestrel Vale Hospitals - Antimicrobial Team"): the generic name and its brand."""
    position = 0
    for line in monograph.text[:_OPENING_CHARS].splitlines(keepends=True):
        start, position = position, position + len(line)
        pair = _TITLE_PAIR.match(line.rstrip())
        if start == title_start or pair is None or _NAME_SPLIT.search(pair.group("b")):
            continue
        generic, brand = pair.group("a"), pair.group("b").strip()
        # (a brand is a capitalised name: not "(Oral Route)", "(tablets)", "(zor-BA-veer)")
        brand_like = _BRAND_IN_PARENTHESES.fullmatch(brand) and not _NOT_A_BRAND.fullmatch(brand)
        if (
            brand_like
            and not lexicon.find("dosage_form", brand)
            # (a medicine, or a name the text writes in lower case that names no condition: not "Kidney
            # stones (renal calculi)")
            and (
                _is_medicine(generic, monograph.text, lexicon)
                or (_looks_generic(generic, monograph.text, lexicon) and not lexicon.find("condition", generic))
            )
            and _looks_generic(brand, monograph.text, lexicon) is not True
        ):
            brand_start = start + line.index(brand)
            return generic, (brand, brand_start, brand_start + len(brand))
    return None


def _generic_from_product_line(monograph: Monograph, lexicon: Lexicon) -> str | None:
    """ "Pyrazinamide 500 mg tablets", "levetiracetam tablets, oral solution and injection": a line
    near the top that names a generic medicine and then its strength or dosage forms."""
    for line in monograph.text[:_OPENING_CHARS].splitlines():
        line = _STRENGTH.sub(" ", line.strip(" \t\u00ae\u2122"))
        forms = lexicon.find("dosage_form", line)
        if not forms or line.endswith((".", "?", "!")):
            continue
        name = line[: forms[0].start].rpartition(": ")[2].strip(" ,")  # ("Medication: X 500 mg tablets")
        known = lexicon.lookup("drug", name) or names_a_medicine(name) or name.lower().endswith(_inn_stems())
        if known and re.fullmatch(r"[A-Za-z][\w-]*(?: [A-Za-z][\w-]*)?", name):
            return name
    return None


def _generic_from_title(title: str, text: str, lexicon: Lexicon) -> str | None:
    mentions = lexicon.find("drug", title)
    if mentions:
        return mentions[0].term.label
    # "Albendazole 400 mg tablets: information for the patient": each part of the title, without
    # its strength and its dosage form
    for part in _TITLE_PARTS.split(title):
        name = _without_form(_STRENGTH.sub(" ", part).strip(), lexicon)
        without_salt = _SALT.sub("", name)
        # ("Ferrous sulfate" keeps its anion: "ferrous" is no medicine, and never stands alone)
        alone = re.findall(rf"\b{re.escape(without_salt)}\b(?!\s+{_SALT_WORDS}\b)", text, re.I)
        if without_salt != name and (_is_medicine(without_salt, text, lexicon) or len(alone) > 1):
            name = without_salt
        words = name.split()
        # a word or two that the text uses again, or calls a medicine, names the drug
        # a word the text uses again; two words the text also writes in lower case, as a generic name
        # is written ("zorbium cilexetil"; "HARTVALE FM", a station's name, never is)
        repeated = len(re.findall(rf"\b{re.escape(name)}\b", text, re.I)) > 1
        drug_like = len(words) == 2 and (
            words[0].lower().endswith(_inn_stems()) or ESTER_OR_SALT.fullmatch(words[1]) is not None
        )
        used_again = repeated and (
            len(words) == 1 or (drug_like and re.search(rf"\b{re.escape(name.lower())}\b", text))
        )
        if (
            1 <= len(words) <= 2
            and all(w[:1].isalpha() for w in words)
            and (used_again or _is_medicine(name, text, lexicon))
            and not cue("leaflet_words").search(name)
        ):
            return name
    return None


def _generic_named_in_headline(title: str, text: str, lexicon: Lexicon) -> str | None:
    """ "Before the Bag Came Ready-Made: Remembering Propacetamol": a word of a headline that the
    text uses again and again, in lower case mid-sentence as a generic name is written, that it
    treats as a medicine (with a salt's word, or as the lexicon or its predicates say) and that the
    lexicon knows as nothing else (not "Psoriasis", nor "Statins")."""
    counts: dict[str, int] = {}
    for word in re.findall(r"\b[A-Z][a-z]{5,}\b", title):
        lower = word.lower()
        if any(lexicon.lookup(kind, lower) for kind in KINDS if kind != "drug"):
            continue
        mid_sentence = len(re.findall(rf"(?<=[a-z,;] ){lower}\b", text))
        total = len(re.findall(rf"\b{lower}\b", text, re.I))
        # ("propacetamol hydrochloride", "a prodrug"; not "Sunlight" or "Grapefruit" of a headline on safety)
        salted = re.search(rf"\b{lower}\s+{_SALT_WORDS}\b", text, re.I)
        if mid_sentence >= 2 and total >= 4 and (salted or _is_medicine(lower, text, lexicon)):
            counts[word] = total
    if not counts:
        return None
    return max(sorted(counts), key=lambda word: counts[word]).lower()


def _generic_of_a_titled_brand(title: str, text: str, lexicon: Lexicon) -> str | None:
    """ "My month on Xyzal" over "Xyzal is the brand name for levocetirizine": the generic the text
    gives for a brand the title names (without a form: "... for zorbavir tablets")."""
    for match in _BRAND_FOR.finditer(text):
        if re.search(rf"\b{re.escape(match.group('brand'))}\b", title):
            return _without_form(match.group("generic"), lexicon)
    return None


def _not_a_name(words: str, lexicon: Lexicon) -> bool:
    """Whether a title's words in parentheses are its form or a note ("for children")."""
    # ("Tablets and Injection": forms, each)
    parts = [part for part in re.split(r"\s*(?:,|\band\b|\bor\b|&|/)\s*", words) if part]
    only_forms = bool(parts) and all(
        not _without_form(f"x {part}", lexicon).removeprefix("x").strip() for part in parts
    )
    return bool(only_forms or _NOTE.match(words))


def _without_form(name: str, lexicon: Lexicon) -> str:
    """A product's name without the dosage forms and routes at its end ("Zorbavir oral tablets")."""
    while True:
        forms = lexicon.find("dosage_form", name) + lexicon.find("route", name)
        last = max(forms, key=lambda m: m.end, default=None)
        if last is None or last.end != len(name) or not name[: last.start].strip():
            return name
        name = name[: last.start].strip()


#: a capitalised word that opens a sentence as its subject ("Tolperisone was developed", "Tolperisone, sold ...")
_OPENING_SUBJECT = recache.compile(
    r"(?:^|(?<=[.!?])\s+|\n)(?P<name>[A-Z][a-z]{5,})(?=\s*,|\s+(?:is|was|has|can|may|works|eases|blocks|comes|should|must)\b)"
)


#: words that open sentences as their subject in the genre without naming a medicine
_NOT_A_SUBJECT_DRUG = frozenset(
    {
        "patients",
        "people",
        "doctors",
        "children",
        "adults",
        "nurses",
        "pharmacists",
        "someone",
        "anyone",
        "everyone",
        "pregnancy",
        "alcohol",
        "treatment",
        "therapy",
        "stopping",
        "taking",
        "dosing",
        "safety",
        "grapefruit",
        "smoking",
        "driving",
        "breastfeeding",
        "elderly",
        "residents",
        "parents",
        "carers",
    }
)


def _subject_named_most(text: str) -> tuple[str, int] | None:
    """The word that opens sentences as their subject and that the text names most often, with how often."""
    counts = {
        word.lower(): len(re.findall(rf"\b{word}\b", text, re.I))
        for word in {m.group("name") for m in _OPENING_SUBJECT.finditer(text)}
        if word.lower() not in _NOT_A_SUBJECT_DRUG
    }
    if not counts:
        return None
    best = max(sorted(counts), key=lambda word: counts[word])
    return best, counts[best]


def _generic_by_name(text: str) -> str | None:
    """The medicine named most often, by its generic name or its stem: the last resort."""
    counts: dict[str, int] = {}
    for name in _medicine_words(text):
        counts[name] = counts.get(name, 0) + 1
    if not counts:
        return None
    return max(sorted(counts), key=lambda name: counts[name])


def _medicine_words(text: str) -> Iterator[str]:
    """The words of ``text`` that are generic names of medicines, by the list or by an INN stem, in lower case."""
    for word in re.findall(r"\b[A-Za-z][A-Za-z-]{4,}\b", text):
        lower = word.lower()
        if lower in _medicine_names() or lower.endswith(_inn_stems()):
            yield lower


def _generic_from_text(text: str) -> str | None:
    """With no title or headings to go by: the name most often used, that the text calls a medicine."""
    said = recache.compile(r"\b(?P<name>[A-Za-z][\w-]{3,})" + cue("medicine_predicate").pattern, re.I)
    # ("Dimethyl fumarate is ...": the second word of a salt's name is not the drug's whole name;
    # "Magnesium is a medicine ..." is)
    names = {
        m.group("name").lower()
        for m in said.finditer(text)
        if not _SECOND_WORD_OF_A_SALT.search(text, 0, m.end("name"))
    }
    names -= _NOT_DRUG_NAMES
    if not names:
        return None
    counts = {name: len(re.findall(rf"\b{re.escape(name)}\b", text, re.I)) for name in sorted(names)}
    best = max(counts, key=lambda name: counts[name])
    # ("Skudexa is a combination tablet holding ..." once, late in a text that names dexketoprofen
    # from its start: the medicine named first and far more often is what it is about)
    named_most = _generic_by_name(text)
    said_best = next((m for m in said.finditer(text) if m.group("name").lower() == best), None)
    combination = said_best is not None and _COMBINATION.search(text, said_best.end(), said_best.end() + 120)
    if named_most and named_most != best and counts[best] <= 2 and combination:
        uses = [m.start() for m in re.finditer(rf"\b{re.escape(named_most)}\b", text, re.I)]
        if len(uses) >= 2 * counts[best] and uses[0] < text.lower().find(best):
            return named_most
    # "Candesartan cilexetil is ...": a two-word name when the word before is nearly always the same
    before = [w.lower() for w in re.findall(rf"\b([A-Za-z][\w-]{{3,}})\s+{re.escape(best)}\b", text, re.I)]
    common = max(sorted(set(before)), key=before.count, default=None)
    if common and common not in _NOT_DRUG_NAMES and before.count(common) >= 0.8 * counts[best]:
        return f"{common} {best}"
    return best


#: what says a product holds more than one medicine ("a combination tablet holding ...")
_COMBINATION = recache.compile(r"\b(?:combination|combined|combines|contains?|containing|holding|holds)\b", re.I)

#: Words that stand where a drug's name would in "X is a medicine" without being one.
_NOT_DRUG_NAMES = frozenset(
    {"this", "that", "which", "what", "there", "here", "also", "often", "usually", "itself", "themselves"}
    # ("The usual dose is one 200 mg tablet": how much is taken, not what)
    | {"dose", "doses", "dosage", "amount", "tablet", "tablets", "capsule", "capsules", "medicine", "drug"}
)


def _is_medicine(name: str, text: str, lexicon: Lexicon) -> bool:
    """Whether the text treats ``name`` as a medicine (lexicon, INN stem, or how it speaks of it)."""
    if lexicon.lookup("drug", name) or lexicon.lookup("brand", name) or name.lower().endswith(_inn_stems()):
        return True
    if name.lower() in _medicine_names():  # "Tranexamic acid": a generic name of the list, whole
        return True
    said = rf"\b{re.escape(name)}\b(?:{cue('medicine_predicate').pattern}|{cue('medicine_dosage_noun').pattern})"
    return bool(re.search(said, text, re.I))


def _brands_in_text(monograph: Monograph) -> Iterator[tuple[str, int, int]]:
    offset = 0
    for line in monograph.text[:_OPENING_CHARS].splitlines(keepends=True):
        symbol = _PRESCRIPTION_SYMBOL.match(line.strip())
        if symbol:
            start = offset + line.index(symbol.group("brand"))
            yield symbol.group("brand"), start, start + len(symbol.group("brand"))
        offset += len(line)
    for pattern in _BRAND_PATTERNS:
        for match in pattern.finditer(monograph.text):
            names_start = match.start("names")
            for name in re.finditer(r"\([^()]*\)|(?P<name>[A-Z][\w-]+)", match.group("names")):
                # (not the words of an aside, "(UK tablets)", nor a placeholder: "Brand names: None in the UK")
                if name.group("name") and not _NO_BRAND.fullmatch(name.group("name")):
                    yield name.group(), names_start + name.start(), names_start + name.end()
    # "sold as Eskazole in the UK, as Albenza in the United States and as Zentel elsewhere"
    for sold in _SOLD_AS_PER_COUNTRY.finditer(monograph.text):
        for name in re.finditer(r"\bas\s+(?P<name>[A-Z][\w-]+)", sold.group()):
            yield name.group("name"), sold.start() + name.start("name"), sold.start() + name.end("name")
