; JSON with comments (tsconfig.json, .vscode/settings.json, devcontainer.json).
(comment) @comment
