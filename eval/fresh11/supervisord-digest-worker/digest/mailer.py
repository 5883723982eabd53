import os
import smtplib
from email.message import EmailMessage


def send_digest(body: str) -> None:
    msg = EmailMessage()
    msg["Subject"] = "Daily digest"
    msg["To"] = os.environ.get("DIGEST_TO", "team@example.com")
    msg.set_content(body)
    with smtplib.SMTP(os.environ.get("SMTP_HOST", "localhost")) as s:
        s.send_message(msg)
