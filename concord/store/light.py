"""Light handles on the register's tables for read-only SQL.

`concord check` runs a handful of set-based queries. Importing the ORM
and every model costs more than those queries at national scale, so
the check names just the columns it reads here, with their types. A
test keeps each handle in step with the models (same table, same
columns, same kinds of type).
"""

from __future__ import annotations

import sqlalchemy as sa

D, I, S, B, J = sa.Date, sa.Integer, sa.String, sa.Boolean, sa.JSON


def _t(table_name: str, /, **columns: type) -> sa.TableClause:
    return sa.table(table_name, *(sa.column(c, t()) for c, t in columns.items()))


agreement = _t("agreement", id=I, slug=S, title=S, status=S, start_date=D, review_date=D, last_reviewed_on=D,
               end_date=D, notice_period_months=I, notice_to=S, committed_for_duration=B)
agreement_party = _t("agreement_party", id=I, agreement_id=I, office_id=I, left_on=D)
renewal = _t("renewal", agreement_id=I, office_id=I, renewed_on=D, new_end_date=D, in_writing=B)
withdrawal_notice = _t("withdrawal_notice", agreement_id=I, office_id=I, given_on=D, exit_on=D)
office = _t("office", id=I, title=S)
action = _t("action", id=I, meeting_id=I, number=S, text=S, owner=S, due=D, status=S)
meeting = _t("meeting", id=I, forum_id=I, date=D, status=S)
minute = _t("minute", id=I, meeting_id=I, status=S)
forum = _t("forum", id=I, name=S, notice_clear_days=I)
paper = _t("paper", id=I, meeting_id=I, agenda_item_id=I, title=S, dispatched_on=D, needs_decision=B)
agenda_item = _t("agenda_item", id=I, needs_decision=B)
decision_notice = _t("decision_notice", policing_body_id=I, year=I, number=I)
policing_body = _t("policing_body", id=I, slug=S, notice_prefix=S)
financial_table = _t("financial_table", id=I, title=S, casts=B, cast_problems=J)
capital_programme = _t("capital_programme", id=I)
precept = _t("precept", id=I)

ALL = (agreement, agreement_party, renewal, withdrawal_notice, office, action, meeting, minute, forum, paper, agenda_item,
       decision_notice, policing_body, financial_table, capital_programme, precept)
