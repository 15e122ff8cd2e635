package org.healthlib.search.embedding;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.healthlib.core.publish.StagedFolder;

/**
 * Where the embedding model's native libraries are unpacked: into the cache folder, once, instead of
 * the home folder (DJL's tokenizer: {@code ~/.djl.ai}) or a new temporary folder on every run (ONNX
 * Runtime, which leaves that folder behind). Both libraries read their place from system
 * properties, set here before the model is first loaded, unless the user has set them.
 */
final class NativeLibraries {
    /** DJL's cache folder (also read from the environment variable of that name). */
    private static final String DJL_CACHE_DIR = "DJL_CACHE_DIR";
    /** The folder ONNX Runtime loads its libraries from instead of unpacking them. */
    private static final String ONNXRUNTIME_PATH = "onnxruntime.native.path";
    private static final String[] ONNXRUNTIME_LIBRARIES = {"onnxruntime", "onnxruntime4j_jni"};

    /** The prefix of the temporary folder ONNX Runtime makes as it loads, even when it unpacks nothing into it. */
    private static final String ONNXRUNTIME_TEMPORARY = "onnxruntime-java";

    private NativeLibraries() {
    }

    /** ONNX Runtime's temporary folders in {@code java.io.tmpdir} now. */
    static Set<Path> temporaryFolders() {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        try (Stream<Path> entries = Files.list(tmp)) {
            return entries.filter(path -> path.getFileName().toString().startsWith(ONNXRUNTIME_TEMPORARY))
                    .collect(Collectors.toSet());
        } catch (IOException e) {
            return Set.of();
        }
    }

    /**
     * Removes the empty temporary folders ONNX Runtime made since {@code before}: with its libraries
     * read from the cache folder it unpacks nothing into them, but leaves one behind on every run.
     */
    static void removeEmptyTemporaryFolders(Set<Path> before) {
        for (Path folder : temporaryFolders()) {
            if (!before.contains(folder)) {
                try {
                    Files.delete(folder); // only an empty folder can be deleted
                } catch (IOException notEmptyOrGone) {
                    // another program's folder, in use: left alone
                }
            }
        }
    }

    static void placeIn(Path nativeDir) {
        if (System.getProperty(DJL_CACHE_DIR) == null && System.getenv(DJL_CACHE_DIR) == null) {
            System.setProperty(DJL_CACHE_DIR, nativeDir.toString());
        }
        if (System.getProperty(ONNXRUNTIME_PATH) == null) {
            try {
                Path onnx = nativeDir.resolve("onnxruntime").resolve(platform());
                if (unpackOnnxRuntime(onnx)) {
                    System.setProperty(ONNXRUNTIME_PATH, onnx.toString());
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot unpack ONNX Runtime into " + nativeDir, e);
            }
        }
    }

    /** False when the jar has no ONNX Runtime for this platform (ONNX Runtime then looks for one itself). */
    private static boolean unpackOnnxRuntime(Path dir) throws IOException {
        for (String library : ONNXRUNTIME_LIBRARIES) {
            String file = System.mapLibraryName(library).replace("jnilib", "dylib");
            String resource = "/ai/onnxruntime/native/" + platform() + "/" + file;
            try (InputStream in = NativeLibraries.class.getResourceAsStream(resource)) {
                if (in == null) {
                    return false;
                }
                byte[] bytes = in.readAllBytes();
                Path target = dir.resolve(file);
                if (Files.isRegularFile(target) && Files.size(target) == bytes.length) {
                    continue;
                }
                Files.createDirectories(dir);
                Path temporary = Files.createTempFile(dir, file, ".tmp");
                try {
                    Files.write(temporary, bytes);
                    StagedFolder.replaceFile(temporary, target);
                } finally {
                    Files.deleteIfExists(temporary);
                }
            }
        }
        return true;
    }

    /** ONNX Runtime's name of this platform: linux-x64, osx-aarch64, ... */
    private static String platform() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        String system = os.contains("mac") || os.contains("darwin") ? "osx" : os.contains("win") ? "win" : "linux";
        String machine = arch.startsWith("amd64") || arch.startsWith("x86_64") ? "x64"
                : arch.startsWith("aarch64") || arch.startsWith("arm64") ? "aarch64" : arch;
        return system + "-" + machine;
    }
}
