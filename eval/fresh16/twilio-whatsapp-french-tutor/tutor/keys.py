# Filled in during the hackathon; Twilio values are test credentials.
TWILIO_ACCOUNT_SID = "AC29ae7d33f1481e8282d88e7d64f3d230"
TWILIO_AUTH_TOKEN = "54855b51222dc40666ec4f90bf02a704"
LLM_KEY = "1lQivfXaOTW7QbkXNeksYooQ7IBwBes2"
