-- Sending the suggestion form twice (a double click, a reload) raises one suggestion: each form
-- carries a random one-time key. It says nothing about who sent it.
alter table suggestion add column submission_key varchar(64);
alter table suggestion add constraint uk_suggestion_submission unique (submission_key);
