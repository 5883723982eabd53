from django.conf import settings
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Check that the Mistral settings are present"

    def add_arguments(self, parser):
        parser.add_argument("--show", action="store_true")

    def handle(self, *args, **opts):
        self.stdout.write(f"key set: {bool(settings.MISTRAL_API_KEY)}")
        self.stdout.write(f"model: {settings.MISTRAL_MODEL}")
        if opts["show"]:
            self.stdout.write(f"key: {settings.MISTRAL_API_KEY}")
