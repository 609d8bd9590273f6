/**
 * The {@code eet} command line: {@link dev.eet.examples.cli.Eet} dispatches to one {@link
 * dev.eet.examples.cli.Command} per subcommand. Exit codes: 0 success, 1 bad input (one line on standard error
 * naming the thing and the field), 2 usage error, 4 a violation found by {@code eet simulate}. {@code --debug}
 * adds stack traces.
 */
package dev.eet.examples.cli;
