"""Synthetic papers: each builder returns the paper's blocks (what is
printed) and its facts (the expected extraction, EXTRACTION_FORMAT.md
shape). Layouts vary at random: label order, label wording, summary before
heading, contacts in a table or a line, recommendations numbered or not."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from concord.domain.forces import FORCES
from devtools.ingest.synth import facts as F
from devtools.ingest.synth import tables as T

Block = tuple  # ("title"|"h"|"p"|"list"|"kv"|"table"|"break", payload)


@dataclass
class Paper:
    kind: str
    title: str | None
    date: str | None
    blocks: list[Block]
    records: dict[str, list[dict]] = field(default_factory=dict)

    @property
    def has_table(self) -> bool:
        return any(b[0] == "table" for b in self.blocks)


def _filler(rng: random.Random, pages: float) -> list[Block]:
    out: list[Block] = []
    for i in range(max(1, int(pages * 5))):
        if i % 4 == 0:
            out.append(("h", f"{rng.randint(3, 9)}. {rng.choice(F.TOPICS)}"))
        out.append(("p", F.paragraph(rng)))
    return out


def decision_notice(rng: random.Random, src: str, pages: float = 1) -> Paper:
    fid = rng.choice(sorted(FORCES))
    body = FORCES[fid].policing_body
    d = F.date(rng)
    n = rng.randint(1, 120)
    initials = "".join(w[0] for w in FORCES[fid].short_name.split()).upper()
    ref = rng.choice([f"{initials}PCC{d.year}-{n:03d}", f"DN {n:03d}/{d.year}", f"OPCC/{d.year}/{n:03d}",
                      f"{initials}-DN-{d.year}-{n:02d}", f"PCC/D/{d.year}/{n:02d}"])
    maker, contact = F.person(rng), F.person(rng)
    topic = rng.choice(F.TOPICS)
    subject = f"Section 22A collaboration agreement for {topic}"
    decision = (f"To approve the {topic.lower()} collaboration with {F.force_name(rng, rng.choice(sorted(FORCES)))} "
                f"and to sign the agreement under section 22A of the Police Act 1996 with effect from "
                f"{F.fmt_date(rng, d, 0)}.")
    summary = F.paragraph(rng, 3)
    labels = [("Subject", subject), ("Decision", decision), ("Decision Summary", summary),
              ("Contact Officer", F.printed(rng, contact)), ("Background Papers", "None")]
    rng.shuffle(labels)
    heading = rng.choice([f"{body.upper()} DECISION RECORD - {ref}", f"Decision Notice {ref}",
                          f"{body} — Record of Decision {ref}"])
    blocks: list[Block] = [("title", heading), ("kv", labels)]
    if rng.random() < 0.3:  # OCR'd records put the summary before the heading
        blocks = [("kv", [("Decision Summary", summary)]), ("title", heading),
                  ("kv", [kv for kv in labels if kv[0] != "Decision Summary"])]
    signed = rng.random() < 0.7
    blocks += [("p", f"{maker}, {body}"),
               ("p", "I confirm that I have reached the above decision after consideration of the facts above."),
               ("kv", [("Signature", "(signed)"), ("Date", F.fmt_date(rng, d) if signed else "")])]
    blocks += _filler(rng, pages - 1) if pages > 1 else []
    rec = {"reference": ref.replace(" ", ""), "date": d.isoformat() if signed else None,
           "subject": subject, "decision": decision, "decision_maker": maker, "contact_officer": contact,
           "source": src}
    return Paper("decision_notice", subject, rec["date"], blocks, {"decision_notices": [rec]})


def _recs(rng: random.Random, forum: str) -> list[str]:
    verbs = ["note the contents of this report", "approve the proposed approach", "agree the revised timetable",
             "endorse the business case", "approve the additional budget of £{:,}".format(rng.randint(2, 90) * 1000)]
    who = rng.choice(["The Board is", "Members are", "The Committee is", "The Commissioner is"])
    return [f"{who} recommended to {v}." for v in rng.sample(verbs, rng.randint(1, 3))]


def report(rng: random.Random, src: str, pages: float = 2, table: str | None = None) -> Paper:
    forum, frm, d = rng.choice(F.FORUMS), rng.choice(F.FROM_ROLES), F.date(rng)
    title = rng.choice(["Update on", "Proposal for", "Review of", "Annual Report on"]) + " " + rng.choice(F.TOPICS)
    title = title.upper() if rng.random() < 0.5 else title
    recs, contact = _recs(rng, forum), F.person(rng)
    head = [("To", forum), ("From", frm), ("Date", F.fmt_date(rng, d))]
    if rng.random() < 0.3:
        head.append(("Protective marking", rng.choice(["OFFICIAL", "OFFICIAL-SENSITIVE"])))
    rng.shuffle(head)
    blocks: list[Block] = [("kv", head), ("title", title), ("h", "1. Purpose"), ("p", F.paragraph(rng, 2)),
                           ("h", "2. Recommendation" + rng.choice(["", "s"]))]
    blocks += [("p", f"2.{i + 1} {r}") for i, r in enumerate(recs)] if rng.random() < 0.6 else [("list", recs)]
    blocks += [("h", "3. Background")] + _filler(rng, pages - 0.5)
    records: dict[str, list[dict]] = {"reports": [{"title": title, "to": forum, "from": frm, "date": d.isoformat(),
                                                   "recommendations": recs, "contact_officer": contact,
                                                   "source": src}]}
    if table:
        t = (T.revenue if table == "revenue" else T.capital)(rng, src)
        blocks += [("p", F.paragraph(rng, 2)), ("table", t), ("p", F.paragraph(rng, 1))]
        records["tables"] = [t["expected"]]
    blocks.append(("kv", [("Contact Officer", F.printed(rng, contact))]))
    return Paper("report", title, d.isoformat(), blocks, records)


def minutes(rng: random.Random, src: str, pages: float = 2, agenda_only: bool = False) -> Paper:
    forum, d, venue = rng.choice(F.FORUMS), F.date(rng), rng.choice(F.VENUES)
    hh, mm = rng.choice([9, 10, 13, 14]), rng.choice([0, 30])
    crowd = F.people(rng, 12)
    members, attend, apologies = crowd[:rng.randint(3, 6)], crowd[6:rng.randint(7, 9)], crowd[9:rng.randint(10, 12)]
    titles = ["Welcome and apologies", "Declarations of interest", "Minutes of the previous meeting"]
    titles += rng.sample([f"{t} update" for t in F.TOPICS], rng.randint(3, 8)) + ["Any other business"]
    items = [{"number": str(i + 1), "title": t} for i, t in enumerate(titles)]
    time_s = rng.choice([f"{hh:02d}:{mm:02d}", f"{hh}.{mm:02d}", f"{hh % 12 or 12}.{mm:02d}{'am' if hh < 12 else 'pm'}"])
    kind = "agenda" if agenda_only else "minutes"
    head = [("Date", F.fmt_date(rng, d)), ("Time", time_s), (rng.choice(["Venue", "Location"]), venue)]
    blocks: list[Block] = [("title", forum), ("h", kind.upper() if rng.random() < 0.5 else f"Draft {kind}"),
                           ("kv", head)]
    meeting = {"forum": forum, "date": d.isoformat(), "time": f"{hh:02d}:{mm:02d}", "venue": venue,
               "members": [] if agenda_only else members, "in_attendance": [] if agenda_only else attend,
               "apologies": [] if agenda_only else apologies, "items": items, "source": src}
    actions: list[dict] = []
    if agenda_only:
        blocks += [("p", f"{it['number']}. {it['title']}") for it in items]
        return Paper(kind, forum, d.isoformat(), blocks, {"meetings": [meeting]})
    blocks += [("h", rng.choice(["Present", "Members"])), ("list", [F.printed(rng, m) for m in members]),
               ("h", "In attendance"), ("list", [F.printed(rng, m) for m in attend])]
    if rng.random() < 0.5:
        blocks += [("h", "Apologies"), ("list", [F.printed(rng, m) for m in apologies])]
    else:
        blocks += [("p", "Apologies were received from " + ", ".join(apologies[:-1]) + " and " + apologies[-1] + ".")]
    for it in items:
        blocks += [("h", f"{it['number']}. {it['title']}"), ("p", F.paragraph(rng, rng.randint(2, 4)))]
        if it["number"] not in ("1", "2") and rng.random() < 0.5:
            owner = rng.choice(members)
            due = F.add_months(d, rng.randint(1, 6)) if rng.random() < 0.7 else None
            text = f"{owner} to {rng.choice(['circulate', 'present', 'update'])} the {it['title'].lower()} paper"
            text += f" by {F.fmt_date(rng, due, rng.choice([0, 1]))}." if due else " at a future meeting."
            blocks.append(("p", f"Action: {text}"))
            actions.append({"meeting_date": d.isoformat(), "item": it["number"], "text": text,
                            "due": due.isoformat() if due else None, "source": src})
    blocks += _filler(rng, pages - 1.5) if pages > 1.5 else []
    return Paper(kind, forum, d.isoformat(), blocks, {"meetings": [meeting], "actions": actions})


BASIS = {"nre": ("net revenue expenditure share",
                 "Costs will be apportioned between the Parties in proportion to the Net Revenue Expenditure of each force."),
         "usage": ("usage-based recharge", "Each Party will be recharged monthly in arrears for the vehicles it uses."),
         "equal": ("equal shares", "Costs will be shared equally between the Parties."),
         "host": ("host funded", "The lead force will meet the costs of the service as host.")}


def agreement(rng: random.Random, src: str, pages: float = 3) -> Paper:
    parties = sorted(F.forces(rng, rng.randint(2, 7)))
    lead = rng.choice(parties + [None])
    start = F.date(rng)
    review, end = F.add_months(start, 12 * rng.randint(1, 2)), F.add_months(start, 12 * rng.randint(3, 5))
    budget = rng.randint(2, 400) * 10_000 if rng.random() < 0.8 else None
    basis = rng.choice(list(BASIS))
    notice = rng.choice([6, 12, 12, 18, 24, None])
    topic = rng.choice(F.TOPICS)
    title = f"{topic} Collaboration Agreement"
    offices = []
    for fid in parties:
        offices += [f"The Chief Constable of {F.force_name(rng, fid)}", f"The {FORCES[fid].policing_body}"]
    blocks: list[Block] = [("title", title.upper()), ("p", "An agreement under section 22A of the Police Act 1996"),
                           ("h", "Parties"), ("list", offices), ("h", "1. Term")]
    blocks.append(("p", f"This Agreement shall come into force on {F.fmt_date(rng, start, rng.choice([0, 1]))} and shall "
                        f"continue until {F.fmt_date(rng, end, rng.choice([0, 1]))}, with a review by "
                        f"{F.fmt_date(rng, review, rng.choice([0, 1]))}."))
    if lead:
        blocks.append(("p", f"{FORCES[lead].name} will act as the lead force for the collaboration."))
    blocks += [("h", "2. Finance")]
    if budget:
        blocks.append(("p", f"The annual budget for the collaboration is {F.money_words(rng, budget)}."))
    blocks.append(("p", BASIS[basis][1]))
    if notice:
        blocks += [("h", "3. Withdrawal"),
                   ("p", f"A Party may withdraw by giving not less than {notice} months' written notice to the other Parties.")]
    blocks += _filler(rng, pages - 1)
    rec = {"title": title, "parties": parties, "lead": lead, "start_date": start.isoformat(),
           "review_date": review.isoformat(), "end_date": end.isoformat(), "annual_budget_gbp": budget,
           "cost_basis": BASIS[basis][0], "notice_period_months": notice, "source": src}
    return Paper("agreement", title, start.isoformat(), blocks, {"agreements": [rec]})


def projects_update(rng: random.Random, src: str, pages: float = 2) -> Paper:
    paper = report(rng, src, pages=0.5)
    projects = []
    for topic in rng.sample(F.TOPICS, rng.randint(2, 5)):
        lead, status, y = rng.choice(sorted(FORCES)), rng.choice(F.RAG), rng.randint(2016, 2024)
        s1 = F.date(rng, y, y)
        e1 = F.add_months(s1, rng.randint(2, 8))
        pred, act = rng.randint(1, 90) * 10_000, rng.choice([None, rng.randint(1, 90) * 10_000])
        name = f"{topic} Programme"
        paper.blocks += [("h", name), ("kv", [("Lead force", FORCES[lead].name), ("Status", status)]),
                         ("p", f"The design phase runs from {F.fmt_date(rng, s1, 0)} to {F.fmt_date(rng, e1, 0)}."),
                         ("p", f"Savings of {F.money_words(rng, pred)} are predicted in {F.fy(y)}"
                               + (f"; {F.money_words(rng, act)} has been delivered." if act else "."))]
        projects.append({"name": name, "lead": lead, "status": status,
                         "phases": [{"name": "Design", "start": s1.isoformat(), "end": e1.isoformat()}],
                         "savings": [{"period": F.fy(y), "predicted_gbp": pred, "actual_gbp": act}], "source": src})
    paper.blocks += _filler(rng, pages - 1)
    paper.records["projects"] = projects
    return paper
