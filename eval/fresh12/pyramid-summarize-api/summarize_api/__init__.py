from pyramid.config import Configurator


def main(global_config, **settings):
    with Configurator(settings=settings) as config:
        config.add_route("summarize", "/summarize")
        config.add_route("health", "/health")
        config.scan(".views")
    return config.make_wsgi_app()
