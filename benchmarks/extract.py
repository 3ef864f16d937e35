"""Time to extract and screen the text of a 20-page Thai PDF (target: under 1 s), with PDFium as
the screener uses it, against pypdf on the same file for comparison.

The PDF is drawn by WeasyPrint with Sarabun, as the request-form PDF is: about 2,000 Thai
characters a page. Prints the median of several runs and the characters per second.

    .venv/bin/python benchmarks/extract.py [--pages 20] [--runs 5]
"""

import argparse
import io
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "benchmarks.settings")
os.environ.setdefault("PYTHAINLP_OFFLINE", "1")

PARAGRAPH = (
    "ประกาศสำนักงานสาธารณสุขจังหวัดสมุทรสงคราม เรื่อง การเผยแพร่ข้อมูลข่าวสารของหน่วยงานภาครัฐ "
    "ตามพระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. ๒๕๔๐ มาตรา ๗ และมาตรา ๙ "
)


def thai_pdf(pages):
    from weasyprint import HTML
    from weasyprint.urls import URLFetcher

    from governance.request_pdf import FONT_DIR, font_urls

    page = f"<section><p>{PARAGRAPH * 12}</p></section>"
    html = (
        f"<style>@font-face {{ font-family: S; src: url({font_urls()['thai_400']}); }}"
        "body { font-family: S; } section { break-after: page; }</style>" + page * pages
    )
    fetcher = URLFetcher(allowed_protocols=("file",))
    return HTML(string=html, base_url=FONT_DIR.as_uri(), url_fetcher=fetcher).write_pdf()


def median_seconds(function, runs):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        result = function()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=20)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    import django

    django.setup()
    import pypdf
    from django.db import connection

    from governance.screening.engine import screen_text

    connection.creation.create_test_db(verbosity=0, autoclobber=True)  # the managed lexicons

    from governance.screening.extract import extract_text

    data = thai_pdf(args.pages)
    seconds, extraction = median_seconds(lambda: extract_text(io.BytesIO(data), "a.pdf"), args.runs)
    assert extraction.readable, extraction.reason
    chars = len(extraction.text)
    print(f"{args.pages}-page Thai PDF, {len(data):,} bytes, {chars:,} characters extracted")
    print(f"  PDFium (extract_text): {seconds * 1000:8.1f} ms   {chars / seconds:12,.0f} chars/s")
    screened, result = median_seconds(
        lambda: screen_text(extract_text(io.BytesIO(data), "a.pdf").text), args.runs
    )
    print(
        f"  extracted and screened: {screened * 1000:7.1f} ms   decision {result.decision}, "
        f"{len(result.findings)} findings"
    )
    pypdf_seconds, _ = median_seconds(
        lambda: [page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages],
        args.runs,
    )
    print(f"  pypdf (comparison):    {pypdf_seconds * 1000:8.1f} ms")


if __name__ == "__main__":
    main()
