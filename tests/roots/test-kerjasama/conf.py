# The smallest book the extension can build: two concepts, one bank, two pages.
project = "Uji ekstensi"
language = "id"
extensions = ["kerjasama.build"]
nb_execution_mode = "off"
kerjasama_slim = False
exclude_patterns = ["_build", "book"]
