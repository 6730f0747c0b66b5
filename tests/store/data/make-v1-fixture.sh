#!/bin/sh
# Rebuilds rasad-v1.sqlite: a project file as the first release wrote it (schema v1, no FTS), with a
# few rows in every table. The v1 SQL is taken verbatim from core/store/Schema.cpp, so the fixture
# and the migration code never drift apart. The committed file is the reference; rerun only when
# the fixture's rows must change.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
out="$here/rasad-v1.sqlite"
rm -f "$out"
schema=$(sed -n '/kVersion1\[\] = R"sql(/,/^)sql";/p' "$here/../../../core/store/Schema.cpp" | sed '1d;$d')
sqlite3 "$out" <<SQL
$schema
INSERT INTO articles (id, file_name, content_hash, version, title, source, url, published, published_origin,
                      encoding, original_text, normalized_text, furniture, imported_at) VALUES
 (1, 'tishreen_2024_01.txt', 'aaaa', 1, 'مُباحثاتٌ في طهران', 'tishreen', 'https://example.org/a', '2024-03-05',
  'manifest', 'UTF-8', 'بحث وزيرُ الاقتصاد كريم ناصر مع نظيره فيكتور أوسيبوف سبلَ التعاون في المدرسة الفنية.',
  'بحث وزير الاقتصاد كريم ناصر مع نظيره فيكتور اوسيبوف سبل التعاون في المدرسه الفنيه.', '[]', '2024-03-05T10:00:00Z'),
 (2, 'alwatan_2024_02.txt', 'bbbb', 1, 'زيارة إلى حلب', 'alwatan', '', NULL,
  'unknown', 'windows-1256 (assumed)', 'وصل الوفد إلى حلب صباح الأحد.', 'وصل الوفد الي حلب صباح الاحد.',
  '[{"start":0,"end":4,"kind":"teaser"}]', '2024-03-06T11:30:00Z');
INSERT INTO actors (id, key, kind, name, name_en, country, discovered, verified) VALUES
 (1, 'discovered:كريم ناصر', 'person', 'كريم ناصر', '', 'SY', 1, 0),
 (2, 'osipov', 'person', 'فيكتور أوسيبوف', 'Viktor Osipov', 'RU', 0, 1);
INSERT INTO actor_names (actor_id, name, name_key, canonical, position) VALUES
 (1, 'كريم ناصر', 'كريم ناصر', 1, 0), (2, 'فيكتور أوسيبوف', 'فيكتور اوسيبوف', 1, 0), (2, 'أوسيبوف', 'اوسيبوف', 0, 1);
INSERT INTO roles (actor_id, title, title_en, organisation, country, date_from, date_to, position) VALUES
 (1, 'وزير الاقتصاد', 'Minister of Economy', '', 'SY', '2023-08-01', NULL, 0);
INSERT INTO places (id, name, name_key, country) VALUES (1, 'طهران', 'طهران', 'IR');
INSERT INTO events (id, type, date_start, date_end, date_granularity, date_text, date_time, date_source, place_id,
                    location, location_country, topics, confidence, planned, cameo, verified) VALUES
 (1, 'meeting', '2024-03-04', '2024-03-04', 'day', 'أمس', '17:30:00', 'sentence', 1, 'طهران', 'IR',
  '["economy"]', 0.8, 0, '044', 0);
INSERT INTO event_participants (event_id, actor_id, part, position) VALUES (1, 1, 'host', 0), (1, 2, 'guest', 1);
INSERT INTO event_sources (event_id, article_id, start_offset, end_offset, evidence, confidence, date_start, date_end,
                           date_granularity, date_text, position) VALUES
 (1, 1, 0, 84, 'بحث وزيرُ الاقتصاد كريم ناصر مع نظيره فيكتور أوسيبوف سبلَ التعاون في المدرسة الفنية.', 0.8,
  '2024-03-04', '2024-03-04', 'day', 'أمس', 0);
PRAGMA user_version = 1;
VACUUM;
SQL
echo "wrote $out (schema v$(sqlite3 "$out" 'PRAGMA user_version'))"
