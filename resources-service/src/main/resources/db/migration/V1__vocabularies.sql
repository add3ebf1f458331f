-- The controlled vocabularies of the catalogue (reference data): the landing page shows their
-- names beside the filter counts, and submissions are checked against them.
create table vocabulary (
    kind     varchar(32)  not null,
    code     varchar(32)  not null,
    name     varchar(100) not null,
    position smallint     not null,
    primary key (kind, code),
    unique (kind, position)
);

insert into vocabulary (kind, code, name, position) values
    ('resource-type', 'guide', 'Guide', 1),
    ('resource-type', 'manual-sop', 'Manual or standard operating procedure', 2),
    ('resource-type', 'training-kit', 'Training kit', 3),
    ('resource-type', 'e-learning', 'E-learning course', 4),
    ('resource-type', 'video', 'Video', 5),
    ('resource-type', 'factsheet-infographic', 'Factsheet or infographic', 6),
    ('resource-type', 'awareness-material', 'Awareness material', 7),
    ('resource-type', 'case-study', 'Case study', 8),
    ('resource-type', 'risk-assessment', 'Risk assessment', 9),
    ('resource-type', 'tool-software', 'Tool or software', 10),
    ('resource-type', 'webinar', 'Webinar', 11),
    ('resource-type', 'other', 'Other', 12),

    -- Topics are the network's areas of expertise, so that resources and experts meet.
    ('topic', 'e-commerce-platforms', 'E-commerce platforms', 1),
    ('topic', 'postal-courier', 'Postal and courier services', 2),
    ('topic', 'customs', 'Customs', 3),
    ('topic', 'inspection', 'Inspection', 4),
    ('topic', 'pest-risk-analysis', 'Pest risk analysis', 5),
    ('topic', 'awareness', 'Awareness raising', 6),
    ('topic', 'legislation', 'Legislation', 7),
    ('topic', 'diagnostics', 'Diagnostics', 8),
    ('topic', 'data-it', 'Data and IT', 9),
    ('topic', 'industry-practice', 'Industry practice', 10),

    ('commodity-class', 'plants-for-planting', 'Plants for planting', 1),
    ('commodity-class', 'seeds', 'Seeds', 2),
    ('commodity-class', 'bulbs-tubers', 'Bulbs and tubers', 3),
    ('commodity-class', 'cut-flowers-foliage', 'Cut flowers and foliage', 4),
    ('commodity-class', 'fruits-vegetables', 'Fruits and vegetables', 5),
    ('commodity-class', 'soil-growing-media', 'Soil and growing media', 6),
    ('commodity-class', 'living-organisms', 'Living organisms', 7),
    ('commodity-class', 'wood-handicrafts', 'Wood and handicrafts', 8),
    ('commodity-class', 'other', 'Other', 9),

    -- Regions are the RPPO regions, as network-service names them, plus the whole world.
    ('region', 'global', 'Global', 1),
    ('region', 'APPPC', 'Asia and Pacific (APPPC)', 2),
    ('region', 'CAHFSA', 'Caribbean (CAHFSA)', 3),
    ('region', 'CAN', 'Andean Community (CAN)', 4),
    ('region', 'COSAVE', 'Southern Cone (COSAVE)', 5),
    ('region', 'EPPO', 'Europe and Mediterranean (EPPO)', 6),
    ('region', 'IAPSC', 'Africa (IAPSC)', 7),
    ('region', 'NAPPO', 'North America (NAPPO)', 8),
    ('region', 'NEPPO', 'Near East (NEPPO)', 9),
    ('region', 'OIRSA', 'Central America (OIRSA)', 10),
    ('region', 'PPPO', 'Pacific (PPPO)', 11),

    ('provider-type', 'NPPO', 'National plant protection organization', 1),
    ('provider-type', 'RPPO', 'Regional plant protection organization', 2),
    ('provider-type', 'international-organization', 'International organization', 3),
    ('provider-type', 'industry', 'Industry', 4),
    ('provider-type', 'academia', 'Academia', 5),
    ('provider-type', 'other', 'Other', 6);
