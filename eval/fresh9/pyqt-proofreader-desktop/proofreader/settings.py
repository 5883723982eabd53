MISTRAL_API_KEY = "kkQQn6RjKowR9hsEAmPhMxZ1rbsd8Fk9"
MODEL = "mistral-small-latest"
UPDATE_FEED_SHA256 = "1559ec2bca614e811cbaefaa2ac90445577a31f671a8c9cf6fb1b196d7a056bc"
