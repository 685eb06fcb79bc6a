package io.purplemcp.adapters.mcp.protocol;

/** Client-chosen strings (method names, ids, tool names) cut short before they reach a log or an error. */
final class Text {

    private Text() {}

    static String shorten(String text) {
        return text.length() <= 80 ? text : text.substring(0, 80) + "...";
    }
}
