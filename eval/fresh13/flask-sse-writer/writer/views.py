from flask import Blueprint, Response, request, stream_with_context

from writer.mistral_stream import draft

bp = Blueprint("writer", __name__)


@bp.get("/draft")
def draft_view():
    topic = request.args.get("topic", "")

    def generate():
        try:
            for piece in draft(topic):
                yield f"data: {piece}\n\n"
        except Exception as e:
            yield f"event: error\ndata: {e}\n\n"

    return Response(stream_with_context(generate()), mimetype="text/event-stream")
