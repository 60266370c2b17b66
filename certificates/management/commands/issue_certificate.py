from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError, no_translations
from wagtail.models import Page

from certificates.selectors import score_summary
from certificates.services import CertificateError, certificate_issue


class Command(BaseCommand):
    help = (
        "Issue a certificate by hand (for example after a classroom course) and print its verification "
        "code. Idempotent: a trainee who already holds a valid certificate for the course gets that one."
    )

    def add_arguments(self, parser):
        parser.add_argument("--user", required=True, metavar="EMAIL")
        parser.add_argument("--course", required=True, type=int, metavar="COURSE_PAGE_ID")
        parser.add_argument(
            "--language",
            choices=[code for code, _name in settings.LANGUAGES],
            help="Language of the certificate; the trainee's preferred language by default.",
        )

    @no_translations
    def handle(self, *args, user, course, language, **options):
        holder = get_user_model().objects.filter(email__iexact=user.strip()).first()
        if holder is None:
            raise CommandError(f"No account has the e-mail address {user}.")
        page = Page.objects.filter(pk=course).specific().first()
        if page is None:
            raise CommandError(f"No page has the id {course}.")
        try:
            certificate = certificate_issue(
                user=holder, course=page, language=language, manual=True, score_summary_for=score_summary
            )
        except CertificateError as exc:
            raise CommandError(str(exc.message)) from exc
        self.stdout.write(certificate.code)
