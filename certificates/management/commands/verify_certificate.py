from django.core.management.base import BaseCommand, CommandError, no_translations
from django.utils import timezone

from certificates import codes, selectors, signing
from certificates.views import problem_message


class Command(BaseCommand):
    help = (
        "Check a certificate: either the text of its QR code (the signed payload, or the whole "
        "verification address) or its verification code. Prints VALID or INVALID with the reason; "
        "exits with status 1 when invalid. The holder is shown by initials; --name checks a name."
    )

    def add_arguments(self, parser):
        parser.add_argument("value", metavar="PAYLOAD_OR_CODE")
        parser.add_argument(
            "--offline",
            action="store_true",
            help="Check a payload's signature and dates only, without asking the database about revocation.",
        )
        parser.add_argument(
            "--name",
            default="",
            help="The holder's name as the verifier reads it (Cyrillic or Latin); INVALID if it does not match.",
        )

    @no_translations
    def handle(self, *args, value, offline, name, **options):
        today = timezone.localdate()
        if "." in signing.payload_extract(value):
            return self._payload(value, today=today, offline=offline, name=name)
        return self._code(value, today=today, name=name)

    def _payload(self, value, *, today, offline, name):
        try:
            payload = signing.payload_verify(value)
        except signing.PayloadError as exc:
            raise CommandError(f"INVALID: {exc.message}") from exc
        facts = (
            f"  code: {payload.code}\n  holder: {payload.initials or '-'}\n  course: {payload.course}\n"
            f"  issued: {payload.issued_on.isoformat()}\n"
            f"  valid until: {payload.expires_on.isoformat() if payload.expires_on else 'no expiry'}\n"
            f"  signed with key {payload.key_id}"
        )
        written = signing.payload_address_code(value)
        if written is not None:
            address_code, _problem = codes.code_normalise(written)
            if address_code != payload.code:
                raise CommandError(
                    f"INVALID: the address is for the code {written} but the signed payload is for "
                    f"{payload.code}: the QR text was put together from two certificates.\n{facts}"
                )
        if payload.is_expired(today):
            raise CommandError(
                f"INVALID: the certificate expired on {payload.expires_on.isoformat()}.\n{facts}"
            )
        if name and not payload.name_matches(name):
            raise CommandError(f"INVALID: the name given is not the holder's name.\n{facts}")
        if not offline:
            online = selectors.certificate_verify(payload.code, today=today)
            if online.status == "revoked":
                raise CommandError(
                    f"INVALID: revoked on {online.revoked_on.isoformat()}: {online.revocation_reason}\n{facts}"
                )
            if online.status == "not_found":
                raise CommandError(
                    f"INVALID: the signature is genuine but this database has no such code.\n{facts}"
                )
        where = "signature checked offline" if offline else "signature and database checked"
        matched = "\n  name: matches the holder's" if name else ""
        self.stdout.write(f"VALID ({where})\n{facts}{matched}")

    def _code(self, value, *, today, name):
        result = selectors.certificate_verify(value, today=today, typed_name=name or None)
        if result.status == "malformed":
            raise CommandError(f"INVALID: {problem_message(result.problem)}")
        if result.status == "not_found":
            raise CommandError(f"INVALID: no certificate has the code {result.code}.")
        holder = result.holder_name if result.name_match else (result.holder_initials or "-")
        facts = (
            f"  code: {result.code}\n  holder: {holder}\n  course: {result.course_title}\n"
            f"  issued: {result.issued_on.isoformat()}\n"
            f"  valid until: {result.expires_on.isoformat() if result.expires_on else 'no expiry'}"
        )
        if result.status == "revoked":
            raise CommandError(
                f"INVALID: revoked on {result.revoked_on.isoformat()}: {result.revocation_reason}\n{facts}"
            )
        if result.status == "expired":
            raise CommandError(
                f"INVALID: the certificate expired on {result.expires_on.isoformat()}.\n{facts}"
            )
        if name and not result.name_match:
            raise CommandError(f"INVALID: the name given is not the holder's name.\n{facts}")
        self.stdout.write(f"VALID\n{facts}")
