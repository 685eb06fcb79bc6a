package io.purplemcp.distribution;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a directory as a gzipped POSIX ustar archive whose bytes depend only on the files' names,
 * contents and executable bits: entries sorted, one timestamp, owner root, and a gzip header without
 * a time. The system {@code tar} cannot promise that on every platform the release is built on.
 */
final class TarGzWriter {

    private static final int BLOCK = 512;
    private static final int NAME_LENGTH = 100;
    private static final int PREFIX_LENGTH = 155;

    private final Instant timestamp;

    TarGzWriter(Instant timestamp) {
        this.timestamp = timestamp;
    }

    /**
     * @param source the directory to archive; it becomes the archive's single top directory
     * @param archive the file to write
     */
    void write(Path source, Path archive) throws IOException {
        var top = source.getFileName().toString();
        try (var out = new BufferedOutputStream(new BestGzip(Files.newOutputStream(archive)), 1 << 16)) {
            for (var path : sortedTree(source)) {
                var relative = source.relativize(path).toString().replace('\\', '/');
                var name = relative.isEmpty() ? top : top + "/" + relative;
                writeEntry(out, path, name);
            }
            // Two zero blocks end a tar archive.
            out.write(new byte[BLOCK * 2]);
        }
    }

    private static List<Path> sortedTree(Path source) throws IOException {
        try (Stream<Path> walk = Files.walk(source)) {
            var paths = new ArrayList<>(walk.toList());
            // Sorting by the '/'-joined relative name keeps the order the same on every file system.
            paths.sort((a, b) -> source.relativize(a)
                    .toString()
                    .replace('\\', '/')
                    .compareTo(source.relativize(b).toString().replace('\\', '/')));
            return paths;
        }
    }

    private void writeEntry(OutputStream out, Path path, String name) throws IOException {
        if (Files.isSymbolicLink(path)) {
            var target = Files.readSymbolicLink(path).toString().replace('\\', '/');
            if (target.startsWith("/")) {
                throw new IOException("absolute symbolic link would not survive unpacking elsewhere: " + path);
            }
            out.write(header(name, 0777, 0, '2', target));
        } else if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            out.write(header(name + "/", 0755, 0, '5', ""));
        } else {
            long size = Files.size(path);
            out.write(header(name, Files.isExecutable(path) ? 0755 : 0644, size, '0', ""));
            Files.copy(path, out);
            int padding = (int) ((BLOCK - size % BLOCK) % BLOCK);
            out.write(new byte[padding]);
        }
    }

    private byte[] header(String name, int mode, long size, char type, String linkName) throws IOException {
        var block = new byte[BLOCK];
        splitName(name, block);
        octal(block, 100, 8, mode);
        octal(block, 108, 8, 0);
        octal(block, 116, 8, 0);
        octal(block, 124, 12, size);
        octal(block, 136, 12, timestamp.getEpochSecond());
        block[156] = (byte) type;
        ascii(block, 157, NAME_LENGTH, linkName, "link target");
        ascii(block, 257, 6, "ustar", "magic");
        ascii(block, 263, 2, "00", "version");
        ascii(block, 265, 32, "root", "owner");
        ascii(block, 297, 32, "root", "group");
        // The checksum is computed with its own field read as spaces.
        for (int i = 148; i < 156; i++) {
            block[i] = ' ';
        }
        long sum = 0;
        for (byte b : block) {
            sum += b & 0xff;
        }
        octal(block, 148, 7, sum);
        return block;
    }

    private static void splitName(String name, byte[] block) throws IOException {
        var bytes = name.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= NAME_LENGTH) {
            ascii(block, 0, NAME_LENGTH, name, "name");
            return;
        }
        // ustar keeps long paths as a prefix and a name, split at a '/'.
        for (int slash = name.lastIndexOf('/', name.length() - 2);
                slash > 0;
                slash = name.lastIndexOf('/', slash - 1)) {
            var prefix = name.substring(0, slash);
            var rest = name.substring(slash + 1);
            if (prefix.getBytes(StandardCharsets.UTF_8).length <= PREFIX_LENGTH
                    && rest.getBytes(StandardCharsets.UTF_8).length <= NAME_LENGTH) {
                ascii(block, 0, NAME_LENGTH, rest, "name");
                ascii(block, 345, PREFIX_LENGTH, prefix, "prefix");
                return;
            }
        }
        throw new IOException("path too long for a ustar archive: " + name);
    }

    private static void octal(byte[] block, int offset, int length, long value) throws IOException {
        var digits = Long.toOctalString(value);
        if (digits.length() > length - 1) {
            throw new IOException("value " + value + " does not fit a " + length + "-byte tar field");
        }
        var padded = "0".repeat(length - 1 - digits.length()) + digits;
        ascii(block, offset, length, padded, "number");
    }

    private static void ascii(byte[] block, int offset, int length, String text, String field) throws IOException {
        var bytes = text.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > length) {
            throw new IOException("tar " + field + " too long: " + text);
        }
        System.arraycopy(bytes, 0, block, offset, bytes.length);
    }

    /** The JDK's gzip stream at the strongest compression; its header carries no time stamp. */
    private static final class BestGzip extends GZIPOutputStream {
        BestGzip(OutputStream out) throws IOException {
            super(out, 1 << 16);
            def.setLevel(Deflater.BEST_COMPRESSION);
        }
    }
}
