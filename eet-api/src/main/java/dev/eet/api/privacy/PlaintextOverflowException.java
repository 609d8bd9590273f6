package dev.eet.api.privacy;

import dev.eet.api.EetException;

/**
 * A homomorphic computation produced a plaintext outside the scheme's valid range: the result wrapped around the
 * modulus and cannot be trusted. Raised on decryption, so that an overflow is reported and never returned as a
 * wrong number.
 */
public class PlaintextOverflowException extends EetException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message what overflowed, naming the scheme and the ciphertext's role
     */
    public PlaintextOverflowException(String message) {
        super(message);
    }
}
