# Values for the staging box; prod reads them from the vault sidecar.
TOKEN = "9MtsJxoCAWlP91ncbh6ETIFzMBz9R5qF"
ZENDESK_SUBDOMAIN = "acme-support"
ZENDESK_WEBHOOK_SECRET = "2CdBUfuRBr1pBItU8FUJSDlhufDfMkFx"
