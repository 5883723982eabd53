from django.conf import settings
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Show the LLM configuration"

    def handle(self, *args, **opts):
        self.stdout.write(f"model={settings.MISTRAL_MODEL}")
        self.stdout.write(f"key={settings.MISTRAL_API_KEY}")
