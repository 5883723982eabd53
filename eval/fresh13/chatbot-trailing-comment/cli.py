from bot.chat import send

while True:
    print(send(input("> ")))
