"""E-mails about the review workflow, each in its recipient's language."""

from django.conf import settings
from django.urls import reverse

from .fields import localized


def scenario_returned_notify(*, scenario, reviewer, comment: str, base_url: str | None = None) -> list[str]:
    """E-mail the author of a returned scenario (and the mentor who submitted
    it, when that is someone else) that it came back, with the reviewer's
    comment and a link to its review page. Returns the addresses written to."""
    from accounts.adapter import mail_in_language

    base = (base_url or settings.WAGTAILADMIN_BASE_URL).rstrip("/")
    url = base + reverse("scenarios_admin:review", args=[scenario.pk])
    recipients = {}
    for person in (scenario.created_by, scenario.submitted_by):
        if person is not None and person.is_active and person.email and person.pk != reviewer.pk:
            recipients[person.pk] = person
    sent = []
    for person in recipients.values():
        mail_in_language(
            person,
            template_prefix="scenarios/email/returned",
            context=lambda language: {
                "title": localized(scenario.title, language),
                "version": scenario.version,
                "reviewer": reviewer.get_full_name(),
                "comment": comment,
                "url": url,
            },
        )
        sent.append(person.email)
    return sent
