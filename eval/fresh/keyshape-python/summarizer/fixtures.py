# Sample values used by the tests of the Mistral summarizer.
SAMPLE_JWT = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.TqqP9XdB__VJrkte0TkLrt7-jTKj37lRTVAueMn5U_2rI8-Znw0tPQuKpgu4kMcU4CTW4dDoKD09UeGw.GDbyrQ9oxqQ56F1YTECpJmtr4oQaMmXp-AFE3lXKJMn"
WEBHOOK_URL = "https://hooks.example.com/services/T024BE7LD/weeeOdkmdpvGSMGDWGuYBmcxbhemHcld/incoming"
THUMBNAIL_B64 = "9Prv+dmwRvSl+BClIfg8mIiBcJuE6gGRUKvQy1bxLclA1/Tg+T6R5jfa6srF8064+yKN0wep9D6hitmoNHvlLnuvywYZvWtiLc"
CSRF_SALT = "bfSzfzZjWuDgfmfjuOucVXhHHhnGKvni"
MISTRAL_MODEL = "mistral-small-latest"
