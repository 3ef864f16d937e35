"""Turn a governance refusal raised anywhere in a request into a Thai message and a way back.

The user-facing publish paths ask the gate first and answer with a message themselves; this
catches what reaches the model-level backstop or a workflow step (e.g. a step someone else
decided a moment earlier), so the answer is never an error page. Everything the refused action
would have written is rolled back by the transaction it ran in; what was saved before (the
draft) stays.
"""

from django.contrib import messages
from django.http import JsonResponse
from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme

from .gate import GovernanceRefusal


class GovernanceRefusalMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, GovernanceRefusal):
            return None
        if request.path.startswith("/admin/api/"):
            return JsonResponse({"detail": str(exception.message)}, status=403)
        messages.error(request, exception.message)
        back = request.META.get("HTTP_REFERER", "")
        if not url_has_allowed_host_and_scheme(back, {request.get_host()}):
            back = "/admin/"
        if request.headers.get("x-requested-with") == "XMLHttpRequest":
            # Wagtail's workflow modal follows a "success" step's redirect
            return JsonResponse({"html": None, "step": "success", "redirect": back})
        return redirect(back)
