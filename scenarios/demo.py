"""Demo scenarios: one import, one export and one rip-on/rip-off case, each
published, with texts in English, Russian, Uzbek and Turkmen.

The seeds below are nominal: the generator is called with a seed derived from
each of them and the server's seed secret (`core.seeds.seed_derive`), so the
public code and these numbers do not rebuild the demo scenarios' truth.
Each records its generator settings, so once published it gets hidden forms
for assessed attempts (made by a task worker)."""

from django.db import transaction

from accounts.models import User

from .models import Scenario
from .services import indicator_catalogue_ensure, scenario_generate

DEMO_SCENARIOS = [
    {
        "key": "Demo: Aktau ferry arrivals",
        "args": {"seed": 101, "consignments": 12, "high_risk": 3, "phase": "import", "budget": 4},
        "title": {
            "ru": "Демо: паромы в Актау",
            "uz": "Demo: Aktauga paromlar",
            "tk": "Demo: Aktaua parom gatnawlary",
        },
    },
    {
        "key": "Demo: Tashkent departures",
        "args": {"seed": 202, "consignments": 10, "high_risk": 2, "phase": "export", "budget": 3},
        "title": {
            "ru": "Демо: отправления из Ташкента",
            "uz": "Demo: Toshkentdan joʻnatmalar",
            "tk": "Demo: Daşkentden ugradylýan ýükler",
        },
    },
    {
        "key": "Demo: rip-on/rip-off on the Middle Corridor",
        "args": {
            "seed": 303,
            "consignments": 10,
            "high_risk": 2,
            "phase": "import",
            "budget": 3,
            "patterns": ("rip",),
        },
        "title": {
            "ru": "Демо: rip-on/rip-off на Среднем коридоре",
            "uz": "Demo: Oʻrta yoʻlakda rip-on/rip-off",
            "tk": "Demo: Orta geçelgede rip-on/rip-off",
        },
    },
]


@transaction.atomic
def seed(*, stdout=None) -> None:
    indicator_catalogue_ensure()
    author = User.objects.filter(email="mentor@example.org").first()
    for spec in DEMO_SCENARIOS:
        if Scenario.objects.authored().filter(title__en=spec["key"]).exists():
            continue
        # The generator runs on the secret seed derived from the nominal one
        # (purpose "scenarios.demo"); the settings record the nominal seed.
        scenario = scenario_generate(
            **spec["args"],
            seed_purpose="scenarios.demo",
            title={"en": spec["key"], **spec["title"]},
            user=author,
            publish=True,
        )
        if stdout:
            stdout.write(f"  scenario {spec['key']} (id {scenario.pk})")
