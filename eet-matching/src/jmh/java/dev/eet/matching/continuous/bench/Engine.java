package dev.eet.matching.continuous.bench;

/** One order-book implementation driven by a {@link CommandStream}. */
interface Engine {
    /**
     * Applies one command of the stream.
     *
     * @param i the command's index
     * @return a value derived from the engine's output (traded quantity so far), so nothing is optimised away
     */
    long apply(int i);

    /** @return the total quantity traded so far */
    long traded();

    /** @return the number of trades so far */
    long trades();

    /** @return the number of resting orders */
    int resting();
}
