"""Prodrugs and conversion: what the drug is converted into, whether that is its active form,
where the conversion happens and into how many products.

The conversion patterns are written here around the ``converted`` cue of ``cues.tsv``; a
product's name is a name by the lexicon (``lexicon/terms.tsv``), a WHO INN stem
(``inn_stems.txt``), a chemical ending (cue ``chemical_name``), a code name or the drug's own
name inside it. Whether the text says the drug is a prodrug comes from the cues ``prodrug``,
``inactive_parent``, ``active_form`` and ``works_as_product``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cached_property
from typing import ClassVar

from valkg import context, recache
from valkg.claims import Count, Entity
from valkg.extract.base import _ExtractorBase
from valkg.extract.drug import ESTER_OR_SALT
from valkg.extract.interactions import _BODY_SUBSTANCE
from valkg.extract.patterns import _cue_patterns, _inn_stems, cue, entity_of, names_a_medicine, unmapped
from valkg.extract.sentences import _is_question, _Sentence

_INACTIVE_PRODUCT = recache.compile(r"in(?:active|ert)\b", re.I)
#: a text that says this drug acts as it is ("needs no activation", "is not a prodrug")
_NEEDS_NO_ACTIVATION = recache.compile(
    r"\b(?:needs?|requires?)\s+no\s+(?:metabolic\s+)?(?:activation|conversion)\b|\bis\s+not\s+a\s+prodrug\b"
    r"|\bactive\s+as\s+(?:it\s+is|swallowed|taken)\b",
    re.I,
)
#: a drug cut into parts: "esterases cut it in two", "split", "cleaved"
_CUT = recache.compile(r"\b(?:cut|cuts|split|splits|cleav\w*|taken\s+apart|breaks?\s+(?:it\s+)?apart)\b", re.I)
_SAID_INACTIVE = recache.compile(
    r"\s*,?\s*(?:which|that)\s+(?:is|are)\s+(?:also\s+|largely\s+|completely\s+)?in(?:active|ert)\b"
    # "leaving diethylglycine behind as an idle by-product"
    r"|\s+(?:behind\s+)?as\s+(?:an?\s+)?(?:idle|inactive|inert|harmless|useless)\s+(?:by-?product|remnant|fragment|leftover)"
    # "into diacetyl and carbon dioxide, neither of which helps fight the infection"
    r"|(?:\s+(?:and|or)\s+[\w -]{1,40})?\s*,\s*(?:neither|none)\s+of\s+(?:which|them|these)\s+"
    r"(?:helps?|acts?|works?|contributes?|(?:is|are)\s+active|(?:has|have)\s+(?:any\s+)?(?:activity|effect)|"
    r"does\s+anything)\b",
    re.I,
)

#: where a clause ends: a semicolon, or a comma before a conjunction ("..., yet the liver ...")
_CLAUSE_BREAK = recache.compile(r";|,\s*(?:yet|but|and|while|whereas|so)\b", re.I)
#: "hydroxymetronidazole, which has weaker activity of its own, but the medicine does not rely on
#: this": a product that is not what the drug works through
_NOT_RELIED_ON = recache.compile(
    r"[^.;]{0,60}?(?:\b(?:does|do)\s+not\s+(?:rely|depend)\s+on\s+(?:this|it|that)\b|,\s*which\s+has\s+(?:only\s+)?"
    r"(?:weaker|less|little|mild(?:er)?)\s+(?:activity|effect))",
    re.I,
)
#: "bis-(p-hydroxyphenyl)-pyridyl-2-methane, shortened to BHPM": the name the text goes on to use
_SHORT_NAME = recache.compile(
    r"\s*(?:,\s*(?:shortened|abbreviated)\s+to\s+|,\s*or\s+|\s*\()(?P<short>(?=[\dA-Z-]*[A-Z])[A-Z0-9][A-Z0-9-]{1,9})(?:\s+for\s+short)?\b"
)
#: the noun a relative clause that ends at a position is about, and whether the sentence names it
#: as an ingredient: "sweetened with aspartame, which ", "warfarin, which "
_RELATIVE_SUBJECT = recache.compile(
    r"(?:\b(?:with|contains?|containing|includes?|including)\s+(?:an?\s+|the\s+)?(?P<ingredient>[\w-]+(?:\s+[\w-]+){0,2})"
    r"|\b(?P<np>[\w-]+)),?\s+(?:which|that)\s+(?:then\s+|also\s+|slowly\s+)?$"
)
#: the product said to work in an apposition: "releasing zorbadiol, the hormone that works on the womb"
_WORKS_IN_APPOSITION = recache.compile(
    r"\s*,\s*(?:the|a)\s+(?:[\w-]+\s+){0,2}?(?:that|which)\s+(?:actually\s+|really\s+)?(?:works|acts|does\s+the\s+work)\b",
    re.I,
)
#: the drug said to act as it is: "It is active itself and is not changed in the body"
_ACTIVE_ITSELF = recache.compile(
    r"\b(?:is|are)\s+active\s+(?:itself|in\s+its\s+own\s+right|as\s+it\s+is)\b|\bis\s+not\s+(?:changed|converted|broken\s+down)\b",
    re.I,
)
#: a release the drug stops: "stops the gut from releasing", "blocks lipase, the gut enzyme that releases"
_STOPS_THE_RELEASE = recache.compile(
    r"\b(?:stops?|blocks?|prevents?|inhibits?|reduces?|lowers?)\b[^.;]{0,60}?(?:\bfrom\s+|\bthat\s+)$", re.I
)
#: the two mirror-image halves of a drug, which are no products of it
#: the body, its cells or organs as what releases ("mast cells in the lining release histamine")
_THE_BODY_RELEASES = recache.compile(
    r"\b(?:cells?|glands?|nerves?|nerve\s+endings?|platelets?|tissues?|(?:the|your)\s+(?:body|brain|gut|kidneys?|liver))"
    r"(?:\s+(?:in|of)\s+(?:the\s+|your\s+)?[\w-]+(?:\s+[\w-]+)?)?\s+(?:then\s+)?$",
    re.I,
)
#: another medicine, an apposition to it and a relative clause up to the end of the text searched
_ANOTHERS_RELATIVE_CLAUSE = recache.compile(
    r"(?P<name>[A-Za-z][\w-]+)\s*,\s*(?:(?:an?|the)\s+(?:[\w-]+\s+){0,4}?)?(?:that|which)\b[^;.(),]*$"
)
_MIRROR_IMAGE = recache.compile(
    r"\b(?:enantiomers?|isomers?|mirror[- ](?:images?|forms?|versions?)|(?:right|left)[- ]handed)\b", re.I
)
#: another medicine's case: "In zorbamet's case the liver makes zorbacin, which is the form that acts"
_ANOTHERS_CASE = recache.compile(r"\b(?!(?:its|the)\b)[A-Za-z][\w-]+'s\s+case\b", re.I)
#: products said to do nothing, at the start of a sentence: "Neither contributes to the antibacterial effect"
_NONE_ACTS = recache.compile(
    r"\s*(?:neither|none\s+of\s+(?:them|these|the\s+\w+))\b(?:\s+(?:of\s+)?(?:them|these))?\s+"
    r"(?:contributes?|adds?|has|have|is|are|plays?|does|do)\b",
    re.I,
)
#: a class of medicines opening a sentence as its subject ("Antibiotics that carry a pivoxil ester, ...")
_OTHERS_AS_SUBJECT = recache.compile(
    r"\W*(?:(?:other|some|many|older)\s+)?(?:[\w-]+\s+)?(?:antibiotics|medicines|drugs|esters|prodrugs|compounds)\b"
    # ("Esters like this are split ...", "Prodrug esters of this type release ...": the drug's own kind)
    r"(?!\s+(?:like\s+(?:this|it|these)|of\s+this\s+(?:type|kind|sort)|such\s+as\s+this)\b)",
    re.I,
)
#: a word that is only a chemical prefix ("5-hydroxymethyl"), and the word after it
_PREFIX_WORD = recache.compile(r"(?:\d+-|[A-Za-z]-)?[a-z]*(?:hydroxy|methyl|acetyl|carboxy|oxo)", re.I)
_NEXT_WORD = recache.compile(r"\s+(?P<word>[a-z][\w-]{3,})\b")
#: words of activity: "it is cilazaprilat that blocks the enzyme", "the form that shuts down the enzyme"
_ACTS = recache.compile(
    r"\b(?:active|activity|works?|working)\b|\bthat\s+(?:actually\s+|really\s+)?(?!is\b|was\b|has\b)[a-z]{3,}s\b", re.I
)
#: verbs of acting on a target: "blocks the enzyme", "grips the receptor"
_ON_A_TARGET = r"blocks|inhibits|binds|grips|kills|attacks"
#: a product's action as the verb after it: "Zorbacin blocks the enzyme", "That acid grips the receptor"
_ACTION = recache.compile(
    rf"\s+(?:then\s+|actually\s+|directly\s+)?(?:{_ON_A_TARGET}|switches|shuts|stops|acts|works"
    r"|does\s+the\s+(?:job|work)|is\s+(?:the\s+)?(?:working|active)\b)",
    re.I,
)
#: the nouns "that" or "this" may name a product by: "That acid grips the receptor"
_PRODUCT_NOUNS = r"acid|metabolite|compound|molecule|substance|form|product|chemical|nucleotide|ester"
#: an action shared with the drug or weaker than its: "norzorbavir also blocks it", "a weaker effect"
_ALSO_ACTS = recache.compile(r"\b(?:also|too|as\s+well|weaker|weakly|less|little|some\s+of)\b", re.I)
#: the drug itself as the agent on a target: "Zorbavir blocks ACE" (not "Zorbavir works well")
_DRUG_ACTS_ON = recache.compile(rf"\s+(?:directly\s+|also\s+)?(?:{_ON_A_TARGET})\b", re.I)
#: the rules that read a product as the one that acts, not only as what the drug becomes
_SAYS_IT_ACTS = frozenset({"prodrug/is-the-active-form", "prodrug/active-form-is", "prodrug/part-that-acts"})
#: the words of a stretch of text
_WORDS = recache.compile(r"[A-Za-z][\w-]{3,}")
#: "A related medicine, valzorbavir, is a prodrug": another medicine, not the one taken
_RELATED = recache.compile(r"\s*(?:an?|the)\s+(?:related|similar|different|second|newer|older)\b", re.I)
#: "in this packaged state it has almost no activity": the drug as the subject just before a cue
_IT_JUST_BEFORE = recache.compile(r"\b(?:it|this\s+(?:drug|medicine|ester|compound))\s+(?:[\w-]+\s+){0,3}$", re.I)
#: what a metabolite's name may put before its parent's: "desglymidodrine", "hydrocortisone", "O-desmethylzorbavir"
_METABOLITE_PREFIX = recache.compile(
    r"(?:\d+-|[a-z]-)?(?:des|de|nor|mono|di|hydroxy|hydro|oxo|keto|carboxy|methyl|ethyl|acetyl|gly|isobutyryl|"
    r"epoxy|sulfo|-)+",
    re.I,
)
#: what a metabolite's name may put after its parent's and a hyphen: "zorbavir-N-oxide", "zorbavir-6-glucuronide"
_CHEMICAL_SUFFIX = recache.compile(r"(?:\d+-|[a-z]-)?(?:oxide|glucuronide|sulfate|sulphate|acid|ester|sulfoxide)", re.I)
#: the cue alone as a run-in label: "Prodrug. Tafluprost is instilled as an ester ..."
_LABEL_ALONE = recache.compile(r"\W*pro-?drug\s*[.:]?\s*", re.I)
_CODE_NAME = recache.compile(r"[A-Z]{1,4}-?\d{3,}[A-Za-z]?")
#: a sentence about the drug as it is taken: "It ...", "The tablet you swallow ...", "What you swallow ..."
_ABOUT_WHAT_IS_TAKEN = recache.compile(
    r"^\s*(?:how\s+)?(?:it|this|(?:an?|the)\s+(?:[\w-]+\s+)?(?:tablets?|capsules?|medicine|drug|substance|molecule|ester)"
    r"|what\s+you\s+(?:swallow|take)|the\s+active\s+ingredients?"
    # "The compound in the tablet is a carrier", "In this packaged state it has no activity"
    r"|(?:an?|the)\s+(?:compound|chemical|ester|molecule)\s+in\s+the\s+(?:tablets?|capsules?|pack|bottle)"
    r"|in\s+(?:this|that|its)\s+(?:[\w-]+\s+)?(?:state|form),?\s+it)\b",
    re.I,
)


class _Prodrug(_ExtractorBase):
    """``converted_into``, ``prodrug_of``, ``conversion_site`` and ``product_count`` claims."""

    _NAME = (
        # ("1-alpha,25-dihydroxyvitamin D2", "1,25-dihydroxyvitamin D3": locants, and a vitamin's letter)
        r"(?P<y>(?:\d{1,2}(?:-?[A-Za-z]+)?(?:,\d{1,2}(?:-?[A-Za-z]+)?)+-(?!(?:fold|times|percent)\b)[A-Za-z][\w-]{2,}"
        r"(?: (?-i:[A-Z]\d)\b)?|"
        r"\d+-?[A-Za-z][\w-]{2,}|[A-Za-z][\w-]*(?:\([\w,-]+\)[\w-]*)+|[A-Za-z][\w-]{3,}|(?-i:[A-Z][A-Z0-9]{1,2})(?![\w-]))"
        r"(?: (?:hydroxy |free )?(?:carboxylate|acid|(?:mono|di|tri)?phosphate|sulfate|sulphate|sulfoxide|sulphoxide|"
        r"sulfide|sulphide|glucuronide|mustard|epoxide|ester|lactone|anthrone|aldehyde|adduct|nucleotides?|radicals?|(?:\d+-)?(?:mono)?propionate|"
        r"fumarate|succinate|maleate|acetate))?)"
    )
    #: the verbs of conversion ("is converted", "breaks it down", "splits"), from ``cues.tsv``
    _CONVERTED = _cue_patterns()["converted"]
    #: "into the stronger O-desmethylzorbavir": a comparison before the product's name
    _STRONGER = r"(?:(?:much\s+)?(?:stronger|more\s+(?:potent|active|powerful|effective)|reactive|potent)\s+)?"
    #: "into two parts, A and B": the count that may introduce the products
    _PRODUCT_COUNT = (
        r"(?:(?:two|three|\d+)\s+(?:[\w-]+\s+)?(?:parts|compounds|substances|pieces|molecules|products|chemicals|"
        r"metabolites|halves)\s*[,:]?\s*(?:called\s+|named\s+|namely\s+)?)?"
    )
    _INTO = recache.compile(
        _CONVERTED
        + r"[^.;]{0,60}?(?:\b(?:in)?to\s+|\s*(?:\u2192|->)\s*)(?:(?:its|the|an?)\s+)?"
        + _STRONGER
        + _PRODUCT_COUNT
        # "another benzodiazepine, Y", "a related compound, Y": Y itself
        + r"(?:(?:another|a\s+(?:second|different|related|closely\s+related))\s+[a-z][\w-]*\s*,\s*"
        r"(?!(?:which|that|who)\b)(?=[A-Za-z]))?"
        # "its active form, called Y", "its active diacid, Y"; "an active sulfenamide, which": Y itself
         + r"(?P<active>active\s+(?:(?:\w+\s+)?(?:form|metabolite|compound|drug|substance|agent)"
        r"|[a-z][\w-]*(?=\s*,\s*(?!(?:which|that|who)\b)[A-Za-z]))\s*,?\s*(?:called\s+|known as\s+|named\s+)?"
        r"|active\s+(?=[a-z][\w-]{3,}(?:\s*[,.;]|\s+(?:which|that)\b)))?"
        # "into a compound that chemists call 6-MNA", "the active metabolite, a compound labelled R-138727"
        r"(?:(?:an?\s+)?(?:compound|substance|chemical|molecule|metabolite)s?\s+(?:that\s+(?:[\w-]+\s+){0,2}?call\s+|"
        r"called\s+|known\s+as\s+|named\s+|labell?ed\s+))?" + _NAME,
        re.I,
    )
    #: a name anywhere in a sentence
    _NAMED = recache.compile(r"\b" + _NAME + r"\b")
    _IS_ACTIVE = recache.compile(
        _NAME + r",?\s+(?:which|that|,)?\s*(?:is|being)\s+the\s+(?:main\s+|pharmacologically\s+)?active\s+"
        r"(?:[\w-]+\s+){0,2}?(?:form|compound|metabolite|agent|drug|substance|ingredient|moiety|component|stimulant|"
        r"hormone|antiviral|antibiotic|medicine|molecule|chemical)\b",
        re.I,
    )
    #: "what emerges inside, zorbacin, is the form that acts": the product named as the one that does the work
    _IS_THE_ONE_THAT_ACTS = recache.compile(
        _NAME
        + r",?\s+(?:which\s+|that\s+)?(?:is|being)\s+the\s+(?:form|compound|molecule|substance|one|species|drug)\s+"
        r"(?:that|which)\s+(?:(?:actually\s+|really\s+)?(?:acts|works|does\s+the\s+work|kills|fights)\b"
        # "Zorbacin is the drug that actually clamps onto gp120": a deed on the target, when the text sets
        # it apart (not "actually causes the drowsiness", "really colours the urine")
        r"|(?:actually|really)\s+(?:blocks|binds|clamps|grips|latches|kills|attacks|fights|stops|inhibits|relieves|"
        r"lowers|treats|acts|works|sticks|prevents)\b)",
        re.I,
    )
    #: "fludarabine triphosphate (2F-ara-ATP), the cytotoxic species": the product named as the one that acts
    _CALLED_THE_ACTIVE = recache.compile(
        _NAME + r"(?:\s*\([^()]*\))?\s*,\s*the\s+(?:main\s+|pharmacologically\s+)?(?:active|cytotoxic|working)\s+"
        r"(?:species|form|compound|metabolite|moiety|agent|substance)\b",
        re.I,
    )
    _ACTIVE_IS = recache.compile(
        r"\b(?:active\s+(?:form|metabolite|compound|substance|moiety)(?:\s+of\s+[\w-]+)?"
        r"(?:\s*,\s*|\s*,?\s*(?:is|called|known as|named)\s+)"
        # "the circulating, bactericidal species is Y"
        r"|the\s+(?:(?:circulating|main),?\s+)?(?:active|bactericidal|antibacterial|antiviral|cytotoxic)\s+"
        r"(?:form|species)\s+(?:in\s+the\s+(?:blood|body)\s+)?is\s+)" + _NAME,
        re.I,
    )
    #: "the body makes zorbacin out of it", "zorbacin, which the liver forms from it"
    _MADE_FROM = recache.compile(
        r"\b(?:make|makes|made|making|produce|produces|produced|producing|create|creates|created|form|forms|formed|"
        r"generate|generates|generated)\s+(?:the\s+|an?\s+)?(?:active\s+[\w-]+\s+)?(?:called\s+)?"
        + _NAME
        + r"\s+(?:out\s+of|from)\s+(?P<source>[\w-]+)",
        re.I,
    )
    _FORMED_FROM = recache.compile(
        _NAME + r"(?:\s*,)?\s+(?:(?:which|that)\s+)?(?:(?:the|its|their)\s+[\w-]+\s+)?(?:is\s+|are\s+|gets\s+)?"
        r"(?:then\s+|first\s+|quickly\s+|slowly\s+)?(?:made|formed|produced|created|generated|makes|forms|"
        r"produces|creates|generates|form|make)\s+(?:(?:in|by|inside|within)\s+(?:the\s+)?[\w-]+\s+)?"
        r"(?:out\s+of|from)\s+(?P<source>[\w-]+)",
        re.I,
    )
    #: "once swallowed it becomes zorbacin"
    _BECOMES = recache.compile(
        r"\b(?P<source>[\w-]+)\s+(?:then\s+|quickly\s+|slowly\s+)?becomes\s+(?:(?:its|the|an?)\s+)?"
        r"(?:active\s+[\w-]+\s*,?\s*)?" + _NAME,
        re.I,
    )
    #: "..., zorbacin and zorbamide": further products coordinated with the first
    #: (", the free acid that ..." after a name is an apposition, not another product)
    _ALSO = recache.compile(r"\s*(?:,?\s+and\s+(?:(?:the|its)\s+)?|,\s*)" + _NAME + r"\b", re.I)
    #: "to calcifediol (25-hydroxyvitamin D) and then in the kidney to calcitriol": the next step's product
    _THEN_TO = recache.compile(
        r"(?:\s*\([^()]*\))?\s*,?\s+(?:and\s+)?then\s+(?:(?:in|by|inside)\s+(?:the\s+)?[\w-]+\s+)?(?:in)?to\s+"
        r"(?:(?:its|the|an?)\s+)?" + _NAME + r"\b",
        re.I,
    )
    #: "calcitriol (1,25-dihydroxyvitamin D), the active hormone": the product the text calls the active one
    _CALLED_ACTIVE = recache.compile(
        r"(?:\s*\([^()]*\))?\s*,\s*(?:the|its)\s+active\b|\s*\((?:the\s+|its\s+)?active\s+[^()]*\)", re.I
    )
    #: "a substance called MTIC": an abbreviation the text introduces as a compound's name
    _INTRODUCED = recache.compile(r"\b(?:called|known\s+as|named|labell?ed|(?:shortened|abbreviated)\s+to)\s+$", re.I)
    #: "converts it into an active thiol metabolite": a product the text describes but does not name
    _INTO_DESCRIBED = recache.compile(
        _CONVERTED + r"[^.;]{0,60}?\binto\s+(?:(?:its|the|an?)\s+)?(?:short-lived\s+|highly\s+|reactive\s+)?"
        r"(?P<y>active\s+(?!form\b|compound\b|drug\b)[a-z][\w-]*\s+(?:metabolite|form|compound))(?=\s*(?:[.;,]|$|\b(?:that|which)\b))",
        re.I,
    )
    #: "Zorbavir is the pivaloyloxymethyl ester of zorbacef", "a lipophilic ester of zorbacillin": what the
    #: ester is of (a prodrug only when the text says it is inactive or that the other acts)
    _ESTER_OF = recache.compile(r"\b(?:an?|the)\s+(?:[\w-]+\s+){0,2}?esters?\s+of\s+" + _NAME, re.I)
    #: "EthA oxidizes it to a reactive intermediate, which binds NAD to form an ethionamide-NAD adduct":
    #: the product a conversion's intermediate goes on to form
    _GOES_ON_TO_FORM = recache.compile(
        _CONVERTED + r"[^.;]{0,80}?,\s*(?:which|that)\s+(?:then\s+)?(?:binds|combines\s+with|reacts\s+with|joins)\s+"
        r"(?:[\w-]+\s+){1,3}?to\s+form\s+(?:an?\s+|the\s+)?" + _NAME,
        re.I,
    )
    #: "One half, latanoprost acid, opens ...; the other half, butanediol mononitrate, ...": the parts a
    #: drug said to be taken apart is split into, named in apposition
    _HALF = recache.compile(
        r"\b(?:one|the\s+other|each|the\s+first|the\s+second)\s+(?:half|part|piece|fragment)\s*,\s*" + _NAME + r"\s*,",
        re.I,
    )
    #: "ampicillin, into which the body turns it": the product, then the conversion of the drug into it
    _INTO_WHICH = recache.compile(
        _NAME + r"\s*,\s*(?:in)?to\s+which\s+(?:the\s+)?(?:body|liver|blood|gut|intestine)\s+"
        r"(?:turns|converts|changes|breaks)\s+(?:it|this\s+(?:drug|medicine))\b",
        re.I,
    )
    #: "the killing is carried out by the ampicillin it releases", "the main product of this step,
    #: biphenylacetic acid, carries out nearly all of the action": the product named as doing the work
    _DONE_BY_ITS_PRODUCT = recache.compile(
        r"\b(?:carried\s+out|done|performed)\s+(?:almost\s+entirely\s+|mainly\s+|largely\s+)?by\s+the\s+"
        + _NAME
        + r"\s+(?:that\s+)?it\s+(?:releases|forms|yields|becomes|sets\s+free)\b(?!\s+from\b)",
        re.I,
    )
    _PRODUCT_DOES_THE_WORK = recache.compile(
        r"\bthe\s+(?:main\s+|chief\s+|principal\s+)?product\s+(?:of\s+(?:this|that|the)\s+(?:step|reaction|change|process)\s*)?"
        r",\s*" + _NAME + r"\s*,\s*(?:carries\s+out|does|performs|provides|is\s+responsible\s+for|accounts\s+for)\s+"
        r"(?:nearly\s+|almost\s+)?(?:all|most|much|the\s+bulk)\s+of\s+(?:the|its)\s+(?:[\w-]+\s+)?(?:work|action|activity|effect)",
        re.I,
    )
    _ONE_IS = recache.compile(
        r"\b(?:one|one of (?:them|these|the compounds|which))\s+(?:compound\s+)?is\s+" + _NAME, re.I
    )
    _PRODRUG_OF = recache.compile(r"\b(?:pro-?drugs?|(?:inactive\s+)?precursor)\s+(?:form\s+)?of\s+" + _NAME, re.I)
    _RELEASES = recache.compile(
        r"\b(?:releas(?:e|es|ed|ing)|liberat(?:e|es|ed|ing)|yield(?:s|ing)?|set(?:s|ting)? free|(?:to\s+|and\s+)free|"
        r"frees|freeing|"
        r"(?:to\s+|and\s+)leave|leaving)\s+(?:behind\s+)?(?:the\s+)?"
        # "an acid known only by a laboratory code, Y"
        r"(?:an?\s+(?:[\w-]+\s+)?(?:compound|substance|chemical|molecule|acid|metabolite|product)\s+"
        r"(?:known|called|named)\s+(?:only\s+)?(?:as|by)\b[^,.;()]{0,40},\s*)?"
        # "two molecules of Y"; "the active laxative, a compound known as Y"; "the nucleoside 2F-ara-A": Y itself
        r"(?:(?:two|three|both|\d+)\s+(?:molecules|units|parts|halves)\s+of\s+)?"
        r"(?:(?:nucleoside|nucleotide|metabolite|compound|molecule)\s+(?=[\w-]*\d))?"
        r"(?:(?P<active>active)\s+[\w-]+\s*,\s*(?:(?:an?|the)\s+(?:[\w-]+\s+)?(?:compound|substance|chemical|molecule)\s+)?"
        r"(?:called|known\s+as|named)\s+)?(?:free\s+(?=[A-Za-z]))?" + _NAME,
        re.I,
    )
    #: "bacteria set mesalazine free", "the resulting zorbacin sulfate is the form that ..."
    _SET_FREE = recache.compile(r"\bset(?:s|ting)?\s+" + _NAME + r"\s+free\b", re.I)
    _RESULTING = recache.compile(
        r"\bthe\s+(?:resulting\s+(?:compound\s*,?\s*)?|result\s*,\s*"
        # "The molecule that comes out of this step is hydrocortisone"
        r"|(?:molecule|compound|substance|chemical|product)\s+that\s+(?:comes\s+out|emerges|results|is\s+(?:formed|made|left)"
        # "the product that reaches the circulation and kills bacteria is Y"
        r"|reaches\s+the\s+(?:circulation|blood(?:stream)?)(?:\s+and\s+[a-z]+s(?:\s+[a-z]+)?)?)"
        r"(?:\s+(?:of|from)\s+(?:this|that|the)\s+(?:step|reaction|change|process))?\s+is\s+)" + _NAME,
        re.I,
    )
    #: "Zorbavir is zorbacin in disguise", "... zorbacin wearing a chemical coat": the drug is the
    #: product, carried in another form
    _IN_DISGUISE = recache.compile(
        r"\b(?P<source>[\w-]+)\s+is\s+(?:really\s+|simply\s+|just\s+)?"
        + _NAME
        + r"\s+(?:in\s+disguise|wearing\s+(?:an?|two|three)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:coat|mask|tail|cap|jacket|wrapper)s?|with\s+an?\s+"
        r"(?:[\w-]+\s+){0,2}?(?:coat|mask|tail|cap|handle|jacket|wrapper|group)\s+(?:on|attached))\b",
        re.I,
    )
    #: "what's left is plain zorbacin", "the compound that reaches the bloodstream is zorbacin",
    #: "the conversion to zorbacin"
    _WHAT_IS_LEFT = recache.compile(
        r"\bwhat(?:'s|\s+is|\s+remains)\s+(?:(?:left|set\s+free|freed|liberated|unmasked)\s*,?\s+)?(?:behind\s*,?\s+)?(?:is\s+)?(?:plain\s+|pure\s+|just\s+|simply\s+)?"
        # ("what is left, a compound called Y, does the work")
        r"(?:an?\s+(?:compound|substance|molecule|chemical|metabolite)\s+(?:called|known\s+as|named)\s+)?" + _NAME,
        re.I,
    )
    #: "the compound that remains, benazeprilat, is the one that ..."
    _WHAT_REMAINS = recache.compile(
        r"\bthe\s+(?:compound|part|molecule|substance|chemical|portion)\s+(?:that|which)\s+"
        r"(?:remains|is\s+left(?:\s+behind)?)\s*,\s*" + _NAME,
        re.I,
    )
    _REACHES = recache.compile(
        r"\bthe\s+(?:compound|form|substance|drug|molecule|medicine|part)\s+that\s+(?:reaches|enters|gets\s+into|"
        r"circulates\s+in)\s+the\s+(?:bloodstream|blood|body|circulation)\s+is\s+" + _NAME,
        re.I,
    )
    #: "what circulates in the blood and soaks into the cysts is zorbacin sulfoxide"
    #: ("the substance that actually arrives in the bloodstream is Y")
    _WHAT_ACTS = recache.compile(
        r"(?:\bwhat\s+(?:actually\s+|really\s+)?(?:circulates|reaches|arrives|gets\s+into|enters|travels)\b[^.;]{0,60}?"
        r"|\bthe\s+(?:substance|compound|molecule|drug|form)\s+(?:that|which)\s+(?:actually\s+|really\s+)?"
        r"(?:circulates|reaches|arrives|gets\s+into|enters)\s+(?:in\s+)?(?:the|your)\s+(?:blood(?:stream)?|circulation)\s+)"
        r"\bis\s+(?:plain\s+|mostly\s+)?" + _NAME,
        re.I,
    )
    #: "the finished molecule, zorbacin, is the hormone that ...": the form the conversion ends in
    #: "only after that does the drug, now called zorbacinat, block the enzyme": the drug renamed once changed
    _NOW_CALLED = recache.compile(r"\bnow\s+(?:called|known\s+as|named)\s+" + _NAME, re.I)
    _FINISHED = recache.compile(
        r"\b(?:the|this|that)\s+(?:two\s+|three\s+)?(?:finished|final|completed|working|slimmed-down|trimmed|smaller|altered|"
        r"activated)\s+(?:molecule|form|compound|product|substance|hormone|drug)s?"
        r"\s*,?\s+(?:called\s+|known\s+as\s+)?" + _NAME,
        re.I,
    )
    #: "..., forming zorbacin, the principal active metabolite"
    _FORMING_ACTIVE = recache.compile(
        r"\bforming\s+" + _NAME + r"(?=\s*,\s*(?:the|its)\s+(?:principal\s+|main\s+|chief\s+)?active\s+"
        r"(?:metabolite|form|compound|hormone))",
        re.I,
    )
    #: "the free zorbacin acid that emerges is the part that acts", "zorbacin, the drug that actually
    #: blocks the receptors"
    _PART_THAT_ACTS = recache.compile(
        _NAME + r"(?:\s*,?\s+(?:that|which)(?:\s+[^.;,]{0,60}?)??)?(?:\s*,\s*|\s+is\s+)the\s+(?:part|form|compound|"
        r"substance|one|molecule|drug|chemical)\s+that\s+(?:actually\s+|really\s+)?(?:acts|works|does\s+the\s+"
        r"(?:work|killing|job)|blocks|binds|kills|stops|fights|attacks)\b",
        re.I,
    )
    #: "esterases cut the bridge, so that Y and Z enter the circulation": what a conversion lets into the blood
    _LET_INTO_THE_BLOOD = recache.compile(
        _CONVERTED + r"[^.;]{0,80}?\b(?:so\s+that|so|and(?:\s+then)?)\s+" + _NAME + r"(?:\s*,?\s+and\s+[\w-]+)?\s+"
        r"(?:enters?|reach(?:es)?|pass(?:es)?\s+into|get\s+into|gets\s+into)\s+the\s+(?:circulation|bloodstream|blood)\b",
        re.I,
    )
    _CONVERSION_TO = recache.compile(
        # ("undergoes rapid, almost complete enzymatic hydrolysis in the liver to Y")
        r"\b(?:conversion|activation|transformation|hydrolysis|cleavage|breakdown)\s+(?:of\s+(?P<source>it|[\w-]+)\s+)?"
        r"(?:(?:in|by|within)\s+(?:the\s+)?[\w-]+\s+)?(?:in)?to\s+(?:its\s+|the\s+)?" + _NAME,
        re.I,
    )
    #: "the short-lived nitro radicals made in this step": the product of the step just described
    _MADE_IN_STEP = recache.compile(
        r"\bthe\s+(?:(?:short-lived|reactive|toxic|unstable)\s+)*" + _NAME + r"\s+(?:made|formed|produced|created|"
        r"generated)\s+(?:in|by|during)\s+(?:this|that)\s+(?:step|process|reaction|change)\b",
        re.I,
    )
    #: "the freed abiraterone does the work": what a conversion set free
    _FREED = recache.compile(r"\bthe\s+(?:freed|released|liberated|unmasked)\s+" + _NAME, re.I)
    _LEFT_OVER = recache.compile(
        r"\bthe\s+" + _NAME + r"\s+(?:that|which)\s+is\s+(?:then\s+)?(?:left|released|formed|produced|made|freed)\b",
        re.I,
    )
    _COUNT = recache.compile(
        r"\b(?P<n>two|three|four|\d+)\s+(?:different\s+|separate\s+|smaller\s+)?(?:compounds|components|substances|parts|molecules|metabolites|chemicals|products)\b",
        re.I,
    )
    _NUMBERS: ClassVar[dict[str, int]] = {"two": 2, "three": 3, "four": 4}
    _NOT_A_NAME = frozenset(
        [
            "its",
            "the",
            "smaller",
            "components",
            "compounds",
            "metabolites",
            "substances",
            "inactive",
            "parts",
            "pieces",
            "other",
            "another",
            "body",
            "blood",
            "liver",
            "gut",
            "stomach",
            "intestine",
            "form",
            "forms",
            "compound",
            "metabolite",
            "active",
            "drug",
            "medicine",
            "medication",
            "which",
            "that",
            "what",
            "this",
            "nothing",
            "something",
            "less",
            "more",
            "part",
            "parts",
            "waste",
            "harmless",
            "intermediate",
            "intermediates",
        ]
    )

    @staticmethod
    def _negated(sentence: _Sentence, start: int, end: int) -> bool:
        """Whether the words at ``start:end`` are denied ("It has almost no activity itself: ... it is
        hydrolysed to Y" says the drug is inactive, and denies no conversion)."""
        if "negated" not in sentence.modifiers(start, end):
            return False
        inactive = cue("inactive_parent").sub(lambda m: " " * len(m.group()), sentence.text)
        return "negated" in context.modifiers(inactive, start, end)

    def _from_this_drug(self, sentence: _Sentence, match: re.Match[str]) -> bool:
        """The conversion is not negated, and what it starts from is this drug when the text says."""
        if self._negated(sentence, match.start(), match.end()):
            return False
        source = match.groupdict().get("source")
        return source is None or source.lower() in {"it", "this", "them"} or bool(self.drug_names.fullmatch(source))

    def _another_medicine_leads(self, sentence: _Sentence, match: re.Match[str]) -> bool:
        """Whether the sentence opens with another medicine that is converted in its own clause, and
        names this one nowhere before the conversion ``match`` ("Fesoterodine has to be converted ...;
        it turns into ...": fesoterodine's; "Ritonavir slows this step, yet the liver converts it" is not)."""
        position = match.start()
        if any(start < position for start, _ in sentence.drug_mentions):
            return False
        first = re.match(r"\W*(?P<name>[A-Za-z][\w-]+)", sentence.text)
        if first is None or first.start("name") >= position or not self._is_other_medicine(first.group("name")):
            return False
        clause_end = _CLAUSE_BREAK.search(sentence.text, first.end())
        limit = clause_end.start() if clause_end else match.end()
        return cue("converted").search(sentence.text, first.end(), limit) is not None

    def _products(self, text: str, match: re.Match[str]) -> Iterator[tuple[str, int, int]]:
        """The product a pattern matched, then any coordinated with it ("into A and B")."""
        yield match.group("y"), match.start("y"), match.end("y")
        end = match.end("y")
        while also := self._ALSO.match(text, end) or self._THEN_TO.match(text, end):
            yield also.group("y"), also.start("y"), also.end("y")
            end = also.end("y")

    def _released_by_another(self, text: str, position: int) -> bool:
        """Whether what releases the product at ``position`` is an ingredient or another medicine
        named just before it ("sweetened with aspartame, which releases ..."), or other medicines that
        are the clause's subject ("Antibiotics that carry a pivoxil ester, such as cefditoren pivoxil,
        release pivalic acid")."""
        if _OTHERS_AS_SUBJECT.match(text) and not any(m.start() < position for m in self.drug_names.finditer(text)):
            return True
        if _STOPS_THE_RELEASE.search(text, 0, position):
            return True  # "Zorbavir stops the gut from releasing free fatty acids": a release it blocks
        before = _RELATIVE_SUBJECT.search(text, 0, position)
        if before is None:
            return False
        subject = before.group("ingredient") or before.group("np")
        if self.drug_names.search(subject) or self.lexicon.lookup("role", subject):
            return False  # ("a prodrug that releases ...": the drug by its class)
        return bool(before.group("ingredient")) or self._is_other_medicine(subject)

    def _ester_is_this_drug(self, before: str) -> bool:
        """Whether the ester a sentence names is this drug: "Zorbavir is the ... ester of", "It is an
        ester of", "Inactive as supplied: a lipophilic ester of"."""
        # ("Zorbavir, introduced in the 1970s, is the ... ester of": an aside between)
        said = re.search(
            rf"(?:{self.drug_names.pattern}|\bit)\s*(?:\([^()]*\)\s*)?(?:,[^,.;]{{1,60}},\s*)?(?:is|,)\s*$",
            before,
            re.I,
        )
        labelled = before.rstrip().endswith(":") and cue("inactive_parent").search(before)
        return bool(said or labelled)

    @staticmethod
    def _activity_said(text: str) -> bool:
        return bool(cue("active_form").search(text) or cue("works_as_product").search(text))

    def _derived_name(self, name: str) -> bool:
        """A name built on the drug's own ("zorbavirat", "O-desmethylzorbavir"), as metabolites' names are."""
        stem, drug, name = self.drug.label.lower()[:6], self.drug.label.lower(), name.lower()
        # "pivmecillinam" releases "mecillinam", "cefuroxime axetil" cefuroxime: an ester's or a
        # salt's name holds the product's; "proguanil" gives "cycloguanil", "tamoxifen" "endoxifen":
        # a metabolite's name keeps the end of its parent's
        # (not an ending that is a WHO stem: simvastatin and atorvastatin are classmates, not one
        # made from the other)
        shared_ending = drug[-5:] == name[-5:] and not any(drug.endswith(s) and len(s) >= 4 for s in _inn_stems())
        return (
            (len(stem) >= 5 and stem in name)
            or (len(name) >= 6 and name in drug)
            or (len(drug) >= 7 and len(name) >= 7 and shared_ending and name.isalpha())
        )

    def _names_another_medicine(self, word: str) -> bool:
        """Whether a word is the name of another medicine (not a class or a word like "medicine"):
        "valzorbavir", "warfarin", "simvastatin", but not "antiviral" or "desmethylzorbavir"."""
        if self.drug_names.fullmatch(word) or cue("medicine_noun").fullmatch(word) or self.lexicon.lookup("role", word):
            return False
        if self.lexicon.lookup("drug", word) or names_a_medicine(word):
            return True
        return self._prodrug_of_the_drug(word.lower())

    def _prodrug_of_the_drug(self, name: str) -> bool:
        """Whether a name puts before the drug's a prefix no metabolite has ("valzorbavir", "fosamzorbavir"):
        a prodrug of the drug, not what it becomes ("desglymidodrine", "hydrocortisone")."""
        base = self.drug.label.lower().split()[0]
        prefix = name[: name.find(base)] if name.find(base) > 0 else ""
        return bool(prefix) and not _METABOLITE_PREFIX.fullmatch(prefix)

    def _built_on_the_drug(self, name: str) -> bool:
        """A name that holds the drug's whole name ("cilazaprilat", "desglymidodrine", "lovastatin
        hydroxy acid"), the drug's name without the ester or salt word ("cefpodoxime" of
        "cefpodoxime proxetil") or the end of the drug's name ("amprenavir" of fosamprenavir):
        stricter than ``_derived_name``, for a product no pattern read."""
        drug, name = self.drug.label.lower(), " ".join(name.lower().split())
        base = drug.split()[0]
        hyphened = re.search(rf"\b{re.escape(base)}-(?P<after>\S+)", name)
        if (hyphened and not _CHEMICAL_SUFFIX.fullmatch(hyphened.group("after"))) or any(
            name == brand.lower() for brand, _, _ in self.brands
        ):
            return False  # "zorbavir-induced", "Zorbavirex": words about the drug, its brand
        if self._prodrug_of_the_drug(name):
            return False
        if name.startswith(drug + " ") and ESTER_OR_SALT.fullmatch(name[len(drug) + 1 :]):
            return False  # "tedizolid phosphate" of tedizolid: the drug as packaged, not what it becomes
        # ("amprenavir" of fosamprenavir, "acyclovir" of valacyclovir: the drug's name holds its product's)
        inside = len(name) >= 7 and name in base and base.endswith(name)
        return len(base) >= 5 and name != drug and (base in name or inside)

    def _named_drug(self, sentence: _Sentence, name: str, start: int) -> Entity | None:
        if name.lower() in self._NOT_A_NAME or self.drug_names.fullmatch(name):
            return None
        for mention in sentence.mentions("drug"):
            if mention.start <= start < mention.end:
                return self._drug_entity(mention.term)
        term = self.lexicon.lookup("drug", name)
        if term:
            return self._drug_entity(term)
        introduced = name.isupper() and self._INTRODUCED.search(sentence.text, 0, start)
        if self._derived_name(name) or _CODE_NAME.fullmatch(name) or introduced:
            return unmapped("drug", name)  # (a code name: "a compound labelled R-138727", "a substance called MTIC")
        if name.lower() in self.product_aliases:  # "5-HMT", which the text introduced as a product's short name
            return self.product_aliases[name.lower()]
        if names_a_medicine(name) and not name[0].isupper():
            return unmapped("drug", name)  # "fluorouracil": a medicine's generic name
        if name[0].isupper() and not sentence.text.startswith(name):
            return None  # a capitalised word mid-sentence is a name of something else
        if not (name.lower().endswith(_inn_stems()) or cue("chemical_name").search(name)):
            return None  # an ordinary word ("made", "diet"), not the name of a compound
        return unmapped("drug", name)

    def prodrug(self, sentence: _Sentence) -> None:
        text = sentence.text
        named = False
        for pattern, rule, active in (
            (self._INTO, "prodrug/converted-into", None),
            (self._IS_ACTIVE, "prodrug/is-the-active-form", True),
            (self._ACTIVE_IS, "prodrug/active-form-is", True),
            (self._CALLED_THE_ACTIVE, "prodrug/is-the-active-form", True),
            (self._IS_THE_ONE_THAT_ACTS, "prodrug/is-the-active-form", True),
            (self._ESTER_OF, "prodrug/ester-of", None),
            (self._GOES_ON_TO_FORM, "prodrug/converted-into", None),
            (self._ONE_IS, "prodrug/one-product-is", None),
            (self._HALF, "prodrug/one-product-is", None),
            (self._INTO_WHICH, "prodrug/converted-into", None),
            (self._DONE_BY_ITS_PRODUCT, "prodrug/is-the-active-form", True),
            (self._PRODUCT_DOES_THE_WORK, "prodrug/is-the-active-form", True),
            (self._PRODRUG_OF, "prodrug/prodrug-of", True),
            (self._RELEASES, "prodrug/releases", None),
            (self._SET_FREE, "prodrug/releases", None),
            (self._RESULTING, "prodrug/resulting", None),
            (self._IN_DISGUISE, "prodrug/in-disguise", True),
            (self._WHAT_IS_LEFT, "prodrug/what-is-left", None),
            (self._WHAT_REMAINS, "prodrug/what-is-left", None),
            (self._REACHES, "prodrug/what-reaches-the-blood", None),
            (self._LET_INTO_THE_BLOOD, "prodrug/what-reaches-the-blood", None),
            (self._CONVERSION_TO, "prodrug/conversion-to", None),
            (self._LEFT_OVER, "prodrug/what-is-left", None),
            (self._FREED, "prodrug/releases", None),
            (self._MADE_IN_STEP, "prodrug/made-in-this-step", None),
            (self._MADE_FROM, "prodrug/made-from", None),
            (self._FORMED_FROM, "prodrug/made-from", None),
            (self._BECOMES, "prodrug/becomes", None),
            (self._WHAT_ACTS, "prodrug/what-reaches-the-blood", None),
            (self._FINISHED, "prodrug/finished-form", True),
            (self._FORMING_ACTIVE, "prodrug/forming-the-active-form", True),
            (self._PART_THAT_ACTS, "prodrug/part-that-acts", True),
            (self._NOW_CALLED, "prodrug/renamed", None),
        ):
            for match in pattern.finditer(text):
                if not self._from_this_drug(sentence, match) or self._another_medicine_leads(sentence, match):
                    continue
                if (
                    pattern is self._FINISHED
                    and match.group().lower().startswith(("this", "that"))
                    and not re.search(rf"{self.drug_names.pattern}|\bits?\b", self._previous_text(sentence), re.I)
                ):
                    continue  # "Codeine is changed into morphine. This final product, morphine, ...": another's
                if (
                    pattern is self._WHAT_ACTS
                    and self._names_another_medicine(match.group("y"))
                    and match.group("y").lower() not in self._active_forms()
                ):
                    continue  # "What arrives in your bloodstream is mostly probenecid": the partner medicine
                    # (unless the text has said the drug becomes it: "the phthalidyl ester of ampicillin")
                if pattern is self._PRODRUG_OF and self._anothers_apposition(text, match.start()):
                    continue  # "Bambuterol, an oral prodrug of terbutaline, works on a similar principle"
                if self._in_anothers_aside(text, match.start()) or self._in_anothers_relative_clause(
                    text, match.start()
                ):
                    continue  # "(contrast nabumetone, which the liver turns into its active metabolite, 6-MNA)"
                if pattern is self._IS_THE_ONE_THAT_ACTS and (
                    _MIRROR_IMAGE.search(text) or _ANOTHERS_CASE.search(text, 0, match.start())
                ):
                    continue  # "The right-handed form, dexzorbavir, is the one that acts": half the drug
                if pattern is self._ESTER_OF and (
                    not self._ester_is_this_drug(text[: match.start()])
                    or _ACTIVE_ITSELF.search(text + " " + self._next_text(sentence))
                    or re.match(r"\s+and\s+(?:two|three|four|\d+|other)\b", text[match.end() :])
                ):
                    continue  # "Inactive ingredients: lactose and an ester of glycerol": not the drug
                if pattern is self._HALF and not (
                    self._said_prodrug()
                    and (self._derived_name(match.group("y")) or not self._names_another_medicine(match.group("y")))
                    and _CUT.search(self._previous_text(sentence) + " " + text)
                ):
                    continue  # "One half, zorbacin, ...": the halves of a drug the text says is cut in two
                if pattern is self._RELEASES and (
                    # ("mast cells in the lining release histamine": the body's own chemical)
                    (_THE_BODY_RELEASES.search(text, 0, match.start()) and _BODY_SUBSTANCE.fullmatch(match.group("y")))
                    or self._released_by_another(text, match.start())
                ):
                    continue  # "sweetened with aspartame, which releases phenylalanine": not this drug's product
                if pattern in (self._PART_THAT_ACTS, self._IS_THE_ONE_THAT_ACTS) and not (
                    self._derived_name(match.group("y"))
                    or cue("converted").search(text)
                    or (self._said_prodrug() and not self._names_another_medicine(match.group("y")))
                    or self._made_before(match.group("y"))
                ):
                    continue  # "Aspirin, the drug that actually blocks ...": another drug, unless the text converts
                is_active = active or bool("active" in match.groupdict() and match.group("active"))
                products = list(self._products(text, match))
                # "to calcifediol and then to calcitriol, the active hormone": the one called active
                called_active = {p for p in products if self._CALLED_ACTIVE.match(text, p[2])}
                for product_span in products:
                    name, start, end = product_span
                    # "5-hydroxymethyl tolterodine": a chemical prefix word and the medicine it names
                    named_after = _PREFIX_WORD.fullmatch(name) and _NEXT_WORD.match(text, end)
                    if named_after and names_a_medicine(named_after.group("word")):
                        name, end = text[start : named_after.end()], named_after.end()
                    short = _SHORT_NAME.match(text, end)
                    if short and "(" in name:  # a systematic name, then the short name the text uses
                        name, start, end = short.group("short"), short.start("short"), short.end("short")
                    if _INACTIVE_PRODUCT.match(name) or _SAID_INACTIVE.match(text, end):
                        break  # "into an inactive acid", "to a sulfone, which is inactive": waste, not the drug at work
                    product = self._named_drug(sentence, name, start)
                    if product is None or product.slug == self.drug.slug:
                        break
                    if short and "(" not in name:  # "5-hydroxymethyl tolterodine, or 5-HMT": one product
                        self.product_aliases.setdefault(short.group("short").lower(), product)
                    named = True
                    negated = self._negated(sentence, start, end)
                    # ("the phthalidyl ester of Y ... the substance that arrives in the bloodstream is Y")
                    reached_before = rule == "prodrug/what-reaches-the-blood" and product.label.lower() in (
                        self._active_forms()
                    )
                    self.emit(sentence, "converted_into", product, rule, start, end, negated=negated)
                    if _NOT_RELIED_ON.match(text, end):
                        continue  # a lesser metabolite, not the active form
                    if called_active and product_span not in called_active:
                        continue  # a step on the way ("calcifediol"), not the active form
                    if self._denied_next(sentence):
                        continue  # "... yields formaldehyde and pivalic acid. Neither contributes to the effect."
                    if (
                        is_active
                        or reached_before
                        or _WORKS_IN_APPOSITION.match(text, end)
                        or self._said_prodrug()
                        or self._activity_said(text)
                        or self._acts_in_the_next_sentence(sentence, name)
                    ):
                        self.emit(sentence, "prodrug_of", product, rule, start, end, negated=negated)
        described = self._INTO_DESCRIBED.search(text)
        if described and not named and self._said_prodrug() and self._about_this_drug(sentence):
            product = unmapped("drug", described.group("y"))
            start, end = described.start("y"), described.end("y")
            self.emit(sentence, "converted_into", product, "prodrug/converted-into-described", start, end)
            self.emit(sentence, "prodrug_of", product, "prodrug/converted-into-described", start, end)
        converting = cue("converted").search(text) or re.search(r"\breleas(?:e|es|ed|ing)\b", text, re.I)
        if converting and (sentence.drug_mentions or re.match(r"^\s*(?:after [^,]+,\s*)?it\b", text, re.I)):
            site = None
            for mention in sentence.mentions("body_system"):
                if re.search(r"\b(?:in|within|by)\s+(?:the\s+)?$", text[: mention.start]):
                    site = entity_of(mention.term)
                    break
            count_match = self._COUNT.search(text)
            count = None
            if count_match:
                word = count_match.group("n").lower()
                count = int(word) if word.isdigit() else self._NUMBERS[word]
            if site is not None:
                self.emit(sentence, "conversion_site", site, "conversion/site")
            if count is not None:
                self.emit(sentence, "product_count", Count(count), "conversion/product-count")

    def _anothers_apposition(self, text: str, position: int) -> bool:
        """Whether the words before ``position`` are another medicine's name and an apposition to it
        ("Bambuterol, an oral ...")."""
        apposed = re.search(
            r"(?P<name>[A-Za-z][\w-]+)\s*,\s*(?:an?|the)\s+(?!(?:drug|medicine)\b)(?:(?!(?:is|are|was|were)\b)[\w-]+\s+){0,3}$",
            text[:position],
        )
        return apposed is not None and self._names_another_medicine(apposed.group("name"))

    def _in_anothers_aside(self, text: str, position: int) -> bool:
        """Whether ``position`` is inside parentheses that speak of another medicine before it."""
        opening = text.rfind("(", 0, position)
        if opening == -1 or ")" in text[opening:position]:
            return False
        aside = text[opening + 1 : position]
        if self.drug_names.search(aside) or re.search(r"\b(?:it|this\s+(?:drug|medicine))\b", aside, re.I):
            return False  # "(like zorbapril, it is converted in the liver into zorbacin)": this drug's own
        first = _WORDS.findall(aside)[:1]
        return bool(
            re.match(r"\s*(?:contrast|unlike|compare|cf\b|as\s+with|like)\b", aside, re.I)
            or (first and self._names_another_medicine(first[0]))
        )

    def _in_anothers_relative_clause(self, text: str, position: int) -> bool:
        """Whether ``position`` is in a relative clause about another medicine named just before it
        ("apart from latanoprost, a prostaglandin drop that the eye has to turn into latanoprost acid")."""
        clause = _ANOTHERS_RELATIVE_CLAUSE.search(text, 0, position)
        return (
            clause is not None
            and not self.drug_names.search(text, clause.end("name"), position)
            and self._names_another_medicine(clause.group("name"))
        )

    def _denied_next(self, sentence: _Sentence) -> bool:
        """Whether the next sentence of the paragraph says the products just named do nothing ("Neither
        contributes to the effect", "None of these is active")."""
        return _NONE_ACTS.match(self._next_text(sentence)) is not None

    def denied_prodrug(self) -> None:
        """A drug the text says is not a prodrug, and nowhere that it is, has no active form, whatever
        another medicine's conversion beside the denial says ("Celiprolol is not a prodrug. Many of our
        patients also take perindopril, which the liver must first turn into perindoprilat")."""
        roles = [
            claim
            for claim in self.claims
            if claim.kind == "has_role"
            and claim.subject == self.drug
            and isinstance(claim.object, Entity)
            and claim.object.slug == "prodrug"
        ]
        # (a denial beside another medicine's name, or one the sentence turns round, is no denial of this
        # drug: "Unlike zorbavir, zorbamet is not a prodrug", "Some say zorbavir is not a prodrug, but it is")
        plain = all(
            not re.search(r"\bbut\b", claim.evidence.quote, re.I)
            and not re.search(
                rf"\b(?:unlike|like|as\s+with|compared\s+with)\s+(?:{self.drug_names.pattern})",
                claim.evidence.quote,
                re.I,
            )
            and not any(self._names_another_medicine(w) for w in _WORDS.findall(claim.evidence.quote))
            for claim in roles
        )
        if roles and plain and all(claim.negated for claim in roles):
            self.claims[:] = [claim for claim in self.claims if claim.kind != "prodrug_of" or claim.negated]

    def _acts_in_the_next_sentence(self, sentence: _Sentence, product: str) -> bool:
        """Whether the next sentence of the paragraph opens with the product ("Zorbacin", "That acid")
        and says that it is what acts ("Zorbacin does the job", "That acid grips the receptor"), not
        that it acts as well ("also blocks", "weaker"), in a text that never says the drug itself acts
        ("Zorbavir blocks the enzyme")."""
        following = self._next_in_paragraph(sentence)
        if following is None:
            return False
        last_word = re.escape(product.split()[-1])
        subject = re.match(
            # ("The liberated zorbacin kills ...": the product by what set it free)
            rf"\s*(?:(?:that|this)\s+(?:{last_word}|{_PRODUCT_NOUNS})|the\s+{last_word}(?=\s)|"
            rf"(?:the\s+(?:liberated|released|freed|resulting)\s+)?"
            rf"{re.escape(product)})\b",
            following.text,
            re.I,
        )
        # (in its first clause: "..., so less angiotensin II is made" says what follows from the action)
        first_clause = re.split(r"[,;:]", following.text, maxsplit=1)[0]
        if subject is None or _ALSO_ACTS.search(first_clause) or self._drug_acts:
            return False
        rest = following.text[subject.end() :]
        return self._activity_said(rest) or _ACTION.match(rest) is not None

    @cached_property
    def _drug_acts(self) -> bool:
        """Whether a sentence has the drug itself, by name, as the subject of an action on a target
        ("Zorbavir blocks ACE"; read once per monograph)."""
        return any(
            _DRUG_ACTS_ON.match(s.text, end) and re.fullmatch(r"\W*", s.text[:start])
            for s in self.sentences
            for start, end in s.drug_mentions
        )

    def steps_on_the_way(self) -> None:
        """Drop the products read only as released or converted on the way when another sentence
        names the one that acts ("releasing the nucleoside 2F-ara-A ..." then "fludarabine
        triphosphate, the cytotoxic species")."""
        products = [(c, c.object) for c in self.claims if c.kind == "prodrug_of" and isinstance(c.object, Entity)]
        called_active = {product.slug for c, product in products if c.rule in _SAYS_IT_ACTS}
        on_the_way = [c for c, product in products if c.rule not in _SAYS_IT_ACTS and product.slug not in called_active]
        if called_active:
            self.claims = [c for c in self.claims if c not in on_the_way]

    def active_form_by_name(self, sentences: list[_Sentence]) -> None:
        """The active form of a drug the text calls a prodrug when no sentence said it in words the
        patterns read: the name built on the drug's own ("cilazaprilat", "desglymidodrine") in the
        sentence that best ties it to a conversion or to activity ("enzymes snip off part of the
        molecule and leave cilazaprilat"; "it is cilazaprilat that blocks the enzyme")."""
        if any(c.kind == "prodrug_of" for c in self.claims) or not any(map(self._calls_it_a_prodrug, sentences)):
            return
        # (a product a pattern read and did not call active, "hydroxyzorbavir, which has weaker activity
        # of its own", is no candidate)
        read = {
            c.object.label.lower() for c in self.claims if c.kind == "converted_into" and isinstance(c.object, Entity)
        }
        best: tuple[int, _Sentence, re.Match[str]] | None = None
        for sentence in sentences:
            text = sentence.text
            # (a conversion and activity said of it weigh most; a mere mention of the name is the last resort)
            weight = bool(cue("converted").search(text)) + bool(self._activity_said(text) or _ACTS.search(text))
            if (best is not None and weight <= best[0]) or _is_question(text):
                continue
            for match in self._NAMED.finditer(text):
                name = match.group("y")
                inside_the_drug = any(
                    start <= match.start() and match.end() <= end for start, end in sentence.drug_mentions
                )
                if (
                    inside_the_drug
                    or name.lower() in self._NOT_A_NAME
                    or not self._built_on_the_drug(name)
                    or name.lower() in read
                    or _SAID_INACTIVE.match(text, match.end())
                    or _NOT_RELIED_ON.match(text, match.end())
                    or self._negated(sentence, match.start(), match.end())
                ):
                    continue
                best = (weight, sentence, match)
                break
        if best is not None:
            _, sentence, match = best
            term = self.lexicon.lookup("drug", match.group("y"))
            product = self._drug_entity(term) if term else unmapped("drug", match.group("y"))
            if product.slug != self.drug.slug:
                self.emit(sentence, "prodrug_of", product, "prodrug/named-after-the-drug", match.start(), match.end())

    @staticmethod
    def _prodrug_statement(sentence: _Sentence) -> re.Match[str] | None:
        """The words that say something is a prodrug or inactive as taken, when the sentence says so
        and does not ask ("Does it have to be activated?") or deny it."""
        text = sentence.text
        match = cue("prodrug").search(text) or cue("inactive_parent").search(text)
        if match is None or _is_question(text) or "negated" in sentence.modifiers(match.start(), match.end()):
            return None
        return match

    def _calls_it_a_prodrug(self, sentence: _Sentence) -> bool:
        """Whether the sentence says this drug, not another it names, is a prodrug or inactive as
        taken ("Lovastatin is a prodrug", "What you swallow is an inactive starting form"; not
        "Lisdexamfetamine, by contrast, is a prodrug that the blood converts into dexamfetamine", nor
        "Zorbavir is also sold as valzorbavir, which is a prodrug")."""
        match = self._prodrug_statement(sentence)
        if match is None:
            return False
        text, before = sentence.text, sentence.text[: match.start()]
        last_mention = max((end for start, end in sentence.drug_mentions if start < match.start()), default=None)
        if last_mention is not None:
            # another medicine named between this drug and the cue is what the cue is about
            between = text[last_mention : match.start()]
            return not any(self._names_another_medicine(w) for w in _WORDS.findall(between))
        return bool(_IT_JUST_BEFORE.search(before) or (_ABOUT_WHAT_IS_TAKEN.match(text) and not _RELATED.match(text)))

    def _made_before(self, name: str) -> bool:
        """Whether an earlier sentence said this drug is turned into ``name`` ("what reaches your
        bloodstream is zorbacin. Zorbacin is the drug that actually clamps onto gp120")."""
        if _NEEDS_NO_ACTIVATION.search(self.monograph.text):
            return False  # "Unlike codeine, which the liver turns into morphine, zorbavir needs no activation"
        return name.lower() in self._active_forms()

    def _said_prodrug(self) -> bool:
        if self._prodrug_said is None:
            self._prodrug_said = self._find_prodrug_statement()
        return self._prodrug_said

    def _find_prodrug_statement(self) -> bool:
        """Whether any sentence that names this drug, or speaks of it, says it is a prodrug (looser than
        ``_calls_it_a_prodrug``: the drug anywhere in the sentence, or "it" after the cue, "the liver
        must first process it")."""
        for sentence in self.sentences:
            match = self._prodrug_statement(sentence)
            if (
                match
                and (
                    sentence.drug_mentions
                    or _ABOUT_WHAT_IS_TAKEN.match(sentence.text)
                    or re.match(r"\s+it\b", sentence.text[match.end() :])
                    or re.search(r"\bit\b", match.group(), re.I)  # "As the intact ester it has no ... action"
                    or _IT_JUST_BEFORE.search(sentence.text, 0, match.start())  # "..., it is given in an inactive form"
                    or _LABEL_ALONE.fullmatch(sentence.text)  # "Prodrug." run in before a mechanism paragraph
                    # "Inactive as supplied: an ester of ...": a terse monograph's line with the drug understood
                    or (
                        re.match(r"\s*inactive\b", sentence.text[match.start() :], re.I)
                        and not sentence.text[: match.start()].strip()
                    )
                )
            ):
                return True
        return False
