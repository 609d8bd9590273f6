package dev.eet.api.privacy;

import dev.eet.api.value.Bytes;

/**
 * A non-interactive zero-knowledge proof system for one kind of statement (knowledge of an opening, a range, a
 * linear relation...). The statement and the context (a domain tag, the transaction the proof belongs to) are
 * bound into the Fiat-Shamir challenge together with the group and its generators, so a proof cannot be replayed
 * under another statement or context. Each implementation documents the byte encodings of its statements and
 * witnesses.
 */
public interface ProofSystem {

    /** @return the proof system's stable name, e.g. {@code "bulletproofs-range-p256"} */
    String name();

    /**
     * @param statement the encoded public statement
     * @param witness the encoded secret witness
     * @param context the encoded context the proof is bound to
     * @return the encoded proof
     * @throws dev.eet.api.InvalidArgumentException if the statement or witness is malformed or the witness does not
     *         satisfy the statement
     */
    Bytes prove(Bytes statement, Bytes witness, Bytes context);

    /**
     * @param statement the encoded public statement
     * @param proof the encoded proof
     * @param context the encoded context
     * @return whether the proof verifies (malformed input gives {@code false}, never an exception)
     */
    boolean verify(Bytes statement, Bytes proof, Bytes context);
}
