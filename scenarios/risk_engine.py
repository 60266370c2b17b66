"""A transparent naive-Bayes targeting engine (docs/scenarios.md, "The risk engine").

For each consignment, the log-odds of being high-risk is the prior log-odds
plus, for every visible indicator present, the log of its likelihood ratio:
how much more often it shows on high-risk consignments than on clean traffic
(`scenarios.likelihoods.likelihood_table` gives both rates for generated
scenarios). Indicators not present add nothing. The engine ranks by that
score and selects the top of the ranking within the budget.

Pure Python (standard library only): it takes plain mappings and returns
plain values, so the calibration command, tests and the debrief can share it.
"""

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass


@dataclass(frozen=True)
class RiskEngine:
    """`likelihoods`: {indicator code: (share of high-risk consignments showing
    it, share of clean ones)}, both strictly between 0 and 1; `prior`: the
    expected share of high-risk consignments."""

    likelihoods: Mapping[str, tuple[float, float]]
    prior: float

    def __post_init__(self):
        if not 0 < self.prior < 1:
            raise ValueError("the prior must be strictly between 0 and 1")
        for code, (p_high, p_clean) in self.likelihoods.items():
            if not (0 < p_high < 1 and 0 < p_clean < 1):
                raise ValueError(f"likelihoods of {code} must be strictly between 0 and 1")

    def weight(self, code: str) -> float:
        """Log likelihood ratio of one indicator (0 for an unknown code)."""
        rates = self.likelihoods.get(code)
        return math.log(rates[0] / rates[1]) if rates else 0.0

    def log_odds(self, indicators: Iterable[str]) -> float:
        return math.log(self.prior / (1 - self.prior)) + sum(self.weight(code) for code in set(indicators))

    def probability(self, indicators: Iterable[str]) -> float:
        return 1 / (1 + math.exp(-self.log_odds(indicators)))

    def rank(self, evidence: Mapping[str, Iterable[str]]) -> list[str]:
        """Keys of `evidence` ({key: visible indicator codes}), riskiest first;
        ties in key order, so the ranking is reproducible."""
        scores = {key: self.log_odds(codes) for key, codes in evidence.items()}
        return sorted(scores, key=lambda key: (-scores[key], key))

    def select(self, evidence: Mapping[str, Iterable[str]], budget: int) -> list[str]:
        """The `budget` riskiest consignments."""
        return self.rank(evidence)[: max(0, budget)]

    def reasons(self, indicators: Iterable[str]) -> frozenset[str]:
        """The indicators present that raise the risk (likelihood ratio above 1)."""
        return frozenset(code for code in indicators if self.weight(code) > 0)
