package org.constl.identity;

/**
 * Argon2id cost parameters for passphrase-protected key files. They are stored in each file, so
 * a file opens with the costs it was written with; bounds keep a hostile file from asking for
 * gigabytes or minutes.
 *
 * @param memoryKiB   memory in KiB, from 8 × parallelism up to {@value #MAX_MEMORY_KIB}
 * @param iterations  passes over memory, 1 to {@value #MAX_ITERATIONS}
 * @param parallelism lanes, 1 to {@value #MAX_PARALLELISM}
 */
public record KdfParameters(int memoryKiB, int iterations, int parallelism) {

    public static final int MAX_MEMORY_KIB = 1 << 20;
    public static final int MAX_ITERATIONS = 32;
    public static final int MAX_PARALLELISM = 8;

    /** RFC 9106's second recommended setting: 64 MiB, 3 passes, one lane. */
    public static final KdfParameters DEFAULT = new KdfParameters(64 * 1024, 3, 1);

    public KdfParameters {
        if (parallelism < 1 || parallelism > MAX_PARALLELISM) {
            throw new IdentityException("argon2id: parallelism " + parallelism + " not in [1, " + MAX_PARALLELISM + "]");
        }
        if (iterations < 1 || iterations > MAX_ITERATIONS) {
            throw new IdentityException("argon2id: iterations " + iterations + " not in [1, " + MAX_ITERATIONS + "]");
        }
        if (memoryKiB < 8 * parallelism || memoryKiB > MAX_MEMORY_KIB) {
            throw new IdentityException("argon2id: memory " + memoryKiB + " KiB not in [" + 8 * parallelism + ", " + MAX_MEMORY_KIB + "]");
        }
    }
}
