"""Demo accounts; all share the password below (documented in the README)."""

from allauth.account.models import EmailAddress
from django.db import transaction

from .models import Agency, Country, User
from .roles import Role, role_assign

DEMO_PASSWORD = "academy-demo"  # noqa: S105 - published demo credential

DEMO_ACCOUNTS = [
    {
        "email": "trainee.ru@example.org",
        "full_name": "Айгуль Каримова",
        "country": Country.KAZAKHSTAN,
        "agency": Agency.CUSTOMS,
        "duty_station": "Aktau seaport PCU",
        "preferred_language": "ru",
        "roles": [Role.TRAINEE],
    },
    {
        "email": "trainee.uz@example.org",
        "full_name": "Dilshod Rahimov",
        "country": Country.UZBEKISTAN,
        "agency": Agency.CUSTOMS,
        "duty_station": "Tashkent dry port PCU",
        "preferred_language": "uz",
        "roles": [Role.TRAINEE],
    },
    {
        "email": "trainee.tk@example.org",
        "full_name": "Merdan Orazow",
        "country": Country.TURKMENISTAN,
        "agency": Agency.DRUG_CONTROL,
        "duty_station": "Turkmenbashi seaport PCU",
        "preferred_language": "tk",
        "roles": [Role.TRAINEE],
    },
    {
        "email": "trainee.en@example.org",
        "full_name": "Elnur Mammadov",
        "country": Country.AZERBAIJAN,
        "agency": Agency.BORDER_SERVICE,
        "duty_station": "Port of Baku (Alat) PCU",
        "preferred_language": "en",
        "roles": [Role.TRAINEE],
    },
    {
        "email": "mentor@example.org",
        "full_name": "Nodira Yusupova",
        "country": Country.UZBEKISTAN,
        "agency": Agency.CUSTOMS,
        "duty_station": "Regional mentoring team",
        "preferred_language": "ru",
        "roles": [Role.MENTOR],
    },
    {
        "email": "staff@example.org",
        "full_name": "Ruslan Abdullaev",
        "country": Country.OTHER,
        "agency": Agency.OTHER,
        "duty_station": "Programme office",
        "preferred_language": "en",
        "roles": [Role.STAFF],
    },
    {
        "email": "admin@example.org",
        "full_name": "Platform Administrator",
        "country": Country.OTHER,
        "agency": Agency.OTHER,
        "duty_station": "Programme office",
        "preferred_language": "en",
        "roles": [],
        "superuser": True,
    },
]


@transaction.atomic
def seed(*, stdout=None) -> None:
    for spec in DEMO_ACCOUNTS:
        spec = dict(spec)
        roles = spec.pop("roles")
        superuser = spec.pop("superuser", False)
        email = spec.pop("email")
        user = User.objects.filter(email=email).first()
        if user is None:
            user = User(email=email, is_staff=superuser, is_superuser=superuser, **spec)
            user.set_password(DEMO_PASSWORD)
            user.save()
            if stdout:
                stdout.write(f"  account {email}")
        for role in roles:
            role_assign(user=user, role=role)
        EmailAddress.objects.get_or_create(
            user=user, email=email, defaults={"verified": True, "primary": True}
        )
