"""Names the unused-code check (vulture, `make lint`) cannot see being used.

Only framework entry points belong here: what Django, Wagtail or allauth call
by name (settings strings, hooks, overridden methods) and what templates read.
Anything else vulture reports is removed, not listed. Management commands,
AppConfigs and form `clean_<field>` methods are left out by `ignore_names` in
pyproject.toml. Each line is `_.name` (vulture matches names, not objects);
the comment says who calls it. See docs/development.md.
"""

# ruff: noqa: B018, F821

# Named in settings (config/settings/base.py) as dotted strings.
_.AccountAdapter  # ACCOUNT_ADAPTER
_.SignupProfileForm  # ACCOUNT_SIGNUP_FORM_CLASS
_.JSONFormatter  # LOGGING
_.site_chrome  # TEMPLATES context_processors
_.ExerciseBlock  # the lesson body's plug-in blocks
_.AdminAccessMiddleware  # MIDDLEWARE
_.AdminLanguageFallbackMiddleware  # MIDDLEWARE
_.AnonymousPageCacheMiddleware  # MIDDLEWARE
_.ContentHostMiddleware  # MIDDLEWARE
_.ContentSecurityPolicyMiddleware  # MIDDLEWARE
_.PrivateCacheMiddleware  # MIDDLEWARE
_.StaffMFAMiddleware  # MIDDLEWARE
_.server_error  # handler500 in config/urls.py

# Django: models, auth, forms and cache backends.
_.ProgrammeReport  # a model without rows: it carries the reports' permissions
_.create_user  # UserManager API (createsuperuser, allauth)
_.create_superuser  # UserManager API (createsuperuser)
_.get_short_name  # AbstractBaseUser API
_.get_user  # authentication backend API
_.decompress  # MultiWidget API
_.formfield  # model field API
_.preprocess_field_value  # wagtail.admin.views.mixins.SpreadsheetExportMixin
_.as_spreadsheet  # the same mixin: ReportView's export calls it (courses' enrolment report)
_.export_format  # its argument

# allauth: the account adapter and the sign-up form.
_.is_open_for_signup
_.format_email_subject
_.get_from_email
_.signup

# Wagtail: previews, viewsets, menu items, log actions, hooks' arguments.
_.preview_modes  # PreviewableMixin
_.serve_preview  # PreviewableMixin
_.mode_name  # its argument
_.preview_value  # StreamField block preview
_.is_shown  # MenuItem
_.get_form_class  # ViewSet
_.get_queryset  # ViewSet / view
_.get_object_list  # ChooserViewSet (injected into its choose views)
_.list_display  # ViewSet
_.delete_action  # ViewSet's delete view
_.user_has_permission  # PermissionPolicy
_.users_with_any_permission  # PermissionPolicy
_.get_field_label  # InspectView
_.get_activities_display_value  # InspectView: get_<field>_display_value
_.get_author_display_value
_.get_core_api_display_value
_.get_dependants_display_value
_.get_dependencies_display_value
_.get_license_display_value
_.get_runnable_display_value
_.get_version_display_value
_.ReplacePackage  # register_log_actions
_.format_message  # LogFormatter

# Read by templates.
_.assessed_left  # exercises/catalogue.html, blocks/exercise_block.html
_.attempts_left  # courses/blocks/quiz.html
_.duty_station_list  # mentoring/workspace.html
_.is_assessed  # exercises/catalogue.html, includes/bar.html
_.is_complete  # courses/course_page.html, my_learning.html
_.reliable  # mentoring/mentee.html

# HTMLParser callbacks (core/admin_csp.py) and the middleware named in settings.
_.handle_starttag
_.handle_data
_.handle_endtag
_.AdminScriptNonceMiddleware
# Wagtail: Page.get_view_restrictions (core/models.py), a widget's
# value_from_datadict (h5p/forms.py), a viewset's Media (scenarios/viewsets.py).
_.get_view_restrictions
_.value_from_datadict
_.Media
# wagtail-localize's hooks for a custom translatable field (h5p/fields.py).
_.get_translatable_segments
_.restore_translated_segments
# Read by templates.
_.released_numbers  # exercises/includes/debrief_body.html
