-- What a council's report needs that the file did not hold. Per municipality, since a police area's file holds
-- several: who sends the report (printed on its cover and by the signatures), whom the public may contact, and
-- where the full report is published (the public page links to it). Per promise: the next steps the coordinator
-- plans, printed under its figures. Per target: the months its work is done in (the year's rhythm), so that
-- what is planned by a date follows the schedule instead of an even spread ("3,4,5,9,10": March to May and
-- September to October; empty: every month alike).
ALTER TABLE municipalities ADD COLUMN report_sender TEXT;
ALTER TABLE municipalities ADD COLUMN public_contact TEXT;
ALTER TABLE municipalities ADD COLUMN report_url TEXT;
ALTER TABLE promises ADD COLUMN next_steps TEXT;
ALTER TABLE targets ADD COLUMN months TEXT;
