package io.purplemcp.bootstrap.cli;

/** The {@code --help} text: a one-line summary and every visible option, without a final line end. */
final class HelpText {

    static final String USAGE = "Usage: purple-mcp [OPTIONS]";

    private static final int DESCRIPTION_COLUMN = 34;
    private static final int WIDTH = 100;

    private HelpText() {}

    static String render() {
        StringBuilder text = new StringBuilder()
                .append(USAGE)
                .append("\n\n")
                .append("  Purple MCP server: an AI monitoring and analysis tool that gives MCP clients\n")
                .append("  read-only access to a SentinelOne console.\n\n")
                .append("Options:\n");
        for (CliOption option : CliOption.values()) {
            if (!option.hidden()) {
                appendOption(text, option);
            }
        }
        // No final line end: the caller prints the text as one line (println).
        return text.toString().stripTrailing();
    }

    private static void appendOption(StringBuilder text, CliOption option) {
        StringBuilder names = new StringBuilder("  ");
        option.shortName().ifPresent(shortName -> names.append(shortName).append(", "));
        names.append(option.longName());
        if (option == CliOption.BANNER) {
            names.append(" / ").append(CliOption.NO_BANNER.longName());
        }
        if (option.takesValue()) {
            names.append(' ').append(option.metavar());
        }
        text.append(names);
        if (names.length() + 2 > DESCRIPTION_COLUMN) {
            text.append('\n').append(" ".repeat(DESCRIPTION_COLUMN));
        } else {
            text.append(" ".repeat(DESCRIPTION_COLUMN - names.length()));
        }
        appendWrapped(text, option.help());
    }

    /** Word-wraps a description at {@link #WIDTH}, continuation lines aligned to the column. */
    private static void appendWrapped(StringBuilder text, String description) {
        int column = DESCRIPTION_COLUMN;
        for (String word : description.split(" ")) {
            if (column > DESCRIPTION_COLUMN && column + 1 + word.length() > WIDTH) {
                text.append('\n').append(" ".repeat(DESCRIPTION_COLUMN));
                column = DESCRIPTION_COLUMN;
            }
            if (column > DESCRIPTION_COLUMN) {
                text.append(' ');
                column++;
            }
            text.append(word);
            column += word.length();
        }
        text.append('\n');
    }
}
