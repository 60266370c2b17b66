from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render
from django.urls import reverse, translate_url
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from core.languages import set_language_cookie

from .forms import ProfileForm
from .services import user_update_profile


def admin_login_redirect(request):
    """The Wagtail admin's own login page would bypass allauth's rate limits
    and MFA; send everyone to the one protected login instead."""
    target = reverse("account_login")
    next_url = request.GET.get("next")
    if next_url:
        target = f"{target}?{urlencode({'next': next_url})}"
    return redirect(target)


@login_required
@require_http_methods(["GET", "POST"])
def profile(request):
    if request.method == "POST":
        form = ProfileForm(request.POST, instance=request.user)
        if form.is_valid():
            user = user_update_profile(user=request.user, data=form.cleaned_data)
            messages.success(request, _("Your profile has been saved."))
            response = redirect(translate_url(reverse("accounts:profile"), user.preferred_language))
            set_language_cookie(response, user.preferred_language)
            return response
        # Nothing is saved from an invalid form: reload the user so the page
        # header does not show half-edited values.
        request.user.refresh_from_db()
    else:
        form = ProfileForm(instance=request.user)
    return render(request, "accounts/profile.html", {"form": form})
