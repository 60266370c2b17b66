"""A risk-engine baseline for declarations scenarios: gradient boosting
(scikit-learn's HistGradientBoostingClassifier, the family of the published
baseline on these data) fitted on the shipped extract of the KCS train split,
over fields a trainee sees on the consignment pages only.

The model is fitted deterministically on first use in each process (about a
second) from `scenarios/data/customs-declarations-extract.csv` (MIT licence,
notice beside it): nothing is unpickled. The hidden truth is read neither to
fit on a scenario nor to rank it.

Mentor/debrief code: `declarations_engine_select(scenario=, budget=)` ranks a
scenario's consignments by fraud probability and selects the top `budget`.
Publishing a declarations scenario stores each consignment's probability with
its hidden truth (`declarations_engine_store`), so a debrief ranks by the
stored values (`declarations_engine_stored`) without fitting the model.
"""

import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from django.conf import settings

EXTRACT = Path(settings.BASE_DIR) / "scenarios" / "data" / "customs-declarations-extract.csv"
# A fixed key for building the training containers: the features below do
# not depend on it (value per kg, HS code, countries, mode, items).
_TRAINING_SECRET = b"declarations-engine-training"
FEATURES = (
    "hs_chapter", "hs_code", "origin", "departure", "origin_is_departure", "mode", "log_usd_per_kg",
    "log_net_kg", "items",
)  # fmt: skip
CATEGORICAL = ("hs_chapter", "origin", "departure", "mode")


@dataclass(frozen=True)
class EngineChoice:
    consignment_id: int
    container_number: str
    probability: float
    rank: int  # 1 = riskiest
    selected: bool


def _items(goods_description) -> int:
    # The importer writes the principal item's HS code and "(+n)" for n more items.
    if isinstance(goods_description, dict):  # a language map (the same text in every language)
        goods_description = goods_description.get("en", "")
    if goods_description.endswith(")") and "(+" in goods_description:
        tail = goods_description.rsplit("(+", 1)[1][:-1]
        if tail.isascii() and tail.isdigit():
            return 1 + int(tail)
    return 1


def consignment_features(
    *,
    hs_code: str,
    country_of_origin: str,
    place_of_receipt: str,
    transport_mode: str,
    declared_value,
    net_weight_kg,
    gross_weight_kg,
    goods_description: str,
) -> dict:
    """The engine's inputs from trainee-visible fields of one consignment."""
    net = float(net_weight_kg or gross_weight_kg)
    departure = place_of_receipt[:2]
    return {
        "hs_chapter": hs_code[:2],
        "hs_code": int(hs_code[:6]),
        "origin": country_of_origin,
        "departure": departure,
        "origin_is_departure": int(country_of_origin == departure),
        "mode": transport_mode,
        "log_usd_per_kg": math.log(max(float(declared_value), 0.01) / max(net, 0.1)),
        "log_net_kg": math.log(max(net, 0.1)),
        "items": _items(goods_description),
    }


class _Engine:
    def __init__(self, rows: list[dict], labels: list[int]):
        import numpy as np
        from sklearn.ensemble import HistGradientBoostingClassifier
        from sklearn.model_selection import StratifiedKFold
        from sklearn.preprocessing import TargetEncoder

        self.codes = {}
        for name in CATEGORICAL:
            counts: dict[str, int] = {}
            for row in rows:
                counts[row[name]] = counts.get(row[name], 0) + 1
            # At most 200 categories (the estimator takes up to 255); rarer ones share "other".
            kept = sorted(counts, key=lambda k: (-counts[k], k))[:200]
            self.codes[name] = {value: index for index, value in enumerate(sorted(kept))}
        self.model = HistGradientBoostingClassifier(
            learning_rate=0.1,
            max_iter=100,
            max_leaf_nodes=15,
            min_samples_leaf=20,
            l2_regularization=1.0,
            categorical_features=[FEATURES.index(name) for name in CATEGORICAL],
            early_stopping=False,
            random_state=0,
        )
        self.encoder = TargetEncoder(
            target_type="binary", cv=StratifiedKFold(n_splits=5, shuffle=True, random_state=0)
        )
        encoded = self.encoder.fit_transform(self.hs_matrix(rows), np.asarray(labels))
        self.model.fit(np.hstack([self.matrix(rows), encoded]), labels)

    @staticmethod
    def hs_matrix(rows):
        """HS subheading and heading as categories, for the target encoder
        (fitted with cross-fitting, so a row never encodes its own label)."""
        import numpy as np

        codes = [f"{row['hs_code']:06d}" for row in rows]
        return np.asarray([[code, code[:4]] for code in codes], dtype=object)

    def matrix(self, rows: list[dict]):
        import numpy as np

        data = np.empty((len(rows), len(FEATURES)), dtype=float)
        for i, row in enumerate(rows):
            for j, name in enumerate(FEATURES):
                if name in CATEGORICAL:
                    data[i, j] = self.codes[name].get(row[name], len(self.codes[name]))
                else:
                    data[i, j] = row[name]
        return data

    def probabilities(self, rows: list[dict]) -> list[float]:
        if not rows:
            return []
        import numpy as np

        data = np.hstack([self.matrix(rows), self.encoder.transform(self.hs_matrix(rows))])
        return [float(p) for p in self.model.predict_proba(data)[:, 1]]


def _document_rows(document: dict) -> tuple[list[dict], list[int]]:
    rows, labels = [], []
    for c in document["consignments"]:
        rows.append(consignment_features_of(c))
        labels.append(int(c["truth"]["high_risk"]))
    return rows, labels


def consignment_features_of(item) -> dict:
    """Features of a consignment document (dict) or model instance."""
    get = item.get if isinstance(item, dict) else lambda name: getattr(item, name)
    return consignment_features(
        hs_code=get("hs_code"),
        country_of_origin=get("country_of_origin"),
        place_of_receipt=get("place_of_receipt"),
        transport_mode=get("transport_mode"),
        declared_value=get("declared_value"),
        net_weight_kg=get("net_weight_kg"),
        gross_weight_kg=get("gross_weight_kg"),
        goods_description=get("goods_description"),
    )


def engine_fit(*, content: bytes, filename: str = "extract.csv") -> _Engine:
    """An engine fitted on the containers built from a declarations table."""
    from .declarations import declarations_document

    document, _report = declarations_document(
        content=content,
        filename=filename,
        label_column="Fraud",
        rows=None,
        budget=1,
        title="training",
        secret=_TRAINING_SECRET,
    )
    rows, labels = _document_rows(document)
    return _Engine(rows, labels)


@cache
def declarations_engine() -> _Engine:
    """The engine fitted on the shipped extract (once per process)."""
    return engine_fit(content=EXTRACT.read_bytes(), filename=EXTRACT.name)


def declarations_engine_rank(*, consignments, engine: _Engine | None = None) -> list[tuple[object, float]]:
    """(consignment, fraud probability), riskiest first; ties by container
    number. `consignments` are model instances or documents (dicts)."""
    items = list(consignments)
    probabilities = (engine or declarations_engine()).probabilities(
        [consignment_features_of(c) for c in items]
    )
    number = (lambda c: c["container_number"]) if items and isinstance(items[0], dict) else None
    pairs = list(zip(items, probabilities, strict=True))
    pairs.sort(key=lambda pair: (-pair[1], number(pair[0]) if number else pair[0].container_number))
    return pairs


def scenario_is_declarations(*, scenario) -> bool:
    """Whether `scenario` was built from a declarations table (its hidden truth
    keeps source references). Reads the truth: debrief and mentor code only."""
    from .models.truth import ConsignmentTruth

    return (
        ConsignmentTruth.objects.filter(consignment__scenario=scenario).exclude(source_references=[]).exists()
    )


def declarations_engine_select(*, scenario, budget: int | None = None) -> list[EngineChoice]:
    """Every consignment of `scenario` ranked by the engine's fraud probability,
    the first `budget` (the scenario's inspection budget by default) marked
    selected. Reads trainee-visible fields only; show the result to a trainee
    only after their submission (it is a debrief baseline)."""
    from .models import Consignment

    budget = scenario.inspection_budget if budget is None else budget
    consignments = Consignment.objects.filter(scenario=scenario).only(
        "id", "container_number", "hs_code", "country_of_origin", "place_of_receipt", "transport_mode",
        "declared_value", "net_weight_kg", "gross_weight_kg", "goods_description",
    )  # fmt: skip
    ranked = declarations_engine_rank(consignments=consignments)
    return [
        EngineChoice(
            consignment_id=c.pk,
            container_number=c.container_number,
            probability=probability,
            rank=rank,
            selected=rank <= budget,
        )
        for rank, (c, probability) in enumerate(ranked, start=1)
    ]


def declarations_engine_store(*, scenario) -> int:
    """Store the engine's probability of every consignment of `scenario` with
    its hidden truth; the number of truths written. Called when the version is
    published (the fields the engine reads never change afterwards)."""
    from .models.truth import ConsignmentTruth

    probability = {
        choice.consignment_id: choice.probability for choice in declarations_engine_select(scenario=scenario)
    }
    truths = list(
        ConsignmentTruth.objects.filter(consignment__scenario=scenario).only("id", "consignment_id")
    )
    for truth in truths:
        truth.engine_probability = probability[truth.consignment_id]
    # A queryset update: the publishing service writes this derived field while
    # it freezes the version (a truth's own save refuses a locked version).
    ConsignmentTruth.objects.bulk_update(truths, ["engine_probability"], batch_size=500)
    return len(truths)


def declarations_engine_stored(*, scenario, budget: int | None = None) -> list[EngineChoice]:
    """`declarations_engine_select` from the probabilities stored at
    publication (no model fitted); computed afresh only for a version
    published before they were stored. Reads the truth table: debrief and
    mentor code only, after submission."""
    from .models.truth import ConsignmentTruth

    budget = scenario.inspection_budget if budget is None else budget
    rows = list(
        ConsignmentTruth.objects.filter(consignment__scenario=scenario).values_list(
            "consignment_id", "consignment__container_number", "engine_probability"
        )
    )
    if not rows or any(probability is None for _cid, _number, probability in rows):
        return declarations_engine_select(scenario=scenario, budget=budget)
    rows.sort(key=lambda row: (-row[2], row[1]))
    return [
        EngineChoice(
            consignment_id=cid,
            container_number=number,
            probability=probability,
            rank=rank,
            selected=rank <= budget,
        )
        for rank, (cid, number, probability) in enumerate(rows, start=1)
    ]
