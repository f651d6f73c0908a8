# The smallest book the extension can build: two concepts, one bank, two pages.
project = "Uji ekstensi"
language = "id"
extensions = ["kerjasama.sphinxext", "sphinxcontrib.bibtex"]
nb_execution_mode = "off"
kerjasama_slim = False
exclude_patterns = ["_build", "book"]
bibtex_bibfiles = ["book/references.bib"]
bibtex_reference_style = "kerjasama"
bibtex_default_style = "kerjasama"
