from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from core.admin_menu import PermissionMenuItem

from . import viewsets


@hooks.register("register_admin_urls")
def register_admin_urls():
    urls = [
        path("report/", viewsets.EnrolmentReportView.as_view(), name="enrolment_report"),
        path(
            "report/results/",
            viewsets.EnrolmentReportView.as_view(results_only=True),
            name="enrolment_report_results",
        ),
        path("enrol/", viewsets.staff_enrol, name="staff_enrol"),
    ]
    return [path("courses/", include((urls, "courses_admin"), namespace="courses_admin"))]


@hooks.register("register_reports_menu_item")
def register_enrolment_report_menu_item():
    return PermissionMenuItem(
        _("Course enrolments"),
        reverse("courses_admin:enrolment_report"),
        name="course-enrolments",
        icon_name="group",
        order=1200,
        permission="courses.view_enrolment",
    )


@hooks.register("register_admin_menu_item")
def register_staff_enrol_menu_item():
    return PermissionMenuItem(
        _("Enrol people"),
        reverse("courses_admin:staff_enrol"),
        name="enrol-people",
        icon_name="user",
        order=250,
        permission="courses.add_enrolment",
    )


# Warn the author before a new lesson lowers the progress of a live course's
# trainees (courses/editor_warnings.py).
@hooks.register("before_create_page")
def warn_lesson_lowers_progress_on_create(request, parent_page, page_class):
    from .editor_warnings import lesson_publish_impact_warn

    if request.method == "GET":
        lesson_publish_impact_warn(request, page_class=page_class, parent=parent_page)


@hooks.register("before_edit_page")
def warn_lesson_lowers_progress_on_edit(request, page):
    from .editor_warnings import lesson_publish_impact_warn

    if request.method == "GET":
        lesson_publish_impact_warn(request, page=page)


# What publishing did is said once it is done: the impact is measured before
# (the lesson is not counted yet) and reported after, when the lesson is live;
# a refused or scheduled publication reports nothing.
@hooks.register("before_publish_page")
def measure_lesson_publish_impact(request, page):
    from .editor_warnings import lesson_publish_impact_measure

    lesson_publish_impact_measure(request, page=page)


@hooks.register("after_publish_page")
def note_lesson_lowered_progress(request, page):
    from .editor_warnings import lesson_publish_impact_report

    lesson_publish_impact_report(request, page=page)
