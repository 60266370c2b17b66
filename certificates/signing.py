"""The signed offline payload carried by a certificate's QR code.

Format (documented for verifier authors in docs/certificates.md):

    PCU2.<base64url(JSON)>.<base64url(Ed25519 signature)>

The signature covers the ASCII text `PCU2.<base64url(JSON)>`, so nobody has
to re-serialise the JSON to check it. The JSON object has the keys
c (code), a (the holder's initials), h (salted hash of the holder's name),
s (its salt), t (course title), i (issue date), e (expiry date or null)
and k (key id: the first 16 hex digits of the SHA-256 of the raw public key).
The name itself is not in the payload: a verifier who types it can check it
against h (see `name_hash`).

Certificates printed before carry `PCU1` payloads with the name in clear
(key n instead of a, h and s); they keep verifying.
"""

import base64
import binascii
import hashlib
import json
import re
import secrets
from dataclasses import dataclass
from datetime import date
from functools import cache

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from core.errors import UserFacingError

from . import names

PREFIX = "PCU2"
LEGACY_PREFIX = "PCU1"
NAME_HASH_ITERATIONS = 100_000
NAME_HASH_BYTES = 16
SALT_BYTES = 16
# A QR code holds at most about 3 kB; anything longer is not ours.
MAX_TEXT_LENGTH = 4096

INVALID_FORMAT = _("This is not a certificate payload: it must look like PCU2.<data>.<signature>.")
INVALID_ENCODING = _("The payload is damaged: its parts are not valid base64url.")
INVALID_JSON = _("The payload is damaged: its data is not a certificate record.")
UNKNOWN_KEY = _("The payload was signed with a key this platform does not know.")
BAD_SIGNATURE = _("The signature does not match: the payload was altered or forged.")


class PayloadError(UserFacingError):
    """A text that is not a genuine certificate payload: `message` (one of the
    translatable constants above) says why."""


@dataclass(frozen=True)
class Payload:
    code: str
    course: str
    issued_on: date
    expires_on: date | None
    key_id: str
    initials: str = ""
    name_hash: str = ""
    name_salt: str = ""
    # Only in PCU1 payloads printed before names were hashed.
    legacy_name: str = ""

    def is_expired(self, today: date) -> bool:
        return self.expires_on is not None and self.expires_on < today

    def name_matches(self, typed: str) -> bool:
        """Whether `typed` is the holder's name (compared as
        `names.name_normalise` keys)."""
        if self.legacy_name:
            return names.names_match(typed, self.legacy_name)
        key = names.name_normalise(typed)
        if not key or not self.name_hash:
            return False
        expected = name_hash(key=key, salt=_b64decode(self.name_salt))
        return secrets.compare_digest(expected, self.name_hash)


def name_hash(*, key: str, salt: bytes) -> str:
    """base64url of PBKDF2-HMAC-SHA256 over the normalised name key (UTF-8)
    with the payload's salt, NAME_HASH_ITERATIONS rounds, 16 bytes. The slow
    hash and the per-certificate salt make guessing names from a scanned code
    costly; a verifier who knows the name checks it in a fraction of a second."""
    digest = hashlib.pbkdf2_hmac(
        "sha256", key.encode("utf-8"), salt, NAME_HASH_ITERATIONS, dklen=NAME_HASH_BYTES
    )
    return _b64encode(digest)


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
    """The compact signed payload for one certificate: the holder's initials
    and a salted hash of their normalised name, never the name."""
    salt = secrets.token_bytes(SALT_BYTES)
    record = {
        "c": code,
        "a": names.name_initials(name),
        "h": name_hash(key=names.name_normalise(name), salt=salt),
        "s": _b64encode(salt),
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


_VERIFY_PATH = re.compile(r"/verify/([^/?#]+)/?(?:[?#]|$)")


def payload_address_code(text: str) -> str | None:
    """The code in the verification address before the fragment of a scanned
    QR text (`https://…/verify/<code>/#<payload>`), as written; None for a bare
    payload or an address without one."""
    address, sep, _fragment = text.strip().partition("#")
    if not sep:
        return None
    match = _VERIFY_PATH.search(address + "#")
    return match.group(1) if match else None


def payload_verify(text: str) -> Payload:
    """The decoded payload when its signature checks out with a trusted key;
    PayloadError naming the problem otherwise. Says nothing about expiry or
    revocation: the caller compares dates and, when online, asks the server."""
    if len(text) > MAX_TEXT_LENGTH:
        raise PayloadError(INVALID_FORMAT)
    parts = payload_extract(text).split(".")
    if len(parts) != 3 or parts[0] not in (PREFIX, LEGACY_PREFIX):
        raise PayloadError(INVALID_FORMAT)
    try:
        body = _b64decode(parts[1])
        signature = _b64decode(parts[2])
    except (binascii.Error, ValueError) as exc:
        raise PayloadError(INVALID_ENCODING) from exc
    try:
        record = json.loads(body.decode("utf-8"))
        kid = str(record["k"])
    except (UnicodeDecodeError, ValueError, KeyError, TypeError) as exc:
        raise PayloadError(INVALID_JSON) from exc
    # The signature first: a relabelled or altered payload is reported as
    # such, whatever its data says.
    key = trusted_public_keys().get(kid)
    if key is None:
        raise PayloadError(UNKNOWN_KEY)
    try:
        key.verify(signature, f"{parts[0]}.{parts[1]}".encode("ascii"))
    except InvalidSignature as exc:
        raise PayloadError(BAD_SIGNATURE) from exc
    try:
        if parts[0] == LEGACY_PREFIX:
            holder = {"legacy_name": str(record["n"]), "initials": names.name_initials(str(record["n"]))}
        else:
            holder = {
                "initials": str(record["a"]),
                "name_hash": str(record["h"]),
                "name_salt": str(record["s"]),
            }
            _b64decode(holder["name_salt"])
        payload = Payload(
            code=str(record["c"]),
            course=str(record["t"]),
            issued_on=date.fromisoformat(record["i"]),
            expires_on=date.fromisoformat(record["e"]) if record["e"] else None,
            key_id=kid,
            **holder,
        )
    except (ValueError, KeyError, TypeError, binascii.Error) as exc:
        raise PayloadError(INVALID_JSON) from exc
    return payload
