package dev.eet.consensus.election;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** The partial selection agrees with a full sort (score, then position), ties and duplicates included. */
class TopKProperties {

    @Provide
    Arbitrary<List<Double>> scores() {
        // few distinct values so that ties are frequent; 0.0 and negative values included
        return Arbitraries.of(-2.5, -1.0, 0.0, 0.5, 1.0, 3.0, 7.25, 1e300).list().ofMaxSize(300);
    }

    @Property(tries = 300)
    void selectsTheSamePrefixAsAFullSort(@ForAll("scores") List<Double> scores, @ForAll @IntRange(min = 0, max = 320) int k,
                                          @ForAll boolean highestFirst) {
        double[] s = scores.stream().mapToDouble(Double::doubleValue).toArray();
        Comparator<Integer> byScore = Comparator.comparingDouble(i -> s[i]);
        Comparator<Integer> order = (highestFirst ? byScore.reversed() : byScore).thenComparing(i -> i);
        int[] expected = IntStream.range(0, s.length).boxed().sorted(order).limit(k).mapToInt(Integer::intValue).toArray();
        assertArrayEquals(expected, TopK.select(s, s.length, k, highestFirst));
    }

    @Property(tries = 200)
    void readsOnlyTheFirstNScores(@ForAll @Size(max = 50) List<@IntRange(max = 9) Integer> values,
                                  @ForAll @IntRange(max = 60) int n) {
        double[] s = new double[values.size() + 5];
        for (int i = 0; i < values.size(); i++) {
            s[i] = values.get(i);
        }
        s[values.size()] = 1e9;         // beyond n: must never be selected
        int used = Math.min(n, values.size());
        int[] top = TopK.select(s, used, 3, true);
        assertEquals(Math.min(3, used), top.length);
        for (int p : top) {
            assertEquals(true, p < used, "position " + p + " is beyond n");
        }
    }

    @Property(tries = 500)
    void plainIntegerParsingMatchesParseDouble(@ForAll @IntRange(min = -3, max = 3) int sign, @ForAll long magnitude) {
        String text = (sign < 0 ? "-" : sign > 0 ? "+" : "") + Long.toString(Math.abs(magnitude % 1_000_000_000_000_000L));
        double fast = CandidateAttributes.plainInteger(text);
        if (text.replace("-", "").replace("+", "").length() <= 15) {
            assertEquals(Double.doubleToRawLongBits(Double.parseDouble(text)), Double.doubleToRawLongBits(fast), text);
        } else {
            assertEquals(true, Double.isNaN(fast), "too long for the fast path: " + text);
        }
    }

    @Property(tries = 50)
    void textThatIsNotAPlainIntegerFallsBack(@ForAll("notPlain") String text) {
        assertEquals(true, Double.isNaN(CandidateAttributes.plainInteger(text)), text);
    }

    @Provide
    Arbitrary<String> notPlain() {
        return Arbitraries.of("", "-", "+", "1.5", "1e3", "0x10", "12d", "NaN", "Infinity", "1 2", "--1", "١٢");
    }
}
