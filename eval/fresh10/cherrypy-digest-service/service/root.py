import cherrypy

from service import conf  # noqa: F401
from service.llm import digest


class Root:
    @cherrypy.expose
    @cherrypy.tools.json_in()
    @cherrypy.tools.json_out()
    def digest(self):
        text = cherrypy.request.json["text"]
        cherrypy.log("digest request of %d chars" % len(text))
        try:
            return {"digest": digest(text)}
        except Exception as e:
            cherrypy.log("digest failed with config %s" % dict(cherrypy.config))
            raise cherrypy.HTTPError(502, "digest failed: %s" % e)


if __name__ == "__main__":
    cherrypy.quickstart(Root())
