/**
 * Forecast-deviation compensation (settlement.md section 2, [CloudEdge]): the default
 * {@link dev.eet.api.settlement.CompensationRule} ({@link dev.eet.settlement.compensation.GridPriceGapCompensationRule})
 * and {@link dev.eet.settlement.compensation.ForecastDeviationSettlement}, which settles a contracted trade against
 * metered actuals with any rule.
 */
package dev.eet.settlement.compensation;
