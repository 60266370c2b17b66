"""Field validators shared by the models, the importers and the publishing check."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from stdnum import iso6346
from stdnum.exceptions import InvalidChecksum
from stdnum.exceptions import ValidationError as StdnumError

LOCODE_RE = re.compile(r"^[A-Z]{2}[A-Z2-9]{3}$")
HS_CODE_RE = re.compile(r"^\d{4}(\.?\d{2}){1,3}$")
COUNTRY_RE = re.compile(r"^[A-Z]{2}$")
CURRENCY_RE = re.compile(r"^[A-Z]{3}$")
SIZE_TYPE_RE = re.compile(r"^[0-9A-Z]{4}$")


def validate_container_number(value: str) -> None:
    try:
        iso6346.validate(value)
    except InvalidChecksum as error:
        raise ValidationError(
            _("%(value)s: the ISO 6346 check digit is wrong."), code="checksum", params={"value": value}
        ) from error
    except StdnumError as error:
        raise ValidationError(
            _("%(value)s is not an ISO 6346 container number (4 letters, 6 digits, check digit)."),
            code="format",
            params={"value": value},
        ) from error
    if iso6346.compact(value) != value:
        raise ValidationError(
            _("Write the container number %(value)s without spaces, in capitals."),
            code="format",
            params={"value": value},
        )


def validate_locode(value: str) -> None:
    if not LOCODE_RE.match(value or ""):
        raise ValidationError(
            _("%(value)s is not a UN/LOCODE (two-letter country code and three characters)."),
            code="locode",
            params={"value": value},
        )


def validate_locode_list(value: str) -> None:
    for part in (value or "").split(","):
        if part.strip():
            validate_locode(part.strip())


def validate_hs_code(value: str) -> None:
    if not HS_CODE_RE.match(value or ""):
        raise ValidationError(
            _("%(value)s is not an HS code (6, 8 or 10 digits)."), code="hs_code", params={"value": value}
        )


def validate_country(value: str) -> None:
    if not COUNTRY_RE.match(value or ""):
        raise ValidationError(
            _("%(value)s is not a two-letter country code."), code="country", params={"value": value}
        )


def validate_currency(value: str) -> None:
    if not CURRENCY_RE.match(value or ""):
        raise ValidationError(
            _("%(value)s is not a three-letter currency code."), code="currency", params={"value": value}
        )


def validate_positive(value) -> None:
    if value is not None and value <= 0:
        raise ValidationError(_("Must be greater than zero."), code="positive")


def validate_size_type(value: str) -> None:
    if not SIZE_TYPE_RE.match(value or ""):
        raise ValidationError(
            _("%(value)s is not an ISO 6346 size/type code such as 22G1."),
            code="size_type",
            params={"value": value},
        )


def validate_seals(value: str) -> None:
    if not [part for part in (value or "").split(",") if part.strip()]:
        raise ValidationError(_("Enter at least one seal number."), code="seals")
