from django.db import models
from django.utils.translation import gettext_lazy as _


class ProgrammeReport(models.Model):
    """No table: this model only carries the permission to read the
    programme dashboard and export its figures (granted to programme staff)."""

    class Meta:
        managed = False
        default_permissions = ()
        permissions = [
            ("view_programme_dashboard", _("Can see the programme dashboard and export its figures"))
        ]
        verbose_name = _("programme report")

    def __str__(self) -> str:
        return str(self._meta.verbose_name)
