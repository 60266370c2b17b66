"""Joining and leaving dates, step 2: the joining date is required (0003
filled it in), and no one leaves before joining."""

import django.utils.timezone
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("mentoring", "0003_membership_dates"),
    ]

    operations = [
        migrations.AlterField(
            model_name="cohortmembership",
            name="joined_on",
            field=models.DateField(default=django.utils.timezone.localdate, verbose_name="joined on"),
        ),
        migrations.AddConstraint(
            model_name="cohortmembership",
            constraint=models.CheckConstraint(
                condition=models.Q(("left_on__isnull", True), ("left_on__gte", models.F("joined_on")), _connector="OR"),
                name="mentoring_leaves_after_joining",
            ),
        ),
    ]
