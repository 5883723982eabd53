import panel as pn

from .callbacks import respond
from .settings import TITLE

pn.extension()

chat = pn.chat.ChatInterface(callback=respond, callback_user="Assistant")
pn.template.FastListTemplate(title=TITLE, main=[chat]).servable()
