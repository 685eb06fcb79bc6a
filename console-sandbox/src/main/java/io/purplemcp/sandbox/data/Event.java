package io.purplemcp.sandbox.data;

import java.util.List;
import java.util.Locale;

/**
 * One synthetic telemetry event. {@link #value(String)} reads it by SDL field name
 * ({@code endpoint.name}, {@code src.process.cmdline}, {@code dst.ip.address}, …).
 *
 * @param timeNanos event time in epoch nanoseconds
 * @param type the event type, e.g. {@code Process Creation}
 * @param host where it happened
 * @param user the account the process ran as, e.g. {@code CORP\anna.schmidt}
 * @param process the process
 * @param pid its process id
 * @param parentPid its parent's process id
 * @param remoteAddress the remote address of network activity
 * @param remotePort the remote port
 * @param localPort the local port
 * @param dnsRequest a domain it resolved
 * @param filePath a file it touched
 * @param detection the detection that fired on the activity, null for ordinary activity
 * @param entropy random bits the derived identifiers (storyline id, hashes) come from
 */
public record Event(
        long timeNanos,
        String type,
        Host host,
        String user,
        ProcessProfile process,
        long pid,
        long parentPid,
        String remoteAddress,
        int remotePort,
        int localPort,
        String dnsRequest,
        String filePath,
        Detection detection,
        long entropy) {

    /**
     * The value of a field: a {@link String}, a {@link Long}, an {@link Integer}, or null (a detection
     * field of ordinary activity). An unknown field gets a stable made-up string, so any query shape
     * produces rows.
     */
    public Object value(String field) {
        var name = field.toLowerCase(Locale.ROOT);
        return switch (name) {
            case "event.time", "timestamp", "event.timestamp", "time" -> timeNanos;
            case "event.type" -> type;
            case "event.category" -> category();
            case "endpoint.name", "agent.name", "src.endpoint.name", "computername" -> host.name();
            case "endpoint.os", "os.type" -> host.osFamily();
            case "endpoint.os.name", "os.name", "agent.os.name" -> host.osName();
            case "endpoint.type" -> host.site().equals("Data Center") ? "server" : "desktop";
            case "agent.uuid", "agent.id", "endpoint.uuid" -> host.agentUuid();
            case "site.name" -> host.site();
            case "src.endpoint.ip.address", "endpoint.ip.address", "src.ip.address" -> host.ipAddress();
            case "src.process.name", "tgt.process.name", "process.name" -> process.name();
            case "src.process.cmdline", "tgt.process.cmdline", "process.cmdline", "cmdline" -> commandLine();
            case "src.process.image.path", "tgt.process.image.path", "src.process.image.name" -> process.path();
            case "src.process.pid", "tgt.process.pid" -> pid;
            case "src.process.parent.name" -> process.parentName();
            case "src.process.parent.pid" -> parentPid;
            case "src.process.user",
                    "tgt.process.user",
                    "user.name",
                    "user",
                    "event.login.username",
                    "src.process.username" -> user;
            case "src.process.signedstatus", "tgt.process.signedstatus" -> process.signed() ? "signed" : "unsigned";
            case "src.process.storyline.id", "tgt.process.storyline.id", "storyline.id" ->
                String.format(Locale.ROOT, "%016X", entropy);
            case "src.process.image.sha256", "tgt.file.sha256", "sha256" -> sha256();
            case "dst.ip.address", "remote.ip" -> remoteAddress;
            case "dst.port.number" -> remotePort;
            case "src.port.number" -> localPort;
            case "event.dns.request", "dns.request" -> dnsRequest;
            case "url.address" -> "https://" + dnsRequest + "/";
            case "tgt.file.path", "file.path" -> filePath;
            case "registry.keypath" -> "HKLM\\SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Run\\OneDriveUpdate";
            default -> isDetectionField(name) ? detectionField(name) : madeUp(name);
        };
    }

    /** The cell type of a field's values. */
    public static CellType cellType(String field) {
        var name = field.toLowerCase(Locale.ROOT);
        return switch (name) {
            case "event.time", "timestamp", "event.timestamp", "time" -> CellType.TIMESTAMP;
            case "src.process.pid", "tgt.process.pid", "src.process.parent.pid", "dst.port.number", "src.port.number" ->
                CellType.NUMBER;
            default -> CellType.STRING;
        };
    }

    /** Whether a field is about the detection (alert, indicator, MITRE technique) rather than the activity. */
    public static boolean isDetectionField(String field) {
        var name = field.toLowerCase(Locale.ROOT);
        return List.of(
                                "indicator.name",
                                "alert.name",
                                "threat.name",
                                "detection.name",
                                "rule.name",
                                "indicator.category")
                        .contains(name)
                || name.contains("technique")
                || name.contains("tactic")
                || name.contains("severity");
    }

    private Object detectionField(String name) {
        if (detection == null) {
            return null;
        }
        if (name.contains("technique")) {
            return name.endsWith("name") ? detection.technique() : detection.techniqueId();
        }
        if (name.contains("tactic") || name.equals("indicator.category")) {
            return detection.tactic();
        }
        if (name.contains("severity")) {
            return detection.severity();
        }
        return detection.name();
    }

    private String madeUp(String name) {
        var lastDot = name.lastIndexOf('.');
        return name.substring(lastDot + 1) + "-" + Long.toString(Math.floorMod(timeNanos, 9_973L), 36);
    }

    private String sha256() {
        var hex = new StringBuilder(64);
        var bits = entropy;
        for (var i = 0; i < 4; i++) {
            bits = bits * 6364136223846793005L + 1442695040888963407L;
            hex.append(String.format(Locale.ROOT, "%016x", bits));
        }
        return hex.toString();
    }

    private String category() {
        return switch (type) {
            case "IP Connect" -> "ip";
            case "DNS Resolved" -> "dns";
            case "File Creation", "File Modification" -> "file";
            case "Login" -> "logins";
            case "Scheduled Task Register" -> "scheduled_task";
            default -> "process";
        };
    }

    private String commandLine() {
        var account = user.contains("\\") ? user.substring(user.indexOf('\\') + 1) : user;
        return process.commandLine().replace("%USER%", account);
    }
}
