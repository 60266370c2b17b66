"""The admin's user screens: Wagtail's, with our profile fields and the
limits of `accounts.permissions` (only superusers make superusers, set
passwords or give roles that carry permissions)."""

from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from wagtail.users.forms import UserCreationForm, UserEditForm
from wagtail.users.views.users import CreateView as WagtailCreateView
from wagtail.users.views.users import DeleteView as WagtailDeleteView
from wagtail.users.views.users import EditView as WagtailEditView
from wagtail.users.views.users import UserViewSet as WagtailUserViewSet

from .forms import ProfileFieldsMixin
from .models import PROFILE_FIELDS
from .permissions import delegable_groups, user_can_manage_account, user_may_grant_privileges
from .roles import forget_roles

ROLES_HELP = _("Only an administrator can give or take the Mentor and Programme staff roles.")


class GuardedUserFormMixin(ProfileFieldsMixin):
    """For anyone but a superuser (`for_user`): no superuser flag, no
    password fields, the Trainee role only (other roles the account holds are
    kept as they are), and a mentor's e-mail address read-only (it is where
    their password reset goes)."""

    def __init__(self, *args, for_user=None, **kwargs):
        self.may_grant = user_may_grant_privileges(for_user)
        super().__init__(*args, **kwargs)
        if self.may_grant:
            return
        self.fields.pop("is_superuser", None)
        if "groups" in self.fields:
            self.fields["groups"].queryset = delegable_groups()
            self.fields["groups"].help_text = ROLES_HELP
        holds_more = (
            self.instance.pk is not None and self.instance.groups.exclude(pk__in=delegable_groups()).exists()
        )
        if holds_more and "email" in self.fields:
            self.fields["email"].disabled = True

    @property
    def password_enabled(self):
        return self.may_grant and super().password_enabled

    def clean_groups(self):
        chosen = list(self.cleaned_data.get("groups") or [])
        if self.may_grant:
            return self.cleaned_data.get("groups")
        kept = list(self.instance.groups.exclude(pk__in=delegable_groups())) if self.instance.pk else []
        return Group.objects.filter(pk__in=[group.pk for group in chosen + kept])

    def save(self, commit=True):
        user = super().save(commit=False)
        if user.pk is None and not self.password_enabled:
            # Set by nobody: the new user chooses it through "forgotten password".
            user.set_unusable_password()
        if commit:
            user.save()
            self.save_m2m()
            forget_roles(user)
        return user


class AdminUserCreationForm(GuardedUserFormMixin, UserCreationForm):
    class Meta(UserCreationForm.Meta):
        fields = UserCreationForm.Meta.fields | set(PROFILE_FIELDS)


class AdminUserEditForm(GuardedUserFormMixin, UserEditForm):
    class Meta(UserEditForm.Meta):
        fields = UserEditForm.Meta.fields | set(PROFILE_FIELDS)


class CreateView(WagtailCreateView):
    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "for_user": self.request.user}


class EditView(WagtailEditView):
    def dispatch(self, request, *args, **kwargs):
        if not user_can_manage_account(request.user, self.object):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "for_user": self.request.user}


class DeleteView(WagtailDeleteView):
    def dispatch(self, request, *args, **kwargs):
        if not user_can_manage_account(request.user, self.get_object()):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class UserViewSet(WagtailUserViewSet):
    """Wagtail's user screens with the profile fields staff need to manage."""

    add_view_class = CreateView
    edit_view_class = EditView
    delete_view_class = DeleteView

    def get_form_class(self, for_update=False):
        return AdminUserEditForm if for_update else AdminUserCreationForm
