-- The FAQ is searched over a diacritics-free form of the published text (folded in Java); trigrams make
-- substring search fast.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX feedback_question_search ON feedback_question USING gin (search_text gin_trgm_ops)
    WHERE published_at IS NOT NULL;
