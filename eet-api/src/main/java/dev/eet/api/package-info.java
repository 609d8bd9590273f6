/**
 * EET's shared foundation: exact value types, the domain model and every service-provider interface.
 *
 * <h2>Error policy (all modules)</h2>
 * <ul>
 *   <li><b>Invalid configuration or arguments fail fast</b> with an {@link dev.eet.api.InvalidArgumentException}
 *       (or a subclass such as {@link dev.eet.api.model.InvalidOrderException}) whose message names the thing
 *       that is wrong (its <i>subject</i>, e.g. {@code order S1}) and the field ({@code quantityKwh}), and says
 *       why. Nothing is changed when such an exception is thrown.</li>
 *   <li><b>Expected outcomes are values</b>, not exceptions: an order rejected from a batch is an
 *       {@link dev.eet.api.matching.OrderRejection} in the {@link dev.eet.api.matching.MatchResult}; a proof that
 *       does not verify yields {@code false} or a result value carrying its id. Where an expected outcome must
 *       abort an operation it is a named subclass of {@link dev.eet.api.EetException} carrying the ids
 *       involved.</li>
 *   <li><b>Arithmetic never overflows silently</b>: the value types throw {@link java.lang.ArithmeticException}
 *       naming the type when a result does not fit.</li>
 * </ul>
 *
 * <h2>Determinism</h2>
 * Anything that depends on time or chance takes a {@link java.time.Clock} and a seed from its
 * {@link dev.eet.api.spi.Config}; same inputs and seed give the same output, byte for byte.
 */
package dev.eet.api;
