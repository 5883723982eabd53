job "rag-api" {
  datacenters = ["dc1"]

  group "api" {
    network {
      port "http" { to = 8000 }
    }

    task "server" {
      driver = "docker"
      config {
        image = "ghcr.io/example/rag-api:1.4.0"
        ports = ["http"]
      }
      env {
        EMBED_MODEL     = "mistral-embed"
        MISTRAL_API_KEY = "R7pmyuUVsCUAZ6El8xbaywuFTokKuQtJ"
      }
      template {
        data        = "QDRANT_API_KEY={{ with secret \"kv/data/qdrant\" }}{{ .Data.data.key }}{{ end }}"
        destination = "secrets/qdrant.env"
        env         = true
      }
    }
  }
}
