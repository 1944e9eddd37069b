"""Relation patterns over sentences whose actor mentions are replaced by ``@k@`` slots.

A sentence becomes a *template*: each mention (or run of mentions of one actor) is a slot
``@k@``; determiners before a slot and phrases such as "planes from", "forces of", "'s positions"
are absorbed, so one pattern covers "the Russian army attacked", "planes from the Russian army
attacked" and "Russian warplanes attacked". A slot group (``@1@ and @2@``, ``@1@, @2@ and @3@``)
is a coordination: a rule gives one claim per pair of its members.

Rules run on two views of the template: the full one (for appositive patterns such as "X, a former
affiliate of Y") and a reduced one without appositives, relative clauses and "X-backed"
modifiers (so "X, designated by Z, attacked Y" reads as "X attacked Y").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from actorgraph.graph.model import RelationType

SLOT = r"@\d+@"
SLOT_G = r"@\d+@(?:\s+strikes)?"
# Spanish "y al", "y a" (the personal "a" of an object) and French "et" join a group too
# a member after a bare comma is no member when a verb follows it: in "since X invaded @1@, @2@ has supplied ..."
# the comma closes a clause and @2@ opens the next
COMMA = r"\s*-?\s*,\s*"
# a word that reads as a finite verb (an auxiliary, a telling, a past form)
FINITE_VERB = r"(?:has|have|had|is|are|was|were|will|would|can|could|may|might|must|should|says|said|[a-z]+ed)"
OPENS_CLAUSE = rf"(?!\s+{FINITE_VERB}\b)"
SEP = r"(?:\s*-?\s*,\s*(?:and|y|et)\s+|\s*-?\s+(?:and|y|e|et|or|o|ou|as\s+well\s+as)\s+" \
      r"(?:(?<=y\s)(?:al?)\s+|d'|de\s+|du\s+)?)"
# a later member followed by "'s" owns what follows ("invaded A, B's economy ..."): the group ends before it
# nor does one that opens a telling ("backed by Rwanda, UN experts say": the experts are no backers)
TELLERS = r"(?:experts?|officials?|sources?|investigators?|monitors?|diplomats?|analysts?|" \
          r"spokes(?:man|men|woman|person)|envoys?|observers?|reports?)"
MEMBER = rf"{SLOT_G}(?!\s*'s\b|\s+{TELLERS}\b)"
GROUP = rf"{SLOT_G}(?:{SEP}{MEMBER}|{COMMA}{MEMBER}{OPENS_CLAUSE})*"
A, B, G, C = (f"(?P<{n}>{GROUP})" for n in ("a", "b", "g", "c"))
AUX = r"(?:(?:have|has|had|was|were|is|are|will|would|also|reportedly|then|later|again|been|being|repeatedly|" \
      r"allegedly|now|already|jointly|recently|heavily|just|on\s+\w+day|this\s+\w+day|" \
      r"a|ont|avait|avaient|aurait|auraient|ha|han|había|habían|habría|habrían)\s+){0,4}"
# Spanish and French: a time phrase between the verb and its object ("atacaron el martes a Y"), and the
# personal "a"/"al" before a Spanish object
DAYS = r"(?:lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo|lundi|mardi|mercredi|jeudi|vendredi|samedi|" \
       r"dimanche)"
OBJ_LEAD = rf"(?:(?:(?:el|este|ese|esta|ce|le)\s+(?:pasado\s+)?(?:{DAYS}|\d{{1,2}}\s+(?:de\s+)?[a-zéû]+)" \
           rf"(?:\s+(?:pasado|dernier))?|ayer|anoche|hier|nuevamente|de\s+nuevo|también|[àa]\s+nouveau)\s*,?\s+)?" \
           rf"(?:(?:a|al)\s+|des\s+|d['’]\s*)?"
# A subject that is "X, backed by Y, and heir to Z": skip the "backed by Y and" part
SKIP_BY = rf"(?:[^@;]{{0,40}}?\b(?:backed|supported|funded|armed|led|respaldad[oa]s?|apoyad[oa]s?|liderad[oa]s?|" \
          rf"financiad[oa]s?)\s+(?:by|por)\s+{SLOT}\s*,?\s+(?:and|y)\s+)?"


# a filler that opens no telling: in "X, que Z acusa de ser apoyado por W" Z tells, it is not backed
NOT_TOLD = r"(?:(?!\b(?:que|qui|según|selon|dic(?:e|en|ho)|dit|disent|accus\w*|acus\w*|afirm\w*|asegur\w*|" \
           r"affirm\w*)\b)[^@;]){0,40}?"


def F(n: int) -> str:
    """A filler of at most ``n`` characters that crosses no slot and no clause break."""
    return rf"[^@;]{{0,{n}}}?"


# a filler that holds no verb of judging or telling someone else's deed: in "X condemned an attack that killed
# Y soldiers" X is no attacker ("X claimed an attack that killed" is an admission and stays)
def not_judged(n: int) -> str:
    """A filler of at most ``n`` characters like :func:`F` that holds no verb of judging, telling or urging."""
    return r"(?:(?!\b(?:condemn|denounc|deplor|mourn|decr(?:y|ie)|den(?:y|ie)|protest|investigat|" \
           rf"report(?:ed|s|ing)\b|blam|rejected|regrett|call(?:ed|s|ing)?\b|urg|warn)\w*)[^@;]){{0,{n}}}?"


NOT_JUDGED = not_judged(40)


ATTACK_VERB = (
    r"(?:attack(?:ed|s|ing)?|struck|strik(?:e|es|ing)|bomb(?:ed|s|ing)?|shell(?:ed|s|ing)?|target(?:ed|s|ing)?|"
    r"raid(?:ed|s|ing)?|ambush(?:ed|es|ing)?|assault(?:ed|s|ing)?|storm(?:ed|s|ing)?|invad(?:ed|es|ing|e)|"
    r"pound(?:ed|s|ing)?|fought|fight(?:s|ing)?\s+against|kill(?:ed|s|ing)?|shot\s+down|shooting\s+down|"
    r"shoot\s+down|drove|driving|drive|besieg(?:ed|es|ing)|dealt|inflicted\s+\w+\s+on|"
    r"atac(?:ó|aron|a|an|aba|aban)|bombarde(?:ó|aron|a|an|aba|aban)|embosc(?:ó|aron)|asalt(?:ó|aron)|"
    r"hostig(?:ó|aron)|attaqu(?:é|ée|és|ées|e|ent|ait|aient)|bombard(?:é|ée|és|ées|e|ent|ait|aient)|"
    r"pilonn(?:é|e|ent|ait|aient)|frapp(?:é|e|ent)|tu(?:é|ent))"
)
ATTACK_NOUN = (
    r"(?:offensives?|counter-?offensives?|attacks?|assaults?|strikes?|air\s*strikes?|air\s+raids?|raids?|"
    r"bombardments?|bombing(?:\s+campaign)?|shelling|operations?|campaign|incursions?|invasion|war|"
    r"ofensiva|ataques?|asaltos?|bombardeos?|operaci[óo]n|emboscadas?|attaques?|assauts?|frappes?|"
    r"bombardements?|op[ée]rations?|embuscades?)"
)
LAUNCH = (
    r"(?:launch(?:ed|es|ing)?|beg[au]n|begin|start(?:ed|s)?|press(?:ed|es)?|mount(?:ed|s|ing)?|"
    r"carr(?:ied|y|ies|ying)\s+out|conduct(?:ed|s|ing)?|led|lead|unleash(?:ed)?|renew(?:ed)?|stepp?ed\s+up|"
    r"intensifi(?:ed|es)|wag(?:ed|es|ing)|order(?:ed|s)?|authori[sz]ed|resum(?:ed|es)|escalat(?:ed|es)|inici[óo]|iniciaron|lanz[óo]|lanzaron|emprendi[óo]|"
    r"lanc(?:é|ée|e|ent)|men(?:é|ée|e|ent)|conduit|d[ée]clench(?:é|ée|e|ent))"
)
# what is fired or launched at a target, in Spanish and French ("lanzó cohetes contra Y", "a tiré des roquettes sur Y")
FIRED = r"(?:cohetes|misiles|drones|proyectiles|obuses|bombas|roquettes|missiles|obus|projectiles|bombes|tirs)"
CEASEFIRE = r"(?:ceasefires?|cease-fires?|truces?|armistice|peace\s+(?:deal|agreement|accord)|alto\s+[ae]l\s+fuego|" \
            r"treguas?|cese\s+(?:al|del|el|de\s+las)\s+(?:fuego|hostilidades)|armisticio|cessez-le-feu|tr[êe]ves?|" \
            r"cessation\s+(?:of|des)\s+hostilit(?:ies|és))"
BACKING = r"(?:backed|supported|armed|funded|financed|sponsored|bankrolled|equipped|trained)"
SUPPORTERS = r"(?:supporters?|backers?|sponsors?|patrons?|allies|ally|protectors?|benefactors?)"
BRANCH = r"(?:affiliates?|branch(?:es)?|offshoots?|wing|franchises?|subsidiar(?:y|ies)|proxy|proxies|chapter|arm)"
# "of" in Spanish and French, before a slot (an elided "d'" has no space after it)
DE = r"(?:de\s+|del\s+|du\s+|des\s+|d')"
BACKED_MOD = rf"(?:{SLOT}\s*-\s*{BACKING}\s*,?\s*(?:[\w-]+-led\s+)?)?"  # "the US-backed, Kurdish-led" before a slot
# a slot that only modifies a noun ("a key US partner in the fight against X") is no subject
# nor is one that is the backer in a hyphenated modifier ("X-backed drone attack kills ...")
NOT_MODIFIER = r"(?!\s+(?:partners?|ally|allies|proxy|proxies|envoys?|officials?)\b|" \
               r"\s*-\s*(?:backed|supported|sponsored|funded|armed|affiliated|aligned|allied|linked)\b)"
# "armed" after a verb of buying is an adjective: "X bought armed drones from Y" is no "X armed Y"
NOT_BOUGHT = r"(?<!bought\s)(?<!purchased\s)(?<!acquired\s)(?<!procured\s)(?<!imported\s)(?<!ordered\s)"
# an old name is no object of a preposition ("X pledged allegiance to Y and renamed itself Z": not Y)
NOT_AFTER_PREP = r"(?<!\bto\s)(?<!\bof\s)(?<!\bby\s)(?<!\bwith\s)(?<!\bfrom\s)(?<!\bon\s)(?<!\bat\s)(?<!\bfor\s)"
# a group that is the object of a verb before "and became" is no old name ("X joined Y in 2006 and became Z")
NOT_AN_OBJECT = r"(?<!\bjoined\s)(?<!\bjoins\s)(?<!\bleft\s)(?<!\bquit\s)(?<!\babsorbed\s)(?<!\bdefeated\s)"
PREP_BEFORE = re.compile(r"(?:\b(?:to|of|from|with|by|for|de|del|al|en|in|on|against|between|than|at|du|des|au|aux|"
                         r"par|pour|avec|contre|sur|dans|entre|por|para|con|contra|sobre)\s*|\bd'|'s\s*)$")


@dataclass(frozen=True)
class Rule:
    """One pattern: the relation it gives, which slot is the subject, and how sure it is."""

    name: str
    type: RelationType
    pattern: re.Pattern[str]
    confidence: float = 0.8
    mutual: bool = False  # clashes: both directions
    pairwise: bool = False  # the group ``g`` holds both parties
    ended: bool = False
    subject_first: bool = True  # the subject slot must not follow a preposition
    view: str = "reduced"  # "full" or "reduced"
    priority: int = 0
    hedged: bool = False


def _r(name: str, type_: str, pattern: str, **kw: object) -> Rule:
    return Rule(name, RelationType(type_), re.compile(pattern, re.IGNORECASE), **kw)  # type: ignore[arg-type]


RULES: tuple[Rule, ...] = (
    # ---- ATTACKS ------------------------------------------------------------------------
    _r("attack.led_by", "ATTACKS",
       rf"^(?:an?|the|una|la)\s+(?:\w+\s+)?(?:coalition|alliance|coalici[óo]n|alianza|offensive|operation|"
       rf"ofensiva)\s+(?:led|headed|liderada|encabezada|dirigida)\s+(?:by|por)\s+(?:el\s+|la\s+)?{A}.*?\b{LAUNCH}\b"
       rf"{F(50)}\b{ATTACK_NOUN}\b{F(50)}\b(?:against|on|upon|contra|sobre)\s+{B}", priority=2, confidence=0.75,
       subject_first=False),
    _r("attack.verb", "ATTACKS",
       rf"{A}{NOT_MODIFIER}{NOT_JUDGED}\b{AUX}{ATTACK_VERB}\s+{OBJ_LEAD}(?:[\d,]+\s+|dozens\s+of\s+|several\s+|"
       rf"(?:one|two|three|four|five|six|ten)\s+|at\s+least\s+[\d,]+\s+)?{B}(?!\s*'s\s+(?:ally|allies|support))"),
    _r("attack.launch", "ATTACKS",
       rf"{A}{F(60)}\b{LAUNCH}\b{F(60)}\b{ATTACK_NOUN}\b{F(50)}\b(?:against|on|upon|targeting|contra|sobre|"
       rf"into|contre|sur)\s+{B}"),
    _r("attack.fired_at", "ATTACKS",
       rf"{A}{NOT_MODIFIER}{F(40)}\b{AUX}(?:lanz[óo]|lanzaron|lanza|lanzan|dispar[óo]|dispararon|tir[ée]|tirent|"
       rf"lanc[ée]|lancent)\s+(?:\w+\s+){{0,3}}?{FIRED}\s+(?:[\w-]+\s+){{0,2}}?(?:contra|sobre|hacia|sur|contre|"
       rf"vers)\s+{B}"),
    _r("attack.by", "ATTACKS",
       rf"\b{ATTACK_NOUN}\s+(?:\w+\s+)?(?:by|from|de|por)\s+{A}{F(50)}\b(?:against|on|upon|targeting|contra|at)\s+{B}",
       subject_first=False),
    _r("attack.noun_on", "ATTACKS", rf"(?P<a>@\d+@\s+strikes)\s+(?:on|against|targeting)\s+{B}",
       subject_first=False),
    _r("attack.passive", "ATTACKS",
       rf"{B}{F(30)}\b(?:was|were|has\s+been|have\s+been|had\s+been|is|are|being|fue|fueron)\s+(?:\w+\s+){{0,2}}?"
       rf"(?:attacked|targeted|struck|bombed|shelled|ambushed|raided|hit|killed|invaded|atacad[oa]s?|"
       rf"bombardead[oa]s?)\s+(?:by|por)\s+{A}", subject_first=False),
    _r("attack.target_of", "ATTACKS", rf"{B}{F(40)}\btargets?\s+(?:of|for)\s+{A}", subject_first=False),
    _r("attack.invasion_of", "ATTACKS",
       rf"{A}{F(40)}\b(?:invasion|occupation|bombing|shelling|blockade|siege|bombardment)\s+of\s+{B}"),
    _r("attack.fight_against", "ATTACKS",
       rf"{A}{NOT_MODIFIER}{F(50)}\b(?:(?:spearheaded|led|waged|wages|joined|fought|conducted|"
       rf"continues|continued)\s+(?:the|a|its|"
       rf"their)|their|its)\s+(?:\w+\s+)?(?:fight|war|battle|campaign|struggle|offensive|insurgency)\s+"
       rf"(?:against|on)\s+{B}"),
    _r("attack.in_its_war", "ATTACKS",
       rf"^\s*in\s+(?:its|their)\s+(?:[\w-]+\s+){{0,3}}?(?:campaign|war|insurgency|fight|struggle)\s+against\s+"
       rf"{B}\s*,\s*{A}", subject_first=False),
    _r("attack.alongside", "ATTACKS",
       rf"\b(?:fight|war|battle|campaign|offensive|struggle|strikes|attacks|operations)\s+(?:against|on)\s+{B}"
       rf"{F(50)}\b(?:alongside|along\s+with|together\s+with|in\s+concert\s+with)\s+{A}", subject_first=False,
       confidence=0.7),
    _r("attack.clash_between", "ATTACKS",
       rf"\b(?:clash(?:es)?|fighting|battles?|hostilities|confrontations?|skirmishes|combat|enfrentamientos|combates|"
       rf"choques|combats|affrontements|heurts|accrochages)"
       rf"\s+(?:\w+\s+){{0,3}}?(?:between|entre)\s+{G}", mutual=True, pairwise=True, subject_first=False),
    _r("attack.clash_with", "ATTACKS",
       rf"{A}{not_judged(30)}\b(?:clash(?:ed|es|ing)?|fought|fighting|battl(?:ed|ing|es)|(?:engaged|involved)\s+in\s+"
       rf"(?:\w+\s+)?(?:clashes|fighting|battles|combat))\s+(?:\w+ly\s+)?(?:(?P<with>with|con)|against)\s+{B}"
       rf"(?(with)(?!\s*,?\s*(?:against|contra)\b))", mutual=True),  # "fought with X against Y": beside X
    # Spanish and French: "X se enfrentó con/a Y", "X a affronté Y", "X s'est affronté avec Y"
    _r("attack.clash_es_fr", "ATTACKS",
       rf"{A}{NOT_MODIFIER}{F(30)}\b(?:(?:se\s+)?enfrent(?:ó|aron|aba|aban|an)|(?:se\s+)?(?:ha|han)\s+enfrentado|"
       rf"combati(?:ó|eron)|(?:s'est|se\s+sont)\s+(?:violemment\s+)?affront[ée]e?s?|(?:a|ont)\s+affront[ée]|"
       rf"affronte(?:nt)?|(?:a|ont)\s+combattu|combattent)\s+{OBJ_LEAD}(?:(?:con|contra|avec|contre|aux?)\s+)?{B}",
       mutual=True),
    # "X y Y se enfrentaron", "X et Y se sont affrontés": a coordinated subject fights itself
    _r("attack.clash_pair", "ATTACKS",
       rf"{G}\s*,?\s+(?:se\s+(?:enfrentaron|enfrentan|enfrentaban|han\s+enfrentado)|se\s+sont\s+(?:violemment\s+)?"
       rf"affront[ée]s|s'affront(?:ent|aient)|se\s+combat(?:tent|taient))\b", mutual=True, pairwise=True,
       subject_first=False),
    # ---- SUPPORTS -----------------------------------------------------------------------
    _r("support.x_backed", "SUPPORTS",
       rf"{A}\s*-\s*{BACKING}(?:\s*,\s*[\w-]+-led)?(?:\s*,\s*|\s+)(?:\w+\s+)?(?P<b>@\d+@)", view="full",
       subject_first=False, confidence=0.85),
    _r("support.backed_by", "SUPPORTS",
       rf"{B}\s*(?:,|\(|-|–|—|--)?\s*(?:which\s+is\s+|who\s+are\s+|that\s+is\s+|a\s+(?:\w+\s+)?group\s+)?"
       rf"(?:\w+ly\s+)?{BACKING}\s+(?:by|by\s+the)\s+{A}", view="full", subject_first=False),
    _r("support.passive", "SUPPORTS",
       rf"{B}{F(30)}\b(?:is|are|was|were|been|being|remains?)\s+(?:\w+ly\s+)?{BACKING}\s+by\s+{A}",
       subject_first=False),
    _r("support.es_backed", "SUPPORTS",
       rf"(?P<b>{SLOT}){NOT_TOLD}\b(?:respaldad[oa]s?|apoyad[oa]s?|financiad[oa]s?|armad[oa]s?|patrocinad[oa]s?|"
       rf"entrenad[oa]s?|"
       rf"equipad[oa]s?|soutenue?s?|appuy[ée]e?s?|arm[ée]e?s?|financ[ée]e?s?|parrain[ée]e?s?|entra[îi]n[ée]e?s?|"
       rf"[ée]quip[ée]e?s?)\s+(?:por|par)\s+{A}",
       view="full", subject_first=False),
    _r("support.supporter_of", "SUPPORTS",
       rf"{A}{F(30)}\b(?:is|was|has\s+been|have\s+been|remains|remained|became|are|were)\s+(?:one\s+of\s+)?"
       rf"(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){{0,3}}?{SUPPORTERS}\s+(?:of|to)\s+{B}"),
    _r("support.supporter_poss", "SUPPORTS",
       rf"{A}{F(30)}\b(?:is|was|has\s+been|have\s+been|remains|remained|became|are|were)\s+(?:one\s+of\s+)?"
       rf"(?:the\s+|a\s+|an\s+)?(?:\w+\s+)?{B}\s*'s\s+(?:[\w-]+\s+){{0,3}}?{SUPPORTERS}\b"),
    _r("support.key_ally", "SUPPORTS",
       rf"{A}{F(20)}\b(?:is|was|has\s+been|have\s+been|remains|remained)\s+(?:a|an|the)\s+(?:\w+\s+)?{B}\s+"
       rf"(?:ally|backer|supporter|sponsor|patron)\b", confidence=0.6),
    _r("support.verb", "SUPPORTS",
       rf"{A}{NOT_MODIFIER}{F(40)}\b{AUX}(?:backs|backed|supports|supported|supporting|arms|{NOT_BOUGHT}armed|arming|funds|funded|funding|"
       rf"finances|financed|sponsors|sponsored|trains|trained|equips|equipped|helps|helped|helping|assists|assisted|"
       rf"aids|aided|respalda|respald[óo]|apoya|apoy[óo]|financia|financi[óo]|respaldan|respaldaron|apoyan|apoyaron|"
       rf"financian|financiaron|arma|arm[óo]|arman|armaron|entrena|entren[óo]|entrenan|entrenaron|soutient|soutiennent|"
       rf"soutenait|soutenaient|soutenu|arme|arment|armait|armaient|arm[ée]|financent|financ[ée]|appuie|appuient|appuy[ée]|"
       rf"entra[îi]ne|entra[îi]nent|entra[îi]n[ée])\s+(?:its\s+ally\s*,?\s*|a\s+|al\s+)?{B}"),
    # a plural subject's bare verb: "X and Z back Y" (the verb right after the subject: not "pushed back Y")
    _r("support.verb_plural", "SUPPORTS",
       rf"{A}{NOT_MODIFIER}\s+(?:(?:also|still|openly|both|all|now|reportedly|allegedly)\s+)?(?:back|support|arm|fund|"
       rf"finance|sponsor|bankroll)\s+{B}"),
    _r("support.provide", "SUPPORTS",
       rf"{A}{F(60)}\bprovid(?:e|es|ed|ing)\s+{B}\s+with\s+(?:\w+\s+){{0,3}}?(?:support|aid|weapons|arms|assistance|"
       rf"funding|training|backing|air\s+cover)"),
    _r("support.provide_to", "SUPPORTS",
       rf"{A}{F(60)}\b(?:provid(?:e|es|ed|ing)|gave|give|gives|giving|(?:sent|sends)(?!\s+(?:\w+\s+){{0,3}}?troops\b)|"
       rf"supplied|supplies|delivered|"
       rf"offers?|offered|extended)\s+(?:\w+\s+){{0,3}}?(?:support|aid|weapons|arms|assistance|funding|training|"
       rf"backing|air\s+cover|troops|advisers|advisors|drones|missiles)\s+(?:to|for)\s+{B}"),
    # Spanish and French: "X envió armas a Y", "X a livré des armes au Y"
    _r("support.provide_to_es_fr", "SUPPORTS",
       rf"{A}{F(60)}\b{AUX}(?:envi[óoa]|enviaron|env[íi]an|entreg[óoa]|entregaron|suministr[óoa]|suministraron|"
       rf"proporcion[óoa]|proporcionaron|brind[óoa]|brindaron|livr[ée]|livrent|fourni|fournit|fournissent|envoy[ée]|"
       rf"envoie|envoient)\s+(?:[\w'-]+\s+){{0,3}}?(?:armas|armamento|misiles|drones|municiones|fondos|dinero|apoyo|"
       rf"armes|missiles|munitions|fonds|soutien|financement)\s+(?:\w+\s+)?(?:a|al|à|au|aux)\s+{B}"),
    # arms someone supplied that reached a party: "weapons supplied by X reached Y" (not "ended up with Y": arms
    # diverted or captured are no support)
    _r("support.supplied_reached", "SUPPORTS",
       rf"\b(?:weapons|arms|drones|missiles|rockets|ammunition|munitions|rifles|guns|explosives)\s+(?:\w+\s+)?"
       rf"(?:supplied|provided|sent|delivered|shipped|smuggled|donated)\s+by\s+{A}\s+(?:(?:have|has|had|also|"
       rf"reportedly|allegedly|later|then|regularly)\s+){{0,2}}(?:reached|reach|reaches|reaching|were\s+passed\s+"
       rf"(?:on\s+)?to)\s+{B}", subject_first=False, confidence=0.7),
    _r("support.in_support_of", "SUPPORTS", rf"{A}{F(80)}\bin\s+(?:support|defen[cs]e|aid)\s+of\s+{B}"),
    _r("support.with_support", "SUPPORTS",
       rf"{B}{F(50)}\b(?:with|con|avec)\s+(?:the\s+|el\s+|le\s+|l')?(?:\w+\s+)?(?:support|backing|help|assistance|aid|"
       rf"apoyo|respaldo|ayuda|soutien|appui|aide)\s+(?:\w+\s+)?(?:of|from|de|del|du|de\s+la|d')\s*{A}"
       # a mediator's backer backs no side: "Y, with the support of X, brokered a truce"
       rf"(?!\s*,?\s*(?:\w+\s+)?(?:brokered|mediated|facilitated|hosted|convened|arranged|chaired)\b)",
       subject_first=False, confidence=0.7, view="full"),
    _r("support.protect", "SUPPORTS",
       rf"{A}{F(80)}\b(?:to\s+protect|to\s+defend|protecting|defending)\s+{F(40)}{B}", confidence=0.6),
    # ---- AFFILIATE_OF ---------------------------------------------------------------------
    _r("affiliate.of", "AFFILIATE_OF",
       rf"{A}{SKIP_BY}(?P<gap>{F(120)})\b{BRANCH}\s+(?:of|to|in|de|del)\s+{BACKED_MOD}{B}", view="full",
       subject_first=False),
    _r("affiliate.poss", "AFFILIATE_OF",
       rf"{A}(?P<gap>\s*(?:,|\(|is|was|as|became|has\s+been|remains)\s+(?:a|an|the|its)?\s*(?:former\s+)?)"
       rf"{B}\s*'s\s+(?:[\w-]+\s+){{0,2}}?{BRANCH}\b", view="full"),
    _r("affiliate.es", "AFFILIATE_OF",
       rf"{A}{SKIP_BY}(?P<gap>{F(60)})\b(?:filial(?:es)?|ramas?|brazo|franquicias?|afiliad[oa]|filiales?|branches?|bras|"
       rf"franchise|[ée]manation)(?:\s+[\w-]+){{0,2}}?\s+(?:en\s+|{DE})\s*{B}", view="full", subject_first=False),
    # "X, una escisión de Y", "X est une faction dissidente de Y": an apposition or a copula ("tras la escisión en Y"
    # is no description of X)
    _r("affiliate.splinter_es_fr", "AFFILIATE_OF",
       rf"{A}(?P<gap>\s*,\s*|\s+(?:es|era|fue|est|était|a\s+été)\s+)(?:una?\s+|la\s+|el\s+|une?\s+)?(?:escisi[óo]n|"
       rf"facci[óo]n\s+disidente|disidencia|scission|faction\s+dissidente|dissidence|(?:grupo|groupe)\s+de\s+"
       rf"(?:disidentes|dissidents))\s+{DE}\s*{B}", view="full"),
    _r("affiliate.allegiance", "AFFILIATE_OF",
       rf"{A}{F(40)}\b(?:pledged|pledges|pledging|swore|swears|sworn|declared|renewed|jur[óo]|juraron|prometi[óo]|"
       rf"prometieron|renov[óo]|prêt[ée]|jur[ée]|fait|renouvel[ée])\s+(?:its\s+|their\s+|su\s+|sa\s+|leur\s+)?"
       rf"(?:allegiance|loyalty|bay'?ah?|lealtad|fidelidad|obediencia|allégeance|fidélité|loyauté)\s+"
       rf"(?:to|a|al|a\s+la|à|au|aux)?\s*{B}"),
    _r("affiliate.affiliated_with", "AFFILIATE_OF",
       rf"{A}{F(40)}\b(?:affiliated|aligned|afiliad[oa]s?|alinead[oa]s?|affili[ée]e?s?|align[ée]e?s?|leal(?:es)?|"
       rf"fid[èe]les?)\s+"
       rf"(?:with|to|a|al|con|à|au|aux|avec|sur)\s*{B}", confidence=0.7),
    _r("affiliate.tied_to", "AFFILIATE_OF",
       rf"{A}{F(40)}\b(?:(?:tied|linked|connected)\s+to|vinculad[oa]s?\s+(?:a|al|con)|li[ée]e?s?\s+(?:à|au|aux))\s*{B}",
       confidence=0.5,
       hedged=True, view="full"),
    _r("affiliate.split", "AFFILIATE_OF",
       rf"{A}{F(60)}\b(?:split|splits|splitting|broke|breaks|separated|separates|separation|break|defected|"
       rf"part(?:ed|s)\s+(?:ways|company)|"
       rf"cut\s+(?:its\s+)?ties|severed\s+(?:its\s+)?ties|distanced\s+itself|dissociated|disassociated|"
       rf"se\s+separ(?:[óo]|aron)|separarse|rompi(?:[óo]|eron)|desvincular(?:se)?|se\s+desvincul(?:[óo]|aron)|"
       rf"escindi(?:[óo]|eron|rse)|se\s+escindi(?:[óo]|eron)|s'est\s+s[ée]par[ée]e?|se\s+sont\s+s[ée]par[ée]e?s|"
       rf"(?:a|ont)\s+rompu|(?:a|ont)\s+fait\s+scission|s'est\s+d[ée]tach[ée]e?|se\s+sont\s+d[ée]tach[ée]e?s)\s+"
       rf"(?:ties\s+|ranks\s+|away\s+|off\s+)?(?:from\s+|with\s+|de\s+|del\s+|con\s+|avec\s+|d'avec\s+|du\s+|des\s+|d')\s*{B}",
       ended=True),
    # joining, in Spanish and French (not joint action: "se unió a Y para atacar Z", "a rejoint Y dans l'offensive")
    _r("affiliate.joined_es_fr", "AFFILIATE_OF",
       rf"{A}\s+(?:\w+\s+){{0,2}}?(?:se\s+uni(?:[óo]|eron)|se\s+sum(?:[óo]|aron)|(?:a|ont)\s+rejoint|s'est\s+ralli[ée]e?|"
       rf"se\s+sont\s+ralli[ée]e?s)\s+(?:a|al|à|au|aux)?\s*{B}(?!\s*,?\s*(?:para|pour|en\s+(?:la|el|las|los|una|un)\b|"
       rf"dans|afin|con\s+el\s+fin))", confidence=0.7),
    _r("affiliate.left", "AFFILIATE_OF",
       rf"{A}{F(30)}\b(?:abandon[óo]|abandonaron|(?:a|ont)\s+quitt[ée]e?s?|(?:a|ont)\s+abandonn[ée]e?s?)\s+{B}",
       ended=True),
    # ---- SUCCESSOR_OF (newer -> older) -------------------------------------------------------
    _r("successor.of", "SUCCESSOR_OF",
       rf"{A}{SKIP_BY}{F(60)}\b(?:inherited\s+from|heir\s+(?:of|to)|successor\s+(?:of|to)|(?:formerly|previously|"
       rf"once|originally|then)\s+(?:known\s+as|called|named)|known\s+until\s+(?:\w+\s+)?\d{{4}}\s+as|grew\s+out\s+of|emerged\s+from|evolved\s+from|"
       rf"rebranded\s+from|renamed\s+from|born\s+(?:out\s+)?of|(?:set\s+up|founded|formed|created|established)\s+"
       rf"under\s+(?:a\s+different|another|the)\s+name,?|heredero\s+de(?:l)?|heredera\s+de(?:l)?|sucesor[a]?\s+de(?:l)?|"
       rf"(?:antes|anteriormente)\s+conocid[oa]\s+como)\s+{B}", view="full", subject_first=False),
    _r("successor.origin_es_fr", "SUCCESSOR_OF",
       rf"{A}{SKIP_BY}{F(60)}\b(?:(?:naci[óo]|nacid[oa]s?|surgi[óo]|surgieron|surgid[oa]s?|n[ée]e?s?|"
       rf"issue?s?|h[ée]riti(?:er|[èe]re)s?|successeur|successeurs|(?:formad[oa]s?|fundad[oa]s?|cread[oa]s?|"
       rf"form[ée]e?s?|fond[ée]e?s?|cr[ée]{{1,2}}e?s?)\s+(?:en\s+\d{{4}}\s+)?(?:por|par)\s+(?:antiguos\s+|ex-?|"
       rf"d'anciens\s+|des\s+|les\s+|anciens\s+)?(?:disidentes|excombatientes|combatientes|miembros|l[íi]deres|"
       rf"comandantes|mandos|dissidents|membres|combattants|commandants|chefs|cadres))\s+{DE}|"
       rf"(?:anciennement|autrefois)(?:\s+(?:connue?s?|appel[ée]e?s?|nomm[ée]e?s?)(?:\s+sous\s+le\s+nom\s+{DE}?|"
       rf"\s+comme)?)?\s+)\s*{B}", view="full"),
    _r("successor.renamed", "SUCCESSOR_OF",
       rf"{NOT_AFTER_PREP}{NOT_AN_OBJECT}{B}(?:{F(60)}\b(?:from|with|de|con)\s+{SLOT}\s*,?\s*and)?{F(40)}\b(?:renamed|rebranded|re-branded|"
       rf"changed\s+(?:its|their)\s+name|became|becomes|turned\s+into|transformed\s+into|reorgani[sz]ed\s+as|"
       rf"relaunched\s+as|now\s+(?:known|called)|se\s+convirti[óo]\s+en|pas[óo]\s+a\s+llamarse|"
       rf"cambi[óo]\s+(?:su\s+)?nombre|se\s+rebautiz[óo]|rebautizad[oa]|(?:adopt[óo]|tom[óo])\s+el\s+nombre|"
       rf"rebaptis[ée]e?s?|renomm[ée]e?s?|(?:a|ont)\s+(?:pris|adopté)\s+le\s+nom|est\s+devenue?|sont\s+devenue?s|"
       rf"a\s+chang[ée]\s+(?:de|son)\s+nom)\s+(?:itself\s+)?(?:as|to|into|in|a|en|por|de|d'|pour|comme|en)?\s*"
       rf"{A}(?!\s*'s|\s+(?:commanders?|fighters?|members?|leaders?|militants?|units?|cadres|officials?|recruits|"
       rf"affiliates?|allies|ally|rivals?|targets?|positions|territory|partners?)\b)"),
    # "Y, now known as X", "Y, which is now called X" (the reduced view drops that appositive)
    _r("successor.now_known", "SUCCESSOR_OF",
       rf"(?P<b>{SLOT})\s*,\s*(?:which\s+is\s+|which\s+was\s+)?(?:now|later|subsequently)\s+(?:known\s+as|called|"
       rf"named|renamed|rebranded\s+as)\s+(?P<a>{SLOT})", view="full", subject_first=False),
    # "X, as Y came to be called", "X, as Y was later known"; "Y, or X as it is now known"
    _r("successor.as_known", "SUCCESSOR_OF",
       rf"(?P<a>{SLOT})\s*,\s*as\s+(?P<b>{SLOT})\s+(?:(?:is|was|has\s+been|became)\s+(?:now\s+|later\s+|since\s+|"
       rf"then\s+|subsequently\s+)?(?:known|called|named|rebranded)|came\s+to\s+be\s+(?:known|called))\b",
       view="full", subject_first=False),
    _r("successor.or_as_known", "SUCCESSOR_OF",
       rf"(?P<b>{SLOT})\s*,?\s+or\s+(?P<a>{SLOT})\s*,?\s+as\s+it\s+(?:is|was|has\s+been|became)\s+(?:now\s+|later\s+|"
       rf"since\s+|subsequently\s+)?(?:known|called|named)\b", view="full", subject_first=False),
    # "X was known as Y until 2017", "X was called Y before 2014", "Before 2014, X was known as Y"
    _r("successor.known_until", "SUCCESSOR_OF",
       rf"{A}{F(20)}\b(?:was|were)\s+(?:\w+ly\s+)?(?:known\s+as|called|named)\s+{B}\s+(?:until|before|till)\b"),
    _r("successor.known_before", "SUCCESSOR_OF",
       rf"\b(?:until|before|till)\s+(?:\w+\s+)?\d{{4}}\s*,?\s*{A}\s+(?:was|were)\s+(?:\w+ly\s+)?(?:known\s+as|called|"
       rf"named)\s+{B}", subject_first=False),
    # "X (formerly Y)", "X's (formerly Y) leader", "Y (now X)": a bracketed earlier or later name
    _r("successor.formerly_paren", "SUCCESSOR_OF",
       rf"(?P<a>{SLOT})\s*(?:'s\s*)?\(\s*(?:formerly|previously|once|originally|then|antes|anciennement|ex-?)\s+"
       rf"(?P<b>{SLOT})\s*\)",
       view="full", subject_first=False),
    _r("successor.now_paren", "SUCCESSOR_OF",
       rf"(?P<b>{SLOT})\s*(?:'s\s*)?\(\s*(?:now|ahora)\s+(?P<a>{SLOT})\s*\)", view="full", subject_first=False),
    _r("successor.merged_into", "SUCCESSOR_OF",
       rf"{B}{F(40)}\b(?:merged|se\s+fusion(?:[óo]|aron)|(?:a|ont)\s+fusionn[ée]e?s?|se\s+sont\s+fusionn[ée]e?s)\s+"
       rf"(?:(?:with|con|avec)\s+(?:{C}|{F(40)}))?\s*(?:to\s+(?:form|become|create)|into|para\s+(?:formar|crear|constituir|"
       rf"dar\s+lugar\s+a)|en|pour\s+(?:former|créer|constituer|donner\s+naissance\s+à)|dans)\s+{A}"),
    _r("successor.merger_of", "SUCCESSOR_OF",
       rf"{A}{F(40)}\b(?:formed|created|born|established|founded|emerged|naci[óo]|nacid[oa]|surgi[óo]|surgid[oa]|"
       rf"formad[oa]|cread[oa]|fundad[oa]|n[ée]e?|issue?|cr[ée]{{1,2}}e?|form[ée]e?|fond[ée]e?)\s+"
       rf"(?:(?:in|en)\s+(?:\w+\s+)?\d{{4}}\s+)?(?:by|through|from|out\s+of|in|of|after|following|via|de|tras|por|"
       rf"con|par|à\s+la\s+suite\s+de|apr[èe]s)\s+"
       rf"(?:a\s+|the\s+|la\s+|une\s+)?(?:merger|merging|union|fusion|amalgamation|fusi[óo]n)\s+"
       rf"(?:of\s+|between\s+|de\s+|entre\s+|{DE})\s*{B}", view="full"),
    _r("successor.merger_to", "SUCCESSOR_OF",
       rf"\b(?:merger|merging|fusion|fusi[óo]n)\s+(?:of\s+|between\s+|de\s+|entre\s+|{DE})\s*{B}\s+(?:to\s+form|"
       rf"into|created|formed|gave\s+birth\s+to|dio\s+lugar\s+a|dio\s+origen\s+a|cre[óo]|form[óo]|a\s+donn[ée]\s+"
       rf"naissance\s+à|a\s+cr[ée]{{1,2}}|a\s+form[ée])\s+{A}", subject_first=False),
    # ---- CEASEFIRE_WITH / ALLIED_WITH ------------------------------------------------------
    _r("ceasefire.between", "CEASEFIRE_WITH", rf"\b{CEASEFIRE}\b{F(80)}\b(?:between|entre)\s+{G}", pairwise=True,
       subject_first=False),
    _r("ceasefire.agreed", "CEASEFIRE_WITH",
       rf"{G}{F(60)}\b(?:agreed|agree|agreeing|announced|announce|signed|sign|reached|reach|declared|declare|"
       rf"accepted|struck|sealed|concluded|negotiated|acordaron|firmaron|anunciaron|pactaron|alcanzaron|declararon|"
       rf"aceptaron|sellaron|conclu|sign[ée]|accept[ée]|annonc[ée]|concluent|signent|convenu)\b{F(60)}\b"
       rf"{CEASEFIRE}", pairwise=True),
    _r("ceasefire.with", "CEASEFIRE_WITH",
       rf"{A}{F(60)}\b{AUX}(?:agreed|signed|reached|announced|declared|struck|accepted|acord[óo]|firm[óo]|pact[óo]|"
       rf"alcanz[óo]|anunci[óo]|declar[óo]|acept[óo]|conclu|sign[ée]|accept[ée]|annonc[ée]|d[ée]cr[ée]t[ée])\s+"
       rf"(?:[\w'-]+\s+){{0,4}}?{CEASEFIRE}\s+(?:\w+\s+)?(?:with|con|avec)\s+{B}"),
    # "the truce agreed by X and Y", "la tregua firmada por X y Y", "la trêve signée par X et Y" (not "brokered by")
    _r("ceasefire.agreed_by", "CEASEFIRE_WITH",
       rf"\b{CEASEFIRE}\s+(?:(?:agreed|signed|reached|struck|sealed|concluded)\s+(?:\w+\s+){{0,2}}?(?:by|between)|"
       rf"(?:firmad[oa]|acordad[oa]|pactad[oa])\s+(?:por|entre)|(?:sign[ée]e?|conclue?)\s+(?:par|entre))\s+{G}",
       pairwise=True, subject_first=False),
    _r("allied.with", "ALLIED_WITH",
       rf"{A}{F(30)}\b(?:allied|aligned)\s+(?:itself\s+|themselves\s+)?with\s+{B}", confidence=0.7),
    _r("allied.alliance", "ALLIED_WITH",
       rf"\b(?:alliance|coalition|pact|alianza)\s+(?:between|of|entre)\s+{G}(?!\s*'s)", pairwise=True,
       subject_first=False, confidence=0.6),
)


def required_words(pattern: re.Pattern[str]) -> tuple[str, ...]:
    """Lower-case strings one of which every match of ``pattern`` contains, read from the pattern itself.

    Walks the parsed regular expression: a sequence needs any one of its required parts (the part with the
    longest shortest alternative is chosen), an alternation needs one string from each branch, a literal run
    is itself required. Slots (``@k@``) and single characters do not count. When that finds nothing, a
    letter the parser factored out of an alternation is put back in its branches (``d(?:e|u)``: "de", "du").
    This is the rule's prefilter, so a rule's trigger words live in its pattern alone.
    """
    from re import _constants as c  # type: ignore[attr-defined]
    from re import _parser  # type: ignore[attr-defined]

    def seq(items: list[tuple[object, object]]) -> set[str] | None:
        options: list[set[str]] = []
        run = ""
        for op, arg in items:
            if op is c.LITERAL:
                run += chr(arg).lower()  # type: ignore[arg-type]
                continue
            if unfactor and op is c.BRANCH and run and len(run.strip()) < 2:
                # the parser factors a shared first letter out of an alternation ("de|du|d'" is "d(?:e|u|')"):
                # put it back in each branch, whose words then start with it
                prefix = [(c.LITERAL, ord(ch)) for ch in run]
                arg = (arg[0], [prefix + list(branch) for branch in arg[1]])  # type: ignore[index]
            elif len(run.strip()) >= 2 and "@" not in run:
                options.append({run})
            run = ""
            found = node(op, arg)
            if found:
                options.append(found)
        if len(run.strip()) >= 2 and "@" not in run:
            options.append({run})
        if not options:
            return None
        return max(options, key=lambda o: (min(len(x.strip()) for x in o), -len(o)))

    def node(op: object, arg: object) -> set[str] | None:
        if op is c.SUBPATTERN:
            return seq(list(arg[-1]))  # type: ignore[index]
        if op is c.BRANCH:
            out: set[str] = set()
            for branch in arg[1]:  # type: ignore[index]
                found = seq(list(branch))
                if not found:
                    return None
                out |= found
            return out
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            repeat: tuple[int, int, list[tuple[object, object]]] = arg  # type: ignore[assignment]
            return seq(list(repeat[2])) if repeat[0] >= 1 else None
        return None

    parsed = list(_parser.parse(pattern.pattern, pattern.flags))
    unfactor = False
    found = seq(parsed)
    if not found:  # only then: elsewhere the words found without it are kept as they are
        unfactor = True
        found = seq(parsed)
    return tuple(sorted(w.strip() for w in found)) if found else ()


# Words one of which every match of a rule contains (lower case), derived from each rule's pattern: a
# sentence template without any of them is not tried against the rule, which keeps extraction fast.
TRIGGERS: dict[str, tuple[str, ...]] = {rule.name: required_words(rule.pattern) for rule in RULES}
