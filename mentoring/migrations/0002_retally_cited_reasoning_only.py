from django.db import migrations


def retally(apps, schema_editor):
    """Indicator tallies now count only cited reasoning on selected high-risk
    consignments: recompute every stored tally from its attempt's breakdown."""
    from mentoring.services import tallies_from_breakdown

    Attempt = apps.get_model("exercises", "Attempt")
    Indicator = apps.get_model("scenarios", "Indicator")
    IndicatorTally = apps.get_model("mentoring", "IndicatorTally")
    categories = dict(Indicator.objects.values_list("code", "category"))
    IndicatorTally.objects.all().delete()
    batch = []
    for attempt in Attempt.objects.filter(status="submitted").iterator(chunk_size=2000):
        for category, counts in tallies_from_breakdown(attempt.breakdown or {}, categories).items():
            batch.append(
                IndicatorTally(
                    attempt_id=attempt.pk,
                    user_id=attempt.user_id,
                    submitted_at=attempt.submitted_at,
                    category=category,
                    **counts,
                )
            )
        if len(batch) >= 5000:
            IndicatorTally.objects.bulk_create(batch)
            batch = []
    IndicatorTally.objects.bulk_create(batch)


class Migration(migrations.Migration):
    dependencies = [("mentoring", "0001_initial")]

    operations = [migrations.RunPython(retally, migrations.RunPython.noop)]
