--liquibase formatted sql

--changeset dee:fine
CREATE TABLE account (id INTEGER PRIMARY KEY);

--changeset dee:truncate
DELETE FROM account;
TRUNCATE account;
