"""urllib for hotloop: only the parse submodule (docs/stdlib.md,
"urllib.parse, tempfile, shutil, html")."""
