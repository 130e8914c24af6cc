-- Search everything (Ctrl+F): one full-text index over the free text of every register (promises, statuses,
-- minutes, case notes and codes, observations, places, retailers, units, events, indicators, …). Which fields
-- are text comes from the register descriptions, so the index, its triggers (which keep it in the same
-- transaction as every insert, update and delete, also from undo, an import or thinning) and its first filling
-- from the records already in the file are made by a step in C++ (search/Fts5Index::install), in this same
-- transaction. A later migration that adds a register or a searched field names the same step again.
--
-- Each register's number in the index: a record's key there is its number times 2^40 plus its id.
CREATE TABLE search_registers (
    number INTEGER PRIMARY KEY,
    table_name TEXT NOT NULL UNIQUE
);
-- code: search_index
