-- The public wall's rule ("approved, not hidden, names at least one person, and every person it
-- names agreed to appear on the public wall") kept as a column, so that visitors' pages read an
-- index instead of evaluating the rule's subqueries over every approved shout-out (issue 7,
-- docs/performance.md). public_since is empty when a visitor may not see the shout-out, and
-- otherwise the moment it reached the wall (when it was approved, or written when it needed no
-- approval): the wall's order. The application keeps it up to date on every change of the
-- shout-out and of a recipient's consent; this fills it for the shout-outs already there.
alter table shout_out add column public_since timestamp with time zone;

update shout_out set public_since = coalesce(moderated_at, created_at)
where moderation = 'APPROVED' and hidden_at is null
  and id in (select r.shout_out_id from shout_out_recipient r)
  and id not in (select r.shout_out_id from shout_out_recipient r join person p on p.id = r.person_id
                 where p.public_consent = false);

create index ix_shout_out_public_since on shout_out (public_since desc, id desc);
