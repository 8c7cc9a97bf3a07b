"""Read a monograph: decode it, split it into sections, paragraphs and sentences.

Every span keeps character offsets into ``Monograph.text`` (the text exactly
as read: a UTF-8 byte-order mark is dropped, line endings are kept), so any
fact extracted later can point at ``text[start:end]``.
"""

from __future__ import annotations

import bisect
import hashlib
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from valkg import recache
from valkg.errors import InputError
from valkg.resources import BUNDLED_MONOGRAPH, data_file, read_text, read_tsv

#: Monographs larger than this are refused: the genre is a few kilobytes, and
#: the whole text is kept in memory (and in the graph, as the provenance context).
MAX_BYTES = 16 * 1024 * 1024

BUNDLED = "bundled:" + BUNDLED_MONOGRAPH

_LINE = recache.compile(r"[^\r\n]*(?:\r\n|\n|\r)|[^\r\n]+$")
# The look-behind lets a match start only at the first mark of a run ("...."), so a
# long run not followed by a capital costs linear, not quadratic, backtracking.
# (a line that starts a bulleted or numbered item starts a sentence, whatever its first letter;
# an encyclopedia's reference marks stay with the sentence they end: "... of its own.[2] Esterases")
_SENTENCE_END = recache.compile(
    r"(?<![.!?])[.!?]+[\"')\]]*(?:\[\d+(?:[,\u2013-]\s?\d+)*\])*"
    r"(?=\s+[\"'(\[]?[A-Z0-9]|[ \t]*\n\s*(?:[-*\u2022\u2013]|\d+[.)])\s)"
)

#: the end of a line followed by a "Label: value" line ("Common: nausea, rash"): a fact sheet's
#: fields are sentences of their own, though they end in no full stop (a line that ends in a
#: colon leads into what follows, and stays with it)
_FIELD_LINE_BREAK = recache.compile(r"(?<=[^:\s])[ \t]*(?=\r?\n[ \t]*[A-Z][\w ,'()/-]{0,40}:(?:[ \t]+\S|[ \t]*\r?\n))")
#: a paragraph's first line that is a short heading over the prose below it, without a blank line
_HEADING_LINE_BREAK = recache.compile(
    r"[A-Z][^\n.!?:;,()]{0,40}?(?<=\w)(?=[ \t]*\r?\n[ \t]*[A-Z][^\n]*[.!?][ \t]*(?:\r?\n|$))"
)
#: words a heading does not use, though a line of wrapped prose may ("Your doctor may also prescribe")
_NOT_IN_A_HEADING = recache.compile(
    r"\b(?:may|can|will|would|should|must|might|could|is|are|was|were|has|have|you|your|it|this|that)\b"
    r"|\b(?:the|a|an|to|of|and|or|with|for|in|on|also)$",
    re.I,
)


def _reads_as_heading(line: str) -> bool:
    return len(line.split()) <= 6 and not _NOT_IN_A_HEADING.search(line)


#: the same for a page laid out as "Label - value" lines ("Usual dose - 10 mg a day"); since a
#: wrapped line of prose can start that way too, only in a paragraph that opens with such a line
_DASHED_FIELD = r"[ \t]*[A-Z][\w ,'()/?-]{0,40}?[ \t]+[-\u2013][ \t]+\S"
_DASHED_FIELD_LINE = recache.compile(_DASHED_FIELD)
_DASHED_FIELD_LINE_BREAK = recache.compile(r"(?<=\S)[ \t]*(?=\r?\n" + _DASHED_FIELD + ")")


#: the end of a line before a row of a table ("| Amiodarone | INR rises over several weeks |")
_TABLE_ROW_BREAK = recache.compile(r"(?<=\S)[ \t]*(?=\r?\n[ \t]*\|)")


@dataclass(frozen=True)
class Section:
    """A heading and the paragraphs under it (the text before the first heading has none)."""

    index: int
    heading: str | None
    kind: str
    start: int
    end: int
    heading_start: int | None = None
    heading_end: int | None = None


@dataclass(frozen=True)
class Sentence:
    """One sentence, with its offsets in the monograph text."""

    index: int
    start: int
    end: int
    text: str
    section: int
    paragraph: int


@dataclass
class Monograph:
    """A monograph as read, with its structure."""

    text: str
    source: str
    sha256: str
    title: str | None = None
    title_start: int | None = None
    title_end: int | None = None
    sections: list[Section] = field(default_factory=list)
    paragraphs: list[tuple[int, int]] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def name(self) -> str:
        """A short name for the source: the file name, never a directory path."""
        return self.source.rsplit("/", 1)[-1].removeprefix("bundled:")

    def section_of(self, sentence: Sentence) -> Section:
        return self.sections[sentence.section]


#: File name endings treated as monographs when a directory is given.
MONOGRAPH_SUFFIXES = (".txt", ".text", ".md")


def expand_sources(paths: Sequence[str]) -> list[str | None]:
    """Monograph sources: files as given, directories expanded (sorted), ``-`` for stdin.

    No paths means the bundled monograph (``None``).
    """
    if not paths:
        return [None]
    sources: list[str | None] = []
    for path in paths:
        if path == "-":
            sources.append("-")
            continue
        folder = Path(path)
        if folder.is_dir():
            found = sorted(str(p) for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in MONOGRAPH_SUFFIXES)
            if not found:
                raise InputError(
                    f"directory holds no monographs (no {', '.join(MONOGRAPH_SUFFIXES)} files)",
                    source=path,
                )
            sources.extend(found)
        else:
            sources.append(path)
    return sources


def read_monograph(path: str | Path | None = None, *, encoding: str = "utf-8") -> Monograph:
    """Read and parse a monograph file; ``None`` reads the bundled one, ``"-"`` stdin.

    Raises ``InputError`` (naming the file, and the offset where it applies) for
    a missing, empty, binary, oversized or undecodable file.
    """
    if path is None:
        raw = data_file(BUNDLED_MONOGRAPH).read_bytes()
        source = BUNDLED
    elif str(path) == "-":
        raw = sys.stdin.buffer.read(MAX_BYTES + 1)
        source = "<stdin>"
    else:
        file = Path(path)
        source = str(path)
        if not file.exists():
            raise InputError("no such file", source=source)
        if file.is_dir():
            raise InputError("is a directory, not a monograph file", source=source)
        if file.stat().st_size > MAX_BYTES:
            raise InputError(
                f"file is larger than the {MAX_BYTES // (1024 * 1024)} MiB limit for a monograph",
                source=source,
            )
        try:
            raw = file.read_bytes()
        except OSError as error:
            raise InputError(f"cannot read: {error.strerror}", source=source) from error
    return parse_monograph(decode(raw, source, encoding), source=source, raw=raw)


def decode(raw: bytes, source: str, encoding: str = "utf-8") -> str:
    """Decode monograph bytes, refusing binary data and naming where decoding fails."""
    if len(raw) > MAX_BYTES:
        raise InputError(
            f"input is larger than the {MAX_BYTES // (1024 * 1024)} MiB limit for a monograph",
            source=source,
        )
    if b"\x00" in raw[:8192]:
        raise InputError("looks like binary data (NUL bytes), not a text monograph", source=source)
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        column = error.start - (raw.rfind(b"\n", 0, error.start) + 1) + 1
        raise InputError(
            f"not valid {encoding} (byte 0x{raw[error.start]:02x} at byte offset {error.start});"
            " pass --encoding to read it in another encoding",
            source=source,
            where=f"{line}:{column}",
        ) from error
    except LookupError as error:
        raise InputError(f"unknown encoding {encoding!r}", source=source) from error
    return text.removeprefix("\ufeff")


def parse_monograph(text: str, *, source: str = "<text>", raw: bytes | None = None) -> Monograph:
    """Split ``text`` into title, sections, paragraphs and sentences."""
    if not text.strip():
        raise InputError(
            "the monograph is empty" if not text else "the monograph is only whitespace",
            source=source,
        )
    digest = hashlib.sha256(raw if raw is not None else text.encode("utf-8")).hexdigest()
    monograph = Monograph(text=text, source=source, sha256=digest)
    paragraphs = _heading_lines_apart(text, _paragraphs(text))
    monograph.paragraphs = paragraphs

    headings: list[tuple[int, int]] = []
    for index, (start, end) in enumerate(paragraphs):
        if _is_heading(text[start:end]):
            if index == 0 and monograph.title is None:
                monograph.title, monograph.title_start, monograph.title_end = (
                    text[start:end],
                    start,
                    end,
                )
            else:
                headings.append((start, end))

    body_start = monograph.title_end if monograph.title_end is not None else 0
    sections: list[Section] = []
    if not headings or (headings[0][0] > body_start and text[body_start : headings[0][0]].strip()):
        first_end = headings[0][0] if headings else len(text)
        sections.append(Section(0, None, "introduction", body_start, first_end))
    for number, (start, end) in enumerate(headings):
        section_end = headings[number + 1][0] if number + 1 < len(headings) else len(text)
        heading = text[start:end]
        kind = classify_heading(heading, sections[-1].kind if sections else "other")
        sections.append(Section(len(sections), heading, kind, start, section_end, start, end))
    monograph.sections = sections
    if not headings:
        monograph.warnings.append("no section headings recognised; each paragraph is read by its first sentence")

    sentences: list[Sentence] = []
    section_starts = [section.start for section in sections]
    # a message thread (timestamps, the reader's "Me: 5"): a block's capitals label is its sender
    thread = any(_THREAD_LINE.fullmatch(text[start:end].strip()) for start, end in paragraphs)
    heading_spans = set(headings)
    if monograph.title_start is not None:
        heading_spans.add((monograph.title_start, monograph.title_end or 0))
    for number, (start, end) in enumerate(paragraphs):
        if (start, end) in heading_spans:
            continue
        section = _section_at(section_starts, start)
        # "NORTHGATE PHARMACY: Common: drowsiness, ...": a message's sender is no part of what it says
        sender = _SPEAKER.match(text, start) if thread else None
        if sender and not _names_a_section(sender.group("speaker")) and not text[start:end].isupper():
            start = sender.end()
        for s_start, s_end in split_sentences(text, start, end):
            sentences.append(Sentence(len(sentences), s_start, s_end, text[s_start:s_end], section, number))
    monograph.sentences = sentences
    return monograph


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """Blocks of non-blank lines, trimmed of surrounding whitespace."""
    blocks: list[tuple[int, int]] = []
    start: int | None = None
    end = 0
    for match in _LINE.finditer(text):
        line = match.group()
        if line.strip():
            if start is None:
                start = match.start() + (len(line) - len(line.lstrip()))
            end = match.start() + len(line.rstrip())
        elif start is not None:
            blocks.append((start, end))
            start = None
    if start is not None:
        blocks.append((start, end))
    return blocks


#: a line that opens a list, an answer, or a labelled group of lines ("Common:")
_LIST_LINE = recache.compile(r"[ \t]*(?:[-*\u2022\u2013][ \t]|\d+[.)][ \t]|A:[ \t]|[A-Z][\w ,'-]{0,40}:[ \t]*\r?\n)")


#: a label of a word or three ("Indications:", "Adverse reactions:"), not a clause that leads in
_SECTION_LABEL = recache.compile(
    r"(?!.*\b(?:if|you|your|these|they|include|includes|such|not|no|as|to|for|with|is|are)\b)"
    r"[A-Z][\w'-]*(?: [\w'-]+){0,2}(?: \([^()]{1,20}\))?:",
    re.I,
)


#: a numbered line of a few words that ends as a heading does ("7. Grapefruit and some medicines don't mix")
_NUMBERED_HEADING = recache.compile(r"\d{1,2}[.)]\s+[A-Z][^.!;:,\n]{3,70}")
#: what a numbered step or a wrapped item has and an article's heading does not: a last word that
#: goes on below ("... people taking"), an instruction ("1. Take ..."), an amount ("200 mg")
_NOT_A_NUMBERED_HEADING = recache.compile(
    r"\b(?:the|a|an|to|of|and|or|with|for|in|on|at|by|if|who|which|that|have|has|taking)\s*$"
    r"|^\s*\d{1,2}[.)]\s+(?:take|swallow|use|give|keep|do|don't|stop|avoid|tell|ask|check|call|store)\b"
    r"|\d\s*(?:mg|g|mcg|ml|micrograms?|units?)\b",
    re.I,
)


def _heading_lines_apart(text: str, blocks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Paragraphs whose first line is a heading over a list ("What it treats" then "- High blood
    pressure", "Q: What is it for?" then "A: ...") or over the text of a section it names
    ("Pregnancy" then "Taking it late in pregnancy ..."), split into the heading and the rest."""
    result: list[tuple[int, int]] = []
    enclosing = "introduction"  # the kind of the last heading, to tell an article's numbered headings from steps
    for start, end in blocks:
        if "\n" not in text[start:end] and _is_heading(text[start:end]):
            enclosing = classify_heading(text[start:end])
        line_end = text.find("\n", start, end)
        first = text[start:line_end].rstrip("\r") if line_end != -1 else ""
        rest_start = line_end + 1
        while rest_start < end and text[rest_start] in " \t\r\n":
            rest_start += 1
        listed = bool(_LIST_LINE.match(text, rest_start))
        over_prose = (  # "Pregnancy" over its text; not a field of a page of "Label - value" lines
            rest_start < end
            and not _DASHED_FIELD_LINE.match(first)
            and not RISK_OF.match(first)  # ("Risk of infection" over its text: an effect, read as such)
            and _names_a_section(first)
        )
        # (a line ending in a colon leads into the list under it: "Uncommon:" is no section; over
        # prose, "Other medicines:" is a heading)
        # ("Indications:" over its list, in a drug card's fields: the label names a section)
        lead_in = (
            first.endswith(":")
            and not first.startswith("Q:")
            and (listed or not over_prose)
            and not (listed and _SECTION_LABEL.fullmatch(first) and classify_heading(first[:-1]) != "other")
        )
        # "6. It isn't right for everyone" over its paragraph: a numbered article's heading, where no
        # section names what it is about ("Dosage" over "1. Take 200 mg twice daily" lists steps)
        numbered = bool(
            enclosing in ("introduction", "overview", "other")
            and _NUMBERED_HEADING.fullmatch(first.strip())
            and not _NOT_A_NUMBERED_HEADING.search(first)
            and not listed
            and rest_start < end
            and text[rest_start].isupper()
        )
        # "What did we find?" over its answer: a question heading (a yes-or-no question, "Can I drink
        # alcohol?", is answered in its own paragraph and stays there); inside a section on harms or
        # doses, a question that names no section of its own ("What happened to me?") goes on with it
        asked = bool(
            _WH_QUESTION.fullmatch(first.strip())
            and rest_start < end
            and text[rest_start].isupper()
            and (enclosing not in _CONTENT_KINDS or classify_heading(first) not in ("other", enclosing))
        )
        if first and not lead_in and _is_heading(first) and (listed or over_prose or numbered or asked):
            result += [(start, start + len(first)), (rest_start, end)]
            if not numbered:  # (an article's numbered headings are its sections, one after another)
                enclosing = classify_heading(first)
        else:
            result.append((start, end))
    return result


#: the kinds of section whose own questions go on with them
_CONTENT_KINDS = ("side_effects", "precautions", "interactions", "dosage")
#: a question a heading asks: "What did we find?", "How is it given?"
_WH_QUESTION = recache.compile(r"(?:What|How|Why|Who|When|Where|Which)\b[^?\n]{3,80}\?")
#: the mark before a heading: Markdown's ("## How it works"), an expandable section's on a web
#: page copied as text ("+ Side effects", "[+] Dosage", "▸ Warnings")
HEADING_MARK = recache.compile(r"^(?:#{1,6}|\+|\[\+\]|[\u25b6\u25b8\u25ba\u203a\u00bb])\s+")
#: what marks a heading as one but names no section: a heading mark ("## ", "+ "), a number ("4.8",
#: "3.", "Slide 10 —"); and a speaker's label in a transcript ("HOST: What is it used for?")
_HEADING_MARKUP = recache.compile(
    rf"^\s*(?:{HEADING_MARK.pattern[1:]}|\d+(?:\.\d+)*\.?\s+(?=[A-Za-z])"
    r"|(?:slide|part|section|step|card)\s+\d+\s*[\u2014\u2013:.-]\s*)",
    re.I,
)
_SPEAKER = recache.compile(r"(?<![^\n])\s*(?P<speaker>[A-Z][A-Z .'-]{1,24}):\s+(?=[A-Z])")


def heading_words(heading: str) -> str:
    """A heading without its markup ("## How it works", "4.8 Undesirable effects", "HOST: Side
    effects?"); a label in capitals that names a section ("WARNING: ...") is no speaker's."""
    heading = _HEADING_MARKUP.sub("", heading, count=1)
    speaker = _SPEAKER.match(heading)
    if speaker and not _names_a_section(speaker.group("speaker")):
        heading = heading[speaker.end() :]
    return heading


#: a message thread's own lines: a timestamp ("Mon, Mar 3, 6:40 PM") and the reader's reply ("Me: 5")
_THREAD_LINE = recache.compile(
    r"(?:[A-Z][a-z]{2,8},?\s+)?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+(?:\d{4},?\s+)?)?\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?"
    r"|(?:Me|You)\s*:.*"
)


def _is_heading(block: str) -> bool:
    if "\n" in block or "\r" in block or len(block) > 100 or _THREAD_LINE.fullmatch(block.strip()):
        return False
    block = HEADING_MARK.sub("", block)
    words = block.split()
    if not words or len(words) > 12 or (not block[0].isupper() and not block[0].isdigit()):
        return False
    if block.endswith(("?", ":")):
        return True
    return not block.endswith((".", "!", ";", ","))


def _section_at(section_starts: list[int], offset: int) -> int:
    """The index of the last section starting at or before ``offset`` (0 if none)."""
    return max(bisect.bisect_right(section_starts, offset) - 1, 0)


@cache
def _abbreviations() -> dict[str, bool]:
    """Each abbreviation, and whether it is one only before a number ("No. 5")."""
    found = {}
    for line in read_text("data", "abbreviations.txt").splitlines():
        if line.strip() and not line.startswith("#"):
            token, _, condition = line.partition("\t")
            found[token.strip().lower()] = condition.strip() == "before a number"
    return found


@cache
def _heading_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((row["kind"], recache.compile(row["pattern"], re.I)) for row in read_tsv("sections.tsv"))


#: the kind ``sections.tsv`` gives a sub-heading: not a kind of section, it goes on with the one before
SUBHEADING = "continued"


def _names_a_section(heading: str) -> bool:
    return any(pattern.search(heading.strip()) for _, pattern in _heading_patterns())


def classify_heading(heading: str, previous: str | None = None) -> str:
    """The kind of section a heading introduces (``uses``, ``dosage``, ...), or ``other``.

    A sub-heading that grades the items of the section before it ("Common", "Get emergency
    help if") is of that section's kind, ``previous``, when that section lists harms; after any
    other section ("How to take:" then "Call your doctor if:") it starts the side effects; with
    no section before it given, it is ``other``.
    """
    heading = heading_words(heading).strip()
    # "Tell your doctor if you have had allergic reactions to:" among the warnings leads a list of
    # the warnings, whatever section words it holds
    if previous in _LISTING_KINDS and _ADVICE_LEAD_IN.fullmatch(heading):
        return previous
    # "Some people get:", "Tell your doctor before starting it if you:": a line that leads a list of
    # the section it stands in, when it names none of its own
    lead_in = (
        previous if previous != "other" and _LEAD_IN.fullmatch(heading) and not _NO_LEAD_IN.search(heading) else None
    )
    for kind, pattern in _heading_patterns():
        if pattern.search(heading):
            if kind == "precautions" and previous == "side_effects" and RISK_OF.match(heading):
                return previous  # "Risk of infection" among the side effects is one of them
            if kind == "overview" and lead_in:
                return lead_in  # "Let your doctor know about any history of:": "about" names no overview here
            if kind != SUBHEADING:
                return kind
            if previous is None:
                return "other"
            return previous if previous in _GRADED_KINDS else "side_effects"
    if previous not in (None, "other") and _FOLLOW_UP.match(heading):
        return previous  # a transcript's "And if you're on it for months?" goes on with the answer before
    if lead_in:
        return lead_in
    return "other"


#: the sections whose lists a lead-in line over them goes on with
_LISTING_KINDS = ("precautions", "interactions", "side_effects")

#: a line of three words or more that ends in a colon, leading the list below it
_LEAD_IN = recache.compile(r"[A-Z][\w'-]*(?:[ \t]+[\w'/,-]+){2,}[ \t]*:")
#: a lead-in to a list of another kind: what happens with too much, signs that it works
_NO_LEAD_IN = recache.compile(r"\b(?:too\s+(?:many|much)|overdose|working|works)\b", re.I)

#: advice to the reader that leads a list ("Tell your doctor if you have:", "Check with your pharmacist
#: before taking:", "Call your doctor straight away if you get:")
_ADVICE_LEAD_IN = recache.compile(
    r"(?:tell|let|check\s+with|ask|talk\s+to|speak\s+to|inform|make\s+sure|call)\b[^:\n]*:", re.I
)

#: a follow-up question, which goes on with the section before it
_FOLLOW_UP = recache.compile(r"(?:and|but|so|what about|how about)\b[^?]*\?$", re.I)

#: a paragraph's run-in heading ("Cautions.", "Contra-indications.") and the kinds it may name
_RUN_IN_HEADING = recache.compile(r"[A-Z][\w-]*(?: [\w-]+){0,2}\.")
_RUN_IN_KINDS = ("precautions", "interactions")

#: "Risk of infection", "An increased risk of bleeding": a heading or a label that names an effect
RISK_OF = recache.compile(
    r"(?:an?\s+)?(?:increased\s+|higher\s+)?risks?\s+of\s+(?P<effect>[a-z]+(?:\s+[a-z]+){0,2})", re.I
)

#: the kinds of section whose lists a sub-heading grades ("Common", "Rare but serious")
_GRADED_KINDS = ("side_effects", "precautions", "interactions")


#: the word before a capital letter with a period that ends a sentence: a lower-case word or one that a
#: letter designates ("... extra vitamin K. Older people ...", "Hepatitis B. It ..."), not a name's
#: initial ("Dr J. Smith") or a genus ("infection with H. pylori"), when the next word opens with a capital
_LETTER_ENDS_SENTENCE = recache.compile(
    r"(?:\b[a-z]+|\b(?i:vitamin|hepatitis|type|group|factor|class|category|stage|phase|grade|plan|protein))\s+$"
)

_CAPITAL_NEXT = recache.compile(r"\s+[\"'(\u201c]?[A-Z]")


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans within ``text[start:end]``, not splitting after abbreviations."""
    spans: list[tuple[int, int]] = []
    chunk = text[start:end]
    cursor = 0
    abbreviations = _abbreviations()
    line_breaks = [*_FIELD_LINE_BREAK.finditer(chunk)]
    heading_line = _HEADING_LINE_BREAK.match(chunk)  # "Risk of infection\nIrinotecan lowers ...": a sub-heading
    if heading_line and _reads_as_heading(heading_line.group()):
        line_breaks.append(heading_line)
    if _DASHED_FIELD_LINE.match(chunk):
        line_breaks += _DASHED_FIELD_LINE_BREAK.finditer(chunk)
    line_breaks += _TABLE_ROW_BREAK.finditer(chunk)  # "| Amiodarone | INR rises |": a table's row
    ends = sorted([*_SENTENCE_END.finditer(chunk), *line_breaks], key=lambda m: m.end())
    for match in ends:
        if match.re is not _SENTENCE_END:
            if match.end() > cursor:
                spans.append((cursor, match.end()))
                cursor = match.end()
            continue
        # The word the mark ends, found by scanning back from the mark: slicing from
        # ``cursor`` (which stays put after an abbreviation) made this quadratic.
        word_start = match.end()
        while word_start > cursor and not chunk[word_start - 1].isspace():
            word_start -= 1
        word = chunk[word_start : match.end()].lstrip("([\"'")  # "(e.g. LADA, ...)": the abbreviation in its aside
        before_number = abbreviations.get(word.lower())
        if before_number is not None and (not before_number or re.match(r"\s*\d", chunk[match.end() :])):
            continue
        if re.fullmatch(r"[A-Z]\.", word) and not (
            _LETTER_ENDS_SENTENCE.search(chunk, max(cursor, word_start - 40), word_start)
            and _CAPITAL_NEXT.match(chunk, match.end())
        ):
            continue  # an initial ("C. difficile", "Dr J. Smith"), unless a letter names a thing ("vitamin K.")
        line_start = chunk.rfind("\n", 0, word_start) + 1
        if re.fullmatch(r"\d+\.", word) and not chunk[line_start:word_start].strip():
            continue  # "1. You have cirrhosis of the liver.": a numbered item's number, not a sentence
        spans.append((cursor, match.end()))
        cursor = match.end()
    spans.append((cursor, len(chunk)))
    # "Cautions. Renal impairment (...); elderly (...)": a run-in heading leads its paragraph's
    # first sentence, as "Cautions: ..." would
    if len(spans) > 1 and _RUN_IN_HEADING.fullmatch(chunk[spans[0][0] : spans[0][1]].strip()):
        label = chunk[spans[0][0] : spans[0][1]].strip()[:-1]
        if classify_heading(label) in _RUN_IN_KINDS:
            spans[:2] = [(spans[0][0], spans[1][1])]
    result = []
    for s, e in spans:
        piece = chunk[s:e]
        lead = len(piece) - len(piece.lstrip())
        trail = len(piece) - len(piece.rstrip())
        if piece.strip():
            result.append((start + s + lead, start + e - trail))
    return result
