"""The agenda pack of a meeting: cover, contents, agenda, the minutes and actions of the forum's
previous meeting, then every paper with its appendices.

A pack refuses (DomainError, naming the place) a meeting with no agenda, a paper with no contact
officer and a paper marked above what the pack may carry. The public edition (a public meeting,
or `public=True`) leaves out what may not be published and says so on its contents page.
"""

from __future__ import annotations

from concord.domain.errors import DomainError
from concord.domain.markings import Marking
from concord.papers import model, parts
from concord.services import paper_packs, published
from concord.services.context import Context

#: the highest marking a generated pack may carry unless told otherwise
DEFAULT_LIMIT = Marking.OFFICIAL_SENSITIVE


def gather(ctx: Context, meeting: str, public: bool = False, limit: Marking | None = None) -> model.Document:
    """The pack of `meeting` (its number, or FORUM/DATE) as a document."""
    data = paper_packs.pack(ctx, paper_packs.find_meeting(ctx, meeting))
    public = public or data.public
    cap = Marking.OFFICIAL if public else (limit or DEFAULT_LIMIT)
    if not data.items:
        raise DomainError("--meeting", meeting, "has no agenda: add its items with `concord meeting agenda-add` first")
    left_out: list[str] = []
    body: list[model.Part] = [parts.agenda(data)]
    if data.previous is not None:
        if public and not data.previous.public:
            left_out.append(f"Minutes of the meeting of {parts._day(data.previous.date)}: "
                            f"{data.previous.legacy_marking or data.previous.marking.value}, not for publication")
        else:
            body.append(parts.minutes(data.previous, "previous-minutes", "Minutes of the last meeting"))
    for item in data.items:
        for p in item.papers:
            where = f"item {p.item}: {p.title}" if p.item else p.title
            if public and not p.public:
                left_out.append(f"Item {p.item}: {p.title} ({p.legacy_marking or p.marking.value}: "
                                "not for publication)")
                continue
            if p.marking.level > cap.level:
                raise DomainError("paper", where, f"is marked {p.marking.value}, above {cap.value}, the highest this "
                                  "pack may carry (see --max-marking)")
            if not (p.contact_officer or "").strip():
                raise DomainError("paper", where, "has no contact officer: every paper names one")
            for t in p.tables:
                if t.marking.level > cap.level:
                    raise DomainError("appendix", f"{where}: {t.title}",
                                      f"is marked {t.marking.value}, above {cap.value}, the highest this pack may carry")
            agreement = published.agreement(ctx, p.agreement) if p.agreement else None
            body.append(parts.paper(p, f"paper-{p.id}", agreement, None, data.body or data.forum))
    cover = model.Cover(data.forum, parts.when(data.date, data.time, data.venue) if data.date else "",
                        (("Meeting", data.forum), ("Date", parts._day(data.date)),
                         ("Time", data.time.strftime("%H:%M") if data.time else "To be confirmed"),
                         ("Venue", data.venue or "To be confirmed"),
                         ("Edition", "Public: papers not for publication are left out" if public else
                          f"Members: papers up to {cap.value}")))
    return model.Document(f"{data.forum}, {parts._day(data.date)}: agenda pack", tuple(body), cover, True,
                          tuple(left_out), name=f"{data.forum_slug}-{data.date.isoformat()}-agenda-pack"
                          + ("-public" if public else ""))


def build(ctx: Context, meeting: str, fmt: str, public: bool = False, limit: Marking | None = None,
          templates: str | None = None) -> tuple[str, bytes]:
    """The pack of `meeting` as one file: its name and its bytes (for the web application's download, so
    laid out in this process: a threaded server does not fork)."""
    from concord.papers import make

    doc = gather(ctx, meeting, public=public, limit=limit)
    return f"{doc.name}.{fmt}", make.render(doc, fmt, templates, in_pieces=False)
