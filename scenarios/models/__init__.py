"""Scenario models. The hidden ground truth lives in `scenarios.models.truth`
and only mentor/staff code and scoring may import it (a test checks this)."""

from .scenario import (
    Consignment,
    ContainerEvent,
    Difficulty,
    Incoterms,
    Indicator,
    IndicatorCategory,
    OsintPage,
    OsintPageKind,
    Party,
    Phase,
    Scenario,
    ScenarioQuerySet,
    ScenarioStatus,
    TransportMode,
)
from .truth import Concealment, ConsignmentTruth

__all__ = [
    "Concealment",
    "Consignment",
    "ConsignmentTruth",
    "ContainerEvent",
    "Difficulty",
    "Incoterms",
    "Indicator",
    "IndicatorCategory",
    "OsintPage",
    "OsintPageKind",
    "Party",
    "Phase",
    "Scenario",
    "ScenarioQuerySet",
    "ScenarioStatus",
    "TransportMode",
]
