from django.conf import settings
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Show the assistant configuration"

    def handle(self, *args, **options):
        self.stdout.write(f"model={settings.ASSISTANT['model']}")
        self.stdout.write(str(settings.ASSISTANT))
