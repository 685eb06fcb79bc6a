package io.purplemcp.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A reader of the repository can follow every document a source file or a page cites: each
 * {@code docs/….md} path exists, each relative Markdown link resolves, and nothing cites the design notes
 * that were never part of the repository (their reasoning lives in docs/decisions/README.md).
 */
class RepositoryReferencesTest {

    // Maven runs each module's tests in the module's folder.
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private static final Set<String> SCANNED = Set.of(
            "java", "js", "mjs", "cjs", "ts", "py", "sh", "xml", "md", "yml", "yaml", "properties", "graphqls", "txt");

    private static final Set<String> SKIPPED_FOLDERS = Set.of("target", "node_modules");

    /** This file spells the external names out in its patterns. */
    private static final String THIS_FILE =
            "bootstrap/src/test/java/io/purplemcp/bootstrap/RepositoryReferencesTest.java";

    /** A path from the repository root, not part of a longer path or a URL. */
    private static final Pattern DOCS_PATH = Pattern.compile("(?<![\\w/.-])docs/[\\w./-]*?\\.md\\b");

    /** A Markdown link to a relative {@code .md} target, with an optional anchor. */
    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\]\\(([^)#\\s:]+\\.md)(?:#[^)\\s]*)?\\)");

    /** Names of notes that live outside the repository, assembled so this file does not cite them. */
    private static final List<Pattern> EXTERNAL_NOTES = Stream.of(
                    "spec " + "§",
                    "\\b" + "DECISIONS" + "\\b",
                    "findings-tools" + "\\.md",
                    "mcp-protocol" + "\\.md",
                    "server-config-security" + "\\.md",
                    "powerquery-purpleai-inventory" + "\\.md",
                    "SECURITY-" + "GUIDE",
                    "TOOLING-" + "NOTES")
            .map(Pattern::compile)
            .toList();

    /** Outside Markdown, the architecture page is cited by its path from the root. */
    private static final Pattern BARE_ARCHITECTURE = Pattern.compile("(?<!docs/)\\bARCHITECTURE\\.md");

    @Test
    void everyCitedDocumentExists() {
        var missing = new ArrayList<String>();
        for (var file : scannedFiles()) {
            var text = read(file);
            var matcher = DOCS_PATH.matcher(text);
            while (matcher.find()) {
                if (!Files.isRegularFile(ROOT.resolve(matcher.group()))) {
                    missing.add(where(file, text, matcher.start()) + " cites " + matcher.group());
                }
            }
            if (file.toString().endsWith(".md")) {
                var links = MARKDOWN_LINK.matcher(text);
                while (links.find()) {
                    if (!Files.isRegularFile(file.getParent().resolve(links.group(1)))) {
                        missing.add(where(file, text, links.start()) + " links to " + links.group(1));
                    }
                }
            }
        }
        assertThat(missing).as("references to documents that do not exist").isEmpty();
    }

    @Test
    void nothingCitesNotesOutsideTheRepository() {
        var found = new ArrayList<String>();
        for (var file : scannedFiles()) {
            var relative = relative(file);
            if (relative.equals(THIS_FILE)) {
                continue;
            }
            var text = read(file);
            var patterns = new ArrayList<>(EXTERNAL_NOTES);
            if (!relative.endsWith(".md")) {
                patterns.add(BARE_ARCHITECTURE);
            }
            for (var pattern : patterns) {
                var matcher = pattern.matcher(text);
                while (matcher.find()) {
                    found.add(where(file, text, matcher.start()) + ": " + matcher.group());
                }
            }
        }
        assertThat(found)
                .as("cite docs/decisions/… or docs/REFERENCE-BEHAVIOUR.md instead of notes a reader cannot open")
                .isEmpty();
    }

    @Test
    void theIndexListsEveryDecisionRecord() throws IOException {
        var decisions = ROOT.resolve("docs/decisions");
        var index = Files.readString(decisions.resolve("README.md"), StandardCharsets.UTF_8);
        try (var records = Files.list(decisions)) {
            var unlisted = records.map(path -> path.getFileName().toString())
                    .filter(name -> name.matches("\\d{4}-.+\\.md"))
                    .filter(name -> !index.contains("(" + name + ")"))
                    .sorted()
                    .toList();
            assertThat(unlisted)
                    .as("records missing from docs/decisions/README.md")
                    .isEmpty();
        }
    }

    @Test
    void theScanSeesTheRepository() {
        var files =
                scannedFiles().stream().map(RepositoryReferencesTest::relative).collect(Collectors.toSet());
        assertThat(files)
                .contains(
                        "docs/ARCHITECTURE.md",
                        "docs/decisions/README.md",
                        "bootstrap/src/main/java/io/purplemcp/bootstrap/Launcher.java",
                        "e2e/tests/all-tools.test.js")
                .noneMatch(path -> path.contains("/target/") || path.contains("node_modules"));
    }

    private static List<Path> scannedFiles() {
        try (var paths = Files.walk(ROOT)) {
            return paths.filter(Files::isRegularFile)
                    .filter(path -> scanned(ROOT.relativize(path)))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean scanned(Path relative) {
        for (int i = 0; i < relative.getNameCount() - 1; i++) {
            var folder = relative.getName(i).toString();
            if (folder.startsWith(".") || SKIPPED_FOLDERS.contains(folder)) {
                return false;
            }
        }
        var name = relative.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && SCANNED.contains(name.substring(dot + 1));
    }

    private static String read(Path file) {
        try {
            // Lenient decoding: a stray byte in some data file must not hide the references around it.
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String relative(Path file) {
        return ROOT.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    private static String where(Path file, String text, int offset) {
        long line = text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
        return relative(file) + ":" + line;
    }
}
