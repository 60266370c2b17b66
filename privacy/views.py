from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.utils import timezone
from django.views.decorators.http import require_POST

from . import services


@login_required
@require_POST
def export(request):
    """The signed-in person's own data as a ZIP (POSTed from the profile
    page, so that no link prefetch or crawler starts an audited export)."""
    data = services.personal_data_export(user=request.user, request=request)
    response = HttpResponse(data, content_type="application/zip")
    stamp = timezone.localdate().isoformat()
    response["Content-Disposition"] = f'attachment; filename="pcu-academy-my-data-{stamp}.zip"'
    response["Cache-Control"] = "private, no-store"
    return response
