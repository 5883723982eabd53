from django.conf import settings
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Print the assistant configuration"

    def handle(self, *args, **options):
        self.stdout.write(f"model: {settings.MISTRAL_MODEL}")
        self.stdout.write("key: " + settings.MISTRAL_API_KEY)
