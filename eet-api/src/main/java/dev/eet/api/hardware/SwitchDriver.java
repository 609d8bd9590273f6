package dev.eet.api.hardware;

/** A relay or smart switch: accepts on/off commands and reports its state. */
public interface SwitchDriver extends AutoCloseable {

    /** @return the device id */
    String deviceId();

    /**
     * @param on the wanted state
     * @throws MeterException if the command could not be delivered
     */
    void set(boolean on);

    /**
     * @return whether the switch is on, as reported by the device
     * @throws MeterException if the state could not be read
     */
    boolean isOn();

    /** Releases the port. Idempotent. */
    @Override
    void close();
}
