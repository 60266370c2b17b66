import base64
import json
from datetime import date, timedelta

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from certificates import signing
from certificates.services import certificate_content, certificate_revoke


def _run(*args) -> str:
    from io import StringIO

    out = StringIO()
    call_command("verify_certificate", *args, stdout=out)
    return out.getvalue()


def test_a_code_of_a_valid_certificate_is_valid_and_shows_initials_only(make_certificate):
    certificate = make_certificate(holder_name="Мерген Аннаев")
    output = _run(certificate.code.lower())
    assert output.startswith("VALID")
    assert "holder: М. А." in output
    assert "Аннаев" not in output


def test_a_code_with_a_matching_name_shows_the_name_and_a_wrong_one_is_invalid(make_certificate):
    certificate = make_certificate(holder_name="Мерген Аннаев")
    assert "holder: Мерген Аннаев" in _run(certificate.code, "--name", "Mergen Annayev")
    with pytest.raises(CommandError, match="the name given is not the holder's name"):
        _run(certificate.code, "--name", "Merdan Annayev")


def test_the_qr_text_checks_the_name_hash_offline(make_certificate):
    certificate = make_certificate(holder_name="Мерген Аннаев")
    content = certificate_content(certificate)
    qr = f"{content.verify_url}#{content.payload}"
    output = _run(qr, "--offline", "--name", "annayev mergen")
    assert output.startswith("VALID (signature checked offline)")
    assert "name: matches the holder's" in output
    assert "Аннаев" not in output
    with pytest.raises(CommandError, match="the name given is not the holder's name"):
        _run(qr, "--offline", "--name", "Merdan Annayev")


def test_an_address_of_one_code_with_the_payload_of_another_is_invalid(make_certificate):
    a = make_certificate()
    b = make_certificate()
    payload_a = certificate_content(a).payload
    verify_b = certificate_content(b).verify_url
    for flags in ((), ("--offline",)):
        with pytest.raises(CommandError, match=f"the address is for the code {b.code}.*for {a.code}"):
            _run(f"{verify_b}#{payload_a}", *flags)
    # The same address with its own payload, and a lower-case code, are fine.
    assert _run(f"{verify_b.lower()}#{certificate_content(b).payload}").startswith("VALID")


def test_the_qr_text_is_valid_offline(certificate):
    content = certificate_content(certificate)
    output = _run(f"{content.verify_url}#{content.payload}", "--offline")
    assert output.startswith("VALID (signature checked offline)")
    assert certificate.code in output


def test_a_tampered_payload_is_invalid_with_the_reason(certificate):
    prefix, body, sig = certificate_content(certificate).payload.split(".")
    record = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
    record["e"] = "2099-12-31"
    forged_body = base64.urlsafe_b64encode(json.dumps(record).encode()).rstrip(b"=").decode()
    with pytest.raises(CommandError, match="INVALID: The signature does not match"):
        _run(f"{prefix}.{forged_body}.{sig}", "--offline")


def test_an_expired_payload_is_invalid(make_certificate):
    token = signing.payload_sign(
        code="K7Q4-9XMD-2HWP-5RTA",
        name="A",
        course="B",
        issued_on=date(2020, 1, 1),
        expires_on=timezone.localdate() - timedelta(days=1),
    )
    with pytest.raises(CommandError, match="INVALID: the certificate expired"):
        _run(token, "--offline")


def test_a_revoked_certificate_is_invalid_online_by_code_and_by_payload(certificate, staff):
    payload = certificate_content(certificate).payload
    certificate_revoke(certificate=certificate, reason="Wrong person", revoked_by=staff)
    with pytest.raises(CommandError, match="INVALID: revoked on .*: Wrong person"):
        _run(certificate.code)
    with pytest.raises(CommandError, match="INVALID: revoked on"):
        _run(payload)


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("K7Q4", "this one has 4"),
        ("ZZZZ-ZZZZ-ZZZZ-ZZZZ", "no certificate has the code ZZZZ-ZZZZ-ZZZZ-ZZZZ"),
    ],
)
def test_bad_codes_are_invalid_with_the_reason(db, value, message):
    with pytest.raises(CommandError, match=message):
        _run(value)
