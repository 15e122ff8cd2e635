package org.healthlib.search.embedding;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.healthlib.core.publish.StagedFolder;

/**
 * Vectors kept between runs, by the SHA-256 of the model's name and the embedded text: an article
 * whose embedded text has not changed is never embedded again. One file per model
 * ({@code vectors/<model>.vectors}: a header, then the hash and the floats of each vector), read
 * whole at the start of a run. New vectors are appended to it in one write (an edit under
 * {@code serve} adds one vector, not the library's thousands again); a file that does not exist
 * or cannot be read (another format) is written whole, to a temporary file moved over it. An entry
 * cut short at the end (a killed run) is ignored.
 */
public final class VectorCache {
    private static final int FORMAT = 2;
    private static final int HEADER_BYTES = 2 * Integer.BYTES;
    private static final int HASH_BYTES = 32;

    private final Path file;
    private final TextEmbedder embedder;
    /** The file's vectors and those added since, read on first use; null until then. */
    private Map<String, float[]> known;
    /** Whether the file is there, of this format, to append to. */
    private boolean appendable;

    /** The cache of {@code embedder}'s vectors in {@code cacheDir/vectors/}. */
    public VectorCache(Path cacheDir, TextEmbedder embedder) {
        this.file = cacheDir.resolve("vectors").resolve(embedder.model() + ".vectors");
        this.embedder = embedder;
    }

    /** The model that embeds what is not cached. */
    public TextEmbedder embedder() {
        return embedder;
    }

    /**
     * The vectors of {@code texts}, in their order: from the cache, or embedded and then cached. The
     * file is read once per instance, so that {@code serve}, which keeps one, does not read the
     * library's vectors again for each edit.
     */
    public synchronized List<float[]> vectors(List<String> texts) throws IOException {
        if (known == null) {
            known = new LinkedHashMap<>();
            appendable = read(known);
        }
        List<String> keys = texts.stream().map(this::key).toList();
        Map<String, String> missing = new LinkedHashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            if (!known.containsKey(keys.get(i))) {
                missing.putIfAbsent(keys.get(i), texts.get(i));
            }
        }
        if (!missing.isEmpty()) {
            List<String> missingKeys = new ArrayList<>(missing.keySet());
            List<float[]> fresh = embedder.embedAll(new ArrayList<>(missing.values()));
            Map<String, float[]> added = new LinkedHashMap<>();
            for (int i = 0; i < fresh.size(); i++) {
                added.put(missingKeys.get(i), fresh.get(i));
            }
            known.putAll(added);
            if (!appendable || !append(added)) {
                write(known);
                appendable = true;
            }
        }
        return keys.stream().map(known::get).toList();
    }

    private String key(String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(embedder.model().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) '\n');
            return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** Adds the file's vectors to {@code vectors}; false when there is no file of this format to append to. */
    private boolean read(Map<String, float[]> vectors) throws IOException {
        ByteBuffer bytes;
        try {
            bytes = ByteBuffer.wrap(Files.readAllBytes(file));
        } catch (NoSuchFileException absent) {
            return false;
        }
        if (bytes.remaining() < HEADER_BYTES || bytes.getInt() != FORMAT || bytes.getInt() != embedder.dimensions()) {
            return false;
        }
        int entry = HASH_BYTES + embedder.dimensions() * Float.BYTES;
        if (bytes.remaining() % entry != 0) {
            return false; // an append cut short: write the file whole again
        }
        byte[] hash = new byte[HASH_BYTES];
        while (bytes.remaining() >= entry) {
            bytes.get(hash);
            float[] vector = new float[embedder.dimensions()];
            bytes.asFloatBuffer().get(vector);
            bytes.position(bytes.position() + vector.length * Float.BYTES);
            vectors.put(HexFormat.of().formatHex(hash), vector);
        }
        return true;
    }

    /**
     * Appends the entries in one write, so that two runs appending at once do not interleave them;
     * false when the file has gone since it was read (its folder deleted), to be written whole.
     */
    private boolean append(Map<String, float[]> vectors) throws IOException {
        ByteBuffer bytes = ByteBuffer.allocate(vectors.size() * (HASH_BYTES + embedder.dimensions() * Float.BYTES));
        vectors.forEach((key, vector) -> {
            bytes.put(HexFormat.of().parseHex(key));
            for (float value : vector) {
                bytes.putFloat(value);
            }
        });
        bytes.flip();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            while (bytes.hasRemaining()) {
                channel.write(bytes);
            }
            return true;
        } catch (NoSuchFileException gone) {
            return false;
        }
    }

    private void write(Map<String, float[]> vectors) throws IOException {
        Files.createDirectories(file.getParent());
        Path temporary = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        try {
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16))) {
                out.writeInt(FORMAT);
                out.writeInt(embedder.dimensions());
                for (Map.Entry<String, float[]> entry : vectors.entrySet()) {
                    out.write(HexFormat.of().parseHex(entry.getKey()));
                    for (float value : entry.getValue()) {
                        out.writeFloat(value);
                    }
                }
            }
            StagedFolder.replaceFile(temporary, file);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
