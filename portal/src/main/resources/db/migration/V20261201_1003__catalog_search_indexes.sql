-- Catalogue (#4, CAT-3): trigram indexes over the diacritics-free text computed in Java (name_folded,
-- text_folded), for substring search (LIKE) and typo-tolerant search (word similarity, the <% operator).
-- unaccent() is not immutable, so folding happens in Java, never in an index expression.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE INDEX catalog_procedure_name_trgm ON catalog_procedure USING GIN (name_folded gin_trgm_ops)
    WHERE status = 'PUBLISHED';
CREATE INDEX catalog_procedure_text_trgm ON catalog_procedure USING GIN (text_folded gin_trgm_ops)
    WHERE status = 'PUBLISHED';
