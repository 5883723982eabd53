variable "project_id" {}
variable "region" { default = "europe-west1" }
variable "mistral_api_key" { sensitive = true }

resource "google_secret_manager_secret_version" "mistral" {
  secret      = google_secret_manager_secret.mistral.id
  secret_data = var.mistral_api_key
}

resource "google_cloud_run_v2_service" "bot" {
  name     = "support-bot"
  location = var.region
  template {
    containers {
      image = "europe-docker.pkg.dev/${var.project_id}/bots/support-bot:latest"
    }
  }
}
