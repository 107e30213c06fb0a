DROP TABLE releases
