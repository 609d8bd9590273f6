package dev.eet.examples.match;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.eet.api.matching.MatchResult;
import dev.eet.api.model.EnergyType;
import dev.eet.api.model.Order;
import dev.eet.api.model.Side;
import dev.eet.api.spi.Config;
import dev.eet.matching.multifactor.KPrototypesMatcher;
import dev.eet.matching.multifactor.KPrototypesProfile;
import dev.eet.privacy.compute.BlindedMultiplier;
import dev.eet.privacy.compute.EncryptedDissimilarity;
import dev.eet.privacy.compute.EncryptedDissimilarity.CategoricalAttribute;
import dev.eet.privacy.compute.EncryptedDissimilarity.EncryptedRecord;
import dev.eet.privacy.compute.EncryptedDissimilarity.NumericAttribute;
import dev.eet.privacy.compute.KeyHolder;
import dev.eet.privacy.paillier.PaillierEncryptor;
import dev.eet.privacy.paillier.PaillierKeyPair;
import java.math.BigDecimal;
import java.math.MathContext;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Ties eet-matching's {@code kprototypes} dissimilarity to eet-privacy's {@link EncryptedDissimilarity}: on the
 * same attributes, weights and public ranges, the score decrypted from ciphertexts equals the matcher's plaintext
 * score, and the seller the matcher trades with first is the one with the smallest encrypted score. It lives here
 * because eet-examples is the module that depends on both (eet-matching does not depend on eet-privacy).
 */
class KPrototypesEncryptedDissimilarityTest {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final PaillierKeyPair KEY = PaillierKeyPair.generateInsecureTestKey(1024, RANDOM);
    private static final String[] WEIGHTS = {"0.4", "0.2", "0.3", "0.1", "0.5"};

    @Test
    void encryptedScoreEqualsTheMatchersScoreAndPicksTheSameSeller() {
        Random r = new Random(7);
        Config.Builder prefs = Config.builder("p").put("beta.energyType", "0.5");
        for (int l = 0; l < WEIGHTS.length; l++) {
            prefs.put("alpha." + KPrototypesMatcher.NUMERIC_NAMES.get(l), WEIGHTS[l]);
        }
        Order buyer = Order.builder("B1", "B1", Side.BUY).limit("0.60").quantity("25").energyType(EnergyType.WIND)
                .preferences(prefs.build()).time(100).build();
        List<Order> orders = new ArrayList<>();
        EnergyType[] types = {EnergyType.WIND, EnergyType.SOLAR, EnergyType.THERMAL};
        for (int i = 0; i < 6; i++) {
            orders.add(Order.builder("S" + i, "S" + i, Side.SELL)
                    .limit(BigDecimal.valueOf(100_000 + r.nextInt(500_001), 6).toPlainString())
                    .quantity(BigDecimal.valueOf(1_000_000 + r.nextInt(49_000_001), 6).toPlainString())
                    .energyType(types[i % 3]).credit(BigDecimal.valueOf(50 + r.nextInt(51))).time(i).build());
        }
        orders.add(buyer);
        KPrototypesMatcher matcher = KPrototypesMatcher.from(Config.builder("m").put("clusters", "1").build());
        List<KPrototypesProfile> profiles = orders.stream().map(matcher::profile).toList();
        double[] range = KPrototypesMatcher.ranges(profiles);
        range[4] = 10; // the buyer's acceptable loss (default maxLossPercent)

        // public ranges, exact: max - min over the batch of each attribute
        List<NumericAttribute> numeric = new ArrayList<>();
        List<BigDecimal> exactRange = List.of(exactRange(orders, 0), exactRange(orders, 1), BigDecimal.ONE,
                exactRange(orders, 3), BigDecimal.TEN);
        for (int l = 0; l < WEIGHTS.length; l++) {
            numeric.add(new NumericAttribute(KPrototypesMatcher.NUMERIC_NAMES.get(l), new BigDecimal(WEIGHTS[l]),
                    exactRange.get(l)));
        }
        List<CategoricalAttribute> categorical = List.of(
                new CategoricalAttribute("energyType", new BigDecimal("0.5"), KPrototypesProfile.CATEGORIES));
        PaillierEncryptor encryptor = PaillierEncryptor.standard(KEY.publicKey(), RANDOM);
        KeyHolder keyHolder = new KeyHolder(KEY.privateKey(), RANDOM, x -> { });
        EncryptedDissimilarity scorer = new EncryptedDissimilarity(numeric, categorical,
                BlindedMultiplier.create(encryptor, keyHolder, RANDOM));

        KPrototypesProfile bp = profiles.get(orders.size() - 1);
        EncryptedRecord eb = EncryptedRecord.encrypt(encryptor,
                List.of(buyer.limit().toDecimal(), buyer.quantity().toKwh(), BigDecimal.ONE, BigDecimal.valueOf(100),
                        BigDecimal.ZERO), List.of(EnergyType.WIND.ordinal()), categorical);
        for (int i = 0; i < 6; i++) {
            Order s = orders.get(i);
            BigDecimal loss = new BigDecimal("0.5").multiply(BigDecimal.valueOf(i)); // 0..2.5 %, 6 decimals
            EncryptedRecord es = EncryptedRecord.encrypt(encryptor,
                    List.of(s.limit().toDecimal(), s.quantity().toKwh(),
                            s.energyType().orElseThrow().isClean() ? BigDecimal.ONE : BigDecimal.ZERO,
                            s.credit().orElseThrow(), loss),
                    List.of(s.energyType().orElseThrow().ordinal()), categorical);
            BigDecimal decrypted = scorer.dissimilarity(keyHolder.decryptResult(scorer.score(eb, es)));
            double plain = matcher.dissimilarity(bp, profiles.get(i), s.quantity().toKwh().doubleValue(),
                    loss.doubleValue(), range);
            assertEquals(decrypted.doubleValue(), plain, 1e-9 * Math.max(1, plain), "seller " + s.id());
        }
        // the book has no locations (loss 0 for every pair): the matcher's first seller is the encrypted argmin
        // over the sellers within the buyer's limit
        MatchResult result = matcher.match(orders);
        String first = result.trades().get(0).sellOrder().value();
        int bestAll = -1;
        BigDecimal minAll = null;
        for (int i = 0; i < 6; i++) {
            Order s = orders.get(i);
            if (s.limit().compareTo(buyer.limit()) > 0) {
                continue;
            }
            EncryptedRecord es = EncryptedRecord.encrypt(encryptor,
                    List.of(s.limit().toDecimal(), s.quantity().toKwh(),
                            s.energyType().orElseThrow().isClean() ? BigDecimal.ONE : BigDecimal.ZERO,
                            s.credit().orElseThrow(), BigDecimal.ZERO),
                    List.of(s.energyType().orElseThrow().ordinal()), categorical);
            BigDecimal d = scorer.dissimilarity(keyHolder.decryptResult(scorer.score(eb, es)));
            if (minAll == null || d.compareTo(minAll) < 0) {
                minAll = d;
                bestAll = i;
            }
        }
        assertEquals("S" + bestAll, first, "the matcher's first seller is the encrypted argmin");
    }

    private static BigDecimal exactRange(List<Order> orders, int attribute) {
        BigDecimal min = null;
        BigDecimal max = null;
        for (Order o : orders) {
            BigDecimal v = switch (attribute) {
                case 0 -> o.limit().toDecimal();
                case 1 -> o.quantity().toKwh();
                default -> o.credit().orElse(BigDecimal.valueOf(100));
            };
            min = min == null || v.compareTo(min) < 0 ? v : min;
            max = max == null || v.compareTo(max) > 0 ? v : max;
        }
        return max.subtract(min, MathContext.DECIMAL128);
    }
}
