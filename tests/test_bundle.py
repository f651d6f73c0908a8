"""The post-build pipeline on tiny sites: fast first paint (sphinxext.bundle), the offline
web app files (site_cache), and that no stylesheet is ever dropped."""

from __future__ import annotations

import json
from pathlib import Path, PurePosixPath

from PIL import Image

from kerjasama.site_cache import refresh_site_cache, site_files, write_site_cache
from kerjasama.sphinxext.bundle import BUNDLE, rebase_css
from kerjasama.sphinxext.postbuild import post_build

HEAD = (
    '<html data-content_root="../"><head>'
    '<link href="../_static/styles/theme.css?digest=1" rel="stylesheet" />'
    '<link rel="stylesheet" type="text/css" href="../_static/pygments.css?v=2" />'
    "{own}"
    '<link rel="stylesheet" type="text/css" href="../_static/kerjasama.css?v=3" />'
    '<link rel="preload" as="script" href="../_static/scripts/bootstrap.js" />'
    '<script src="../_static/documentation_options.js?v=4"></script>'
    '<script src="../_static/doctools.js?v=5"></script>'
    '<script src="../_static/sphinx_highlight.js"></script>'
    '<script src="../_static/translations.js"></script>'
    '<script defer src="../_static/scripts/fontawesome.js"></script>'
    '<script async="async" src="../_static/thebe.js"></script>'
    "<script>DOCUMENTATION_OPTIONS.pagename = 'x';</script>"
    "</head><body>{body}</body></html>"
)
SELFCHECK_LINK = '<link rel="stylesheet" type="text/css" href="../_static/selfcheck.css?v=6" />'


def _site(root: Path) -> Path:
    static = root / "_static"
    (static / "styles").mkdir(parents=True)
    (static / "scripts").mkdir()
    (static / "styles" / "theme.css").write_text(
        '@import "../basic.css";\n.a { background: url(../img/a.png) }', encoding="utf-8"
    )
    (static / "basic.css").write_text("body  {  margin : 0 }", encoding="utf-8")
    (static / "pygments.css").write_text(".hl { color: red }", encoding="utf-8")
    (static / "kerjasama.css").write_text(".bd { color: blue }", encoding="utf-8")
    (static / "selfcheck.css").write_text(
        ".selfcheck { border: 1px solid; background: url(img/x.svg) }", encoding="utf-8"
    )
    (static / "documentation_options.js").write_text(
        "const DOCUMENTATION_OPTIONS = {\n    VERSION: '',\n};\n", encoding="utf-8"
    )
    (static / "doctools.js").write_text("function  a ( ) {\n  return 1 ;\n}\n", encoding="utf-8")
    book = root / "book"
    book.mkdir()
    (book / "bab.html").write_text(
        HEAD.format(own=SELFCHECK_LINK, body='<div class="selfcheck"></div>'), encoding="utf-8"
    )
    (book / "lain.html").write_text(HEAD.format(own="", body="<p>x</p>"), encoding="utf-8")
    return root


def bundle_assets(site: Path) -> str | None:
    """The whole pipeline, without slimming (the theme's real files are not here)."""
    return post_build(site, "Kerja Sama", "book/bab.html", slim=False).digest


def test_one_shared_stylesheet_then_the_pages_own_styles_inlined(tmp_path: Path) -> None:
    site = _site(tmp_path)
    digest = bundle_assets(site)
    bundle = (site / BUNDLE).read_text(encoding="utf-8")
    assert bundle.startswith("body{margin:0}"), "@import inlined, then minified"
    assert 'url("img/a.png")' in bundle, "urls rewritten for the bundle's folder"
    assert ".hl{color:red}" in bundle and ".bd{" not in bundle and ".selfcheck" not in bundle
    page = (site / "book" / "bab.html").read_text(encoding="utf-8")
    assert page.count('rel="stylesheet"') == 1
    assert f'href="../_static/kerjasama-styles.css?v={digest}"' in page
    style = page.split("<style>")[1].split("</style>")[0]
    assert style.index(".selfcheck{") < style.index(".bd{color:blue}"), "order kept"
    assert 'url("../_static/img/x.svg")' in style
    other = (site / "book" / "lain.html").read_text(encoding="utf-8")
    assert ".selfcheck" not in other and ".bd{color:blue}" in other


def test_scripts_are_deferred_in_order_and_stubs_and_preloads_dropped(tmp_path: Path) -> None:
    site = _site(tmp_path)
    bundle_assets(site)
    page = (site / "book" / "bab.html").read_text(encoding="utf-8")
    assert "<script>const DOCUMENTATION_OPTIONS={VERSION:''," in page
    assert page.index("DOCUMENTATION_OPTIONS={") < page.index(".pagename = 'x'")
    assert '<script defer src="../_static/doctools.js?v=5"></script>' in page
    assert '<script async="async" src="../_static/thebe.js"></script>' in page
    # The Indonesian catalog comes before the script that uses it at once.
    assert page.index("translations.js") < page.index("sphinx_highlight.js")
    assert "fontawesome" not in page and 'rel="preload"' not in page
    assert (site / "_static" / "doctools.js").read_text(
        encoding="utf-8"
    ) == "function a(){return 1;}"


def test_a_second_build_updates_old_pages_to_the_new_bundle(tmp_path: Path) -> None:
    site = _site(tmp_path)
    first = bundle_assets(site)
    (site / "_static" / "pygments.css").write_text(".hl { color: green }", encoding="utf-8")
    # Sphinx rewrites only the page that changed; the other keeps its bundled head.
    (site / "book" / "lain.html").write_text(HEAD.format(own="", body="<p>y</p>"), "utf-8")
    second = bundle_assets(site)
    assert first != second
    for name in ("bab.html", "lain.html"):
        page = (site / "book" / name).read_text(encoding="utf-8")
        assert f"kerjasama-styles.css?v={second}" in page and first not in page, name
        assert page.count('rel="stylesheet"') == 1, name


def test_rebase_css_leaves_data_and_other_sites_alone() -> None:
    css = 'a{b:url("data:x")} c{d:url(https://x.org/f.woff)} e{f:url(../g.png)}'
    out = rebase_css(css, PurePosixPath("_static/styles/t.css"), PurePosixPath("book"))
    assert 'url("data:x")' in out and "url(https://x.org/f.woff)" in out
    assert 'url("../_static/g.png")' in out


def test_the_offline_list_holds_what_the_pages_reach_and_a_content_version(
    tmp_path: Path,
) -> None:
    site = _site(tmp_path)
    bundle_assets(site)
    (site / "_sources").mkdir()
    (site / "_sources" / "bab.md").write_text("sumber", encoding="utf-8")
    (site / "_static" / "unused.js").write_text("1", encoding="utf-8")
    (site / "lkpd").mkdir()
    (site / "lkpd" / "lkpd-bab.pdf").write_bytes(b"%PDF")
    with (site / "book" / "lain.html").open("a", encoding="utf-8") as page:
        page.write('<a href="../lkpd/lkpd-bab.pdf">LKPD</a><a href="bab.html#x">bab</a>')
    first = write_site_cache(site, "Kerja Sama", "book/bab.html")
    listing = json.loads((site / "luring.json").read_text(encoding="utf-8"))
    files = {name for name, _size in listing["files"]}
    assert {"book/bab.html", "book/lain.html", "_static/kerjasama-styles.css"} <= files
    assert {"manifest.webmanifest", "_static/ikon/ikon-192.png"} <= files
    assert "_static/doctools.js" in files and "_static/unused.js" not in files
    assert not any(name.startswith("_sources") for name in files)
    assert listing["worksheets"] == [["lkpd/lkpd-bab.pdf", 4]]
    assert listing["version"] == first
    assert f'var VERSION = "{first}";' in (site / "sw.js").read_text(encoding="utf-8")
    (site / "book" / "bab.html").write_text("<p>baru</p>", encoding="utf-8")
    assert write_site_cache(site, "Kerja Sama", "book/bab.html") != first
    assert site_files(site)[1] == [Path("lkpd/lkpd-bab.pdf")]
    (site / "lkpd" / "kunci-bab.pdf").write_bytes(b"%PDF-1")
    with (site / "book" / "bab.html").open("a", encoding="utf-8") as page:
        page.write('<a href="../lkpd/kunci-bab.pdf">kunci</a>')
    assert refresh_site_cache(site) is not None
    listing = json.loads((site / "luring.json").read_text(encoding="utf-8"))
    assert [name for name, _ in listing["worksheets"]] == [
        "lkpd/kunci-bab.pdf",
        "lkpd/lkpd-bab.pdf",
    ]


def test_the_manifest_is_indonesian_and_its_icons_exist(tmp_path: Path) -> None:
    site = _site(tmp_path)
    write_site_cache(site, "Kerja Sama sebagai Interaksi Sosial Asosiatif", "book/bab.html")
    manifest = json.loads((site / "manifest.webmanifest").read_text(encoding="utf-8"))
    assert manifest["lang"] == "id" and manifest["start_url"] == "book/bab.html"
    assert manifest["name"] == "Kerja Sama sebagai Interaksi Sosial Asosiatif"
    assert manifest["display"] == "standalone"
    for icon in manifest["icons"]:
        with Image.open(site / icon["src"]) as image:
            assert f"{image.width}x{image.height}" == icon["sizes"]
    assert {icon["sizes"] for icon in manifest["icons"]} == {"192x192", "512x512"}
    # Every page names its icon inline, the redirect page without a <head> too.
    (site / "index.html").write_text('<meta http-equiv="Refresh" content="0">', encoding="utf-8")
    post_build(site, "Kerja Sama", "book/bab.html", slim=False)
    post_build(site, "Kerja Sama", "book/bab.html", slim=False)
    for page in ("index.html", "book/bab.html"):
        text = (site / page).read_text(encoding="utf-8")
        assert text.count('rel="icon" href="data:image/svg+xml,') == 1, page


EXTRA_LINK = '<link rel="stylesheet" type="text/css" href="../_static/extra.css?v=7" />'


def _two_pages(root: Path, extra_on: str) -> Path:
    """A two-page site; ``extra_on`` also loads ``extra.css``, a sheet in no registry row."""
    site = _site(root)
    (site / "_static" / "extra.css").write_text(".extra { color: green }", encoding="utf-8")
    page = site / "book" / extra_on
    page.write_text(
        page.read_text(encoding="utf-8").replace("</head>", EXTRA_LINK + "</head>"), "utf-8"
    )
    return site


def test_a_stylesheet_in_no_registry_row_is_kept_on_the_pages_that_load_it(
    tmp_path: Path,
) -> None:
    # lain.html comes after bab.html: the old bundle took bab.html's sheets as the shared
    # set, removed every link, and extra.css reached no page.
    site = _two_pages(tmp_path, "lain.html")
    report = post_build(site, "Kerja Sama", "book/bab.html", slim=False)
    lain = (site / "book" / "lain.html").read_text(encoding="utf-8")
    bab = (site / "book" / "bab.html").read_text(encoding="utf-8")
    style = lain.split("<style>")[1].split("</style>")[0]
    assert ".extra{color:green}" in style
    assert style.index(".bd{color:blue}") < style.index(".extra{"), "link order kept"
    assert ".extra" not in bab, "only the page that loaded it"
    assert ".extra" not in (site / BUNDLE).read_text(encoding="utf-8")
    assert report.unknown_sheets == [Path("_static/extra.css")]
    assert lain.count('rel="stylesheet"') == 1


def test_a_sheet_in_no_row_on_the_first_page_is_not_shared_either(tmp_path: Path) -> None:
    site = _two_pages(tmp_path, "bab.html")
    post_build(site, "Kerja Sama", "book/bab.html", slim=False)
    assert ".extra" not in (site / BUNDLE).read_text(encoding="utf-8")
    assert ".extra{color:green}" in (site / "book" / "bab.html").read_text(encoding="utf-8")
    assert ".extra" not in (site / "book" / "lain.html").read_text(encoding="utf-8")


def test_each_page_is_written_once_and_a_second_run_changes_nothing(tmp_path: Path) -> None:
    site = _site(tmp_path)
    first = post_build(site, "Kerja Sama", "book/bab.html", slim=False)
    assert first.pages_written == 2
    pages = {p: p.read_text(encoding="utf-8") for p in (site / "book").glob("*.html")}
    second = post_build(site, "Kerja Sama", "book/bab.html", slim=False)
    assert second.pages_written == 0 and second.digest == first.digest
    assert pages == {p: p.read_text(encoding="utf-8") for p in (site / "book").glob("*.html")}
