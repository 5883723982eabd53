# local overrides, loaded when present
PRIMARY = "OKA6SFfnVCS5M5PGAcQ56PD9S6J5CwDR"
