"""A small HTTP proxy in front of the pretix server that can lose the connection on purpose.

``lose_after(n)``: the first n requests pass; request n+1 still reaches pretix (which acts on
it) but its answer never comes back; every later request finds nobody listening — what a
laptop sees when the venue's Wi-Fi drops in the middle of a push.
"""

from __future__ import annotations

import http.client
import http.server
import threading
import urllib.parse


class LosingProxy:
    def __init__(self, target_url: str):
        self.target = urllib.parse.urlsplit(target_url)
        self.requests = 0
        self.limit: int | None = None
        self.lost = False
        proxy = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def log_message(self, *args):  # quiet
                pass

            def _forward(self):
                proxy.requests += 1
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                upstream = http.client.HTTPConnection(proxy.target.hostname, proxy.target.port)
                headers = {k: v for k, v in self.headers.items() if k.lower() != "host"}
                upstream.request(self.command, self.path, body=body or None, headers=headers)
                answer = upstream.getresponse()
                data = answer.read()
                if proxy.limit is not None and proxy.requests > proxy.limit:
                    proxy.lost = True  # pretix acted on it; the answer is lost on the way
                    self.close_connection = True
                    threading.Thread(target=proxy._stop, daemon=True).start()
                    return
                self.send_response(answer.status)
                for key, value in answer.getheaders():
                    if key.lower() not in ("transfer-encoding", "connection", "content-length"):
                        self.send_header(key, value)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST = do_PATCH = _forward

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def lose_after(self, requests: int) -> None:
        self.requests, self.limit = 0, requests

    def _stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()  # from now on: connection refused

    def close(self) -> None:
        if not self.lost:
            self._stop()
