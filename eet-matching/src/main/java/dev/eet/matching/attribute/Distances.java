package dev.eet.matching.attribute;

import dev.eet.api.model.Location;
import dev.eet.api.model.Order;
import java.util.Optional;

/**
 * Distances between the connection points of two orders. Two geographic points: the great-circle distance. Two
 * grid nodes: 0 when it is the same node, otherwise unknown. Unknown (a location missing on either side, a node
 * against a point, two different nodes: no grid graph is modelled) counts as 0 km, i.e. no transmission loss.
 */
public final class Distances {
    private Distances() {
    }

    /**
     * @param a one order
     * @param b another
     * @return the distance in km, 0 when unknown (see the class documentation)
     */
    public static double km(Order a, Order b) {
        Optional<Location> la = a.location();
        Optional<Location> lb = b.location();
        if (la.isPresent() && lb.isPresent() && la.get() instanceof Location.GeoPoint pa
                && lb.get() instanceof Location.GeoPoint pb) {
            return pa.distanceKm(pb);
        }
        return 0;
    }
}
