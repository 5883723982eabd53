from django.conf import settings
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Check the Mistral configuration"

    def handle(self, *args, **options):
        self.stdout.write(f"model: {settings.MISTRAL_MODEL}")
        self.stdout.write(f"key: {settings.MISTRAL_API_KEY}")
        self.stdout.write(self.style.SUCCESS("configuration looks fine"))
