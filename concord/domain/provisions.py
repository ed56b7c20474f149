"""Parties and provision types of a section 22A agreement (rule 13).

Parties are offices — corporations sole — never people: "The Chief
Constable of Kent", "The Police and Crime Commissioner for Kent".

Police Act 1996 s22A(2): each clause is one of three provision types, and
each needs its own parties (s22A(3)–(5), read here as follows):
- force collaboration provision (about the discharge of functions of
  members of a police force): for each force it concerns, its chief
  officer and the policing body that maintains it are parties;
- policing body collaboration provision (support by one policing body for
  another): two or more policing bodies are parties;
- policing body and force collaboration provision (support by a policing
  body for the force another policing body maintains): one or more
  policing bodies and one or more chief officers, with a policing body
  other than the supported force's own.

Whatever its clauses, an agreement is made by two or more policing bodies
(s22A(1)): one force's chief constable and commissioner alone, or chief
constables alone, cannot make one.

Non-territorial forces (British Transport Police, the Civil Nuclear
Constabulary, the Ministry of Defence Police) take part as the seeds'
agreements show: through their chief constable. Their police authority
maintains the force but need not be a party to a force collaboration
provision that concerns it; named by force alone (`btp`), such a force
stands for its chief constable only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from concord.domain.errors import DomainError
from concord.domain.forces import FORCES, aliases, force as force_ref
from concord.domain.vocab import OfficeKind


class ProvisionType(StrEnum):
    FORCE = "force"                                      # s22A(2)(a)
    POLICING_BODY = "policing_body"                      # s22A(2)(b)
    POLICING_BODY_AND_FORCE = "policing_body_and_force"  # s22A(2)(c)


@dataclass(frozen=True, order=True)
class PartyOffice:
    kind: OfficeKind
    force_id: str

    def __post_init__(self) -> None:
        try:
            object.__setattr__(self, "kind", OfficeKind(self.kind))
        except ValueError:
            raise DomainError("kind", self.kind, "must be chief_constable or policing_body") from None

    @property
    def title(self) -> str:
        f = FORCES.get(self.force_id)
        if self.kind is OfficeKind.CHIEF_CONSTABLE:
            return f"Chief Constable of {f.short_name if f else self.force_id}"
        return f.policing_body if f else f"Policing body for {self.force_id}"


_CHIEF = re.compile(r"^(?:the\s+)?(?:chief\s+constable|chief\s+officer(?:\s+of\s+police)?|commissioner\s+of\s+police)"
                    r"\s+(?:of|for)\s+(?:the\s+)?(?P<force>.+)$", re.I)
_BODY = re.compile(r"^(?:the\s+)?(?:police(?:,)?\s+(?:fire\s+)?and\s+crime\s+commissioner|pcc|pfcc|"
                   r"police\s+authority|mayor(?:'s\s+office\s+for\s+policing\s+and\s+crime)?)"
                   r"\s+(?:of|for)\s+(?:the\s+)?(?P<force>.+)$", re.I)


@lru_cache(maxsize=1)
def _aliases() -> dict[str, str]:
    return aliases()


@lru_cache(maxsize=1)
def _bodies() -> dict[str, str]:
    """Policing bodies named in full ('British Transport Police Authority') → force id."""
    return {f.policing_body.lower(): f.id for f in FORCES.values()}


_WHICH = {"chief": (OfficeKind.CHIEF_CONSTABLE,), "cc": (OfficeKind.CHIEF_CONSTABLE,),
          "pcc": (OfficeKind.POLICING_BODY,), "body": (OfficeKind.POLICING_BODY,)}


def party_offices(spec: str, field: str = "party") -> list[PartyOffice]:
    """`kent` → Kent's chief constable and commissioner; `kent:chief` / `kent:pcc`
    (or `:body`) → one of them. A non-territorial force named alone (`btp`)
    is its chief constable; its police authority is `btp:body`."""
    text = str(spec).strip()
    fid, _, which = text.partition(":")
    ref = force_ref(fid.strip().lower(), field) if fid.strip() else None
    if ref is None or (which and which.lower() not in _WHICH):
        raise DomainError(field, spec, "must be FORCE, FORCE:chief or FORCE:pcc (a force id such as 'kent')")
    kinds = _WHICH[which.lower()] if which else ref.parties_by_default
    return [PartyOffice(k, ref.id) for k in kinds]


def party_from_title(text: str, field: str = "party") -> PartyOffice:
    """'The Chief Constable of Kent', 'The PCC for Thames Valley' → PartyOffice.

    A person's name ('Mr J Smith', 'Chief Constable John Smith') is refused:
    parties are offices, not people.
    """
    s = re.sub(r"\s+", " ", str(text)).strip().rstrip(".")
    named = re.sub(r"^the\s+", "", s, flags=re.I).lower()
    if named in _bodies():
        return PartyOffice(OfficeKind.POLICING_BODY, _bodies()[named])
    for pattern, kind in ((_CHIEF, OfficeKind.CHIEF_CONSTABLE), (_BODY, OfficeKind.POLICING_BODY)):
        found = pattern.match(s)
        if found:
            place = found["force"].lower().strip()
            if place not in _aliases():
                place = re.sub(r"\s+(?:police|constabulary)$", "", place)
            fid = _aliases().get(place)
            if fid:
                return PartyOffice(kind, fid)
            raise DomainError(field, text, "names an office of a force that is not known")
    raise DomainError(field, text, "is not an office: a party is a corporation sole such as "
                      "'The Chief Constable of Kent' or 'The Police and Crime Commissioner for Kent', not a person")


def count_policing_bodies(parties: Sequence[PartyOffice]) -> int:
    return len({p.force_id for p in parties if p.kind is OfficeKind.POLICING_BODY})


def check_agreement_parties(parties: Sequence[PartyOffice]) -> list[str]:
    """Problems with an agreement's parties as a whole (s22A(1)); empty when they may make one."""
    problems: list[str] = []
    seen: set[PartyOffice] = set()
    for p in parties:
        if p.force_id not in FORCES:
            problems.append(f"{p.force_id!r} is not a known force id")
        if p in seen:
            problems.append(f"{p.title} is listed more than once")
        seen.add(p)
    bodies = count_policing_bodies(list(seen))
    if bodies < 2:
        named = "; ".join(p.title for p in sorted(seen)) or "no office"
        problems.append(f"a collaboration agreement is made by two or more policing bodies (s22A(1)), "
                        f"and these parties include {bodies}: {named}")
    return problems


def check_provision_parties(provision_type: ProvisionType | str, parties: Sequence[PartyOffice],
                            forces_concerned: Iterable[str] | None = None) -> list[str]:
    """Problems with the parties for one provision type; an empty list when they are right."""
    try:
        ptype = ProvisionType(provision_type)
    except ValueError:
        raise DomainError("provision_type", provision_type,
                          "must be force, policing_body or policing_body_and_force") from None
    problems: list[str] = []
    offices: list[PartyOffice] = []
    for p in parties:
        if not isinstance(p, PartyOffice):
            problems.append(f"{p!r} is not an office: parties are chief constables and policing bodies, not people")
            continue
        if p.force_id not in FORCES:
            problems.append(f"{p.force_id!r} is not a known force id")
        if p in offices:
            problems.append(f"{p.title} is listed more than once")
        offices.append(p)
    chiefs = {p.force_id for p in offices if p.kind is OfficeKind.CHIEF_CONSTABLE}
    bodies = {p.force_id for p in offices if p.kind is OfficeKind.POLICING_BODY}
    if len(set(offices)) < 2:
        problems.append("a collaboration agreement needs two or more parties")
    if ptype is ProvisionType.FORCE:
        concerned = sorted(set(forces_concerned) if forces_concerned is not None else chiefs | bodies)
        if not chiefs:
            problems.append("force collaboration provision needs the chief officer of each force it concerns")
        for fid in concerned:
            if fid not in chiefs:
                problems.append(f"force collaboration provision concerns {fid} but its chief officer is not a party")
            ref = FORCES.get(fid)
            if fid not in bodies and (ref is None or ref.body_party_to_force_provisions):
                problems.append(f"force collaboration provision concerns {fid} but its policing body is not a party")
    elif ptype is ProvisionType.POLICING_BODY:
        if len(bodies) < 2:
            problems.append("policing body collaboration provision needs two or more policing bodies as parties")
    else:
        if not bodies:
            problems.append("policing body and force collaboration provision needs one or more policing bodies")
        if not chiefs:
            problems.append("policing body and force collaboration provision needs one or more chief officers")
        if bodies and chiefs and not any(b != c for b in bodies for c in chiefs):
            problems.append("policing body and force collaboration provision needs a policing body supporting "
                            "a force that another policing body maintains")
    return problems
