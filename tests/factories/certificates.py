import uuid
from datetime import date

import factory

from certificates.models import Certificate
from tests.factories.accounts import UserFactory


class CertificateFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Certificate

    user = factory.SubFactory(UserFactory)
    course_key = factory.LazyFunction(uuid.uuid4)
    language = "en"
    holder_name = factory.LazyAttribute(lambda o: o.user.full_name)
    course_title = "Profiling container movements"
    completed_on = date(2026, 11, 2)
    expires_on = None
