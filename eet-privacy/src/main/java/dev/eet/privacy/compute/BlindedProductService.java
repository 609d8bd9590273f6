package dev.eet.privacy.compute;

import dev.eet.privacy.paillier.PaillierCiphertext;

/**
 * The key holder's half of the blinded multiplication round, as the evaluator sees it (in-process here; a
 * deployment puts a transport behind it). Inputs are ciphertexts of blinded values x + r1, y + r2; the answer is a
 * fresh encryption of their product.
 */
public interface BlindedProductService {

    /**
     * @param blindedX Enc(x + r1) at scale sx
     * @param blindedY Enc(y + r2) at scale sy
     * @return a fresh Enc((x + r1)(y + r2)) at scale sx + sy
     */
    PaillierCiphertext multiplyBlinded(PaillierCiphertext blindedX, PaillierCiphertext blindedY);
}
