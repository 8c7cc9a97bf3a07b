"""Prodrugs and conversion (``valkg.extract.prodrug``)."""

from __future__ import annotations

import pytest

from tests.extract.cases import facts, monograph
from valkg.claims import Count, Entity


@pytest.mark.parametrize(
    ("body", "active"),
    [
        ("Zorbavir is converted in the liver into its active form, zorbavirate.", "zorbavirate"),
        ("Zorbavir is a prodrug. In the gut it is broken down into zorbacin.", "zorbacin"),
        (
            "After it is absorbed, zorbavir releases zorbacin, which is the active antiviral agent.",
            "zorbacin",
        ),
        ("The active metabolite of zorbavir is zorbacin.", "zorbacin"),
        ("Zorbavir is a prodrug that works by breaking down into zorbacin.", "zorbacin"),
        # described, not named
        (
            "It is a prodrug: enzymes in the liver convert it into an active thiol metabolite.",
            "active-thiol-metabolite",
        ),
        # named after its description: the name, not the description
        ("Zorbavir is a prodrug, converted into its active acid form, zorbacin.", "zorbacin"),
        # the product made from the drug, actively or passively
        ("Zorbavir is a prodrug, which means the body has to make zorbacin from it.", "zorbacin"),
        ("Zorbavir is a prodrug. The liver produces zorbacin out of it.", "zorbacin"),
        ("Zorbavir is a prodrug; zorbacin is formed from it in the blood.", "zorbacin"),
        ("Zorbavir is a prodrug. In the stomach a sulfenamide called zorbacin forms from it.", "zorbacin"),
        ("Zorbavir is a prodrug. Most of its effect comes from zorbacin, which the liver makes from it.", "zorbacin"),
        ("Zorbavir is an inactive prodrug; once swallowed it becomes zorbacin.", "zorbacin"),
        # the drug said to be inactive by itself, or the product said to do the work
        ("Zorbavir itself is inactive. The body turns it into zorbacin.", "zorbacin"),
        ("Zorbavir is inactive until the liver converts it to zorbacin.", "zorbacin"),
        ("Zorbavir does nothing by itself. Enzymes in the bowel split it into zorbacin and a sugar.", "zorbacin"),
        ("Zorbavir only starts to work when the liver turns it into zorbacin.", "zorbacin"),
        ("When zorbavir reaches the liver it is activated to zorbacin, the form that works.", "zorbacin"),
        ("Zorbavir has little effect itself. Its active metabolite, zorbacin, does most of the work.", "zorbacin"),
        # several products
        ("Zorbavir is a prodrug. Gut bacteria cut it into two parts, zorbacin and zorbamide.", "zorbamide"),
        ("Zorbavir is a prodrug. It is converted to zorbacin and zorbamide in the colon.", "zorbamide"),
        ("Zorbavir is a prodrug. Bacteria in the bowel break it down into zorbacin and zorbamide.", "zorbamide"),
        # a metabolite named after the drug, made "stronger" by the conversion
        ("Zorbavir is a prodrug: the body must first make zorbavirat out of it.", "zorbavirat"),
        (
            "Zorbavir has some effect itself, but the liver turns it into the stronger N-desmethylzorbavir.",
            "n-desmethylzorbavir",
        ),
        # the product set free, left behind, or the result; a name with a number; an ester's name
        ("Zorbavir is a prodrug. In the colon, bacteria set zorbacin free.", "zorbacin"),
        ("Enzymes in the gut strip a group off zorbavir to leave zorbacin, the acid that does the work.", "zorbacin"),
        (
            "Zorbavir is not active as it stands. The resulting zorbavir sulfate is the form that opens channels.",
            "zorbavir-sulfate",
        ),
        ("Zorbavir is a prodrug: the liver turns most of it into a compound that chemists call 4-ZBA.", "4-zba"),
        (
            "Esterases cut a handle off zorbavir and release orbavir, the part that actually kills the bacteria.",
            "orbavir",
        ),
        ("Zorbavir is zorbacin in disguise: a carrier keeps it intact until the colon.", "zorbacin"),
        ("Zorbavir is zorbacin wearing a chemical coat, which an enzyme peels off.", "zorbacin"),
        (
            "Enzymes snip the tail off, and what's left is plain zorbacin,"
            " the antibiotic that actually wrecks the wall.",
            "zorbacin",
        ),
        (
            "It is hydrolysed in the gut, so the compound that reaches the bloodstream is zorbacin alone,"
            " and zorbacin is what occupies the receptor.",
            "zorbacin",
        ),
        ("Zorbavir is only a starting material: the liver reshapes it into zorbacin.", "zorbacin"),
        ("Zorbavir is a prodrug. In cirrhosis the conversion to zorbacin is unpredictable.", "zorbacin"),
        # a precursor; a drug that has to be activated or only starts working once changed; "which is active"
        ("Zorbavir is a precursor of zorbavirat.", "zorbavirat"),
        ("Zorbavir has to be activated by the liver, which turns it into zorbavirat.", "zorbavirat"),
        ("Zorbavir only starts working after it has been changed into zorbavirat.", "zorbavirat"),
        ("In the body, zorbavir is transformed into zorbavirat, which is active.", "zorbavirat"),
        # what circulates, the finished form, the part that acts, a group attached, a pro-class word
        (
            "The liver oxidises it, and what circulates in the blood is zorbavir sulfoxide, the substance"
            " that does the killing.",
            "zorbavir-sulfoxide",
        ),
        ("The liver adds the missing group, and the finished molecule, zorbatriol, acts on the gut.", "zorbatriol"),
        ("Enzymes unwrap it, and the free zorbavir acid that emerges is the part that acts.", "zorbavir-acid"),
        ("Zorbavir is zorbacin with a phosphate group attached, which makes it dissolve.", "zorbacin"),
        ('Zorbavir is a "pro-retinoid". It sits idle until esterases release zorbavirenic acid.', "zorbavirenic-acid"),
        # a slimmed-down molecule; what is left behind; a switched-off state rearranged into a reactive form
        (
            "Zorbavir dipropionate does little by itself. Enzymes trim away a side chain. The slimmed-down"
            " molecule, zorbavir 17-monopropionate, grips the receptors.",
            "zorbavir-17-monopropionate",
        ),
        (
            "Enzymes discard the marboxil group. What is left behind, zorbavir acid, is the part that disables the"
            " virus.",
            "zorbavir-acid",
        ),
        (
            "Zorbavir is swallowed in a switched-off state. Acid rearranges it into a reactive sulfenamide.",
            "sulfenamide",
        ),
        # what is left and the result of a step, each "what" acts; a product that "does much of the
        # work"; a reduction, with the product that acts set against the one swallowed
        (
            "The substance in the tablet is not quite the one that does the work. The gut wall clips a tag"
            " away, and what is left, zorbacin, is what settles on the receptors.",
            "zorbacin",
        ),
        (
            "Zorbavir is not active in the form you swallow. An enzyme attaches a phosphate group to it, and the"
            " result, zorbavir phosphate, is what keeps white cells in the lymph nodes.",
            "zorbavir-phosphate",
        ),
        (
            "In the hours after each dose the liver reworks part of it into phenobarbital, and this"
            " phenobarbital does much of the work of holding seizures back.",
            "phenobarbital",
        ),
        (
            "The tablet itself does very little: zorbavir is a sulfoxide that the liver reduces to zorbavir"
            " sulfide, and it is this sulfide, not the swallowed compound, that blocks the enzymes.",
            "zorbavir-sulfide",
        ),
        # what is swallowed "is not yet the working medicine", then a new name, a finished product, a
        # code name, a compound the molecule falls apart into
        (
            "The tablet you swallow is not yet the working medicine. An enzyme unhooks a small ethyl group, and only"
            " after that does the drug, now called zorbaprilat, block the enzyme.",
            "zorbaprilat",
        ),
        (
            "The zorbavir in your drip cannot harm any cell on its own. Enzymes in the liver rebuild it in stages."
            " The finished product, phosphoramide mustard, ties the strands of DNA together.",
            "phosphoramide-mustard",
        ),
        (
            "What you swallow is not the working medicine. Liver enzymes turn an intermediate into the active"
            " metabolite, a compound labelled R-138727, which makes platelets less sticky.",
            "r-138727",
        ),
        (
            "A zorbavir tablet does not kill anything by itself. In acidic urine each molecule slowly falls apart"
            " into formaldehyde and ammonia. The formaldehyde is what damages bacteria.",
            "formaldehyde",
        ),
        # an abbreviation the text introduces as the product's name
        (
            "Zorbavir is a prodrug. The slightly alkaline conditions of the body make it break down by itself into a"
            " substance called MTIC. MTIC is the active drug.",
            "mtic",
        ),
        # active ingredients that do little on their own, a product "it's" the text says does the work
        (
            "The active ingredients, plant chemicals called zorbosides, do very little on their own. In the large"
            " bowel, bacteria break them down into a substance called rhein anthrone, and it's the rhein anthrone"
            " that gets things moving.",
            "rhein-anthrone",
        ),
        # enzymes that "change it into" substances called by a plural name; a systematic name shortened
        (
            "Zorbavir does not work in the form your child swallows. Inside the body, enzymes change it into"
            " substances called thioguanine nucleotides (6-TGNs), and it is these that get into the DNA.",
            "thioguanine-nucleotide",
        ),
        (
            "Zorbavir is a prodrug. What is left is bis-(p-hydroxyphenyl)-pyridyl-2-methane, shortened to BHPM, and"
            " it is BHPM that does the work.",
            "bhpm",
        ),
        # a drug the liver "must first process"; the product by which "the real work is done"
        ("Your liver must first process it: enzymes there reshape it into zorbavirol.", "zorbavirol"),
        (
            "The tablet binds only weakly. Enzymes reshape it into zorbavirol, and the real work is done by it.",
            "zorbavirol",
        ),
        # an ester "hydrolysed" to the drug it carries, after a colon that ends "no activity itself"
        (
            "Zorbavir has almost no activity itself: after absorption it is hydrolysed, largely in the liver, to"
            " zorbacin, which blocks sodium channels.",
            "zorbacin",
        ),
        # "processed ... into"; the product after a description that is no noun of the list
        ("It is a prodrug: inside cells it is processed in several steps into GS-443902.", "gs-443902"),
        ("Zorbavir is a prodrug that the liver hydrolyzes to its active diacid, zorbavirat.", "zorbavirat"),
        ("Zorbavir is a prodrug. Acid converts it into an active sulfenamide, which binds the pumps.", "sulfenamide"),
        # inactivity in degrees, said of "it" just before; trimming, clipping and "change into"
        (
            "Unlike most inhaled steroids, it is given in an almost inactive form. Esterases in the lung convert"
            " zorbavir into des-zorbavir.",
            "des-zorbavir",
        ),
        (
            "The tablet itself is only weakly active. Once absorbed, it is trimmed by enzymes into zorbavirat.",
            "zorbavirat",
        ),
        (
            "The zorbavir in each tablet is switched off when you swallow it. Only in acid does it change into a"
            " sulfenamide, the form that switches off the pumps.",
            "sulfenamide",
        ),
        # a short name in capitals that the text introduces
        ("It is a prodrug: your body quickly changes it into a substance called NHC (N-hydroxycytidine).", "nhc"),
        # a salt's word that is part of the product's name
        (
            "Esterases clip off one of its two methyl groups, leaving monomethyl fumarate. That metabolite is what"
            " circulates and acts, so zorbavir is a prodrug.",
            "monomethyl-fumarate",
        ),
        # what is released, counted or introduced by a description
        (
            "Gut bacteria snap the link and release two molecules of zorbacin. Zorbavir is therefore a prodrug.",
            "zorbacin",
        ),
        (
            "In the colon, bacteria cut off its sulphate groups. That releases the active laxative, a compound known"
            " as ZBX, which acts on the bowel wall.",
            "zbx",
        ),
        # what a conversion set free, said to do the work
        (
            "Esterases strip the ester away after a dose, and the freed zorbacin does the actual work.",
            "zorbacin",
        ),
        # inactivity said after "on its own" or as acting on nothing; the product doing the job
        (
            "Zorbavir on its own does very little. Enzymes in the eye trim the molecule and turn it into zorbacin."
            " Zorbacin does the job.",
            "zorbacin",
        ),
        (
            "Zorbavir itself does not act on the enzyme. Esterases cleave that group and expose zorbavirat, a"
            " compound that binds the enzyme.",
            "zorbavirat",
        ),
        # a run-in label, and a noun of conversion with where it happens
        (
            "Prodrug. After injection, zorbavir undergoes rapid hydrolysis in the liver to zorbacin, the"
            " pharmacologically active moiety.",
            "zorbacin",
        ),
        # a product known by a code
        (
            "Zorbavir is a prodrug. Esterases snip one end off the molecule and leave an acid known only by a"
            " laboratory code, ZB-333679.",
            "zb-333679",
        ),
        (
            "Esterases hydrolyse the ester bond, yielding zorbavir acid, which is the species that binds the receptor.",
            "zorbavir-acid",
        ),
        # the one that acts, named as the form or the species; a product the text describes
        (
            "Corneal enzymes clip that cap off during the crossing, and what emerges on the inside, zorbavir acid,"
            " is the form that acts.",
            "zorbavir-acid",
        ),
        (
            "Zorbavir shows negligible antibacterial activity in vitro. Esterases cleave it during first pass, so the"
            " circulating, bactericidal species is zorbacin.",
            "zorbacin",
        ),
        (
            "The tablet itself does nothing to platelets. After absorption, liver enzymes rebuild the drug into a"
            " short-lived active thiol metabolite.",
            "active-thiol-metabolite",
        ),
        # an ester of the product, inactive as supplied or as the text says
        (
            "Inactive as supplied: a lipophilic ester of zorbacillin. Esterases split it, so that zorbacillin"
            " alone reaches the portal circulation.",
            "zorbacillin",
        ),
        ("Zorbavir is the pivaloyloxymethyl ester of zorbacillin. It has no activity of its own.", "zorbacillin"),
        # an ester with no useful activity of its own; a provitamin; a joined molecule with only weak activity
        (
            "Zorbavir is the ethyl ester of zorbavirat. The ester has no useful activity of its own: esterases"
            " hydrolyze it, and the zorbavirat that results does the work.",
            "zorbavirat",
        ),
        (
            "Zorbavir is the pivaloyloxymethyl ester of zorbacillin. As the intact ester it has no useful antibacterial"
            " action.",
            "zorbacillin",
        ),
        (
            "Zorbavir is a provitamin. Zorbavir itself does none of the repair work: skin cells change it into"
            " zorbanoic acid.",
            "zorbanoic-acid",
        ),
        (
            "The joined molecule has only weak activity of its own. Enzymes split it, and the freed zorbacin then"
            " shuts down the enzymes.",
            "zorbacin",
        ),
        # a product an apposition says works
        (
            "Enzymes in the gut wall split the acetate group away, releasing zorbadiol, the hormone that works on"
            " the lining of the womb.",
            "zorbadiol",
        ),
        # what is set free, a product released free, one an intermediate goes on to form
        (
            "Zorbavir has no vitamin activity of its own. Enzymes cleave off the benzoyl group and release free"
            " zorbamine, which is then handled like the vitamin.",
            "zorbamine",
        ),
        (
            "Enzymes clip the fatty tail off zorbavir. What is set free is zorbadiol, and it is the zorbadiol that"
            " eases symptoms.",
            "zorbadiol",
        ),
        (
            "Zorbavir itself does not inhibit the bacteria. Inside the bacillus an enzyme oxidizes it to a reactive"
            " intermediate, which binds NAD to form a zorbavir-NAD adduct. The adduct blocks the enzyme InhA.",
            "zorbavir-nad-adduct",
        ),
        (
            "Zorbavir is a lipophilic ester. Esterases split it into zorbacillin.\nThe liberated zorbacillin kills"
            " bacteria by blocking cell-wall synthesis.",
            "zorbacillin",
        ),
    ],
)
def test_prodrug_phrasings(body: str, active: str) -> None:
    assert (active, False) in facts(monograph(body), "prodrug_of")


@pytest.mark.parametrize(
    "body",
    [
        "Unlike some drugs, zorbavir is not a prodrug; it is active as taken.",
        "Zorbavir is broken down in the liver into inactive substances.",
        "Zorbavir is an antiviral drug that blocks viral enzymes.",
        # a described product without a prodrug statement
        "The liver turns zorbavir into an inactive acid form.",
        # a conversion the text negates, or a product that is not a name
        "Zorbavir does not need to be converted into zorbacin to work.",
        "Zorbavir is broken down in the liver into harmless waste products.",
        "Zorbavir works quickly. After a few hours it becomes less effective.",
        # another drug that acts, with no conversion said
        "Unlike zorbavir, aspirin, the drug that actually blocks the enzyme, thins the blood.",
        "Zorbavir forms crystals in the urine if you drink too little.",
        "The liver makes bile from cholesterol, and zorbavir lowers it.",
        # a metabolite named without any sign that it is what works
        "The liver changes zorbavir into zorbacin, which is removed by the kidneys.",
        "Once absorbed, zorbavir is rapidly converted to zorbavirat.",
        # a metabolite that is active too: the drug itself works
        "Zorbavir is changed in the liver to zorbavirat, which is also active, and both fight the virus.",
        # leaving, releasing and results that are not products of the drug
        "Zorbavir leaves the body in the urine within a day.",
        "Zorbavir makes the stomach release histamine, the chemical that causes itching.",
        # products called inactive, beside a prodrug statement about another medicine
        "Zorbavir is not a prodrug: the zorbavir in the tablet is the substance that acts on the brain, and the"
        " liver simply breaks it down into an inactive acid.",
        "Zorbavir itself does very little. Part of each dose is oxidized to a sulfone, which is inactive.",
        # the steps of a conversion, with nothing said of what works
        "It is converted first in the liver to zorbavirate and then to zorbavirone, which the kidneys remove.",
        # an ester of another substance, or one said to be active
        "Inactive ingredients: lactose and an ester of glycerol.",
        "Zorbavir is an ester of zorbacort, and both are active.",
        # a drug said not to be a prodrug, beside another medicine's conversion
        "Zorbavir is not a prodrug. Many patients also take perindopril, an ACE inhibitor that the liver must first"
        " turn into perindoprilat before it has any effect.",
        # a question asks, it does not say
        "Does zorbavir have to be activated by the liver? Not really. The liver does turn part of it into norzorbavir.",
    ],
)
def test_no_prodrug_claim_without_a_prodrug_statement(body: str) -> None:
    extraction = monograph(body)
    assert not facts(extraction, "prodrug_of")
    assert ("prodrug", False) not in facts(extraction, "has_role")


def test_a_metabolite_name_that_keeps_the_end_of_its_parents() -> None:
    extraction = monograph(
        "Zorbaguanil itself does little harm to the parasite. Your liver changes it into cycloguanil, and it is"
        " cycloguanil that blocks an enzyme the parasite needs.",
        title="Zorbaguanil",
        heading="How does zorbaguanil work?",
    )
    assert facts(extraction, "prodrug_of") == {("cycloguanil", False)}


def test_a_lesser_metabolite_of_a_prodrug_is_not_its_active_form() -> None:
    extraction = monograph(
        "Zorbavir is a prodrug that germs switch on. Your liver does turn some of it into hydroxyzorbavir, which has"
        " weaker activity of its own, but the medicine does not rely on this."
    )
    assert facts(extraction, "converted_into") == {("hydroxyzorbavir", False)}
    assert not facts(extraction, "prodrug_of")


def test_a_conversion_in_steps_ends_in_the_product_called_active() -> None:
    extraction = monograph(
        "Zorbavir itself has no hormonal activity. It is converted first in the liver to calcifediol"
        " (25-hydroxyvitamin D) and then in the kidney to zorbatriol (1,25-dihydroxyvitamin D), the active hormone."
    )
    assert facts(extraction, "prodrug_of") == {("zorbatriol", False)}
    assert facts(extraction, "converted_into") == {("calcifediol", False), ("zorbatriol", False)}


def test_a_negated_prodrug_statement_is_kept_as_a_negative_claim() -> None:
    roles = facts(monograph("Zorbavir is not a prodrug."), "has_role")
    assert roles == {("prodrug", True)}


def test_conversion_site_and_count() -> None:
    extraction = monograph("After zorbavir is swallowed, it is broken down in the liver and releases two compounds.")
    sites = [c.object for c in extraction.claims if c.kind == "conversion_site"]
    counts = [c.object for c in extraction.claims if c.kind == "product_count"]
    assert counts == [Count(2)]
    assert len(sites) == 1 and isinstance(sites[0], Entity) and sites[0].slug == "liver"


@pytest.mark.parametrize(
    ("body", "products"),
    [
        # an aside between the drug and "into"; a medicine's generic name as the product
        (
            "Zorbavir is inactive until the body works on it. Enzymes turn it, over two steps, into cytarabine.",
            {"cytarabine"},
        ),
        # a drug card's arrow and the product called active in parentheses
        (
            "Action: Prodrug. Esterases cleave the ester group \u2192 zorbaprilat (active diacid metabolite).",
            {"zorbaprilat"},
        ),
        # a chemical prefix and another medicine's name make one product, and its short name is that product
        (
            "It is a prodrug. Esterases split it into 7-hydroxymethyl haloperidol, or 7-HMH. "
            "Type: a prodrug converted to 7-HMH.",
            {"7-hydroxymethyl-haloperidol"},
        ),
        # another substance's product is not this drug's
        ("It is a prodrug. The granules are coated with cellulose acetate, which releases acetic acid.", set()),
        # what remains of the drug, and the product that does the work, in an encyclopedia's sentences
        (
            "Gut enzymes strip a methyl group from zorbavir; the part that remains, zorbavirat, is the one that"
            " blocks the enzyme.",
            {"zorbavirat"},
        ),
        (
            "Zorbavir is taken once a day.[3] Esterases split zorbavir within minutes; the resulting"
            " zorbic acid is the molecule that activates the receptor.[4]",
            {"zorbic-acid"},
        ),
        # a hydroxy acid named after the drug
        (
            "Zorbavir is a prodrug. Enzymes pop its ring open, and the resulting zorbavir hydroxy acid is the form"
            " that shuts down the enzyme.",
            {"zorbavir-hydroxy-acid"},
        ),
        # the molecule a step yields; an inactive starting form changed into its product
        (
            "Zorbavir is a prodrug: an enzyme swaps one of its groups. The molecule that comes out of this step is"
            " zorbacortisone, and it acts on blood sugar.",
            {"zorbacortisone"},
        ),
        (
            "What you swallow is an inactive starting form of the medicine. Enzymes in your liver snip off part of"
            " the molecule and change it into zorbavirat.",
            {"zorbavirat"},
        ),
        # the product after another of its class
        (
            "Zorbavir itself does very little. In the stomach it is changed into another benzodiazepine,"
            " zorbazepam (also called desmethylzorbavir), and it is zorbazepam that calms.",
            {"zorbazepam"},
        ),
        # products freed, yielded or let into the blood, after the drug is said to be a precursor or idle
        (
            "The tablet holds zorbavir, which cannot fight the virus as it is. Body enzymes cut its handles off and"
            " free zorbacin, which is the part that stops the virus from copying itself.",
            {"zorbacin"},
        ),
        (
            "Zorbavir is best regarded as a precursor rather than a working drug. In the liver it loses a side"
            " chain, yielding desmethylzorbavir.",
            {"desmethylzorbavir"},
        ),
        (
            "As swallowed, zorbavir has no useful antibacterial action. Esterases in the gut wall cut the bridge,"
            " so that zorbacillin and sulbactam enter the circulation.",
            {"zorbacillin", "sulbactam"},
        ),
        # the product said to act in the same sentence or the next, after the drug is called idle
        (
            "The zorbavir in your tablet is really a starting material. An enzyme converts almost all of it into"
            " hydrozorbavir, and hydrozorbavir is the compound that sits on the receptors and blocks the signal.",
            {"hydrozorbavir"},
        ),
        (
            "The compound in the tablet barely touches the enzyme. Esterases snip off a group and leave zorbavirat"
            " behind. Zorbavirat is what inhibits the enzyme, so less of the hormone is made.",
            {"zorbavirat"},
        ),
        (
            "Zorbavir itself has little action. Your body cuts off the valine attached to it, and what is left, a"
            " compound called alpha-dihydrozorbavir, does the work.",
            {"alpha-dihydrozorbavir"},
        ),
        (
            "While that bond holds, the molecule does very little. Esterases break the bond and free the"
            " aspirin and the paracetamol, and it is those two released medicines that ease pain.",
            {"aspirin", "paracetamol"},
        ),
    ],
)
def test_prodrug_wordings_of_cards_and_articles(body: str, products: set[str]) -> None:
    assert {key for key, _ in facts(monograph(body, heading="How it works"), "prodrug_of")} == products


@pytest.mark.parametrize(
    "inactivity",
    [
        "The compound in the tablet is a carrier rather than the antibiotic.",
        "In this packaged state it has almost no antibacterial activity.",
    ],
)
def test_an_ester_said_to_be_a_carrier_or_inactive_as_packaged_releases_the_working_drug(inactivity: str) -> None:
    body = f"Zorbavir proxetil is an antibiotic. {inactivity} Esterases clip the ester away and set free zorbavir."
    found = monograph(body, heading="How it works", title="Zorbavir proxetil (Zorbix)")
    assert {key for key, _ in facts(found, "prodrug_of")} == {"zorbavir"}


def test_the_working_antibiotic_set_free_is_the_active_form() -> None:
    body = "Zorbavir proxetil is an antibiotic. Esterases set free zorbavir, the working antibiotic."
    found = monograph(body, heading="How it works", title="Zorbavir proxetil (Zorbix)")
    assert {key for key, _ in facts(found, "prodrug_of")} == {"zorbavir"}


def test_a_word_after_the_active_form_is_no_second_one() -> None:
    body = "Zorbavir is a prodrug of phenytoin, one of the oldest epilepsy medicines, or of NO at most."
    assert facts(monograph(body), "prodrug_of") == {("phenytoin", False)}


def test_the_drug_with_its_salt_word_is_not_what_it_becomes() -> None:
    body = (
        "The medicine in your tablet is zorbavir phosphate, which does not fight bacteria on its own. It is"
        " cleared by the kidneys."
    )
    assert facts(monograph(body, title="Zorbavir (Zorbix)"), "prodrug_of") == set()


def test_another_medicines_conversion_is_not_this_ones() -> None:
    body = (
        "Fesoterodine has to be converted by your body before it does anything; it turns into"
        " 5-hydroxymethyl zorbavir. Zorbavir works just as it is."
    )
    assert facts(monograph(body), "prodrug_of") == set()


@pytest.mark.parametrize(
    "body",
    [
        "Zorbavir is a prodrug: the liver turns it into zorbacin. Enalapril is converted into enalaprilat.",
        # the drug said to be inactive, in the clause just before its conversion
        "Zorbavir has no activity itself; it is hydrolysed to zorbacin, which blocks sodium channels.",
        "Zorbavir shows no activity of its own until it is converted into zorbacin.",
    ],
)
def test_this_drugs_conversion_beside_another_or_after_its_own_inactivity(body: str) -> None:
    assert facts(monograph(body), "prodrug_of") == {("zorbacin", False)}


def test_another_medicine_that_only_acts_on_the_conversion_leaves_it_this_ones() -> None:
    body = "Zorbavir is a prodrug. Ritonavir slows this step, yet the liver converts it into zorbacin."
    assert facts(monograph(body, heading="How it works"), "prodrug_of") == {("zorbacin", False)}


def test_the_product_of_a_step_just_described() -> None:
    body = (
        "Inside the germ, its enzymes reduce the nitro group, and the short-lived nitro radicals made in this"
        " step break up the germ's DNA. In that sense zorbavir is a prodrug."
    )
    assert facts(monograph(body, heading="How it works"), "prodrug_of") == {("nitro-radical", False)}


@pytest.mark.parametrize(
    "body",
    [
        "Zorbavir is a prodrug that releases zorbavirate.",
        "It is a prodrug. It is an ester, which releases zorbavirate.",
    ],
)
def test_the_drug_by_its_class_releases_its_product(body: str) -> None:
    assert facts(monograph(body, heading="How it works"), "prodrug_of") == {("zorbavirate", False)}


def test_a_name_after_a_chemical_prefix_word_is_not_taken_with_the_next_word() -> None:
    body = "It is a prodrug converted into 6-methylzorbavir quickly."
    assert facts(monograph(body, heading="How it works"), "prodrug_of") == {("6-methylzorbavir", False)}


def test_the_finished_forms_a_text_names_after_the_steps() -> None:
    body = (
        "Zorbabine is a prodrug: inside a cell enzymes add phosphate groups to it. The two finished forms,"
        " zorbabine diphosphate and zorbabine triphosphate, do the damage."
    )
    found = facts(monograph(body, title="Zorbabine", heading="How it works"), "prodrug_of")
    assert found == {("zorbabine-diphosphate", False), ("zorbabine-triphosphate", False)}


@pytest.mark.parametrize(
    ("body", "title", "active"),
    [
        # a conversion in words no pattern reads, to a name that holds the drug's
        (
            "What you swallow is an inactive starting form. Once absorbed, enzymes in your liver snip a piece off"
            " and what results is zorbaprilat. It is zorbaprilat that blocks the enzyme.",
            "Zorbapril (Zorbix)",
            "zorbaprilat",
        ),
        # the name with a chemical word after the drug's; "it" just before the cue
        (
            "Zorbastatin is a prodrug. Enzymes pop its ring open, and zorbastatin hydroxy acid shuts down the"
            " cholesterol enzyme.",
            "Zorbastatin (Zorbix)",
            "zorbastatin-hydroxy-acid",
        ),
        # an ester's name without its ester word, the only name the text goes on to use
        (
            "In this packaged state it has almost no antibacterial activity. Zorbacef on its own passes poorly"
            " from the gut, which is why the ester is used.",
            "Zorbacef proxetil (Zorbix)",
            "zorbacef",
        ),
        # a product whose name ends the drug's, after inactivity "in the form you swallow"
        (
            "Fosamzorbavir has almost no antiviral activity in the form you swallow. Phosphatases in the gut wall"
            " cut the phosphate away, and it is amzorbavir that reaches the bloodstream.",
            "Fosamzorbavir (Zorbix)",
            "amzorbavir",
        ),
        # "free acid" after the drug's name names its product
        (
            "Esterases cut the ester group away, and it is the resulting zorbaprost free acid that binds the"
            " receptors. Zorbaprost is therefore a prodrug.",
            "Zorbaprost (Zorbix)",
            "zorbaprost-free-acid",
        ),
    ],
)
def test_a_prodrug_whose_active_form_is_named_after_it(body: str, title: str, active: str) -> None:
    found = monograph(body, heading="How does it work?", title=title)
    assert {key for key, negated in facts(found, "prodrug_of") if not negated} == {active}


@pytest.mark.parametrize(
    "body",
    [
        # another medicine is the prodrug, and the name built on this drug's is that medicine
        "Lisdexzorbavir, by contrast, is a prodrug that the blood slowly turns into zorbavir.",
        # no prodrug statement about this drug
        "Zorbavir works as it is. Hydroxyzorbavir, a breakdown product, leaves in the urine.",
        # the statement is denied
        "Zorbavir is not a prodrug. The kidneys remove it and a little hydroxyzorbavir.",
    ],
)
def test_no_active_form_named_after_the_drug_without_its_own_prodrug_statement(body: str) -> None:
    assert facts(monograph(body, heading="How does it work?"), "prodrug_of") == set()


@pytest.mark.parametrize(
    "body",
    [
        # another medicine is the prodrug: the drug's own prodrug, or one named between the drug and the cue
        "Zorbavir is also sold as valzorbavir, which is a prodrug.",
        "Zorbavir works directly. A related medicine, valzorbavir, is a prodrug of zorbavir.",
        # words about the drug are no product
        "Zorbavir is a prodrug. Zorbavir-induced rashes are rare.",
        # a weak spectrum says nothing of the drug as taken
        "Zorbavir is only weakly active against gram-negative germs. The liver breaks it down into"
        " hydroxyzorbavir, which leaves in the urine.",
    ],
)
def test_no_active_form_from_another_medicines_prodrug_or_a_word_about_the_drug(body: str) -> None:
    assert facts(monograph(body, heading="How does it work?"), "prodrug_of") == set()


@pytest.mark.parametrize(
    "statement",
    [
        # a class or a word like "medicine" between the drug and the cue is no other medicine
        "Zorbavir is a type of medicine called a prodrug.",
        "Zorbavir, an antiviral medicine, is a prodrug.",
        "Zorbavir, unlike desmethylzorbavir, is inactive by itself.",
        # inactivity in degrees with a word after it, not a spectrum
        "Zorbavir is practically inactive on its own.",
        "Zorbavir is only weakly active in the form you swallow.",
    ],
)
def test_a_prodrug_statement_with_words_between_the_drug_and_the_cue(statement: str) -> None:
    body = (
        f"{statement} Enzymes snip a piece off and what results is zorbavirat. It is zorbavirat that blocks the enzyme."
    )
    assert facts(monograph(body, heading="How does it work?"), "prodrug_of") == {("zorbavirat", False)}


@pytest.mark.parametrize(
    ("product", "key"),
    [
        ("deacetylzorbavir", "deacetylzorbavir"),
        ("N-acetylzorbavir", "n-acetylzorbavir"),
        ("monodesmethylzorbavir", "monodesmethylzorbavir"),
        ("zorbavir-N-oxide", "zorbavir-n-oxide"),
    ],
)
def test_metabolite_names_built_on_the_drug(product: str, key: str) -> None:
    body = (
        f"Zorbavir is a prodrug. Enzymes snip a piece off and what results is {product}. It is {product} that"
        " blocks the enzyme."
    )
    assert {k for k, _ in facts(monograph(body, heading="How does it work?"), "prodrug_of")} == {key}


def test_a_word_that_only_ends_in_a_verb_of_release_releases_nothing() -> None:
    body = "Zorbavir is a prodrug; acid converts it into zorbacin. A red, scaly rash on sun-exposed skin may appear."
    assert {key for key, _ in facts(monograph(body), "prodrug_of")} == {"zorbacin"}


@pytest.mark.parametrize(
    ("body", "active"),
    [
        ("Enzymes in the liver change zorbavir into zorbacin. Zorbacin blocks the enzyme.", {"zorbacin"}),
        ("Esterases turn it into zorbacin acid. That acid grips the receptor far more tightly.", {"zorbacin-acid"}),
        # the drug said to work in general is no drug that acts on the target itself
        (
            "Zorbavir works well for most people. The liver turns zorbavir into zorbacin. Zorbacin blocks the enzyme.",
            {"zorbacin"},
        ),
        # a metabolite that acts as well as the drug, or more weakly, is no active form
        ("The liver turns zorbavir into norzorbavir. Norzorbavir also blocks the enzyme.", set()),
        ("The liver turns zorbavir into norzorbavir. Norzorbavir blocks the enzyme more weakly.", set()),
        # nor one the next paragraph names
        ("The liver turns zorbavir into norzorbavir.\n\nNorzorbavir blocks nothing of note.", set()),
    ],
)
def test_a_product_the_next_sentence_says_acts_is_the_active_form(body: str, active: set[str]) -> None:
    assert {key for key, _ in facts(monograph(body), "prodrug_of")} == active


def test_a_by_product_left_behind_idle_is_no_active_form() -> None:
    body = (
        "Zorbavir is a prodrug: esterases cut the bond, releasing zorbacin to do the real work and leaving"
        " diethylglycine behind as an idle by-product."
    )
    assert {key for key, _ in facts(monograph(body), "prodrug_of")} == {"zorbacin"}


def test_a_product_released_on_the_way_gives_way_to_the_one_named_as_acting() -> None:
    body = (
        "Zorbavir phosphate is a prodrug with two steps. Phosphatases remove the phosphate, releasing the"
        " nucleoside 2Z-ara-A, which enters the cells. Kinases then complete zorbavir triphosphate (2Z-ara-ATP),"
        " the cytotoxic species."
    )
    extraction = monograph(body)
    assert {key for key, _ in facts(extraction, "prodrug_of")} == {"zorbavir-triphosphate"}
    assert {"2z-ara-a", "zorbavir-triphosphate"} <= {key for key, _ in facts(extraction, "converted_into")}


@pytest.mark.parametrize(
    "body",
    [
        # the next sentence's subject is the drug, or the drug itself is said to act
        "Zorbavir is a medicine for high blood pressure. The liver turns zorbavir into norzorbavir. The drug blocks"
        " the enzyme ACE.",
        "Zorbavir blocks ACE. The liver turns zorbavir into norzorbavir. Norzorbavir blocks the enzyme too.",
        "Zorbavir blocks ACE. The liver turns zorbavir into norzorbavir. Norzorbavir blocks the enzyme for many hours.",
        # a breakdown of something else, and a thing a drug exposes, are no conversions of the drug
        "Rarely it causes breakdown of muscle to myoglobin.",
        "It damages the fungal wall, exposing ergosterol.",
        # a part of a drug that is no prodrug
        "Zorbavir lowers pressure. One part, the preservative, can sting.",
        # another medicine, or one of the drug's mirror forms, said to be the one that actually acts
        "Zorbavir blocks the enzyme. Aspirin is the drug that actually thins the blood.",
        "Zorbavir blocks the enzyme. Aspirin is the one that actually works.",
        "Zorbavir is a painkiller. Of its two mirror forms, zorbaxin is the drug that actually works.",
    ],
)
def test_no_active_form_of_an_active_drug_or_of_other_things(body: str) -> None:
    assert not facts(monograph(body), "prodrug_of")


@pytest.mark.parametrize(
    ("body", "active"),
    [
        (
            "On its own it does nothing to cancer cells. Once absorbed, a liver enzyme converts it into zorbacin"
            " (often called ZB), the drug that actually damages the cancer cells.",
            "zorbacin",
        ),
        (
            "On its own, zorbavir does very little. Chemically it is zorbacin wearing two small fatty caps, which"
            " let it pass into the eye.",
            "zorbacin",
        ),
    ],
)
def test_inactive_on_its_own_and_a_product_in_disguise(body: str, active: str) -> None:
    assert (active, False) in facts(monograph(body), "prodrug_of")


@pytest.mark.parametrize(
    "body",
    [
        # a tablet that cannot be crushed, a drug that barely affects the heart: not inactive as taken
        "Zorbavir cannot be crushed as it is a slow-release tablet. In the liver it is changed to zorbacin, which is"
        " removed by the kidneys.",
        "Unlike older drugs, zorbavir barely affects the heart. It is broken down in the liver to zorbacin.",
    ],
)
def test_words_about_handling_or_side_effects_do_not_make_it_a_prodrug(body: str) -> None:
    assert facts(monograph(body, heading="How it works"), "prodrug_of") == set()


@pytest.mark.parametrize(
    "body",
    [
        # idle "as it is", at the end of its clause
        "Zorbavir cannot lower blood pressure as it is; the liver converts it to zorbacin.",
        "Zorbavir does not work as it is taken; the body turns it into zorbacin.",
        # idle as it leaves the capsule, the drug in the tablet able to do nothing, a carrier version
        "Zorbavir does very little as it leaves the capsule. An enzyme trims one small chemical group off each"
        " molecule, and what remains is zorbacin.",
        "The zorbavir in your tablet cannot do anything to that protein. An enzyme trims off a phosphate group, and"
        " what reaches your bloodstream is zorbacin.",
        "Zorbavir is a carrier version, built to survive the trip through the gut. An enzyme trims off a phosphate"
        " group, and what reaches your bloodstream is zorbacin.",
        # the halves of a drug taken apart before it does anything; the drug with a tail of two words attached
        "The compound in the bottle has to be taken apart before it does anything. Esterases cut it in two. One"
        " half, zorbacin, opens the drainage pathway. The other half gives off nitric oxide.",
        "Zorbavir is zorbacin with a small chemical tail attached.",
        # the product an earlier sentence named, said to be the drug that actually acts
        "An enzyme trims off a phosphate group, and what reaches your bloodstream is zorbacin. Zorbacin is the drug"
        " that actually clamps onto gp120.",
    ],
)
def test_a_drug_idle_as_it_is_becomes_its_product(body: str) -> None:
    assert facts(monograph(body, heading="How it works"), "prodrug_of") == {("zorbacin", False)}


def test_what_other_medicines_of_its_kind_release_is_not_its_product() -> None:
    body = (
        "Zorbavir is a carrier rather than the finished antibiotic: esterases cut its ester away, and what kills"
        " bacteria is zorbavirat. Antibiotics that carry a pivoxil ester, such as cefditoren pivoxil, release pivalic"
        " acid as they are absorbed; zorbavir does not."
    )
    assert {key for key, _ in facts(monograph(body), "prodrug_of")} == {"zorbavirat"}


def test_the_product_that_reaches_the_blood_beside_by_products_said_to_do_nothing() -> None:
    body = (
        "Zorbavir, introduced in the 1970s, is the pivaloyloxymethyl ester of zorbacillin. As the intact ester it has"
        " no useful antibacterial action. Esterases hydrolyse the ester; the product that reaches the circulation and"
        " kills bacteria is zorbacillin. The same hydrolysis yields formaldehyde, in trace amounts, and pivalic acid."
        " Neither contributes to the antibacterial effect."
    )
    assert {key for key, _ in facts(monograph(body), "prodrug_of")} == {"zorbacillin"}


@pytest.mark.parametrize(
    "body",
    [
        # another medicine's denial, or one the sentence turns round, keeps this drug's conversion
        "The liver converts zorbavir into zorbacin, which does the work. Unlike zorbavir, zorbamet is not a prodrug.",
        "Some people say zorbavir is not a prodrug, but it is: the liver converts it into zorbacin, which does the"
        " work.",
        # the drug's own kind releasing its product
        "Zorbavir is an ester and is inactive as swallowed. Esters like this are split by enzymes in the gut wall,"
        " releasing zorbacin, which does the work.",
    ],
)
def test_a_conversion_kept_beside_other_medicines_denials_and_its_own_kind(body: str) -> None:
    assert ("zorbacin", False) in facts(monograph(body, heading="How it works"), "prodrug_of")


@pytest.mark.parametrize(
    "body",
    [
        "Zorbavir is a mix of two mirror-image forms. The right-handed form, dexzorbavir, is the one that acts.",
        "Zorbavir is often compared with zorbamet. In zorbamet's case the liver makes zorbacin, which is the form"
        " that acts.",
        "Each tablet contains zorbavir and a second antibacterial substance, zorbactam, which protects it.",
        "Zorbavir kills many bacteria. It has little activity in vitro against anaerobes. The liver converts some of"
        " it into zorbacin.",
        "Zorbavir is the ethyl ester of zorbacin. It is active itself and is not changed in the body.",
        "Zorbavir stops the gut from releasing free fatty acids, so less fat is absorbed.",
        "Zorbavir can make some cells in the skin burst. What is released is histamine, which causes flushing.",
    ],
)
def test_no_product_from_halves_other_medicines_or_releases_the_drug_stops(body: str) -> None:
    extraction = monograph(body, heading="How it works")
    assert not {key for key, negated in facts(extraction, "prodrug_of") if not negated}


@pytest.mark.parametrize(
    "body",
    [
        "Zorbavir is the ethyl ester of zorbacin. It is active itself and is not changed in the body.",
        "Zorbavir is an ester of glycerol and three fatty acids, which the gut digests.",
        "Zorbavir blocks lipase, the gut enzyme that releases free fatty acids from food.",
        "Zorbavir can make some cells in the skin burst. What is released is histamine, which causes flushing.",
    ],
)
def test_no_conversion_from_an_active_ester_or_a_release_that_is_not_the_drugs(body: str) -> None:
    assert not facts(monograph(body, heading="How it works"), "converted_into")


def test_what_the_discarded_tag_breaks_down_into_is_no_active_form() -> None:
    body = (
        "The medicine in the vial is a prodrug. Esterases snip off the tag and set free zorbacin. The discarded tag"
        " breaks down into diacetyl and carbon dioxide, neither of which helps fight the infection."
    )
    assert {key for key, _ in facts(monograph(body), "prodrug_of")} == {"zorbacin"}


@pytest.mark.parametrize(
    ("body", "active"),
    [
        # another medicine said to be the drug that actually acts keeps the drug's own product
        (
            "Zorbavir is a prodrug that the liver turns into zorbacin. Many people also take aspirin. Aspirin is the"
            " drug that actually thins the blood.",
            {"zorbacin"},
        ),
        (
            "Zorbavir is a prodrug; the liver converts it into zorbacin. Warfarin, which is the drug that really"
            " prevents clots, is often taken too.",
            {"zorbacin"},
        ),
        # products said to be harmless or short-lived are still products
        (
            "Zorbavir is a prodrug. In the liver it is changed into zorbacin and a small amount of zorbamine, neither"
            " of which is toxic.",
            {"zorbacin"},
        ),
        # a partner medicine of a combination is no half of the drug
        (
            "Zorbavir is a prodrug that the liver turns into zorbacin. Zorbix Duo combines it with another medicine."
            " One part, ritonavir, boosts its level.",
            {"zorbacin"},
        ),
        # tablets split for a child, a drug that takes weeks, a metabolite that causes a side effect, another
        # medicine's conversion beside a drug that needs none: no active form
        (
            "Zorbavir tablets have to be split in two before you give them to a child. The liver breaks zorbavir"
            " down into zorbanol, which passes out in the urine.",
            set(),
        ),
        (
            "It can take two weeks before it does anything for your mood. The liver breaks it down into zorbanol,"
            " which is removed in the urine.",
            set(),
        ),
        (
            "Zorbavir blocks the virus. The liver breaks it down into zorbanol, which is removed in the urine."
            " Zorbanol is the compound that actually causes the drowsiness some people feel.",
            set(),
        ),
        (
            "Unlike codeine, which the liver has to turn into morphine, zorbavir needs no activation. Morphine is the"
            " drug that actually relieves pain in codeine users.",
            set(),
        ),
        (
            "Zorbavir is a prodrug. Each tablet holds two medicines. One half, ritonavir, slows the breakdown; the"
            " other half, zorbavir, fights the virus.",
            set(),
        ),
    ],
)
def test_active_forms_the_review_found_misread(body: str, active: set[str]) -> None:
    assert {key for key, _ in facts(monograph(body, heading="How it works"), "prodrug_of")} == active


@pytest.mark.parametrize(
    "body",
    [
        # the product, then the conversion into it; the work done by what it releases
        "Zorbavir itself does very little. Its effects belong to zorbacin, into which the body turns it.",
        "The compound itself fits poorly onto the bacterial proteins, so the killing is carried out by the zorbacin"
        " it releases.",
        # the main product of a step, named in apposition, doing the work
        "As swallowed, the molecule has little direct effect on the enzymes. After absorption, the liver trims its"
        " side chain, and the main product of this step, zorbacin, carries out nearly all of the action.",
        # a delivery package and what arrives in the blood
        "Zorbavir is best thought of as a delivery package. Enzymes in the gut clip a chain off, and what arrives in"
        " your bloodstream is zorbacin itself.",
    ],
)
def test_products_named_by_what_they_do_or_where_they_arrive(body: str) -> None:
    assert facts(monograph(body, heading="How it works"), "prodrug_of") == {("zorbacin", False)}


def test_another_medicines_active_metabolite_in_an_aside_is_no_active_form() -> None:
    body = (
        "Not a prodrug: the parent molecule is the active agent (contrast zorbumetone, which depends on conversion in"
        " the liver to its active metabolite, 6-ZNA)."
    )
    assert not facts(monograph(body, heading="Pharmacology"), "prodrug_of")


@pytest.mark.parametrize(
    "body",
    [
        # the ester said to have no useful action; little affinity in the form delivered
        "Zorbavir is the ethoxycarbonyloxyethyl ester of zorbacin. The ester has no useful antibacterial action."
        " Esterases split it while it is being taken up, liberating zorbacin.",
        "Zorbavir is the di-p-toluate ester of zorbacin. In the form delivered by the inhaler it has little affinity"
        " for beta-2 receptors. Esterases strip both groups away, generating zorbacin on the spot.",
    ],
)
def test_an_ester_said_to_do_little_as_given_becomes_its_product(body: str) -> None:
    assert facts(monograph(body, heading="Pharmacology"), "prodrug_of") == {("zorbacin", False)}


def test_another_medicine_called_a_prodrug_in_apposition_is_no_product() -> None:
    body = (
        "Zorbavir is the di-p-toluate ester of zorbacin. In the form delivered by the inhaler it has little affinity"
        " for its receptor. Bambuterol, an oral prodrug of terbutaline, works on a similar principle."
    )
    assert facts(monograph(body, heading="Pharmacology"), "prodrug_of") == {("zorbacin", False)}


@pytest.mark.parametrize(
    ("body", "active"),
    [
        # a chemical of the body the drug releases; a toxic, denied or wasted metabolite of a step
        ("The fall in sugar is brought about by the insulin it releases from the pancreas.", set()),
        ("Its effect on mood comes from the serotonin it releases in the brain.", set()),
        (
            "The liver trims its side chain, and the main product of this step, zorbaquinone, is responsible for the"
            " liver damage seen in overdose.",
            set(),
        ),
        (
            "The liver trims its side chain, and the main product of this step, zorbacin, does not carry out any of"
            " the action.",
            set(),
        ),
        # the drug said to do nothing to the unborn baby, or to the heart in its patch form
        (
            "Zorbavir is the ethyl ester of zorbacin. The ester has no harmful effect on the unborn baby. The liver"
            " changes zorbavir into zorbacin.",
            set(),
        ),
        # the partner medicine that arrives in the blood
        (
            "Zorbavir is given with probenecid. What arrives in your bloodstream is mostly probenecid after a few"
            " hours.",
            set(),
        ),
        # this drug compared with another, or an aside about it, keeps its own product
        ("Unlike aspirin, the drug is a prodrug of zorbacin.", {"zorbacin"}),
        (
            "Zorbavir is an inactive parent compound (as with similar medicines, the liver turns it into zorbacin, the"
            " active form).",
            {"zorbacin"},
        ),
    ],
)
def test_products_the_second_review_found_misread(body: str, active: set[str]) -> None:
    assert {key for key, _ in facts(monograph(body, heading="How it works"), "prodrug_of")} == active


@pytest.mark.parametrize(
    ("body", "active"),
    [
        # an ester of a medicine, and that medicine what arrives in the blood
        (
            "Zorbavir is the phthalidyl ester of ampicillin. Esterases in the gut wall cut the bond, so the"
            " substance that actually arrives in the bloodstream is ampicillin.",
            {"ampicillin"},
        ),
        ("The substance that arrives in the bloodstream is ampicillin.", set()),
        # another medicine's conversion, in a relative clause after its name
        (
            "Zorbavir acts as it comes out of the bottle. That sets it apart from latanoprost, a prostaglandin drop"
            " that the eye has to turn into latanoprost acid before it can work.",
            set(),
        ),
        ("Zorbavir, a drop that the eye has to turn into zorbacin before it can work, lowers pressure.", {"zorbacin"}),
    ],
)
def test_an_esters_product_in_the_blood_and_anothers_relative_clause(body: str, active: set[str]) -> None:
    assert {key for key, _ in facts(monograph(body, heading="How it works"), "prodrug_of")} == active


@pytest.mark.parametrize(
    ("body", "active"),
    [
        # the body's own chemical, released by its cells
        (
            "When pollen lands on the eye, mast cells in the lining release histamine, and histamine is what"
            " produces the itch.",
            set(),
        ),
        (
            "While it is absorbed, enzymes in the gut lining cut the carrier off and release zorbacin, and it is"
            " zorbacin that stops bacteria.",
            {"zorbacin"},
        ),
        # "this final product", a name with locants and a vitamin's letter, "forming Y, the active metabolite"
        (
            "Enzymes cut away its side groups, leaving zorbacin, and the cell attaches two phosphate groups. This"
            " final product, zorbacin diphosphate, is what jams the enzyme.",
            {"zorbacin-diphosphate"},
        ),
        (
            "Prodrug. The liver supplies the missing group, forming 1-alpha,25-dihydroxyvitamin D2, the principal"
            " active metabolite.",
            {"1-alpha-25-dihydroxyvitamin-d2"},
        ),
        ("The gel sets on the skin, forming a protective layer, the active barrier.", set()),
    ],
)
def test_the_bodys_own_release_a_final_product_and_a_product_formed(body: str, active: set[str]) -> None:
    assert {key for key, _ in facts(monograph(body, heading="How it works"), "prodrug_of")} == active


@pytest.mark.parametrize(
    ("body", "active"),
    [
        # this drug's own conversion after another medicine's relative clause
        (
            "Zorbavir is given with probenecid, which slows its removal, and the liver then converts it into"
            " zorbacin, the active form.",
            {"zorbacin"},
        ),
        (
            "Zorbavir is a prodrug. Unlike enalapril, which needs the liver, it is converted in the blood into"
            " zorbacin.",
            {"zorbacin"},
        ),
        # the body releasing the drug's product, not its own chemical
        ("Zorbavir is an inactive prodrug. After absorption, the liver releases zorbacin from it.", {"zorbacin"}),
        (
            "Zorbavir itself does nothing. Once it is absorbed, cells in the gut wall release zorbacin, which"
            " blocks the virus.",
            {"zorbacin"},
        ),
        # "this final product" of another medicine's conversion
        (
            "Codeine is changed by the liver into morphine. This final product, morphine, is what relieves pain."
            " Zorbavir needs no such change.",
            set(),
        ),
        # a number with a thousands separator is no locant
        ("Once in the liver, zorbavir becomes 1,000-fold more potent.", set()),
        # what reaches the next nerve cell, or the urine, is no product in the blood
        (
            "Zorbavir blocks the pump that recycles serotonin, so the chemical that reaches the next nerve cell is"
            " serotonin.",
            set(),
        ),
        (
            "Zorbavir works as it is. The compound that reaches the urine is zorbacin glucuronide, an inactive"
            " waste product.",
            set(),
        ),
    ],
)
def test_products_the_review_of_the_round_found_misread(body: str, active: set[str]) -> None:
    found = {key for key, _ in facts(monograph(body, heading="How it works"), "prodrug_of")}
    found |= {key for key, _ in facts(monograph(body, heading="How it works"), "converted_into")} - active
    assert found == active
