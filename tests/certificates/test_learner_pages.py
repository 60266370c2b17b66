"""The certificate on "My learning" and on the course page."""

from unittest import mock

from django.urls import reverse

from certificates import services
from certificates.models import Certificate
from certificates.services import certificate_revoke


def test_my_learning_says_being_prepared_until_the_pdf_is_rendered(
    client, make_course, complete_course, trainee
):
    course = make_course()
    with mock.patch.object(services, "_enqueue_render"):
        complete_course(trainee, course)
    certificate = Certificate.objects.get()
    client.force_login(trainee)
    page = client.get(reverse("courses:my_learning")).content.decode()
    assert "Your certificate is being prepared" in page
    assert certificate.code in page

    services.certificate_render_attempt(certificate_id=certificate.pk)
    page = client.get(reverse("courses:my_learning")).content.decode()
    assert reverse("certificates:download", args=[certificate.pk]) in page
    assert "being prepared" not in page


def test_the_course_page_links_the_ready_certificate(client, make_course, complete_course, trainee):
    course = make_course()
    complete_course(trainee, course)
    certificate = Certificate.objects.get()
    client.force_login(trainee)
    page = client.get(course.url).content.decode()
    assert reverse("certificates:download", args=[certificate.pk]) in page


def test_a_revoked_certificate_shows_no_download_link(client, make_course, complete_course, trainee, staff):
    course = make_course()
    complete_course(trainee, course)
    certificate = Certificate.objects.get()
    certificate_revoke(certificate=certificate, reason="Wrong person", revoked_by=staff)
    client.force_login(trainee)
    page = client.get(reverse("courses:my_learning")).content.decode()
    assert "Your certificate was revoked." in page
    assert reverse("certificates:download", args=[certificate.pk]) not in page


def test_another_trainees_certificate_is_not_shown(client, make_course, complete_course, trainee, make_user):
    course = make_course()
    complete_course(trainee, course)
    other = make_user()
    from courses.services import enrolment_create

    enrolment_create(user=other, course=course)
    client.force_login(other)
    page = client.get(reverse("courses:my_learning")).content.decode()
    assert Certificate.objects.get().code not in page
