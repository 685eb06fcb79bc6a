#!/usr/bin/env python3
"""Cold start of the stdio server: time from process start to the initialize reply, and the
process's resident memory after tools/list. A benchmark, not a test: run it by hand.

    python3 bench/stdio-startup.py [--runs 11] [--jar bootstrap/target/purple-mcp.jar] [--java java]
"""
import argparse
import json
import os
import statistics
import subprocess
import time

INITIALIZE = {"jsonrpc": "2.0", "id": 1, "method": "initialize",
              "params": {"protocolVersion": "2025-06-18", "capabilities": {},
                         "clientInfo": {"name": "bench", "version": "1"}}}
INITIALIZED = {"jsonrpc": "2.0", "method": "notifications/initialized"}
TOOLS_LIST = {"jsonrpc": "2.0", "id": 2, "method": "tools/list"}


def send(process, message):
    process.stdin.write((json.dumps(message) + "\n").encode())
    process.stdin.flush()


def rss_kib(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    raise RuntimeError("no VmRSS")


def one_run(java, jar, extra):
    env = {"PATH": os.environ.get("PATH", ""),
           "PURPLEMCP_CONSOLE_TOKEN": "bench-token",
           "PURPLEMCP_CONSOLE_BASE_URL": "https://console.example.test"}
    started = time.perf_counter()
    process = subprocess.Popen([java, *extra, "-jar", jar], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, env=env)
    send(process, INITIALIZE)
    reply = json.loads(process.stdout.readline())
    to_initialize = time.perf_counter() - started
    assert reply["id"] == 1, reply
    send(process, INITIALIZED)
    send(process, TOOLS_LIST)
    assert json.loads(process.stdout.readline())["id"] == 2
    rss = rss_kib(process.pid)
    process.stdin.close()
    process.wait(timeout=30)
    return to_initialize, rss


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--jar", default="bootstrap/target/purple-mcp.jar")
    parser.add_argument("--java", default="java")
    parser.add_argument("--jvm-arg", action="append", default=[])
    args = parser.parse_args()
    one_run(args.java, args.jar, args.jvm_arg)  # warm the page cache; not counted
    results = [one_run(args.java, args.jar, args.jvm_arg) for _ in range(args.runs)]
    starts = sorted(r[0] * 1000 for r in results)
    rss = sorted(r[1] / 1024 for r in results)
    print(f"runs={args.runs} java={args.java} jvm_args={args.jvm_arg or '-'}")
    print(f"initialize reply after start: median {statistics.median(starts):.0f} ms "
          f"(min {starts[0]:.0f}, max {starts[-1]:.0f})")
    print(f"RSS after tools/list:         median {statistics.median(rss):.1f} MiB "
          f"(min {rss[0]:.1f}, max {rss[-1]:.1f})")


if __name__ == "__main__":
    main()
