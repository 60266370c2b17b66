from django.conf import settings
from django.contrib.auth.base_user import BaseUserManager
from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.translation import gettext_lazy as _


class Country(models.TextChoices):
    AZERBAIJAN = "AZ", _("Azerbaijan")
    KAZAKHSTAN = "KZ", _("Kazakhstan")
    KYRGYZSTAN = "KG", _("Kyrgyzstan")
    TAJIKISTAN = "TJ", _("Tajikistan")
    TURKMENISTAN = "TM", _("Turkmenistan")
    UZBEKISTAN = "UZ", _("Uzbekistan")
    OTHER = "other", _("Other")


class Agency(models.TextChoices):
    CUSTOMS = "customs", _("Customs")
    POLICE = "police", _("Police")
    DRUG_CONTROL = "drug_control", _("Drug control")
    BORDER_SERVICE = "border_service", _("Border service")
    OTHER = "other", _("Other")


class Sex(models.TextChoices):
    """Asked only to report aggregate, sex-disaggregated figures to the
    programme's donors; optional, and never shown next to a name."""

    FEMALE = "female", _("Female")
    MALE = "male", _("Male")
    PREFER_NOT_TO_SAY = "prefer_not_to_say", _("Prefer not to say")


class UserManager(BaseUserManager):
    use_in_migrations = True

    def _create_user(self, email: str, password: str | None, **extra_fields):
        if not email:
            raise ValueError("An e-mail address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email: str, password: str | None = None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email: str, password: str | None = None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        if not extra_fields["is_staff"] or not extra_fields["is_superuser"]:
            raise ValueError("A superuser must have is_staff and is_superuser set.")
        return self._create_user(email, password, **extra_fields)


# The profile a person keeps on their account, in form order.
PROFILE_FIELDS = ("full_name", "country", "agency", "duty_station", "sex", "preferred_language")


def _language_choices():
    return settings.LANGUAGES


class User(AbstractUser):
    """A person who signs in with their e-mail address.

    The profile lives on the user: one row, one form, no joins on every page.
    """

    username = None
    email = models.EmailField(_("e-mail address"), unique=True)
    full_name = models.CharField(
        _("full name"),
        max_length=200,
        blank=True,
        help_text=_("Exactly as it must appear on your certificates, in any script."),
    )
    country = models.CharField(_("country"), max_length=8, choices=Country.choices, blank=True)
    agency = models.CharField(_("agency"), max_length=32, choices=Agency.choices, blank=True)
    duty_station = models.CharField(
        _("duty station or unit"),
        max_length=200,
        blank=True,
        help_text=_("For example: Turkmenbashi seaport PCU."),
    )
    sex = models.CharField(
        _("sex"),
        max_length=20,
        choices=Sex.choices,
        blank=True,
        help_text=_("Optional. Used only in anonymous totals for the programme's reports."),
    )
    preferred_language = models.CharField(
        _("preferred language"),
        max_length=8,
        choices=_language_choices,
        default="en",
    )

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS: list[str] = []

    objects = UserManager()

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        ordering = ["email"]

    def __str__(self) -> str:
        return self.full_name or self.email

    def get_full_name(self) -> str:
        return self.full_name or super().get_full_name() or self.email

    def get_short_name(self) -> str:
        return self.full_name.split(" ")[0] if self.full_name else self.email
