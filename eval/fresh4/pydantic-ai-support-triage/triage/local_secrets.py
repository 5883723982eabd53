# filled in locally; TODO: move to the vault before the pilot
LLM_TOKEN = "LbW7X52OzTYh8ue54ts6NfcK4Rkf0J3s"
SENTRY_DSN = "https://9283fdbf23aa30bb69f15c33a20ba493@o4507.ingest.sentry.io/4507"
