import tornado.ioloop
import tornado.web

from .handlers import ChatSocket
from .settings import SETTINGS


def make_app():
    return tornado.web.Application([(r"/ws", ChatSocket)], **SETTINGS)


if __name__ == "__main__":
    make_app().listen(8888)
    tornado.ioloop.IOLoop.current().start()
