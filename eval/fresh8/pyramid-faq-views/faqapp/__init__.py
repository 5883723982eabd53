from pyramid.config import Configurator

from .llm import FaqAnswerer


def main(global_config, **settings):
    with Configurator(settings=settings) as config:
        config.registry.answerer = FaqAnswerer(settings["mistral.api_key"], settings["mistral.model"])
        config.add_route("ask", "/ask")
        config.scan(".views")
        return config.make_wsgi_app()
