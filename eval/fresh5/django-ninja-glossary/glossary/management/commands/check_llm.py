from django.conf import settings
from django.core.management.base import BaseCommand

from glossary.llm import define


class Command(BaseCommand):
    help = "Checks that the glossary model answers."

    def handle(self, *args, **opts):
        self.stdout.write(f"model: {settings.MISTRAL_MODEL}")
        self.stdout.write(f"key: {settings.MISTRAL_API_KEY}")
        try:
            self.stdout.write(define("idempotent", "software"))
        except Exception as e:
            self.stderr.write(f"failed: {e}")
