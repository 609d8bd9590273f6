/**
 * The reference node, the {@code eet} command line, the demo and reproductions of published experiments. This is
 * the only module that assembles every other module and the only one that uses Jackson.
 */
package dev.eet.examples;
