"""The Wagtail admin's account settings with our one name field.

Wagtail's "Name and Email" panel asks for a first and a last name, both
required, and its form is bound on every save of the page: a person who has
only a full name (every account here: the name as it must appear on
certificates, in any script) could not even change the admin language. This
page is Wagtail's AccountView with that one panel swapped for a panel of
the same name editing `full_name` (and the e-mail address where Wagtail's
WAGTAIL_EMAIL_MANAGEMENT_ENABLED lets it); panels registered through the
`register_account_settings_panel` hook are kept. It is served at Wagtail's
own address (config/urls.py, before the admin's URLs).
"""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.account import (
    AccountView,
    NameEmailSettingsPanel,
    email_management_enabled,
)

from .forms import ProfileFieldsMixin
from .models import User


class FullNameEmailForm(ProfileFieldsMixin, forms.ModelForm):
    class Meta:
        model = User
        fields = ["full_name", "email"]
        labels = {"full_name": _("Full name"), "email": _("E-mail")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["full_name"].required = True
        if not email_management_enabled():
            del self.fields["email"]


class FullNameEmailSettingsPanel(NameEmailSettingsPanel):
    form_class = FullNameEmailForm


class FullNameAccountView(AccountView):
    def get_panels(self):
        return [
            FullNameEmailSettingsPanel(panel.request, panel.user, panel.profile)
            if type(panel) is NameEmailSettingsPanel
            else panel
            for panel in super().get_panels()
        ]
