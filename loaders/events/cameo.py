"""CAMEO event and actor codes (as GDELT uses them) mapped to actorgraph's relation types and actor kinds.

Only codes listed in :data:`EVENT_TYPES` give a claim; every other CAMEO code (statements,
consultations, appeals, demands, threats, protests, coercion...) gives none. The table is
reproduced in ``docs/event-data.md``; a test checks the two agree.
"""

from __future__ import annotations

from actorgraph.graph.model import ActorKind, RelationType

# code -> (relation type, CAMEO label). Longer codes win over their prefixes (see event_type()).
EVENT_TYPES: dict[str, tuple[RelationType, str]] = {
    "062": (RelationType.SUPPORTS, "Cooperate militarily"),
    "064": (RelationType.SUPPORTS, "Share intelligence or information"),
    "070": (RelationType.SUPPORTS, "Provide aid, not specified below"),
    "071": (RelationType.SUPPORTS, "Provide economic aid"),
    "072": (RelationType.SUPPORTS, "Provide military aid"),
    "073": (RelationType.SUPPORTS, "Provide humanitarian aid"),
    "074": (RelationType.SUPPORTS, "Provide military protection or peacekeeping"),
    "075": (RelationType.SUPPORTS, "Grant asylum"),
    "0871": (RelationType.CEASEFIRE_WITH, "Declare truce, ceasefire"),
    "180": (RelationType.ATTACKS, "Use unconventional violence, not specified below"),
    "181": (RelationType.ATTACKS, "Abduct, hijack, or take hostage"),
    "182": (RelationType.ATTACKS, "Physically assault"),
    "183": (RelationType.ATTACKS, "Conduct suicide, car, or other non-military bombing"),
    "184": (RelationType.ATTACKS, "Use as human shield"),
    "185": (RelationType.ATTACKS, "Attempt to assassinate"),
    "186": (RelationType.ATTACKS, "Assassinate"),
    "190": (RelationType.ATTACKS, "Use conventional military force, not specified below"),
    "191": (RelationType.ATTACKS, "Impose blockade, restrict movement"),
    "192": (RelationType.ATTACKS, "Occupy territory"),
    "193": (RelationType.ATTACKS, "Fight with small arms and light weapons"),
    "194": (RelationType.ATTACKS, "Fight with artillery and tanks"),
    "195": (RelationType.ATTACKS, "Employ aerial weapons"),
    "196": (RelationType.ATTACKS, "Violate ceasefire"),
    "200": (RelationType.ATTACKS, "Use unconventional mass violence, not specified below"),
    "201": (RelationType.ATTACKS, "Engage in mass expulsion"),
    "202": (RelationType.ATTACKS, "Engage in mass killings"),
    "203": (RelationType.ATTACKS, "Engage in ethnic cleansing"),
    "204": (RelationType.ATTACKS, "Use weapons of mass destruction"),
}

# CAMEO actor role codes -> kind. Roles in CIVILIAN_ROLES are never a party to a claim.
ROLE_KINDS: dict[str, ActorKind] = {
    "GOV": ActorKind.GOVERNMENT, "MIL": ActorKind.GOVERNMENT, "COP": ActorKind.GOVERNMENT,
    "SPY": ActorKind.GOVERNMENT, "JUD": ActorKind.GOVERNMENT, "LEG": ActorKind.GOVERNMENT,
    "REB": ActorKind.ARMED_GROUP, "INS": ActorKind.ARMED_GROUP, "SEP": ActorKind.ARMED_GROUP,
    "UAF": ActorKind.ARMED_GROUP, "OPP": ActorKind.PARTY, "PTY": ActorKind.PARTY, "IGO": ActorKind.IGO,
    "NGO": ActorKind.NGO, "NGM": ActorKind.NGO, "MED": ActorKind.MEDIA,
}
CIVILIAN_ROLES = {"CVL", "EDU", "BUS", "LAB", "REF", "HLH", "AGR", "ELI", "CRM", "MNC", "RAD", "REL", "ENV", "DEV"}

# CAMEO known-group codes GDELT assigns (Actor1KnownGroupCode): the commonest armed and
# intergovernmental ones, as the names the gazetteer knows them by. Partial on purpose: an
# unlisted group falls back to the actor name GDELT gives.
KNOWN_GROUPS: dict[str, tuple[str, ActorKind]] = {
    "ALQ": ("al-Qaeda", ActorKind.ARMED_GROUP),
    "TAL": ("Taliban", ActorKind.ARMED_GROUP),
    "HEZ": ("Hezbollah", ActorKind.ARMED_GROUP),
    "HMS": ("Hamas", ActorKind.ARMED_GROUP),
    "PKK": ("Kurdistan Workers' Party", ActorKind.ARMED_GROUP),
    "FTA": ("Fatah", ActorKind.PARTY),
    "UNO": ("United Nations", ActorKind.IGO),
    "EUR": ("European Union", ActorKind.IGO),
    "ARL": ("Arab League", ActorKind.IGO),
    "OIC": ("Organisation of Islamic Cooperation", ActorKind.IGO),
    "IRC": ("International Committee of the Red Cross", ActorKind.NGO),
    "MSF": ("Doctors Without Borders", ActorKind.NGO),
    "AMN": ("Amnesty International", ActorKind.NGO),
    "HRW": ("Human Rights Watch", ActorKind.NGO),
}


def event_type(code: str) -> RelationType | None:
    """The relation a CAMEO event code gives, or ``None``.

    Four-digit codes inherit their three-digit parent (``1951`` -> ``195`` -> ATTACKS), except
    where the four-digit code is listed itself (``0871`` -> CEASEFIRE_WITH, while ``0872``,
    easing a blockade, gives nothing).

    Examples
    --------
    >>> event_type("1951"), event_type("0871"), event_type("0872"), event_type("043")
    (<RelationType.ATTACKS: 'ATTACKS'>, <RelationType.CEASEFIRE_WITH: 'CEASEFIRE_WITH'>, None, None)
    """
    code = code.strip()
    hit = EVENT_TYPES.get(code) or EVENT_TYPES.get(code[:3])
    return hit[0] if hit else None
