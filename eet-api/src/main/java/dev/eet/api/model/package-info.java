/**
 * The exchange's domain model: participants, orders and their sides, trades with peers and with the grid,
 * meter readings and delivery periods. All types are immutable values; constructors validate and throw
 * {@link dev.eet.api.InvalidArgumentException} (for orders {@link dev.eet.api.model.InvalidOrderException})
 * naming the field.
 */
package dev.eet.api.model;
