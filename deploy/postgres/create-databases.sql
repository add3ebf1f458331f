-- One database per service (compose only; deploy/run creates them with psql).
create database registry;
create database network;
create database resources;
