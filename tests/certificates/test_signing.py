import base64
import json
from datetime import date

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from certificates import signing

FACTS = {
    "code": "K7Q4-9XMD-2HWP-5RTA",
    "name": "Oʻgʻiloy Toʻxtayeva",
    "course": "Konteynerlarni profillash",
    "issued_on": date(2026, 11, 2),
    "expires_on": date(2029, 11, 2),
}


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def test_a_signed_payload_verifies_and_round_trips_every_fact():
    payload = signing.payload_verify(signing.payload_sign(**FACTS))
    assert (payload.code, payload.name, payload.course) == (FACTS["code"], FACTS["name"], FACTS["course"])
    assert (payload.issued_on, payload.expires_on) == (FACTS["issued_on"], FACTS["expires_on"])
    assert payload.key_id == signing.key_id(signing.public_key())


def test_the_payload_inside_a_scanned_verification_url_verifies():
    token = signing.payload_sign(**FACTS)
    payload = signing.payload_verify(f"https://academy.example.org/verify/{FACTS['code']}/#{token}")
    assert payload.code == FACTS["code"]


def _tamper_name(token: str) -> str:
    prefix, body, sig = token.split(".")
    record = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
    record["n"] = "Someone Else"
    return f"{prefix}.{_b64(json.dumps(record).encode())}.{sig}"


def _forge(token: str) -> str:
    prefix, body, _sig = token.split(".")
    forged = Ed25519PrivateKey.generate().sign(f"{prefix}.{body}".encode())
    return f"{prefix}.{body}.{_b64(forged)}"


@pytest.mark.parametrize(
    ("mangle", "message"),
    [
        (_tamper_name, signing.BAD_SIGNATURE),
        (_forge, signing.BAD_SIGNATURE),
        (lambda t: t.replace("PCU1.", "PCU2.", 1), signing.INVALID_FORMAT),
        (lambda t: t.rsplit(".", 1)[0], signing.INVALID_FORMAT),
        (lambda t: t[:-3] + "@@@", signing.INVALID_ENCODING),
        (lambda t: "PCU1." + _b64(b"not json") + "." + t.split(".")[2], signing.INVALID_JSON),
        (lambda t: "PCU1." + _b64(b'{"c":"X"}') + "." + t.split(".")[2], signing.INVALID_JSON),
    ],
)
def test_tampered_or_forged_payloads_are_rejected_with_the_reason(mangle, message):
    with pytest.raises(signing.PayloadError) as raised:
        signing.payload_verify(mangle(signing.payload_sign(**FACTS)))
    assert raised.value.message == message


def test_a_payload_signed_with_an_unknown_key_is_rejected(settings):
    token = signing.payload_sign(**FACTS)
    settings.CERTIFICATE_SIGNING_KEY = _b64(b"\x01" * 32)
    with pytest.raises(signing.PayloadError) as raised:
        signing.payload_verify(token)
    assert raised.value.message == signing.UNKNOWN_KEY


def test_a_retired_key_listed_as_trusted_still_verifies_old_printouts(settings):
    token = signing.payload_sign(**FACTS)
    old_public = signing.public_key_b64()
    settings.CERTIFICATE_SIGNING_KEY = _b64(b"\x01" * 32)
    settings.CERTIFICATE_TRUSTED_PUBLIC_KEYS = [old_public]
    assert signing.payload_verify(token).code == FACTS["code"]


def test_the_development_key_is_deterministic_and_flagged(settings):
    assert settings.CERTIFICATE_SIGNING_KEY == settings.CERTIFICATE_DEVELOPMENT_SIGNING_KEY
    assert signing.is_development_key()
