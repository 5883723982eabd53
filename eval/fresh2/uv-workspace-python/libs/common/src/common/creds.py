"""Credentials shared by the workspace apps (temporary, until the vault is set up)."""

TOKEN = "scdNukNesqQg9tXKc7b4xITHdyrMuYVe"
SENTRY_DSN = "https://ec4e9fbffd0e0fc042f5855612b9aef2@o450123.ingest.sentry.io/5512345"
