"""The trainee-view preview: exactly what a trainee will see, built only from
`selectors` (no truth). Mentors and staff only."""

from django.conf import settings
from django.shortcuts import get_object_or_404, render

from accounts.roles import Role, role_required

from . import selectors
from .models.scenario import Scenario


@role_required(Role.MENTOR, Role.STAFF)
def scenario_preview(request, pk):
    scenario = get_object_or_404(Scenario.objects.authored(), pk=pk)
    languages = [code for code, _name in settings.LANGUAGES]
    language = request.GET.get("lang") if request.GET.get("lang") in languages else request.LANGUAGE_CODE
    context = {
        "scenario": selectors.scenario_overview(scenario=scenario, language=language),
        "consignments": selectors.scenario_consignments(scenario=scenario, language=language),
        "osint_pages": selectors.scenario_osint_pages(scenario=scenario, language=language),
        "indicators": selectors.indicator_catalogue(language=language),
        "preview_language": language,
        "languages": settings.LANGUAGES,
    }
    return render(request, "scenarios/preview.html", context)
