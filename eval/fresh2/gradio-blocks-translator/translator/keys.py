# Shared demo credentials for the workshop laptops.
DEFAULT_KEY = "q2Mi38Irx2I4FT4Q7Hn4WQQ82M7CRMim"
SPACE_ID = "workshop/translator"
