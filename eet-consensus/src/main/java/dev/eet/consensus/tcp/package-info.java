/**
 * The real TCP transport [consensus.md section 2]: length-prefixed frames, peers authenticated by their Ed25519
 * keys through a mutual nonce-signing handshake, bounded per-peer send queues with back-pressure, reconnect with
 * exponential backoff. Entry point: {@link dev.eet.consensus.tcp.TcpTransport}.
 */
package dev.eet.consensus.tcp;
