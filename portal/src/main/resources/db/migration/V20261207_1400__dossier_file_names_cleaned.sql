-- Dossier (#14): file names were stored as the sender gave them ("../../../../evil.pdf"); new ones are cleaned by
-- platform.FileNames. The same cleaning for the names already stored: the base name after the last / or \,
-- without control or invisible formatting characters, without leading or trailing dots and spaces, and
-- never empty (tep-dinh-kem with the extension of the file's type).
CREATE FUNCTION pg_temp.dvc_clean_file_name(given TEXT, media_type TEXT) RETURNS TEXT LANGUAGE SQL IMMUTABLE AS $$
    SELECT coalesce(nullif(
        regexp_replace(
            regexp_replace(
                regexp_replace(given, '^.*[/\\]', ''),
                '[\u0001-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]',
                '', 'g'),
            '^[[:space:].\u00a0\u1680\u2000-\u200a\u205f\u3000]+|[[:space:].\u00a0\u1680\u2000-\u200a\u205f\u3000]+$',
            '', 'g'),
        ''), 'tep-dinh-kem' || CASE media_type WHEN 'application/pdf' THEN '.pdf' WHEN 'image/png' THEN '.png'
                                               WHEN 'image/jpeg' THEN '.jpg' ELSE '' END)
$$;

UPDATE dossier_file SET file_name = pg_temp.dvc_clean_file_name(file_name, media_type)
WHERE file_name IS DISTINCT FROM pg_temp.dvc_clean_file_name(file_name, media_type);

UPDATE dossier_draft_file SET file_name = pg_temp.dvc_clean_file_name(file_name, media_type)
WHERE file_name IS DISTINCT FROM pg_temp.dvc_clean_file_name(file_name, media_type);

UPDATE dossier_personal_document SET file_name = pg_temp.dvc_clean_file_name(file_name, media_type)
WHERE file_name IS DISTINCT FROM pg_temp.dvc_clean_file_name(file_name, media_type);

DROP FUNCTION pg_temp.dvc_clean_file_name(TEXT, TEXT);
