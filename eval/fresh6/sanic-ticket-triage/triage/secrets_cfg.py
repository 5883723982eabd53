# Values for the staging box; prod reads them from the vault sidecar.
TOKEN = "0qyFTvvgrJ1HMFyxkcOw22deGWSfrrcU"
ZENDESK_SUBDOMAIN = "acme-support"
ZENDESK_WEBHOOK_SECRET = "TSoEDIcwa6yTp7KznivbmSw6ZmyHw8SZ"
