from django_tasks import task


@task()
def scenario_forms_generate_task(scenario_id: int) -> int:
    """Make the hidden forms of a generated scenario version just published
    (enqueued by the publication; safe to run twice: existing forms are kept)."""
    from .models import Scenario
    from .services import scenario_forms_generate

    scenario = Scenario.objects.filter(pk=scenario_id).first()
    return scenario_forms_generate(scenario=scenario) if scenario is not None else 0
