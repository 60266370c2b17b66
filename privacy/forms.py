from django import forms
from django.utils.translation import gettext_lazy as _


class ErasureAskForm(forms.Form):
    understood = forms.BooleanField(
        label=_(
            "I understand that my account will be closed for good, my name and contact details removed, "
            "and my certificates revoked."
        ),
        error_messages={"required": _("Tick the box to confirm that you understand what erasure does.")},
    )


class ErasureConfirmForm(forms.Form):
    email = forms.CharField(
        label=_("E-mail address of the account"),
        max_length=254,
        help_text=_("Type it to confirm that this is the account to erase."),
    )


class ErasureDeclineForm(forms.Form):
    note = forms.CharField(
        label=_("Why the request is declined"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
