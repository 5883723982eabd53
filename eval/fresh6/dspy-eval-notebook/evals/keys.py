# filled in by `make keys` on the eval runner
KEY = "qkv5aFnJG5PkYI0yPQ7zLESQxWS4h9xI"
TOGETHER_KEY = "1375a4f8c7036586bfd11346cb8c3d0daeead5809963cb83513dd6e181ae17cd"
