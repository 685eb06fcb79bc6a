#!/usr/bin/env python3
"""Capacity of the server under three kinds of pressure, each printed with the machine's load
average. A benchmark, not a test: run it by hand, on loopback only; every loop is bounded.

    python3 bench/capacity.py [--jar bootstrap/target/purple-mcp.jar] [--java java]
                              [--launcher /opt/purple-mcp/bin/purple-mcp]
                              [--pipelined 20000] [--sse-streams 1000] [--slow-clients 400]

- pipelined stdio: that many tools/call requests written at once; every one must be answered and
  none refused (the transport stops reading while its window is full);
- SSE streams: that many idle legacy SSE streams held open; the server's RSS with them;
- slow clients: that many connections that send half a request line and stall; how long a normal
  GET /health then takes.
"""
import argparse
import contextlib
import json
import os
import socket
import subprocess
import tempfile
import threading
import time

ENV = {"PATH": os.environ.get("PATH", ""),
       "PURPLEMCP_CONSOLE_TOKEN": "bench-token",
       "PURPLEMCP_CONSOLE_BASE_URL": "https://console.example.test",
       "PURPLEMCP_MAX_SESSIONS": "5000"}


def load():
    return "load average %.2f %.2f %.2f" % os.getloadavg()


def rss_mib(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS")


def server_command(args, *server_args):
    if args.launcher:
        return [args.launcher, *server_args]
    return [args.java, "-jar", args.jar, *server_args]


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_http(args, mode):
    port = free_port()
    log = tempfile.NamedTemporaryFile("w", prefix=f"purple-mcp-capacity-{mode}-", suffix=".log", delete=False)
    process = subprocess.Popen(server_command(args, "--mode", mode, "--port", str(port)),
                               stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=log, env=ENV)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return process, port
        except OSError:
            time.sleep(0.05)  # nothing to await on another process's socket: poll, bounded
    process.kill()
    raise RuntimeError(f"server on port {port} did not start; see {log.name}")


def pipelined_stdio(args):
    calls = args.pipelined
    process = subprocess.Popen(server_command(args), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, env=ENV)
    peak = [0.0]

    def write():
        lines = [json.dumps({"jsonrpc": "2.0", "id": 0, "method": "initialize",
                             "params": {"protocolVersion": "2025-06-18", "capabilities": {},
                                        "clientInfo": {"name": "capacity", "version": "1"}}}),
                 json.dumps({"jsonrpc": "2.0", "method": "notifications/initialized"})]
        lines += [json.dumps({"jsonrpc": "2.0", "id": i, "method": "tools/call",
                              "params": {"name": "iso_to_unix_timestamp",
                                         "arguments": {"iso_datetime": "2025-01-01T00:00:00Z"}}})
                  for i in range(1, calls + 1)]
        process.stdin.write(("\n".join(lines) + "\n").encode())
        process.stdin.close()

    started = time.perf_counter()
    writer = threading.Thread(target=write)
    writer.start()
    answered = errors = 0
    for line in process.stdout:
        reply = json.loads(line)
        if reply.get("id", 0) == 0:
            continue
        answered += 1
        if "error" in reply or reply.get("result", {}).get("isError"):
            errors += 1
        if answered % 1000 == 0:
            peak[0] = max(peak[0], rss_mib(process.pid))
    elapsed = time.perf_counter() - started
    writer.join()
    process.wait(timeout=60)
    print(f"pipelined stdio: {calls} calls, {answered} answered, {errors} refused or failed, "
          f"{elapsed:.1f} s ({calls / elapsed:.0f}/s), peak RSS {peak[0]:.0f} MiB; {load()}")


@contextlib.contextmanager
def held_connections(args, mode, count, opening):
    """A server in `mode` with `count` connections that each got `opening` (sent once connected); all closed after."""
    process, port = start_http(args, mode)
    connections = []
    try:
        for _ in range(count):
            connection = socket.create_connection(("127.0.0.1", port), timeout=10)
            opening(connection, port)
            connections.append(connection)
        yield process, port, connections
    finally:
        for connection in connections:
            connection.close()
        process.terminate()
        process.wait(timeout=30)


def open_sse_stream(stream, port):
    stream.sendall(f"GET /sse HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n"
                   "Accept: text/event-stream\r\n\r\n".encode())
    received = b""
    while b"event: endpoint" not in received:
        chunk = stream.recv(4096)
        if not chunk:
            raise RuntimeError("an SSE stream closed before announcing its endpoint")
        received += chunk


def sse_streams(args):
    with held_connections(args, "sse", args.sse_streams, open_sse_stream) as (process, _, streams):
        print(f"SSE streams: {len(streams)} idle streams open, server RSS {rss_mib(process.pid):.0f} MiB; {load()}")


def slow_clients(args):
    def stall(staller, _port):
        staller.sendall(b"POST /mcp HTTP/1.1\r\nHost: 127.0.0.1\r\n")  # and then nothing

    with held_connections(args, "streamable-http", args.slow_clients, stall) as (_, port, stallers):
        started = time.perf_counter()
        with socket.create_connection(("127.0.0.1", port), timeout=60) as normal:
            normal.sendall(f"GET /health HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n".encode())
            answer = normal.recv(4096)
        waited = time.perf_counter() - started
        status = answer.split(b"\r\n", 1)[0].decode(errors="replace")
        print(f"slow clients: {len(stallers)} stalled connections; a normal GET /health got '{status}' "
              f"after {waited * 1000:.0f} ms; {load()}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--jar", default="bootstrap/target/purple-mcp.jar")
    parser.add_argument("--java", default="java")
    parser.add_argument("--launcher", help="a release's bin/purple-mcp instead of java -jar")
    parser.add_argument("--pipelined", type=int, default=20000)
    parser.add_argument("--sse-streams", type=int, default=1000)
    parser.add_argument("--slow-clients", type=int, default=400)
    args = parser.parse_args()
    print(f"server: {' '.join(server_command(args))}")
    pipelined_stdio(args)
    sse_streams(args)
    slow_clients(args)


if __name__ == "__main__":
    main()
