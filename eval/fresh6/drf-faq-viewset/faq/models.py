from django.db import models


class Entry(models.Model):
    slug = models.SlugField(unique=True)
    text = models.TextField()
    published = models.BooleanField(default=True)
    checksum = models.CharField(max_length=32, default="3eb4a12073d99c952b2c449fbd99137a")

    def reindex(self):
        self.save(update_fields=["checksum"])
