from django.conf import settings
from django.core.management.base import BaseCommand

from assistant.services import get_client


class Command(BaseCommand):
    help = "Check that the Mistral API answers with the configured key"

    def handle(self, *args, **options):
        self.stdout.write(f"Using model {settings.MISTRAL_MODEL}")
        self.stdout.write(f"Using key {settings.MISTRAL_API_KEY}")
        models = get_client().models.list()
        self.stdout.write(self.style.SUCCESS(f"OK, {len(models.data)} models visible"))
