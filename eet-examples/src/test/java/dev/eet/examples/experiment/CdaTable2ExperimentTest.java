package dev.eet.examples.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/**
 * {@code cda-table2} against the worked example computed by hand from matching.md section 1 (beta 0.1, retail
 * 0.59, feed-in 0.31).
 *
 * <pre>
 * Table 1  sellers (price asc)            buyers (price desc)
 *          S1 0.41 res 0.34 220 kWh t1     B1 0.53 res 0.58 400 kWh t6
 *          S2 0.44 res 0.38 150 kWh t2     B2 0.50 res 0.56 200 kWh t7
 *          S3 0.48 res 0.40 180 kWh t3     B3 0.46 res 0.52 150 kWh t8
 *          S4 0.52 res 0.45 100 kWh t4     B5 0.43 res 0.49 100 kWh t10
 *          S5 0.57 res 0.47 120 kWh t5     B4 0.40 res 0.45 500 kWh t9
 * Round 1  S1-B1 220 @ (0.41+0.53)/2 = 0.47    S2-B1 150 @ 0.485    S3-B1 30 @ 0.505    S3-B2 150 @ 0.49
 *          S4 asks 0.52 > B2's 0.50: round 1 ends. askMax = 0.48 (S3), bidMin = 0.50 (B2).
 * Round 2  PS4 = 0.52 - 0.1(0.52-0.48) = 0.516, PS5 = 0.57 - 0.1(0.57-0.48) = 0.561
 *          PB2 = 0.50, PB3 = 0.46 + 0.1(0.50-0.46) = 0.464, PB5 = 0.437, PB4 = 0.41
 *          S4-B2 50 @ (0.516+0.50)/2 = 0.508 (0.516 &lt;= 0.56, 0.50 &gt;= 0.45)
 *          S4-B3 50 @ (0.516+0.464)/2 = 0.49 (0.516 &lt;= 0.52, 0.464 &gt;= 0.45)
 *          S5: 0.561 is above every remaining buyer's reserve (0.52, 0.49, 0.45): no trade
 * Grid     S5 sells 120 at 0.31; B3 buys 100, B4 500, B5 100 at 0.59
 * Money    peer 103.4 + 72.75 + 15.15 + 73.5 + 25.4 + 24.5 = 314.7 for 650 kWh
 *          buyers 314.7 + 700 * 0.59 = 727.7 vs 1350 * 0.59 = 796.5: saving 68.8 / 796.5 = 8.64 %
 *          sellers 314.7 + 120 * 0.31 = 351.9 vs 770 * 0.31 = 238.7: gain 113.2 / 238.7 = 47.42 %
 * </pre>
 */
class CdaTable2ExperimentTest {

    @Test
    void table2AndTheHeadlineMatchTheHandComputedExample() {
        ExperimentResult r = new CdaTable2Experiment().run(7);
        ObjectNode f = r.findings();
        assertEquals("""
                [{"seller":"S1","buyer":"B1","quantityKwh":220,"price":0.47,"round":1},\
                {"seller":"S2","buyer":"B1","quantityKwh":150,"price":0.485,"round":1},\
                {"seller":"S3","buyer":"B1","quantityKwh":30,"price":0.505,"round":1},\
                {"seller":"S3","buyer":"B2","quantityKwh":150,"price":0.49,"round":1},\
                {"seller":"S4","buyer":"B2","quantityKwh":50,"price":0.508,"round":2},\
                {"seller":"S4","buyer":"B3","quantityKwh":50,"price":0.49,"round":2}]""", f.get("table2").toString());
        assertEquals("""
                [{"participant":"S5","side":"SELL","quantityKwh":120,"price":0.31},\
                {"participant":"B3","side":"BUY","quantityKwh":100,"price":0.59},\
                {"participant":"B4","side":"BUY","quantityKwh":500,"price":0.59},\
                {"participant":"B5","side":"BUY","quantityKwh":100,"price":0.59}]""", f.get("gridTrades").toString());
        JsonNode s = f.get("summary");
        assertEquals("650", s.get("peerKwh").asText());
        assertEquals("700", s.get("gridImportKwh").asText());
        assertEquals("120", s.get("gridExportKwh").asText());
        assertEquals("727.7", s.get("buyerCost").decimalValue().toPlainString());
        assertEquals("796.5", s.get("buyerCostGridOnly").decimalValue().toPlainString());
        assertEquals("351.9", s.get("sellerRevenue").decimalValue().toPlainString());
        assertEquals("238.7", s.get("sellerRevenueGridOnly").decimalValue().toPlainString());
        assertEquals("8.64", f.get("headline").get("buyerSavingPercent").decimalValue().toPlainString());
        assertEquals("47.42", f.get("headline").get("sellerGainPercent").decimalValue().toPlainString());
        assertEquals(10, f.get("table1").size());
    }

    @Test
    void theSpecsOwnRowsS1AndB1ClearAsNodeMdSays() {
        // node.md: S1 220 kWh at 0.41 meets B1 400 kWh at 0.53 -> 220 kWh at 0.47 in round 1 (the first row of Table 2)
        JsonNode first = new CdaTable2Experiment().run(7).findings().get("table2").get(0);
        assertEquals("{\"seller\":\"S1\",\"buyer\":\"B1\",\"quantityKwh\":220,\"price\":0.47,\"round\":1}",
                first.toString());
    }

    @Test
    void tableCsvListsPeerThenGridTrades() {
        Table t = new CdaTable2Experiment().run(7).table();
        assertEquals("kind,round,seller,buyer,quantityKwh,price,amount\n"
                + "peer,1,S1,B1,220,0.47,103.4\n"
                + "peer,1,S2,B1,150,0.485,72.75\n"
                + "peer,1,S3,B1,30,0.505,15.15\n"
                + "peer,1,S3,B2,150,0.49,73.5\n"
                + "peer,2,S4,B2,50,0.508,25.4\n"
                + "peer,2,S4,B3,50,0.49,24.5\n"
                + "grid,,S5,GRID,120,0.31,37.2\n"
                + "grid,,GRID,B3,100,0.59,59\n"
                + "grid,,GRID,B4,500,0.59,295\n"
                + "grid,,GRID,B5,100,0.59,59\n", t.toCsv());
    }
}
