package org.healthlib.search.embedding;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Vectors kept between runs, by the SHA-256 of the model's name and the embedded text: an article
 * whose embedded text has not changed is never embedded again. One file per model
 * ({@code vectors/<model>.vectors}: a header, then the hash and the floats of each vector), read
 * whole at the start of a run and written whole (to a temporary file moved over it) when the run
 * embedded something new; two runs that write at once each leave a complete file. A file that
 * cannot be read (another format, cut short) is treated as empty and written anew.
 */
public final class VectorCache {
    private static final int FORMAT = 1;
    private static final int HASH_BYTES = 32;

    private final Path file;
    private final TextEmbedder embedder;

    /** The cache of {@code embedder}'s vectors in {@code cacheDir/vectors/}. */
    public VectorCache(Path cacheDir, TextEmbedder embedder) {
        this.file = cacheDir.resolve("vectors").resolve(embedder.model() + ".vectors");
        this.embedder = embedder;
    }

    /** The vectors of {@code texts}, in their order: from the cache, or embedded and then cached. */
    public List<float[]> vectors(List<String> texts) throws IOException {
        Map<String, float[]> cached = read();
        List<String> keys = texts.stream().map(this::key).toList();
        Map<String, String> missing = new LinkedHashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            if (!cached.containsKey(keys.get(i))) {
                missing.putIfAbsent(keys.get(i), texts.get(i));
            }
        }
        if (!missing.isEmpty()) {
            List<String> missingKeys = new ArrayList<>(missing.keySet());
            List<float[]> fresh = embedder.embedAll(new ArrayList<>(missing.values()));
            for (int i = 0; i < fresh.size(); i++) {
                cached.put(missingKeys.get(i), fresh.get(i));
            }
            write(cached);
        }
        return keys.stream().map(cached::get).toList();
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

    private Map<String, float[]> read() throws IOException {
        Map<String, float[]> vectors = new LinkedHashMap<>();
        ByteBuffer bytes;
        try {
            bytes = ByteBuffer.wrap(Files.readAllBytes(file));
        } catch (NoSuchFileException absent) {
            return vectors;
        }
        int header = 3 * Integer.BYTES;
        if (bytes.remaining() < header || bytes.getInt() != FORMAT || bytes.getInt() != embedder.dimensions()) {
            return vectors;
        }
        int count = bytes.getInt();
        int entry = HASH_BYTES + embedder.dimensions() * Float.BYTES;
        if (count < 0 || (long) count * entry != bytes.remaining()) {
            return vectors;
        }
        byte[] hash = new byte[HASH_BYTES];
        for (int i = 0; i < count; i++) {
            bytes.get(hash);
            float[] vector = new float[embedder.dimensions()];
            bytes.asFloatBuffer().get(vector);
            bytes.position(bytes.position() + vector.length * Float.BYTES);
            vectors.put(HexFormat.of().formatHex(hash), vector);
        }
        return vectors;
    }

    private void write(Map<String, float[]> vectors) throws IOException {
        Files.createDirectories(file.getParent());
        Path temporary = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        try {
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temporary), 1 << 16))) {
                out.writeInt(FORMAT);
                out.writeInt(embedder.dimensions());
                out.writeInt(vectors.size());
                for (Map.Entry<String, float[]> entry : vectors.entrySet()) {
                    out.write(HexFormat.of().parseHex(entry.getKey()));
                    for (float value : entry.getValue()) {
                        out.writeFloat(value);
                    }
                }
            }
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
