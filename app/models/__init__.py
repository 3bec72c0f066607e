"""The domain model, as typed SQLAlchemy 2.x classes."""

from app.models.activities import Activity, VisitPlan
from app.models.base import Base, Synced, table_of
from app.models.care import CareReminder, CustomerEvent, EventInvite
from app.models.commerce import Order, OrderLine, Payment, Product
from app.models.customers import Contact, Customer
from app.models.deals import Deal, DealStageHistory, Stage
from app.models.goals import Goal, Review
from app.models.growth import GrowthSuggestion
from app.models.playbook import PlaybookEntry, ScriptUsage
from app.models.service import Complaint, Handoff
from app.models.settings import Setting

# Every synced entity, parents before children: the order export and import walk.
# Every one is also Synced; typed as Base because export, import and the demo use its table.
SYNCED_MODELS: tuple[type[Base], ...] = (
    Stage,
    Product,
    Customer,
    Contact,
    Deal,
    DealStageHistory,
    Activity,
    VisitPlan,
    Order,
    OrderLine,
    Payment,
    PlaybookEntry,
    ScriptUsage,
    Complaint,
    Handoff,
    Goal,
    Review,
    CareReminder,
    CustomerEvent,
    EventInvite,
)

__all__ = [
    "Activity",
    "Base",
    "CareReminder",
    "Complaint",
    "Contact",
    "Customer",
    "CustomerEvent",
    "Deal",
    "DealStageHistory",
    "EventInvite",
    "Goal",
    "GrowthSuggestion",
    "Handoff",
    "Order",
    "OrderLine",
    "Payment",
    "PlaybookEntry",
    "Product",
    "Review",
    "SYNCED_MODELS",
    "ScriptUsage",
    "Setting",
    "Stage",
    "Synced",
    "VisitPlan",
    "table_of",
]
