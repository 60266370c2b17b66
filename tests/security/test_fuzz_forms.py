"""Profile fields under hostile text: very long, RTL, combining marks, emoji,
control characters. Each gives a clear error or is stored as readable text;
an invalid form changes nothing."""

import unicodedata
from http import HTTPStatus

import pytest
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from accounts.forms import ProfileForm

pytestmark = pytest.mark.django_db

HOSTILE = st.one_of(
    st.text(max_size=300),
    st.text(
        alphabet=st.sampled_from("Aziz\u202e\u2066\u0301\u0336\U0001f600\u0627\u0644\x00\x07\x1b "),
        max_size=60,
    ),
    st.just("A" * 5000),
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=HOSTILE, station=HOSTILE)
def test_profile_form_stores_only_readable_text(trainee, name, station):
    data = {
        "full_name": name,
        "country": trainee.country,
        "agency": trainee.agency,
        "duty_station": station,
        "preferred_language": "en",
    }
    form = ProfileForm(data, instance=trainee)
    if form.is_valid():
        for value in (form.cleaned_data["full_name"], form.cleaned_data["duty_station"]):
            assert len(value) <= 200
            assert not any(unicodedata.category(ch) == "Cc" for ch in value)
            assert "\u202e" not in value
    else:
        assert all(str(message) for errors in form.errors.values() for message in errors)


@pytest.mark.parametrize("name", ["Aziz\u202eKarimov", "Aziz\x07Karimov", "Aziz\x00Karimov", "A" * 201])
def test_a_refused_name_names_the_problem_and_changes_nothing(client, trainee, name):
    before = trainee.full_name
    client.force_login(trainee)
    data = {
        "full_name": name,
        "country": trainee.country,
        "agency": trainee.agency,
        "duty_station": "",
        "preferred_language": "en",
    }
    response = client.post(reverse("accounts:profile"), data)
    assert response.status_code == HTTPStatus.OK
    assert response.context["form"].errors["full_name"]
    trainee.refresh_from_db()
    assert trainee.full_name == before


def test_rtl_combining_and_emoji_names_are_kept(trainee):
    name = "\u0639\u0632\u064a\u0632 Kari\u0301mov \U0001f600"
    form = ProfileForm(
        {"full_name": name, "country": trainee.country, "agency": trainee.agency, "preferred_language": "en"},
        instance=trainee,
    )
    assert form.is_valid(), form.errors
    assert form.cleaned_data["full_name"] == name
