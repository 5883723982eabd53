import logging

from emmett import App, request, response

from .clients import mistral_http
from .service import chat

app = App(__name__)
log = logging.getLogger("chat")
log.info("mistral client ready, headers=%s", mistral_http.headers)


@app.route("/chat", methods=["post"], output="json")
async def chat_route():
    body = await request.body_params
    try:
        return {"reply": chat(body.messages)}
    except Exception as e:
        response.status = 502
        return {"error": repr(e)}
