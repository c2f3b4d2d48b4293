-- National reference data (REGULATORY-FACTS §1, §8): the 10 dossier status codes of the National Public
-- Service Portal with their DVCQG string codes, and the submission channels (KenhThucHien).
CREATE TABLE ref_national_dossier_status (
    code        SMALLINT PRIMARY KEY CHECK (code BETWEEN 1 AND 10),
    name_vi     TEXT NOT NULL UNIQUE,
    name_en     TEXT NOT NULL UNIQUE,
    dvcqg_code  TEXT NOT NULL UNIQUE
);

INSERT INTO ref_national_dossier_status (code, name_vi, name_en, dvcqg_code) VALUES
    (1,  'Mới đăng ký',                          'Newly registered',                 'receiving'),
    (2,  'Được tiếp nhận',                       'Received',                         'new'),
    (3,  'Không được tiếp nhận',                 'Not accepted',                     'denied'),
    (4,  'Đang xử lý',                           'In processing',                    'processing'),
    (5,  'Yêu cầu bổ sung giấy tờ',              'Supplement requested',             'waiting'),
    (6,  'Yêu cầu thực hiện nghĩa vụ tài chính', 'Financial obligation requested',   'paying'),
    (7,  'Công dân yêu cầu rút hồ sơ',           'Withdrawn at the applicant''s request', 'cancelled'),
    (8,  'Dừng xử lý',                           'Processing stopped',               'unresolved'),
    (9,  'Đã xử lý xong',                        'Processed',                        'releasing'),
    (10, 'Đã trả kết quả',                       'Result returned',                  'done');

CREATE TABLE ref_submission_channel (
    code        SMALLINT PRIMARY KEY,
    name_vi     TEXT NOT NULL UNIQUE,
    name_en     TEXT NOT NULL UNIQUE,
    online      BOOLEAN NOT NULL
);

-- 1, 2, 3 are the national KenhThucHien codes; 4 distinguishes dossiers that arrived through the National
-- Portal (DOS-1) and is reported to it as 2 (online).
INSERT INTO ref_submission_channel (code, name_vi, name_en, online) VALUES
    (1, 'Trực tiếp tại Bộ phận Một cửa',       'In person at the one-stop desk',   FALSE),
    (2, 'Trực tuyến qua Cổng Dịch vụ công tỉnh', 'Online at the provincial portal', TRUE),
    (3, 'Qua dịch vụ bưu chính công ích',        'Public postal service',          FALSE),
    (4, 'Trực tuyến qua Cổng Dịch vụ công quốc gia', 'Online via the National Public Service Portal', TRUE);
