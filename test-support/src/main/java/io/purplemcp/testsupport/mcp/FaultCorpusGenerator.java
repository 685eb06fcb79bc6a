package io.purplemcp.testsupport.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.purplemcp.testsupport.mcp.FaultCorpus.Answer;
import io.purplemcp.testsupport.mcp.FaultCorpus.Case;
import io.purplemcp.testsupport.mcp.FaultCorpus.Session;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes the fault corpus. Run {@code main} with the resource file's path after changing a case; the
 * expected answers follow JSON-RPC 2.0 and the MCP revisions this server speaks
 * (docs/decisions/0008-mcp-protocol-eras.md).
 */
public final class FaultCorpusGenerator {

    static final int PARSE_ERROR = -32700;
    static final int INVALID_REQUEST = -32600;
    static final int METHOD_NOT_FOUND = -32601;
    static final int INVALID_PARAMS = -32602;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final JsonNode NO_ID = NODES.nullNode();

    /** Values of every JSON type, for fields that accept none of them or only some. */
    private static final List<String> ODD_VALUES = List.of(
            "null",
            "true",
            "false",
            "0",
            "-1",
            "1.5",
            "1e400",
            "9223372036854775808",
            "\"\"",
            "\"x\"",
            "[]",
            "[1]",
            "{}",
            "{\"a\":1}");

    private final List<Case> cases = new ArrayList<>();
    // The cuts of the complete messages share their beginnings; each body is sent once.
    private final Set<String> seen = new HashSet<>();

    private FaultCorpusGenerator() {}

    public static void main(String[] args) throws IOException {
        Files.writeString(Path.of(args[0]), FaultCorpus.write(generate()), StandardCharsets.UTF_8);
    }

    public static List<Case> generate() {
        var generator = new FaultCorpusGenerator();
        generator.badJson();
        generator.badUtf8();
        generator.envelopeFields();
        generator.methodParams();
        generator.notifications();
        generator.hugeAndDeep();
        generator.batches();
        generator.beforeInitialize();
        return List.copyOf(generator.cases);
    }

    private void badJson() {
        var texts = List.of(
                "{",
                "}",
                "[",
                "]",
                "{\"jsonrpc\":\"2.0\"",
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\",}",
                "{'jsonrpc':'2.0','id':1,'method':'ping'}",
                "{jsonrpc:\"2.0\",id:1,method:\"ping\"}",
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}}",
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"} x",
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"ping\"}",
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"id\":2,\"method\":\"ping\"}",
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\",\"method\":\"tools/list\"}",
                "{\"jsonrpc\":\"2.0\",\"id\":NaN,\"method\":\"ping\"}",
                "{\"jsonrpc\":\"2.0\",\"id\":Infinity,\"method\":\"ping\"}",
                "{\"jsonrpc\":\"2.0\",\"id\":01,\"method\":\"ping\"}",
                "{\"jsonrpc\":\"2.0\",\"id\":1.,\"method\":\"ping\"}",
                "{\"jsonrpc\":\"2.0\",\"id\":.5,\"method\":\"ping\"}",
                "{\"jsonrpc\":\"2.0\",\"id\":+1,\"method\":\"ping\"}",
                "{\"jsonrpc\":\"2.0\",\"id\":-,\"method\":\"ping\"}",
                "{\"jsonrpc\":\"2.0\",\"id\":1e,\"method\":\"ping\"}",
                "{\"jsonrpc\":\"2.0\",\"id\":0x10,\"method\":\"ping\"}",
                "/* comment */{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}",
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"} // comment",
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"pi\tng\"}",
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"p\u0001ing\"}",
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\\x\"}",
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\\u12\"}",
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping",
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":ping}",
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\",\"params\":{\"a\":}}",
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\",\"params\":[1,,2]}",
                "{\"jsonrpc\":\"2.0\" \"id\":1}",
                "{\"jsonrpc\"\"2.0\"}",
                "{\"jsonrpc\":\"2.0\",\"id\":tru,\"method\":\"ping\"}",
                "{\"jsonrpc\":\"2.0\",\"id\":nul,\"method\":\"ping\"}",
                "{\"jsonrpc\":\"2.0\",\"id\":True,\"method\":\"ping\"}",
                "{\"jsonrpc\":\"2.0\",\"id\":None,\"method\":\"ping\"}",
                "undefined",
                "nul",
                "tru",
                "-",
                "\"unterminated",
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\",\"params\":{\"x\":\"" + "9".repeat(30) + "}}",
                "{\"jsonrpc\":\"2.0\",\"id\":" + "9".repeat(1500) + ",\"method\":\"ping\"}",
                "\u0000",
                "\u001b[31m",
                "<?xml version=\"1.0\"?><methodCall/>",
                "GET / HTTP/1.1",
                "jsonrpc=2.0&id=1&method=ping");
        for (int i = 0; i < texts.size(); i++) {
            add("bad JSON #" + i, Session.READY, texts.get(i), Answer.ERROR, PARSE_ERROR, NO_ID);
        }
        // Every cut of complete messages is unfinished JSON: what a client dying mid-write leaves.
        var whole = List.of(
                "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"tools/call\",\"params\":{\"name\":\"echo\","
                        + "\"arguments\":{\"text\":\"h\\u00e9llo\"},\"_meta\":{\"progressToken\":\"p\"}}}",
                "{\"jsonrpc\":\"2.0\",\"id\":\"a\",\"method\":\"initialize\",\"params\":{\"protocolVersion\":"
                        + "\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"c\",\"version\":\"1\"}}}",
                "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/cancelled\",\"params\":{\"requestId\":3,"
                        + "\"reason\":\"user [1, 2]\"}}");
        for (var message : whole) {
            for (int cut = 1; cut < message.length(); cut++) {
                var text = message.substring(0, cut);
                if (!text.isBlank()) {
                    add(
                            "truncated at " + cut + ": " + message.substring(0, 40),
                            Session.READY,
                            text,
                            Answer.ERROR,
                            PARSE_ERROR,
                            NO_ID);
                }
            }
        }
    }

    private void badUtf8() {
        byte[][] sequences = {
            {(byte) 0xff},
            {(byte) 0xfe},
            {(byte) 0xc0, (byte) 0x80},
            {(byte) 0xc1, (byte) 0xbf},
            {(byte) 0xe0, (byte) 0x80, (byte) 0x80},
            {(byte) 0xed, (byte) 0xa0, (byte) 0x80},
            {(byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
            {(byte) 0xf8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
            {(byte) 0x80},
            {(byte) 0xbf},
            {(byte) 0xc3},
            {(byte) 0xe2, (byte) 0x82},
            {(byte) 0xf0, (byte) 0x9f, (byte) 0x98},
        };
        var before = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":\"echo\","
                + "\"arguments\":{\"text\":\"a";
        var after = "b\"}}}";
        for (int i = 0; i < sequences.length; i++) {
            add(
                    "bad UTF-8 in a string #" + i,
                    Session.READY,
                    concat(before, sequences[i], after),
                    Answer.ERROR,
                    PARSE_ERROR,
                    NO_ID);
            add(
                    "bad UTF-8 in a key #" + i,
                    Session.READY,
                    concat("{\"jsonrpc\":\"2.0\",\"id\":1,\"meth", sequences[i], "od\":\"ping\"}"),
                    Answer.ERROR,
                    PARSE_ERROR,
                    NO_ID);
            add(
                    "bad UTF-8 outside strings #" + i,
                    Session.READY,
                    concat("{\"jsonrpc\":\"2.0\",", sequences[i], "\"id\":1,\"method\":\"ping\"}"),
                    Answer.ERROR,
                    PARSE_ERROR,
                    NO_ID);
        }
        // Leading zero bytes make a parser guess UTF-16 or UTF-32; what follows is neither.
        add(
                "looks like UTF-32",
                Session.READY,
                new byte[] {0, 0, 0, '{', 0, 0, 0, '}', (byte) 0xff},
                Answer.ERROR,
                PARSE_ERROR,
                NO_ID);
        add("looks like UTF-32, cut", Session.READY, new byte[] {0, 0, 0, '{', 0, 0}, Answer.ERROR, PARSE_ERROR, NO_ID);
        add(
                "looks like UTF-16, odd length",
                Session.READY,
                new byte[] {0, '{', 0, '}', 0},
                Answer.ERROR,
                PARSE_ERROR,
                NO_ID);
        add(
                "UTF-32 byte order mark",
                Session.READY,
                new byte[] {(byte) 0xff, (byte) 0xfe, 0, 0, '{', 0, 0, 0, (byte) 0xd8, 0, 0, 0},
                Answer.ERROR,
                PARSE_ERROR,
                NO_ID);
    }

    private void envelopeFields() {
        for (var value : List.of("\"1.0\"", "\"2\"", "\"2.0 \"", "\"\"", "2.0", "2", "null", "true", "[]", "{}")) {
            add(
                    "jsonrpc " + value + " in a request",
                    Session.READY,
                    "{\"jsonrpc\":" + value + ",\"id\":5,\"method\":\"ping\"}",
                    Answer.ERROR,
                    INVALID_REQUEST,
                    NODES.numberNode(5));
            add(
                    "jsonrpc " + value + " in a notification",
                    Session.READY,
                    "{\"jsonrpc\":" + value + ",\"method\":\"notifications/initialized\"}",
                    Answer.ERROR,
                    INVALID_REQUEST,
                    NO_ID);
        }
        add(
                "no jsonrpc",
                Session.READY,
                "{\"id\":5,\"method\":\"ping\"}",
                Answer.ERROR,
                INVALID_REQUEST,
                NODES.numberNode(5));
        for (var value : List.of("null", "true", "false", "1.5", "1.0", "1e400", "[]", "[1]", "{}", "{\"a\":1}")) {
            for (var method : List.of("ping", "tools/list", "tools/call")) {
                add(
                        "id " + value + " in " + method,
                        Session.READY,
                        "{\"jsonrpc\":\"2.0\",\"id\":" + value + ",\"method\":\"" + method + "\"}",
                        Answer.ERROR,
                        INVALID_REQUEST,
                        NO_ID);
            }
        }
        for (var id : List.of(
                "\"\"",
                "0",
                "-1",
                "9223372036854775807",
                "123456789012345678901234567890",
                "\"" + "i".repeat(5000) + "\"",
                "\"\\u0000\\n\\\"\"",
                "\"🙂\"")) {
            add(
                    "odd but valid id " + id.substring(0, Math.min(id.length(), 30)),
                    Session.READY,
                    "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"ping\"}",
                    Answer.RESULT,
                    0,
                    parse(id));
        }
        for (var value : List.of("1", "null", "true", "[]", "{}", "[\"ping\"]")) {
            add(
                    "method " + value,
                    Session.READY,
                    "{\"jsonrpc\":\"2.0\",\"id\":6,\"method\":" + value + "}",
                    Answer.ERROR,
                    INVALID_REQUEST,
                    NODES.numberNode(6));
        }
        add(
                "no method",
                Session.READY,
                "{\"jsonrpc\":\"2.0\",\"id\":6}",
                Answer.ERROR,
                INVALID_REQUEST,
                NODES.numberNode(6));
        add("no method, no id", Session.READY, "{\"jsonrpc\":\"2.0\"}", Answer.ERROR, INVALID_REQUEST, NO_ID);
        for (var method : List.of(
                "",
                "PING",
                "Ping",
                "tools/List",
                "tools/",
                "tools/call/",
                "/tools/call",
                "rpc.discover",
                "resources/list",
                "prompts/list",
                "completion/complete",
                "sampling/createMessage",
                "notifications/initialized",
                "notifications/cancelled",
                "initialize ",
                "m".repeat(10_000),
                "tools/list\u0000",
                "🙂")) {
            add(
                    "unknown method " + method.substring(0, Math.min(method.length(), 30)),
                    Session.READY,
                    "{\"jsonrpc\":\"2.0\",\"id\":8,\"method\":" + quote(method) + "}",
                    Answer.ERROR,
                    METHOD_NOT_FOUND,
                    NODES.numberNode(8));
        }
        for (var value : List.of("1", "\"x\"", "true", "false", "[]", "[1]", "[{}]")) {
            for (var method : List.of("ping", "tools/list", "tools/call", "logging/setLevel", "initialize")) {
                add(
                        "params " + value + " in " + method,
                        Session.READY,
                        "{\"jsonrpc\":\"2.0\",\"id\":9,\"method\":\"" + method + "\",\"params\":" + value + "}",
                        Answer.ERROR,
                        INVALID_PARAMS,
                        NODES.numberNode(9));
            }
        }
        add(
                "params null in ping",
                Session.READY,
                "{\"jsonrpc\":\"2.0\",\"id\":9,\"method\":\"ping\",\"params\":null}",
                Answer.RESULT,
                0,
                NODES.numberNode(9));
        add("client result", Session.READY, "{\"jsonrpc\":\"2.0\",\"id\":5,\"result\":{}}", Answer.NONE, 0, NO_ID);
        add(
                "client error",
                Session.READY,
                "{\"jsonrpc\":\"2.0\",\"id\":5,\"error\":{\"code\":-1,\"message\":\"no\"}}",
                Answer.NONE,
                0,
                NO_ID);
        add("client result without id", Session.READY, "{\"jsonrpc\":\"2.0\",\"result\":{}}", Answer.NONE, 0, NO_ID);
        for (var value : List.of("42", "\"x\"", "true", "null")) {
            add("a bare " + value, Session.READY, value, Answer.ERROR, INVALID_REQUEST, NO_ID);
        }
    }

    private void methodParams() {
        // A null cursor asks for the first page; any other odd value, or a cursor never issued, is refused.
        var cursors = new ArrayList<>(ODD_VALUES);
        cursors.remove("null");
        cursors.addAll(List.of("\"bm90LWEtY3Vyc29y\"", "\"-1\"", "\"99999\"", "\"%%%\""));
        for (var cursor : cursors) {
            add(
                    "tools/list cursor " + cursor,
                    Session.READY,
                    "{\"jsonrpc\":\"2.0\",\"id\":10,\"method\":\"tools/list\",\"params\":{\"cursor\":" + cursor + "}}",
                    Answer.ERROR,
                    INVALID_PARAMS,
                    NODES.numberNode(10));
        }
        for (var value : ODD_VALUES) {
            if (!value.startsWith("\"")) {
                add(
                        "tools/call name " + value,
                        Session.READY,
                        "{\"jsonrpc\":\"2.0\",\"id\":11,\"method\":\"tools/call\",\"params\":{\"name\":" + value
                                + ",\"arguments\":{}}}",
                        Answer.ERROR,
                        INVALID_PARAMS,
                        NODES.numberNode(11));
            }
        }
        for (var name : List.of("", "x", "ECHO", "echo ", "n".repeat(5000))) {
            add(
                    "tools/call unknown tool " + name.substring(0, Math.min(name.length(), 20)),
                    Session.READY,
                    "{\"jsonrpc\":\"2.0\",\"id\":12,\"method\":\"tools/call\",\"params\":{\"name\":" + quote(name)
                            + "}}",
                    Answer.ERROR,
                    INVALID_PARAMS,
                    NODES.numberNode(12));
        }
        add(
                "tools/call without params",
                Session.READY,
                "{\"jsonrpc\":\"2.0\",\"id\":12,\"method\":\"tools/call\"}",
                Answer.ERROR,
                INVALID_PARAMS,
                NODES.numberNode(12));
        for (var value : ODD_VALUES) {
            var refused = !value.equals("null") && !value.startsWith("{");
            add(
                    "tools/call arguments " + value,
                    Session.READY,
                    "{\"jsonrpc\":\"2.0\",\"id\":13,\"method\":\"tools/call\",\"params\":{\"name\":\"echo\","
                            + "\"arguments\":" + value + "}}",
                    refused ? Answer.ERROR : Answer.TOOL_ERROR,
                    INVALID_PARAMS,
                    NODES.numberNode(13));
        }
        for (var value : ODD_VALUES) {
            var good = value.startsWith("\"");
            add(
                    "tools/call argument text " + value,
                    Session.READY,
                    "{\"jsonrpc\":\"2.0\",\"id\":14,\"method\":\"tools/call\",\"params\":{\"name\":\"echo\","
                            + "\"arguments\":{\"text\":" + value + "}}}",
                    good ? Answer.RESULT : Answer.TOOL_ERROR,
                    0,
                    NODES.numberNode(14));
        }
        for (var value : ODD_VALUES) {
            add(
                    "tools/call _meta " + value,
                    Session.READY,
                    "{\"jsonrpc\":\"2.0\",\"id\":15,\"method\":\"tools/call\",\"params\":{\"name\":\"echo\","
                            + "\"arguments\":{\"text\":\"t\"},\"_meta\":" + value + "}}",
                    Answer.RESULT,
                    0,
                    NODES.numberNode(15));
            add(
                    "tools/call progressToken " + value,
                    Session.READY,
                    "{\"jsonrpc\":\"2.0\",\"id\":16,\"method\":\"tools/call\",\"params\":{\"name\":\"echo\","
                            + "\"arguments\":{\"text\":\"t\"},\"_meta\":{\"progressToken\":" + value + "}}}",
                    Answer.RESULT,
                    0,
                    NODES.numberNode(16));
        }
        for (var value : ODD_VALUES) {
            add(
                    "logging/setLevel level " + value,
                    Session.READY,
                    "{\"jsonrpc\":\"2.0\",\"id\":17,\"method\":\"logging/setLevel\",\"params\":{\"level\":" + value
                            + "}}",
                    Answer.ERROR,
                    INVALID_PARAMS,
                    NODES.numberNode(17));
        }
        for (var level : List.of("DEBUG", "verbose", "warn", " debug", "trace")) {
            add(
                    "logging/setLevel level " + level,
                    Session.READY,
                    "{\"jsonrpc\":\"2.0\",\"id\":17,\"method\":\"logging/setLevel\",\"params\":{\"level\":\"" + level
                            + "\"}}",
                    Answer.ERROR,
                    INVALID_PARAMS,
                    NODES.numberNode(17));
        }
        add(
                "logging/setLevel without params",
                Session.READY,
                "{\"jsonrpc\":\"2.0\",\"id\":17,\"method\":\"logging/setLevel\"}",
                Answer.ERROR,
                INVALID_PARAMS,
                NODES.numberNode(17));
        add(
                "initialize again",
                Session.READY,
                "{\"jsonrpc\":\"2.0\",\"id\":18,\"method\":\"initialize\",\"params\":{\"protocolVersion\":"
                        + "\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"c\",\"version\":\"1\"}}}",
                Answer.ERROR,
                INVALID_REQUEST,
                NODES.numberNode(18));
        add(
                "ping with params",
                Session.READY,
                "{\"jsonrpc\":\"2.0\",\"id\":19,\"method\":\"ping\",\"params\":{\"_meta\":{\"x\":1},\"y\":[1]}}",
                Answer.RESULT,
                0,
                NODES.numberNode(19));
    }

    private void notifications() {
        for (var value : ODD_VALUES) {
            add(
                    "cancel requestId " + value,
                    Session.READY,
                    "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/cancelled\",\"params\":{\"requestId\":" + value
                            + ",\"reason\":\"r\"}}",
                    Answer.NONE,
                    0,
                    NO_ID);
            add(
                    "cancel reason " + value,
                    Session.READY,
                    "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/cancelled\",\"params\":{\"requestId\":\"nope\","
                            + "\"reason\":" + value + "}}",
                    Answer.NONE,
                    0,
                    NO_ID);
            add(
                    "progress from the client " + value,
                    Session.READY,
                    "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/progress\",\"params\":{\"progressToken\":" + value
                            + ",\"progress\":" + value + "}}",
                    Answer.NONE,
                    0,
                    NO_ID);
        }
        for (var id : List.of("999", "\"999\"", "\"probe-0\"", "-5", "\"" + "c".repeat(3000) + "\"")) {
            add(
                    "cancel unknown id " + id.substring(0, Math.min(id.length(), 20)),
                    Session.READY,
                    "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/cancelled\",\"params\":{\"requestId\":" + id
                            + "}}",
                    Answer.NONE,
                    0,
                    NO_ID);
        }
        add(
                "cancel without params",
                Session.READY,
                "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/cancelled\"}",
                Answer.NONE,
                0,
                NO_ID);
        for (var value : List.of("1", "\"x\"", "true", "[]")) {
            add(
                    "cancel params " + value,
                    Session.READY,
                    "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/cancelled\",\"params\":" + value + "}",
                    Answer.ERROR,
                    INVALID_PARAMS,
                    NO_ID);
        }
        for (var method : List.of(
                "notifications/initialized",
                "notifications/unknown",
                "notifications/",
                "x",
                "notifications/roots/list_changed",
                "tools/call",
                "initialize")) {
            add(
                    "notification " + method,
                    Session.READY,
                    "{\"jsonrpc\":\"2.0\",\"method\":\"" + method + "\",\"params\":{\"name\":\"echo\"}}",
                    Answer.NONE,
                    0,
                    NO_ID);
        }
    }

    private void hugeAndDeep() {
        for (int depth : new int[] {50, 200, 900}) {
            add(
                    "arguments nested " + depth + " deep",
                    Session.READY,
                    "{\"jsonrpc\":\"2.0\",\"id\":20,\"method\":\"tools/call\",\"params\":{\"name\":\"echo\","
                            + "\"arguments\":{\"text\":\"t\",\"deep\":" + "[".repeat(depth) + "]".repeat(depth)
                            + "}}}",
                    Answer.RESULT,
                    0,
                    NODES.numberNode(20));
            add(
                    "params nested " + depth + " deep",
                    Session.READY,
                    "{\"jsonrpc\":\"2.0\",\"id\":21,\"method\":\"ping\",\"params\":{\"d\":" + "{\"a\":".repeat(depth)
                            + "1" + "}".repeat(depth) + "}}",
                    Answer.RESULT,
                    0,
                    NODES.numberNode(21));
        }
        for (int depth : new int[] {1001, 5000, 20_000}) {
            add(
                    "nested " + depth + " deep",
                    Session.READY,
                    "{\"jsonrpc\":\"2.0\",\"id\":22,\"method\":\"ping\",\"params\":{\"d\":" + "[".repeat(depth)
                            + "]".repeat(depth) + "}}",
                    Answer.ERROR,
                    PARSE_ERROR,
                    NO_ID);
            add("unclosed " + depth + " deep", Session.READY, "[".repeat(depth), Answer.ERROR, PARSE_ERROR, NO_ID);
        }
        for (int size : new int[] {1000, 20_000}) {
            add(
                    "text of " + size,
                    Session.READY,
                    "{\"jsonrpc\":\"2.0\",\"id\":23,\"method\":\"tools/call\",\"params\":{\"name\":\"echo\","
                            + "\"arguments\":{\"text\":\"" + "é".repeat(size) + "\"}}}",
                    Answer.RESULT,
                    0,
                    NODES.numberNode(23));
            var keys = new StringBuilder();
            for (int i = 0; i < size / 10; i++) {
                keys.append(",\"k").append(i).append("\":").append(i);
            }
            add(
                    size / 10 + " keys",
                    Session.READY,
                    "{\"jsonrpc\":\"2.0\",\"id\":24,\"method\":\"tools/call\",\"params\":{\"name\":\"echo\","
                            + "\"arguments\":{\"text\":\"t\"" + keys + "}}}",
                    Answer.RESULT,
                    0,
                    NODES.numberNode(24));
            add(
                    "array of " + size,
                    Session.READY,
                    "{\"jsonrpc\":\"2.0\",\"id\":25,\"method\":\"ping\",\"params\":{\"a\":[" + "0,".repeat(size)
                            + "0]}}",
                    Answer.RESULT,
                    0,
                    NODES.numberNode(25));
        }
        add(
                "number of 900 digits",
                Session.READY,
                "{\"jsonrpc\":\"2.0\",\"id\":26,\"method\":\"ping\",\"params\":{\"n\":" + "9".repeat(900) + "}}",
                Answer.RESULT,
                0,
                NODES.numberNode(26));
        add(
                "exponent beyond double",
                Session.READY,
                "{\"jsonrpc\":\"2.0\",\"id\":26,\"method\":\"ping\",\"params\":{\"n\":1e999999999}}",
                Answer.RESULT,
                0,
                NODES.numberNode(26));
        add(
                "escaped surrogates",
                Session.READY,
                "{\"jsonrpc\":\"2.0\",\"id\":27,\"method\":\"tools/call\",\"params\":{\"name\":\"echo\","
                        + "\"arguments\":{\"text\":\"\\ud800\\udc00\\udfff\\ud800x\"}}}",
                Answer.RESULT,
                0,
                NODES.numberNode(27));
        add(
                "control characters escaped",
                Session.READY,
                "{\"jsonrpc\":\"2.0\",\"id\":28,\"method\":\"tools/call\",\"params\":{\"name\":\"echo\","
                        + "\"arguments\":{\"text\":\"\\u0000\\u001b[2J\\r\\n\\u2028\"}}}",
                Answer.RESULT,
                0,
                NODES.numberNode(28));
    }

    private void batches() {
        var ping = "{\"jsonrpc\":\"2.0\",\"id\":30,\"method\":\"ping\"}";
        var note = "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}";
        var batches = List.of(
                "[]",
                "[" + ping + "]",
                "[" + ping + "," + ping.replace("30", "31") + "]",
                "[" + note + "]",
                "[" + note + "," + ping + "]",
                "[1]",
                "[[]]",
                "[{}]",
                "[null]",
                "[" + ping + ",1]",
                "[{\"jsonrpc\":\"2.0\",\"id\":5,\"result\":{}}]",
                "[" + "{\"jsonrpc\":\"2.0\",\"id\":32,\"method\":\"initialize\",\"params\":{\"protocolVersion\":"
                        + "\"2025-03-26\"}}]",
                "[" + String.join(",", java.util.Collections.nCopies(100, ping)) + "]");
        for (int i = 0; i < batches.size(); i++) {
            add("batch in 2025-06-18 #" + i, Session.READY, batches.get(i), Answer.ERROR, INVALID_REQUEST, NO_ID);
            add("batch before initialize #" + i, Session.FRESH, batches.get(i), Answer.ERROR, INVALID_REQUEST, NO_ID);
        }
    }

    private void beforeInitialize() {
        for (var method : List.of("tools/list", "tools/call", "logging/setLevel", "resources/list", "x")) {
            add(
                    method + " before initialize",
                    Session.FRESH,
                    "{\"jsonrpc\":\"2.0\",\"id\":40,\"method\":\"" + method + "\",\"params\":{\"name\":\"echo\"}}",
                    Answer.ERROR,
                    INVALID_REQUEST,
                    NODES.numberNode(40));
        }
        add(
                "ping before initialize",
                Session.FRESH,
                "{\"jsonrpc\":\"2.0\",\"id\":41,\"method\":\"ping\"}",
                Answer.RESULT,
                0,
                NODES.numberNode(41));
        add(
                "initialized before initialize",
                Session.FRESH,
                "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}",
                Answer.NONE,
                0,
                NO_ID);
        add(
                "cancel before initialize",
                Session.FRESH,
                "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/cancelled\",\"params\":{\"requestId\":1}}",
                Answer.NONE,
                0,
                NO_ID);
        add("bad JSON before initialize", Session.FRESH, "{\"jsonrpc\":", Answer.ERROR, PARSE_ERROR, NO_ID);
        add(
                "bad jsonrpc before initialize",
                Session.FRESH,
                "{\"jsonrpc\":\"1.0\",\"id\":42,\"method\":\"ping\"}",
                Answer.ERROR,
                INVALID_REQUEST,
                NODES.numberNode(42));
        for (var value : ODD_VALUES) {
            if (!value.startsWith("\"")) {
                initialize(
                        "initialize protocolVersion " + value,
                        "{\"protocolVersion\":" + value + "}",
                        Answer.ERROR,
                        INVALID_PARAMS);
            }
        }
        initialize("initialize without protocolVersion", "{\"capabilities\":{}}", Answer.ERROR, INVALID_PARAMS);
        initialize("initialize without params", null, Answer.ERROR, INVALID_PARAMS);
        for (var version : List.of(
                "\"\"",
                "\"1999-01-01\"",
                "\"2025-06-18 \"",
                "\"latest\"",
                "\"2024-11-05\"",
                "\"2025-03-26\"",
                "\"2025-11-25\"",
                "\"9999-12-31\"")) {
            initialize("initialize asking for " + version, "{\"protocolVersion\":" + version + "}", Answer.RESULT, 0);
        }
        for (var value : ODD_VALUES) {
            initialize(
                    "initialize capabilities " + value,
                    "{\"protocolVersion\":\"2025-06-18\",\"capabilities\":" + value + ",\"clientInfo\":" + value + "}",
                    Answer.RESULT,
                    0);
        }
    }

    private void initialize(String name, String params, Answer answer, int code) {
        var text = "{\"jsonrpc\":\"2.0\",\"id\":50,\"method\":\"initialize\""
                + (params == null ? "" : ",\"params\":" + params) + "}";
        cases.add(new Case(
                name, Session.FRESH, true, text.getBytes(StandardCharsets.UTF_8), answer, code, NODES.numberNode(50)));
    }

    private void add(String name, Session session, String text, Answer answer, int code, JsonNode id) {
        add(name, session, text.getBytes(StandardCharsets.UTF_8), answer, code, id);
    }

    private void add(String name, Session session, byte[] bytes, Answer answer, int code, JsonNode id) {
        if (seen.add(session + new String(bytes, StandardCharsets.ISO_8859_1))) {
            cases.add(new Case(name, session, false, bytes, answer, code, id));
        }
    }

    private static byte[] concat(String before, byte[] middle, String after) {
        var head = before.getBytes(StandardCharsets.UTF_8);
        var tail = after.getBytes(StandardCharsets.UTF_8);
        var all = new byte[head.length + middle.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(middle, 0, all, head.length, middle.length);
        System.arraycopy(tail, 0, all, head.length + middle.length, tail.length);
        return all;
    }

    private static String quote(String text) {
        return JsonNodeFactory.instance.textNode(text).toString();
    }

    private static JsonNode parse(String json) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper()
                    .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                    .readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException(json, e);
        }
    }
}
