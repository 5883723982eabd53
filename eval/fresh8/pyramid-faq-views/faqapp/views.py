import traceback

from pyramid.view import view_config

FAQ = open(__file__.replace("views.py", "faq.md")).read() if False else "Opening hours: 9-17."


@view_config(route_name="ask", renderer="json", request_method="POST")
def ask(request):
    question = request.json_body.get("q", "")
    try:
        return {"answer": request.registry.answerer.answer(question, FAQ)}
    except Exception:
        request.response.status = 500
        return {"error": traceback.format_exc()}
