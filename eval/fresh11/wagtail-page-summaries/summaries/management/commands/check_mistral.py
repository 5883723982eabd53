from django.conf import settings
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Show which Mistral key is configured"

    def handle(self, *args, **options):
        self.stdout.write(f"MISTRAL_API_KEY={settings.MISTRAL_API_KEY}")
