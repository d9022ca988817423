#!/bin/sh
# A loader: Shunde's figures from a SQLite database. The database is committed as the SQL dump
# shunde.sql (reviewable, line by line); sqlite3 loads it into a database in memory and prints
# the query's result as CSV, which Almanac reads as data/shunde.csv. Almanac runs it in the
# site's folder, and again only when this file or the dump changes:
# inputs: Content/data/shunde.sql
set -eu
exec sqlite3 -bail -batch -csv -header :memory: \
  '.read Content/data/shunde.sql' \
  'SELECT f.region, f.year, f.indicator, f.value, p.title AS source, f.note
     FROM figures AS f JOIN publications AS p ON p.id = f.publication
    ORDER BY f.year, f.rowid'
