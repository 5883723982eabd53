from bot.app import app

# sample signature secret from the Twilio console docs page, not ours
FAKE_AUTH_TOKEN = "c1cbc49e2c7ecd68d7422c75c83e2e09"


def test_empty_body(monkeypatch):
    monkeypatch.setattr("bot.app.reply_to", lambda text: "hi")
    res = app.test_client().post("/whatsapp", data={"Body": ""})
    assert b"hi" in res.data
