package dev.eet.examples.node;

import dev.eet.api.InvalidArgumentException;
import dev.eet.api.consensus.NodeId;
import dev.eet.api.value.Bytes;
import dev.eet.consensus.crypto.NodeKeys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;

/**
 * A node's Ed25519 identity, kept in its data directory as {@code node.key} (the 32-byte private seed in hex,
 * owner-readable only). Created on first start; later starts read it back.
 */
public final class NodeIdentity {
    /** The key file's name inside the data directory. */
    public static final String FILE = "node.key";

    private NodeIdentity() {
    }

    /**
     * @param dataDir the data directory (created if missing)
     * @param node the node's id
     * @param random where a new key comes from
     * @return the stored key pair, or a new one just written
     * @throws InvalidArgumentException if the key file is malformed
     */
    public static NodeKeys loadOrCreate(Path dataDir, NodeId node, SecureRandom random) {
        Path file = dataDir.resolve(FILE);
        try {
            Files.createDirectories(dataDir);
            if (Files.exists(file)) {
                return read(file, node);
            }
            NodeKeys keys = NodeKeys.generate(node, random);
            write(file, keys);
            return keys;
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read or write the node key", e);
        }
    }

    /**
     * Writes a key file (used by {@code eet node init}); refuses to overwrite one.
     *
     * @param file the file
     * @param keys the keys
     * @throws IOException on failure, {@link FileAlreadyExistsException} if it exists
     */
    public static void write(Path file, NodeKeys keys) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, keys.privateSeed().toHex() + "\n", StandardCharsets.US_ASCII,
                StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: keep the default permissions
        }
    }

    private static NodeKeys read(Path file, NodeId node) throws IOException {
        String hex = Files.readString(file, StandardCharsets.US_ASCII).trim();
        Bytes seed;
        try {
            seed = Bytes.fromHex(hex);
        } catch (IllegalArgumentException e) {
            throw new InvalidArgumentException(file.toString(), "key", "is not hexadecimal");
        }
        if (seed.length() != 32) {
            throw new InvalidArgumentException(file.toString(), "key", "must be 32 bytes (64 hex digits), was "
                    + seed.length());
        }
        return NodeKeys.fromSeed(node, seed);
    }
}
