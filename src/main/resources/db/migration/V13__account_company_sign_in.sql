-- Single sign-on: the company account (OpenID Connect issuer and subject) an account is linked
-- to. Both stay empty until the person first signs in with their company account; from then on
-- that pair, not the email, finds the account. A pair links at most one account.
alter table account add column sso_issuer varchar(500);
alter table account add column sso_subject varchar(255);
alter table account add constraint uk_account_sso unique (sso_issuer, sso_subject);
