import flet as ft

from assistant import make_client, tidy


def main(page: ft.Page):
    page.title = "Notes"
    note = ft.TextField(multiline=True, expand=True)

    def on_tidy(e):
        client = make_client(page.client_storage.get("mistral_key"))
        try:
            note.value = tidy(client, note.value)
        except Exception as err:
            page.open(ft.SnackBar(ft.Text(f"Could not tidy: {err}")))
        page.update()

    page.add(note, ft.ElevatedButton("Tidy", on_click=on_tidy))


ft.app(main)
