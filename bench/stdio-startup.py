#!/usr/bin/env python3
"""Cold start of the stdio server: time from process start to the initialize reply, and the
process's resident memory after tools/list. A benchmark, not a test: run it by hand.

    python3 bench/stdio-startup.py [--runs 11] [--jar bootstrap/target/purple-mcp.jar] [--java java]
                                   [--launcher /opt/purple-mcp/bin/purple-mcp]

The floor, a JVM that answers one JSON line with java.base alone (bench/StdioFloor.java, compiled
once with javac), runs interleaved with `java -jar` on the same java. With --launcher, the release's
launcher is measured too. All see the same machine load; the ratios of the medians are printed.
CPU is that of the whole process (start, handshake, tools/list and exit), user and system: less
sensitive to the machine's load than the wall-clock times.
"""
import argparse
import json
import os
import resource
import statistics
import subprocess
import tempfile
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


def one_run(command):
    env = {"PATH": os.environ.get("PATH", ""),
           "PURPLEMCP_CONSOLE_TOKEN": "bench-token",
           "PURPLEMCP_CONSOLE_BASE_URL": "https://console.example.test"}
    children_before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, env=env)
    send(process, INITIALIZE)
    reply = json.loads(process.stdout.readline())
    to_initialize = time.perf_counter() - started
    assert reply["id"] == 1, reply
    send(process, INITIALIZED)
    send(process, TOOLS_LIST)
    assert json.loads(process.stdout.readline())["id"] == 2
    to_tools = time.perf_counter() - started
    rss = rss_kib(process.pid)
    process.stdin.close()
    process.wait(timeout=30)
    children_after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (children_after.ru_utime + children_after.ru_stime
           - children_before.ru_utime - children_before.ru_stime)
    return to_initialize, rss, to_tools, cpu


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=11)
    parser.add_argument("--jar", default="bootstrap/target/purple-mcp.jar")
    parser.add_argument("--java", default="java")
    parser.add_argument("--jvm-arg", action="append", default=[])
    parser.add_argument("--launcher", action="append", default=[],
                        help="a release's bin/purple-mcp, measured beside java -jar; repeat to compare "
                             "releases, each as NAME=PATH or a bare path")
    args = parser.parse_args()
    floor_classes = tempfile.mkdtemp(prefix="stdio-floor-")
    subprocess.run(["javac", "--release", "17", "-d", floor_classes,
                    os.path.join(os.path.dirname(os.path.abspath(__file__)), "StdioFloor.java")], check=True)
    commands = {"floor": [args.java, "-cp", floor_classes, "StdioFloor"],
                "java -jar": [args.java, *args.jvm_arg, "-jar", args.jar]}
    for given in args.launcher:
        name, _, path = given.rpartition("=")
        commands[name or ("launcher" if len(args.launcher) == 1 else path)] = [path]
    print(f"load average before: {' '.join(f'{v:.2f}' for v in os.getloadavg())}")
    for command in commands.values():
        one_run(command)  # warm the page cache; not counted
    results = {name: [] for name in commands}
    for _ in range(args.runs):
        for name, command in commands.items():
            results[name].append(one_run(command))
    print(f"runs={args.runs} java={args.java} jvm_args={args.jvm_arg or '-'} launchers={args.launcher or '-'}")
    medians = {}
    for name, runs in results.items():
        starts = sorted(r[0] * 1000 for r in runs)
        rss = sorted(r[1] / 1024 for r in runs)
        tools = sorted(r[2] * 1000 for r in runs)
        cpu = sorted(r[3] * 1000 for r in runs)
        medians[name] = statistics.median(starts)
        print(f"{name:>12}: initialize reply after start: median {medians[name]:.0f} ms "
              f"(min {starts[0]:.0f}, max {starts[-1]:.0f}); tools/list reply: median "
              f"{statistics.median(tools):.0f} ms; RSS after tools/list: median "
              f"{statistics.median(rss):.1f} MiB (min {rss[0]:.1f}, max {rss[-1]:.1f}); "
              f"CPU of the whole process: median {statistics.median(cpu):.0f} ms")
    print(f"load average after: {' '.join(f'{v:.2f}' for v in os.getloadavg())}")
    for name in medians:
        if name != "floor":
            print(f"{name} / floor: {medians[name] / medians['floor']:.2f}")
    for name in medians:
        if name not in ("floor", "java -jar"):
            print(f"{name} / java -jar: {medians[name] / medians['java -jar']:.2f}")

if __name__ == "__main__":
    main()
