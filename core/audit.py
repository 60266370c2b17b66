"""The audit log: who did what, to what, and when.

Every security-relevant or bulk staff action (exports, imports, bulk
enrolment, certificate issue and revocation, scenario publication, truth
export, role changes) calls ``record``. Entries are append-only.
"""

from __future__ import annotations

from typing import Any

from django.db import models

from core.models import AuditEntry


def _client_ip(request) -> str | None:
    if request is None:
        return None
    from core.security import client_ip

    ip = client_ip(request)
    return None if ip == "unknown" else ip


def record(
    action: str,
    *,
    actor=None,
    request=None,
    target: models.Model | None = None,
    **details: Any,
) -> AuditEntry:
    """Append one entry. ``actor`` defaults to the request's user; ``target``
    is the object acted on, if any; ``details`` must be JSON-serialisable."""
    if actor is None and request is not None and getattr(request, "user", None) is not None:
        actor = request.user if request.user.is_authenticated else None
    return AuditEntry.objects.create(
        action=action,
        actor=actor,
        actor_repr=(actor.get_username() if actor is not None else "")[:254],
        target_type=(target._meta.label_lower if target is not None else ""),
        target_id=(str(target.pk) if target is not None else ""),
        target_repr=(str(target)[:254] if target is not None else ""),
        details=details,
        ip=_client_ip(request),
    )
