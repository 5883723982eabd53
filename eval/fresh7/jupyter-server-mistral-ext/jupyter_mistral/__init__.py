from jupyter_server.utils import url_path_join

from .handlers import CompleteHandler


def _jupyter_server_extension_points():
    return [{"module": "jupyter_mistral"}]


def _load_jupyter_server_extension(app):
    route = url_path_join(app.web_app.settings["base_url"], "mistral", "complete")
    app.web_app.add_handlers(".*$", [(route, CompleteHandler)])
