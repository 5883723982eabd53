project_id = "support-bot-prod"
region     = "europe-west1"
