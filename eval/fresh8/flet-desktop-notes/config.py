FALLBACK = "bu0uOg82SffckCuwYjQh2uOTaXW9GRue"
MODEL = "mistral-small-latest"
UPDATE_CHANNEL_ID = "bc87e4063bcd6c38b017f9dc018daa25"
