from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CertificatesConfig(AppConfig):
    name = "certificates"
    label = "certificates"
    verbose_name = _("Certificates")

    def ready(self):
        from courses.signals import course_completed
        from exercises.signals import attempt_submitted

        from .receivers import issue_on_assessed_attempt, issue_on_course_completed

        course_completed.connect(issue_on_course_completed, dispatch_uid="certificates_issue_on_completion")
        attempt_submitted.connect(issue_on_assessed_attempt, dispatch_uid="certificates_issue_on_evidence")
