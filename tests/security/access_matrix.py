"""The access-control matrix: what every principal gets from every URL.

`test_access_matrix.py` enumerates every URL pattern of the platform (our
views, allauth, Wagtail's front end and both admins) and fails when one has no
entry here, so a new URL cannot ship without a decision about who may reach it.

Principals, in column order (`PRINCIPALS`): anonymous, the trainee who owns the
records in the test world (`tests/security/conftest.py: world`), another
trainee, the mentor of the trainee's cohort, the mentor of another cohort (the
other trainee's) and programme staff. To add a principal, append it to
`PRINCIPALS`, give `clients` a client for it (the `world.users` key), and add
one column to every row: rows with the wrong number of columns fail.

Outcomes: an HTTP status, `L` (a redirect to the sign-in page) or `R` (a
redirect anywhere else). `-` means the method is not tried for that row.
Each row: (path with `{placeholders}` from `world.values`, GET outcomes,
POST outcomes). POSTs carry no data but a valid CSRF token: they prove who
gets past the door, not that the form works.
"""

PRINCIPALS = ("anonymous", "trainee", "other_trainee", "mentor", "other_mentor", "staff")

#: route pattern (as Django prints it, without the language prefix) -> cases
# Columns:                 anonymous trainee other_trainee mentor other_mentor staff
ROUTES: dict[str, list[tuple[str, str, str]]] = {
    "documents/^(\\d+)/(.*)$": [
        ("/documents/999999/missing.pdf", "404 404 404 404 404 404", "404 404 404 404 404 404"),
    ],
    "documents/authenticate_with_password/<int:restriction_id>/": [
        ("/documents/authenticate_with_password/999999/", "R R R R R R", "R R R R R R"),
    ],
    "i18n/setlang/": [
        ("/i18n/setlang/", "405 405 405 405 405 405", "400 400 400 400 400 400"),
    ],
    "jsi18n/": [
        # The JavaScript catalogue of the active language: public, no data.
        ("/en/jsi18n/", "200 200 200 200 200 200", "405 405 405 405 405 405"),
    ],
    "media/<path:path>": [
        # Public images only (none in this world); private files only through
        # their own views (`test_media_serving.py`).
        ("/media/certificates/pdf/missing.pdf", "404 404 404 404 404 404", "405 405 405 405 405 405"),
        ("/media/images/missing.png", "404 404 404 404 404 404", "405 405 405 405 405 405"),
    ],
    "healthz": [
        ("/healthz", "200 200 200 200 200 200", "405 405 405 405 405 405"),
    ],
    "scenarios/<int:pk>/preview/": [
        ("/scenarios/{scenario}/preview/", "L 403 403 200 200 200", "L 403 403 200 200 200"),
        ("/scenarios/{draft}/preview/", "L 403 403 200 200 200", "L 403 403 200 200 200"),
    ],
    "scenarios/<int:pk>/review/": [
        # The former address of the review page: a redirect to the admin one.
        ("/scenarios/{draft}/review/", "L 403 403 R R R", "L 403 403 R R R"),
    ],
    "scenarios/<int:pk>/export.json": [
        ("/scenarios/{scenario}/export.json", "L 403 403 200 200 200", "L 403 403 200 200 200"),
    ],
    "scenarios/<int:pk>/consignments/upload/": [
        ("/scenarios/{draft}/consignments/upload/", "405 405 405 405 405 405", "L 403 403 R R 403"),
    ],
    "scenarios/<int:pk>/<slug:action>/": [
        ("/scenarios/{draft}/submit/", "405 405 405 405 405 405", "L 403 403 R R 403"),
        ("/scenarios/{draft}/approve/", "405 405 405 405 405 405", "L 403 403 R R 403"),
    ],
    "scenarios/import/": [
        ("/scenarios/import/", "L 403 403 200 200 403", "L 403 403 200 200 403"),
    ],
    "accounts/login/": [
        ("/en/accounts/login/", "200 R R R R R", "200 R R R R R"),
    ],
    "accounts/logout/": [
        ("/en/accounts/logout/", "R 200 200 200 200 200", "R R R R R R"),
    ],
    "accounts/inactive/": [
        ("/en/accounts/inactive/", "200 200 200 200 200 200", "405 405 405 405 405 405"),
    ],
    "accounts/signup/": [
        ("/en/accounts/signup/", "200 R R R R R", "200 R R R R R"),
    ],
    "accounts/reauthenticate/": [
        ("/en/accounts/reauthenticate/", "L 200 200 200 200 200", "L 200 200 200 200 200"),
    ],
    "accounts/reauthenticate/code/": [
        ("/en/accounts/reauthenticate/code/", "L 200 200 200 200 200", "L 200 200 200 200 200"),
    ],
    "accounts/reauthenticate/code/confirm/": [
        ("/en/accounts/reauthenticate/code/confirm/", "L R R R R R", "L R R R R R"),
    ],
    "accounts/email/": [
        ("/en/accounts/email/", "L 200 200 200 200 200", "L R R R R R"),
    ],
    "accounts/confirm-email/": [
        ("/en/accounts/confirm-email/", "200 200 200 200 200 200", "405 405 405 405 405 405"),
    ],
    "accounts/password/change/": [
        ("/en/accounts/password/change/", "L 200 200 200 200 200", "L 200 200 200 200 200"),
    ],
    "accounts/password/set/": [
        ("/en/accounts/password/set/", "L R R R R R", "L R R R R R"),
    ],
    "accounts/password/reset/": [
        ("/en/accounts/password/reset/", "200 200 200 200 200 200", "200 200 200 200 200 200"),
    ],
    "accounts/login/code/confirm/": [
        ("/en/accounts/login/code/confirm/", "L R R R R R", "L R R R R R"),
    ],
    "accounts/^confirm-email/(?P<key>[-:\\w]+)/$": [
        ("/en/accounts/confirm-email/not-a-key/", "200 200 200 200 200 200", "404 404 404 404 404 404"),
    ],
    "accounts/password/reset/key/done/": [
        ("/en/accounts/password/reset/key/done/", "200 200 200 200 200 200", "405 405 405 405 405 405"),
    ],
    "accounts/^password/reset/key/(?P<uidb36>[0-9A-Za-z]+)-(?P<key>.+)/$": [
        (
            "/en/accounts/password/reset/key/1-not-a-key/",
            "200 200 200 200 200 200",
            "200 200 200 200 200 200",
        ),
    ],
    "accounts/password/reset/done/": [
        ("/en/accounts/password/reset/done/", "200 200 200 200 200 200", "405 405 405 405 405 405"),
    ],
    "accounts/2fa/": [
        ("/en/accounts/2fa/", "L 200 200 200 200 200", "L 405 405 405 405 405"),
    ],
    "accounts/2fa/authenticate/": [
        ("/en/accounts/2fa/authenticate/", "L R R R R R", "L R R R R R"),
    ],
    "accounts/2fa/reauthenticate/": [
        ("/en/accounts/2fa/reauthenticate/", "L R R R R R", "L R R R R R"),
    ],
    "accounts/2fa/totp/activate/": [
        ("/en/accounts/2fa/totp/activate/", "L R R R R R", "L R R R R R"),
    ],
    "accounts/2fa/totp/deactivate/": [
        ("/en/accounts/2fa/totp/deactivate/", "L 404 404 404 404 404", "L 404 404 404 404 404"),
    ],
    "accounts/2fa/recovery-codes/": [
        ("/en/accounts/2fa/recovery-codes/", "L 404 404 404 404 404", "L 405 405 405 405 405"),
    ],
    "accounts/2fa/recovery-codes/generate/": [
        ("/en/accounts/2fa/recovery-codes/generate/", "L R R R R R", "L R R R R R"),
    ],
    "accounts/2fa/recovery-codes/download/": [
        ("/en/accounts/2fa/recovery-codes/download/", "L 404 404 404 404 404", "L 404 404 404 404 404"),
    ],
    "profile/": [
        ("/en/profile/", "L 200 200 200 200 200", "L 200 200 200 200 200"),
    ],
    "privacy/": [
        ("/en/privacy/", "200 200 200 200 200 200", "405 405 405 405 405 405"),
    ],
    "privacy/export/": [
        # Everyone downloads their own data only (the signed-in account's).
        ("/en/privacy/export/", "L 405 405 405 405 405", "L 200 200 200 200 200"),
    ],
    "privacy/erasure/": [
        ("/en/privacy/erasure/", "L 405 405 405 405 405", "L R R R R R"),
    ],
    "privacy/erasure/withdraw/": [
        ("/en/privacy/erasure/withdraw/", "L 405 405 405 405 405", "L R R R R R"),
    ],
    "learning/": [
        ("/en/learning/", "L 200 200 200 200 200", "L 200 200 200 200 200"),
    ],
    "learning/enrol/<int:page_id>/": [
        ("/en/learning/enrol/{course}/", "L 405 405 405 405 405", "L R R R R R"),
    ],
    "learning/restart/<int:page_id>/": [
        # Refused (with a message) unless the trainee's certificate expired.
        ("/en/learning/restart/{course}/", "L 405 405 405 405 405", "L R R R R R"),
    ],
    "learning/lessons/<int:page_id>/complete/": [
        ("/en/learning/lessons/{lesson}/complete/", "L 405 405 405 405 405", "L R R R R R"),
    ],
    "learning/lessons/<int:page_id>/quiz/<str:assessment_key>/": [
        ("/en/learning/lessons/{lesson}/quiz/{quiz}/", "L 405 405 405 405 405", "L R R R R R"),
    ],
    "h5p/activities/<uuid:uuid>/play/": [
        ("/en/h5p/activities/{activity}/play/", "L 403 403 200 200 200", "L 403 403 200 200 200"),
    ],
    "h5p/activities/<uuid:uuid>/xapi/": [
        ("/en/h5p/activities/{activity}/xapi/", "405 405 405 405 405 405", "403 400 400 400 400 400"),
    ],
    "h5p/activities/<uuid:uuid>/state/": [
        ("/en/h5p/activities/{activity}/state/", "405 405 405 405 405 405", "403 400 400 400 400 400"),
    ],
    "h5p/embed/<str:token>/": [
        ("/en/h5p/embed/{token}/", "200 200 200 200 200 200", "405 405 405 405 405 405"),
        ("/en/h5p/embed/forged-token/", "403 403 403 403 403 403", "405 405 405 405 405 405"),
    ],
    "h5p/embed/<str:token>/package/<path:path>": [
        (
            "/en/h5p/embed/{token}/package/{package_file}",
            "200 200 200 200 200 200",
            "405 405 405 405 405 405",
        ),
        (
            "/en/h5p/embed/{token}/package/../../h5p.json",
            "404 404 404 404 404 404",
            "405 405 405 405 405 405",
        ),
    ],
    "exercises/": [
        ("/en/exercises/", "L 200 200 200 200 200", "L R R R R R"),
    ],
    "exercises/attempts/<uuid:public_id>/": [
        ("/en/exercises/attempts/{attempt}/", "L 200 404 404 404 404", "L 200 404 404 404 404"),
    ],
    "exercises/attempts/<uuid:public_id>/c/<str:ref>/": [
        ("/en/exercises/attempts/{attempt}/c/{item}/", "L 200 404 404 404 404", "L R 404 404 404 404"),
    ],
    "exercises/attempts/<uuid:public_id>/osint/": [
        ("/en/exercises/attempts/{attempt}/osint/", "L 200 404 404 404 404", "L 200 404 404 404 404"),
    ],
    "exercises/attempts/<uuid:public_id>/osint/<str:ref>/": [
        (
            "/en/exercises/attempts/{attempt}/osint/{osint_ref}/",
            "L 404 404 404 404 404",
            "L 404 404 404 404 404",
        ),
    ],
    "exercises/attempts/<uuid:public_id>/finish/": [
        ("/en/exercises/attempts/{attempt}/finish/", "L 200 404 404 404 404", "L R 404 404 404 404"),
    ],
    "exercises/attempts/<uuid:public_id>/examine/": [
        ("/en/exercises/attempts/{attempt}/examine/", "L R 404 404 404 404", "L 404 404 404 404 404"),
    ],
    "exercises/attempts/<uuid:public_id>/submit/": [
        ("/en/exercises/attempts/{attempt}/submit/", "L 200 404 404 404 404", "L R 404 404 404 404"),
    ],
    "exercises/attempts/<uuid:public_id>/debrief/": [
        ("/en/exercises/attempts/{finished}/debrief/", "L 200 404 404 404 404", "L 200 404 404 404 404"),
    ],
    "exercises/review/": [
        ("/en/exercises/review/", "L 403 403 200 200 200", "L 403 403 200 200 200"),
    ],
    "exercises/review/<uuid:public_id>/": [
        # The trainee's mentor and staff review; the mentor of another cohort gets 404.
        ("/en/exercises/review/{finished}/", "L 403 403 200 404 200", "L 403 403 200 404 200"),
        ("/en/exercises/review/{attempt}/", "L 403 403 200 404 200", "L 403 403 200 404 200"),
    ],
    "mentoring/": [
        # Mentors see the cohorts they run (another's is 404); staff see all.
        ("/en/mentoring/", "L 403 403 200 200 200", "L 403 403 405 405 405"),
        ("/en/mentoring/?cohort={cohort}", "L 403 403 200 404 200", "-"),
        ("/en/mentoring/?cohort={other_cohort}", "L 403 403 404 200 200", "-"),
    ],
    "mentoring/cohorts/<int:cohort_id>/trainees/<int:user_id>/": [
        # The mentee page with its private notes; POST writes a note (only the
        # cohort's mentor may; staff read, get a message and no note).
        ("/en/mentoring/cohorts/{cohort}/trainees/{user}/", "L 403 403 200 404 200", "L 403 403 200 404 200"),
        (
            "/en/mentoring/cohorts/{cohort}/trainees/{other_user}/",
            "L 403 403 404 404 404",
            "L 403 403 404 404 404",
        ),
        (
            "/en/mentoring/cohorts/{other_cohort}/trainees/{user}/",
            "L 403 403 404 404 404",
            "L 403 403 404 404 404",
        ),
    ],
    "mentoring/cohorts/<int:cohort_id>/trainees/<int:user_id>/notes/<int:note_id>/": [
        # The mentor's own session note: only its author edits it (anyone
        # else, staff included, is told it does not exist).
        (
            "/en/mentoring/cohorts/{cohort}/trainees/{user}/notes/{note}/",
            "L 403 403 200 404 404",
            "L 403 403 200 404 404",
        ),
    ],
    "mentoring/cohorts/<int:cohort_id>/trainees/<int:user_id>/notes/<int:note_id>/delete/": [
        (
            "/en/mentoring/cohorts/{cohort}/trainees/{user}/notes/{note}/delete/",
            "L 403 403 405 405 405",
            "L 403 403 R 404 404",
        ),
    ],
    "admin/exercise_attempts/inspect/<int:pk>/": [
        # Concrete rows beside admin_routes.txt: the mentor of another cohort
        # gets a 404 for the trainee's attempt (R: LocaleMiddleware answers a
        # 404 under /admin/ with a redirect to /en/admin/..., itself a 404).
        ("/admin/exercise_attempts/inspect/{finished_pk}/", "L 403 403 200 R 200", "-"),
        ("/admin/exercise_attempts/inspect/{attempt_pk}/", "L 403 403 200 R 200", "-"),
    ],
    "admin/programme/export/<slug:table>.<str:fmt>": [
        # Programme exports: staff only (mentors are sent to the admin home).
        ("/admin/programme/export/courses.csv", "L 403 403 R R 200", "-"),
        ("/admin/programme/export/courses.xlsx", "L 403 403 R R 200", "-"),
        ("/admin/programme/export/no-such-table.csv", "L 403 403 R R 404", "-"),
        ("/admin/programme/audit/?format=csv", "L 403 403 R R 200", "-"),
    ],
    "admin/mentoring/cohorts/<int:pk>/trainees/": [
        ("/admin/mentoring/cohorts/{cohort}/trainees/", "L 403 403 R R 200", "L 403 403 R R 200"),
    ],
    "admin/cohorts/edit/<int:pk>/": [
        ("/admin/cohorts/edit/{cohort}/", "L 403 403 R R 200", "-"),
    ],
    "verify/": [
        ("/en/verify/", "200 200 200 200 200 200", "405 405 405 405 405 405"),
    ],
    "verify/key/": [
        ("/en/verify/key/", "200 200 200 200 200 200", "405 405 405 405 405 405"),
    ],
    "verify/<str:code>/": [
        # POST checks a typed name; an empty one is refused with the reason.
        ("/en/verify/{code}/", "200 200 200 200 200 200", "400 400 400 400 400 400"),
    ],
    "certificates/": [
        ("/en/certificates/", "L 200 200 200 200 200", "L 405 405 405 405 405"),
    ],
    "certificates/<int:pk>/pdf/": [
        ("/en/certificates/{certificate}/pdf/", "L 404 404 404 404 404", "L 405 405 405 405 405"),
    ],
    "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/": [
        (
            "/en/_util/authenticate_with_password/999999/{lesson}/",
            "404 404 404 404 404 404",
            "404 404 404 404 404 404",
        ),
    ],
    "_util/login/": [
        ("/en/_util/login/", "200 200 200 200 200 200", "200 200 200 200 200 200"),
    ],
    "^((?:[\\w\\-]+/)*)$": [
        ("/en/", "200 200 200 200 200 200", "200 200 200 200 200 200"),
        ("{course_url}", "200 200 200 200 200 200", "200 200 200 200 200 200"),
        ("{lesson_url}", "L 200 R 200 200 200", "L 200 200 200 200 200"),
    ],
}

#: Admin routes (Wagtail's /admin/ and Django's /django-admin/) are listed in
#: admin_routes.txt: one line per pattern with the GET outcome per principal.
#: URL parameters are filled with placeholders (see `admin_placeholder`): the
#: row shows who is turned away at the door; 404 means let in, no such object.

#: Privilege-raising POSTs to the admin's user screens, by every principal and
#: by a superuser (last column). Each attack targets a fresh account (its
#: `target`: a trainee, a programme staff member or a superuser) and posts
#: the superuser flag, a new password and the Programme staff role beside
#: whatever the form asks for. Outcome: the response (as above) followed by
#: `+` when the attack took effect (the target became or stayed what the
#: attacker asked for), `-` when the account is unchanged.
ESCALATION_PRINCIPALS = (*PRINCIPALS, "superuser")
# Columns:          anonymous trainee other_trainee mentor other_mentor staff superuser
ESCALATIONS: dict[str, tuple[str, str]] = {
    # Make a trainee superuser, with a password the attacker knows (staff:
    # the profile is saved, the flag and the password are not).
    "edit-trainee": ("trainee", "L- 403- 403- R- R- R- R+"),
    # Give a trainee the Programme staff role (staff: a form error).
    "edit-trainee-role": ("trainee", "L- 403- 403- R- R- 200- R+"),
    # The first attack against another programme staff member (staff are
    # refused the editor: Wagtail answers a refusal with its admin home).
    "edit-staff": ("staff", "L- 403- 403- R- R- R- R+"),
    # Take over a superuser: new password, superuser flag removed.
    "edit-superuser": ("superuser", "L- 403- 403- R- R- R- R+"),
    # Create a superuser with a password (staff: created, neither).
    "create": ("", "L- 403- 403- R- R- R- R+"),
    # Create an account with the Programme staff role (staff: a form error).
    "create-role": ("", "L- 403- 403- R- R- 200- R+"),
    # Bulk "Assign role": the Programme staff role to a trainee.
    "bulk-role": ("trainee", "L- 403- 403- R- R- 200- R+"),
    # Bulk "Set active state": deactivate a superuser.
    "bulk-deactivate": ("superuser", "L- 403- 403- R- R- R- R+"),
}
