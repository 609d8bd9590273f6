package dev.eet.privacy.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eet.api.InvalidArgumentException;
import dev.eet.privacy.compute.EncryptedDissimilarity.CategoricalAttribute;
import dev.eet.privacy.compute.EncryptedDissimilarity.EncryptedRecord;
import dev.eet.privacy.compute.EncryptedDissimilarity.NumericAttribute;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EncryptedDissimilarityTest {
    private final ComputeFixture f = new ComputeFixture();
    // price (0.10..0.60 per kWh), quantity (0..50 kWh), credit (0..100), loss (0..0.2)
    private final List<NumericAttribute> numeric = List.of(
            new NumericAttribute("price", new BigDecimal("0.4"), new BigDecimal("0.5")),
            new NumericAttribute("quantity", new BigDecimal("0.2"), new BigDecimal("50")),
            new NumericAttribute("credit", new BigDecimal("0.1"), new BigDecimal("100")),
            new NumericAttribute("loss", new BigDecimal("0.3"), new BigDecimal("0.2")));
    private final List<CategoricalAttribute> categorical = List.of(
            new CategoricalAttribute("energyType", new BigDecimal("0.5"), 4));
    private final EncryptedDissimilarity scorer = new EncryptedDissimilarity(numeric, categorical, f.multiplier);

    /** Independent plaintext K-prototypes: sum alpha ((x - z)/R)^2 + sum beta delta, in high-precision decimals. */
    private BigDecimal kPrototypes(List<BigDecimal> x, List<BigDecimal> z, List<Integer> cx, List<Integer> cz) {
        MathContext mc = new MathContext(60);
        BigDecimal d = BigDecimal.ZERO;
        for (int l = 0; l < numeric.size(); l++) {
            BigDecimal scaled = x.get(l).subtract(z.get(l)).divide(numeric.get(l).range(), mc);
            d = d.add(numeric.get(l).alpha().multiply(scaled.pow(2)));
        }
        for (int q = 0; q < categorical.size(); q++) {
            d = d.add(cx.get(q).equals(cz.get(q)) ? BigDecimal.ZERO : categorical.get(q).beta());
        }
        return d;
    }

    private static List<BigDecimal> randomRecord(Random r) {
        return List.of(BigDecimal.valueOf(100_000 + r.nextInt(500_001), 6),
                BigDecimal.valueOf(r.nextInt(50_000_001), 6), BigDecimal.valueOf(r.nextInt(101)),
                BigDecimal.valueOf(r.nextInt(200_001), 6));
    }

    @Test
    void encryptedScoresEqualThePlaintextDissimilarityAndPickTheSameSeller() {
        Random r = new Random(42);
        List<BigDecimal> buyer = randomRecord(r);
        List<Integer> buyerType = List.of(1);
        EncryptedRecord eb = EncryptedRecord.encrypt(f.encryptor, buyer, buyerType, categorical);
        int bestEncrypted = -1;
        int bestPlain = -1;
        BigDecimal minEncrypted = null;
        BigDecimal minPlain = null;
        for (int i = 0; i < 5; i++) {
            List<BigDecimal> seller = randomRecord(r);
            List<Integer> sellerType = List.of(r.nextInt(4));
            EncryptedRecord es = EncryptedRecord.encrypt(f.encryptor, seller, sellerType, categorical);
            BigDecimal score = f.keyHolder.decryptResult(scorer.score(eb, es));
            assertEquals(0, scorer.plaintextScore(buyer, seller, buyerType, sellerType).compareTo(score));
            BigDecimal plain = kPrototypes(buyer, seller, buyerType, sellerType);
            BigDecimal viaCiphertexts = scorer.dissimilarity(score);
            assertTrue(plain.subtract(viaCiphertexts).abs().compareTo(new BigDecimal("1e-30")) < 0,
                    plain + " vs " + viaCiphertexts);
            if (minEncrypted == null || viaCiphertexts.compareTo(minEncrypted) < 0) {
                minEncrypted = viaCiphertexts;
                bestEncrypted = i;
            }
            if (minPlain == null || plain.compareTo(minPlain) < 0) {
                minPlain = plain;
                bestPlain = i;
            }
        }
        assertEquals(bestPlain, bestEncrypted);
    }

    @Test
    void identicalRecordsHaveZeroDissimilarity() {
        List<BigDecimal> x = List.of(new BigDecimal("0.3"), new BigDecimal("10"), new BigDecimal("90"),
                new BigDecimal("0.05"));
        EncryptedRecord a = EncryptedRecord.encrypt(f.encryptor, x, List.of(2), categorical);
        EncryptedRecord b = EncryptedRecord.encrypt(f.encryptor, x, List.of(2), categorical);
        assertEquals(0, BigDecimal.ZERO.compareTo(f.keyHolder.decryptResult(scorer.score(a, b))));
    }

    @Test
    void onlyTheCategoryDiffers() {
        List<BigDecimal> x = List.of(new BigDecimal("0.3"), new BigDecimal("10"), new BigDecimal("90"),
                new BigDecimal("0.05"));
        EncryptedRecord a = EncryptedRecord.encrypt(f.encryptor, x, List.of(0), categorical);
        EncryptedRecord b = EncryptedRecord.encrypt(f.encryptor, x, List.of(3), categorical);
        assertEquals(0, new BigDecimal("0.5").compareTo(scorer.dissimilarity(
                f.keyHolder.decryptResult(scorer.score(a, b)))));
    }

    @Test
    void malformedRecordsAreRejected() {
        List<BigDecimal> x = new ArrayList<>(List.of(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE));
        EncryptedRecord shortRecord = EncryptedRecord.encrypt(f.encryptor, x, List.of(0), categorical);
        x.add(BigDecimal.ONE);
        EncryptedRecord ok = EncryptedRecord.encrypt(f.encryptor, x, List.of(0), categorical);
        assertEquals("numeric", assertThrows(InvalidArgumentException.class, () -> scorer.score(ok, shortRecord))
                .field());
        assertEquals("energyType", assertThrows(InvalidArgumentException.class,
                () -> EncryptedRecord.encrypt(f.encryptor, x, List.of(4), categorical)).field());
        assertEquals("range", assertThrows(InvalidArgumentException.class,
                () -> new NumericAttribute("price", BigDecimal.ONE, BigDecimal.ZERO)).field());
    }
}
