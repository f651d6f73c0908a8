import sys

from kerjasama.cli import main

sys.exit(main())
