#!/usr/bin/env python3
"""A small HTTP server for newsdiff's network tests, on 127.0.0.1 only.

Serves fixture pages and misbehaviour on purpose (redirects, errors, a
slow reply, a body over the cap, a wrong type, windows-1252).  Prints the
port it listens on, then serves until killed or for at most 120 seconds.
"""
import http.server
import os
import socketserver
import sys
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))

ARTICLE = """<!DOCTYPE html>
<html><head><meta charset="utf-8">
<title>Harbour bridge closes for repairs - The Test Gazette</title>
<meta property="og:site_name" content="The Test Gazette">
<meta property="og:title" content="Harbour bridge closes for repairs">
<meta property="article:published_time" content="2024-05-02T08:00:00Z">
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article>
<h1>Harbour bridge closes for repairs</h1>
<p>The harbour bridge closed on Thursday after engineers found cracks in two of its
supports, the council said in a statement, and it will stay shut for a year.</p>
<p>Council leader Ann Marsh said: &ldquo;Nobody will cross the bridge until it is safe,
and we will not cut corners on the repairs.&rdquo; About 40 workers will take part.</p>
<p>Drivers face a detour of six miles through the town centre while the work goes on,
and buses will run every ten minutes on the new route, the council added.</p>
<p>Shopkeepers on the quay said the closure would cost them trade, and the chamber of
commerce asked the council to pay for signs pointing visitors to the shops.</p>
</article>
<footer>Copyright 2024 The Test Gazette. All rights reserved.</footer>
</body></html>
"""

CP1252 = ("<!DOCTYPE html><html><head><meta http-equiv=\"Content-Type\" "
          "content=\"text/html; charset=windows-1252\"><title>Caf\u00e9 opens</title></head><body><article>"
          "<h1>Caf\u00e9 opens on the quay</h1>"
          "<p>The new caf\u00e9 on the quay opened on Saturday, and its owner said it was "
          "\u201cthe best day of the year\u201d for the street \u2013 and for the town.</p>"
          "<p>It employs twelve people and serves breakfast from seven o\u2019clock every "
          "morning, the owner told reporters who came to see the first customers.</p>"
          "</article></body></html>").encode("cp1252")


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def send(self, code, body, ctype="text/html; charset=utf-8", extra=None):
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def redirect(self, to):
        self.send(302, b"", extra={"Location": to})

    def do_GET(self):
        p = self.path
        if p == "/article.html":
            self.send(200, ARTICLE.encode())
        elif p == "/plain.txt":
            self.send(200, b"Outlet: Plain Wire\n\nThe bridge closed on Thursday, officials said.\n",
                      "text/plain; charset=utf-8")
        elif p == "/redirect":
            self.redirect("/redirect2")
        elif p == "/redirect2":
            self.redirect("/article.html")
        elif p == "/loop":
            self.redirect("/loop")
        elif p == "/missing":
            self.send(404, b"<html><body>Not found</body></html>")
        elif p == "/broken":
            self.send(500, b"<html><body>Server error</body></html>")
        elif p == "/slow":
            time.sleep(4)
            self.send(200, ARTICLE.encode())
        elif p == "/big":
            body = (ARTICLE + "<!--" + "x" * (2 << 20) + "-->").encode()
            self.send(200, body)
        elif p == "/image":
            self.send(200, b"\x89PNG\r\n\x1a\n" + b"\0" * 64, "image/png")
        elif p == "/cp1252":
            self.send(200, CP1252, "text/html; charset=windows-1252")
        elif p == "/to-ftp":
            self.redirect("ftp://127.0.0.1/file")
        else:
            self.send(404, b"not here")


class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128  # every test URL connects at once

    def handle_error(self, request, client_address):
        pass  # a client that hangs up early (over the size cap) is expected


def main():
    srv = Server(("127.0.0.1", 0), Handler)
    print(srv.server_address[1], flush=True)
    threading.Timer(120, srv.shutdown).start()
    srv.serve_forever()


if __name__ == "__main__":
    main()
