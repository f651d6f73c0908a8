# The smallest book the extension can build: two concepts, one bank, three pages.
project = "Uji ekstensi"
language = "id"
extensions = ["kerjasama.sphinxext", "sphinxcontrib.bibtex"]
# latihan.md runs in a kernel, so its self-check is the markup render.py writes.
nb_execution_mode = "cache"
nb_execution_raise_on_error = True
# As in _config.yml: the book shows the HTML rendering of a view, not its widget.
nb_mime_priority_overrides = [("html", "text/html", 0)]
nb_ipywidgets_js = {}
kerjasama_slim = False
exclude_patterns = ["_build", "book"]
bibtex_bibfiles = ["book/references.bib"]
bibtex_reference_style = "kerjasama"
bibtex_default_style = "kerjasama"
