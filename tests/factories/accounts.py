import factory
from allauth.account.models import EmailAddress

from accounts.models import Agency, Country, User
from accounts.roles import Role, role_assign

PASSWORD = "correct-horse-battery"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"officer{n}@example.org")
    full_name = factory.Sequence(lambda n: f"Officer Number{n}")
    country = Country.UZBEKISTAN
    agency = Agency.CUSTOMS
    duty_station = "Tashkent dry port PCU"
    preferred_language = "en"

    @factory.post_generation
    def password(obj, create, extracted, **kwargs):
        obj.set_password(extracted or PASSWORD)
        if create:
            obj.save(update_fields=["password"])

    @factory.post_generation
    def roles(obj, create, extracted, **kwargs):
        if create:
            for role in extracted if extracted is not None else [Role.TRAINEE]:
                role_assign(user=obj, role=role)

    @factory.post_generation
    def verified(obj, create, extracted, **kwargs):
        if create and extracted is not False:
            EmailAddress.objects.create(user=obj, email=obj.email, verified=True, primary=True)
