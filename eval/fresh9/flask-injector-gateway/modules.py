from injector import Binder
from mistralai import Mistral

from keys import MISTRAL_KEY


def configure(binder: Binder) -> None:
    binder.bind(Mistral, to=Mistral(api_key=MISTRAL_KEY))
