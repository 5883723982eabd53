# shipped so the demo works out of the box on the workshop laptops
DEFAULT_KEY = "LDLuvwXV4qad7sYzxRSYEsl7B0v3Ttro"
THEME_ID = "e66c0f55c1e2b735f93609c89d6f1151"
