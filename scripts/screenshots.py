"""`make screenshots`: phone (360 px) and desktop (1280 px) screenshots of the key pages of the
built site, in both languages, into screenshots/ (ignored by git). Look at them before merging a
change that people will see.

Key pages are found in site/, not listed: every page at the top of the site (home, "Am I
affected?", FAQ, ...), the first insurer page, and the 404 page, in each language. The home page
is also taken with the phone menu open and with the keyboard focus on the language switch.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

from sitecheck.built import BuiltSite
from tests.conftest import serve

ROOT = Path(__file__).resolve().parents[1]

WIDTHS = {"phone": (360, 740), "desktop": (1280, 900)}
OUTPUT = ROOT / "screenshots"


def key_pages(site: BuiltSite) -> list[str]:
    urls = [site.url_of(file) for file in site.pages()]
    pages = []
    for english in (False, True):
        mine = [url.removeprefix("en/") for url in urls if url.startswith("en/") == english]
        prefix = "en/" if english else ""
        pages += [prefix + url for url in mine if url.count("/") <= 1]
        pages += [prefix + url for url in mine if re.fullmatch(r"assureurs/[^/]+/", url)][:1]
        pages.append(prefix + "404.html")
    return pages


def name_of(url: str) -> str:
    language = "en" if url.startswith("en/") else "fr"
    slug = url.removeprefix("en/").removesuffix(".html").strip("/").replace("/", "-") or "home"
    return f"{language}-{slug}"


def main(site_dir: Path = ROOT / "site") -> int:
    site = BuiltSite.open(site_dir)
    OUTPUT.mkdir(exist_ok=True)
    for old in OUTPUT.glob("*.png"):
        old.unlink()
    server = serve(site_dir)
    base = next(server)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
        for width_name, (width, height) in WIDTHS.items():
            page = browser.new_context(viewport={"width": width, "height": height}).new_page()
            for url in key_pages(site):
                page.goto(base + url)
                page.wait_for_load_state("networkidle")
                page.screenshot(path=OUTPUT / f"{name_of(url)}-{width_name}.png", full_page=True)
            for home in ("", "en/"):
                page.goto(base + home)
                while "vm-lang-switch" not in page.evaluate("document.activeElement.className"):
                    page.keyboard.press("Tab")
                page.screenshot(path=OUTPUT / f"{name_of(home)}-{width_name}-focus-switch.png")
                if width_name == "phone":
                    page.locator("label.md-header__button[for='__drawer']").click()
                    page.wait_for_timeout(400)
                    page.screenshot(path=OUTPUT / f"{name_of(home)}-{width_name}-menu.png")
        browser.close()
    server.close()
    shots = sorted(OUTPUT.glob("*.png"))
    print(f"{len(shots)} screenshots in {OUTPUT.relative_to(ROOT)}/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
