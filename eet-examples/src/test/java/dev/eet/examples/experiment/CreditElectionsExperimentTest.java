package dev.eet.examples.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** {@code credit-elections}: the direction [Credit] reports, on 1000 seeded random-vote elections. */
class CreditElectionsExperimentTest {
    private final ExperimentResult r = new CreditElectionsExperiment().run(7);

    private int count(String exp, String node) {
        return r.findings().get("experiments").get(exp).get("selections").get(node).asInt();
    }

    @Test
    void higherCreditIsElectedMoreOftenAndRandomVotesLetRunnersUpIn() {
        JsonNode dir = r.findings().get("direction");
        assertTrue(dir.get("reproduced").asBoolean(), dir.toString());
        // credit + votes: the two strongest nodes nearly always, the weakest standing node less than the strongest
        assertTrue(count("creditAndVotes", "1") + count("creditAndVotes", "2") > 1900, r.findings().toString());
        assertTrue(count("creditAndVotes", "1") > count("creditAndVotes", "9"));
        assertTrue(count("creditAndVotes", "3") > count("creditAndVotes", "6"));
        assertTrue(dir.get("spearmanCreditVsSelections").asDouble() > 0.8, dir.toString());
        // votes only: selection no longer follows credit
        assertTrue(dir.get("spearmanCreditVsSelectionsVotesOnly").asDouble()
                < dir.get("spearmanCreditVsSelections").asDouble(), dir.toString());
        assertTrue(count("votesOnly", "9") > 100, "a weak node is elected often when only random votes count");
        // credit loss pushes nodes 1 and 2 down
        assertTrue(count("creditLoss", "1") < count("creditAndVotes", "1"));
        assertTrue(count("creditLoss", "2") < count("creditAndVotes", "2"));
        for (String exp : new String[] {"creditAndVotes", "votesOnly", "creditLoss"}) {
            int sum = 0;
            for (int n = 1; n <= 10; n++) {
                sum += count(exp, Integer.toString(n));
            }
            assertEquals(3000, sum, exp + ": rounds x delegates");
            assertEquals(0, count(exp, "10"), exp + ": the buyer never stands");
        }
    }

    @Test
    void sameSeedSameFindingsOtherSeedOtherVotes() {
        String a = ExperimentOutput.json(r);
        assertEquals(a, ExperimentOutput.json(new CreditElectionsExperiment().run(7)));
        assertNotEquals(a, ExperimentOutput.json(new CreditElectionsExperiment().run(8)));
    }
}
