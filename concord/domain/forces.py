"""Reference data: the police forces of England and Wales and the three
national non-territorial forces, by data.police.uk force id.

Ids are data.police.uk's where it has one (``btp`` included); the Civil
Nuclear Constabulary and Ministry of Defence Police have no
data.police.uk id and are given lower-case hyphenated slugs.
"""

from __future__ import annotations

from dataclasses import dataclass

from concord.domain.errors import DomainError
from concord.domain.vocab import OfficeKind


@dataclass(frozen=True)
class ForceRef:
    id: str
    name: str
    short_name: str
    territorial: bool
    country: str  # "england", "wales" or "great-britain"
    policing_body: str  # the office that maintains the force
    policing_body_kind: str  # pcc, pfcc, mayor, police-authority

    @property
    def parties_by_default(self) -> tuple[OfficeKind, ...]:
        """The offices a party named by its force alone stands for.

        A territorial force: its chief officer and its policing body. A
        non-territorial force (British Transport Police, Civil Nuclear
        Constabulary, Ministry of Defence Police): its chief constable only,
        as the seeds' agreements name it ("the nine corporations sole" of the
        Chiltern agreement include the Chief Constable of British Transport
        Police but not the British Transport Police Authority, which
        maintains the force and may still be named as a party on its own).
        """
        if self.territorial:
            return (OfficeKind.CHIEF_CONSTABLE, OfficeKind.POLICING_BODY)
        return (OfficeKind.CHIEF_CONSTABLE,)

    @property
    def body_party_to_force_provisions(self) -> bool:
        """Must the policing body be a party to a force collaboration provision
        concerning this force? Yes for a territorial force; no for a
        non-territorial one, whose chief constable is its party."""
        return self.territorial


def _pcc(short: str) -> str:
    return f"Police and Crime Commissioner for {short}"


def _pfcc(short: str) -> str:
    return f"Police, Fire and Crime Commissioner for {short}"


_T = True
_ROWS: list[tuple[str, str, str, str, str, str]] = [
    # id, name, short name, country, policing body, kind
    ("avon-and-somerset", "Avon and Somerset Constabulary", "Avon and Somerset", "england", "", "pcc"),
    ("bedfordshire", "Bedfordshire Police", "Bedfordshire", "england", "", "pcc"),
    ("cambridgeshire", "Cambridgeshire Constabulary", "Cambridgeshire", "england", "", "pcc"),
    ("cheshire", "Cheshire Constabulary", "Cheshire", "england", "", "pcc"),
    ("city-of-london", "City of London Police", "City of London", "england",
     "Common Council of the City of London (police authority)", "police-authority"),
    ("cleveland", "Cleveland Police", "Cleveland", "england", "", "pcc"),
    ("cumbria", "Cumbria Constabulary", "Cumbria", "england", "", "pfcc"),
    ("derbyshire", "Derbyshire Constabulary", "Derbyshire", "england", "", "pcc"),
    ("devon-and-cornwall", "Devon and Cornwall Police", "Devon and Cornwall", "england", "", "pcc"),
    ("dorset", "Dorset Police", "Dorset", "england", "", "pcc"),
    ("durham", "Durham Constabulary", "Durham", "england", "", "pcc"),
    ("dyfed-powys", "Dyfed-Powys Police", "Dyfed-Powys", "wales", "", "pcc"),
    ("essex", "Essex Police", "Essex", "england", "", "pfcc"),
    ("gloucestershire", "Gloucestershire Constabulary", "Gloucestershire", "england", "", "pcc"),
    ("greater-manchester", "Greater Manchester Police", "Greater Manchester", "england",
     "Mayor of Greater Manchester", "mayor"),
    ("gwent", "Gwent Police", "Gwent", "wales", "", "pcc"),
    ("hampshire", "Hampshire and Isle of Wight Constabulary", "Hampshire", "england", "", "pcc"),
    ("hertfordshire", "Hertfordshire Constabulary", "Hertfordshire", "england", "", "pcc"),
    ("humberside", "Humberside Police", "Humberside", "england", "", "pcc"),
    ("kent", "Kent Police", "Kent", "england", "", "pcc"),
    ("lancashire", "Lancashire Constabulary", "Lancashire", "england", "", "pcc"),
    ("leicestershire", "Leicestershire Police", "Leicestershire", "england", "", "pcc"),
    ("lincolnshire", "Lincolnshire Police", "Lincolnshire", "england", "", "pcc"),
    ("merseyside", "Merseyside Police", "Merseyside", "england", "", "pcc"),
    ("metropolitan", "Metropolitan Police Service", "Metropolitan", "england",
     "Mayor's Office for Policing and Crime", "mayor"),
    ("norfolk", "Norfolk Constabulary", "Norfolk", "england", "", "pcc"),
    ("north-wales", "North Wales Police", "North Wales", "wales", "", "pcc"),
    ("north-yorkshire", "North Yorkshire Police", "North Yorkshire", "england",
     "Mayor of York and North Yorkshire", "mayor"),
    ("northamptonshire", "Northamptonshire Police", "Northamptonshire", "england", "", "pfcc"),
    ("northumbria", "Northumbria Police", "Northumbria", "england", "", "pcc"),
    ("nottinghamshire", "Nottinghamshire Police", "Nottinghamshire", "england", "", "pcc"),
    ("south-wales", "South Wales Police", "South Wales", "wales", "", "pcc"),
    ("south-yorkshire", "South Yorkshire Police", "South Yorkshire", "england",
     "Mayor of South Yorkshire", "mayor"),
    ("staffordshire", "Staffordshire Police", "Staffordshire", "england", "", "pfcc"),
    ("suffolk", "Suffolk Constabulary", "Suffolk", "england", "", "pcc"),
    ("surrey", "Surrey Police", "Surrey", "england", "", "pcc"),
    ("sussex", "Sussex Police", "Sussex", "england", "", "pcc"),
    ("thames-valley", "Thames Valley Police", "Thames Valley", "england", "", "pcc"),
    ("warwickshire", "Warwickshire Police", "Warwickshire", "england", "", "pcc"),
    ("west-mercia", "West Mercia Police", "West Mercia", "england", "", "pcc"),
    ("west-midlands", "West Midlands Police", "West Midlands", "england", "", "pcc"),
    ("west-yorkshire", "West Yorkshire Police", "West Yorkshire", "england",
     "Mayor of West Yorkshire", "mayor"),
    ("wiltshire", "Wiltshire Police", "Wiltshire", "england", "", "pcc"),
]

_NON_TERRITORIAL: list[tuple[str, str, str, str, str]] = [
    ("btp", "British Transport Police", "British Transport Police",
     "British Transport Police Authority", "police-authority"),
    ("civil-nuclear-constabulary", "Civil Nuclear Constabulary", "Civil Nuclear Constabulary",
     "Civil Nuclear Police Authority", "police-authority"),
    ("ministry-of-defence-police", "Ministry of Defence Police", "Ministry of Defence Police",
     "Ministry of Defence Police Committee", "police-authority"),
]


def _build() -> dict[str, ForceRef]:
    out: dict[str, ForceRef] = {}
    for fid, name, short, country, body, kind in _ROWS:
        if not body:
            body = _pfcc(short) if kind == "pfcc" else _pcc(short)
        out[fid] = ForceRef(fid, name, short, True, country, body, kind)
    for fid, name, short, body, kind in _NON_TERRITORIAL:
        out[fid] = ForceRef(fid, name, short, False, "great-britain", body, kind)
    return out


FORCES: dict[str, ForceRef] = _build()
TERRITORIAL_COUNT = sum(1 for f in FORCES.values() if f.territorial)


def force(force_id: str, field: str = "force") -> ForceRef:
    """The force with this id, or a DomainError naming the unknown id."""
    try:
        return FORCES[force_id]
    except KeyError:
        raise DomainError(field, force_id, "is not a known force id (data.police.uk id, e.g. 'thames-valley')") from None


def aliases() -> dict[str, str]:
    """Lower-case names by which papers refer to each force, to its id.

    Used by readers to turn "Thames Valley Police" or "Herts" into an id.
    """
    out: dict[str, str] = {}
    for f in FORCES.values():
        for name in {f.name, f.short_name, f.id.replace("-", " ")}:
            out[name.lower()] = f.id
    extra = {
        "herts": "hertfordshire", "beds": "bedfordshire", "cambs": "cambridgeshire",
        "northants": "northamptonshire", "leics": "leicestershire", "notts": "nottinghamshire",
        "the met": "metropolitan", "metropolitan police": "metropolitan", "mps": "metropolitan",
        "police of the metropolis": "metropolitan",  # "the Commissioner of Police of the Metropolis"
        "tvp": "thames-valley", "gmp": "greater-manchester", "british transport police": "btp",
        "cnc": "civil-nuclear-constabulary", "mdp": "ministry-of-defence-police",
        "hampshire constabulary": "hampshire", "hampshire and isle of wight": "hampshire",
        "devon & cornwall": "devon-and-cornwall", "avon & somerset": "avon-and-somerset",
    }
    out.update(extra)
    return out
