-- The commodity classes of high-risk products bought online (reference data, DOMAIN.md).
create table commodity_class (
    code        varchar(32)  primary key,
    name        varchar(100) not null,
    description varchar(500) not null,
    position    smallint     not null unique
);

insert into commodity_class (code, name, description, position) values
    ('plants-for-planting', 'Plants for planting', 'Live plants, cuttings, scions and plants in growing media, including bonsai and aquarium plants.', 1),
    ('seeds', 'Seeds', 'Seeds for sowing, including seed mixes, seed-infused paper and novelty seed products.', 2),
    ('bulbs-tubers', 'Bulbs and tubers', 'Bulbs, tubers, corms, rhizomes and seed potatoes.', 3),
    ('cut-flowers-foliage', 'Cut flowers and foliage', 'Cut flowers, branches and foliage for decoration.', 4),
    ('fruits-vegetables', 'Fruits and vegetables', 'Fresh fruits and vegetables.', 5),
    ('soil-growing-media', 'Soil and growing media', 'Soil, peat, compost and other growing media.', 6),
    ('living-organisms', 'Living organisms', 'Insects, snails, biocontrol agents and microbial cultures.', 7),
    ('wood-handicrafts', 'Wood and handicrafts', 'Wood, bark and handicrafts of plant material.', 8),
    ('other', 'Other', 'Other regulated articles.', 9);
