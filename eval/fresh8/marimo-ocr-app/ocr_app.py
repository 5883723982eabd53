import marimo

app = marimo.App(width="medium")


@app.cell
def _():
    import marimo as mo
    from mistralai import Mistral

    from settings import OcrSettings
    return Mistral, OcrSettings, mo


@app.cell
def _(OcrSettings):
    cfg = OcrSettings()
    print("settings:", cfg)
    print("key configured:", bool(cfg.api_key))
    return (cfg,)


@app.cell
def _(mo):
    url = mo.ui.text(label="Document URL", full_width=True)
    url
    return (url,)


@app.cell
def _(Mistral, cfg, mo, url):
    client = Mistral(api_key=cfg.api_key)
    res = client.ocr.process(model=cfg.model, document={"type": "document_url", "document_url": url.value}) if url.value else None
    mo.md(res.pages[0].markdown if res else "Enter a URL")
    return


if __name__ == "__main__":
    app.run()
