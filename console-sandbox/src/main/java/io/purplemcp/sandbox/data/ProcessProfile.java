package io.purplemcp.sandbox.data;

/**
 * A process as it shows up in telemetry.
 *
 * @param osFamily where it runs: {@code windows}, {@code macos} or {@code linux}
 * @param name the image name, e.g. {@code powershell.exe}
 * @param path the image path
 * @param commandLine a typical command line
 * @param parentName the usual parent's image name
 * @param signed whether the image is signed
 * @param suspicious whether it is the kind of activity a detection fires on
 */
public record ProcessProfile(
        String osFamily,
        String name,
        String path,
        String commandLine,
        String parentName,
        boolean signed,
        boolean suspicious) {}
