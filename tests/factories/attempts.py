"""Reading a whole attempt in tests: every consignment in the attempt's
order with its case file as the attempt's parallel form shows it and the
trainee's work (pages read only what they show)."""

from exercises.models import Selection
from exercises.parallel import form_for
from exercises.selectors import ItemView, item_view
from scenarios.selectors import scenario_consignments


def attempt_items(*, attempt, language=None) -> list[ItemView]:
    form = form_for(attempt)
    views = {
        v.id: form.consignment(v) if form is not None else v
        for v in scenario_consignments(scenario=attempt.scenario, language=language)
    }
    selections = {s.item_id: s for s in Selection.objects.filter(attempt=attempt)}
    rows = attempt.items.order_by("position").values_list("pk", "ref", "position", "consignment_id")
    return [item_view(ref, position, views[cid], selections.get(pk)) for pk, ref, position, cid in rows]
