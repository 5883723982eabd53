from django.http import JsonResponse
from django.views.decorators.http import require_POST

from home.models import BlogPage
from summaries.llm import summarize


@require_POST
def regenerate_summary(request, page_id):
    page = BlogPage.objects.get(pk=page_id)
    try:
        page.summary = summarize(page.body)
    except Exception as e:
        return JsonResponse({"error": str(e)}, status=502)
    page.save_revision().publish()
    return JsonResponse({"summary": page.summary})
