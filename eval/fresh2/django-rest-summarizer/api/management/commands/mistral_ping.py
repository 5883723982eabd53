from django.conf import settings
from django.core.management.base import BaseCommand
from mistralai import Mistral


class Command(BaseCommand):
    help = "Check that the Mistral key works"

    def handle(self, *args, **options):
        key = settings.MISTRAL_API_KEY
        self.stdout.write(f"key prefix: {key[:4]}... ({len(key)} chars)")
        models = Mistral(api_key=key).models.list()
        self.stdout.write(self.style.SUCCESS(f"{len(models.data)} models available"))
