package io.purplemcp.sandbox.purpleai;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Purple AI's canned, deterministic answers. A question that asks to see, find, list, search or hunt
 * something, or mentions a query, gets a POWER_QUERY answer; anything else gets a MESSAGE. The topic
 * (PowerShell, LSASS, logins, SSH, Office macros, ransomware, MITRE techniques) picks the query.
 */
final class PurpleAiAnswers {

    private static final Pattern WANTS_QUERY = Pattern.compile(
            "\\b(power ?query|queries|query|hunt|hunting|show|find|search|list|which|look for|detect)\\b");

    /** One answer. {@code powerQuery} is null for a MESSAGE. */
    record Answer(String resultType, String message, String powerQuery, List<String> suggestedQuestions) {}

    private record Topic(Pattern words, String query, String explanation, String followUp) {

        Topic(String words, String query, String explanation, String followUp) {
            this(Pattern.compile("\\b(" + words + ")"), query, explanation, followUp);
        }

        boolean matches(String question) {
            return words.matcher(question).find();
        }
    }

    private final List<Topic> topics = List.of(
            new Topic(
                    "powershell",
                    "event.type = 'IP Connect' and src.process.name contains 'powershell' and"
                            + " !(dst.ip.address matches '^(10\\.|192\\.168\\.|172\\.(1[6-9]|2[0-9]|3[01])\\.)')"
                            + " | columns endpoint.name, src.process.cmdline, dst.ip.address, dst.port.number | limit 100",
                    "Here is a query that finds PowerShell processes with outbound connections to public addresses.",
                    "Which of these destinations are known malicious?"),
            new Topic(
                    "lsass|credential dump|mimikatz",
                    "event.type = 'Open Remote Process Handle' and tgt.process.name = 'lsass.exe'"
                            + " and src.process.signedStatus = 'unsigned'"
                            + " | columns event.time, endpoint.name, src.process.name, src.process.cmdline,"
                            + " src.process.user | sort -event.time | limit 100",
                    "This query lists unsigned processes that opened a handle to lsass.exe, a common step before"
                            + " dumping credentials (MITRE T1003.001).",
                    "Which of these processes also wrote a .dmp file?"),
            new Topic(
                    "logged in|log ?ins?\\b|logons?\\b",
                    "event.type = 'Login' | group logins = count() by endpoint.name, event.login.userName"
                            + " | filter logins > 5 | sort -logins | limit 50",
                    "This query counts logins per endpoint and user and keeps the pairs with more than five"
                            + " logins in the selected time range.",
                    "Were any of these logins outside working hours?"),
            new Topic(
                    "ssh|tunnel",
                    "event.type = 'Process Creation' and src.process.name = 'ssh' and src.process.cmdline"
                            + " contains '-R' | columns event.time, endpoint.name, src.process.user,"
                            + " src.process.cmdline | limit 100",
                    "This query finds ssh processes started with -R, which opens a reverse tunnel (MITRE T1572).",
                    "Which external hosts did these tunnels connect to?"),
            new Topic(
                    "word\\b|winword|office|lolbins?\\b|macros?\\b",
                    "src.process.parent.name in ('WINWORD.EXE', 'EXCEL.EXE', 'OUTLOOK.EXE') and src.process.name"
                            + " in ('cmd.exe', 'powershell.exe', 'mshta.exe', 'rundll32.exe', 'regsvr32.exe',"
                            + " 'certutil.exe') | columns event.time, endpoint.name, src.process.parent.name,"
                            + " src.process.name, src.process.cmdline | limit 100",
                    "This query finds living-off-the-land binaries started by Office applications, a typical sign"
                            + " of a malicious document (MITRE T1204.002).",
                    "Did any of these endpoints connect to a new domain afterwards?"),
            new Topic(
                    "ransomware|shadow cop|vssadmin|encrypt",
                    "src.process.name in ('vssadmin.exe', 'wmic.exe', 'bcdedit.exe') and src.process.cmdline"
                            + " contains 'delete' | group count() by endpoint.name, src.process.cmdline"
                            + " | sort -count | limit 20",
                    "Ransomware usually deletes volume shadow copies before encrypting files (MITRE T1490). This"
                            + " query finds those commands per endpoint.",
                    "Which of these endpoints show mass file modifications?"),
            new Topic(
                    "mitre|techniques?\\b|tactics?\\b|att&ck|alerts?\\b",
                    "event.category = 'indicators' | group count() by indicator.name, mitre.technique"
                            + " | sort -count | limit 20",
                    "This query counts behavioural indicators per detection and MITRE ATT&CK technique.",
                    "Which endpoints raised the most indicators?"));

    private final Topic fallback = new Topic(
            "(?!)",
            "event.type = 'Process Creation' | group count() by endpoint.name | sort -count | limit 10",
            "This query counts process creations per endpoint and shows the ten busiest endpoints.",
            "Which processes ran most often on the busiest endpoint?");

    Answer answer(String question) {
        var text = question.toLowerCase(Locale.ROOT);
        if (text.isBlank()) {
            return message("Please ask a question about your environment, threats or SentinelOne products.");
        }
        if (WANTS_QUERY.matcher(text).find()) {
            var topic = topics.stream().filter(t -> t.matches(text)).findFirst().orElse(fallback);
            return new Answer("POWER_QUERY", topic.explanation(), topic.query(), List.of(topic.followUp()));
        }
        if (text.matches("(?s).*\\bstar\\b.*")) {
            return message("Storyline Active Response (STAR) rules let you run custom detections continuously"
                    + " against endpoint telemetry and respond automatically when they match: alert, kill the"
                    + " process, quarantine the file or isolate the endpoint.");
        }
        if (text.contains("mitre") || text.contains("att&ck") || text.matches("(?s).*\\bt1\\d{3}.*")) {
            return message("MITRE ATT&CK is a knowledge base of adversary tactics and techniques. SentinelOne maps"
                    + " its behavioural indicators to ATT&CK technique ids such as T1059.001 (PowerShell) and"
                    + " T1003.001 (LSASS Memory), so you can hunt by technique.");
        }
        return message("Purple AI (sandbox) answers deterministically. Ask it to show, find or hunt something, for"
                + " example \"Show me PowerShell processes that connected to external IPs\", and it returns a"
                + " PowerQuery you can run with the powerquery tool.");
    }

    private static Answer message(String text) {
        return new Answer("MESSAGE", text, null, List.of());
    }
}
