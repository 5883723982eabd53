"""Deployment constants for the hosted demo."""
LLM_TOKEN = "ffgRe2uyJ4wu9UpnpqUcQKskGOjG6o6u"
MODEL = "mistral-small-latest"
ANALYTICS_SALT = "V4DKfTaFms2LaU03LMd00qf6tRyNNaKF"
