"""Changes to an agreement over its life: renewals, extensions, members
joining and leaving, signatures, and each party's follow-through.

Every change of substance is a new version (rule 14, s23C). Each write
locks the agreement first and bumps its version, so that two writers are
serialised: "every party has renewed, so the term runs on" (rule 1) is
worked out by one of them at a time, on what the other committed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm.attributes import flag_modified

from concord.domain import agreements as rules
from concord.domain.errors import DomainError
from concord.domain.vocab import VersionKind
from concord.services.agreement_views import FollowThroughView, WithdrawalView
from concord.services.agreements import _editable, _offices_for
from concord.services.context import Context


def _m():  # noqa: ANN202
    from concord.store import models as m

    return m


@dataclass(frozen=True)
class Change:
    """What a change did: the offices it named, the agreement's end date and
    version afterwards, and whether the term ran on (rule 1)."""

    slug: str
    offices: tuple[str, ...]
    end_date: dt.date | None
    version_number: int | None
    extended: bool
    version: int


def _notice_row(ctx: Context, reference: str | None):  # noqa: ANN201
    """The decision notice with this reference (for services), or None when none is given."""
    if not reference:
        return None
    from concord.domain.decisions import parse_notice_reference

    m = _m()
    ref = parse_notice_reference(reference)
    text = f"{ref.body_code}{ref.year}-{ref.number:03d}"
    found = ctx.session.scalar(sa.select(m.DecisionNotice).where(m.DecisionNotice.reference == text))
    if found is None:
        raise DomainError("decision", reference, "is not a decision notice in the register")
    return found


def _touch(a) -> None:  # noqa: ANN001
    """Bump the agreement's version: a concurrent writer that read the old one is refused and retries."""
    flag_modified(a, "covers")


def _add_version(ctx: Context, a, kind: VersionKind, effective: dt.date, summary: str, changes: dict,  # noqa: ANN001
                 notice=None) -> int:  # noqa: ANN001
    m = _m()
    v = rules.next_version([rules.Version(x.number, x.kind, x.effective_from) for x in a.versions], kind, effective)
    a.versions.append(m.AgreementVersion(number=v.number, kind=kind, effective_from=effective, summary=summary,
                                         changes=changes, decision_notice_id=notice.id if notice else None))
    return v.number


def _change(a, offices: Sequence, extended: bool = False) -> Change:  # noqa: ANN001
    return Change(a.slug, tuple(o.title for o in offices), a.end_date,
                  a.versions[-1].number if a.versions else None, extended, a.version)


def _months_between(a: dt.date, b: dt.date) -> int:
    return (b.year - a.year) * 12 + (b.month - a.month)


def _parties_of(a, offices: Sequence, on: dt.date | None = None) -> dict:  # noqa: ANN001
    """Each office's party row; refused unless every one is a party (and has not left by `on`)."""
    rows = {p.office_id: p for p in a.parties}
    for o in offices:
        p = rows.get(o.id)
        if p is None:
            raise DomainError("party", o.title, f"is not a party to '{a.title}'")
        if on is not None and p.left_on is not None and p.left_on <= on:
            raise DomainError("party", o.title, f"left '{a.title}' on {p.left_on.isoformat()}")
    return rows


def runs_on(ctx: Context, a, on: dt.date) -> bool:  # noqa: ANN001
    """Rule 1, through the domain's one function: once every party still in at
    the end has renewed in writing in time, the term runs on as a new version."""
    if a.end_date is None:
        return False
    at_end = rules.parties_at_end([(p.office_id, p.left_on) for p in a.parties], a.end_date)
    until = rules.term_runs_on(at_end, [rules.Renewal(r.office_id, r.new_end_date, r.in_writing, r.renewed_on)
                                        for r in a.renewals], a.end_date)
    if until is None:
        return False
    old = a.end_date
    effective = max([on, *(v.effective_from for v in a.versions)])
    _add_version(ctx, a, VersionKind.TERM_EXTENDED, effective,
                 f"Renewed in writing by every party to {until.isoformat()}",
                 {"end_date": [old.isoformat(), until.isoformat()], "months": _months_between(old, until)})
    a.end_date = until
    return True


def renew(ctx: Context, slug: str, parties: Sequence[str], on: dt.date, until: dt.date,
          reference: str | None = None, expected_version: int | None = None) -> Change:
    """Record each named party's renewal in writing (rule 1): all of them, or none."""
    m = _m()
    a = _editable(ctx, slug, expected_version)
    rules.check_renewal_date(on, a.end_date)
    if a.end_date and until <= a.end_date:
        raise DomainError("until", until.isoformat(), f"does not go beyond the current end date {a.end_date.isoformat()}")
    offices = _offices_for(ctx, parties)
    _parties_of(a, offices, a.end_date or on)
    have = {(r.office_id, r.new_end_date): r for r in a.renewals}
    for o in offices:
        if (o.id, until) in have:
            raise DomainError("party", o.title, f"has already renewed to {until.isoformat()} "
                              f"(on {have[(o.id, until)].renewed_on.isoformat()})")
    for o in offices:
        a.renewals.append(m.Renewal(office_id=o.id, renewed_on=on, new_end_date=until, reference=reference))
    _touch(a)
    ctx.session.flush()
    extended = runs_on(ctx, a, on)
    ctx.session.flush()
    return _change(a, offices, extended)


def extend(ctx: Context, slug: str, until: dt.date, effective: dt.date, decision: str | None = None,
           expected_version: int | None = None, summary: str | None = None) -> Change:
    """Extend the term: a new version (rule 14); "three plus one" checked where the term is known (rule 12)."""
    a = _editable(ctx, slug, expected_version)
    if a.end_date and until <= a.end_date:
        raise DomainError("until", until.isoformat(), f"is not after the current end date {a.end_date.isoformat()}")
    if a.end_date and effective > a.end_date + dt.timedelta(days=1):
        raise DomainError("effective", effective.isoformat(),
                          f"is after the agreement ended on {a.end_date.isoformat()}: an ended agreement is not "
                          "revived; record a later agreement that succeeds it")
    if a.original_term_months:
        months = [v.changes.get("months", 0) for v in a.versions if v.kind == VersionKind.TERM_EXTENDED]
        rules.check_extensions(a.original_term_months,
                               months + [_months_between(a.end_date, until) if a.end_date else 0])
    old = a.end_date
    _add_version(ctx, a, VersionKind.TERM_EXTENDED, effective, summary or f"Term extended to {until.isoformat()}",
                 {"end_date": [old.isoformat() if old else None, until.isoformat()],
                  "months": _months_between(old, until) if old else None}, _notice_row(ctx, decision))
    a.end_date = until
    _touch(a)
    ctx.session.flush()
    return _change(a, [])


def join(ctx: Context, slug: str, parties: Sequence[str], on: dt.date, decision: str | None = None,
         expected_version: int | None = None) -> Change:
    """Members join from a date: one new version naming every office that joins, or nothing."""
    m = _m()
    a = _editable(ctx, slug, expected_version)
    if a.end_date and on > a.end_date:
        raise DomainError("on", on.isoformat(), f"is after '{a.title}' ended on {a.end_date.isoformat()}")
    offices = _offices_for(ctx, parties)
    have = {p.office_id: p for p in a.parties}
    already = [o.title for o in offices if o.id in have]
    if already:
        raise DomainError("party", ", ".join(parties), f"names offices already party to '{a.title}': "
                          + "; ".join(already) + " (nothing was recorded)")
    number = _add_version(ctx, a, VersionKind.MEMBER_JOINS, on, f"{', '.join(o.title for o in offices)} joined",
                          {"parties_added": [o.title for o in offices]}, _notice_row(ctx, decision))
    for o in offices:
        a.parties.append(m.AgreementParty(office_id=o.id, joined_on=on))
    _touch(a)
    ctx.session.flush()
    return Change(a.slug, tuple(o.title for o in offices), a.end_date, number, False, a.version)


def withdraw(ctx: Context, slug: str, parties: Sequence[str], given_on: dt.date,
             expected_version: int | None = None) -> list[WithdrawalView]:
    """Written notice of withdrawal (rule 3): each office leaves on its exit date, and
    from then on is no longer a party, nor asked to renew. One notice per office."""
    m = _m()
    a = _editable(ctx, slug, expected_version)
    offices = _offices_for(ctx, parties)
    rows = _parties_of(a, offices, given_on)
    exit_on = rules.withdrawal_exit_date(given_on, a.notice_period_months, bool(a.committed_for_duration),
                                         a.end_date)
    given = {n.office_id: n for n in ctx.session.scalars(
        sa.select(m.WithdrawalNotice).where(m.WithdrawalNotice.agreement_id == a.id))}
    out = []
    for o in offices:
        if o.id in given:
            raise DomainError("party", o.title, f"has already given notice on {given[o.id].given_on.isoformat()} "
                              f"(leaving on {given[o.id].exit_on.isoformat()})")
        ctx.session.add(m.WithdrawalNotice(agreement_id=a.id, office_id=o.id, given_on=given_on, exit_on=exit_on))
        rows[o.id].left_on = exit_on
        out.append(WithdrawalView(o.title, given_on, exit_on))
    _touch(a)
    ctx.session.flush()
    runs_on(ctx, a, given_on)
    ctx.session.flush()
    return out


def sign(ctx: Context, slug: str, parties: Sequence[str], on: dt.date, expected_version: int | None = None) -> Change:
    """Record the day each named office signed (an agreement may be in force before it is signed)."""
    a = _editable(ctx, slug, expected_version)
    offices = _offices_for(ctx, parties)
    rows = _parties_of(a, offices)
    for o in offices:
        p = rows[o.id]
        if p.signed_on is not None and p.signed_on != on:
            raise DomainError("party", o.title, f"signed '{a.title}' on {p.signed_on.isoformat()} already")
        p.signed_on = on
    _touch(a)
    ctx.session.flush()
    return _change(a, offices)


def follow_through(ctx: Context, slug: str, parties: Sequence[str], kind: str, on: dt.date,
                   notice: str | None = None, version_number: int | None = None,
                   expected_version: int | None = None) -> list[FollowThroughView]:
    """Each named party's executive decision, consent or written agreement to a
    version of the agreement decided in principle (rule 5), with its notice."""
    m = _m()
    try:
        how = rules.FollowThrough(kind)
    except ValueError:
        raise DomainError("--kind", kind, "must be one of " + ", ".join(k.value for k in rules.FollowThrough)) from None
    a = _editable(ctx, slug, expected_version)
    numbers = [v.number for v in a.versions]
    if not numbers:
        raise DomainError("agreement", slug, "has no version to follow through")
    number = version_number if version_number is not None else numbers[-1]
    if number not in numbers:
        raise DomainError("--version", str(number), f"is not a version of '{a.title}' (1 to {numbers[-1]})")
    offices = _offices_for(ctx, parties)
    _parties_of(a, offices)
    row = _notice_row(ctx, notice)
    done = {f.office_id: f for f in ctx.session.scalars(sa.select(m.PartyFollowThrough).where(
        m.PartyFollowThrough.agreement_id == a.id, m.PartyFollowThrough.version_number == number))}
    out = []
    for o in offices:
        if o.id in done:
            raise DomainError("party", o.title, f"already followed version {number} through on "
                              f"{done[o.id].given_on.isoformat()}")
        ctx.session.add(m.PartyFollowThrough(agreement_id=a.id, version_number=number, office_id=o.id, kind=how,
                                             given_on=on, decision_notice_id=row.id if row else None))
        out.append(FollowThroughView(number, o.title, how.value, on, row.reference if row else None))
    _touch(a)
    ctx.session.flush()
    return out
