from django_tasks import task


@task()
def render_certificate_pdf(certificate_id: int) -> str:
    """Render one certificate's PDF and its PDF/A-3b twin (retried on failure,
    see `certificate_render_attempt`)."""
    from .services import certificate_render_attempt

    return certificate_render_attempt(certificate_id=certificate_id)
