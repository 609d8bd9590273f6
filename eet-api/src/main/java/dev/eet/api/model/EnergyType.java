package dev.eet.api.model;

/** The source of the energy an order offers or asks for. */
public enum EnergyType {
    /** Fossil-fuelled generation. */
    THERMAL,
    /** Wind turbines. */
    WIND,
    /** Hydro power. */
    HYDRO,
    /** Photovoltaics and solar thermal. */
    SOLAR,
    /** Biomass and biogas. */
    BIOMASS,
    /** Discharge of a battery or other storage. */
    STORAGE,
    /** Energy drawn from the public grid (mix unknown). */
    GRID;

    /** @return whether this type counts as renewable (WIND, SOLAR, HYDRO, BIOMASS), as in the renewable-first auction */
    public boolean isRenewable() {
        return this == WIND || this == SOLAR || this == HYDRO || this == BIOMASS;
    }

    /** @return whether this type counts as clean energy in reports (every type but THERMAL and GRID) */
    public boolean isClean() {
        return this != THERMAL && this != GRID;
    }
}
