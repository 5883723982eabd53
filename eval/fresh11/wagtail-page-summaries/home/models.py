from django.db import models
from wagtail.fields import RichTextField
from wagtail.models import Page


class BlogPage(Page):
    body = RichTextField()
    summary = models.TextField(blank=True)
