from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from . import selectors
from .validation import PackageInvalid, package_validate


class H5PActivityForm(WagtailAdminModelForm):
    """Title and grading policy; on creation also the `.h5p` file, validated here
    so that every problem shows on the form and nothing is stored."""

    package = forms.FileField(
        label=_("H5P file (.h5p)"),
        help_text=_(
            "Made in any H5P editor (Lumi, h5p.org, Moodle). Packages that bring new libraries "
            "need the “upload H5P libraries” permission."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.validated_package = None
        if self.instance.pk:
            # Replacing the package of an activity in use would change results; upload a new one.
            del self.fields["package"]
        else:
            self.fields["title"].required = False
            self.fields["title"].help_text = _("Leave empty to use the title in the package.")

    def clean_package(self):
        upload = self.cleaned_data["package"]
        try:
            self.validated_package = package_validate(
                upload,
                installed=selectors.libraries_installed(),
                may_upload_libraries=selectors.user_may_upload_libraries(self.for_user),
            )
        except PackageInvalid as exc:
            raise forms.ValidationError(exc.message, code="invalid_package") from exc
        return upload
