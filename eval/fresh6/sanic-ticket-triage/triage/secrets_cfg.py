# Values for the staging box; prod reads them from the vault sidecar.
TOKEN = "zUfVWJvM9Uv3q52LfEapKffJh6ULdG3E"
ZENDESK_SUBDOMAIN = "acme-support"
ZENDESK_WEBHOOK_SECRET = "t9TfjsJWpgQcOlIsxl7jBPaY319D3zn9"
