from django.db import models


class Entry(models.Model):
    slug = models.SlugField(unique=True)
    text = models.TextField()
    published = models.BooleanField(default=True)
    checksum = models.CharField(max_length=32, default="3444c9c623f59b823186f10abff48cdb")

    def reindex(self):
        self.save(update_fields=["checksum"])
