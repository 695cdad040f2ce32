"""All mapped tables; importing this module registers them on Base.metadata."""

from ..base import Base, RecordMixin
from .activities import EnergyDay, EnergyDayOrganiser, SupportActivity, SupportActivitySignatory
from .coordinator import Coordinator, ServiceOffer
from .finance import ExchangeRate, FinancialSupport
from .identity import DatabaseIdentity
from .inventory import EmissionInventory, EmissionInventoryCell
from .plan_contents import AdaptationAction, ClimateRisk, MitigationAction, PovertyIndicator
from .plans import ActionPlan, DeadlineExtension, MonitoringReport
from .records import AuditEntry, ReportSubmission
from .signatory import Signatory, SignatoryCoordinator
from .sync import SyncChange, SyncConflict, SyncPeer, SyncReplica

__all__ = [
    "ActionPlan",
    "AdaptationAction",
    "AuditEntry",
    "Base",
    "ClimateRisk",
    "Coordinator",
    "DatabaseIdentity",
    "DeadlineExtension",
    "EmissionInventory",
    "EmissionInventoryCell",
    "EnergyDay",
    "EnergyDayOrganiser",
    "ExchangeRate",
    "FinancialSupport",
    "MitigationAction",
    "MonitoringReport",
    "PovertyIndicator",
    "RecordMixin",
    "ReportSubmission",
    "ServiceOffer",
    "Signatory",
    "SignatoryCoordinator",
    "SupportActivity",
    "SupportActivitySignatory",
    "SyncChange",
    "SyncConflict",
    "SyncPeer",
    "SyncReplica",
]
