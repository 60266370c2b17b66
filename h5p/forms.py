import html
import json

from django import forms
from django.utils.html import strip_tags
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from . import selectors
from .validation import PackageInvalid, package_validate


class TextsDisplay(forms.Widget):
    """The activity's texts as a list to read (label and text); they come from
    the package and change with it, and are translated with "Translate". The
    labels are shown in the reader's language, from the content type's
    language files (the texts keep them in English)."""

    template_name = "h5p/widgets/texts.html"

    def __init__(self, *args, activity=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.activity = activity

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        if isinstance(value, str):
            try:
                value = json.loads(value)
            except ValueError:
                value = []
        labels = (
            selectors.activity_text_labels(activity=self.activity, language=get_language())
            if self.activity is not None and self.activity.pk
            else {}
        )
        context["texts"] = [
            {
                "label": labels.get(_path_key(text.get("path")), text.get("label", "")),
                # As a reader sees it: plain text unescaped, HTML without its tags.
                "text": html.unescape(strip_tags(text["value"]) if text.get("html") else text["value"]),
            }
            for text in value or []
            if isinstance(text, dict) and isinstance(text.get("value"), str)
        ]
        return context

    def value_from_datadict(self, data, files, name):
        return None


def _path_key(path) -> tuple:
    return tuple(path) if isinstance(path, list) else ()


class H5PActivityForm(WagtailAdminModelForm):
    """Title and grading policy, and the `.h5p` file: required on creation,
    optional on editing (it replaces the content). The file is validated here,
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
        if "texts" in self.fields:
            texts = self.fields["texts"]
            texts.disabled = True
            texts.required = False
            texts.widget = TextsDisplay(activity=self.instance)
            texts.help_text = _(
                "Read from the package. Replace the package to change them; use “Translate” "
                "to give them in other languages."
            )
        if self.instance.translation_of_id:
            package = self.fields["package"]
            package.required = False
            package.disabled = True
            package.label = _("H5P file (.h5p)")
            package.help_text = _(
                "A translation plays the package of the activity it translates: replace the package there."
            )
        elif self.instance.pk:
            package = self.fields["package"]
            package.required = False
            package.label = _("Replace the package (.h5p)")
            package.help_text = _(
                "Optional. The new content plays in every lesson that uses this activity. Results "
                "recorded so far are kept; trainees' unfinished answers inside the activity are reset."
            )
        else:
            self.fields["title"].required = False
            self.fields["title"].help_text = _("Leave empty to use the title in the package.")

    def clean_package(self):
        upload = self.cleaned_data["package"]
        if not upload:
            return upload
        try:
            self.validated_package = package_validate(
                upload,
                installed=selectors.libraries_installed(),
                may_upload_libraries=selectors.user_may_upload_libraries(self.for_user),
            )
        except PackageInvalid as exc:
            raise forms.ValidationError(exc.message, code="invalid_package") from exc
        return upload
