from flask_restx import Namespace, Resource

from services.translate import translate

ns = Namespace("translate")


@ns.route("/")
class Translate(Resource):
    def post(self):
        body = ns.payload
        try:
            return {"text": translate(body["text"], body["target"])}
        except Exception as e:
            ns.abort(502, str(e))
