#!/usr/bin/env python3
"""A soak, not a test: mixed stdio and Streamable HTTP load against two --demo servers.

Every tool, cancellations, sandbox faults and malformed messages, for a bounded time and a bounded
number of calls in flight. Every minute it prints the calls made, the unexpected errors (a transport
failure, a missing answer, or a JSON-RPC error for a well-formed request) and each server's RSS and
thread count, read from /proc. Tool errors (isError) are expected: the faults ask for them.

    bench/soak.py [minutes] [http_workers]          (defaults: 10 4)
    JAR=path/to/other.jar JAVA_OPTS="-Xmx128m" bench/soak.py 1
"""
import collections
import http.client
import itertools
import json
import os
import queue
import random
import socket
import subprocess
import sys
import tempfile
import threading
import time

MINUTES = float(sys.argv[1]) if len(sys.argv) > 1 else 10
WORKERS = int(sys.argv[2]) if len(sys.argv) > 2 else 4
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
JAR = os.environ.get("JAR", os.path.join(ROOT, "bootstrap", "target", "purple-mcp.jar"))
JVM = os.environ.get("JAVA_OPTS", "-XX:+UseSerialGC -Xmx256m").split()
CALL_TIMEOUT = 60
RANGE = {"start_datetime": "2026-01-14T00:00:00Z", "end_datetime": "2026-01-15T00:00:00Z"}
INIT = {"protocolVersion": "2025-06-18", "capabilities": {}, "clientInfo": {"name": "soak", "version": "1"}}

FAULT = "sandbox:fault="
UNREACHABLE = "Check that the console address is right"
lock = threading.Lock()
counts = {"http": 0, "stdio": 0, "cancelled": 0, "malformed": 0, "tool_errors": 0}
unexpected = []
error_kinds = collections.Counter()


def note(kind, n=1):
    with lock:
        counts[kind] += n


def fail(what):
    with lock:
        unexpected.append(what)


def arguments(tool, ids):
    """Valid arguments for every tool, sometimes with a sandbox fault marker in a string."""
    fault = random.choice(["", "", "", " sandbox:fault=500", " sandbox:fault=503*1", " sandbox:fault=reset",
                           " sandbox:fault=malformed-json", " sandbox:fault=429*1"])
    if tool == "purple_ai":
        return {"query": "Which hosts ran encoded PowerShell?" + fault}
    if tool == "powerquery":
        marker = fault.replace("*1", "@poll*1") if random.random() < 0.5 else fault
        return dict(RANGE, query="event.type = 'Process Creation' | limit 20" + marker)
    if tool == "get_timestamp_range":
        return {"hours": random.randint(1, 48)}
    if tool == "iso_to_unix_timestamp":
        return {"iso_datetime": "2025-01-01T00:00:00Z"}
    if tool.startswith("list_inventory"):
        return {"limit": random.choice([1, 5, 50])}
    if tool.startswith("search_inventory"):
        return {"filters": json.dumps({"resourceType": ["Windows Server"]}), "limit": 5}
    if tool == "get_inventory_item":
        return {"item_id": ids.get("asset", "missing") + fault}
    if tool.startswith("list_") or tool.startswith("search_"):
        return {"first": random.choice([1, 10, 50])}
    family = tool.replace("get_", "").replace("_notes", "").replace("_history", "")
    return {family + "_id": ids.get(family, "missing") + fault}


class Http:
    """One Streamable HTTP session on one kept-alive connection."""

    def __init__(self, port):
        self.port = port
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=CALL_TIMEOUT)
        self.session = None
        self.ids = itertools.count(1)
        answer = self.post({"jsonrpc": "2.0", "id": 0, "method": "initialize", "params": INIT})
        assert "result" in answer, answer
        self.post({"jsonrpc": "2.0", "method": "notifications/initialized"})

    def post(self, message, raw=None, conn=None):
        conn = conn or self.conn
        headers = {"Content-Type": "application/json", "Accept": "application/json, text/event-stream"}
        if self.session:
            headers["Mcp-Session-Id"] = self.session
        body = raw if raw is not None else json.dumps(message)
        try:
            conn.request("POST", "/mcp", body, headers)
            response = conn.getresponse()
        except (http.client.RemoteDisconnected, BrokenPipeError, ConnectionResetError):
            # The server closes a kept-alive connection after its idle interval (5 s); a request sent as it
            # closes gets no answer. HTTP client libraries send it again once on a new connection, and
            # every tool is read-only, so doing the same loses nothing the soak looks for.
            conn.close()
            conn.request("POST", "/mcp", body, headers)
            response = conn.getresponse()
        body = response.read().decode("utf-8", "replace")
        self.session = self.session or response.getheader("Mcp-Session-Id")
        if response.status == 202:
            return None
        if response.getheader("Content-Type", "").startswith("text/event-stream"):
            answers = [json.loads(line[5:]) for line in body.splitlines() if line.startswith("data:")]
            answers = [a for a in answers if "method" not in a]
            return answers[-1] if answers else {}
        if response.status not in (200, 400):
            raise IOError("HTTP %d" % response.status)
        return json.loads(body)

    def call(self, tool, args):
        return self.post({"jsonrpc": "2.0", "id": next(self.ids), "method": "tools/call",
                          "params": {"name": tool, "arguments": args}})


def check(answer, where, args):
    if answer is None or "error" in answer:
        fail("%s: %s" % (where, json.dumps(answer)[:200]))
    elif answer.get("result", {}).get("isError"):
        text = answer["result"]["content"][0]["text"]
        # The sandbox is always reachable: only a call that asked for a fault may find the console gone.
        # Counted as expected, a sandbox refusing every connection once passed a soak with "0 unexpected".
        if UNREACHABLE in text and FAULT not in json.dumps(args):
            fail("%s: console unreachable without an injected fault: %s" % (where, text[:120]))
            return
        note("tool_errors")
        with lock:
            # The first words say what kind of failure it is; the rest names ids and values.
            detail = text.split("): ", 1)[1][:100] if "): " in text else " ".join(text.split()[:8])
            error_kinds[where.split()[0] + ": " + detail] += 1


def http_worker(port, tools, ids, until):
    client = Http(port)
    while time.time() < until:
        tool = random.choice(tools)
        try:
            roll = random.random()
            if roll < 0.05:
                answer = client.post(None, raw='{"jsonrpc":"2.0","id":1,"method":')
                if not answer or answer.get("error", {}).get("code") != -32700:
                    fail("http malformed: %s" % answer)
                note("malformed")
            elif roll < 0.12:
                cancel_over_http(client)
            else:
                args = arguments(tool, ids)
                check(client.call(tool, args), "http " + tool, args)
            note("http")
        except Exception as e:  # noqa: BLE001 - every failure is a finding here
            fail("http %s: %r" % (tool, e))
            client = Http(port)


def cancel_over_http(client):
    """A slow PowerQuery, cancelled from a second connection while the first waits for its answer."""
    request_id = next(client.ids)
    outcome = {}

    def run():
        conn = http.client.HTTPConnection("127.0.0.1", client.port, timeout=CALL_TIMEOUT)
        try:
            outcome["answer"] = client.post({"jsonrpc": "2.0", "id": request_id, "method": "tools/call", "params": {
                "name": "powerquery", "arguments": dict(RANGE, query="| limit 5 sandbox:fault=slow")}}, conn=conn)
        except Exception as e:  # noqa: BLE001
            outcome["error"] = e
        finally:
            conn.close()

    thread = threading.Thread(target=run)
    thread.start()
    time.sleep(0.5)
    client.post({"jsonrpc": "2.0", "method": "notifications/cancelled", "params": {"requestId": request_id}})
    thread.join(CALL_TIMEOUT)
    if thread.is_alive() or "error" in outcome:
        fail("http cancel: %r" % outcome.get("error", "no end within the call timeout"))
    note("cancelled")


def stdio_load(process, tools, ids, until):
    """Up to eight calls in flight on one stdio server; one in ten is cancelled, one in twenty malformed."""
    pending = {}
    answers = queue.Queue()

    def read():
        for line in process.stdout:
            answers.put(json.loads(line))

    threading.Thread(target=read, daemon=True).start()

    def send(message):
        process.stdin.write((message if isinstance(message, str) else json.dumps(message)) + "\n")
        process.stdin.flush()

    send({"jsonrpc": "2.0", "id": "init", "method": "initialize", "params": INIT})
    answers.get(timeout=30)
    send({"jsonrpc": "2.0", "method": "notifications/initialized"})
    ids_seq = itertools.count(1)
    while time.time() < until or pending:
        while len(pending) < 8 and time.time() < until:
            request_id = next(ids_seq)
            roll = random.random()
            if roll < 0.05:
                send('{"jsonrpc":"2.0","id":%d,"method":' % request_id)
                pending[None] = ("malformed", time.time(), None)
                note("malformed")
                continue
            tool = random.choice(tools)
            args = arguments(tool, ids)
            if roll < 0.15:
                tool, args = "powerquery", dict(RANGE, query="| limit 5 sandbox:fault=slow")
            send({"jsonrpc": "2.0", "id": request_id, "method": "tools/call",
                  "params": {"name": tool, "arguments": args}})
            pending[request_id] = (tool, time.time(), args)
            if roll < 0.15:
                send({"jsonrpc": "2.0", "method": "notifications/cancelled", "params": {"requestId": request_id}})
                del pending[request_id]
                note("cancelled")
        try:
            answer = answers.get(timeout=1)
        except queue.Empty:
            answer = None
        if answer is not None and "method" not in answer:
            key = answer.get("id")
            if key is None and None in pending:
                if answer.get("error", {}).get("code") != -32700:
                    fail("stdio malformed: %s" % answer)
                del pending[None]
            elif key in pending:
                tool, _, args = pending.pop(key)
                check(answer, "stdio " + tool, args)
                note("stdio")
        for key, (tool, since, _) in list(pending.items()):
            if time.time() - since > CALL_TIMEOUT:
                fail("stdio %s: no answer in %d s" % (tool, CALL_TIMEOUT))
                del pending[key]
    process.stdin.close()


def status(pid):
    with open("/proc/%d/status" % pid) as f:
        fields = dict(line.split(":", 1) for line in f if ":" in line)
    if "VmRSS" not in fields:  # the stdio server has ended with its input
        return 0, 0
    return int(fields["VmRSS"].split()[0]) // 1024, int(fields["Threads"])


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main():
    logs = tempfile.mkdtemp(prefix="soak-")
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("PURPLEMCP_")}
    # stderr to files: an unread pipe would fill under load and stall a server.
    web = subprocess.Popen(["java", *JVM, "-jar", JAR, "--demo", "--mode", "streamable-http", "--port", str(port)],
                           stderr=open(os.path.join(logs, "http.log"), "w"), env=env)
    stdio = subprocess.Popen(["java", *JVM, "-jar", JAR, "--demo"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                             stderr=open(os.path.join(logs, "stdio.log"), "w"), text=True, env=env)
    try:
        for _ in range(1200):
            try:
                health = http.client.HTTPConnection("127.0.0.1", port, timeout=1)
                health.request("GET", "/health")
                health.getresponse().read()
                break
            except OSError:
                time.sleep(0.1)
        probe = Http(port)
        tools = [t["name"] for t in probe.post({"jsonrpc": "2.0", "id": 1, "method": "tools/list"})["result"]["tools"]]
        ids = {}
        for family, tool in [("alert", "list_alerts"), ("vulnerability", "list_vulnerabilities"),
                             ("misconfiguration", "list_misconfigurations")]:
            text = probe.call(tool, {"first": 1})["result"]["content"][0]["text"]
            ids[family] = json.loads(text)["edges"][0]["node"]["id"]
        text = probe.call("list_inventory_items", {"limit": 1})["result"]["content"][0]["text"]
        ids["asset"] = json.loads(text)["data"][0]["id"]
        print("soak: %d tools, %.0f min, %d HTTP workers + 1 stdio client; logs in %s" % (len(tools), MINUTES,
                                                                                        WORKERS, logs), flush=True)
        until = time.time() + MINUTES * 60
        threads = [threading.Thread(target=http_worker, args=(port, tools, ids, until)) for _ in range(WORKERS)]
        threads.append(threading.Thread(target=stdio_load, args=(stdio, tools, ids, until)))
        for t in threads:
            t.start()
        start = time.time()

        def take():
            sample = (time.time(), status(web.pid), status(stdio.pid))
            with lock:
                print("%5.1f min  http %6d  stdio %6d  cancelled %5d  malformed %5d  tool errors %5d  unexpected %d"
                      "  | http server %4d MB %3d threads | stdio server %4d MB %3d threads" % (
                          (sample[0] - start) / 60, counts["http"], counts["stdio"], counts["cancelled"],
                          counts["malformed"], counts["tool_errors"], len(unexpected), *sample[1], *sample[2]),
                      flush=True)
            return sample

        samples = [take()]
        next_sample = start + 60
        while any(t.is_alive() for t in threads):
            time.sleep(1)
            if time.time() >= next_sample:
                samples.append(take())
                next_sample += 60
        for t in threads:
            t.join()
        first, last = samples[0], samples[-1]
        print("closing: %d calls (%d http, %d stdio), %d cancelled, %d malformed, %d unexpected errors;"
              " RSS http %d -> %d MB, stdio %d -> %d MB; threads http %d -> %d, stdio %d -> %d" % (
                  counts["http"] + counts["stdio"], counts["http"], counts["stdio"], counts["cancelled"],
                  counts["malformed"], len(unexpected), first[1][0], last[1][0], first[2][0], last[2][0],
                  first[1][1], last[1][1], first[2][1], last[2][1]))
        for kind, n in error_kinds.most_common(12):
            print("  tool errors %6d  %s" % (n, kind))
        for what in unexpected[:20]:
            print("  unexpected: " + what)
        return 1 if unexpected else 0
    finally:
        web.terminate()
        stdio.terminate()
        web.wait(10)
        stdio.wait(10)


if __name__ == "__main__":
    sys.exit(main())
