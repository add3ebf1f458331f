-- The types of contributed technical resources (reference data, DOMAIN.md).
create table resource_type (
    code     varchar(32)  primary key,
    name     varchar(100) not null,
    position smallint     not null unique
);

insert into resource_type (code, name, position) values
    ('guide', 'Guide', 1),
    ('manual-sop', 'Manual or standard operating procedure', 2),
    ('training-kit', 'Training kit', 3),
    ('e-learning', 'E-learning course', 4),
    ('video', 'Video', 5),
    ('factsheet-infographic', 'Factsheet or infographic', 6),
    ('awareness-material', 'Awareness material', 7),
    ('case-study', 'Case study', 8),
    ('risk-assessment', 'Risk assessment', 9),
    ('tool-software', 'Tool or software', 10),
    ('webinar', 'Webinar', 11),
    ('other', 'Other', 12);
