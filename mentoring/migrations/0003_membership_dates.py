"""Joining and leaving dates of cohort memberships, step 1: the columns, and
the joining date of every existing membership (the later of the day it was
added, in the programme's time zone, and the cohort's start). Step 2 (0004)
makes the joining date required; the data change and the schema change are
in separate migrations so that PostgreSQL has no pending trigger events."""

from django.db import migrations, models
from django.utils import timezone


def backfill(apps, schema_editor):
    CohortMembership = apps.get_model("mentoring", "CohortMembership")
    batch = []
    for membership in CohortMembership.objects.select_related("cohort").only(
        "pk", "added_at", "cohort__starts_on"
    ):
        added = timezone.localtime(membership.added_at).date()
        membership.joined_on = max(added, membership.cohort.starts_on)
        batch.append(membership)
        if len(batch) >= 2000:
            CohortMembership.objects.bulk_update(batch, ["joined_on"])
            batch = []
    CohortMembership.objects.bulk_update(batch, ["joined_on"])


class Migration(migrations.Migration):
    dependencies = [
        ("mentoring", "0002_retally_cited_reasoning_only"),
    ]

    operations = [
        migrations.AddField(
            model_name="cohortmembership",
            name="joined_on",
            field=models.DateField(null=True, verbose_name="joined on"),
        ),
        migrations.AddField(
            model_name="cohortmembership",
            name="left_on",
            field=models.DateField(
                blank=True,
                help_text="Empty while the trainee is still in the cohort.",
                null=True,
                verbose_name="left on",
            ),
        ),
        migrations.RunPython(backfill, migrations.RunPython.noop),
    ]
