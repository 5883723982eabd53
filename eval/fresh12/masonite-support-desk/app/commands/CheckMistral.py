from masonite.commands import Command
from masonite.configuration import config


class CheckMistral(Command):
    """
    Show the Mistral settings
    check:mistral
    """

    def handle(self):
        self.info(f"model={config('mistral.model')} key={config('mistral.api_key')}")
