package dev.eet.api.model;

import dev.eet.api.InvalidArgumentException;

/**
 * Where a participant connects: a geographic point or a node of a grid graph. A closed hierarchy.
 */
public sealed interface Location permits Location.GeoPoint, Location.GridNode {

    /**
     * A point on the earth (WGS-84 degrees). Coordinates are not money or energy, so doubles are fine.
     *
     * @param latitude degrees in [-90, 90]
     * @param longitude degrees in [-180, 180]
     */
    record GeoPoint(double latitude, double longitude) implements Location {
        private static final double EARTH_RADIUS_KM = 6371.0088;

        /** @throws InvalidArgumentException if a coordinate is out of range */
        public GeoPoint {
            if (!(latitude >= -90 && latitude <= 90)) {
                throw new InvalidArgumentException("location", "latitude", "must be in [-90, 90], was " + latitude);
            }
            if (!(longitude >= -180 && longitude <= 180)) {
                throw new InvalidArgumentException("location", "longitude", "must be in [-180, 180], was " + longitude);
            }
        }

        /**
         * Great-circle (haversine) distance.
         *
         * @param other another point
         * @return the distance in km
         */
        public double distanceKm(GeoPoint other) {
            double p1 = Math.toRadians(latitude);
            double p2 = Math.toRadians(other.latitude);
            double dp = p2 - p1;
            double dl = Math.toRadians(other.longitude - longitude);
            double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
            return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
        }
    }

    /**
     * A node of a grid graph (a bus, feeder or energy router), identified by name.
     *
     * @param id non-blank node id
     */
    record GridNode(String id) implements Location {
        /** @throws InvalidArgumentException if the id is blank */
        public GridNode {
            if (id == null || id.isBlank()) {
                throw new InvalidArgumentException("location", "gridNode", "must not be blank");
            }
        }
    }
}
