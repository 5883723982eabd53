ACCOUNT = "123456789012"
REGION = "eu-west-3"
BOT_SECRET = "34MdqCvvnW4xdeyfrmwUM3yKdix1eg1e"
