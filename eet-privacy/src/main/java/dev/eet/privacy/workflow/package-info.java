/**
 * The private trading workflow of privacy.md section 5 as an API a node can use: the records of each step
 * ({@link dev.eet.privacy.workflow.PrivacyRecord}), a {@link dev.eet.privacy.workflow.PrivateTradeProver} that
 * builds them from the secrets of whoever performs the step, and a {@link
 * dev.eet.privacy.workflow.PrivateTradeVerifier} that checks them from public data against a {@link
 * dev.eet.privacy.workflow.RecordLedger}.
 */
package dev.eet.privacy.workflow;
