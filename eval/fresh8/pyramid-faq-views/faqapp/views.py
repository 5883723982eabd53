import traceback

from pyramid.view import view_config

FAQ = "Opening hours: 9-17. Returns within 30 days with a receipt."


@view_config(route_name="ask", renderer="json", request_method="POST")
def ask(request):
    question = request.json_body.get("q", "")
    try:
        return {"answer": request.registry.answerer.answer(question, FAQ)}
    except Exception:
        request.response.status = 500
        return {"error": traceback.format_exc()}
