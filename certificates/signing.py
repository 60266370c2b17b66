"""The signed offline payload carried by a certificate's QR code.

Format (documented for verifier authors in docs/certificates.md):

    PCU1.<base64url(JSON)>.<base64url(Ed25519 signature)>

The signature covers the ASCII text `PCU1.<base64url(JSON)>`, so nobody has
to re-serialise the JSON to check it. The JSON object has the keys
c (code), n (name), t (course title), i (issue date), e (expiry date or null)
and k (key id: the first 16 hex digits of the SHA-256 of the raw public key).
"""

import base64
import binascii
import hashlib
import json
import re
from dataclasses import dataclass
from datetime import date
from functools import cache

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

PREFIX = "PCU1"

INVALID_FORMAT = _("This is not a certificate payload: it must look like PCU1.<data>.<signature>.")
INVALID_ENCODING = _("The payload is damaged: its parts are not valid base64url.")
INVALID_JSON = _("The payload is damaged: its data is not a certificate record.")
UNKNOWN_KEY = _("The payload was signed with a key this platform does not know.")
BAD_SIGNATURE = _("The signature does not match: the payload was altered or forged.")


class PayloadError(Exception):
    def __init__(self, message):
        super().__init__(str(message))
        self.message = message


@dataclass(frozen=True)
class Payload:
    code: str
    name: str
    course: str
    issued_on: date
    expires_on: date | None
    key_id: str

    def is_expired(self, today: date) -> bool:
        return self.expires_on is not None and self.expires_on < today


def _b64encode(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


_B64URL = re.compile(r"^[A-Za-z0-9_-]*={0,2}$")


def _b64decode(text: str) -> bytes:
    if not _B64URL.match(text):
        raise ValueError("not base64url")
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def key_id(public_key: Ed25519PublicKey) -> str:
    return hashlib.sha256(public_key.public_bytes_raw()).hexdigest()[:16]


@cache
def _private_key(encoded: str) -> Ed25519PrivateKey:
    try:
        seed = _b64decode(encoded.strip())
    except (binascii.Error, ValueError) as exc:
        raise ImproperlyConfigured("CERTIFICATE_SIGNING_KEY must be base64url.") from exc
    if len(seed) != 32:
        raise ImproperlyConfigured("CERTIFICATE_SIGNING_KEY must decode to 32 bytes.")
    return Ed25519PrivateKey.from_private_bytes(seed)


def signing_key() -> Ed25519PrivateKey:
    encoded = settings.CERTIFICATE_SIGNING_KEY
    if not encoded:
        raise ImproperlyConfigured("CERTIFICATE_SIGNING_KEY is not set.")
    return _private_key(encoded)


def public_key() -> Ed25519PublicKey:
    return signing_key().public_key()


def public_key_b64() -> str:
    return _b64encode(public_key().public_bytes_raw())


def trusted_public_keys() -> dict[str, Ed25519PublicKey]:
    """The current key and any retired ones still trusted for old printouts
    (CERTIFICATE_TRUSTED_PUBLIC_KEYS), by key id."""
    keys = {key_id(public_key()): public_key()}
    for encoded in settings.CERTIFICATE_TRUSTED_PUBLIC_KEYS:
        key = Ed25519PublicKey.from_public_bytes(_b64decode(encoded))
        keys[key_id(key)] = key
    return keys


def is_development_key() -> bool:
    return settings.CERTIFICATE_SIGNING_KEY == settings.CERTIFICATE_DEVELOPMENT_SIGNING_KEY


def payload_sign(*, code: str, name: str, course: str, issued_on: date, expires_on: date | None) -> str:
    """The compact signed payload for one certificate."""
    record = {
        "c": code,
        "n": name,
        "t": course,
        "i": issued_on.isoformat(),
        "e": expires_on.isoformat() if expires_on else None,
        "k": key_id(public_key()),
    }
    body = _b64encode(json.dumps(record, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))
    signed = f"{PREFIX}.{body}"
    return f"{signed}.{_b64encode(signing_key().sign(signed.encode('ascii')))}"


def payload_extract(text: str) -> str:
    """The payload inside a scanned QR text (a verification URL whose fragment
    is the payload) or the payload itself."""
    text = text.strip()
    _, sep, fragment = text.partition("#")
    return fragment if sep else text


def payload_verify(text: str) -> Payload:
    """The decoded payload when its signature checks out with a trusted key;
    PayloadError naming the problem otherwise. Says nothing about expiry or
    revocation: the caller compares dates and, when online, asks the server."""
    parts = payload_extract(text).split(".")
    if len(parts) != 3 or parts[0] != PREFIX:
        raise PayloadError(INVALID_FORMAT)
    try:
        body = _b64decode(parts[1])
        signature = _b64decode(parts[2])
    except (binascii.Error, ValueError) as exc:
        raise PayloadError(INVALID_ENCODING) from exc
    try:
        record = json.loads(body.decode("utf-8"))
        kid = record["k"]
        payload = Payload(
            code=str(record["c"]),
            name=str(record["n"]),
            course=str(record["t"]),
            issued_on=date.fromisoformat(record["i"]),
            expires_on=date.fromisoformat(record["e"]) if record["e"] else None,
            key_id=str(kid),
        )
    except (UnicodeDecodeError, ValueError, KeyError, TypeError) as exc:
        raise PayloadError(INVALID_JSON) from exc
    key = trusted_public_keys().get(kid)
    if key is None:
        raise PayloadError(UNKNOWN_KEY)
    try:
        key.verify(signature, f"{parts[0]}.{parts[1]}".encode("ascii"))
    except InvalidSignature as exc:
        raise PayloadError(BAD_SIGNATURE) from exc
    return payload
