"""E-mails about the review workflow, each in its recipient's language."""

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from .fields import localized


def scenario_returned_notify(*, scenario, reviewer, comment: str, base_url: str | None = None) -> list[str]:
    """E-mail the author of a returned scenario (and the mentor who submitted
    it, when that is someone else) that it came back, with the reviewer's
    comment and a link to its review page. Returns the addresses written to."""
    from accounts.adapter import email_sender, email_subject

    base = (base_url or settings.WAGTAILADMIN_BASE_URL).rstrip("/")
    url = base + reverse("scenarios_admin:review", args=[scenario.pk])
    recipients = {}
    for person in (scenario.created_by, scenario.submitted_by):
        if person is not None and person.is_active and person.email and person.pk != reviewer.pk:
            recipients[person.pk] = person
    sent = []
    for person in recipients.values():
        with translation.override(person.preferred_language or settings.LANGUAGE_CODE):
            context = {
                "user": person,
                "title": localized(scenario.title, translation.get_language()),
                "version": scenario.version,
                "reviewer": reviewer.get_full_name(),
                "comment": comment,
                "url": url,
            }
            subject = email_subject(render_to_string("scenarios/email/returned_subject.txt", context).strip())
            body = render_to_string("scenarios/email/returned.txt", context)
            sender = email_sender()
        send_mail(subject, body, sender, [person.email])
        sent.append(person.email)
    return sent
