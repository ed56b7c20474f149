"""Rows for revenue budget monitoring: the financial tables and their budget lines, printed totals included.

Each table is a body's monitoring statement for a month; each line carries its monitoring group
(`concord.domain.monitoring.BudgetGroup`, in `section`): a collaboration department's lines are
collaboration, the others by their subjective. The printed total has no group: it adds up the table.

A mixin of `rows.Generator`: it relies on the generator's `ref`, `plan`,
`scale`, `seed`, `rng`, `n`, `next_id` and `_ids`.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

from plan import FIRST_FY, YEARS, spread
from vocabulary import DEPARTMENTS, SUBJECTIVES

#: the monitoring group of each subjective (employee costs, premises, ...), by the papers' grouping
GROUPS = {"Police officer pay": "employees", "Police staff pay": "employees", "PCSO pay": "employees",
          "Overtime": "employees", "Allowances": "employees", "Pensions": "pensions", "Training": "employees",
          "Premises": "premises", "Transport": "transport", "Supplies and services": "supplies",
          "Third party payments": "holding", "Income": "income"}


class FinanceRows:
    def plan_tables(self) -> None:
        slots = [(f, y, p) for f in self.ref.forces for y in range(FIRST_FY, FIRST_FY + YEARS) for p in range(1, 13)]
        n_lines = self.n("budget_line")
        n_tables = max(1, min(len(slots), round(len(slots) * self.scale)))
        if n_tables < len(slots):
            keep = sorted(self.rng("sample-tables").sample(range(len(slots)), n_tables))
            slots = [slots[i] for i in keep]
        per = spread(n_lines, [1.0] * len(slots))
        if min(per) < 2:
            raise ValueError("too few budget lines for the tables: raise the scale")
        rng = self.rng("casting")
        self.fin = []
        for (f, y, p), k in zip(slots, per):
            r = rng.random()
            fault = "wrong" if r < 0.005 else ("rounding" if r < 0.015 else None)
            if fault == "wrong":
                self.plan.add("total_does_not_cast")
            self.fin.append((self.next_id("financial_table"), f, y, p, k, fault))

    def financial_tables(self) -> Iterator[tuple]:
        for tid, f, y, p, _k, _fault in self.fin:
            yield (tid, 1, "OFFICIAL", False, self.ref.body_id[f], "revenue",
                   f"{self.ref.body_name[f]}: revenue budget monitoring {y}/{(y + 1) % 100:02d} month {p}",
                   y, p, "GBP", True)

    def budget_lines(self) -> Iterator[tuple]:
        labels = [f"{d}: {s}" for d in DEPARTMENTS for s in SUBJECTIVES]
        groups = ["collaboration" if d == "Collaboration Contributions" else GROUPS[s]
                  for d in DEPARTMENTS for s in SUBJECTIVES]
        budgets: dict[tuple[str, int], list[int]] = {}
        next_id = self._ids.get("budget_line", 1)
        for tid, f, y, p, k, fault in self.fin:
            rows = k - 1  # the last line is the printed total
            base = budgets.get((f, y))
            if base is None or len(base) < rows:
                brng = self.rng("budget", f, y, len(base or ()))
                base = (base or []) + [brng.randrange(10_000, 4_000_000) * 100 for _ in range(rows - len(base or ()))]
                budgets[(f, y)] = base
            rng = random.Random(self.seed * 1_000_003 + tid)
            rnd = rng.random
            sums = [0, 0, 0, 0]
            for pos in range(rows):
                fyb = base[pos]
                label = labels[pos % len(labels)] if pos < len(labels) else f"{labels[pos % len(labels)]} ({pos // len(labels) + 1})"
                if pos % len(SUBJECTIVES) == len(SUBJECTIVES) - 1:  # income lines are negative
                    fyb = -fyb // 4
                ytd = fyb * p // 1200 * 100
                actual = int(ytd * (0.9 + 0.2 * rnd()))
                forecast = int(fyb * (0.95 + 0.1 * rnd())) // 100 * 100
                sums[0] += fyb; sums[1] += ytd; sums[2] += actual; sums[3] += forecast
                yield (next_id, 1, tid, pos + 1, label, False, fyb, ytd, actual, forecast, groups[pos % len(groups)])
                next_id += 1
            printed = list(sums)
            if fault == "wrong":
                printed[2] += rng.choice((-1, 1)) * rng.randrange(1_000, 250_000) * 100
            elif fault == "rounding":
                printed[0] += rng.choice((-1, 1)) * rng.randint(1, max(1, rows // 2)) * 100
            yield (next_id, 1, tid, rows + 1, "Total", True, *printed, None)
            next_id += 1
        self._ids["budget_line"] = next_id

