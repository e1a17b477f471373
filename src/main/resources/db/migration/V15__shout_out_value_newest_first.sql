-- The feed filtered by a company value reads that value's newest shout-outs first, in this
-- index's order: 20 index entries for a page instead of sorting every shout-out of the value
-- (about 47,000 in a large data set; docs/performance.md, finding 36). The feed orders by
-- "value_id desc, created_at desc, id desc", which is its usual order once the value is
-- fixed. The value column is descending too: H2 leaves the foreign key's own index on
-- value_id for an index with the same first column only when their directions differ.
create index ix_shout_out_value_newest on shout_out (value_id desc, created_at desc, id desc);

-- Replaced by the index above (same first column, so it also serves look-ups by value).
drop index ix_shout_out_value;
