"""Rows for meetings and their business: the schedule, agenda items, papers, minutes and actions.

A mixin of `rows.Generator`: it relies on the generator's `ref`, `plan`,
`rng`, `n`, `next_id`, `D`, `T` and the forums made before it.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator

from plan import AS_OF, DAY, FIRST_FY, LAST_DAY, YEARS, spread
from vocabulary import ACTION_TEXTS, AGENDA_FIXED, FUNCTIONS, OWNERS


class MeetingRows:
    def schedule(self) -> None:
        """Every forum's meeting dates (on working days), then a seeded sample of the target size."""
        from concord.domain import calendar  # pure domain code: no store

        working = {}

        def next_working(d: dt.date) -> dt.date:
            while True:
                w = working.get(d)
                if w is None:
                    w = working[d] = calendar.is_working_day(d)
                if w:
                    return d
                d += DAY

        slots = []
        for fid, _name, per_year, clear, _area in self.forum_list:
            rng = self.rng("schedule", fid)
            step = 365 / per_year
            for y in range(FIRST_FY, FIRST_FY + YEARS):
                start = dt.date(y, 4, 1)
                last = None
                for k in range(per_year):
                    d = next_working(start + dt.timedelta(days=int(k * step) + rng.randint(0, max(0, int(step / 3)))))
                    if d > LAST_DAY or (last and d <= last):
                        continue
                    last = d
                    slots.append((fid, d, clear))
        n = self.n("meeting")
        if n < len(slots):
            keep = sorted(self.rng("sample-meetings").sample(range(len(slots)), n))
            slots = [slots[i] for i in keep]
        self.slots = slots
        self.latest = {}
        for _fid, d, clear in slots:
            if (d, clear) not in self.latest:
                self.latest[(d, clear)] = calendar.latest_dispatch_date(d, clear)

    def meetings(self) -> Iterator[tuple]:
        rng = self.rng("meetings")
        self.meeting_rows: list[tuple[int, int, dt.date, int, str]] = []  # id, forum, date, clear, status
        for fid, d, clear in self.slots:
            mid = self.next_id("meeting")
            status = "scheduled" if d > AS_OF else ("cancelled" if rng.random() < 0.01 else "held")
            self.meeting_rows.append((mid, fid, d, clear, status))
            yield (mid, 1, "OFFICIAL", False, fid, self.D(d), self.T(dt.time(10 if rng.random() < 0.6 else 14, 0)),
                   "Headquarters, Conference Room " + str(rng.randint(1, 4)), status, rng.random() < 0.3)

    def agenda_items(self) -> Iterator[tuple]:
        rng = self.rng("agenda")
        self.items: dict[int, list[tuple[int, str, str, bool]]] = {}
        for mid, _fid, _d, _clear, status in self.meeting_rows:
            k = rng.randint(4, 8)
            items = []
            for pos in range(1, k + 1):
                iid = self.next_id("agenda_item")
                title = AGENDA_FIXED[pos - 1] if pos <= 2 else f"{rng.choice(FUNCTIONS)} update"
                decide = pos > 2 and rng.random() < 0.3
                items.append((iid, str(pos), title, decide))
                yield (iid, 1, mid, pos, str(pos), title, decide)
            self.items[mid] = items

    def papers(self) -> Iterator[tuple]:
        rng = self.rng("papers")
        late_rate = 0.005
        for mid, _fid, d, clear, status in self.meeting_rows:
            for iid, number, title, decide in self.items[mid][2:]:
                if rng.random() < 0.45:
                    continue
                dispatched = None
                if status != "scheduled":
                    latest = self.latest[(d, clear)]
                    if rng.random() < late_rate and latest + DAY < d:
                        dispatched = min(d - DAY, latest + dt.timedelta(days=rng.randint(1, 2)))
                        if decide:  # the notice rule is for business needing a decision (rule 4)
                            self.plan.add("paper_late")
                    else:
                        dispatched = latest - dt.timedelta(days=rng.randint(0, 5))
                yield (self.next_id("paper"), 1, "OFFICIAL", False, mid, iid, title, "Members of the Board",
                       rng.choice(OWNERS), self.D(dispatched) if dispatched else None,
                       f"To update members on {title.lower()}", json.dumps(["Members note the report"]),
                       rng.choice(OWNERS), self.D(dispatched) if dispatched else None, decide)

    def minutes(self) -> Iterator[tuple]:
        by_forum: dict[int, list[tuple[int, dt.date]]] = {}
        for mid, fid, d, _clear, status in self.meeting_rows:
            if status == "held":
                by_forum.setdefault(fid, []).append((mid, d))
        for fid, ms in by_forum.items():
            for k, (mid, d) in enumerate(ms):
                nxt = ms[k + 1] if k + 1 < len(ms) else None
                if nxt:
                    yield (self.next_id("minute"), 1, "OFFICIAL", False, self.D(nxt[1]), mid, "approved", nxt[0],
                           "Minutes of the meeting.")
                else:
                    yield (self.next_id("minute"), 1, "OFFICIAL", True, None, mid, "draft", None,
                           "Draft minutes: PROTECT until approved.")

    def actions(self) -> Iterator[tuple]:
        rng = self.rng("actions")
        held = [m for m in self.meeting_rows if m[4] == "held"]
        n = self.n("action")
        counts = spread(n, [0.3 + self.rng("aw", m[0]).random() * 1.4 for m in held]) if held else []
        for (mid, _fid, d, _clear, _status), k in zip(held, counts):
            items = self.items[mid]
            for j in range(k):
                iid, number, title, _decide = items[2 + j % (len(items) - 2)]
                due = d + dt.timedelta(days=rng.choice((14, 28, 42, 56, 91, 182)))
                r = rng.random()
                if due < AS_OF:
                    if r < 0.012:
                        status, done = "open", None
                        self.plan.add("action_overdue")
                    elif r < 0.03:
                        status, done = "dropped", None
                    else:
                        status, done = "done", min(AS_OF, due + dt.timedelta(days=rng.randint(-10, 10)))
                else:
                    status, done = ("open", None) if r < 0.75 else ("done", AS_OF - dt.timedelta(days=rng.randint(0, 5)))
                t = rng.choice(FUNCTIONS).lower()
                yield (self.next_id("action"), 1, mid, iid, f"{number}.{j + 1}", title,
                       rng.choice(ACTION_TEXTS).format(t=t), rng.choice(OWNERS), self.D(due), status,
                       self.D(done) if done else None)
