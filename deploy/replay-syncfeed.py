#!/usr/bin/env python3
"""A stand-in for the Tweede Kamer SyncFeed on loopback, for deploy/local-cluster --test.

Serves the recorded SyncFeed pages the tests replay (store/src/test/resources/sync/syncfeed/<category>-<skiptoken or
start>.xml: real Tweede Kamer records, some changed and some deleted) at /SyncFeed/2.0/Feed?category=C[&skiptoken=N],
as sync asks for them. Answers 503 until the file named by --up-when exists, so the script decides when the primary's
sync can happen. Each request is logged with its time to --log.

usage: replay-syncfeed.py PORT PAGES-DIR --up-when FILE --log FILE
"""
import argparse
import os
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("port", type=int)
    ap.add_argument("pages")
    ap.add_argument("--up-when", required=True)
    ap.add_argument("--log", required=True)
    args = ap.parse_args()
    if not os.path.isdir(args.pages):
        # A missing folder would answer 404 to every page, which sync reads as "nothing changed".
        raise SystemExit("replay-syncfeed: no folder of recorded pages at %s" % args.pages)

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            url = urlparse(self.path)
            up = os.path.exists(args.up_when)
            with open(args.log, "a") as log:
                log.write("%.3f %s %s\n" % (time.time(), "up" if up else "down", self.path))
            if not up:
                return self.answer(503, b"Service Unavailable (not yet)", "text/plain")
            query = parse_qs(url.query)
            category = query.get("category", [""])[0]
            token = query.get("skiptoken", ["start"])[0]
            name = "%s-%s.xml" % (category, token)
            path = os.path.join(args.pages, name)
            if url.path != "/SyncFeed/2.0/Feed" or "/" in name or not os.path.isfile(path):
                return self.answer(404, ("No recorded page for " + self.path).encode(), "text/plain")
            with open(path, "rb") as f:
                self.answer(200, f.read(), "application/atom+xml")

        def answer(self, status, body, kind):
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *a):
            pass

    ThreadingHTTPServer(("127.0.0.1", args.port), Handler).serve_forever()


if __name__ == "__main__":
    main()
