from django.db import migrations, models

MODES = [("practice", "Practice"), ("assessed", "Assessed")]


class Migration(migrations.Migration):
    dependencies = [
        ("exercises", "0002_attempt_lesson_key"),
    ]

    operations = [
        migrations.AddField(
            model_name="attempt",
            name="form_seed",
            field=models.BigIntegerField(blank=True, editable=False, null=True, verbose_name="form seed"),
        ),
        # Attempts made before the modes existed counted towards their lesson:
        # they are assessed (on the scenario as authored, no form).
        migrations.AddField(
            model_name="attempt",
            name="mode",
            field=models.CharField(choices=MODES, default="assessed", max_length=10, verbose_name="mode"),
        ),
        migrations.AlterField(
            model_name="attempt",
            name="mode",
            field=models.CharField(choices=MODES, default="practice", max_length=10, verbose_name="mode"),
        ),
    ]
