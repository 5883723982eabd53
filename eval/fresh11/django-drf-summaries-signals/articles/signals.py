import logging

from django.db.models.signals import post_save
from django.dispatch import receiver

from articles.models import Article
from articles.services import SummaryService

logger = logging.getLogger(__name__)


@receiver(post_save, sender=Article)
def fill_summary(sender, instance, created, **kwargs):
    if created and not instance.summary:
        try:
            instance.summary = SummaryService().summarize(instance.body)
            instance.save(update_fields=["summary"])
        except Exception:
            logger.exception("summary failed for article %s", instance.pk)
