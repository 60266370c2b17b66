"""The threat vocabulary: what a consignment may carry and what an alert may suspect.

These are the public words of the trade, not ground truth. The hidden truth
(`scenarios.models.truth`) records which of them a consignment really carries;
the trainee's alert form offers the same values as suspicions, and scoring
compares the two after submission. This module imports nothing of the
scenarios app, so trainee-facing code may import it without reaching the truth
(tests/exercises/test_leaks.py checks both).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Threat(models.TextChoices):
    NONE = "none", _("None")
    DRUGS = "drugs", _("Drugs")
    PRECURSORS = "precursors", _("Precursors")
    WEAPONS = "weapons", _("Weapons")
    STRATEGIC = "strategic", _("Strategic goods")
    COUNTERFEIT = "counterfeit", _("Counterfeit goods")
    REVENUE = "revenue", _("Revenue fraud")
    WILDLIFE = "wildlife", _("Wildlife")
    CASH = "cash", _("Cash")
    OTHER = "other", _("Other")


# What an alert may suspect: every threat but "none".
SUSPICION_CHOICES = [(value, label) for value, label in Threat.choices if value != Threat.NONE]
