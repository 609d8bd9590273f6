/**
 * The node's HTTP API (JDK {@code com.sun.net.httpserver}, JSON by Jackson), its Prometheus metrics text, the
 * explorer dashboard served from the jar, and the per-client body-size and request-rate limits.
 */
package dev.eet.examples.node.http;
