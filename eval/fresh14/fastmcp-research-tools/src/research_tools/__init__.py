"""MCP tools that summarise and compare papers with Mistral."""
