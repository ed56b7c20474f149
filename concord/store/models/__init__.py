"""Every persisted entity of the register, importable from one place.

Importing this package loads every model and the hooks every write obeys
(audit, validation, casting), registered on Concord's own session class:
there is no way to have the models without the rules.
"""

from concord.store.models.access import Membership, Organisation, User
from concord.store.models.agreements import (
    Agreement, AgreementFunction, AgreementParty, AgreementProvision, AgreementVersion,
    PartyFollowThrough, Renewal, WithdrawalNotice,
)
from concord.store.models.agreement_summaries import AgreementSummary
from concord.store.models.alliances import Alliance, AllianceMember, Function, Portfolio
from concord.store.models.decisions import Decision, DecisionNotice
from concord.store.models.documents import DocumentRevision, IngestJob, ReviewItem, SourceDocument
from concord.store.models.capital_programme import (
    AmendmentLine, CapitalAmendment, CapitalProgramme, FinancingLine, ProgrammeScheme,
)
from concord.store.models.finance import BudgetLine, CapitalScheme, FinancialTable, MtfpAssumption, MtfpLine, MtfpScenario
from concord.store.models.forums import Forum, ForumMembership, TermsOfReference
from concord.store.models.meetings import Action, AgendaItem, Attendance, Meeting, Minute, Paper
from concord.store.models.precept import Precept, PreceptDate, ReferendumLimit
from concord.store.models.projects import (
    Benefit, BusinessCase, BusinessCaseStage, GatewayReview, Project, ProjectPhase, Risk,
)
from concord.store.models.recharges import CostKind, FleetProfile, FleetUsage, SharedCost
from concord.store.models.records import AuditRecord, MarkingChange, RegisterGeneration
from concord.store.models.savings import CollaborationSpend, SavingsLine
from concord.store.models.search import SearchEntry
from concord.store.models.reference import Force, NetRevenueExpenditure, Office, Person, PolicingBody
from concord.store.models.web_sessions import WebSession

__all__ = [
    "Action", "AgendaItem", "Agreement", "AgreementFunction", "AgreementParty",
    "AgreementProvision", "AgreementSummary", "AgreementVersion", "Alliance", "AllianceMember", "Attendance",
    "AuditRecord", "Benefit", "BudgetLine", "BusinessCase", "BusinessCaseStage",
    "CapitalScheme", "Decision", "DecisionNotice", "DocumentRevision", "FinancialTable",
    "Force", "Forum", "IngestJob", "Membership", "Organisation", "User", "ForumMembership", "Function", "GatewayReview", "MarkingChange",
    "Meeting", "Minute", "MtfpAssumption", "MtfpLine", "MtfpScenario", "NetRevenueExpenditure", "Office", "Paper", "Person",
    "PolicingBody", "Portfolio", "Project", "ProjectPhase", "RegisterGeneration", "Renewal", "ReviewItem", "Risk",
    "PartyFollowThrough", "SearchEntry", "SourceDocument", "TermsOfReference", "WebSession", "WithdrawalNotice",
    # finance: the capital programme, precept, savings and shared costs
    "AmendmentLine", "CapitalAmendment", "CapitalProgramme", "FinancingLine", "ProgrammeScheme",
    "Precept", "PreceptDate", "ReferendumLimit", "CostKind", "FleetProfile", "FleetUsage", "SharedCost",
    "CollaborationSpend", "SavingsLine",
]

from concord.store import audit as _audit, casting as _casting, validate as _validate  # noqa: E402,F401  (the write hooks)
from concord.store import search_index as _search_index  # noqa: E402,F401  (the search index, kept on write)
