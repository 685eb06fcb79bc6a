package io.purplemcp.bootstrap.config;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which tools to serve: those of the chosen toolsets plus the tools named one by one, less the tools
 * excluded. Naming tools without toolsets serves only those tools. Tool names are checked against the
 * catalogue by {@link #unknownTools}, once the catalogue exists.
 *
 * @param toolsets the toolsets served whole
 * @param tools tools served whatever their toolset
 * @param excludedTools tools never served
 */
public record ToolSelection(Set<Toolset> toolsets, Set<String> tools, Set<String> excludedTools) {

    public ToolSelection {
        // Kept in the toolsets' own order, which is the order they are reported in.
        toolsets = toolsets.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(toolsets));
        tools = Set.copyOf(tools);
        excludedTools = Set.copyOf(excludedTools);
    }

    public static ToolSelection everything() {
        return new ToolSelection(EnumSet.allOf(Toolset.class), Set.of(), Set.of());
    }

    /**
     * Reads the three comma-separated lists, each null when not given.
     *
     * @throws IllegalArgumentException naming the unknown toolsets and the valid ones
     */
    public static ToolSelection parse(String toolsets, String tools, String excludedTools) {
        var namedTools = names(tools);
        Set<Toolset> chosen;
        if (toolsets == null) {
            chosen = namedTools.isEmpty() ? EnumSet.allOf(Toolset.class) : EnumSet.noneOf(Toolset.class);
        } else {
            chosen = EnumSet.noneOf(Toolset.class);
            var unknown = new ArrayList<String>();
            for (var name : names(toolsets)) {
                Toolset.fromWireName(name).ifPresentOrElse(chosen::add, () -> unknown.add(name));
            }
            if (!unknown.isEmpty()) {
                throw new IllegalArgumentException("unknown toolset " + String.join(", ", quoted(unknown))
                        + "; the toolsets are " + Toolset.NAMES + ".");
            }
        }
        return new ToolSelection(chosen, namedTools, names(excludedTools));
    }

    /** Whether the operator left the default: every tool. */
    public boolean servesEverything() {
        return toolsets.size() == Toolset.values().length && excludedTools.isEmpty();
    }

    public boolean serves(Toolset toolset, String toolName) {
        return (toolsets.contains(toolset) || tools.contains(toolName)) && !excludedTools.contains(toolName);
    }

    /** The names given in {@code tools} or {@code excludedTools} that are none of {@code known}. */
    public List<String> unknownTools(Set<String> known) {
        var unknown = new LinkedHashSet<String>();
        tools.stream().sorted().filter(name -> !known.contains(name)).forEach(unknown::add);
        excludedTools.stream().sorted().filter(name -> !known.contains(name)).forEach(unknown::add);
        return List.copyOf(unknown);
    }

    private static Set<String> names(String list) {
        if (list == null) {
            return Set.of();
        }
        var names = new LinkedHashSet<String>();
        Arrays.stream(list.split(","))
                .map(String::trim)
                .filter(name -> !name.isEmpty())
                .forEach(names::add);
        return names;
    }

    private static List<String> quoted(List<String> names) {
        return names.stream().map(name -> "'" + shorten(name) + "'").toList();
    }

    // A stray value may be a pasted secret: never echo much of it.
    private static String shorten(String name) {
        return name.length() <= 40 ? name : name.substring(0, 40) + "...";
    }
}
