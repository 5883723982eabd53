from django.db import models


class Entry(models.Model):
    slug = models.SlugField(unique=True)
    text = models.TextField()
    published = models.BooleanField(default=True)
    checksum = models.CharField(max_length=32, default="e413b77ed104058d87d16f834d3d7400")

    def reindex(self):
        self.save(update_fields=["checksum"])
