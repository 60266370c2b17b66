from django import forms
from django.utils.translation import gettext_lazy as _

from scenarios.threats import SUSPICION_CHOICES

from .models import ExaminationMethod
from .services import JUSTIFICATION_LIMIT, AlertAction


class ItemForm(forms.Form):
    selected = forms.BooleanField(label=_("Select this container for examination"), required=False)
    indicators = forms.MultipleChoiceField(
        label=_("Risk indicators"), required=False, widget=forms.CheckboxSelectMultiple
    )
    justification = forms.CharField(
        label=_("Justification"),
        required=False,
        max_length=JUSTIFICATION_LIMIT,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    revision = forms.IntegerField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, indicator_choices=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["indicators"].choices = indicator_choices


class ExamineForm(forms.Form):
    method = forms.ChoiceField(label=_("Examination method"), choices=ExaminationMethod.choices)


class FindingForm(forms.Form):
    finding = forms.CharField(
        label=_("Your finding"),
        required=False,
        max_length=JUSTIFICATION_LIMIT,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    revision = forms.IntegerField(required=False, widget=forms.HiddenInput)


class AlertForm(forms.Form):
    item_ref = forms.ChoiceField(label=_("Container"), required=False)
    seal = forms.CharField(label=_("Seal number"), required=False, max_length=100)
    route = forms.CharField(label=_("Route"), required=False, max_length=300)
    suspicion = forms.ChoiceField(
        label=_("Suspicion"), required=False, choices=[("", "—"), *SUSPICION_CHOICES]
    )
    indicators = forms.MultipleChoiceField(
        label=_("Indicators"), required=False, widget=forms.CheckboxSelectMultiple
    )
    # Not "action": the examination page's forms send their step as a hidden "action".
    action_requested = forms.ChoiceField(
        label=_("Action requested"), required=False, choices=[("", "—"), *AlertAction.CHOICES]
    )
    remarks = forms.CharField(
        label=_("Remarks"), required=False, max_length=1000, widget=forms.Textarea(attrs={"rows": 2})
    )
    revision = forms.IntegerField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, item_choices=(), indicator_choices=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["item_ref"].choices = [("", "—"), *item_choices]
        self.fields["indicators"].choices = indicator_choices


class FeedbackForm(forms.Form):
    text = forms.CharField(
        label=_("Feedback to the trainee"), max_length=4000, widget=forms.Textarea(attrs={"rows": 4})
    )
