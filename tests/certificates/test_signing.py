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


def _record(token: str) -> dict:
    body = token.split(".")[1]
    return json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))


def test_a_signed_payload_verifies_and_round_trips_every_fact():
    payload = signing.payload_verify(signing.payload_sign(**FACTS))
    assert (payload.code, payload.course) == (FACTS["code"], FACTS["course"])
    assert (payload.issued_on, payload.expires_on) == (FACTS["issued_on"], FACTS["expires_on"])
    assert payload.key_id == signing.key_id(signing.public_key())
    assert payload.initials == "O. T."


def test_the_payload_carries_a_salted_name_hash_not_the_name():
    token = signing.payload_sign(**FACTS)
    decoded = base64.urlsafe_b64decode(token.split(".")[1] + "==").decode()
    assert token.startswith("PCU2.")
    assert "Oʻgʻiloy" not in decoded and "Toʻxtayeva" not in decoded
    assert "n" not in _record(token)
    # A fresh salt per payload: the same name never gives the same hash twice.
    assert _record(token)["h"] != _record(signing.payload_sign(**FACTS))["h"]


@pytest.mark.parametrize(
    ("typed", "matches"),
    [
        ("Oʻgʻiloy Toʻxtayeva", True),
        ("Ўғилой Тўхтаева", True),
        ("TOXTAYEVA  ogiloy", True),
        ("Ogiloy Toxtayeva-Karimova", False),
        ("Dilnoza Toʻxtayeva", False),
        ("", False),
    ],
)
def test_the_offline_name_check_compares_the_salted_hash(typed, matches):
    payload = signing.payload_verify(signing.payload_sign(**FACTS))
    assert payload.name_matches(typed) is matches


def _legacy_token(name: str) -> str:
    """A PCU1 payload as certificates printed before name hashing carry."""
    record = {"c": FACTS["code"], "n": name, "t": FACTS["course"], "i": "2026-11-02", "e": None}
    record["k"] = signing.key_id(signing.public_key())
    signed = "PCU1." + _b64(json.dumps(record, ensure_ascii=False).encode())
    return f"{signed}.{_b64(signing.signing_key().sign(signed.encode()))}"


def test_an_old_payload_with_the_name_in_clear_still_verifies():
    payload = signing.payload_verify(_legacy_token("Мерген Аннаев"))
    assert payload.code == FACTS["code"]
    assert payload.initials == "М. А."
    assert payload.name_matches("Mergen Annayev")
    assert not payload.name_matches("Merdan Annayev")


def test_an_overlong_text_is_refused_before_decoding():
    with pytest.raises(signing.PayloadError) as raised:
        signing.payload_verify("PCU2." + "A" * 10_000 + ".AAAA")
    assert raised.value.message == signing.INVALID_FORMAT


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("https://academy.example.org/verify/K7Q4-9XMD-2HWP-5RTA/#PCU2.a.b", "K7Q4-9XMD-2HWP-5RTA"),
        ("https://academy.example.org/ru/verify/abcd/#PCU2.a.b", "abcd"),
        ("PCU2.a.b", None),
        ("https://academy.example.org/elsewhere/#PCU2.a.b", None),
    ],
)
def test_the_code_in_a_scanned_address_is_found(text, code):
    assert signing.payload_address_code(text) == code


def test_the_payload_inside_a_scanned_verification_url_verifies():
    token = signing.payload_sign(**FACTS)
    payload = signing.payload_verify(f"https://academy.example.org/verify/{FACTS['code']}/#{token}")
    assert payload.code == FACTS["code"]


def _tamper_name(token: str) -> str:
    prefix, body, sig = token.split(".")
    record = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
    record["a"] = "S. E."
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
        (lambda t: t.replace("PCU2.", "PCU3.", 1), signing.INVALID_FORMAT),
        (lambda t: t.replace("PCU2.", "PCU1.", 1), signing.BAD_SIGNATURE),
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
