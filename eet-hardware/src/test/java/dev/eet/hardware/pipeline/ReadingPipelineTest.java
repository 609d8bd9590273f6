package dev.eet.hardware.pipeline;

import static dev.eet.hardware.pipeline.ReadingPipelineProperties.T;
import static dev.eet.hardware.pipeline.ReadingPipelineProperties.T0;
import static dev.eet.hardware.pipeline.ReadingPipelineProperties.reading;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.eet.api.model.MeterReading;
import dev.eet.api.model.ReadingQuality;
import dev.eet.api.value.Bytes;
import dev.eet.api.value.Energy;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Worked examples of the pipeline and of signing. */
class ReadingPipelineTest {

    @Test
    void sampleAcrossABoundaryIsSplitByTime() {
        ReadingPipeline p = new ReadingPipeline("m1", T, Duration.ofHours(1));
        p.accept(reading(T0, 0, 0));
        p.accept(reading(T0.plus(Duration.ofMinutes(10)), 1_000_000, 0));
        p.accept(reading(T0.plus(Duration.ofMinutes(20)), 2_000_000, 500_000));
        p.accept(reading(T0.plus(Duration.ofMinutes(30)), 2_000_000, 500_000));
        List<PeriodEnergy> out = p.close(T0.plus(Duration.ofHours(1)));
        assertEquals(2, out.size());
        assertEquals(Energy.ofKwh("1.5"), out.get(0).imported(), "1 kWh by 0:10 plus half of the next 10 minutes");
        assertEquals(Energy.ofKwh("0.25"), out.get(0).exported());
        assertEquals(Energy.ofKwh("0.5"), out.get(1).imported());
        assertEquals(Energy.ofKwh("-0.25"), out.get(1).net(), "net = exported - imported");
        assertEquals(ReadingQuality.GOOD, out.get(0).quality());
    }

    @Test
    void outcomesNameWhatHappened() {
        ReadingPipeline p = new ReadingPipeline("m1", T, Duration.ofHours(1));
        MeterReading a = reading(T0, 0, 0);
        assertEquals(ReadingPipeline.Outcome.ACCEPTED, p.accept(a));
        assertEquals(ReadingPipeline.Outcome.DUPLICATE, p.accept(a));
        assertEquals(ReadingPipeline.Outcome.CONFLICT, p.accept(reading(T0, 5, 0)));
        assertEquals(ReadingPipeline.Outcome.WRONG_DEVICE, p.accept(new MeterReading("m2", T0, Energy.ZERO, Energy.ZERO,
                a.activePower(), a.voltage(), a.current(), ReadingQuality.GOOD)));
        assertEquals(ReadingPipeline.Outcome.BAD_QUALITY, p.accept(new MeterReading("m1", T0.plusSeconds(1), Energy.ZERO,
                Energy.ZERO, a.activePower(), a.voltage(), a.current(), ReadingQuality.BAD)));
        p.accept(reading(T0.plus(Duration.ofMinutes(20)), 2_000_000, 0));
        assertEquals(1, p.close(T0.plus(Duration.ofMinutes(20))).size());
        assertEquals(T0.plus(T), p.closedUntil());
        assertEquals(ReadingPipeline.Outcome.LATE, p.accept(reading(T0.plus(Duration.ofMinutes(5)), 1, 0)),
                "a closed period never changes");
        assertEquals(ReadingPipeline.Outcome.LATE, p.accept(reading(T0.plus(Duration.ofMinutes(17)), 1_900_000, 0)),
                "a sample before the one that closed the boundary would move the interpolated boundary");
        assertEquals(ReadingPipeline.Outcome.DUPLICATE, p.accept(reading(T0.plus(Duration.ofMinutes(20)), 2_000_000, 0)));
    }

    @Test
    void longGapIsEstimated() {
        List<PeriodEnergy> out = ReadingPipeline.periods("m1", List.of(reading(T0, 0, 0),
                reading(T0.plus(Duration.ofHours(3)), 3_000_000, 0)), T, Duration.ofHours(1));
        assertEquals(12, out.size());
        assertTrue(out.stream().allMatch(p -> p.quality() == ReadingQuality.ESTIMATED));
        assertTrue(out.stream().allMatch(p -> p.imported().equals(Energy.ofKwh("0.25"))));
    }

    @Test
    void ed25519MatchesRfc8032TestVector1() {
        HexFormat hex = HexFormat.of();
        Ed25519Signer s = Ed25519Signer.fromSeed(hex.parseHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"));
        assertEquals("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a", s.publicKey().toHex());
        assertEquals("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b",
                s.sign(new byte[0]).toHex());
    }

    @Test
    void signedReadingsAndPeriodsVerifyAndTamperingIsCaught() {
        Ed25519Signer node = Ed25519Signer.fromSeed(new byte[32]);
        MeterReading r = reading(T0, 1_000_000, 2_000_000);
        SignedReading signed = SignedReading.sign(r, node);
        assertTrue(signed.verify());
        MeterReading forged = reading(T0, 1_000_000, 2_000_001);
        assertFalse(new SignedReading(forged, "Ed25519", signed.publicKey(), signed.signature()).verify());
        Ed25519Signer other = Ed25519Signer.generate();
        assertFalse(new SignedReading(r, "Ed25519", other.publicKey(), signed.signature()).verify());
        assertFalse(new SignedReading(r, "Ed25519", signed.publicKey(), Bytes.of(new byte[64])).verify());
        PeriodEnergy p = ReadingPipeline.periods("m1", List.of(r, reading(T0.plus(T), 1_500_000, 2_000_000)), T,
                Duration.ofHours(1)).get(0);
        SignedPeriodEnergy sp = SignedPeriodEnergy.sign(p, node);
        assertTrue(sp.verify());
        assertFalse(new SignedPeriodEnergy(new PeriodEnergy(p.deviceId(), p.start(), p.end(), p.imported(),
                Energy.ofKwh("0.001"), p.quality(), p.resetDetected()), "Ed25519", sp.publicKey(), sp.signature()).verify());
        assertEquals(SignedReading.sign(r, node), signed, "Ed25519 signatures are deterministic");
    }
}
