package dev.eet.examples.cli;

/** {@code eet meter}: read a real meter or serve a simulated one over Modbus RTU. */
final class MeterCommand extends UnavailableCommand {
    MeterCommand() {
        super("meter", "read a real meter or serve a simulated one over Modbus RTU", "meter read --driver NAME --port PORT [--unit N --map NAME --baud B] | meter simulate ...");
    }
}
