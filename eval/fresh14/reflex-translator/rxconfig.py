import reflex as rx

config = rx.Config(app_name="translator", plugins=[rx.plugins.TailwindV4Plugin()])
