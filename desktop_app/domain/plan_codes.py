"""The official code lists of a plan's contents: mitigation actions, climate risks,
adaptation actions and energy poverty, stored as the codes the Covenant itself uses.

Sources (codes as the Commission's research centre writes them in its action tables):
- the JRC's "GCoM-MyCovenant" open dataset, mitigation action table (columns `Sector`,
  `Area_of_intervention`, `Origin of the action`, `Status of implementation`,
  `Policy type`; codes such as RESIDENTIAL_BUILDINGS, ONGOING, AWARENESS_RAISING_TRAINING),
  https://data.jrc.ec.europa.eu/collection/id-00354 (reuse under Commission Decision
  2011/833/EU);
- "The Covenant of Mayors for Climate and Energy Reporting Guidelines", JRC103031 (2016,
  https://publications.jrc.ec.europa.eu/repository/handle/JRC103031): the SECAP template's
  lists of areas of intervention per sector, policy instruments, implementation statuses,
  climate hazards (with probability, impact, expected change and timeframe), vulnerable
  sectors and population groups;
- the 2025 energy poverty pillar of the MyCovenant template (indicators by macro-area).
The action sectors are the template's sector codes, shared with the inventories
(enums.InventorySector). Codes never change once released; labels go through the catalogue
(context "Enum"). Each list's labels are added to enums.LABELS when this module loads,
which is always before a member of it exists, so i18n.label() finds them.
"""

from __future__ import annotations

from enum import StrEnum

from . import enums
from .enums import InventorySector
from .i18n_markers import QT_TRANSLATE_NOOP as N_

ActionSector = InventorySector
"""A mitigation action's sector: the template's sector codes (inventory rows too)."""


class ActionStatus(StrEnum):
    NOT_STARTED = "NOT_STARTED"
    ONGOING = "ONGOING"
    COMPLETED = "COMPLETED"
    POSTPONED = "POSTPONED"


class ActionOrigin(StrEnum):
    LOCAL_AUTHORITY = "LOCAL_AUTHORITY"
    COVENANT_TERRITORIAL_COORDINATOR = "COVENANT_TERRITORIAL_COORDINATOR"
    OTHER = "OTHER"
    NOT_POSSIBLE_TO_SAY = "NOT_POSSIBLE_TO_SAY"


class PolicyInstrument(StrEnum):
    AWARENESS_RAISING_TRAINING = "AWARENESS_RAISING_TRAINING"
    PUBLIC_PROCUREMENT = "PUBLIC_PROCUREMENT"
    ENERGY_MANAGEMENT = "ENERGY_MANAGEMENT"
    BUILDING_STANDARDS = "BUILDING_STANDARDS"
    LAND_USE_PLANNING = "LAND_USE_PLANNING"
    MOBILITY_PLANNING_REGULATION = "MOBILITY_PLANNING_REGULATION"
    GRANTS_AND_SUBSIDIES = "GRANTS_AND_SUBSIDIES"
    THIRD_PARTY_FINANCING = "THIRD_PARTY_FINANCING"
    ENERGY_CERTIFICATION_LABELLING = "ENERGY_CERTIFICATION_LABELLING"
    ENERGY_SUPPLIERS_OBLIGATIONS = "ENERGY_SUPPLIERS_OBLIGATIONS"
    VOLUNTARY_AGREEMENTS_WITH_STAKEHOLDERS = "VOLUNTARY_AGREEMENTS_WITH_STAKEHOLDERS"
    INTEGRATED_TICKETING_AND_CHARGING = "INTEGRATED_TICKETING_AND_CHARGING"
    OTHER = "OTHER"


class AreaOfIntervention(StrEnum):
    """The template's areas of intervention, grouped by the sectors that offer them."""

    # Buildings (municipal, tertiary, residential) and industry
    BUILDING_ENVELOPE = "BUILDING_ENVELOPE"
    RENEWABLE_ENERGY_FOR_SPACE_HEATING_AND_HOT_WATER = (
        "RENEWABLE_ENERGY_FOR_SPACE_HEATING_AND_HOT_WATER"
    )
    ENERGY_EFFICIENCY_IN_SPACE_HEATING_AND_HOT_WATER = (
        "ENERGY_EFFICIENCY_IN_SPACE_HEATING_AND_HOT_WATER"
    )
    ENERGY_EFFICIENT_LIGHTING_SYSTEMS = "ENERGY_EFFICIENT_LIGHTING_SYSTEMS"
    ENERGY_EFFICIENT_ELECTRICAL_APPLIANCES = "ENERGY_EFFICIENT_ELECTRICAL_APPLIANCES"
    INTEGRATED_ACTION = "INTEGRATED_ACTION"
    ENERGY_EFFICIENCY_IN_INDUSTRIAL_PROCESSES = "ENERGY_EFFICIENCY_IN_INDUSTRIAL_PROCESSES"
    RENEWABLE_ENERGY = "RENEWABLE_ENERGY"
    # Public lighting
    ENERGY_EFFICIENCY = "ENERGY_EFFICIENCY"
    # Transport
    CLEANER_EFFICIENT_VEHICLES = "CLEANER_EFFICIENT_VEHICLES"
    ELECTRIC_VEHICLES = "ELECTRIC_VEHICLES"
    MODAL_SHIFT_TO_PUBLIC_TRANSPORT = "MODAL_SHIFT_TO_PUBLIC_TRANSPORT"
    MODAL_SHIFT_TO_WALKING_AND_CYCLING = "MODAL_SHIFT_TO_WALKING_AND_CYCLING"
    CAR_SHARING_POOLING = "CAR_SHARING_POOLING"
    LOGISTICS_AND_URBAN_FREIGHT = "LOGISTICS_AND_URBAN_FREIGHT"
    ROAD_NETWORK_OPTIMISATION = "ROAD_NETWORK_OPTIMISATION"
    MIXED_USE_DEVELOPMENT_AND_SPRAWL_CONTAINMENT = "MIXED_USE_DEVELOPMENT_AND_SPRAWL_CONTAINMENT"
    ECO_DRIVING = "ECO_DRIVING"
    # Local electricity and heat/cold production
    HYDROELECTRIC_POWER = "HYDROELECTRIC_POWER"
    WIND_POWER = "WIND_POWER"
    PHOTOVOLTAICS = "PHOTOVOLTAICS"
    BIOMASS_POWER_PLANT = "BIOMASS_POWER_PLANT"
    COMBINED_HEAT_AND_POWER = "COMBINED_HEAT_AND_POWER"
    SMART_GRIDS = "SMART_GRIDS"
    DISTRICT_HEATING_COOLING_PLANT = "DISTRICT_HEATING_COOLING_PLANT"
    DISTRICT_HEATING_COOLING_NETWORK = "DISTRICT_HEATING_COOLING_NETWORK"
    # Any sector
    ICT = "ICT"
    BEHAVIOURAL_CHANGES = "BEHAVIOURAL_CHANGES"
    # Others
    URBAN_REGENERATION = "URBAN_REGENERATION"
    WASTE_AND_WASTEWATER_MANAGEMENT = "WASTE_AND_WASTEWATER_MANAGEMENT"
    TREE_PLANTING_IN_URBAN_AREAS = "TREE_PLANTING_IN_URBAN_AREAS"
    AGRICULTURE_AND_FORESTRY = "AGRICULTURE_AND_FORESTRY"
    OTHER = "OTHER"


class Hazard(StrEnum):
    """The Covenant's climate hazards (risk and vulnerability assessment)."""

    EXTREME_HEAT = "EXTREME_HEAT"
    EXTREME_COLD = "EXTREME_COLD"
    HEAVY_PRECIPITATION = "HEAVY_PRECIPITATION"
    FLOODS = "FLOODS"
    SEA_LEVEL_RISE = "SEA_LEVEL_RISE"
    DROUGHTS = "DROUGHTS"
    STORMS = "STORMS"
    MASS_MOVEMENT = "MASS_MOVEMENT"
    WILDFIRES = "WILDFIRES"
    BIOLOGICAL_HAZARDS = "BIOLOGICAL_HAZARDS"
    OTHER = "OTHER"


class RiskLevel(StrEnum):
    """A hazard's current probability or impact."""

    LOW = "LOW"
    MODERATE = "MODERATE"
    HIGH = "HIGH"
    NOT_KNOWN = "NOT_KNOWN"


class ExpectedChange(StrEnum):
    """Expected change in the hazard's intensity and frequency."""

    INCREASE = "INCREASE"
    DECREASE = "DECREASE"
    NO_CHANGE = "NO_CHANGE"
    NOT_KNOWN = "NOT_KNOWN"


class Timeframe(StrEnum):
    """When the change is expected."""

    CURRENT = "CURRENT"
    SHORT_TERM = "SHORT_TERM"
    MEDIUM_TERM = "MEDIUM_TERM"
    LONG_TERM = "LONG_TERM"
    NOT_KNOWN = "NOT_KNOWN"


class VulnerableSector(StrEnum):
    """Sectors exposed to a hazard, and those an adaptation action addresses."""

    BUILDINGS = "BUILDINGS"
    TRANSPORT = "TRANSPORT"
    ENERGY = "ENERGY"
    WATER = "WATER"
    WASTE = "WASTE"
    LAND_USE_PLANNING = "LAND_USE_PLANNING"
    AGRICULTURE_AND_FORESTRY = "AGRICULTURE_AND_FORESTRY"
    ENVIRONMENT_AND_BIODIVERSITY = "ENVIRONMENT_AND_BIODIVERSITY"
    HEALTH = "HEALTH"
    CIVIL_PROTECTION_AND_EMERGENCY = "CIVIL_PROTECTION_AND_EMERGENCY"
    TOURISM = "TOURISM"
    EDUCATION = "EDUCATION"
    ICT = "ICT"
    OTHER = "OTHER"


class PopulationGroup(StrEnum):
    """Population groups vulnerable to a hazard."""

    WOMEN_AND_GIRLS = "WOMEN_AND_GIRLS"
    CHILDREN = "CHILDREN"
    YOUTH = "YOUTH"
    ELDERLY = "ELDERLY"
    MARGINALISED_GROUPS = "MARGINALISED_GROUPS"
    PERSONS_WITH_DISABILITIES = "PERSONS_WITH_DISABILITIES"
    PERSONS_WITH_CHRONIC_DISEASES = "PERSONS_WITH_CHRONIC_DISEASES"
    LOW_INCOME_HOUSEHOLDS = "LOW_INCOME_HOUSEHOLDS"
    UNEMPLOYED_PERSONS = "UNEMPLOYED_PERSONS"
    PERSONS_IN_SUBSTANDARD_HOUSING = "PERSONS_IN_SUBSTANDARD_HOUSING"
    MIGRANTS_AND_DISPLACED = "MIGRANTS_AND_DISPLACED"
    OTHER = "OTHER"


class PovertyArea(StrEnum):
    """Macro-areas of the energy poverty pillar's indicators."""

    BUILDINGS = "BUILDINGS"
    TRANSPORT = "TRANSPORT"
    ENERGY_AND_INCOME = "ENERGY_AND_INCOME"
    ACCESS_TO_ENERGY = "ACCESS_TO_ENERGY"
    OTHER = "OTHER"


KEY_SECTOR_OF: dict[str, enums.Sector] = {
    InventorySector.MUNICIPAL: enums.Sector.MUNICIPAL,
    InventorySector.PUBLIC_LIGHTING: enums.Sector.MUNICIPAL,
    InventorySector.TERTIARY: enums.Sector.TERTIARY,
    InventorySector.RESIDENTIAL: enums.Sector.RESIDENTIAL,
    InventorySector.TRANSPORT: enums.Sector.TRANSPORT,
}
"""The plan's key sector an action's sector counts for (public lighting is municipal)."""

_PAIRS: tuple[tuple[StrEnum, str], ...] = (
    (ActionStatus.NOT_STARTED, N_("Enum", "Not started")),
    (ActionStatus.ONGOING, N_("Enum", "Ongoing")),
    (ActionStatus.COMPLETED, N_("Enum", "Completed")),
    (ActionStatus.POSTPONED, N_("Enum", "Postponed")),
    (ActionOrigin.LOCAL_AUTHORITY, N_("Enum", "Local authority")),
    (ActionOrigin.COVENANT_TERRITORIAL_COORDINATOR, N_("Enum", "Covenant coordinator")),
    (ActionOrigin.OTHER, N_("Enum", "Other")),
    (ActionOrigin.NOT_POSSIBLE_TO_SAY, N_("Enum", "Not possible to say")),
    (PolicyInstrument.AWARENESS_RAISING_TRAINING, N_("Enum", "Awareness raising / training")),
    (PolicyInstrument.PUBLIC_PROCUREMENT, N_("Enum", "Public procurement")),
    (PolicyInstrument.ENERGY_MANAGEMENT, N_("Enum", "Energy management")),
    (PolicyInstrument.BUILDING_STANDARDS, N_("Enum", "Building standards")),
    (PolicyInstrument.LAND_USE_PLANNING, N_("Enum", "Land use planning regulation")),
    (PolicyInstrument.MOBILITY_PLANNING_REGULATION, N_("Enum", "Mobility planning regulation")),
    (PolicyInstrument.GRANTS_AND_SUBSIDIES, N_("Enum", "Grants and subsidies")),
    (PolicyInstrument.THIRD_PARTY_FINANCING, N_("Enum", "Third-party financing, PPP")),
    (
        PolicyInstrument.ENERGY_CERTIFICATION_LABELLING,
        N_("Enum", "Energy certification / labelling"),
    ),
    (PolicyInstrument.ENERGY_SUPPLIERS_OBLIGATIONS, N_("Enum", "Energy suppliers' obligations")),
    (
        PolicyInstrument.VOLUNTARY_AGREEMENTS_WITH_STAKEHOLDERS,
        N_("Enum", "Voluntary agreements with stakeholders"),
    ),
    (
        PolicyInstrument.INTEGRATED_TICKETING_AND_CHARGING,
        N_("Enum", "Integrated ticketing and charging"),
    ),
    (PolicyInstrument.OTHER, N_("Enum", "Other")),
    (AreaOfIntervention.BUILDING_ENVELOPE, N_("Enum", "Building envelope")),
    (
        AreaOfIntervention.RENEWABLE_ENERGY_FOR_SPACE_HEATING_AND_HOT_WATER,
        N_("Enum", "Renewable energy for space heating and hot water"),
    ),
    (
        AreaOfIntervention.ENERGY_EFFICIENCY_IN_SPACE_HEATING_AND_HOT_WATER,
        N_("Enum", "Energy efficiency in space heating and hot water"),
    ),
    (
        AreaOfIntervention.ENERGY_EFFICIENT_LIGHTING_SYSTEMS,
        N_("Enum", "Energy-efficient lighting systems"),
    ),
    (
        AreaOfIntervention.ENERGY_EFFICIENT_ELECTRICAL_APPLIANCES,
        N_("Enum", "Energy-efficient electrical appliances"),
    ),
    (AreaOfIntervention.INTEGRATED_ACTION, N_("Enum", "Integrated action")),
    (
        AreaOfIntervention.ENERGY_EFFICIENCY_IN_INDUSTRIAL_PROCESSES,
        N_("Enum", "Energy efficiency in industrial processes"),
    ),
    (AreaOfIntervention.RENEWABLE_ENERGY, N_("Enum", "Renewable energy")),
    (AreaOfIntervention.ENERGY_EFFICIENCY, N_("Enum", "Energy efficiency")),
    (AreaOfIntervention.CLEANER_EFFICIENT_VEHICLES, N_("Enum", "Cleaner and efficient vehicles")),
    (AreaOfIntervention.ELECTRIC_VEHICLES, N_("Enum", "Electric vehicles and infrastructure")),
    (
        AreaOfIntervention.MODAL_SHIFT_TO_PUBLIC_TRANSPORT,
        N_("Enum", "Modal shift to public transport"),
    ),
    (
        AreaOfIntervention.MODAL_SHIFT_TO_WALKING_AND_CYCLING,
        N_("Enum", "Modal shift to walking and cycling"),
    ),
    (AreaOfIntervention.CAR_SHARING_POOLING, N_("Enum", "Car sharing and pooling")),
    (
        AreaOfIntervention.LOGISTICS_AND_URBAN_FREIGHT,
        N_("Enum", "Logistics and urban freight transport"),
    ),
    (AreaOfIntervention.ROAD_NETWORK_OPTIMISATION, N_("Enum", "Road network optimisation")),
    (
        AreaOfIntervention.MIXED_USE_DEVELOPMENT_AND_SPRAWL_CONTAINMENT,
        N_("Enum", "Mixed-use development and sprawl containment"),
    ),
    (AreaOfIntervention.ECO_DRIVING, N_("Enum", "Eco-driving")),
    (AreaOfIntervention.HYDROELECTRIC_POWER, N_("Enum", "Hydroelectric power")),
    (AreaOfIntervention.WIND_POWER, N_("Enum", "Wind power")),
    (AreaOfIntervention.PHOTOVOLTAICS, N_("Enum", "Photovoltaics")),
    (AreaOfIntervention.BIOMASS_POWER_PLANT, N_("Enum", "Biomass power plant")),
    (AreaOfIntervention.COMBINED_HEAT_AND_POWER, N_("Enum", "Combined heat and power")),
    (AreaOfIntervention.SMART_GRIDS, N_("Enum", "Smart grids")),
    (
        AreaOfIntervention.DISTRICT_HEATING_COOLING_PLANT,
        N_("Enum", "District heating/cooling plant"),
    ),
    (
        AreaOfIntervention.DISTRICT_HEATING_COOLING_NETWORK,
        N_("Enum", "District heating/cooling network"),
    ),
    (AreaOfIntervention.ICT, N_("Enum", "Information and communication technologies")),
    (AreaOfIntervention.BEHAVIOURAL_CHANGES, N_("Enum", "Behavioural changes")),
    (AreaOfIntervention.URBAN_REGENERATION, N_("Enum", "Urban regeneration")),
    (
        AreaOfIntervention.WASTE_AND_WASTEWATER_MANAGEMENT,
        N_("Enum", "Waste and wastewater management"),
    ),
    (
        AreaOfIntervention.TREE_PLANTING_IN_URBAN_AREAS,
        N_("Enum", "Tree planting in urban areas"),
    ),
    (AreaOfIntervention.AGRICULTURE_AND_FORESTRY, N_("Enum", "Agriculture and forestry")),
    (AreaOfIntervention.OTHER, N_("Enum", "Other")),
    (Hazard.EXTREME_HEAT, N_("Enum", "Extreme heat")),
    (Hazard.EXTREME_COLD, N_("Enum", "Extreme cold")),
    (Hazard.HEAVY_PRECIPITATION, N_("Enum", "Heavy precipitation")),
    (Hazard.FLOODS, N_("Enum", "Floods")),
    (Hazard.SEA_LEVEL_RISE, N_("Enum", "Sea level rise")),
    (Hazard.DROUGHTS, N_("Enum", "Droughts")),
    (Hazard.STORMS, N_("Enum", "Storms")),
    (Hazard.MASS_MOVEMENT, N_("Enum", "Mass movement")),
    (Hazard.WILDFIRES, N_("Enum", "Wildfires")),
    (Hazard.BIOLOGICAL_HAZARDS, N_("Enum", "Biological hazards")),
    (Hazard.OTHER, N_("Enum", "Other")),
    (RiskLevel.LOW, N_("Enum", "Low")),
    (RiskLevel.MODERATE, N_("Enum", "Moderate")),
    (RiskLevel.HIGH, N_("Enum", "High")),
    (RiskLevel.NOT_KNOWN, N_("Enum", "Not known")),
    (ExpectedChange.INCREASE, N_("Enum", "Increase")),
    (ExpectedChange.DECREASE, N_("Enum", "Decrease")),
    (ExpectedChange.NO_CHANGE, N_("Enum", "No change")),
    (ExpectedChange.NOT_KNOWN, N_("Enum", "Not known")),
    (Timeframe.CURRENT, N_("Enum", "Current")),
    (Timeframe.SHORT_TERM, N_("Enum", "Short term (up to 5 years)")),
    (Timeframe.MEDIUM_TERM, N_("Enum", "Medium term (5 to 15 years)")),
    (Timeframe.LONG_TERM, N_("Enum", "Long term (over 15 years)")),
    (Timeframe.NOT_KNOWN, N_("Enum", "Not known")),
    (VulnerableSector.BUILDINGS, N_("Enum", "Buildings")),
    (VulnerableSector.TRANSPORT, N_("Enum", "Transport")),
    (VulnerableSector.ENERGY, N_("Enum", "Energy")),
    (VulnerableSector.WATER, N_("Enum", "Water")),
    (VulnerableSector.WASTE, N_("Enum", "Waste")),
    (VulnerableSector.LAND_USE_PLANNING, N_("Enum", "Land use planning")),
    (VulnerableSector.AGRICULTURE_AND_FORESTRY, N_("Enum", "Agriculture and forestry")),
    (VulnerableSector.ENVIRONMENT_AND_BIODIVERSITY, N_("Enum", "Environment and biodiversity")),
    (VulnerableSector.HEALTH, N_("Enum", "Health")),
    (
        VulnerableSector.CIVIL_PROTECTION_AND_EMERGENCY,
        N_("Enum", "Civil protection and emergency"),
    ),
    (VulnerableSector.TOURISM, N_("Enum", "Tourism")),
    (VulnerableSector.EDUCATION, N_("Enum", "Education")),
    (VulnerableSector.ICT, N_("Enum", "Information and communication technologies")),
    (VulnerableSector.OTHER, N_("Enum", "Other")),
    (PopulationGroup.WOMEN_AND_GIRLS, N_("Enum", "Women and girls")),
    (PopulationGroup.CHILDREN, N_("Enum", "Children")),
    (PopulationGroup.YOUTH, N_("Enum", "Youth")),
    (PopulationGroup.ELDERLY, N_("Enum", "Elderly")),
    (PopulationGroup.MARGINALISED_GROUPS, N_("Enum", "Marginalised groups")),
    (PopulationGroup.PERSONS_WITH_DISABILITIES, N_("Enum", "Persons with disabilities")),
    (
        PopulationGroup.PERSONS_WITH_CHRONIC_DISEASES,
        N_("Enum", "Persons with chronic diseases"),
    ),
    (PopulationGroup.LOW_INCOME_HOUSEHOLDS, N_("Enum", "Low-income households")),
    (PopulationGroup.UNEMPLOYED_PERSONS, N_("Enum", "Unemployed persons")),
    (
        PopulationGroup.PERSONS_IN_SUBSTANDARD_HOUSING,
        N_("Enum", "Persons living in substandard housing"),
    ),
    (PopulationGroup.MIGRANTS_AND_DISPLACED, N_("Enum", "Migrants and displaced persons")),
    (PopulationGroup.OTHER, N_("Enum", "Other")),
    (PovertyArea.BUILDINGS, N_("Enum", "Buildings")),
    (PovertyArea.TRANSPORT, N_("Enum", "Transport")),
    (PovertyArea.ENERGY_AND_INCOME, N_("Enum", "Energy prices and income")),
    (PovertyArea.ACCESS_TO_ENERGY, N_("Enum", "Access to energy")),
    (PovertyArea.OTHER, N_("Enum", "Other")),
)

enums.LABELS.update({(type(m), m.value): text for m, text in _PAIRS})
