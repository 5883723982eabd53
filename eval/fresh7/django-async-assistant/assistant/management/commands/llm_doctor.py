from django.conf import settings
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Check the Mistral configuration"

    def handle(self, *args, **opts):
        self.stdout.write(f"MISTRAL_API_KEY={settings.MISTRAL_API_KEY}")
        self.stdout.write(f"key length: {len(settings.MISTRAL_API_KEY)}")
