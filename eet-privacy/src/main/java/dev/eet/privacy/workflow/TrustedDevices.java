package dev.eet.privacy.workflow;

import java.security.PublicKey;
import java.util.Map;
import java.util.Optional;

/**
 * The public keys a verifier trusts, by role: energy routers (capacity and actuals), recharge interfaces
 * (deposits) and service nodes (match records).
 *
 * @param routers router name to key
 * @param rechargeInterfaces recharge interface name to key
 * @param serviceNodes service node name to key
 */
public record TrustedDevices(Map<String, PublicKey> routers, Map<String, PublicKey> rechargeInterfaces,
        Map<String, PublicKey> serviceNodes) {
    /** Copies the maps. */
    public TrustedDevices {
        routers = Map.copyOf(routers);
        rechargeInterfaces = Map.copyOf(rechargeInterfaces);
        serviceNodes = Map.copyOf(serviceNodes);
    }

    static Optional<PublicKey> key(Map<String, PublicKey> role, String name) {
        return Optional.ofNullable(role.get(name));
    }
}
