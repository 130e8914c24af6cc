-- The coordinator's own words on each promise for the council report: written in the window, printed under the
-- promise's figures.
ALTER TABLE promises ADD COLUMN report_text TEXT;
